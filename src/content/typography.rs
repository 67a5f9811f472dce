//! French typographic refinements applied to the author's text at build time.
//!
//! The author typed plain ASCII punctuation; the page shows it as a French
//! typesetter would: no-break spaces before `: ; ! ? %`, inside « guillemets »,
//! and curly apostrophes. Words and their order never change, which the
//! article-completeness test relies on.
//!
//! This file is also compiled into `build.rs`, so it uses `std` only.

/// U+00A0, espace insécable: before `:` and `%`, inside « ».
pub const NBSP: char = '\u{a0}';
/// U+202F, espace fine insécable: before `;`, `!` and `?`.
pub const NARROW_NBSP: char = '\u{202f}';
/// U+2011, trait d’union insécable: in a name joined by a hyphen.
pub const NB_HYPHEN: char = '\u{2011}';

/// Returns `text` with French typography applied.
///
/// - `'` becomes `’`;
/// - the space (if any) before `:` and `%` becomes [`NBSP`], one is inserted if missing;
/// - the space (if any) before `;`, `!`, `?` becomes [`NARROW_NBSP`];
/// - the spaces inside « » become [`NBSP`], inserted if missing;
/// - a `;` directly followed by a letter or digit gets a space after it;
/// - the space between a number and the word after it becomes [`NBSP`]
///   (« 120 amis », « 19 millions »: never split at a line's end), unless
///   the number is a year (four digits from 1900), which counts nothing;
/// - a hyphen between two letters becomes [`NB_HYPHEN`]: the author's
///   compounds are names (« Médiamétrie-eStat », « Facebook-Twitter »,
///   « Catch-up Radio »), which a line's end would otherwise split after
///   the hyphen, as if « eStat » were a word of its own.
///
/// Punctuation inside a word-like token such as `Mediametrie//NetRatings` or
/// `https://` is left alone: `:` is only treated when followed by whitespace
/// or the end of the text.
pub fn french(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 8);
    for (i, &c) in chars.iter().enumerate() {
        let next = chars.get(i + 1).copied();
        let ends_clause = next.is_none_or(char::is_whitespace);
        let space_before = match c {
            ':' if ends_clause => Some(NBSP),
            '%' => Some(NBSP),
            ';' | '!' | '?' => Some(NARROW_NBSP),
            '»' => Some(NBSP),
            _ => None,
        };
        if let Some(space) = space_before {
            while out.ends_with([' ', NBSP, NARROW_NBSP]) {
                out.pop();
            }
            if !out.is_empty() {
                out.push(space);
            }
            out.push(c);
            if c == ';' && next.is_some_and(char::is_alphanumeric) {
                out.push(' ');
            }
        } else if c == '\'' {
            out.push('’');
        } else if c == '-'
            && i > 0
            && chars[i - 1].is_alphabetic()
            && next.is_some_and(char::is_alphabetic)
        {
            out.push(NB_HYPHEN);
        } else if c == ' '
            && (out.ends_with('«') || counts(&chars[..i]) && next.is_some_and(char::is_alphabetic))
        {
            out.push(NBSP);
        } else if c == '«' && next.is_some_and(|n| !n.is_whitespace()) {
            out.push(c);
            out.push(NBSP);
        } else {
            out.push(c);
        }
    }
    out
}

/// Whether `before` ends with a number that counts something: digits
/// (after a space, a start or a `(`), not a year such as 2011.
fn counts(before: &[char]) -> bool {
    let digits = before
        .iter()
        .rev()
        .take_while(|c| c.is_ascii_digit())
        .count();
    let start = before.len() - digits;
    let number: String = before[start..].iter().collect();
    let whole_word = start == 0 || before[start - 1].is_whitespace() || before[start - 1] == '(';
    let year = digits == 4 && number.as_str() >= "1900";
    digits > 0 && whole_word && !year
}

/// Folds typographic variants back to plain text, for comparing the rendered
/// page with the author's original: every kind of space becomes nothing,
/// apostrophes become `'` and no-break hyphens `-`.
pub fn fold_for_comparison(text: &str) -> String {
    text.chars()
        // `char::is_whitespace` covers U+00A0 and U+202F too.
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '’' => '\'',
            NB_HYPHEN => '-',
            c => c,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adds_no_break_space_before_high_punctuation() {
        assert_eq!(french("quoi faire ?"), "quoi faire\u{202f}?");
        assert_eq!(french("communications:"), "communications\u{a0}:");
        assert_eq!(french("de :"), "de\u{a0}:");
        assert_eq!(french("30% des"), "30\u{a0}% des");
        assert_eq!(french("Et alors !"), "Et alors\u{202f}!");
    }

    #[test]
    fn joins_hyphenated_names_with_a_no_break_hyphen() {
        assert_eq!(french("Médiamétrie-eStat"), "Médiamétrie\u{2011}eStat");
        assert_eq!(french("(Facebook-Twitter)"), "(Facebook\u{2011}Twitter)");
        // Not a hyphen between letters: a dash, a minus, a list's bullet.
        assert_eq!(french("eStat - Etude"), "eStat - Etude");
        assert_eq!(french("100-30"), "100-30");
        assert_eq!(french("-x"), "-x");
        assert_eq!(
            fold_for_comparison(&french("Médiamétrie-eStat")),
            fold_for_comparison("Médiamétrie-eStat")
        );
    }

    #[test]
    fn puts_no_break_spaces_inside_guillemets() {
        assert_eq!(french("« intime »"), "«\u{a0}intime\u{a0}»");
        assert_eq!(french("«intime»"), "«\u{a0}intime\u{a0}»");
        assert_eq!(french("«\u{a0}intime\u{a0}»"), "«\u{a0}intime\u{a0}»");
    }

    #[test]
    fn leaves_colons_inside_tokens_alone() {
        assert_eq!(
            french("Mediametrie//NetRatings ; x"),
            "Mediametrie//NetRatings\u{202f}; x"
        );
        assert_eq!(french("a:b"), "a:b");
    }

    #[test]
    fn spaces_a_semicolon_glued_to_the_next_word() {
        assert_eq!(french("sociaux ;2083media."), "sociaux\u{202f}; 2083media.");
    }

    #[test]
    fn binds_a_number_to_the_word_it_counts() {
        assert_eq!(french("120 amis en moyenne"), "120\u{a0}amis en moyenne");
        assert_eq!(
            french("19 millions de personnes"),
            "19\u{a0}millions de personnes"
        );
        assert_eq!(french("à 1 personne"), "à 1\u{a0}personne");
        // Not a year, nor digits inside a word, nor a number before a number.
        assert_eq!(french("Fin 2011 ils"), "Fin 2011 ils");
        assert_eq!(french("2083media et x2 fois"), "2083media et x2 fois");
        assert_eq!(french("30 sur 100 000"), "30\u{a0}sur 100 000");
    }

    #[test]
    fn curls_apostrophes_and_tightens_guillemets() {
        assert_eq!(french("l'art"), "l’art");
        assert_eq!(french("plus « intime »"), "plus «\u{a0}intime\u{a0}»");
    }

    #[test]
    fn folding_makes_refined_text_equal_to_the_original() {
        let original = "Sources : a ;2083media. l'art 30% « intime »";
        assert_eq!(
            fold_for_comparison(&french(original)),
            fold_for_comparison(original)
        );
    }
}
