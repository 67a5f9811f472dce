//! A chart scene framed for export: its title above, its source below, on a
//! surface tall enough for both. Text is wrapped by an estimate of glyph
//! width, never measured, so the same picture comes out everywhere.

use crate::charts::headline::wrap;
use crate::charts::scene::{Align, Ink, Mark, Point, Scene, Size};

/// Average glyph width as a share of the font size, for wrapping.
const GLYPH: f64 = 0.55;

/// `scene` with `title` above it and `source` (wrapped) below it.
pub fn frame_for_export(scene: Scene, title: &str, source: &str) -> Scene {
    let Size {
        width,
        height,
        scale,
    } = scene.size;
    // Title and source are added after the chart's marks: its backdrop stays first.
    let backdrop = scene.backdrop;
    let margin = 16.0 * scale;
    let title_size = 20.0 * scale;
    let source_size = 11.0 * scale;
    let chars = |size: f64| ((width - 2.0 * margin) / (GLYPH * size)).floor() as usize;
    let title_lines = wrap(title, chars(title_size));
    let source_lines = wrap(source, chars(source_size));
    let header = margin + title_lines.len() as f64 * title_size * 1.3;
    let footer = margin + source_lines.len() as f64 * source_size * 1.4;
    let mut marks: Vec<Mark> = scene
        .marks
        .into_iter()
        .map(|m| m.shifted_down(header))
        .collect();
    for (i, line) in title_lines.into_iter().enumerate() {
        marks.push(Mark::Label {
            at: Point::new(margin, margin + title_size * (0.5 + 1.3 * i as f64)),
            text: line,
            size: title_size,
            bold: true,
            ink: Ink::Text,
            align: Align::Start,
        });
    }
    let below = header + height + source_size * 0.6;
    for (i, line) in source_lines.into_iter().enumerate() {
        marks.push(Mark::Label {
            at: Point::new(margin, below + source_size * 1.4 * i as f64),
            text: line,
            size: source_size,
            bold: false,
            ink: Ink::Muted,
            align: Align::Start,
        });
    }
    Scene {
        size: Size {
            width,
            height: (header + height + footer).round(),
            scale,
        },
        marks,
        backdrop,
        targets: Vec::new(),
        columns: 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_frame_adds_title_and_source_and_moves_the_chart_down() {
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
        };
        let framed = frame_for_export(
            scene,
            "Un titre",
            "Source : une source assez longue pour passer à la ligne suivante",
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
        assert!(texts[1].starts_with("Source"));
    }
}
