//! The statistics the article cites: typed model, validation, French formatting.
//! No web-sys here: everything is testable natively.

pub mod decimal;
pub mod format_fr;
pub mod model;
pub mod validate;

use model::{Stat, StatsFile, Unit};

/// All statistics, as baked in at build time from `assets/data/stats.json`
/// (validated by `build.rs`, so an invalid file never builds).
pub fn stats() -> &'static StatsFile {
    static STATS: StatsFile = include!(concat!(env!("OUT_DIR"), "/stats.rs"));
    &STATS
}

/// The statistic with this id, if the data file has it.
pub fn stat(id: &str) -> Option<&'static Stat> {
    stats().get(id)
}
