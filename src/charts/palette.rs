//! Theme colours for charts, resolved from the page's CSS custom properties
//! (`--pme-chart-*` in `assets/styles.css`) so charts follow light and dark.

use super::scene::Ink;
use crate::data::decimal::{parse_decimal, split_at_first};
use crate::embed::Theme;

/// An sRGB colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// The colour as `#rrggbb`, which [`parse_hex_color`] reads back.
    pub fn hex(self) -> String {
        const DIGITS: &[u8; 16] = b"0123456789abcdef";
        let Rgb(r, g, b) = self;
        let mut out = String::from("#");
        for channel in [r, g, b] {
            out.push(char::from(DIGITS[usize::from(channel >> 4)]));
            out.push(char::from(DIGITS[usize::from(channel & 15)]));
        }
        out
    }
}

/// One colour per [`Ink`] role, indexed by the role, and whether the chart
/// surface is transparent (`bg=transparent` embeds).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Palette {
    colors: [Rgb; Ink::ALL.len()],
    /// The surface is not painted: the page behind shows through.
    pub transparent: bool,
}

impl Palette {
    /// The light theme, as in `assets/styles.css`; also the golden tests' palette.
    pub const LIGHT: Palette = Palette {
        transparent: false,
        colors: [
            Rgb(0xff, 0xfd, 0xf8), // Surface
            Rgb(0x1c, 0x1b, 0x22), // Text
            Rgb(0x5e, 0x5a, 0x66), // Muted
            Rgb(0x94, 0x90, 0x83), // Rule
            Rgb(0xc2, 0x41, 0x0c), // Accent
            Rgb(0xff, 0xff, 0xff), // OnAccent
        ],
    };

    /// The colour for a role.
    pub fn get(&self, ink: Ink) -> Rgb {
        self.colors[ink as usize]
    }

    /// A palette whose roles come from `lookup` (computed CSS values),
    /// keeping `self`'s colour for any role whose value is missing or not a
    /// colour. A fully transparent surface makes the palette transparent.
    pub fn with_lookup(mut self, lookup: impl Fn(&str) -> Option<String>) -> Palette {
        for ink in Ink::ALL {
            let Some((rgb, alpha)) = lookup(ink.css_property())
                .as_deref()
                .and_then(parse_css_color)
            else {
                continue;
            };
            if ink == Ink::Surface && alpha == 0.0 {
                self.transparent = true;
            } else {
                self.colors[ink as usize] = rgb;
            }
        }
        self
    }
}

/// The house accent an embed of `theme` shows (`--pme-accent` in
/// `assets/styles.css`), where the reader's system is dark or not: the colour
/// « Intégrer » starts from before a publisher chooses their own.
pub fn house_accent(theme: Theme, reader_dark: bool) -> Rgb {
    match (theme, reader_dark) {
        (Theme::Dark, _) | (Theme::Auto, true) => Rgb(0xfb, 0x92, 0x3c),
        (Theme::Light, _) | (Theme::Auto, false) => Palette::LIGHT.get(Ink::Accent),
    }
}

/// Parses a strict `#rgb` or `#rrggbb` colour (surrounding spaces allowed,
/// as computed CSS values have them). Anything else is `None`.
pub fn parse_hex_color(text: &str) -> Option<Rgb> {
    // Written out rather than with u8::from_str_radix and a format! of
    // `{:02x}`: the Wasm ships neither (README, Performance).
    let mut digits = [0u8; 6];
    let mut count = 0;
    for byte in text.trim().strip_prefix('#')?.bytes() {
        *digits.get_mut(count)? = char::from(byte).to_digit(16)? as u8;
        count += 1;
    }
    match (count, digits) {
        (3, [r, g, b, ..]) => Some(Rgb(r * 17, g * 17, b * 17)),
        (6, [r1, r2, g1, g2, b1, b2]) => Some(Rgb(r1 * 16 + r2, g1 * 16 + g2, b1 * 16 + b2)),
        _ => None,
    }
}

/// Parses a computed CSS colour: `#rgb`, `#rrggbb`, `rgb(r, g, b)`,
/// `rgba(r, g, b, a)`, `rgb(r g b / a)`, or `color(srgb r g b)` (channels
/// from 0 to 1, with `/ a` or not: what a colour mixed in sRGB computes to,
/// as the publisher's accent is in `assets/styles.css`). Returns the colour
/// and its alpha.
pub fn parse_css_color(text: &str) -> Option<(Rgb, f64)> {
    let text = text.trim();
    if text.starts_with('#') {
        return parse_hex_color(text).map(|rgb| (rgb, 1.0));
    }
    let (inner, full) = match text.strip_prefix("color(srgb ") {
        // A mix may leave sRGB's gamut a little: clamped, as a canvas would.
        Some(srgb) => (srgb, 1.0),
        None => (
            text.strip_prefix("rgba(")
                .or_else(|| text.strip_prefix("rgb("))?,
            255.0,
        ),
    };
    let parts: Vec<&str> = inner
        .strip_suffix(')')?
        .split([',', '/', ' '])
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let channel = |p: &str| match full {
        1.0 => srgb_channel(p).map(|v| v * 255.0),
        _ => parse_decimal(p).filter(|v| *v <= 255.0),
    };
    let (r, g, b) = (
        channel(parts.first()?)?,
        channel(parts.get(1)?)?,
        channel(parts.get(2)?)?,
    );
    let alpha = match parts.get(3) {
        None => 1.0,
        Some(a) => parse_decimal(a).filter(|a| (0.0..=1.0).contains(a))?,
    };
    if parts.len() > 4 {
        return None;
    }
    Some((
        Rgb(r.round() as u8, g.round() as u8, b.round() as u8),
        alpha,
    ))
}

/// A `color(srgb …)` channel, clamped to 0–1. Chromium writes six
/// significant figures, so a channel near 0 (float noise from a trip through
/// oklch) may come as `0.0000123457` or `2.98023e-07`, and one a little out
/// of the gamut as `-0.0123` or `1.02`.
fn srgb_channel(text: &str) -> Option<f64> {
    let (number, exponent) = match split_at_first(text, |b| b == b'e') {
        Some((number, exponent)) => (number, Some(exponent)),
        None => (text, None),
    };
    let (below, digits) = match number.strip_prefix('-') {
        Some(digits) => (true, digits),
        None => (false, number),
    };
    // Six decimals are 1/4000 of a level: the rest changes nothing.
    let digits = match split_at_first(digits, |b| b == b'.') {
        Some((whole, fraction)) => &digits[..whole.len() + 1 + fraction.len().min(6)],
        None => digits,
    };
    let value = parse_decimal(digits)?;
    // Chromium writes an exponent only below 1e-4; one of 0 or more would be
    // a channel far out of the gamut, clamped to 1.
    let tiny = match exponent {
        None => None,
        Some(e) => {
            let (tiny, power) = e.strip_prefix('-').map_or((false, e), |p| (true, p));
            parse_decimal(power.strip_prefix('+').unwrap_or(power))?;
            Some(tiny)
        }
    };
    Some(match (below, tiny) {
        (true, _) | (false, Some(true)) => 0.0,
        (false, None) => value.min(1.0),
        (false, Some(false)) => 1.0,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_house_accent_follows_the_embed_s_theme_then_the_reader_s() {
        // The stylesheet's light and dark accent, which « Intégrer » must
        // offer as the embed will show it: read there, so the two cannot drift.
        let css = include_str!("../../assets/styles.css");
        let value = css
            .split_once("--pme-accent: light-dark(")
            .and_then(|(_, rest)| rest.split_once(");"))
            .map(|(pair, _)| pair)
            .expect("--pme-accent: light-dark(…) in assets/styles.css");
        let (light, dark) = value
            .split_once(',')
            .and_then(|(l, d)| Some((parse_hex_color(l)?, parse_hex_color(d)?)))
            .expect("two hex colours");
        assert_eq!(house_accent(Theme::Light, true), light);
        assert_eq!(house_accent(Theme::Dark, false), dark);
        assert_eq!(house_accent(Theme::Auto, false), light);
        assert_eq!(house_accent(Theme::Auto, true), dark);
    }

    #[test]
    fn a_colour_written_as_hex_reads_back() {
        for rgb in [Rgb(0, 0, 0), Rgb(0x0a, 0x7f, 0x3f), Rgb(255, 253, 248)] {
            assert_eq!(parse_hex_color(&rgb.hex()), Some(rgb));
        }
        assert_eq!(Rgb(0x0a, 0x7f, 0x3f).hex(), "#0a7f3f");
    }

    #[test]
    fn parses_strict_hex_colours_only() {
        assert_eq!(parse_hex_color("#c2410c"), Some(Rgb(0xc2, 0x41, 0x0c)));
        assert_eq!(parse_hex_color(" #FFF "), Some(Rgb(255, 255, 255)));
        assert_eq!(parse_hex_color("#0a3"), Some(Rgb(0x00, 0xaa, 0x33)));
        for bad in [
            "",
            "#",
            "c2410c",
            "#c2410",
            "#c2410c00",
            "#ggg",
            "red",
            "#+12",
            "#１２３",
        ] {
            assert_eq!(parse_hex_color(bad), None, "{bad:?} must be rejected");
        }
    }

    #[test]
    fn parses_computed_css_colours() {
        for (text, colour) in [
            ("rgb(255, 253, 248)", (Rgb(255, 253, 248), 1.0)),
            (" rgba(0, 0, 0, 0) ", (Rgb(0, 0, 0), 0.0)),
            ("rgb(1 2 3 / 0.5)", (Rgb(1, 2, 3), 0.5)),
            ("#c2410c", (Rgb(0xc2, 0x41, 0x0c), 1.0)),
            (
                "color(srgb 0.356465 0.49239 0.788985)",
                (Rgb(91, 126, 201), 1.0),
            ),
            (
                "color(srgb 1.02 -0.01 0.5 / 0.25)",
                (Rgb(255, 0, 128), 0.25),
            ),
        ] {
            assert_eq!(parse_css_color(text), Some(colour), "{text}");
        }
        // Float noise near 0, as Chromium writes it, and a channel over 1.
        for (text, rgb) in [
            ("color(srgb 0 0 1)", Rgb(0, 0, 255)),
            ("color(srgb 2.98023e-07 -2.98023e-07 1)", Rgb(0, 0, 255)),
            (
                "color(srgb 1e-05 0.0000123457 0.99999999999)",
                Rgb(0, 0, 255),
            ),
            ("color(srgb 1.5e+01 0.5 0.25)", Rgb(255, 128, 64)),
        ] {
            assert_eq!(parse_css_color(text), Some((rgb, 1.0)), "{text}");
        }
        for bad in [
            "color(srgb 1e 0 0)",
            "color(srgb 1e-x 0 0)",
            "color(srgb none 0 0)",
            "color(display-p3 1 0 0)",
            "color(srgb 1 0)",
            "color(srgb a b c)",
            "rgb(300, 0, 0)",
            "rgb(1, 2)",
            "rgb(1, 2, 3, 4, 5)",
            "hsl(0 0% 0%)",
            "rgb(a, b, c)",
            "",
        ] {
            assert_eq!(parse_css_color(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn a_transparent_surface_makes_the_palette_transparent() {
        let palette = Palette::LIGHT
            .with_lookup(|p| (p == "--pme-chart-surface").then(|| "rgba(0, 0, 0, 0)".into()));
        assert!(palette.transparent);
        assert_eq!(palette.get(Ink::Surface), Palette::LIGHT.get(Ink::Surface));
    }

    #[test]
    fn roles_index_the_palette_in_declaration_order() {
        for (i, ink) in Ink::ALL.into_iter().enumerate() {
            assert_eq!(ink as usize, i);
        }
    }

    #[test]
    fn lookup_overrides_known_roles_and_ignores_junk() {
        let palette = Palette::LIGHT.with_lookup(|property| match property {
            "--pme-chart-accent" => Some(" rgb(17, 34, 51)".into()),
            "--pme-chart-text" => Some("javascript:alert(1)".into()),
            _ => None,
        });
        assert_eq!(palette.get(Ink::Text), Palette::LIGHT.get(Ink::Text));
        assert_eq!(palette.get(Ink::Accent), Rgb(0x11, 0x22, 0x33));
    }
}
