//! Strict decimal numbers (`12`, `3.5`, `0,25`) read without `f64::from_str`:
//! these are the only numbers the app reads (URL parameters, computed CSS
//! colours), and leaving the general float parser out of the Wasm saves
//! about 6 KB of code and tables.

/// Parses ASCII digits with an optional `.` or `,` and more digits, nothing
/// else: no sign, exponent, spaces, `inf` or `NaN`. At most 9 digits on
/// each side, so the value is exact up to `f64` rounding.
pub fn parse_decimal(text: &str) -> Option<f64> {
    let (whole, fraction) = match text.split_once(['.', ',']) {
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

#[cfg(test)]
mod tests {
    use super::*;

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
