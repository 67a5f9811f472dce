//! Pure layout of the `temps` donut and day bar at animation progress `t`.

use super::model::{hours_text, TempsModel, HOURS};
use crate::charts::easing::{ease_out_cubic, window};
use crate::charts::headline::{self, body_area, headline, headline_number};
use crate::charts::scene::{sector, Align, Ink, Mark, Point, Region, Scene, Size, Target};
use crate::charts::text_width::Glyph;
use crate::data::format_fr::{dated, format_decimal, format_duration, format_value, MINUS};
use crate::data::model::Unit;
use std::f64::consts::TAU;

/// Width the day bar and its captions need beside the donut, CSS px.
const BAR_COLUMN: f64 = 260.0;
/// Height the day bar and its captions need below the donut, CSS px: the
/// caption above the bar and the gap to the donut, the bar, two lines below.
const BAR_BLOCK: f64 = 90.0;
/// Space between the donut's square and the day bar beside it, CSS px.
const BAR_GAP: f64 = 24.0;
/// How far the donut's ring keeps inside its square, CSS px.
const DONUT_INSET: f64 = 4.0;

/// Smallest size of the hole's line for the share, CSS px: smaller, it is
/// left out (the headline's colour still names the slice).
const HOLE_SHARE_MIN: f64 = 10.0;

/// The labels in the donut's hole, centred on `center` within `inner` px:
/// « Internet », the whole, then in the accent its share, « dont réseaux
/// sociaux », so that the slice is named where it is drawn. The share is on
/// one line where it fits at a readable size, else on two, else left out.
fn hole_labels(center: Point, inner: f64, s: f64) -> Vec<Mark> {
    // Within the hole, with a margin for the bold face, on a small donut too.
    let whole = Glyph::CAPTION.size_to_fit(
        "Internet",
        1.6 * inner,
        (inner * 0.32).clamp(11.0 * s, 16.0 * s),
    );
    let wanted = (whole * 0.85).max(11.0 * s);
    // On one line, the share sits just below the centre, where the hole is
    // nearly its whole width; on two, its lines reach further from it.
    let one = Glyph::CAPTION.size_to_fit("dont réseaux sociaux", 1.75 * inner, wanted);
    let two = Glyph::CAPTION.size_to_fit("dont réseaux", 1.6 * inner, wanted);
    // Two larger lines rather than one small one.
    let share: &[&str] = if one >= (HOLE_SHARE_MIN + 1.0) * s {
        &["dont réseaux sociaux"]
    } else if two >= HOLE_SHARE_MIN * s {
        &["dont réseaux", "sociaux"]
    } else {
        &[]
    };
    let size = if share.len() == 1 { one } else { two };
    // The block of lines, each 1.2 times its size, centred.
    let mut y = center.y - 0.6 * (whole + size * share.len() as f64);
    let mut label = |text: &str, size: f64, bold: bool, ink: Ink| {
        y += 1.2 * size;
        Mark::Label {
            at: Point::new(center.x, y - 0.6 * size),
            text: text.to_owned(),
            size,
            bold,
            ink,
            align: Align::Center,
        }
    };
    let mut marks = vec![label("Internet", whole, true, Ink::Muted)];
    for text in share {
        marks.push(label(text, size, false, Ink::Accent));
    }
    marks
}

/// Lays out the donut (the article's share) and the day bar (the reader's
/// hours and the derived minutes) for `size` at progress `t`.
pub fn layout_temps(model: &TempsModel, size: Size, t: f64) -> Scene {
    let s = size.scale;
    let (left, top, width, height) = body_area(size);
    // The donut takes a square; the bar and its captions the rest: beside it
    // on a landscape stage when a donut of half the width (or of the
    // height) leaves them room, below it otherwise (on a square tablet
    // stage, beside them the donut had half the width): as tall as they let
    // it be, at most three quarters of the width, the two centred together
    // in the height left. Beside, the donut then takes all the width the
    // bar's column leaves, up to the height: at half the width, a desktop's
    // stage kept 90 px empty under it.
    let wide = headline::beside(size) && width - height.min(width * 0.5) >= BAR_COLUMN * s;
    let side_beside = height.min(width - BAR_COLUMN * s);
    let (side, top) = if wide {
        (side_beside, top)
    } else {
        let side = (height - BAR_BLOCK * s).min(width * 0.75);
        (side, top + (height - side - BAR_BLOCK * s) / 2.0)
    };
    let center = if wide {
        Point::new(left + side / 2.0, top + height / 2.0)
    } else {
        Point::new(left + width / 2.0, top + side / 2.0)
    };
    let outer = side / 2.0 - DONUT_INSET * s;
    let inner = outer * 0.62;
    let sweep = ease_out_cubic(window(t, 0.05, 0.75));
    let share_end = TAU * model.share / 100.0;

    // The rest of the time is a thinner ring than the share: the two read
    // apart by their shape, not only their colour (forced colours, a grey
    // accent).
    let rim = (outer - inner) * 0.14;
    // What never moves is painted first: the backdrop the canvas painter
    // keeps, so that a frame of the entrance draws only the share, the
    // bar's hours and the counts. Of those, only the share overlaps it,
    // over the ring it is drawn on.
    let mut marks = vec![Mark::Polygon {
        points: sector(center, inner + rim, outer - rim, 0.0, TAU),
        ink: Ink::Rule,
        alpha: 1.0,
    }];
    marks.extend(hole_labels(center, inner, s));

    // The day bar: full length is the slider's maximum, so moving it is visible.
    let (bar_left, bar_top, bar_width) = if wide {
        let x = left + side + BAR_GAP * s;
        (x, top + height / 2.0 - 8.0 * s, left + width - x)
    } else {
        (left, top + side + 34.0 * s, width)
    };
    let bar_height = 16.0 * s;
    // A segment of the bar, `rise` px taller above and below.
    let rect = |x0: f64, x1: f64, rise: f64| {
        let (y0, y1) = (bar_top - rise, bar_top + bar_height + rise);
        vec![
            Point::new(x0, y0),
            Point::new(x1, y0),
            Point::new(x1, y1),
            Point::new(x0, y1),
        ]
    };
    // The whole scale is outlined, not tinted: a tint pale enough for the
    // hours online to stand out of it (3:1) would not stand out of the card.
    marks.push(Mark::Outline {
        points: rect(bar_left, bar_left + bar_width, 0.0),
        width: s,
        ink: Ink::Rule,
    });
    // Lines are placed for this size; a line too long for the bar (a
    // narrow phone, many hours) is set smaller.
    let caption = 13.0 * s;
    // The top of the bar's line above it (« 2 h en ligne par jour »,
    // centred a caption above the bar).
    let bar_line_top = bar_top - caption - caption;
    // The bar's scale: its end is the slider's maximum, said at that end,
    // so that the reader's hours read as a part of it, not as all of it.
    let scale = format!("sur {}", hours_text(*HOURS.end()));
    let scale_size = caption * 0.85;
    let scale_width = Glyph::CAPTION.width(&scale, scale_size);
    marks.push(Mark::Label {
        at: Point::new(bar_left + bar_width, bar_top - caption),
        size: scale_size,
        text: scale,
        bold: false,
        ink: Ink::Muted,
        align: Align::End,
    });
    let hours = format!("{} en ligne par jour", hours_text(model.hours));
    marks.push(Mark::Label {
        at: Point::new(bar_left, bar_top - caption),
        size: Glyph::BOLD_CAPTION.size_to_fit(&hours, bar_width - scale_width - caption, caption),
        text: hours,
        bold: true,
        ink: Ink::Text,
        align: Align::Start,
    });
    // The headline's lines; its number counts up, and comes last.
    marks.extend(headline(
        size,
        None,
        [
            "du temps passé sur".to_owned(),
            dated("Internet", ", en ", model.year),
        ],
    ));
    let backdrop = marks.len();

    if sweep > 0.0 {
        marks.push(Mark::Polygon {
            points: sector(center, inner, outer, 0.0, share_end * sweep),
            ink: Ink::Accent,
            alpha: 1.0,
        });
    }
    let grow = ease_out_cubic(window(t, 0.35, 0.95));
    let online = bar_width * model.hours / HOURS.end() * grow;
    let social = online * model.share / 100.0;
    // The rest of the time online, in the donut's colour for it.
    marks.push(Mark::Polygon {
        points: rect(bar_left, bar_left + online, 0.0),
        ink: Ink::Rule,
        alpha: 1.0,
    });
    // Taller than the bar, for the same reason as the donut's share.
    marks.push(Mark::Polygon {
        points: rect(bar_left, bar_left + social, 3.0 * s),
        ink: Ink::Accent,
        alpha: 1.0,
    });
    // The minutes under the bar count up as it fills, as the headline
    // does: they stated the end before the bar had begun. Not before it
    // starts (« dont 0 min » would be false).
    if grow > 0.0 {
        let social = format!(
            "dont {} sur les réseaux sociaux",
            format_duration(model.social_minutes() * grow)
        );
        marks.push(Mark::Label {
            at: Point::new(bar_left, bar_top + bar_height + caption),
            size: Glyph::CAPTION.size_to_fit(&social, bar_width, caption),
            text: social,
            bold: false,
            ink: Ink::Accent,
            align: Align::Start,
        });
    }
    // The calculation comes with its result: under minutes still counting
    // up, « dont 7 min » over « (calcul : 20 % × 2 h) » read as a wrong sum.
    if grow >= 1.0 {
        let calculation = format!("(calcul\u{a0}: {})", model.derivation());
        marks.push(Mark::Label {
            at: Point::new(bar_left, bar_top + bar_height + caption * 2.4),
            size: Glyph::CAPTION.size_to_fit(&calculation, bar_width, caption * 0.9),
            text: calculation,
            bold: false,
            ink: Ink::Muted,
            align: Align::Start,
        });
    }
    let shown = headline_number(model.share, (model.share * sweep).round(), sweep);
    marks.extend(headline(
        size,
        shown.map(|shown| format_value(shown, Unit::Percent)),
        [String::new(), String::new()],
    ));

    let targets = vec![
        Target {
            region: Region::Sector {
                center,
                inner,
                outer,
                start: 0.0,
                end: share_end,
            },
            text: format!(
                "Réseaux sociaux\u{a0}: {} du temps passé sur {}",
                format_value(model.share, Unit::Percent),
                dated("Internet", " en ", model.year)
            ),
        },
        Target {
            region: Region::Sector {
                center,
                inner,
                outer,
                start: share_end,
                end: TAU,
            },
            text: format!(
                "Le reste du temps en ligne\u{a0}: {} (calcul\u{a0}: 100{MINUS}{})",
                format_value(100.0 - model.share, Unit::Percent),
                format_decimal(model.share, 1)
            ),
        },
        Target {
            // The bar with its line above (« 2 h en ligne par jour », centred
            // a caption above it): the tooltip, above the region, leaves it
            // readable, and the focus ring frames both.
            region: Region::Rect {
                min: Point::new(bar_left, bar_line_top),
                max: Point::new(bar_left + bar_width, bar_top + bar_height),
            },
            text: format!(
                "Pour {} en ligne par jour\u{a0}: {} sur les réseaux sociaux (calcul\u{a0}: {})",
                hours_text(model.hours),
                format_duration(model.social_minutes()),
                model.derivation()
            ),
        },
    ];
    // Under the donut, the bar and its lines are kept clear of: the rest
    // of the time's slice reaches the donut's foot, and its tooltip went
    // below it, over the bar.
    let foot = if wide {
        0.0
    } else {
        size.height - bar_line_top
    };
    Scene {
        size,
        marks,
        backdrop,
        targets,
        columns: 1,
        start: 0,
        foot,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_headline_counts_whole_percents_then_ends_on_the_figure_unrounded() {
        let model = TempsModel {
            share: 20.5,
            ..MODEL
        };
        let size = Size::from_css(640.0, 360.0, 1.0);
        let number = |t| {
            let scene = layout_temps(&model, size, t);
            let headline = scene.label_texts().into_iter().find(|l| l.ends_with('%'));
            headline.expect("a percentage").to_owned()
        };
        assert!(!number(0.4).contains(','), "{}", number(0.4));
        assert_eq!(number(1.0), "20,5\u{a0}%");
        // Waiting for its entrance, the chart states no share: not a false 0 %.
        let waiting = layout_temps(&model, size, 0.0);
        assert!(!waiting.label_texts().iter().any(|l| l.ends_with('%')));
    }

    const MODEL: TempsModel = TempsModel {
        share: 20.0,
        year: Some(2011),
        hours: 2.0,
    };

    /// A phone's card, a tablet's square one, wide ones (the bar beside the
    /// donut: the article's stage at 1 280 px, and wider), and low 16:9 ones
    /// (a publisher's 640 px frame, the article's column from 920 px): CSS
    /// width, height, pixel ratio.
    const SURFACES: [(f64, f64, f64); 7] = [
        (294.0, 368.0, 2.0),
        (343.0, 429.0, 3.0),
        (630.0, 630.0, 1.0),
        (790.0, 444.0, 2.0),
        (1200.0, 600.0, 1.0),
        (640.0, 360.0, 1.0),
        (632.0, 355.5, 2.0),
    ];

    #[test]
    fn what_never_moves_is_a_backdrop_and_only_the_share_is_drawn_over_it() {
        for (w, h, scale) in SURFACES {
            let size = Size::from_css(w, h, scale);
            for hours in [0.5, 2.0, 12.0] {
                let model = TempsModel { hours, ..MODEL };
                Scene::assert_backdrop_settles(|t| layout_temps(&model, size, t));
            }
            let scene = layout_temps(&MODEL, size, 1.0);
            // The ring, the hole's lines, the bar's outline and its two
            // lines above it, the headline's two lines.
            let hole = scene.marks[1..]
                .iter()
                .take_while(|m| matches!(m, Mark::Label { .. }))
                .count();
            assert!(hole >= 1, "« Internet » in the hole at {w}×{h}×{scale}");
            assert_eq!(scene.backdrop, 1 + hole + 1 + 2 + 2, "at {w}×{h}×{scale}");
            // First after it, the share, over the ring it is drawn on: it
            // keeps out of the hole, whose lines lie within its inner edge.
            let Mark::Polygon {
                points,
                ink: Ink::Accent,
                ..
            } = &scene.marks[scene.backdrop]
            else {
                panic!("the share first at {w}×{h}×{scale}");
            };
            let (l, t, r, b) = scene.marks[0].extent().expect("the ring");
            let center = Point::new((l + r) / 2.0, (t + b) / 2.0);
            let inner = points
                .iter()
                .map(|p| center.distance(*p))
                .fold(f64::MAX, f64::min);
            for label in &scene.marks[1..=hole] {
                let (l, t, r, b) = label.extent().expect("a line");
                for corner in [
                    Point::new(l, t),
                    Point::new(r, t),
                    Point::new(l, b),
                    Point::new(r, b),
                ] {
                    assert!(
                        center.distance(corner) < inner,
                        "{label:?} reaches the share at {w}×{h}×{scale}"
                    );
                }
            }
            scene.assert_backdrop_labels_uncovered(1);
        }
    }

    #[test]
    fn the_hole_names_the_share_readably_within_the_hole_or_not_at_all() {
        for s in [1.0, 2.0, 3.0] {
            for inner in (10..=200).map(|i| f64::from(i) * s) {
                let labels = hole_labels(Point::new(0.0, 0.0), inner, s);
                let mut share_sizes = Vec::new();
                for mark in &labels {
                    let Mark::Label {
                        at,
                        text,
                        size,
                        bold,
                        ..
                    } = mark
                    else {
                        panic!("labels")
                    };
                    let half = Glyph::caption(*bold).width(text, *size) / 2.0;
                    let edge = at.y.abs() + size / 2.0;
                    let chord = (inner * inner - edge * edge).max(0.0).sqrt();
                    assert!(half <= chord, "{text} at {inner}: {half} > {chord}");
                    if !*bold {
                        share_sizes.push(*size);
                    }
                }
                assert!(
                    share_sizes.iter().all(|&size| size >= HOLE_SHARE_MIN * s),
                    "{inner}"
                );
            }
        }
        // On a phone (a 343 px card at 2×), the share is named.
        let phone = layout_temps(&MODEL, Size::from_css(343.0, 429.0, 2.0), 1.0);
        assert!(phone
            .label_texts()
            .iter()
            .any(|t| t.starts_with("dont réseaux")));
    }

    #[test]
    fn a_slice_s_tooltip_keeps_clear_of_the_bar() {
        use crate::components::tooltip_placement::{Anchor, Extent};
        // On the low 16:9 stages the donut is the stage's whole height above
        // the bar, and the rest's tooltip goes beside it.
        for (w, h, scale) in SURFACES {
            let size = Size::from_css(w, h, scale);
            let scene = layout_temps(&MODEL, size, 1.0);
            let Region::Rect { min, max } = scene.targets[2].region else {
                panic!("the bar is a box")
            };
            let stage = Extent {
                width: w,
                height: h,
            };
            for slice in &scene.targets[..2] {
                let anchor = Anchor::of(&slice.region, &scene);
                for height in [50.0, 67.0] {
                    let (left, top, right, bottom) = anchor.widest_tip_box(stage, height, scale);
                    assert!(
                        max.x <= left || min.x >= right || max.y <= top || min.y >= bottom,
                        "{w}×{h}×{scale}: « {} »'s tooltip covers the bar",
                        slice.text
                    );
                }
            }
        }
    }

    #[test]
    fn the_calculation_shows_once_the_minutes_reach_its_result() {
        let size = Size::from_css(640.0, 360.0, 1.0);
        let calculation = |t| {
            let scene = layout_temps(&MODEL, size, t);
            let labels = scene.label_texts();
            let minutes = labels
                .iter()
                .any(|l| l.ends_with(" sur les réseaux sociaux"));
            let calculation = labels.iter().any(|l| l.starts_with("(calcul"));
            (minutes, calculation)
        };
        assert_eq!(calculation(0.0), (false, false));
        assert_eq!(calculation(0.6), (true, false));
        assert_eq!(calculation(1.0), (true, true));
    }

    #[test]
    fn the_donut_shows_twenty_percent_and_the_bar_the_derived_minutes() {
        let scene = layout_temps(&MODEL, Size::from_css(640.0, 360.0, 1.0), 1.0);
        let labels = scene.label_texts();
        assert!(labels.contains(&"20\u{a0}%"));
        assert!(labels.contains(&"2\u{a0}h en ligne par jour"));
        assert!(labels.contains(&"dont 24\u{a0}min sur les réseaux sociaux"));
        assert!(labels.contains(&"(calcul\u{a0}: 20\u{a0}%\u{a0}×\u{a0}2\u{a0}h)"));
        // The bar's full length is said: the slider's maximum.
        assert!(labels.contains(&"sur 12\u{a0}h"));
        assert!(scene.targets[1].text.contains("80\u{a0}%"));
        // The hole names the whole, and the slice in the slice's colour.
        let hole: Vec<_> = scene
            .marks
            .iter()
            .filter_map(|m| match m {
                Mark::Label { text, ink, at, .. }
                    if text == "Internet" || text == "dont réseaux sociaux" =>
                {
                    Some((*ink, *at))
                }
                _ => None,
            })
            .collect();
        assert_eq!(hole.len(), 2);
        assert_eq!((hole[0].0, hole[1].0), (Ink::Muted, Ink::Accent));
        assert!(hole[0].1.y < hole[1].1.y, "« Internet » first");
        // The minutes count up with the bar, and are not said before it starts.
        let minutes = |t| {
            let scene = layout_temps(&MODEL, Size::from_css(640.0, 360.0, 1.0), t);
            let texts = scene.label_texts();
            let found = texts
                .iter()
                .find(|l| l.ends_with("sur les réseaux sociaux"));
            found.map(|l| l.to_string())
        };
        assert_eq!(minutes(0.0), None);
        assert_eq!(
            minutes(0.5).as_deref(),
            Some("dont 14\u{a0}min sur les réseaux sociaux")
        );
    }

    #[test]
    fn the_rest_of_the_time_online_has_one_colour_in_the_donut_and_the_bar() {
        let scene = layout_temps(&MODEL, Size::from_css(640.0, 360.0, 1.0), 1.0);
        // In order: the donut's rest and share, the hours online and, of
        // them, the minutes on social networks.
        let fills: Vec<(Ink, f64)> = scene
            .marks
            .iter()
            .filter_map(|m| match m {
                Mark::Polygon { ink, alpha, .. } => Some((*ink, *alpha)),
                _ => None,
            })
            .collect();
        assert_eq!(fills.len(), 4, "{fills:?}");
        assert_eq!(fills[2], fills[0], "rest online: as in the donut");
        assert_eq!(fills[3], fills[1], "social networks: as in the donut");
        // The day is outlined, not tinted: the hours online stand out of
        // it as much as out of the card.
        assert!(scene
            .marks
            .iter()
            .any(|m| matches!(m, Mark::Outline { ink: Ink::Rule, .. })));
    }

    #[test]
    fn hovering_the_accent_slice_finds_the_share() {
        let scene = layout_temps(&MODEL, Size::from_css(640.0, 360.0, 1.0), 1.0);
        let Region::Sector {
            center,
            inner,
            outer,
            ..
        } = scene.targets[0].region
        else {
            panic!("a sector")
        };
        let inside = crate::charts::scene::polar(center, (inner + outer) / 2.0, 0.5);
        assert_eq!(scene.hit(inside, 0.0), Some(0));
        let rest = crate::charts::scene::polar(center, (inner + outer) / 2.0, 3.0);
        assert_eq!(scene.hit(rest, 0.0), Some(1));
    }

    #[test]
    fn the_share_stands_out_of_the_rest_by_its_shape() {
        let scene = layout_temps(&MODEL, Size::from_css(640.0, 360.0, 1.0), 1.0);
        let Region::Sector { center, .. } = scene.targets[0].region else {
            panic!("a sector")
        };
        // Radial extent of a donut polygon, heights of a bar segment.
        let extent = |ink: Ink, corners: bool| {
            scene
                .marks
                .iter()
                .find_map(|mark| match mark {
                    Mark::Polygon { points, ink: i, .. }
                        if *i == ink && (points.len() == 4) == corners =>
                    {
                        let r = |p: &Point| {
                            if corners {
                                p.y
                            } else {
                                ((p.x - center.x).powi(2) + (p.y - center.y).powi(2)).sqrt()
                            }
                        };
                        let (lo, hi) = points
                            .iter()
                            .map(r)
                            .fold((f64::MAX, f64::MIN), |a, v| (a.0.min(v), a.1.max(v)));
                        Some((lo, hi))
                    }
                    _ => None,
                })
                .unwrap()
        };
        let (share, rest) = (extent(Ink::Accent, false), extent(Ink::Rule, false));
        assert!(
            share.0 < rest.0 - 1.0 && share.1 > rest.1 + 1.0,
            "{share:?} {rest:?}"
        );
        let (minutes, day) = (extent(Ink::Accent, true), extent(Ink::Rule, true));
        assert!(
            minutes.0 < day.0 - 1.0 && minutes.1 > day.1 + 1.0,
            "{minutes:?} {day:?}"
        );
    }

    /// The donut's centre and outer radius, and the day bar's corners, at
    /// the end of the entrance on a stage of `size`.
    fn donut_and_bar(size: Size) -> (Point, f64, Point, Point) {
        let scene = layout_temps(&MODEL, size, 1.0);
        let Region::Sector { center, outer, .. } = scene.targets[0].region else {
            panic!("a sector")
        };
        let Region::Rect { min, max } = scene.targets[2].region else {
            panic!("a bar")
        };
        (center, outer, min, max)
    }

    #[test]
    fn on_a_phone_the_bar_goes_below_the_donut() {
        let size = Size::from_css(343.0, 343.0, 2.0);
        let (center, outer, min, max) = donut_and_bar(size);
        assert!(min.y > center.y + outer, "bar below the donut");
        assert!(max.x <= size.width);
    }

    #[test]
    fn on_a_square_tablet_stage_the_bar_goes_below_a_larger_donut() {
        // 622 px square: beside the bar, the donut had 299 px of the width.
        let size = Size::from_css(622.0, 622.0, 1.0);
        let (center, outer, min, max) = donut_and_bar(size);
        assert!(min.y > center.y + outer, "bar below the donut");
        assert!(2.0 * outer > 380.0, "a donut {} px across", 2.0 * outer);
        assert!(max.x <= size.width && max.y <= size.height);
        // A desktop's 16:9 stage keeps the bar beside the donut.
        let (center, outer, min, _) = donut_and_bar(Size::from_css(790.0, 444.0, 1.0));
        assert!(min.x > center.x + outer, "bar beside the donut");
    }

    #[test]
    fn on_a_desktop_stage_the_donut_takes_what_the_bar_leaves_of_the_width() {
        // The article's 16:9 stage at 1 280 px, and a wider one.
        for (w, h) in [(790.0, 444.0), (1200.0, 600.0)] {
            let size = Size::from_css(w, h, 2.0);
            let (left, top, width, height) = body_area(size);
            let (center, outer, min, max) = donut_and_bar(size);
            assert!(min.x > center.x + outer, "bar beside the donut");
            // The bar's column is as narrow as its captions let it be, or
            // the donut is as tall as the body.
            let column = max.x - min.x;
            let tall = 2.0 * (outer + DONUT_INSET * size.scale);
            assert!(
                (column - (BAR_COLUMN - BAR_GAP) * size.scale).abs() < 1.0
                    || (tall - height).abs() < 1.0,
                "{w}×{h}: a column {column} px wide beside a donut {tall} px tall of {height}"
            );
            assert!(center.x - outer >= left && center.y - outer >= top);
            assert!(center.y + outer <= top + height && max.x <= left + width + 1.0);
        }
    }

    #[test]
    fn more_hours_make_a_longer_bar() {
        let size = Size::from_css(640.0, 360.0, 1.0);
        let width = |m: &TempsModel| {
            let scene = layout_temps(m, size, 1.0);
            scene
                .marks
                .iter()
                .filter_map(|mark| match mark {
                    Mark::Polygon {
                        points,
                        ink: Ink::Accent,
                        ..
                    } if points.len() == 4 => Some(points[1].x - points[0].x),
                    _ => None,
                })
                .next()
                .unwrap()
        };
        assert!(width(&MODEL.with_hours(6.0)) > 2.9 * width(&MODEL));
    }

    #[test]
    fn the_hours_above_the_bar_stop_before_its_scale() {
        for (w, h) in [
            (280.0, 280.0),
            (343.0, 343.0),
            (640.0, 360.0),
            (1200.0, 675.0),
        ] {
            for hours in [0.5, 2.0, 11.5] {
                let scene = layout_temps(&MODEL.with_hours(hours), Size::from_css(w, h, 2.0), 1.0);
                let extent = |wanted: &str| {
                    scene.marks.iter().find_map(|m| match m {
                        Mark::Label {
                            at,
                            text,
                            size,
                            align,
                            bold,
                            ..
                        } if text.ends_with(wanted) => {
                            let width = Glyph::caption(*bold).width(text, *size);
                            Some(match align {
                                Align::End => (at.x - width, at.x),
                                _ => (at.x, at.x + width),
                            })
                        }
                        _ => None,
                    })
                };
                let (_, hours_right) = extent("en ligne par jour").unwrap();
                let (scale_left, scale_right) = extent("sur 12\u{a0}h").unwrap();
                assert!(
                    hours_right < scale_left,
                    "{w}×{h}, {hours} h: {hours_right} ≥ {scale_left}"
                );
                assert!(
                    scale_right <= w * 2.0,
                    "{w}×{h}: the scale ends at {scale_right}"
                );
            }
        }
    }

    #[test]
    fn the_bar_s_tooltip_leaves_its_lines_readable() {
        // The tooltip sits above its region: the region takes in the lines
        // above the bar, which it covered.
        for (w, h) in [(343.0, 343.0), (640.0, 360.0)] {
            let scene = layout_temps(&MODEL, Size::from_css(w, h, 2.0), 1.0);
            let bar = &scene.targets[2].region;
            for wanted in ["2\u{a0}h en ligne par jour", "sur 12\u{a0}h"] {
                let (at, size) = scene
                    .marks
                    .iter()
                    .find_map(|m| match m {
                        Mark::Label { at, text, size, .. } if text == wanted => Some((*at, *size)),
                        _ => None,
                    })
                    .unwrap();
                let top = Point::new(at.x, at.y - size / 2.0);
                assert!(bar.contains(top, 0.0), "{w}×{h}: « {wanted} » at {at:?}");
                assert!(
                    bar.reach().0.y <= top.y,
                    "{w}×{h}: the tooltip points below « {wanted} »"
                );
            }
        }
    }

    #[test]
    fn on_a_320_px_screen_every_label_stays_on_the_surface() {
        // The stage of a 320 px screen: a square of 280 CSS px.
        for hours in [2.0, 11.5] {
            for scale in [1.0, 2.0, 3.0] {
                let size = Size::from_css(280.0, 280.0, scale);
                let scene = layout_temps(&MODEL.with_hours(hours), size, 1.0);
                let Region::Sector { inner, .. } = scene.targets[0].region else {
                    panic!("a sector")
                };
                let centre = scene.marks.iter().find_map(|m| match m {
                    Mark::Label { text, size, .. } if text == "Internet" => Some(*size),
                    _ => None,
                });
                let centre = Glyph::CAPTION.width("Internet", centre.unwrap());
                assert!(
                    centre <= 1.7 * inner,
                    "« Internet » {centre} px wide in a hole of radius {inner} px"
                );
                for mark in &scene.marks {
                    if let Mark::Label {
                        at,
                        text,
                        size: font,
                        align: Align::Start,
                        ..
                    } = mark
                    {
                        let right = at.x + Glyph::CAPTION.width(text, *font);
                        assert!(right <= size.width, "{text}: right edge {right}");
                        assert!(at.y + font / 2.0 <= size.height, "{text}: bottom {}", at.y);
                    }
                }
            }
        }
    }

    #[test]
    fn the_year_comes_from_the_data() {
        let size = Size::from_css(640.0, 360.0, 1.0);
        let scene = layout_temps(&MODEL, size, 1.0);
        assert!(scene.label_texts().contains(&"Internet, en 2011"));
        assert!(scene.targets[0].text.ends_with("sur Internet en 2011"));
        let later = layout_temps(
            &TempsModel {
                year: Some(2012),
                ..MODEL
            },
            size,
            1.0,
        );
        assert!(later.label_texts().contains(&"Internet, en 2012"));
        let undated = layout_temps(
            &TempsModel {
                year: None,
                ..MODEL
            },
            size,
            1.0,
        );
        // The donut's centre and the headline's second line.
        let internet = undated
            .label_texts()
            .iter()
            .filter(|t| **t == "Internet")
            .count();
        assert_eq!(internet, 2);
        assert!(!undated
            .label_texts()
            .iter()
            .any(|t| t.contains("2011") || t.contains(", en")));
        assert!(undated.targets[0].text.ends_with("passé sur Internet"));
    }
}
