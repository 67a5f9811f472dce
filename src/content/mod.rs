//! The article: its typed model, French typography, and its rendering to Html.

pub mod model;
pub mod typography;
pub mod view;

use model::{Article, Author, Block};

/// The article, as baked in at build time from `assets/content/article.json`
/// with French typography applied.
pub fn article() -> &'static Article {
    static ARTICLE: Article = include!(concat!(env!("OUT_DIR"), "/article.rs"));
    &ARTICLE
}

/// The article's title and author, which a chart's picture credits and
/// « Intégrer l’article » names. Baked apart from the article, as
/// [`chart_heading_level`]'s levels are: code that runs in the browser reads
/// them here, and [`article`] only where the page is prerendered.
pub const BYLINE: (&str, &str) = include!(concat!(env!("OUT_DIR"), "/byline.rs"));

/// The level of chart `id`'s title heading in the article (2 for an id it
/// does not place). Baked apart from the article: charts render in the
/// browser, and the article's text stays out of the Wasm.
pub fn chart_heading_level(id: &str) -> u8 {
    const LEVELS: &[(&str, u8)] = include!(concat!(env!("OUT_DIR"), "/chart_heading_levels.rs"));
    LEVELS
        .iter()
        .find(|(chart, _)| *chart == id)
        .map_or(2, |&(_, level)| level)
}
