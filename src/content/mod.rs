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
