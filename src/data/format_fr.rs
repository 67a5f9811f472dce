//! French number formatting: `14 400`, `19 millions`, `30 %`.
//!
//! Written in Rust rather than through the browser's `Intl` because the same
//! text is produced three times and must match exactly: at build time (the
//! prerendered page), in the browser (the islands, rendered anew over it),
//! and in native tests.
//! This file is also compiled into `build.rs`, so it uses `std` only.

use super::decimal::{round_decimal, RoundedDecimal, Whole};
use super::model::Unit;
// The thin no-break space between digit groups. The no-break space between
// a number and its unit or `%` is written in the format strings (`\u{a0}`),
// where a `char` argument would be formatted at run time.
use crate::content::typography::NARROW_NBSP as GROUP_SEPARATOR;

/// The « × » between a calculation's terms, held to them by no-break
/// spaces so that « 20 % × 2 h » holds together; a data table lets it
/// break before the operator (`components/data_table.rs`).
pub const TIMES: &str = "\u{a0}×\u{a0}";

/// The « − » of a calculation, held like [`TIMES`]: « 100 − 20 ».
pub const MINUS: &str = "\u{a0}−\u{a0}";

/// `value` rounded to an integer with thousands grouped: `1 728 000`.
pub fn format_integer(value: f64) -> String {
    format_decimal(value, 0)
}

/// `digits` (ASCII) in groups of three, after a minus sign if `negative`.
fn group(digits: &str, negative: bool) -> String {
    let mut out = String::with_capacity(digits.len() + 4);
    if negative {
        out.push('−');
    }
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(GROUP_SEPARATOR);
        }
        out.push(d);
    }
    out
}

/// `value` with a French decimal comma and at most `decimals` decimals,
/// trailing zeros dropped: `1,5`, `2`, `14 400`. Halves round away from
/// zero, and what rounds to zero has no sign: −0.01 at one decimal is « 0 »
/// (see [`round_decimal`], which computes on integers).
pub fn format_decimal(value: f64, decimals: usize) -> String {
    written_fr(&round_decimal(value, decimals))
}

/// A rounded number as French writes it: digits grouped, decimal comma.
fn written_fr(rounded: &RoundedDecimal) -> String {
    rounded.written(
        group(&Whole(rounded.whole as i64).digits(), rounded.negative),
        ',',
    )
}

/// A count as the article would write it: `120`, `14 400`, `19 millions`,
/// `1,7 million`. Whole millions and above are written in words.
pub fn format_count(value: f64) -> String {
    written_count(value, in_words(value)).0
}

/// A count in millions, however small: `0 million`, `1 million`,
/// `19,4 millions`. For a number counting up to millions, whose words go on
/// from « million(s) » (« 0 million d’internautes », not « 0 d’internautes »).
pub fn format_millions(value: f64) -> String {
    written_count(value, true).0
}

/// [`format_count`]'s text, in millions if `words`, and whether a noun
/// after it takes the plural. French agrees with the whole part of the
/// number as written (1 ami, 2 amis; 1,7 million, 2 millions), so 1 960 000
/// is « 2 millions », not « 2 million »; after « million(s) de » the noun is
/// always plural.
fn written_count(value: f64, words: bool) -> (String, bool) {
    let rounded = if words {
        round_decimal(value / 1_000_000.0, 1)
    } else {
        round_decimal(value, 0)
    };
    let plural = takes_plural(rounded.whole as f64);
    let number = written_fr(&rounded);
    if words {
        let noun = if plural { "millions" } else { "million" };
        (format!("{number}\u{a0}{noun}"), true)
    } else {
        (number, plural)
    }
}

/// Whether a noun after a count written as the whole number `whole` takes
/// the plural: in French 0 and 1 take the singular (1 ami, 2 amis).
pub fn takes_plural(whole: f64) -> bool {
    whole >= 2.0
}

/// Whether [`format_count`] writes `value` in words (whole millions and above).
fn in_words(value: f64) -> bool {
    value.abs() >= 1_000_000.0
}

/// A value with its unit, in French: `30 %`, `120 amis`, `1 personne`,
/// `19 millions de personnes`.
pub fn format_value(value: f64, unit: Unit) -> String {
    let (singular, plural) = match unit {
        Unit::Percent => return format!("{}\u{a0}%", format_decimal(value, 1)),
        Unit::Friends => ("ami", "amis"),
        Unit::People => ("personne", "personnes"),
    };
    let (count, is_plural) = written_count(value, in_words(value));
    let noun = if is_plural { plural } else { singular };
    // « 19 millions de personnes »: a number in words takes « de ».
    if in_words(value) {
        format!("{count} de {noun}")
    } else {
        format!("{count}\u{a0}{noun}")
    }
}

/// A share in words when it is a simple fraction (« Un cinquième » for
/// 20 %), for titles; `None` for any other percentage.
pub fn share_in_words(percent: f64) -> Option<&'static str> {
    const WORDS: [(f64, &str); 5] = [
        (10.0, "Un dixième"),
        (20.0, "Un cinquième"),
        (25.0, "Un quart"),
        (50.0, "La moitié"),
        (75.0, "Les trois quarts"),
    ];
    WORDS.iter().find(|(p, _)| *p == percent).map(|&(_, w)| w)
}

/// `text` dated by `year` after `joiner` (« Internet », « , en », 2011:
/// « Internet, en 2011 »), or `text` alone for a figure with no year.
pub fn dated(text: &str, joiner: &str, year: Option<u16>) -> String {
    match year {
        Some(year) => format!("{text}{joiner}{}", Whole(year.into())),
        None => text.to_owned(),
    }
}

/// A duration given in minutes, rounded to the minute: `24 min`, `2 h`,
/// `2 h 24 min`.
pub fn format_duration(minutes: f64) -> String {
    let total = minutes.round().max(0.0) as i64;
    match (Whole(total / 60), Whole(total % 60)) {
        (Whole(0), m) => format!("{m}\u{a0}min"),
        (h, Whole(0)) => format!("{h}\u{a0}h"),
        (h, m) => format!("{h}\u{a0}h\u{a0}{m}\u{a0}min"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_simple_fractions_only() {
        assert_eq!(share_in_words(20.0), Some("Un cinquième"));
        assert_eq!(share_in_words(50.0), Some("La moitié"));
        assert_eq!(share_in_words(30.0), None);
        assert_eq!(share_in_words(20.5), None);
    }

    #[test]
    fn dates_a_text_only_when_there_is_a_year() {
        assert_eq!(dated("Internet", ", en ", Some(2011)), "Internet, en 2011");
        assert_eq!(dated("Internet", ", en ", None), "Internet");
    }

    #[test]
    fn writes_durations_in_hours_and_minutes() {
        assert_eq!(format_duration(24.0), "24\u{a0}min");
        assert_eq!(format_duration(120.0), "2\u{a0}h");
        assert_eq!(format_duration(144.0), "2\u{a0}h\u{a0}24\u{a0}min");
        assert_eq!(format_duration(5.6), "6\u{a0}min");
        assert_eq!(format_duration(-3.0), "0\u{a0}min");
    }

    #[test]
    fn groups_thousands_with_thin_spaces() {
        assert_eq!(format_integer(120.0), "120");
        assert_eq!(format_integer(14_400.0), "14\u{202f}400");
        assert_eq!(format_integer(1_728_000.0), "1\u{202f}728\u{202f}000");
        assert_eq!(format_integer(-1_000.0), "−1\u{202f}000");
    }

    #[test]
    fn uses_a_decimal_comma() {
        assert_eq!(format_decimal(1.5, 1), "1,5");
        assert_eq!(format_decimal(2.0, 2), "2");
        assert_eq!(format_decimal(4.8, 1), "4,8");
        assert_eq!(format_decimal(1234.25, 2), "1\u{202f}234,25");
        assert_eq!(format_decimal(-0.5, 1), "−0,5");
        assert_eq!(format_decimal(-0.01, 1), "0");
        // Halves round away from zero.
        assert_eq!(format_decimal(0.25, 1), "0,3");
        assert_eq!(format_integer(2.5), "3");
        assert_eq!(format_integer(-2.5), "−3");
        assert_eq!(format_decimal(-1234.5, 1), "−1\u{202f}234,5");
    }

    #[test]
    fn writes_millions_in_words() {
        assert_eq!(format_count(19_000_000.0), "19\u{a0}millions");
        assert_eq!(format_count(1_728_000.0), "1,7\u{a0}million");
        assert_eq!(format_count(999_999.0), "999\u{202f}999");
        assert_eq!(format_count(1_960_000.0), "2\u{a0}millions");
        assert_eq!(format_count(1_940_000.0), "1,9\u{a0}million");
        assert_eq!(format_millions(0.0), "0\u{a0}million");
        assert_eq!(format_millions(400_000.0), "0,4\u{a0}million");
        assert_eq!(format_millions(19_400_000.0), "19,4\u{a0}millions");
    }

    #[test]
    fn the_noun_agrees_with_the_number_as_written() {
        assert_eq!(format_value(1.4, Unit::Friends), "1\u{a0}ami");
        assert_eq!(format_value(1.6, Unit::Friends), "2\u{a0}amis");
        assert_eq!(format_value(0.0, Unit::People), "0\u{a0}personne");
        assert_eq!(
            format_value(1_960_000.0, Unit::People),
            "2\u{a0}millions de personnes"
        );
        assert_eq!(
            format_value(1_500_000.0, Unit::People),
            "1,5\u{a0}million de personnes"
        );
    }

    #[test]
    fn formats_values_with_their_units() {
        assert_eq!(format_value(30.0, Unit::Percent), "30\u{a0}%");
        assert_eq!(format_value(120.0, Unit::Friends), "120\u{a0}amis");
        assert_eq!(format_value(1.0, Unit::People), "1\u{a0}personne");
        assert_eq!(
            format_value(19_000_000.0, Unit::People),
            "19\u{a0}millions de personnes"
        );
    }
}
