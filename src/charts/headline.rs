//! The big number in a chart's top-left corner and its short caption,
//! shared by every chart so they read alike.

use super::scene::{Align, Ink, Mark, Point, Size};

/// Width reserved for a headline beside a chart on wide surfaces, CSS px.
pub const HEADLINE_COLUMN: f64 = 150.0;
/// Height reserved for a headline above a chart on tall surfaces, CSS px.
pub const HEADLINE_BAND: f64 = 84.0;
/// Space between the surface's edge and its content, CSS px.
pub const MARGIN: f64 = 12.0;
/// Largest font size of the number, CSS px.
const NUMBER_SIZE: f64 = 34.0;
/// Font size of the caption lines, CSS px.
const CAPTION_SIZE: f64 = 13.0;
/// Average glyph width of the bold number as a share of its font size: long
/// numbers shrink to fit the column without measuring text.
pub const NUMBER_GLYPH: f64 = 0.62;

/// The marks of a headline: `number` in the accent colour, then up to two
/// caption lines, from the top-left corner of `size`.
pub fn headline(size: Size, number: String, lines: [String; 2]) -> Vec<Mark> {
    let s = size.scale;
    let margin = MARGIN * s;
    let fit =
        (HEADLINE_COLUMN - MARGIN) * s / (NUMBER_GLYPH * number.chars().count().max(1) as f64);
    let number_size = (size.width * 0.06)
        .clamp(20.0 * s, NUMBER_SIZE * s)
        .min(fit);
    let top = margin + NUMBER_SIZE * s / 2.0;
    let caption = CAPTION_SIZE * s;
    let mut marks = vec![Mark::Label {
        at: Point::new(margin, top),
        text: number,
        size: number_size,
        bold: true,
        ink: Ink::Accent,
        align: Align::Start,
    }];
    for (i, text) in lines.into_iter().enumerate().filter(|(_, t)| !t.is_empty()) {
        marks.push(Mark::Label {
            at: Point::new(
                margin,
                top + NUMBER_SIZE * s / 2.0 + caption * (0.9 + 1.3 * i as f64),
            ),
            text,
            size: caption,
            bold: false,
            ink: Ink::Muted,
            align: Align::Start,
        });
    }
    marks
}

/// Where a chart's body goes once a headline is placed: beside it when the
/// surface is wide, below it when tall. Returns (left, top, width, height) px.
pub fn body_area(size: Size) -> (f64, f64, f64, f64) {
    let s = size.scale;
    let m = MARGIN * s;
    if size.width >= size.height * 1.3 {
        let left = HEADLINE_COLUMN * s;
        (left, m, size.width - left - m, size.height - 2.0 * m)
    } else {
        let top = HEADLINE_BAND * s;
        (m, top, size.width - 2.0 * m, size.height - top - m)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_numbers_shrink_to_fit_the_column() {
        let size = Size::from_css(640.0, 360.0, 2.0);
        for number in ["30\u{a0}%", "1\u{202f}728\u{202f}000", "19\u{a0}millions"] {
            let marks = headline(size, number.to_owned(), ["a".into(), "b".into()]);
            let Mark::Label {
                size: font, text, ..
            } = &marks[0]
            else {
                panic!("number first")
            };
            let width = NUMBER_GLYPH * font * text.chars().count() as f64;
            assert!(width <= HEADLINE_COLUMN * 2.0, "{text}: {width}");
            assert_eq!(marks.len(), 3);
        }
    }

    #[test]
    fn the_body_sits_beside_or_below_the_headline() {
        let (left, top, w, h) = body_area(Size::from_css(640.0, 360.0, 1.0));
        assert_eq!((left, top), (HEADLINE_COLUMN, MARGIN));
        assert!(w > 0.0 && h > 0.0);
        let (left, top, w, _) = body_area(Size::from_css(343.0, 343.0, 1.0));
        assert_eq!((left, top), (MARGIN, HEADLINE_BAND));
        assert_eq!(w, 343.0 - 2.0 * MARGIN);
    }
}
