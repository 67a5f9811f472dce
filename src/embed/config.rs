//! The page's query parameters as an [`EmbedConfig`]. Parsing is total: any
//! unknown, repeated-in-error, malformed or hostile value falls back to its
//! default, so a URL can never break the page.

use crate::charts::amis::model::MAX_HOPS;
use crate::charts::cercles::Circle;
use crate::charts::palette::{parse_hex_color, Rgb};
use crate::charts::temps::model::{DEFAULT_HOURS, HOURS, HOURS_STEP};
use crate::charts::ChartId;
use crate::data::decimal::{join, parse_decimal, write_decimal, Whole};

/// What the page shows.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Mode {
    /// The whole page with its chrome (no `embed` parameter).
    #[default]
    Page,
    /// `embed=article`: the whole article, without the page chrome.
    Article,
    /// `embed=<chart id>`: one chart's figure only.
    Chart(ChartId),
    /// `embed=` with an id that is not a chart: a message lists the valid ones.
    /// Holds nothing of what was asked, so nothing of it is ever shown.
    Unknown,
}

/// Colour theme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    /// Follow the reader's system (`prefers-color-scheme`).
    #[default]
    Auto,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl Theme {
    /// The theme a `theme=` value asks for: anything but `light` or `dark`
    /// is [`Theme::Auto`].
    pub fn from_param(value: &str) -> Self {
        match value {
            "light" => Theme::Light,
            "dark" => Theme::Dark,
            _ => Theme::Auto,
        }
    }

    /// Its `theme=` value, as [`Theme::from_param`] reads it.
    pub fn param(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// The query parameters the page reads (README, « Intégrer »).
const PARAMETERS: [&str; 10] = [
    "embed",
    "theme",
    "bg",
    "accent",
    "controls",
    "anim",
    "relais",
    "segmenter",
    "heures",
    "cercle",
];

/// Everything the URL can ask of the page.
#[derive(Debug, Clone, PartialEq)]
pub struct EmbedConfig {
    /// What to show.
    pub mode: Mode,
    /// `theme=light|dark|auto`.
    pub theme: Theme,
    /// `bg=transparent`: no page or chart background.
    pub transparent: bool,
    /// `accent=#rgb|#rrggbb`: the publisher's accent colour.
    pub accent: Option<Rgb>,
    /// `controls=0` hides interactive controls.
    pub controls: bool,
    /// `anim=0` starts every chart at its final state.
    pub animate: bool,
    /// `relais=1..3` on the `amis` chart.
    pub hops: Option<u8>,
    /// `segmenter=1` on the `amis` chart.
    pub segmented: Option<bool>,
    /// `heures=0.5..12` (step 0.5) on the `temps` chart.
    pub hours: Option<f64>,
    /// `cercle=pair|famille|amis` on the `cercles` chart.
    pub circle: Option<&'static str>,
}

/// Longest parameter value read; a longer one is read as empty, which no
/// parameter takes (an `embed` of it is unknown, any other is its default).
const MAX_VALUE_LEN: usize = 64;

impl Default for EmbedConfig {
    /// The full page, as prerendered: controls shown, charts animated.
    fn default() -> Self {
        Self {
            mode: Mode::Page,
            theme: Theme::Auto,
            transparent: false,
            accent: None,
            controls: true,
            animate: true,
            hops: None,
            segmented: None,
            hours: None,
            circle: None,
        }
    }
}

impl EmbedConfig {
    /// The configuration for decoded query `pairs` (as `URLSearchParams`
    /// gives them). The first occurrence of a parameter wins.
    pub fn from_pairs<K: AsRef<str>, V: AsRef<str>>(
        pairs: impl IntoIterator<Item = (K, V)>,
    ) -> Self {
        let mut config = EmbedConfig::default();
        // Only the known parameters are remembered, so that a query of
        // thousands of other keys costs a glance at each, not a search.
        let mut seen = [false; PARAMETERS.len()];
        for (key, value) in pairs {
            let (key, value) = (key.as_ref(), value.as_ref().trim());
            let Some(known) = PARAMETERS.iter().position(|&p| p == key) else {
                continue;
            };
            if seen[known] {
                continue;
            }
            seen[known] = true;
            // Not looked at, but not absent: an embed asked for with 100 KB
            // of id is an unknown one, not the whole page.
            let value = if value.len() > MAX_VALUE_LEN {
                ""
            } else {
                value
            };
            match key {
                "embed" => {
                    config.mode = match value {
                        "article" => Mode::Article,
                        id => ChartId::from_id(id).map_or(Mode::Unknown, Mode::Chart),
                    }
                }
                "theme" => config.theme = Theme::from_param(value),
                "bg" => config.transparent = value == "transparent",
                "accent" => {
                    config.accent = parse_hex_color(value).filter(|_| value.starts_with('#'))
                }
                "controls" => config.controls = value != "0",
                "anim" => config.animate = value != "0",
                // A value equal to the chart's default is the default: the
                // page is then the prerendered one, and `to_query` (which
                // writes only changes) reproduces exactly this configuration.
                // Written exactly as `to_query` writes it: `u8`'s parser
                // would also take `+3` or `03`.
                "relais" => {
                    // One digit, 2 to MAX_HOPS (a single digit too).
                    config.hops = match value.as_bytes() {
                        &[digit @ b'2'..=b'9'] if digit - b'0' <= MAX_HOPS => Some(digit - b'0'),
                        _ => None,
                    }
                }
                "segmenter" => config.segmented = parse_flag(value).filter(|&on| on),
                "heures" => config.hours = parse_hours(value).filter(|&h| h != DEFAULT_HOURS),
                "cercle" => {
                    config.circle = Circle::from_id(value)
                        .filter(|&c| c != Circle::Pair)
                        .map(Circle::id)
                }
                _ => {}
            }
        }
        config
    }

    /// This configuration, embedding `mode`: an embed of one chart keeps
    /// that chart's state only (another chart's `heures`, say, would be
    /// noise in its address); the article's keeps every chart's. Its theme
    /// is [`Self::framed_theme`].
    pub fn embedding(self, mode: Mode) -> Self {
        let shows = |chart: ChartId| match mode {
            Mode::Chart(id) => id == chart,
            Mode::Page | Mode::Article | Mode::Unknown => true,
        };
        Self {
            hops: self.hops.filter(|_| shows(ChartId::Amis)),
            segmented: self.segmented.filter(|_| shows(ChartId::Amis)),
            hours: self.hours.filter(|_| shows(ChartId::Temps)),
            circle: self.circle.filter(|_| shows(ChartId::Cercles)),
            theme: self.framed_theme(),
            mode,
            ..self
        }
    }

    /// The theme an embed of this configuration takes: on a transparent
    /// background the automatic theme becomes the light one. Through the
    /// frame the text must suit the host page, which the reader's system
    /// does not tell; and browsers that take the frame's scheme from the
    /// embed code's `color-scheme:light` show the light theme anyway. So the
    /// publisher chooses, starting from light.
    pub fn framed_theme(&self) -> Theme {
        match self.theme {
            Theme::Auto if self.transparent => Theme::Light,
            theme => theme,
        }
    }

    /// The query string (without `?`) that reproduces this configuration's
    /// chart state and display options, for links and embed snippets:
    /// `from_pairs` gives this very configuration back, except that
    /// [`Mode::Unknown`] (which keeps nothing of what was asked) comes back as
    /// [`Mode::Page`]. Only values that differ from the defaults are written.
    pub fn to_query(&self) -> String {
        let mut parts: Vec<String> = Vec::new();
        let mut add = |part: &str| parts.push(part.to_owned());
        match self.mode {
            Mode::Page | Mode::Unknown => {}
            Mode::Article => add("embed=article"),
            Mode::Chart(id) => add(&format!("embed={}", id.id())),
        }
        if self.theme != Theme::Auto {
            add(&format!("theme={}", self.theme.param()));
        }
        if self.transparent {
            add("bg=transparent");
        }
        if let Some(accent) = self.accent {
            // `#` would start the address's fragment.
            add(&format!("accent=%23{}", &accent.hex()[1..]));
        }
        if !self.controls {
            add("controls=0");
        }
        if !self.animate {
            add("anim=0");
        }
        if let Some(h) = self.hops.filter(|&h| h != 1) {
            add(&format!("relais={}", Whole(h.into())));
        }
        if self.segmented == Some(true) {
            add("segmenter=1");
        }
        if let Some(h) = self.hours {
            add(&format!("heures={}", write_decimal(h, 1)));
        }
        if let Some(c) = self.circle.filter(|&c| c != Circle::Pair.id()) {
            add(&format!("cercle={c}"));
        }
        join(&parts, "&")
    }
}

fn parse_flag(value: &str) -> Option<bool> {
    match value {
        "1" => Some(true),
        "0" => Some(false),
        _ => None,
    }
}

/// Hours online a day as the slider offers them (0.5 to 12 by halves), as
/// `3` or `3.5` (or `3,5`).
fn parse_hours(value: &str) -> Option<f64> {
    let hours = parse_decimal(value)?;
    let on_step = (hours / HOURS_STEP).fract() == 0.0;
    (hours.is_finite() && HOURS.contains(&hours) && on_step).then_some(hours)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(query: &[(&str, &str)]) -> EmbedConfig {
        EmbedConfig::from_pairs(query.iter().copied())
    }

    #[test]
    fn no_parameters_is_the_full_page_with_defaults() {
        let c = parse(&[]);
        assert_eq!(c.mode, Mode::Page);
        assert_eq!(c.theme, Theme::Auto);
        assert!(c.controls && c.animate && !c.transparent && c.accent.is_none());
        assert_eq!(c.to_query(), "");
    }

    #[test]
    fn embed_ids_are_charts_article_or_unknown() {
        assert_eq!(parse(&[("embed", "amis")]).mode, Mode::Chart(ChartId::Amis));
        assert_eq!(parse(&[("embed", "article")]).mode, Mode::Article);
        assert_eq!(
            parse(&[("embed", "<script>alert(1)</script>")]).mode,
            Mode::Unknown
        );
        assert_eq!(parse(&[("embed", "")]).mode, Mode::Unknown);
        assert_eq!(parse(&[("embed", "AMIS")]).mode, Mode::Unknown);
    }

    #[test]
    fn a_theme_reads_back_its_own_parameter_value() {
        for theme in [Theme::Auto, Theme::Light, Theme::Dark] {
            assert_eq!(Theme::from_param(theme.param()), theme);
        }
        assert_eq!(Theme::from_param("Dark"), Theme::Auto);
    }

    #[test]
    fn display_options_are_strict() {
        let c = parse(&[
            ("theme", "dark"),
            ("bg", "transparent"),
            ("accent", "#0a3"),
            ("controls", "0"),
            ("anim", "0"),
        ]);
        assert_eq!(c.theme, Theme::Dark);
        assert!(c.transparent && !c.controls && !c.animate);
        assert_eq!(c.accent, Some(Rgb(0x00, 0xaa, 0x33)));
        for bad in [
            "red",
            "0a3",
            "#0a",
            "#0a33",
            "javascript:alert(1)",
            "#12345g",
            "url(x)",
        ] {
            assert_eq!(parse(&[("accent", bad)]).accent, None, "{bad}");
        }
        assert_eq!(parse(&[("theme", "neon")]).theme, Theme::Auto);
    }

    #[test]
    fn chart_state_values_out_of_range_fall_back() {
        let c = parse(&[
            ("relais", "3"),
            ("segmenter", "1"),
            ("heures", "3,5"),
            ("cercle", "famille"),
        ]);
        assert_eq!(
            (c.hops, c.segmented, c.hours, c.circle),
            (Some(3), Some(true), Some(3.5), Some("famille"))
        );
        let bad = parse(&[
            ("relais", "4"),
            ("segmenter", "oui"),
            ("heures", "3.3"),
            ("cercle", "Famille"),
        ]);
        assert_eq!(
            (bad.hops, bad.segmented, bad.hours, bad.circle),
            (None, None, None, None)
        );
        for h in [
            "NaN", "inf", "-1", "13", "0", "1e400", "", "+3", "3.", ".5", "3 h",
        ] {
            assert_eq!(parse(&[("heures", h)]).hours, None, "{h}");
        }
        for r in ["+3", "03", "2.0", "٣"] {
            assert_eq!(parse(&[("relais", r)]).hops, None, "{r}");
        }
    }

    #[test]
    fn many_unknown_keys_are_skipped_and_the_first_known_value_wins() {
        let noise = (0..1_000).map(|i| (format!("k{i}"), "x".to_owned()));
        let query = noise.chain([
            ("relais".to_owned(), "3".to_owned()),
            ("relais".to_owned(), "2".to_owned()),
            ("k5".to_owned(), "y".to_owned()),
        ]);
        let config = EmbedConfig::from_pairs(query);
        assert_eq!(config.hops, Some(3));
        assert_eq!(config.to_query(), "relais=3");
    }

    #[test]
    fn a_value_equal_to_the_charts_default_is_no_change() {
        for query in [
            [("relais", "1")],
            [("segmenter", "0")],
            [("heures", "2")],
            [("heures", "2,0")],
            [("cercle", "pair")],
        ] {
            let c = parse(&query);
            assert_eq!(c, EmbedConfig::default(), "{query:?}");
            assert_eq!(c.to_query(), "", "{query:?}");
        }
    }

    #[test]
    fn a_transparent_embed_on_the_automatic_theme_gets_the_light_one() {
        let embed = |pairs: &[(&str, &str)]| {
            parse(pairs)
                .embedding(Mode::Chart(ChartId::Temps))
                .to_query()
        };
        assert_eq!(
            embed(&[("bg", "transparent")]),
            "embed=temps&theme=light&bg=transparent"
        );
        assert_eq!(
            embed(&[("bg", "transparent"), ("theme", "dark")]),
            "embed=temps&theme=dark&bg=transparent"
        );
        // Opaque, the frame follows the reader's system.
        assert_eq!(embed(&[]), "embed=temps");
    }

    #[test]
    fn a_charts_embed_keeps_only_that_charts_state() {
        let all = parse(&[
            ("theme", "dark"),
            ("relais", "3"),
            ("segmenter", "1"),
            ("heures", "4.5"),
            ("cercle", "amis"),
        ]);
        let amis = all.clone().embedding(Mode::Chart(ChartId::Amis));
        assert_eq!(
            amis.to_query(),
            "embed=amis&theme=dark&relais=3&segmenter=1"
        );
        let temps = all.clone().embedding(Mode::Chart(ChartId::Temps));
        assert_eq!(temps.to_query(), "embed=temps&theme=dark&heures=4.5");
        let cercles = all.clone().embedding(Mode::Chart(ChartId::Cercles));
        assert_eq!(cercles.to_query(), "embed=cercles&theme=dark&cercle=amis");
        let mobiles = all.clone().embedding(Mode::Chart(ChartId::Mobiles));
        assert_eq!(mobiles.to_query(), "embed=mobiles&theme=dark");
        let article = all.clone().embedding(Mode::Article);
        assert_eq!(
            article.to_query(),
            "embed=article&theme=dark&relais=3&segmenter=1&heures=4.5&cercle=amis"
        );
    }

    #[test]
    fn the_first_occurrence_wins_and_huge_values_are_ignored() {
        assert_eq!(
            parse(&[("embed", "amis"), ("embed", "temps")]).mode,
            Mode::Chart(ChartId::Amis)
        );
        let huge = "a".repeat(100_000);
        assert_eq!(parse(&[("embed", huge.as_str())]).mode, Mode::Unknown);
        assert_eq!(
            parse(&[("embed", huge.as_str()), ("embed", "temps")]).mode,
            Mode::Unknown,
            "the first occurrence decides, however long"
        );
        let dark = parse(&[("theme", huge.as_str()), ("theme", "dark")]);
        assert_eq!(dark.theme, Theme::Auto);
    }

    #[test]
    fn the_query_round_trips() {
        let query = [
            ("embed", "amis"),
            ("theme", "light"),
            ("bg", "transparent"),
            ("accent", "#aabbcc"),
            ("controls", "0"),
            ("anim", "0"),
            ("relais", "2"),
            ("segmenter", "1"),
            ("heures", "6.5"),
            ("cercle", "amis"),
        ];
        let c = parse(&query);
        let again: Vec<(String, String)> = c
            .to_query()
            .split('&')
            .map(|kv| {
                let (k, v) = kv.split_once('=').unwrap();
                (k.to_owned(), v.replace("%23", "#"))
            })
            .collect();
        assert_eq!(EmbedConfig::from_pairs(again), c);
    }
}

/// Properties of the parser over arbitrary input: whatever a URL holds, the
/// parse is total and its result is a configuration the page can show and
/// reproduce. Native only (proptest is a native dev-dependency).
#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    /// The parameters the page reads, and one it does not know.
    fn keys() -> Vec<&'static str> {
        PARAMETERS.iter().copied().chain(["inconnu"]).collect()
    }

    /// Values a parameter is likely to meet: valid ones, near misses,
    /// hostile markup, odd Unicode and anything at all.
    fn value() -> impl Strategy<Value = String> {
        let known = prop::sample::select(vec![
            "amis",
            "cercles",
            "actualite",
            "temps",
            "mobiles",
            "article",
            "light",
            "dark",
            "auto",
            "transparent",
            "0",
            "1",
            "2",
            "3",
            "4",
            "0.5",
            "2,5",
            "12",
            "12.5",
            "NaN",
            "-0",
            "1e400",
            "pair",
            "famille",
            "#0a3",
            "#C2410C",
            "#12345g",
            " #fff ",
            "%23abc",
            "<script>alert(1)</script>",
            "javascript:alert(1)",
            "\u{202e}amis",
            "amis\u{0}",
            "a\u{301}mis",
            "😀",
            "",
        ])
        .prop_map(str::to_owned);
        prop_oneof![
            3 => known,
            2 => "[#0-9a-fA-F ]{0,8}",
            2 => "[0-9.,eE+-]{0,6}",
            2 => any::<String>(),
            1 => "[a-z]{60,70}",
        ]
    }

    fn key() -> impl Strategy<Value = String> {
        prop_oneof![
            4 => prop::sample::select(keys()).prop_map(str::to_owned),
            1 => any::<String>(),
        ]
    }

    /// `to_query`'s output as `URLSearchParams` would decode it (only `%23`
    /// is ever escaped).
    fn decode(query: &str) -> Vec<(String, String)> {
        query
            .split('&')
            .filter(|kv| !kv.is_empty())
            .map(|kv| {
                let (k, v) = kv.split_once('=').expect("key=value");
                (k.to_owned(), v.replace("%23", "#"))
            })
            .collect()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(384))]

        #[test]
        fn any_query_gives_a_valid_configuration(
            pairs in prop::collection::vec((key(), value()), 0..12)
        ) {
            let c = EmbedConfig::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
            let first = |key: &str| pairs
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, v)| Some(v.trim()).filter(|v| v.len() <= MAX_VALUE_LEN).unwrap_or(""));
            match &c.mode {
                Mode::Page => prop_assert!(first("embed").is_none()),
                Mode::Article => prop_assert_eq!(first("embed"), Some("article")),
                Mode::Chart(id) => prop_assert_eq!(first("embed"), Some(id.id())),
                Mode::Unknown => {
                    let asked = first("embed");
                    prop_assert!(asked.is_some_and(|a| a != "article" && ChartId::from_id(a).is_none()));
                }
            }
            if let Some(rgb) = c.accent {
                let asked = first("accent").unwrap_or_default();
                prop_assert!(asked.starts_with('#') && asked.len() <= 7);
                prop_assert_eq!(parse_hex_color(asked), Some(rgb));
            }
            prop_assert!(c.hops.is_none_or(|h| (2..=3).contains(&h)));
            prop_assert!(c.segmented.is_none_or(|s| s));
            prop_assert!(c.hours.is_none_or(|h| (0.5..=12.0).contains(&h) && (h * 2.0).fract() == 0.0));
            prop_assert!(c.circle.is_none_or(|id| ["famille", "amis"].contains(&id)));

            // The query written for links and snippets holds only known
            // keys and validated tokens: nothing of the input leaks into it.
            let query = c.to_query();
            for (k, v) in decode(&query) {
                prop_assert!(PARAMETERS.contains(&k.as_str()), "key {k:?} in {query:?}");
                let token = if k == "accent" { v.trim_start_matches('#') } else { v.as_str() };
                prop_assert!(
                    !token.is_empty() && token.chars().all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '.'),
                    "value {v:?} in {query:?}"
                );
            }

            // It reproduces the configuration (an unknown embed, of which
            // nothing is kept, comes back as the full page).
            let again = EmbedConfig::from_pairs(decode(&query));
            let expected = if c.mode == Mode::Unknown {
                EmbedConfig { mode: Mode::Page, ..c.clone() }
            } else {
                c.clone()
            };
            prop_assert_eq!(&again, &expected, "query {:?}", query);
            prop_assert_eq!(again.to_query(), query);
        }

        #[test]
        fn arbitrary_text_in_any_parameter_never_panics(key in key(), value in any::<String>()) {
            let c = EmbedConfig::from_pairs([(key.as_str(), value.as_str())]);
            prop_assert!(c.to_query().len() <= 64);
        }
    }
}
