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
