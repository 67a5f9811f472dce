//! The article as typed data: what `assets/content/article.json` holds.
//!
//! Text fields are `Cow<'static, _>` so that the same types are read with
//! serde at build time (owned) and baked into the binary as `'static`
//! literals (borrowed), with no JSON parser shipped in the Wasm.
//! This file is also compiled into `build.rs`, so it uses `std` and serde only.

use serde::Deserialize;
use std::borrow::Cow;

/// A run of text, owned when read from JSON, borrowed when baked in.
pub type Text = Cow<'static, str>;

/// The whole article, in reading order.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Article {
    /// Small line above the title (« Réseaux sociaux et PME »).
    pub kicker: Text,
    /// The headline.
    pub title: Text,
    /// The opening paragraph, set as a standfirst.
    pub lede: Text,
    /// The body, in order.
    pub blocks: Cow<'static, [Block]>,
    /// The author's sources paragraph, without its « Sources : » label.
    pub sources: Text,
    /// The author box at the end.
    pub author: Author,
}

/// One piece of the article body.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Block {
    /// A paragraph of running text.
    Paragraph(Text),
    /// A section heading.
    Heading(Text),
    /// A bulleted list; each item is one bullet.
    List(Cow<'static, [Text]>),
    /// The caption of an image the article had, whose image and data are not
    /// available: shown as a figure note, never as invented data.
    MissingImage(Text),
    /// Where a chart goes, by its stable id (also its HTML `id`).
    Chart(Text),
}

/// The author box.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Author {
    /// Full name.
    pub name: Text,
    /// Short biography.
    pub bio: Text,
}

impl Article {
    /// Applies `f` to every text field, in place (used to apply typography).
    pub fn map_text(&mut self, f: impl Fn(&str) -> String) {
        let g = |t: &mut Text| *t = Cow::Owned(f(t));
        g(&mut self.kicker);
        g(&mut self.title);
        g(&mut self.lede);
        g(&mut self.sources);
        g(&mut self.author.name);
        g(&mut self.author.bio);
        for block in self.blocks.to_mut() {
            match block {
                Block::Paragraph(t) | Block::Heading(t) | Block::MissingImage(t) => g(t),
                Block::List(items) => items.to_mut().iter_mut().for_each(g),
                Block::Chart(_) => {}
            }
        }
    }

    /// The chart ids placed in the article, in reading order.
    pub fn chart_ids(&self) -> impl Iterator<Item = &str> {
        self.blocks.iter().filter_map(|b| match b {
            Block::Chart(id) => Some(id.as_ref()),
            _ => None,
        })
    }

    /// Each chart id with the level of its title's heading, in reading
    /// order: one below what it sits under, so that the outline skips no
    /// level (`h2` under the title, `h3` after a section heading, an `h2`).
    pub fn chart_heading_levels(&self) -> impl Iterator<Item = (&str, u8)> {
        let mut level = 2;
        self.blocks.iter().filter_map(move |b| match b {
            Block::Heading(_) => {
                level = 3;
                None
            }
            Block::Chart(id) => Some((id.as_ref(), level)),
            _ => None,
        })
    }
}
