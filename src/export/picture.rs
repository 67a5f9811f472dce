//! A chart scene framed for export: its title and the article's sentence
//! above, its source below, on a surface tall enough for them all (a shared
//! picture says what its figure is about on its own). Text is wrapped by an
//! estimate of its width ([`Glyph`]), never measured, so the same picture
//! comes out everywhere.

use crate::charts::headline::{margin, wrap};
use crate::charts::scene::{Align, Ink, Mark, Point, Scene, Size};
use crate::charts::text_width::Glyph;

/// `scene` with `title` and `quote` above it and its `note` (what the chart
/// shows, as the page says it under the chart: none is ""), `source`, then
/// `credit` (the article it comes from, for a picture shared on its own),
/// below it, each wrapped to the picture's width.
pub fn frame_for_export(
    scene: Scene,
    title: &str,
    quote: &str,
    note: &str,
    source: &str,
    credit: &str,
) -> Scene {
    let Size {
        width,
        height,
        scale,
        ..
    } = scene.size;
    // The texts are added after the chart's marks: its backdrop stays first.
    let backdrop = scene.backdrop;
    // The chart's own margin: title, sentence, headline number and source
    // start at one left edge.
    let margin = margin(scene.size);
    let title_size = 20.0 * scale;
    let quote_size = 13.0 * scale;
    let source_size = 11.0 * scale;
    let chars = |glyph: Glyph, size: f64| glyph.chars_in(width - 2.0 * margin, size);
    let title_lines = wrap_evenly(title, chars(Glyph::TITLE, title_size));
    let quote_lines = wrap_evenly(quote, chars(Glyph::PROSE, quote_size));
    // What the chart shows, in words, warnings included (« Dessin non à
    // l’échelle »), goes with the picture.
    let note_lines = wrap_evenly(note, chars(Glyph::PROSE, quote_size));
    // Set apart from the source below it by most of a line: a line's
    // spacing ran the two together.
    let note_height = if note_lines.is_empty() {
        0.0
    } else {
        (note_lines.len() as f64 * 1.4 + 0.8) * quote_size
    };
    let source_chars = chars(Glyph::PROSE, source_size);
    let mut source_lines = wrap_evenly(source, source_chars);
    source_lines.extend(wrap_evenly(credit, source_chars));
    // A quarter of the title's size between the title and the sentence,
    // which touched it.
    let quote_top = margin + (title_lines.len() as f64 * 1.3 + 0.25) * title_size;
    let header = quote_top + quote_lines.len() as f64 * quote_size * 1.4 + margin / 2.0;
    let footer = margin + note_height + source_lines.len() as f64 * source_size * 1.4;
    let mut marks: Vec<Mark> = scene
        .marks
        .into_iter()
        .map(|m| m.shifted_down(header))
        .collect();
    // Each block of lines from `top`, its lines `leading` × `size` apart.
    let mut block =
        |lines: Vec<String>, top: f64, size: f64, leading: f64, bold: bool, ink: Ink| {
            for (i, line) in lines.into_iter().enumerate() {
                marks.push(Mark::Label {
                    at: Point::new(margin, top + size * leading * i as f64),
                    text: line,
                    size,
                    bold,
                    ink,
                    align: Align::Start,
                });
            }
        };
    block(
        title_lines,
        margin + title_size * 0.5,
        title_size,
        1.3,
        true,
        Ink::Text,
    );
    block(
        quote_lines,
        quote_top + quote_size * 0.5,
        quote_size,
        1.4,
        false,
        Ink::Muted,
    );
    let below = header + height + quote_size * 0.6;
    block(note_lines, below, quote_size, 1.4, false, Ink::Text);
    let below = header + height + note_height + source_size * 0.6;
    block(source_lines, below, source_size, 1.4, false, Ink::Muted);
    Scene {
        size: Size {
            height: (header + height + footer).round(),
            ..scene.size
        },
        marks,
        backdrop,
        targets: Vec::new(),
        columns: 1,
        start: 0,
        foot: 0.0,
    }
}

/// `text` in as many lines as [`wrap`] makes of it at `max_chars`, wrapped
/// at the narrowest width that keeps that many: the lines come out even,
/// and a quote no longer ends on one word alone (actualite's did).
fn wrap_evenly(text: &str, max_chars: usize) -> Vec<String> {
    let lines = wrap(text, max_chars);
    let count = lines.len();
    (1..max_chars)
        .rev()
        .map(|chars| wrap(text, chars))
        .take_while(|narrower| narrower.len() == count)
        .last()
        .unwrap_or(lines)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::headline::headline;

    #[test]
    fn the_frame_adds_title_sentence_and_source_and_moves_the_chart_down() {
        let scene = Scene {
            size: Size::from_css(300.0, 200.0, 2.0),
            marks: vec![Mark::Disc {
                center: Point::new(10.0, 10.0),
                radius: 5.0,
                ink: Ink::Accent,
                alpha: 1.0,
            }],
            backdrop: 0,
            targets: vec![],
            columns: 1,
            start: 0,
            foot: 0.0,
        };
        let framed = frame_for_export(
            scene,
            "Un titre",
            "« Une phrase de l’article »",
            "Une note sous le graphique",
            "Source : une source assez longue pour passer à la ligne suivante",
            "D’après l’article",
        );
        assert!(framed.size.height > 400.0);
        let Mark::Disc { center, .. } = &framed.marks[0] else {
            panic!("the chart first")
        };
        assert!(center.y > 10.0);
        let texts: Vec<&str> = framed
            .marks
            .iter()
            .filter_map(|m| match m {
                Mark::Label { text, .. } => Some(text.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(texts[0], "Un titre");
        assert_eq!(texts[1], "« Une phrase de l’article »");
        assert_eq!(texts[2], "Une note sous le graphique");
        assert!(texts[3].starts_with("Source"));
        // The title, then the sentence, then the chart, then the source.
        let top = |text: &str| {
            framed.marks.iter().find_map(|m| match m {
                Mark::Label { text: t, at, .. } if t == text => Some(at.y),
                _ => None,
            })
        };
        let (title, quote) = (top(texts[0]).unwrap(), top(texts[1]).unwrap());
        assert!(
            title < quote && quote < center.y - 5.0 * 2.0,
            "{title} {quote} {}",
            center.y
        );
        // Apart by more than the title's line (20 px at 2×): they touched.
        assert!(quote - title >= 1.25 * 20.0 * 2.0, "{title} {quote}");
        let chart_bottom = center.y - 10.0 + 200.0 * 2.0;
        // The note below the chart, then the source below the note.
        assert!(top(texts[2]).unwrap() > chart_bottom);
        assert!(top(texts[3]).unwrap() > top(texts[2]).unwrap() + 2.0 * 13.0 * 2.0);
        // The credit last, below the source.
        let credit = texts.last().unwrap();
        assert_eq!(*credit, "D’après l’article");
        assert!(top(credit).unwrap() > top(texts[texts.len() - 2]).unwrap());
    }

    #[test]
    fn lines_are_wrapped_evenly_in_as_many_lines() {
        let text = "aaa bbb ccc ddd eee f";
        assert_eq!(wrap(text, 20), ["aaa bbb ccc ddd eee", "f"]);
        assert_eq!(wrap_evenly(text, 20), ["aaa bbb ccc", "ddd eee f"]);
        // What fits on one line stays on one, and a word longer than the
        // width keeps its own line as `wrap` gives it.
        assert_eq!(wrap_evenly("un deux", 20), ["un deux"]);
        assert_eq!(
            wrap_evenly("anticonstitutionnellement", 5),
            wrap("anticonstitutionnellement", 5)
        );
        for max in 4..40 {
            let quote = "« Sur 100 Français suivant l’actualité, 30 s’informent tous les jours ou presque sur les réseaux sociaux »";
            let (greedy, even) = (wrap(quote, max), wrap_evenly(quote, max));
            assert_eq!(even.len(), greedy.len(), "{max}");
            assert!(
                even.iter()
                    .all(|l| l.chars().count() <= max || !l.contains(' ')),
                "{max}: {even:?}"
            );
        }
    }

    #[test]
    fn the_title_starts_where_the_chart_s_headline_does() {
        let size = Size::from_css(640.0, 360.0, 2.0);
        let scene = Scene {
            size,
            marks: headline(size, Some("20\u{a0}%".into()), ["a".into(), "b".into()]),
            backdrop: 0,
            targets: vec![],
            columns: 1,
            start: 0,
            foot: 0.0,
        };
        let framed = frame_for_export(scene, "Titre", "« Phrase »", "", "Source", "Article");
        let left = |wanted: &str| {
            framed.marks.iter().find_map(|m| match m {
                Mark::Label { text, at, .. } if text == wanted => Some(at.x),
                _ => None,
            })
        };
        assert_eq!(left("Titre"), left("20\u{a0}%"));
        assert_eq!(left("Source"), left("20\u{a0}%"));
    }
}
