//! Pure layout of the `actualite` pictogram at animation progress `t`.

use crate::charts::headline::{headline, headline_number};
use crate::charts::scene::{turned_arc, Ink, Mark, Point, Scene, Size};
use crate::charts::unit_grid::{Stagger, Units};
use crate::data::decimal::Whole;
use crate::data::format_fr::{format_value, MINUS};
use crate::data::model::Unit;

/// People drawn: one per percentage point.
const PEOPLE: usize = 100;

/// When each of the people to fill turns to the accent colour.
const FILL: Stagger = Stagger {
    start: 0.08,
    span: 0.72,
    grow: 0.12,
};

/// The sine and cosine of a tenth of a half turn (π/10): a person's
/// shoulders are a half circle in ten such steps, from 9 o'clock.
const SHOULDER_STEP: (f64, f64) = (0.309_016_994_374_947_4, 0.951_056_516_295_153_5);

/// A person glyph's head (centre, radius) and body outline in a cell of
/// side `cell` px centred on `c`, grown by `grow`, drawn `inset` px inside
/// the full glyph's edge.
fn person_shape(c: Point, cell: f64, grow: f64, inset: f64) -> (Point, f64, Vec<Point>) {
    let u = cell * grow;
    // A half disc on a rectangle: inset, it is the same shape, smaller.
    let half = 0.22 * u - inset;
    let shoulders = Point::new(c.x, c.y + 0.14 * u);
    // Its angles known without a call out: a frame lays out a hundred.
    let mut body = turned_arc(shoulders, half, (-1.0, 0.0), SHOULDER_STEP, 10);
    let foot = c.y + 0.36 * u - inset;
    body.push(Point::new(c.x + half, foot));
    body.push(Point::new(c.x - half, foot));
    (Point::new(c.x, c.y - 0.2 * u), 0.13 * u - inset, body)
}

/// A filled person: one of those the figure counts.
fn person(c: Point, cell: f64, grow: f64) -> [Mark; 2] {
    let (center, radius, points) = person_shape(c, cell, grow, 0.0);
    let ink = Ink::Accent;
    [
        Mark::Disc {
            center,
            radius,
            ink,
            alpha: 1.0,
        },
        Mark::Polygon {
            points,
            ink,
            alpha: 1.0,
        },
    ]
}

/// A hollow person, one of the rest: told from the filled ones by its
/// shape, not only its colour (forced colours, a grey accent). Its line lies
/// within the filled glyph's edge, which covers it without a halo.
fn hollow_person(c: Point, cell: f64) -> [Mark; 2] {
    let width = 0.04 * cell;
    let (center, radius, points) = person_shape(c, cell, 1.0, width / 2.0);
    let ink = Ink::Rule;
    [
        Mark::Ring {
            center,
            radius,
            width,
            ink,
            alpha: 1.0,
        },
        Mark::Outline { points, width, ink },
    ]
}

/// The figure, a share of 100 people, with each person's tooltip formatted
/// once: a layout runs on every animation frame.
#[derive(Debug, Clone, PartialEq)]
pub struct ActualiteModel {
    /// The share, in percent, unrounded.
    pub percent: f64,
    /// Person `i`'s tooltip.
    tips: Vec<String>,
}

impl ActualiteModel {
    /// The model of `percent` people in 100.
    pub fn new(percent: f64) -> Self {
        let units = people(percent);
        let filled = units.filled;
        let share = format_value(percent, Unit::Percent);
        let all = Whole(PEOPLE as i64);
        let tips = units.tips(|i| {
            if i < filled {
                format!(
                    "Personne {} sur {all}\u{a0}: s’informe sur les réseaux sociaux, comme {} sur {all} ({share})",
                    Whole(i as i64 + 1),
                    Whole(filled as i64),
                )
            } else {
                format!(
                    "Personne {} sur {all}\u{a0}: ne s’informe pas sur les réseaux sociaux, comme {} sur {all} (calcul\u{a0}: 100{MINUS}{})",
                    Whole(i as i64 + 1),
                    Whole((PEOPLE - filled) as i64),
                    Whole(filled as i64),
                )
            }
        });
        Self { percent, tips }
    }
}

/// The 100 people, the first `percent` of them, rounded, filled.
fn people(percent: f64) -> Units {
    Units {
        count: PEOPLE,
        filled: percent.round().clamp(0.0, PEOPLE as f64) as usize,
        stagger: FILL,
    }
}

/// Lays out the model's 100 people, its share of them filled, at progress `t`.
pub fn layout_actualite(model: &ActualiteModel, size: Size, t: f64) -> Scene {
    let percent = model.percent;
    let units = people(percent);
    let captions = [
        "s’informent sur les".to_owned(),
        "réseaux sociaux".to_owned(),
    ];
    let mut scene = units.layout(size, t, hollow_person, person, &model.tips, captions);
    let shown = headline_number(percent, units.shown(t) as f64, t);
    scene.marks.extend(headline(
        size,
        shown.map(|shown| format_value(shown, Unit::Percent)),
        [String::new(), String::new()],
    ));
    scene
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::scene::{arc, assert_points_near, Region};
    use std::f64::consts::{FRAC_PI_2, PI};

    #[test]
    fn a_person_has_round_shoulders() {
        assert_eq!((PI / 10.0).sin_cos(), SHOULDER_STEP);
        let c = Point::new(30.0, 40.0);
        let (_, _, body) = person_shape(c, 50.0, 1.0, 0.0);
        let shoulders = arc(Point::new(30.0, 47.0), 11.0, -FRAC_PI_2, FRAC_PI_2, 10);
        // The half circle, then the two feet.
        assert_eq!(body.len(), shoulders.len() + 2);
        assert_points_near(&body[..shoulders.len()], &shoulders);
    }

    #[test]
    fn the_headline_counts_whole_people_then_ends_on_the_figure_unrounded() {
        let size = Size::from_css(640.0, 360.0, 1.0);
        let model = ActualiteModel::new(20.5);
        let labels = |t| -> Vec<String> {
            let scene = layout_actualite(&model, size, t);
            scene.label_texts().into_iter().map(str::to_owned).collect()
        };
        // The number comes last, after the captions.
        let number = |t| labels(t).pop().unwrap_or_default();
        assert!(!number(0.5).contains(','), "{}", number(0.5));
        assert_eq!(number(1.0), "20,5\u{a0}%");
        // Waiting for its entrance, the chart states no share: not a false 0 %.
        assert_eq!(labels(0.0), ["s’informent sur les", "réseaux sociaux"]);
    }

    fn accent_heads(scene: &Scene) -> usize {
        scene
            .marks
            .iter()
            .filter(|m| {
                matches!(
                    m,
                    Mark::Disc {
                        ink: Ink::Accent,
                        ..
                    }
                )
            })
            .count()
    }

    #[test]
    fn exactly_thirty_of_a_hundred_are_filled_at_the_end() {
        let scene = layout_actualite(
            &ActualiteModel::new(30.0),
            Size::from_css(640.0, 360.0, 1.0),
            1.0,
        );
        assert_eq!(accent_heads(&scene), 30);
        assert_eq!(scene.targets.len(), 100);
        assert!(scene.targets[29].text.contains("s’informe sur"));
        assert!(scene.targets[30].text.contains("70 sur 100"));
        assert!(scene
            .marks
            .iter()
            .any(|m| matches!(m, Mark::Label { text, .. } if text == "30\u{a0}%")));
    }

    #[test]
    fn filling_is_animated_from_none_to_all() {
        assert_eq!(FILL.shown(30, 0.0), 0);
        assert_eq!(FILL.shown(30, 1.0), 30);
        let half = FILL.shown(30, 0.5);
        assert!(half > 5 && half < 30, "{half}");
        let scene = layout_actualite(
            &ActualiteModel::new(30.0),
            Size::from_css(640.0, 360.0, 1.0),
            0.0,
        );
        assert_eq!(accent_heads(&scene), 0);
    }

    #[test]
    fn the_hollow_crowd_and_the_captions_stay_still_while_the_accent_fills() {
        let model = ActualiteModel::new(30.0);
        for size in [
            Size::from_css(640.0, 360.0, 1.0),
            Size::from_css(343.0, 343.0, 2.0),
            Size::from_css(1280.0, 720.0, 1.0).with_text_zoom(2.0),
        ] {
            Scene::assert_backdrop_settles(|t| layout_actualite(&model, size, t));
            let scene = layout_actualite(&model, size, 1.0);
            assert!(scene.marks[..2 * PEOPLE]
                .iter()
                .all(|m| matches!(m, Mark::Ring { .. } | Mark::Outline { .. })));
            scene.assert_captions_settled_after(2 * PEOPLE);
        }
    }

    #[test]
    fn a_filled_person_covers_the_hollow_one_beneath_it() {
        let cell = 40.0;
        let c = Point::new(100.0, 100.0);
        let [Mark::Disc { radius, .. }, Mark::Polygon { points: body, .. }] = person(c, cell, 1.0)
        else {
            panic!("a head and a body")
        };
        let [Mark::Ring {
            radius: ring,
            width,
            ..
        }, Mark::Outline { points: line, .. }] = hollow_person(c, cell)
        else {
            panic!("a ring and an outline")
        };
        assert!((ring + width / 2.0 - radius).abs() < 1e-9);
        // The outline's outer edge is the body's edge, all round.
        let reach = |points: &[Point], by: f64| {
            let xs = points.iter().map(|p| p.x);
            let ys = points.iter().map(|p| p.y);
            (
                xs.clone().fold(f64::MIN, f64::max) + by,
                xs.fold(f64::MAX, f64::min) - by,
                ys.clone().fold(f64::MIN, f64::max) + by,
                ys.fold(f64::MAX, f64::min) - by,
            )
        };
        let (a, b) = (reach(&line, width / 2.0), reach(&body, 0.0));
        for (x, y) in [(a.0, b.0), (a.1, b.1), (a.2, b.2), (a.3, b.3)] {
            assert!((x - y).abs() < 1e-9, "{a:?} {b:?}");
        }
    }

    #[test]
    fn hovering_a_person_finds_that_person() {
        let scene = layout_actualite(
            &ActualiteModel::new(30.0),
            Size::from_css(375.0, 375.0, 2.0),
            1.0,
        );
        let Region::Rect { min, max } = scene.targets[42].region else {
            panic!("people are cells")
        };
        let middle = Point::new((min.x + max.x) / 2.0, (min.y + max.y) / 2.0);
        assert_eq!(scene.hit(middle, 0.0), Some(42));
    }
}
