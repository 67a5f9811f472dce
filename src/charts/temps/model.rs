//! State of the `temps` chart: the article's share and the reader's hours.

use crate::data::format_fr::{format_duration, format_value, TIMES};
use crate::data::model::Unit;

/// Hours online a day the slider offers.
pub const HOURS: std::ops::RangeInclusive<f64> = 0.5..=12.0;
/// Slider step, hours.
pub const HOURS_STEP: f64 = 0.5;
/// Hours online a day the chart starts with (an example, not a statistic).
pub const DEFAULT_HOURS: f64 = 2.0;

/// What the `temps` chart shows.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TempsModel {
    /// Share of time online spent on social networks, % (the article's 20).
    pub share: f64,
    /// The year the share was measured (the article's 2011), if it says.
    pub year: Option<u16>,
    /// The reader's hours online a day, within [`HOURS`].
    pub hours: f64,
}

impl TempsModel {
    /// The model with `hours` snapped to the slider's step and range.
    pub fn with_hours(self, hours: f64) -> Self {
        let snapped = (hours / HOURS_STEP).round() * HOURS_STEP;
        let hours = if snapped.is_finite() {
            snapped.clamp(*HOURS.start(), *HOURS.end())
        } else {
            DEFAULT_HOURS
        };
        Self { hours, ..self }
    }

    /// Minutes a day on social networks if the share applied to the reader's
    /// hours: a derived illustration, `hours × 60 × share / 100`.
    pub fn social_minutes(&self) -> f64 {
        self.hours * 60.0 * self.share / 100.0
    }

    /// How [`TempsModel::social_minutes`] is derived, for labels and the
    /// table: « 20 % × 2 h ».
    pub fn derivation(&self) -> String {
        format!(
            "{}{TIMES}{}",
            format_value(self.share, Unit::Percent),
            hours_text(self.hours)
        )
    }
}

/// The reader's hours, French: `2 h`, `2 h 30 min`.
pub fn hours_text(hours: f64) -> String {
    format_duration(hours * 60.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn twenty_percent_of_two_hours_is_twenty_four_minutes() {
        let m = TempsModel {
            share: 20.0,
            year: Some(2011),
            hours: 2.0,
        };
        assert!((m.social_minutes() - 24.0).abs() < 1e-9);
        assert!((m.with_hours(12.0).social_minutes() - 144.0).abs() < 1e-9);
        assert_eq!(m.derivation(), "20\u{a0}%\u{a0}×\u{a0}2\u{a0}h");
        assert_eq!(
            m.with_hours(4.5).derivation(),
            "20\u{a0}%\u{a0}×\u{a0}4\u{a0}h\u{a0}30\u{a0}min"
        );
    }

    #[test]
    fn hours_snap_to_the_slider() {
        let m = TempsModel {
            share: 20.0,
            year: Some(2011),
            hours: 2.0,
        };
        assert_eq!(m.with_hours(3.3).hours, 3.5);
        assert_eq!(m.with_hours(40.0).hours, 12.0);
        assert_eq!(m.with_hours(-1.0).hours, 0.5);
        assert_eq!(m.with_hours(f64::NAN).hours, DEFAULT_HOURS);
    }
}
