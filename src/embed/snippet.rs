//! The HTML a publisher pastes: an iframe of the embed page and the tiny
//! host script that keeps its height right.

use super::config::{EmbedConfig, Mode};
use crate::charts::ChartId;
use crate::data::decimal::Whole;

/// The iframe's height before the host script adjusts it, px. A chart's is
/// its embed's tallest at widths from 320 to 1280 px in Chromium, plus a
/// little for other fonts (e2e/tests/embed.test.mjs measures it): a page
/// whose CMS strips the script shows the whole chart, with at worst some
/// space below it, rather than a chart cut off and scrolling inside its
/// frame. The article is too long for that; its frame shows its start.
pub fn default_height(config: &EmbedConfig) -> u32 {
    let (full, bare) = match config.mode {
        Mode::Page | Mode::Article => return 1400,
        // The 4:5 phone stages are tallest just below 40rem; amis's
        // longest note is three relays' (« Dessin non à l’échelle… »).
        Mode::Chart(ChartId::Amis) => (1345, 1180),
        Mode::Chart(ChartId::Cercles) => (1285, 1160),
        Mode::Chart(ChartId::Temps) => (1230, 1105),
        Mode::Chart(ChartId::Actualite) => (1195, 1105),
        // An unknown id's message is shorter still.
        Mode::Chart(ChartId::Mobiles) | Mode::Unknown => (1030, 945),
    };
    if config.controls {
        full
    } else {
        bare
    }
}

/// Escapes text for a double-quoted HTML attribute.
fn escape_attribute(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The embed snippet for `config`, where `page` is the article's address
/// without query or fragment (e.g. `https://exemple.fr/pme/`).
pub fn embed_snippet(page: &str, config: &EmbedConfig, title: &str) -> String {
    let query = config.to_query();
    // Where scripts cannot run (JavaScript off, `sandbox=""`), the frame
    // shows the whole page: a chart's opens on its chart all the same.
    let src = match config.mode {
        Mode::Chart(id) => format!("{page}?{query}#{}", id.id()),
        _ => format!("{page}?{query}"),
    };
    let dir = &page[..page
        .bytes()
        .rposition(|b| b == b'/')
        .map_or(page.len(), |i| i + 1)];
    // A transparent embed keeps a light colour scheme at its root (its body
    // carries the theme, assets/styles.css): the frame is given the same,
    // or Chromium would paint an opaque backdrop on a dark host page.
    let scheme = if config.transparent {
        ";color-scheme:light"
    } else {
        ""
    };
    format!(
        "<iframe src=\"{src}\" title=\"{title}\" width=\"100%\" height=\"{height}\" loading=\"lazy\" allow=\"clipboard-write\" style=\"width:100%;border:0{scheme}\"></iframe>\n<script src=\"{script}\" async></script>",
        src = escape_attribute(&src),
        title = escape_attribute(title),
        height = Whole(default_height(config).into()),
        script = escape_attribute(&format!("{dir}embed.js")),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_chart_snippet_points_at_its_embed_and_the_host_script() {
        let config = EmbedConfig::from_pairs([("embed", "amis"), ("relais", "2")]);
        let snippet = embed_snippet(
            "https://exemple.fr/pme/",
            &config,
            "Un message, 120 destinataires",
        );
        assert_eq!(
            snippet,
            "<iframe src=\"https://exemple.fr/pme/?embed=amis&amp;relais=2#amis\" title=\"Un message, 120 destinataires\" \
             width=\"100%\" height=\"1345\" loading=\"lazy\" allow=\"clipboard-write\" style=\"width:100%;border:0\"></iframe>\n\
             <script src=\"https://exemple.fr/pme/embed.js\" async></script>"
        );
    }

    #[test]
    fn a_chart_frame_without_controls_starts_shorter_and_the_article_longer() {
        let article = default_height(&EmbedConfig::from_pairs([("embed", "article")]));
        for id in ChartId::ALL.map(ChartId::id) {
            let full = default_height(&EmbedConfig::from_pairs([("embed", id)]));
            let bare = default_height(&EmbedConfig::from_pairs([("embed", id), ("controls", "0")]));
            assert!(
                bare < full && full < article,
                "{id}: {bare}, {full}, {article}"
            );
        }
    }

    #[test]
    fn a_transparent_embed_gives_its_frame_a_light_colour_scheme() {
        let page = "https://exemple.fr/pme/";
        let clear = EmbedConfig::from_pairs([("embed", "amis"), ("bg", "transparent")]);
        assert!(embed_snippet(page, &clear, "t")
            .contains("style=\"width:100%;border:0;color-scheme:light\""));
        let solid = EmbedConfig::from_pairs([("embed", "amis")]);
        assert!(!embed_snippet(page, &solid, "t").contains("color-scheme"));
    }

    #[test]
    fn attributes_are_escaped() {
        let config = EmbedConfig::from_pairs([("embed", "article")]);
        let snippet = embed_snippet("https://x.fr/a\"b/index.html", &config, "<T> & 'q'");
        assert!(snippet.contains("https://x.fr/a&quot;b/index.html?embed=article\""));
        assert!(snippet.contains("title=\"&lt;T&gt; &amp; &#39;q&#39;\""));
        assert!(snippet.contains("src=\"https://x.fr/a&quot;b/embed.js\""));
    }
}
