//! The statistics the article cites: what `assets/data/stats.json` holds.
//!
//! Same `Cow<'static, _>` scheme as the article model: read with serde and
//! validated at build time, baked into the binary as literals.
//! This file is also compiled into `build.rs`, so it uses `std` and serde only.

use serde::Deserialize;
use std::borrow::Cow;

/// A run of text, owned when read from JSON, borrowed when baked in.
pub type Text = Cow<'static, str>;

/// Every statistic the article cites.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatsFile {
    /// The statistics, each cited once in the article.
    pub stats: Cow<'static, [Stat]>,
}

/// One figure, with where it comes from.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Stat {
    /// Stable identifier (lowercase ASCII letters and `-`).
    pub id: Text,
    /// The figure, in the unit below (19 millions is `19000000`).
    pub value: f64,
    /// What the value counts.
    pub unit: Unit,
    /// The year the figure refers to, when the article gives one.
    pub year: Option<u16>,
    /// A short French label of what is measured (« amis en moyenne »).
    pub label: Text,
    /// The figure exactly as the article writes it (« 19 millions »).
    pub quote: Text,
    /// The article's sentence the figure comes from, verbatim.
    pub sentence: Text,
    /// The article's source line for the figure.
    pub source: Text,
}

/// What a value counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// A share, from 0 to 100.
    Percent,
    /// A number of friends (« amis »).
    Friends,
    /// A number of people (« personnes »).
    People,
}

impl StatsFile {
    /// The statistic with this id, if any.
    pub fn get(&self, id: &str) -> Option<&Stat> {
        self.stats.iter().find(|s| s.id == id)
    }
}
