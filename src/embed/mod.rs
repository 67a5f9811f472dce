//! Embedding: what the page's URL asks for (which chart, which theme, which
//! exploration state), parsed strictly, and the snippets publishers copy.

pub mod config;
pub mod location;
pub mod snippet;

pub use config::{EmbedConfig, Mode, Theme};
