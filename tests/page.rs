//! The prerendered page: the whole article, every word in order, before any Wasm runs.
#![cfg(not(target_arch = "wasm32"))]

use pme_infographie::charts::ChartId;
use pme_infographie::content::typography::fold_for_comparison;
use pme_infographie::prerender::{inject, render_app};

const ORIGINAL: &str = include_str!("../assets/content/article.txt");
const INDEX: &str = include_str!("../index.html");

/// The visible text of an HTML fragment: tags dropped, entities decoded.
fn text_of(html: &str) -> String {
    let mut text = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                text.push(' ');
            }
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// `html` without its charts' figures (`<figure id=…>`; the lost image's
/// note, a figure of the article's own text, stays). Each chart quotes the
/// sentence it illustrates, and that quote would stand in for the sentence
/// were its own paragraph missing: the article is checked outside them.
fn without_figures(html: &str) -> String {
    let mut rest = html;
    let mut kept = String::with_capacity(html.len());
    while let Some(start) = rest.find("<figure id=") {
        kept.push_str(&rest[..start]);
        let end = rest[start..].find("</figure>").expect("a closed figure");
        rest = &rest[start + end + "</figure>".len()..];
    }
    kept.push_str(rest);
    kept
}

/// The original's lines, as the reader should find them: bullets are list
/// markup, not text, so the leading `•` goes.
fn original_lines() -> Vec<&'static str> {
    ORIGINAL
        .lines()
        .map(|l| l.trim().trim_start_matches('•').trim())
        .filter(|l| !l.is_empty())
        .collect()
}

/// Fails naming the first line of the original not found, in order, in `page_text`.
fn assert_complete(page_text: &str) {
    let page = fold_for_comparison(page_text);
    let mut from = 0;
    for line in original_lines() {
        let wanted = fold_for_comparison(line);
        match page[from..].find(&wanted) {
            Some(at) => from += at + wanted.len(),
            None => panic!("missing or out of order in the rendered page: {line:?}"),
        }
    }
}

#[test]
fn the_rendered_page_holds_every_line_of_the_article_in_order() {
    assert!(original_lines().len() == 24, "the original text was read");
    assert_complete(&text_of(&without_figures(&render_app())));
}

#[test]
fn the_completeness_check_catches_a_dropped_or_moved_line() {
    let page = text_of(&without_figures(&render_app()));
    let dropped = page.replace(
        "Une raison supplémentaire pour parier sur leur développement.",
        "",
    );
    assert!(std::panic::catch_unwind(|| assert_complete(&dropped)).is_err());
    // A paragraph that a figure quotes (cercles quotes this one).
    let html = render_app();
    let quoted = html
        .find("<p>Prenons l’exemple")
        .expect("the Family leaf paragraph");
    let end = quoted + html[quoted..].find("</p>").expect("its end");
    let without_it = format!("{}{}", &html[..quoted], &html[end..]);
    assert!(
        text_of(&without_it).contains("Prenons l’exemple"),
        "the figure still quotes it"
    );
    assert!(
        std::panic::catch_unwind(|| assert_complete(&text_of(&without_figures(&without_it))))
            .is_err()
    );
    let title = "En quelques années seulement";
    let moved = format!("{}{title}", page.replacen(title, "", 1));
    assert!(std::panic::catch_unwind(|| assert_complete(&moved)).is_err());
}

#[test]
fn the_page_uses_french_typography() {
    let page = text_of(&render_app());
    assert!(page.contains("PME et Réseaux Sociaux\u{a0}: quoi faire et comment le faire\u{202f}?"));
    assert!(page.contains("30\u{a0}% des Français"));
    assert!(page.contains("«\u{a0}intime\u{a0}»"));
    assert!(page.contains("l’art et la manière\u{202f}!"));
    assert!(!page.contains('\''), "straight apostrophes remain");
}

#[test]
fn the_built_index_gets_the_article_and_keeps_its_head() {
    let page = inject(INDEX, &render_app()).expect("index.html has one empty mount element");
    assert!(page.contains(r#"<html lang="fr">"#));
    assert!(page.contains(r#"<meta name="viewport""#));
    assert!(page.contains(r#"<meta name="description""#));
    assert_complete(&text_of(&without_figures(&page)));
}

#[test]
fn the_amis_chart_sits_after_its_sentence_with_a_text_alternative() {
    let html = render_app();
    let sentence = html
        .find("Avec une moyenne de 120\u{a0}amis")
        .expect("sentence");
    let figure = html.find(r#"<figure id="amis""#).expect("amis figure");
    assert!(
        sentence < figure,
        "the chart follows the sentence it illustrates"
    );
    let canvas = &html[figure..];
    let canvas = &canvas[canvas.find("<canvas").expect("canvas")..];
    assert!(canvas.starts_with("<canvas") && canvas.contains(r#"role="img""#));
    // The canvas is named; the paragraph after it says what it shows, once.
    let (tag, after) = canvas.split_at(canvas.find('>').unwrap());
    assert!(tag.contains("aria-label=\"Schéma du réseau") && !tag.contains("120"));
    let explain = &after[after
        .find("pme-figure__explain")
        .expect("explaining paragraph")..];
    assert!(
        explain[..explain.find("</p>").unwrap()].contains("Réseau de 120\u{a0}amis autour de vous")
    );
}

/// A chart's title is what a share, an embed or its PNG shows first: it
/// says who the figure is about, as the article's sentence does (« 30 %
/// des Français suivant l'actualité… », not 30 % of everyone).
#[test]
fn each_share_is_titled_with_whom_it_is_a_share_of() {
    let html = render_app();
    let title = |id: &str| {
        let start = html
            .find(&format!(r#"id="{id}-titre""#))
            .unwrap_or_else(|| panic!("{id} title"));
        let title = &html[start..];
        text_of(&title[title.find('>').unwrap() + 1..title.find("</h").unwrap()])
    };
    assert_eq!(
        title("actualite"),
        "Sur 100\u{a0}Français suivant l’actualité tous les jours ou presque, 30\u{a0}s’informent sur les réseaux sociaux"
    );
    assert!(
        title("temps").contains("du temps en ligne"),
        "{}",
        title("temps")
    );
}

/// The page is static HTML but for its islands (`src/islands.rs`), which
/// the browser renders anew in their root elements: each root holds exactly
/// what Yew renders there in the island's default state, so the swap
/// changes nothing the reader sees (only what makes a chart operable comes
/// with the app: `LIVE`); and nothing carries hydration markers.
/// An embed's credit, and the message for an unknown chart, send the reader
/// to the article by its whole title, quoted as on the page.
#[test]
fn embeds_name_the_article_by_its_whole_title() {
    let page = text_of(&render_app());
    let title = "PME et Réseaux Sociaux\u{a0}: quoi faire et comment le faire\u{202f}?";
    let read = format!("Lire l’article «\u{a0}{title}\u{a0}»");
    assert!(
        page.contains(&format!("{read} et voir tous ses graphiques")),
        "the credit"
    );
    assert_eq!(
        page.matches(&read).count(),
        2,
        "the credit and the unknown chart's link"
    );
}

#[test]
fn each_island_root_holds_exactly_what_the_browser_renders_there() {
    use futures::executor::block_on;
    use pme_infographie::embed::EmbedConfig;
    use pme_infographie::islands::{Island, IslandRoot, IslandRootProps, ISLAND_ATTRIBUTE};
    use yew::{Callback, LocalServerRenderer};
    let html = render_app();
    for island in Island::all() {
        let open = format!(
            r#"<div {ISLAND_ATTRIBUTE}="{}" class="pme-island">"#,
            island.name()
        );
        let named = format!(r#"{ISLAND_ATTRIBUTE}="{}""#, island.name());
        assert_eq!(html.matches(&named).count(), 1, "one root for {island:?}");
        let props = IslandRootProps {
            island: island.clone(),
            config: EmbedConfig::default(),
            onready: Callback::noop(),
        };
        let rendered = block_on(
            LocalServerRenderer::<IslandRoot>::with_props(props)
                .hydratable(false)
                .render(),
        );
        assert!(rendered.len() > 200, "{island:?} renders something");
        let start = html.find(&open).expect("the root element") + open.len();
        assert!(
            html[start..].starts_with(&format!("{rendered}</div>")),
            "{island:?}'s root holds its rendering and nothing else"
        );
    }
    assert!(!html.contains("<!--"), "no hydration markers");
    // Every chart of the article is an island.
    for id in ChartId::ALL {
        assert!(Island::all().contains(&Island::Chart(id)), "{id:?}");
    }
}

/// A closed « Intégrer » dialog ships its title only (the rest is rendered
/// when it opens), but every chart's data table is in the page, hidden: if
/// the Wasm cannot run, the page shows them in the charts' place.
#[test]
fn closed_dialogs_ship_only_their_title_and_every_table_ships() {
    let html = render_app();
    assert!(
        !html.contains("<textarea"),
        "a dialog body before « Intégrer »"
    );
    for id in ChartId::ALL.map(ChartId::id) {
        let dialog = format!(r#"id="{id}-integrer""#);
        assert!(html.contains(&dialog), "{dialog}");
    }
    assert!(html.contains(r#"id="article-integrer""#));
    assert_eq!(
        html.matches("<table").count(),
        ChartId::ALL.len(),
        "one data table per chart, for the page without Wasm"
    );
}

/// cercles's table says once that the article gives Family leaf no number
/// (its row said it twice: « (nombre non précisé). L'article ne donne pas
/// de nombre. »).
#[test]
fn the_circles_table_says_once_that_family_leaf_has_no_number() {
    let html = render_app();
    let figure = &html[html.find(r#"<figure id="cercles""#).expect("cercles")..];
    let table = &figure[figure.find("<table").expect("a table")..figure.find("</table>").unwrap()];
    let row = &table[table.find("Family leaf").expect("a Family leaf row")..];
    let row = text_of(&row[..row.find("</tr>").expect("a closed row")]);
    let said = ["non précisé", "pas de nombre", "aucun nombre"]
        .iter()
        .map(|words| row.matches(words).count())
        .sum::<usize>();
    assert_eq!(said, 1, "{row}");
}

/// The page's description (search results, shared links) names the
/// charts' figures by hand, in index.html: each must be one the data file
/// holds, as its quote writes it, so that an edit to the data cannot leave
/// the description stating the old figure.
#[test]
fn the_description_names_only_figures_the_data_holds() {
    let folded = |text: &str| -> String {
        text.replace("&nbsp;", "")
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect()
    };
    let start = INDEX
        .find(r#"<meta name="description" content=""#)
        .expect("a description");
    let description = &INDEX[start..];
    let description = &description[..description.find('>').unwrap()];
    let listed = &description
        [description.find('(').expect("figures in brackets") + 1..description.find(')').unwrap()];
    let quotes: Vec<String> = pme_infographie::data::stats()
        .stats
        .iter()
        .map(|stat| folded(&stat.quote))
        .collect();
    let figures: Vec<&str> = listed.split(", ").collect();
    assert_eq!(figures.len(), 4, "{listed}");
    for figure in figures {
        assert!(
            quotes
                .iter()
                .any(|quote| quote.starts_with(&folded(figure))),
            "« {figure} » is no figure of the data file's: {quotes:?}"
        );
    }
}
