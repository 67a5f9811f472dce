//! The big number in a chart's top-left corner and its short caption,
//! shared by every chart so they read alike.

use super::scene::{Align, Ink, Mark, Point, Scene, Size};
use super::text_width::Glyph;

/// Width reserved for a headline beside a chart on wide surfaces, CSS px.
pub const HEADLINE_COLUMN: f64 = 180.0;
/// Height reserved for a headline above a chart on tall surfaces, CSS px:
/// its second caption line's descenders reach about 82 px, and a focused
/// mark's outline 4 px beyond it.
pub const HEADLINE_BAND: f64 = 90.0;
/// Space between the surface's edge and its content, CSS px.
pub const MARGIN: f64 = 12.0;

/// [`MARGIN`] on `size`, device px. It stays 12 CSS px in larger text: the
/// stage reaches exactly that far into the card's padding (styles.css), so
/// that the headline's number starts at the card title's left edge.
pub fn margin(size: Size) -> f64 {
    MARGIN * size.pixel_ratio
}
/// Largest font size of the number, CSS px.
const NUMBER_SIZE: f64 = 34.0;
/// Font size of the caption lines, CSS px.
const CAPTION_SIZE: f64 = 13.0;
/// Space kept between the headline column and the chart's body, CSS px.
const COLUMN_GAP: f64 = 8.0;

/// Whether the headline goes beside the chart's body (a wide surface) rather
/// than above it.
pub fn beside(size: Size) -> bool {
    size.width >= size.height * 1.3
}

/// `text` cut into lines of at most `max_chars` characters at its ASCII
/// spaces (no-break spaces hold their words together), for text wrapped by
/// an estimate of glyph width: captions here, titles and sources of exports.
/// A spaced dash stays with the word before it: a line never starts with
/// one (« Médiamétrie-eStat – Etude… » in a source).
pub fn wrap(text: &str, max_chars: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    let mut words = text.split_ascii_whitespace().peekable();
    while let Some(word) = words.next() {
        let dash = words.next_if(|next| *next == "–" || *next == "—");
        let length = word.chars().count() + dash.map_or(0, |dash| 1 + dash.chars().count());
        let fits = line.chars().count() + 1 + length <= max_chars.max(1);
        if !line.is_empty() && !fits {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
        if let Some(dash) = dash {
            line.push(' ');
            line.push_str(dash);
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// The marks of a headline: `number` in the accent colour, then its two
/// caption lines (an empty one is left out), from the top-left corner of
/// `size`. Beside the chart, a
/// caption too long for the column is wrapped at its plain spaces (no-break
/// spaces hold « 1 million » together); above it, set smaller. A `None`
/// number is left out: a chart waiting for the reader to scroll to it, its
/// count not started, would otherwise state a false 0.
pub fn headline(size: Size, number: Option<String>, lines: [String; 2]) -> Vec<Mark> {
    let s = size.scale;
    let margin = margin(size);
    let top = margin + NUMBER_SIZE * s / 2.0;
    let mut marks = Vec::new();
    if let Some(number) = number {
        // Beside the chart, a long number shrinks to its column; above it,
        // it has the card's width, and on a phone stays well above the
        // card's title (18 px).
        let mut font = (size.width * 0.06).clamp(28.0 * s, NUMBER_SIZE * s);
        if beside(size) {
            font = Glyph::NUMBER.size_to_fit(&number, HEADLINE_COLUMN * s - margin, font);
        }
        marks.push(Mark::Label {
            at: Point::new(margin, top),
            size: font,
            text: number,
            bold: true,
            ink: Ink::Accent,
            align: Align::Start,
        });
    }
    let beside = beside(size);
    let mut caption = CAPTION_SIZE * s;
    // The column's room in caption glyphs, after the margin (device px) and
    // the gap (which grows with the text).
    let room = HEADLINE_COLUMN - margin / s - COLUMN_GAP;
    let chars = Glyph::CAPTION.chars_in(room, CAPTION_SIZE);
    let mut texts: Vec<String> = Vec::new();
    for line in lines.into_iter().filter(|t| !t.is_empty()) {
        if !beside {
            caption = Glyph::CAPTION.size_to_fit(&line, size.width - 2.0 * margin, caption);
            texts.push(line);
            continue;
        }
        texts.extend(wrap(&line, chars));
    }
    for (i, text) in texts.into_iter().enumerate() {
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

/// The number a headline shows at progress `t` while its marks count up:
/// none before they start, then `counting` (whole marks, a rounded share),
/// then at the end the figure itself, unrounded, so that the picture ends
/// on what the table and the tooltips say.
pub fn headline_number(figure: f64, counting: f64, t: f64) -> Option<f64> {
    if t <= 0.0 {
        None
    } else if t >= 1.0 {
        Some(figure)
    } else {
        Some(counting)
    }
}

/// Where a chart's body goes once a headline is placed: beside it when the
/// surface is wide, below it when tall. Returns (left, top, width, height) px.
pub fn body_area(size: Size) -> (f64, f64, f64, f64) {
    let s = size.scale;
    let m = margin(size);
    if beside(size) {
        let left = HEADLINE_COLUMN * s;
        (left, m, size.width - left - m, size.height - 2.0 * m)
    } else {
        let top = HEADLINE_BAND * s;
        (m, top, size.width - 2.0 * m, size.height - top - m)
    }
}

/// The corner the headline of `scene` keeps to itself, (width, height) px
/// from the surface's top-left: the column beside the body, down to its
/// text's foot, or the band above it, all the way across. A tooltip keeps
/// out of it: below the column's text, one may go beside a mark.
pub fn headline_corner(scene: &Scene) -> (f64, f64) {
    let size = scene.size;
    if beside(size) {
        // The body starts right of the column: the scene's only labels at
        // the margin are the headline's. A label centred on its anchor
        // reaches 0.6 of its size below it, descenders included.
        let foot = scene
            .marks
            .iter()
            .filter_map(|mark| match mark {
                Mark::Label { at, size: font, .. } if at.x == margin(size) => {
                    Some(at.y + 0.6 * font)
                }
                _ => None,
            })
            .fold(0.0, f64::max);
        (HEADLINE_COLUMN * size.scale, foot)
    } else {
        (f64::INFINITY, HEADLINE_BAND * size.scale)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_numbers_shrink_to_fit_the_column() {
        // On a HiDPI screen, and in twice the text, where the margin does
        // not grow with the column.
        for size in [
            Size::from_css(640.0, 360.0, 2.0),
            Size::from_css(1280.0, 720.0, 1.0).with_text_zoom(2.0),
        ] {
            for number in ["30\u{a0}%", "1\u{202f}728\u{202f}000", "19\u{a0}millions"] {
                let marks = headline(size, Some(number.to_owned()), ["a".into(), "b".into()]);
                let Mark::Label {
                    size: font,
                    text,
                    at,
                    ..
                } = &marks[0]
                else {
                    panic!("number first")
                };
                let right = at.x + Glyph::NUMBER.width(text, *font);
                assert!(
                    right <= HEADLINE_COLUMN * size.scale + 1e-9,
                    "{text}: {right}"
                );
                // A number made smaller uses the column's whole room.
                if *font < NUMBER_SIZE * size.scale {
                    assert!(
                        right > HEADLINE_COLUMN * size.scale - 1e-6,
                        "{text}: {right}"
                    );
                }
                assert_eq!(marks.len(), 3);
            }
        }
        // Beside a chart at 1280 px (790 × 444), the longest numbers keep
        // within 10 px of the others' 34 px (in a 150 px column,
        // « 19 millions » was 20 px).
        let size = Size::from_css(790.0, 444.0, 1.0);
        for number in ["1\u{a0}personne", "19\u{a0}millions", "Segmentée"] {
            let marks = headline(size, Some(number.to_owned()), ["a".into(), "b".into()]);
            let Mark::Label { size: font, .. } = &marks[0] else {
                panic!("number first")
            };
            assert!(*font >= 24.0, "{number}: {font} px");
        }
    }

    #[test]
    fn on_a_phone_every_number_is_large_and_fits_the_width() {
        // 343 px: a 375 px phone's card. Above the chart, the number has
        // the card's width, and stays well above its 18 px title.
        let size = Size::from_css(343.0, 343.0, 2.0);
        for number in [
            "30\u{a0}%",
            "1\u{a0}personne",
            "19\u{a0}millions",
            "1\u{202f}728\u{202f}000",
        ] {
            let marks = headline(size, Some(number.to_owned()), ["a".into(), "b".into()]);
            let Mark::Label { size: font, .. } = &marks[0] else {
                panic!("number first")
            };
            assert_eq!(*font, 28.0 * 2.0, "{number}");
            let width = Glyph::NUMBER.width(number, *font);
            assert!(width <= (343.0 - 2.0 * MARGIN) * 2.0, "{number}: {width}");
        }
    }

    #[test]
    fn wraps_at_spaces_within_the_width() {
        assert_eq!(
            wrap("un deux trois quatre", 9),
            ["un deux", "trois", "quatre"]
        );
        assert_eq!(wrap("", 10), Vec::<String>::new());
        assert_eq!(wrap("motbeaucouptroplong", 5), ["motbeaucouptroplong"]);
        // A dash never starts a line.
        assert_eq!(
            wrap("a Médiamétrie – Etude", 14),
            ["a", "Médiamétrie –", "Etude"]
        );
        assert_eq!(wrap("– seul", 3), ["–", "seul"]);
        // No-break spaces hold a figure to its unit; runs of spaces count once.
        assert_eq!(
            wrap("de  19\u{a0}millions de personnes", 12),
            ["de", "19\u{a0}millions", "de personnes"]
        );
    }

    #[test]
    fn captions_fit_the_column_beside_the_body_and_the_band_above_it() {
        let caption = |marks: &[Mark]| -> Vec<(String, f64, f64)> {
            marks[1..]
                .iter()
                .map(|m| match m {
                    Mark::Label { text, size, at, .. } => (text.clone(), *size, at.x),
                    _ => panic!("labels"),
                })
                .collect()
        };
        let lines = || {
            [
                "internautes mobiles, fin 2011".to_owned(),
                "1\u{a0}téléphone = 1\u{a0}million".to_owned(),
            ]
        };
        for scale in [1.0, 2.0] {
            // Beside (768 × 432): wrapped at plain spaces, within the column.
            let wide = Size::from_css(768.0, 432.0, scale);
            let marks = headline(wide, Some("19\u{a0}millions".into()), lines());
            let texts: Vec<String> = caption(&marks).into_iter().map(|c| c.0).collect();
            // The key « 1 téléphone = 1 million » keeps to one line.
            assert_eq!(
                texts,
                [
                    "internautes mobiles,",
                    "fin 2011",
                    "1\u{a0}téléphone = 1\u{a0}million"
                ]
            );
            let (left, ..) = body_area(wide);
            for (text, size, x) in caption(&marks) {
                let right = x + Glyph::CAPTION.width(&text, size);
                assert!(
                    right <= left - COLUMN_GAP * scale + 1e-9,
                    "{text}: {right} > {left}"
                );
            }
            // Above (a 200 px square): one line each, made small enough to fit.
            let narrow = Size::from_css(200.0, 200.0, scale);
            let marks = headline(narrow, Some("19\u{a0}millions".into()), lines());
            assert_eq!(caption(&marks).len(), 2);
            for (text, size, x) in caption(&marks) {
                let right = x + Glyph::CAPTION.width(&text, size);
                assert!(right <= narrow.width - MARGIN * scale + 1e-9, "{text}");
                assert!(size < CAPTION_SIZE * scale);
            }
        }
        // In twice the text, the captions keep out of the body.
        let zoomed = Size::from_css(1280.0, 720.0, 1.0).with_text_zoom(2.0);
        let marks = headline(zoomed, Some("19\u{a0}millions".into()), lines());
        let (left, ..) = body_area(zoomed);
        for (text, size, x) in caption(&marks) {
            let right = x + Glyph::CAPTION.width(&text, size);
            assert!(right <= left - COLUMN_GAP * 2.0 + 1e-9, "{text}: {right}");
        }
        // Short captions are left alone.
        let marks = headline(
            Size::from_css(768.0, 432.0, 1.0),
            Some("30\u{a0}%".into()),
            ["s’informent sur les".into(), "réseaux sociaux".into()],
        );
        assert_eq!(caption(&marks).len(), 2);
        assert!(caption(&marks).iter().all(|c| c.1 == CAPTION_SIZE));
    }

    #[test]
    fn the_number_is_none_before_the_count_then_counts_then_is_the_figure() {
        // 12.7 % drawn as whole marks: 6 of them halfway, 12.7 at the end.
        assert_eq!(headline_number(12.7, 0.0, 0.0), None);
        assert_eq!(headline_number(12.7, 6.0, 0.5), Some(6.0));
        assert_eq!(headline_number(12.7, 13.0, 0.999), Some(13.0));
        assert_eq!(headline_number(12.7, 13.0, 1.0), Some(12.7));
        // No number, no mark: the caption stays, as a label.
        let size = Size::from_css(768.0, 432.0, 1.0);
        let waiting = headline(size, None, ["a".into(), "b".into()]);
        let counting = headline(size, Some("6\u{a0}%".into()), ["a".into(), "b".into()]);
        assert_eq!(waiting.len() + 1, counting.len());
        assert!(!waiting
            .iter()
            .any(|m| matches!(m, Mark::Label { bold: true, .. })));
    }

    #[test]
    fn the_margin_stays_twelve_css_px_in_larger_text() {
        // The stage bleeds 12 CSS px into the card (styles.css): in twice
        // the text, a margin that grew with it (24 px) put the number 12 px
        // further right than the card's title.
        for size in [
            Size::from_css(790.0, 444.0, 1.0).with_text_zoom(2.0),
            Size::from_css(343.0, 429.0, 2.0).with_text_zoom(1.5),
        ] {
            let marks = headline(size, Some("30\u{a0}%".into()), ["a".into(), "b".into()]);
            for mark in &marks {
                let Mark::Label { at, .. } = mark else {
                    panic!("a headline is labels")
                };
                assert_eq!(at.x, MARGIN * size.pixel_ratio);
            }
            let (left, top, ..) = body_area(size);
            assert!(beside(size) || left == MARGIN * size.pixel_ratio);
            assert!(!beside(size) || top == MARGIN * size.pixel_ratio);
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

    #[test]
    fn the_headline_keeps_a_corner_the_body_stays_out_of() {
        // Usual text, and text twice as large (a reader's default font
        // size); a caption of one line and one the column wraps.
        for (w, h, zoom) in [
            (640.0, 360.0, 1.0),
            (1120.0, 630.0, 2.0),
            (343.0, 343.0, 1.0),
            (301.0, 376.0, 2.0),
        ] {
            for caption in [
                "en moyenne",
                "d’internautes sociaux et mobiles, fin\u{a0}2011",
            ] {
                let size = Size::from_css(w, h, 1.0).with_text_zoom(zoom);
                let marks = headline(size, Some("120".into()), ["amis".into(), caption.into()]);
                let scene = Scene {
                    size,
                    marks: marks.clone(),
                    backdrop: 0,
                    targets: Vec::new(),
                    columns: 1,
                    start: 0,
                    foot: 0.0,
                };
                let (corner_w, corner_h) = headline_corner(&scene);
                let (left, top, ..) = body_area(size);
                if beside(size) {
                    assert_eq!(corner_w, left, "{w}×{h}");
                    // Down to the last line's descenders, and no further.
                    let Some(Mark::Label { at, size: font, .. }) = marks.last() else {
                        panic!("a caption last")
                    };
                    assert_eq!(corner_h, at.y + 0.6 * font, "{w}×{h}: {caption}");
                    assert!(corner_h < top + h / 2.0, "{w}×{h}: {caption}");
                } else {
                    assert_eq!((corner_w, corner_h), (f64::INFINITY, top), "{w}×{h}");
                }
            }
        }
    }
}
