//! Pure layout of the `cercles` concentric circles at animation progress `t`.

use super::model::{CerclesModel, Circle};
use crate::charts::easing::{ease_out_cubic, window};
use crate::charts::headline::{body_area, headline};
use crate::charts::scene::{
    arc, you, you_target, Align, Ink, Mark, Point, Region, Scene, Size, Target,
};
use crate::charts::text_width::Glyph;
use crate::data::format_fr::{format_integer, format_value};
use crate::data::model::Unit;
use std::f64::consts::{FRAC_PI_2, TAU};

/// Each circle's band (inner and outer edge, as a share of the radius),
/// innermost first.
const BANDS: [(f64, f64); 3] = [(0.14, 0.4), (0.4, 0.66), (0.66, 1.0)];
/// Smallest font size of a circle's label, CSS px.
const MIN_LABEL: f64 = 9.0;
/// Half a label's height as a share of its font size, descenders included.
const HALF_LINE: f64 = 0.6;

/// Where the circles and their labels go on a chart's body.
#[derive(Debug, Clone, Copy)]
struct Geometry {
    /// Centre of the circles, px.
    center: Point,
    /// Each circle's band, inner and outer radius in px, innermost first.
    bands: [(f64, f64); 3],
    /// Radius of the « Vous » disc, px.
    hub: f64,
    /// Radius of a friend's dot, px.
    dot: f64,
    /// Radius of the ring of friends, px, fully grown.
    ring: f64,
    /// Each circle's label, innermost first: its font size and its centre's
    /// height over the circles' centre (negative: below it), px.
    labels: [(f64, f64); 3],
}

impl Geometry {
    /// The circles in the body area (`left`, `top`, `width`, `height`) px, at
    /// `s` device px per CSS px. Each label sits at the top of its band and,
    /// on small charts, shrinks to [`MIN_LABEL`]; the friends' label goes
    /// under the circles if it still does not fit above their ring.
    fn new((left, top, width, height): (f64, f64, f64, f64), s: f64) -> Self {
        let inside = Self::with(left, top, width, height, s, None);
        if inside.labels[2].0 > 0.0 {
            return inside;
        }
        let line = 2.0 * (HALF_LINE * MIN_LABEL + 1.0) * s;
        Self::with(left, top, width, height - line, s, Some(MIN_LABEL * s))
    }

    /// The geometry with the circles in the given area and the friends'
    /// label under them at the font size `below`, or else above their ring
    /// (with a zero size if it does not fit there).
    fn with(left: f64, top: f64, width: f64, height: f64, s: f64, below: Option<f64>) -> Self {
        let center = Point::new(left + width / 2.0, top + height / 2.0);
        let radius = (width.min(height) / 2.0).max(1.0);
        let dot = (radius * 0.022).clamp(1.5 * s, 4.0 * s);
        // « Vous » must fit in its disc at the smallest label size.
        let hub = (radius * BANDS[0].0 * 0.9).max(15.0 * s);
        // Labels keep a pixel from the outlines (up to 2 px wide) and dots.
        // On small charts, the two inner bands widen to hold theirs.
        let smallest = MIN_LABEL * s;
        let room = |circle: Circle, floor: f64| {
            let corner = Point::new(
                label_width(circle, smallest) / 2.0,
                floor + 2.0 * HALF_LINE * smallest,
            );
            corner.distance(Point::new(0.0, 0.0)) + s
        };
        let pair_edge = (radius * BANDS[0].1).max(room(Circle::Pair, hub + s));
        let family_edge = (radius * BANDS[1].1).max(room(Circle::Family, pair_edge + s));
        let bands = [
            ((radius * BANDS[0].0).max(hub / 0.9), pair_edge),
            (pair_edge, family_edge),
            (family_edge, radius),
        ];
        let ring = radius * (BANDS[2].1 - 0.06);
        let base = (radius * 0.07).clamp(10.0 * s, 13.0 * s);
        let low = |floor: f64| (smallest, floor + HALF_LINE * smallest);
        let pair = place_label(Circle::Pair, base, hub + s, pair_edge - s, s)
            .unwrap_or_else(|| low(hub + s));
        let family = place_label(Circle::Family, base, pair_edge + s, family_edge - s, s)
            .unwrap_or_else(|| low(pair_edge + s));
        let friends = match below {
            Some(size) => (size, -(radius + s + HALF_LINE * size)),
            None => place_label(Circle::Friends, base, bands[1].1 + s, ring - dot - s, s)
                .unwrap_or((0.0, 0.0)),
        };
        Geometry {
            center,
            bands,
            hub,
            dot,
            ring,
            labels: [pair, family, friends],
        }
    }
}

/// The estimated width of `circle`'s label at `size` px (bold or not).
fn label_width(circle: Circle, size: f64) -> f64 {
    Glyph::NUMBER.width(circle.network(), size)
}

/// Font size and height over the centre of `circle`'s label at the top of a
/// band between `floor` and `ceiling` px from the centre: the largest size,
/// from `base` down to [`MIN_LABEL`], whose box fits, centred in the room
/// left. The band curves down under a long label's ends, so a thin band
/// holds it only low and small. Text is not measured in layouts: the box is
/// estimated. None when nothing fits.
fn place_label(circle: Circle, base: f64, floor: f64, ceiling: f64, s: f64) -> Option<(f64, f64)> {
    let mut size = base;
    loop {
        let (half_width, half_height) = (label_width(circle, size) / 2.0, HALF_LINE * size);
        let highest = (ceiling.powi(2) - half_width.powi(2)).max(0.0).sqrt() - half_height;
        let lowest = floor + half_height;
        if highest >= lowest {
            return Some((size, (lowest + highest) / 2.0));
        }
        if size <= MIN_LABEL * s {
            return None;
        }
        size = (size - 0.5 * s).max(MIN_LABEL * s);
    }
}

/// A circle's size as the headline states it, as the article gives it (no
/// number where it gives none): « 1 personne », « La famille », « 120 amis ».
pub fn figure(model: &CerclesModel, circle: Circle) -> String {
    match circle {
        Circle::Pair => format_value(model.pair, Unit::People),
        Circle::Family => "La famille".to_owned(),
        Circle::Friends => format_value(model.friends, Unit::Friends),
    }
}

/// A circle in a sentence, for its tooltip and the data table: the network,
/// whom it reaches, and how many.
pub fn description(model: &CerclesModel, circle: Circle) -> String {
    match circle {
        Circle::Pair => format!(
            "Pair\u{a0}: un lien privilégié avec {} seulement",
            format_value(model.pair, Unit::People)
        ),
        Circle::Family => {
            "Family leaf\u{a0}: réservé aux membres d’une même famille (nombre non précisé)"
                .to_owned()
        }
        Circle::Friends => format!(
            "Réseau ouvert (Facebook, Twitter…)\u{a0}: {}\u{a0}amis en moyenne",
            format_integer(model.friends)
        ),
    }
}

/// The circle that target `index` of [`layout_cercles`]'s scene is about:
/// none for the first, « Vous ».
pub fn circle_of_target(index: usize) -> Option<Circle> {
    index.checked_sub(1).and_then(Circle::from_index)
}

/// Lays out the three circles around you for `size` at progress `t`.
pub fn layout_cercles(model: &CerclesModel, size: Size, t: f64) -> Scene {
    let s = size.scale;
    let geometry = Geometry::new(body_area(size), s);
    let (center, dot) = (geometry.center, geometry.dot);
    let (network, detail) = match model.selected {
        Circle::Pair => ("avec Pair", "un lien privilégié"),
        Circle::Family => ("avec Family leaf", "nombre non précisé"),
        Circle::Friends => ("sur un réseau ouvert", "en moyenne"),
    };
    // « Vous » and the headline never change, and nothing drawn later
    // overlaps them (« Vous » lies in the Pair band's hole, the headline
    // beside the body): painted first, they are the backdrop the canvas
    // painter keeps, and a frame of the entrance does not draw their text
    // again. The same picture as painted last.
    let mut marks = Vec::from(you(center, geometry.hub, s));
    marks.extend(headline(
        size,
        Some(figure(model, model.selected)),
        [network.to_owned(), detail.to_owned()],
    ));
    let mut backdrop = marks.len();
    let mut targets = vec![you_target(
        center,
        geometry.hub,
        "au centre de vos cercles, du plus intime au plus ouvert",
    )];
    // Innermost first, as the bands grow: a grown band joins the backdrop,
    // and the later frames draw only the outer bands still growing (their
    // wide strokes are most of a frame's raster). Each band's tint starts
    // past the outline of the band inside it, so as not to veil it.
    let mut seam = 0.0;
    for circle in Circle::ALL {
        let first = marks.len();
        let (lo, hi) = geometry.bands[circle.index()];
        let k = circle.index() as f64;
        let grow = ease_out_cubic(window(t, 0.05 + 0.2 * k, 0.45 + 0.2 * k));
        let selected = circle == model.selected;
        let outline = if selected { 2.0 * s } else { s };
        let (inner, outer) = (lo + seam, lo + (hi - lo) * grow);
        seam = outline / 2.0;
        if outer > inner {
            // The band is one wide stroke, not a ring-shaped polygon: a
            // polygon's closing seam shows as a hairline once anti-aliased.
            marks.push(Mark::Ring {
                center,
                radius: (inner + outer) / 2.0,
                width: outer - inner,
                ink: if selected { Ink::Accent } else { Ink::Rule },
                alpha: if selected { 0.16 } else { 0.35 },
            });
        }
        if grow > 0.0 {
            marks.push(Mark::Ring {
                center,
                radius: outer,
                width: outline,
                // Over the bands' tint, the rule's grey would fall under 3:1.
                ink: if selected { Ink::Accent } else { Ink::Muted },
                alpha: 1.0,
            });
        }
        let people_ink = if selected { Ink::Accent } else { Ink::Muted };
        let people_alpha = grow;
        // People ride out with their band's growing edge, from just past its
        // inner outline: grown from the centre, the friends' dots crossed
        // the inner circles' outlines midway through the entrance.
        let ride = |radius: f64, to: f64| {
            let from = (lo + radius + s).min(to);
            from + (to - from) * grow
        };
        // Each person a dot, spaced evenly round the band. The pair's
        // start from 3 o'clock: level with « Vous », clear of its tooltip
        // below it. No number is given for a family: the band stays a band.
        let people = match circle {
            Circle::Friends => Some((model.friends, dot, geometry.ring, 0.0)),
            Circle::Pair => Some((model.pair, dot * 2.2, (lo + hi) / 2.0, FRAC_PI_2)),
            Circle::Family => None,
        };
        if let Some((count, radius, ring, start)) = people {
            let n = count.round() as usize;
            // The circle's last point is its first.
            let points = arc(center, ride(radius, ring), start, start + TAU, n);
            for &at in &points[..n] {
                marks.push(Mark::Disc {
                    center: at,
                    radius,
                    ink: people_ink,
                    alpha: people_alpha,
                });
            }
        }
        if grow >= 1.0 {
            let (size, height) = geometry.labels[circle.index()];
            marks.push(Mark::Label {
                at: Point::new(center.x, center.y - height),
                text: circle.network().to_owned(),
                size,
                bold: selected,
                ink: if selected { Ink::Accent } else { Ink::Text },
                align: Align::Center,
            });
        }
        let mut text = description(model, circle);
        // The chosen circle is drawn in the accent: said in words too.
        if selected {
            text.push_str(" \u{2014} cercle choisi");
        }
        // Keyboard order: « Vous », then the circles outward, as in amis.
        targets.push(Target {
            region: Region::Sector {
                center,
                inner: lo,
                outer: hi,
                start: 0.0,
                end: TAU,
            },
            text,
        });
        if grow >= 1.0 && backdrop == first {
            backdrop = marks.len();
        }
    }

    Scene {
        size,
        marks,
        backdrop,
        targets,
        columns: 1,
        // The chosen circle's target: « Vous » comes first.
        start: model.selected.index() + 1,
        foot: 0.0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::scene::polar;

    fn model(selected: Circle) -> CerclesModel {
        CerclesModel {
            pair: 1.0,
            friends: 120.0,
            selected,
        }
    }

    fn dots(scene: &Scene) -> usize {
        scene
            .marks
            .iter()
            .filter(|m| matches!(m, Mark::Disc { .. }))
            .count()
    }

    #[test]
    fn one_person_a_family_band_and_a_hundred_and_twenty_friends() {
        let scene = layout_cercles(
            &model(Circle::Family),
            Size::from_css(640.0, 360.0, 1.0),
            1.0,
        );
        // 120 friends + 1 Pair person + you; the family has no dots.
        assert_eq!(dots(&scene), 122);
        // « Vous », then the circles outward.
        assert_eq!(scene.targets.len(), 4);
        assert!(scene.targets[0].text.starts_with("Vous\u{a0}: "));
        assert!(scene.targets[1].text.contains("1\u{a0}personne"));
        assert!(scene.targets[2].text.contains("non précisé"));
        assert!(scene.targets[3].text.contains("120\u{a0}amis"));
        let chosen: Vec<bool> = scene
            .targets
            .iter()
            .map(|t| t.text.ends_with("cercle choisi"))
            .collect();
        assert_eq!(chosen, [false, false, true, false]);
        // Exploring by keyboard starts on the chosen circle.
        assert_eq!(scene.start, 2);
        // Each circle's target is read back as that circle, and « Vous » as none.
        assert_eq!(circle_of_target(0), None);
        for circle in Circle::ALL {
            let scene = layout_cercles(&model(circle), Size::from_css(640.0, 360.0, 1.0), 1.0);
            assert_eq!(circle_of_target(scene.start), Some(circle));
        }
        assert_eq!(circle_of_target(4), None);
        let headline = scene.label_texts();
        assert!(headline.contains(&"La famille"));
        assert!(
            headline
                .iter()
                .all(|l| !l.chars().any(|c| c.is_ascii_digit())),
            "no number is invented for the family: {headline:?}"
        );
    }

    /// Chart surfaces from a 320 px phone (270 CSS px) to a desktop embed.
    const SURFACES: [(f64, f64, f64); 8] = [
        (270.0, 270.0, 1.0),
        (270.0, 270.0, 3.0),
        (326.0, 326.0, 1.0),
        (362.0, 362.0, 1.75),
        (640.0, 360.0, 1.0),
        (800.0, 420.0, 2.0),
        (1200.0, 600.0, 1.0),
        (300.0, 900.0, 1.0),
    ];

    /// The radii of the circles' opaque outlines, innermost first.
    fn outlines(scene: &Scene) -> Vec<f64> {
        let mut radii: Vec<f64> = scene
            .marks
            .iter()
            .filter_map(|m| match m {
                Mark::Ring { radius, alpha, .. } if *alpha == 1.0 => Some(*radius),
                _ => None,
            })
            .collect();
        radii.sort_by(f64::total_cmp);
        radii
    }

    /// A label's estimated box (left, top, right, bottom), as layouts
    /// estimate it: text is not measured.
    fn label_box(scene: &Scene, text: &str) -> (f64, f64, f64, f64, f64) {
        let Some(Mark::Label { at, size, .. }) = scene
            .marks
            .iter()
            .find(|m| matches!(m, Mark::Label { text: t, .. } if t == text))
        else {
            panic!("no label {text}");
        };
        let half_width = Glyph::NUMBER.width(text, *size) / 2.0;
        let half_height = HALF_LINE * size;
        (
            at.x - half_width,
            at.y - half_height,
            at.x + half_width,
            at.y + half_height,
            *size,
        )
    }

    #[test]
    fn vous_the_headline_and_each_grown_band_join_the_backdrop_nothing_later_overlaps() {
        for (w, h, scale) in SURFACES {
            let size = Size::from_css(w, h, scale);
            for circle in Circle::ALL {
                Scene::assert_backdrop_settles(|t| layout_cercles(&model(circle), size, t));
            }
            // « Vous » (its disc and label), the number and its two lines;
            // then, as each has grown, the Pair band (tint, outline, the
            // person, label), the family's (no people) and the friends' (120).
            let geometry = Geometry::new(body_area(size), scale);
            for (t, settled) in [(0.3, 5), (0.5, 9), (0.7, 12), (1.0, 135)] {
                let scene = layout_cercles(&model(Circle::Friends), size, t);
                assert_eq!(scene.backdrop, settled, "at t = {t}, {w}×{h}×{scale}");
                scene.assert_backdrop_labels_uncovered(0);
                // Nor does anything reach « Vous »'s disc, but by its
                // anti-aliased edge, a pixel.
                for mark in &scene.marks[2..] {
                    let nearest = match *mark {
                        Mark::Ring { radius, width, .. } => radius - width / 2.0,
                        Mark::Disc { center, radius, .. } => {
                            center.distance(geometry.center) - radius
                        }
                        _ => continue,
                    };
                    assert!(
                        nearest >= geometry.hub + 1.0,
                        "{mark:?} reaches « Vous » at t = {t}, {w}×{h}×{scale}"
                    );
                }
            }
        }
    }

    #[test]
    fn a_band_s_tint_leaves_the_outline_inside_it_unveiled() {
        for (w, h, scale) in SURFACES {
            for selected in Circle::ALL {
                let size = Size::from_css(w, h, scale);
                let scene = layout_cercles(&model(selected), size, 1.0);
                let (mut tints, mut outlines) = (Vec::new(), Vec::new());
                for mark in &scene.marks {
                    if let Mark::Ring {
                        radius,
                        width,
                        alpha,
                        ..
                    } = *mark
                    {
                        let edges = (radius - width / 2.0, radius + width / 2.0);
                        if alpha == 1.0 {
                            &mut outlines
                        } else {
                            &mut tints
                        }
                        .push(edges);
                    }
                }
                assert_eq!((tints.len(), outlines.len()), (3, 3));
                // Painted after the outline inside it, a tint starts where
                // that outline ends, and meets it: no gap shows.
                for (outline, tint) in outlines.iter().zip(&tints[1..]) {
                    assert!(
                        (tint.0 - outline.1).abs() < 1e-9,
                        "{selected:?} at {w}×{h}×{scale}: tint from {}, outline to {}",
                        tint.0,
                        outline.1
                    );
                }
            }
        }
    }

    #[test]
    fn vous_and_each_band_hit_their_target() {
        for (w, h, scale) in SURFACES {
            let size = Size::from_css(w, h, scale);
            let scene = layout_cercles(&model(Circle::Pair), size, 1.0);
            let geometry = Geometry::new(body_area(size), scale);
            let rings = outlines(&scene);
            assert_eq!(rings.len(), 3, "three circles at {w}×{h}");
            assert!((rings[2] - geometry.bands[2].1).abs() < 1e-9);
            assert_eq!(
                scene.hit(geometry.center, 0.0),
                Some(0),
                "« Vous » at {w}×{h}"
            );
            let mut inner = geometry.bands[0].0;
            for (i, outer) in rings.into_iter().enumerate() {
                let p = polar(geometry.center, (inner + outer) / 2.0, 2.0);
                assert_eq!(
                    scene.hit(p, 0.0),
                    Some(i + 1),
                    "band {i} at {w}×{h}×{scale}"
                );
                inner = outer;
            }
        }
    }

    #[test]
    fn labels_fit_their_bands_clear_of_dots_and_outlines() {
        for (w, h, scale) in SURFACES {
            for selected in Circle::ALL {
                let size = Size::from_css(w, h, scale);
                let scene = layout_cercles(&model(selected), size, 1.0);
                let Geometry { center, hub, .. } = Geometry::new(body_area(size), scale);
                let rings = outlines(&scene);
                let at = format!("at {w}×{h}×{scale}, {selected:?} selected");
                for (i, circle) in Circle::ALL.into_iter().enumerate() {
                    let (left, top, right, bottom, font) = label_box(&scene, circle.network());
                    assert!(font >= MIN_LABEL * scale, "{font} px is too small {at}");
                    let gap = scale;
                    let floor = if i == 0 { hub } else { rings[i - 1] };
                    if top > center.y {
                        // Under the circles, within the surface.
                        assert_eq!(circle, Circle::Friends);
                        assert!(
                            top + 1e-9 >= center.y + rings[2] + gap,
                            "{circle:?} label {at}"
                        );
                        assert!(bottom <= size.height, "{circle:?} label cut {at}");
                    } else {
                        assert!(
                            center.y - bottom + 1e-9 >= floor + gap,
                            "{circle:?} label low {at}"
                        );
                        for x in [left, right] {
                            let corner = Point::new(x, top);
                            assert!(
                                corner.distance(center) <= rings[i] - gap + 1e-9,
                                "{circle:?} label crosses its circle {at}"
                            );
                        }
                    }
                    for mark in &scene.marks {
                        if let Mark::Disc {
                            center: dot,
                            radius: r,
                            ..
                        } = mark
                        {
                            if dot.distance(center) <= hub {
                                continue;
                            }
                            let nearest =
                                Point::new(dot.x.clamp(left, right), dot.y.clamp(top, bottom));
                            assert!(
                                nearest.distance(*dot) > r + gap,
                                "a dot at {dot:?} touches the {circle:?} label {at}"
                            );
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn people_stay_clear_of_the_inner_outlines_throughout_the_entrance() {
        for (w, h, scale) in SURFACES {
            let size = Size::from_css(w, h, scale);
            let geometry = Geometry::new(body_area(size), scale);
            let (center, dot) = (geometry.center, geometry.dot);
            for step in 0..=50 {
                let t = f64::from(step) / 50.0;
                let scene = layout_cercles(&model(Circle::Family), size, t);
                for mark in &scene.marks {
                    let Mark::Disc {
                        center: at, radius, ..
                    } = mark
                    else {
                        continue;
                    };
                    let band = if (*radius - dot).abs() < 1e-9 {
                        geometry.bands[2]
                    } else if (*radius - 2.2 * dot).abs() < 1e-9 {
                        geometry.bands[0]
                    } else {
                        continue; // « Vous »
                    };
                    let inner_edge = at.distance(center) - radius;
                    // The widest outline (a chosen circle's) is 2 px wide.
                    assert!(
                        inner_edge + 1e-9 >= band.0 + scale,
                        "a dot crosses the outline at {:.1} px: its edge at {inner_edge:.1} px, t = {t}, {w}×{h}×{scale}",
                        band.0
                    );
                    assert!(
                        at.distance(center) + radius <= band.1,
                        "a dot leaves its band at t = {t}"
                    );
                }
            }
        }
    }

    #[test]
    fn vous_fits_in_its_disc() {
        for (w, h, scale) in SURFACES {
            let size = Size::from_css(w, h, scale);
            let scene = layout_cercles(&model(Circle::Pair), size, 1.0);
            let Geometry { center, hub, .. } = Geometry::new(body_area(size), scale);
            let (left, top, right, bottom, _) = label_box(&scene, "Vous");
            for corner in [(left, top), (right, top), (left, bottom), (right, bottom)] {
                let corner = Point::new(corner.0, corner.1);
                assert!(
                    corner.distance(center) <= hub,
                    "« Vous » spills out of its disc at {w}×{h}×{scale}"
                );
            }
        }
    }

    #[test]
    fn on_a_wide_stage_the_open_network_s_tooltip_goes_left_of_it_on_the_stage() {
        use crate::charts::headline::headline_corner;
        use crate::components::tooltip_placement::{Anchor, Extent, Shape, NARROWEST};
        // The rings fill the stage's height: below the outermost, its
        // tooltip ran past the stage, over the text under the chart.
        for (w, h, scale) in [(790.0, 444.0, 1.0), (640.0, 360.0, 2.0)] {
            let size = Size::from_css(w, h, scale);
            let scene = layout_cercles(&model(Circle::Pair), size, 1.0);
            let stage = Extent {
                width: w,
                height: h,
            };
            let shapes: Vec<Shape> = scene
                .targets
                .iter()
                .map(|t| Anchor::of(&t.region, &scene).shape)
                .collect();
            assert_eq!(
                shapes,
                [Shape::Round, Shape::Round, Shape::Round, Shape::Outer]
            );
            let ring = &scene.targets[3].region;
            let anchor = Anchor::of(ring, &scene);
            let headline_foot = headline_corner(&scene).1;
            assert_eq!(anchor.narrowest, NARROWEST, "{w}×{h}×{scale}");
            // In twice the text, the room left of it must be twice as wide.
            let zoomed = layout_cercles(&model(Circle::Pair), size.with_text_zoom(2.0), 1.0);
            let zoomed = Anchor::of(&zoomed.targets[3].region, &zoomed);
            assert_eq!(zoomed.narrowest, 2.0 * NARROWEST, "{w}×{h}×{scale}");
            for height in [50.0, 67.0] {
                let (left, top, right, bottom) = anchor.widest_tip_box(stage, height, scale);
                assert!(
                    left >= 0.0 && top >= headline_foot && bottom <= h * scale,
                    "{w}×{h}×{scale}: ({left}, {top}, {right}, {bottom})"
                );
                assert!(right <= ring.reach().2, "{w}×{h}×{scale}: over the ring");
            }
        }
    }

    #[test]
    fn the_tooltip_of_vous_covers_no_circle_s_label_nor_the_pair_s_person() {
        use crate::components::tooltip_placement::{Anchor, Extent};
        for (w, h, scale) in SURFACES {
            let size = Size::from_css(w, h, scale);
            let scene = layout_cercles(&model(Circle::Pair), size, 1.0);
            let (ratio, stage) = (
                size.pixel_ratio,
                Extent {
                    width: w,
                    height: h,
                },
            );
            let anchor = Anchor::of(&scene.targets[0].region, &scene);
            let Geometry { center, dot, .. } = Geometry::new(body_area(size), scale);
            for height in [50.0, 67.0] {
                let (left, top, right, bottom) = anchor.widest_tip_box(stage, height, ratio);
                for circle in Circle::ALL {
                    let label = label_box(&scene, circle.network());
                    // Where the friends' label drops under the circles (a
                    // small square surface), three lines below « Vous »
                    // reach it: above, they would cover two labels.
                    if label.1 > center.y && height > 50.0 {
                        continue;
                    }
                    assert!(
                        label.2 <= left || label.0 >= right || label.3 <= top || label.1 >= bottom,
                        "« Vous »'s tooltip covers the {circle:?} label at {w}×{h}×{scale}"
                    );
                }
                for mark in &scene.marks {
                    if let Mark::Disc {
                        center: person,
                        radius,
                        ..
                    } = *mark
                    {
                        if radius == 2.2 * dot {
                            let nearest = Point::new(
                                person.x.clamp(left, right),
                                person.y.clamp(top, bottom),
                            );
                            assert!(
                                nearest.distance(person) > radius,
                                "« Vous »'s tooltip covers the Pair's person at {w}×{h}×{scale}"
                            );
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn the_selected_circle_is_drawn_in_the_accent_colour() {
        let scene = layout_cercles(
            &model(Circle::Friends),
            Size::from_css(640.0, 360.0, 1.0),
            1.0,
        );
        let accent_dots = scene
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
            .count();
        assert_eq!(accent_dots, 121, "120 friends and you");
    }
}
