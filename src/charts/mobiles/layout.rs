//! Pure layout of the `mobiles` unit chart at animation progress `t`.

use crate::charts::headline::{headline, headline_number};
use crate::charts::scene::{turned_arc, Ink, Mark, Point, Scene, Size};
use crate::charts::unit_grid::{Stagger, Units};
use crate::data::decimal::Whole;
use crate::data::format_fr::{dated, format_count, format_millions};
use std::f64::consts::FRAC_1_SQRT_2;

/// People one mark stands for.
pub const PER_MARK: f64 = 1_000_000.0;

/// When each phone appears.
const APPEAR: Stagger = Stagger {
    start: 0.05,
    span: 0.75,
    grow: 0.1,
};

/// How a rounded corner's quarter circle is drawn: in steps of a turn
/// known by its sine and cosine, without a call out (a frame draws 19
/// phones of two rectangles each, and the grey ones of the backdrop
/// besides), and how many.
type CornerSteps = ((f64, f64), usize);

/// The phone's corners: four eighths of a quarter turn (π/8), a chord at
/// most 2 % of the radius inside its arc.
const CASE_CORNER: CornerSteps = ((0.382_683_432_365_089_8, 0.923_879_532_511_286_7), 4);

/// The screen's corners, with a radius under a third of the phone's: two
/// steps of π/4, a chord at most 8 % of the radius inside its arc (under
/// half a device pixel on the article's stages, phone or desktop). A phone
/// then has 32 points, not 40.
const SCREEN_CORNER: CornerSteps = ((FRAC_1_SQRT_2, FRAC_1_SQRT_2), 2);

/// A rounded rectangle of `w` × `h` px centred on `c`, corner radius `r`:
/// its four corners' quarter circles clockwise from the top right, each
/// drawn in `steps`.
fn rounded_rect(c: Point, w: f64, h: f64, r: f64, (step, steps): CornerSteps) -> Vec<Point> {
    let (x0, x1, y0, y1) = (
        c.x - w / 2.0 + r,
        c.x + w / 2.0 - r,
        c.y - h / 2.0 + r,
        c.y + h / 2.0 - r,
    );
    let corner = |x, y, start| turned_arc(Point::new(x, y), r, start, step, steps);
    let mut points = corner(x1, y0, (0.0, 1.0));
    points.extend(corner(x1, y1, (1.0, 0.0)));
    points.extend(corner(x0, y1, (0.0, -1.0)));
    points.extend(corner(x0, y0, (-1.0, 0.0)));
    points
}

/// A phone glyph in a cell of side `cell` px centred on `c`, grown by `grow`.
fn phone(c: Point, cell: f64, grow: f64, ink: Ink) -> [Mark; 2] {
    let (w, h) = (0.46 * cell * grow, 0.78 * cell * grow);
    [
        Mark::Polygon {
            points: rounded_rect(c, w, h, 0.1 * cell * grow, CASE_CORNER),
            ink,
            alpha: 1.0,
        },
        Mark::Polygon {
            points: rounded_rect(
                Point::new(c.x, c.y - 0.03 * cell * grow),
                w * 0.78,
                h * 0.74,
                0.03 * cell * grow,
                SCREEN_CORNER,
            ),
            // Not the surface's colour, which a transparent embed does not
            // have (its palette falls back to the light theme's): the one
            // set on the accent, light or dark with the theme.
            ink: Ink::OnAccent,
            alpha: 1.0,
        },
    ]
}

/// The phones drawn for `people`: one per million, rounded, and at least
/// one, for the chart and its table alike.
pub fn phones(people: f64) -> usize {
    (people / PER_MARK).round().max(1.0) as usize
}

/// The figure, people counted at the end of a year (when the article gives
/// one), with each phone's tooltip formatted once: a layout runs on every
/// animation frame.
#[derive(Debug, Clone, PartialEq)]
pub struct MobilesModel {
    /// The people, unrounded.
    pub people: f64,
    /// The year they were counted at the end of.
    pub year: Option<u16>,
    /// Phone `i`'s tooltip.
    tips: Vec<String>,
}

impl MobilesModel {
    /// The model of `people`, counted at the end of `year`.
    pub fn new(people: f64, year: Option<u16>) -> Self {
        let units = drawn(people);
        let whom = dated(&format_count(people), " fin ", year);
        let tips = units.tips(|i| {
            format!(
                "Téléphone {} sur {}\u{a0}: 1\u{a0}million de personnes, sur {whom}",
                Whole(i as i64 + 1),
                Whole(units.count as i64),
            )
        });
        Self { people, year, tips }
    }
}

/// The phones of `people`, all of them filled.
fn drawn(people: f64) -> Units {
    let count = phones(people);
    Units {
        count,
        filled: count,
        stagger: APPEAR,
    }
}

/// Lays out the model's phones, one per million, at progress `t`.
pub fn layout_mobiles(model: &MobilesModel, size: Size, t: f64) -> Scene {
    let (people, year) = (model.people, model.year);
    let units = drawn(people);
    let mut scene = units.layout(
        size,
        t,
        |c, cell| phone(c, cell, 1.0, Ink::Rule),
        |c, cell, grow| phone(c, cell, grow, Ink::Accent),
        &model.tips,
        [
            dated("d’internautes sociaux et mobiles", ", fin\u{a0}", year),
            "1\u{a0}téléphone = 1\u{a0}million".to_owned(),
        ],
    );
    let shown = headline_number(people, units.shown(t) as f64 * PER_MARK, t);
    scene.marks.extend(headline(
        size,
        // Counted in millions from the first frame: the caption goes on
        // from « million(s) ».
        shown.map(format_millions),
        [String::new(), String::new()],
    ));
    scene
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::scene::{arc, assert_points_near};
    use std::f64::consts::{FRAC_PI_2, PI};

    #[test]
    fn a_phone_has_a_quarter_circle_at_each_corner() {
        assert_eq!(CASE_CORNER.0, (PI / 8.0).sin_cos());
        let (sin, cos) = (PI / 4.0).sin_cos();
        assert!(
            (SCREEN_CORNER.0 .0 - sin).abs() < 1e-15 && (SCREEN_CORNER.0 .1 - cos).abs() < 1e-15
        );
        let (c, w, h, r) = (Point::new(30.0, 40.0), 20.0, 36.0, 3.0);
        let corners = [(37.0, 25.0), (37.0, 55.0), (23.0, 55.0), (23.0, 25.0)];
        for (corner, points) in [(CASE_CORNER, 20), (SCREEN_CORNER, 12)] {
            let expected: Vec<_> = corners
                .iter()
                .enumerate()
                .flat_map(|(k, &(x, y))| {
                    let start = k as f64 * FRAC_PI_2;
                    arc(Point::new(x, y), r, start, start + FRAC_PI_2, corner.1)
                })
                .collect();
            assert_eq!(expected.len(), points);
            assert_points_near(&rounded_rect(c, w, h, r, corner), &expected);
        }
    }

    #[test]
    fn the_headline_counts_whole_phones_then_ends_on_the_figure_unrounded() {
        let size = Size::from_css(640.0, 360.0, 1.0);
        let model = MobilesModel::new(19_400_000.0, None);
        // The number comes last, after the captions.
        let number = |t| {
            let scene = layout_mobiles(&model, size, t);
            scene
                .label_texts()
                .last()
                .map_or_else(String::new, |n| (*n).to_owned())
        };
        assert!(!number(0.5).contains(','), "{}", number(0.5));
        assert_eq!(number(1.0), "19,4\u{a0}millions");
    }

    fn accent_phones(scene: &Scene) -> usize {
        // Each shown phone is an accent body (its screen is drawn in OnAccent).
        scene
            .marks
            .iter()
            .filter(|m| {
                matches!(
                    m,
                    Mark::Polygon {
                        ink: Ink::Accent,
                        ..
                    }
                )
            })
            .count()
    }

    #[test]
    fn one_phone_per_million_and_never_none() {
        assert_eq!(phones(19_000_000.0), 19);
        assert_eq!(phones(19_400_000.0), 19);
        assert_eq!(phones(19_500_000.0), 20);
        // Fewer than half a million: one phone, drawn and in the table.
        assert_eq!(phones(300_000.0), 1);
    }

    #[test]
    fn nineteen_millions_are_nineteen_phones() {
        let scene = layout_mobiles(
            &MobilesModel::new(19_000_000.0, Some(2011)),
            Size::from_css(640.0, 360.0, 1.0),
            1.0,
        );
        assert_eq!(scene.targets.len(), 19);
        assert_eq!(accent_phones(&scene), 19);
        assert!(scene
            .marks
            .iter()
            .any(|m| matches!(m, Mark::Label { text, .. } if text == "19\u{a0}millions")));
        assert!(scene.targets[6].text.starts_with("Téléphone 7 sur 19"));
        assert!(scene.targets[6]
            .text
            .ends_with("sur 19\u{a0}millions fin 2011"));
        // Beside the phones, the caption is wrapped to its column; it
        // continues the number (« 19 millions d’internautes »).
        let labels = scene.label_texts();
        assert!(labels.contains(&"d’internautes sociaux"), "{labels:?}");
        assert!(labels.contains(&"et mobiles, fin\u{a0}2011"), "{labels:?}");
    }

    #[test]
    fn a_figure_without_a_year_is_not_dated() {
        let scene = layout_mobiles(
            &MobilesModel::new(19_000_000.0, None),
            Size::from_css(640.0, 360.0, 1.0),
            1.0,
        );
        assert!(scene.targets[6].text.ends_with("sur 19\u{a0}millions"));
        assert!(scene.label_texts().contains(&"et mobiles"));
    }

    #[test]
    fn the_grey_phones_and_the_captions_stay_still_while_the_accent_ones_appear() {
        let model = MobilesModel::new(19_000_000.0, Some(2011));
        for size in [
            Size::from_css(412.0, 300.0, 1.75),
            Size::from_css(640.0, 360.0, 1.0),
            Size::from_css(1280.0, 720.0, 1.0).with_text_zoom(2.0),
        ] {
            Scene::assert_backdrop_settles(|t| layout_mobiles(&model, size, t));
            let scene = layout_mobiles(&model, size, 1.0);
            // Nineteen grey phones, two marks each, then the captions.
            scene.assert_captions_settled_after(2 * 19);
        }
    }

    #[test]
    fn the_count_climbs_with_the_animation() {
        assert_eq!(APPEAR.shown(19, 0.0), 0);
        assert_eq!(APPEAR.shown(19, 1.0), 19);
        let model = MobilesModel::new(19_000_000.0, Some(2011));
        let at = |t| layout_mobiles(&model, Size::from_css(640.0, 360.0, 1.0), t);
        let waiting = at(0.0);
        assert_eq!(accent_phones(&waiting), 0);
        // Waiting for its entrance, the chart states no figure: not a false 0.
        assert!(!waiting.marks.iter().any(|m| matches!(
            m,
            Mark::Label {
                ink: Ink::Accent,
                ..
            }
        )));
        assert!(at(0.001)
            .marks
            .iter()
            // « 0 million d’internautes », not « 0 d’internautes ».
            .any(|m| matches!(m, Mark::Label { text, .. } if text == "0\u{a0}million")));
    }
}
