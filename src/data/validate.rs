//! Checks on the statistics file: every figure is well-formed and is really
//! cited by the article, so an invented or mistyped number never ships.
//!
//! Run by `build.rs` (the build fails with the list of errors) and by the
//! native tests. This file is also compiled into `build.rs`: `std` only.

use super::format_fr::format_value;
use super::model::{Stat, StatsFile, Unit};
use crate::content::typography::fold_for_comparison;
use std::fmt;

/// One problem in the statistics file, with the field it is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidationError {
    /// Path of the offending field, e.g. `stats[2].value`.
    pub field: String,
    /// What is wrong, in plain words.
    pub message: String,
}

impl fmt::Display for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.message)
    }
}

/// Years a figure of this article can refer to (it was written in 2012).
const YEARS: std::ops::RangeInclusive<u16> = 1990..=2030;

/// Validates `file` against the article's original text.
///
/// Returns every problem found, not just the first, so one build shows them all.
pub fn validate_stats(file: &StatsFile, article_text: &str) -> Result<(), Vec<ValidationError>> {
    let mut errors = Vec::new();
    if file.stats.is_empty() {
        errors.push(error("stats", "the file lists no statistic"));
    }
    let article = fold_for_comparison(article_text);
    for (i, stat) in file.stats.iter().enumerate() {
        let at = |field: &str| format!("stats[{i}].{field}");
        check_stat(stat, &article, &at, &mut errors);
        if file.stats[..i].iter().any(|s| s.id == stat.id) {
            errors.push(error(&at("id"), &format!("« {} » is used twice", stat.id)));
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

fn check_stat(
    stat: &Stat,
    folded_article: &str,
    at: &dyn Fn(&str) -> String,
    errors: &mut Vec<ValidationError>,
) {
    if stat.id.is_empty() || !stat.id.chars().all(|c| c.is_ascii_lowercase() || c == '-') {
        errors.push(error(
            &at("id"),
            &format!("« {} » must be lowercase ASCII letters and '-'", stat.id),
        ));
    }
    for (field, text) in [
        ("label", &stat.label),
        ("quote", &stat.quote),
        ("sentence", &stat.sentence),
        ("source", &stat.source),
    ] {
        if text.trim().is_empty() {
            errors.push(error(&at(field), "must not be empty"));
        }
    }
    let v = stat.value;
    let value_ok = match stat.unit {
        Unit::Percent => v.is_finite() && (0.0..=100.0).contains(&v),
        Unit::Friends | Unit::People => v.is_finite() && v >= 1.0 && v.fract() == 0.0,
    };
    if !value_ok {
        let expected = match stat.unit {
            Unit::Percent => "a percentage from 0 to 100",
            Unit::Friends | Unit::People => "a whole number of at least 1",
        };
        errors.push(error(
            &at("value"),
            &format!("{v} is not {expected} (unit {:?})", stat.unit),
        ));
        return;
    }
    if let Some(year) = stat.year {
        if !YEARS.contains(&year) {
            errors.push(error(
                &at("year"),
                &format!("{year} is outside {}–{}", YEARS.start(), YEARS.end()),
            ));
        } else if !numbers_in(&stat.sentence).contains(&year.to_string()) {
            errors.push(error(
                &at("year"),
                &format!("{year} is not a year the sentence gives"),
            ));
        }
    }
    // The label is shown as the figure's wording: a number in it that the
    // sentence does not give (a year, a poll's size) would be invented.
    let given = numbers_in(&stat.sentence);
    for number in numbers_in(&stat.label) {
        if !given.contains(&number) {
            errors.push(error(
                &at("label"),
                &format!("says {number}, which the sentence does not"),
            ));
        }
    }
    if !stat.source.trim().is_empty()
        && !folded_article.contains(&fold_for_comparison(&stat.source))
    {
        errors.push(error(
            &at("source"),
            "is not the article's own sources line",
        ));
    }
    let formatted = format_value(v, stat.unit);
    if fold_for_comparison(&formatted) != fold_for_comparison(&stat.quote) {
        errors.push(error(
            &at("quote"),
            &format!("« {} » does not say the value « {formatted} »", stat.quote),
        ));
    }
    let sentence = fold_for_comparison(&stat.sentence);
    if !sentence.contains(&fold_for_comparison(&stat.quote)) {
        errors.push(error(
            &at("sentence"),
            &format!("does not contain the quote « {} »", stat.quote),
        ));
    }
    if !stat.sentence.trim().is_empty() && !folded_article.contains(&sentence) {
        errors.push(error(
            &at("sentence"),
            "is not a verbatim sentence of the article",
        ));
    }
}

/// The runs of digits in `text`, in order: « fin 2011, 19 millions » gives
/// `2011` and `19`.
fn numbers_in(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_ascii_digit())
        .filter(|run| !run.is_empty())
        .map(str::to_owned)
        .collect()
}

fn error(field: &str, message: &str) -> ValidationError {
    ValidationError {
        field: field.to_owned(),
        message: message.to_owned(),
    }
}
