//! Decimal numbers read and written on integers, without Rust's general
//! float code: `f64::from_str` would link the float parser (about 6 KB of
//! code and tables), and `{}` or `{:.1}` on an `f64` the float formatter
//! (about 5 KB of brotli, 5 % of a first visit). Strict decimals (`12`,
//! `3.5`, `0,25`) are the only numbers the app reads (URL parameters,
//! computed CSS colours); rounded decimals the only ones it writes.
//! Whole numbers are written by [`Whole`], not by `{}` on an integer, which
//! would link core's integer formatter and its table of digit pairs (about
//! 0.7 KB of Wasm) for what a short loop does. The text helpers here
//! ([`split_at_first`], [`join`]) stand in for core's for the same reason.

use std::fmt;

/// A whole number that `{}` writes in plain ASCII digits, with `-` below
/// zero and no padding: `format!("{}e", Whole(3))` is `3e`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Whole(pub i64);

impl Whole {
    /// The number's text: `-`, then its digits.
    pub fn digits(self) -> String {
        let n = self.0.unsigned_abs();
        let mut text = String::from(if self.0 < 0 { "-" } else { "" });
        // Digit by digit from the largest power of ten in `n`: no buffer to
        // reverse, hence no UTF-8 check of one.
        let mut power = 1;
        while power <= n / 10 {
            power *= 10;
        }
        loop {
            text.push(char::from(b'0' + (n / power % 10) as u8));
            if power == 1 {
                return text;
            }
            power /= 10;
        }
    }
}

impl fmt::Display for Whole {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.digits())
    }
}

/// Parses ASCII digits with an optional `.` or `,` and more digits, nothing
/// else: no sign, exponent, spaces, `inf` or `NaN`. At most 9 digits on
/// each side, so the value is exact up to `f64` rounding.
pub fn parse_decimal(text: &str) -> Option<f64> {
    let (whole, fraction) = match split_at_first(text, |b| b == b'.' || b == b',') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (text, None),
    };
    let digits = |part: &str| -> Option<u32> {
        let ok = !part.is_empty() && part.len() <= 9 && part.bytes().all(|b| b.is_ascii_digit());
        ok.then(|| part.bytes().fold(0, |n, b| n * 10 + u32::from(b - b'0')))
    };
    let mut value = f64::from(digits(whole)?);
    if let Some(fraction) = fraction {
        value += f64::from(digits(fraction)?) / 10_f64.powi(fraction.len() as i32);
    }
    Some(value)
}

/// `text` cut at its first byte that `is_separator` accepts, which is left
/// out; `None` if there is none. The separators are ASCII: a byte search
/// does without core's char searcher (half a KB of Wasm).
pub fn split_at_first(text: &str, is_separator: impl Fn(u8) -> bool) -> Option<(&str, &str)> {
    let at = text.bytes().position(is_separator)?;
    Some((&text[..at], &text[at + 1..]))
}

/// `parts` joined by `separator`. Not std's `join`, which brings a copy of
/// its loop for each short separator length into the Wasm (about 0.3 KB of
/// brotli).
pub fn join(parts: &[String], separator: &str) -> String {
    let mut joined = String::new();
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            joined.push_str(separator);
        }
        joined.push_str(part);
    }
    joined
}

/// A number rounded to a count of decimals, in parts ready to be written.
#[derive(Debug, PartialEq)]
pub struct RoundedDecimal {
    /// Whether it is below zero (never for what rounds to zero).
    pub negative: bool,
    /// Its whole part.
    pub whole: u64,
    /// Its decimal digits, trailing zeros dropped: empty for a whole number.
    pub fraction: String,
}

/// `value` rounded to at most `decimals` decimals, halves away from zero.
/// Exact below 2⁵³ units of the last decimal.
pub fn round_decimal(value: f64, decimals: usize) -> RoundedDecimal {
    let unit = 10_u64.pow(decimals as u32);
    let scaled = (value.abs() * unit as f64).round() as u64;
    // `unit + rest` has a leading 1 before exactly `decimals` digits, the
    // zeros on the left included: 1005 gives « 005 ».
    let fraction = Whole((unit + scaled % unit) as i64).digits();
    let fraction = &fraction[1..];
    RoundedDecimal {
        negative: value < 0.0 && scaled > 0,
        whole: scaled / unit,
        fraction: fraction.trim_end_matches('0').to_string(),
    }
}

impl RoundedDecimal {
    /// The number written with `whole` for its sign and whole part (grouped
    /// or not), then `point` and its decimals if it has any.
    pub fn written(&self, whole: String, point: char) -> String {
        let mut out = whole;
        if !self.fraction.is_empty() {
            out.push(point);
            out.push_str(&self.fraction);
        }
        out
    }
}

/// `value` as programs read it (HTML attributes, URL parameters): at most
/// `decimals` decimals after a point, no grouping: `3.5`, `12`, `-0.25`.
pub fn write_decimal(value: f64, decimals: usize) -> String {
    let rounded = round_decimal(value, decimals);
    let sign = if rounded.negative { "-" } else { "" };
    rounded.written(format!("{sign}{}", Whole(rounded.whole as i64)), '.')
}

/// A CSS length in whole pixels, `12px`, for styles set at run time:
/// written from an integer like the rest.
pub fn whole_px(value: f64) -> String {
    format!("{}px", Whole(value.round() as i64))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_at_the_first_separator_only() {
        let dot = |b| b == b'.';
        assert_eq!(split_at_first("1.5.2", dot), Some(("1", "5.2")));
        assert_eq!(split_at_first("é.", dot), Some(("é", "")));
        assert_eq!(split_at_first("12", dot), None);
    }

    #[test]
    fn join_puts_the_separator_between_parts_only() {
        let parts = |p: &[&str]| p.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(join(&parts(&["a", "b", "c"]), " & "), "a & b & c");
        assert_eq!(join(&parts(&["seul"]), ";"), "seul");
        assert_eq!(join(&[], ";"), "");
        assert_eq!(join(&parts(&["", ""]), ";"), ";");
    }

    #[test]
    fn whole_numbers_are_plain_digits() {
        for n in [0, 7, 10, 99, 120, 1_728_000, -1, -305, i64::MAX, i64::MIN] {
            assert_eq!(Whole(n).digits(), n.to_string());
            assert_eq!(format!("{}", Whole(n)), n.to_string());
        }
    }

    #[test]
    fn css_lengths_are_whole_pixels() {
        assert_eq!(whole_px(12.4), "12px");
        assert_eq!(whole_px(12.5), "13px");
        assert_eq!(whole_px(-3.6), "-4px");
    }

    #[test]
    fn writes_rounded_decimals_with_a_point() {
        assert_eq!(write_decimal(2.0, 1), "2");
        assert_eq!(write_decimal(0.5, 1), "0.5");
        assert_eq!(write_decimal(12.0, 1), "12");
        assert_eq!(write_decimal(4.5, 6), "4.5");
        assert_eq!(write_decimal(19_000_000.0, 6), "19000000");
        assert_eq!(write_decimal(0.1 + 0.2, 6), "0.3");
        assert_eq!(write_decimal(-0.25, 2), "-0.25");
        // Halves round away from zero; what rounds to zero has no sign.
        assert_eq!(write_decimal(0.25, 1), "0.3");
        assert_eq!(write_decimal(-0.01, 1), "0");
    }

    #[test]
    fn written_decimals_read_back() {
        for tenths in 0..=120 {
            let value = f64::from(tenths) / 10.0;
            assert_eq!(parse_decimal(&write_decimal(value, 1)), Some(value));
        }
    }

    #[test]
    fn reads_plain_decimals_with_a_point_or_a_comma() {
        assert_eq!(parse_decimal("12"), Some(12.0));
        assert_eq!(parse_decimal("3.5"), Some(3.5));
        assert_eq!(parse_decimal("3,5"), Some(3.5));
        assert_eq!(parse_decimal("0.25"), Some(0.25));
        assert_eq!(parse_decimal("255"), Some(255.0));
        assert_eq!(parse_decimal("007"), Some(7.0));
        assert_eq!(
            parse_decimal("999999999.999999999"),
            Some(999_999_999.999_999_999)
        );
    }

    #[test]
    fn refuses_everything_else() {
        for bad in [
            "",
            ".",
            "5.",
            ".5",
            "-1",
            "+1",
            "1e3",
            " 1",
            "1 ",
            "inf",
            "NaN",
            "1.2.3",
            "1,2,3",
            "١٢",
            "1_000",
            "0x10",
            "1234567890",
        ] {
            assert_eq!(parse_decimal(bad), None, "{bad:?}");
        }
    }
}
