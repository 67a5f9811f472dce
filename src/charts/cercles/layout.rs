//! Pure layout of the `cercles` concentric circles at animation progress `t`.

use super::model::{CerclesModel, Circle};
use crate::charts::easing::{ease_out_cubic, window};
use crate::charts::headline::{body_area, headline};
use crate::charts::scene::{
    polar, sector, you, Align, Ink, Mark, Point, Region, Scene, Size, Target,
};
use crate::data::format_fr::{format_integer, format_value};
use crate::data::model::Unit;
use std::f64::consts::TAU;

/// Outer edge of each circle's band, as a share of the radius, innermost first.
const BANDS: [(f64, f64); 3] = [(0.14, 0.4), (0.4, 0.66), (0.66, 1.0)];

/// The text a circle's tooltip and headline give: the network and its size
/// as the article states it (no number where it gives none).
pub fn describe(model: &CerclesModel, circle: Circle) -> (String, String) {
    match circle {
        Circle::Pair => (
            format_value(model.pair, Unit::People),
            "Pair\u{a0}: un lien privilégié avec 1\u{a0}personne seulement".to_owned(),
        ),
        Circle::Family => (
            "La famille".to_owned(),
            "Family Leaf\u{a0}: réservé aux membres d’une même famille (nombre non précisé)"
                .to_owned(),
        ),
        Circle::Friends => (
            format_value(model.friends, Unit::Friends),
            format!(
                "Réseau ouvert (Facebook, Twitter…)\u{a0}: {} amis en moyenne",
                format_integer(model.friends)
            ),
        ),
    }
}

/// Lays out the three circles around you for `size` at progress `t`.
pub fn layout_cercles(model: &CerclesModel, size: Size, t: f64) -> Scene {
    let s = size.scale;
    let (left, top, width, height) = body_area(size);
    let center = Point::new(left + width / 2.0, top + height / 2.0);
    let radius = (width.min(height) / 2.0).max(1.0);
    let dot = (radius * 0.022).clamp(1.5 * s, 4.0 * s);
    let mut marks = Vec::new();
    let mut targets = Vec::new();

    // Outermost first, so inner bands paint over the shared edges.
    for circle in Circle::ALL.into_iter().rev() {
        let (lo, hi) = BANDS[circle.index()];
        let k = circle.index() as f64;
        let grow = ease_out_cubic(window(t, 0.05 + 0.2 * k, 0.45 + 0.2 * k));
        let selected = circle == model.selected;
        let (inner, outer) = (radius * lo, radius * (lo + (hi - lo) * grow));
        if grow > 0.0 {
            marks.push(Mark::Polygon {
                points: sector(center, inner, outer, 0.0, TAU),
                ink: if selected { Ink::Accent } else { Ink::Rule },
                alpha: if selected { 0.16 } else { 0.35 },
            });
            marks.push(Mark::Ring {
                center,
                radius: outer,
                width: if selected { 2.0 * s } else { s },
                ink: if selected { Ink::Accent } else { Ink::Rule },
                alpha: 1.0,
            });
        }
        let people_ink = if selected { Ink::Accent } else { Ink::Muted };
        let people_alpha = grow;
        match circle {
            Circle::Friends => {
                let n = model.friends.round() as usize;
                for i in 0..n {
                    let at = polar(
                        center,
                        radius * (hi - 0.06) * grow.max(0.01),
                        TAU * i as f64 / n as f64,
                    );
                    marks.push(Mark::Disc {
                        center: at,
                        radius: dot,
                        ink: people_ink,
                        alpha: people_alpha,
                    });
                }
            }
            Circle::Pair => {
                let n = model.pair.round() as usize;
                for i in 0..n {
                    let angle = 2.3 + TAU * i as f64 / n as f64;
                    marks.push(Mark::Disc {
                        center: polar(center, radius * (lo + hi) / 2.0 * grow, angle),
                        radius: dot * 2.2,
                        ink: people_ink,
                        alpha: people_alpha,
                    });
                }
            }
            // No number is given for a family: the band stays a band.
            Circle::Family => {}
        }
        if grow >= 1.0 {
            marks.push(Mark::Label {
                at: Point::new(center.x, center.y - radius * (lo + hi) / 2.0),
                text: circle.network().to_owned(),
                size: (radius * 0.07).clamp(10.0 * s, 13.0 * s),
                bold: selected,
                ink: if selected { Ink::Accent } else { Ink::Text },
                align: Align::Center,
            });
        }
        targets.push(Target {
            region: Region::Sector {
                center,
                inner: radius * lo,
                outer: radius * hi,
                start: 0.0,
                end: TAU,
            },
            text: describe(model, circle).1,
        });
    }
    targets.reverse();

    let hub = radius * BANDS[0].0 * 0.9;
    marks.extend(you(center, hub, s));
    let (number, _) = describe(model, model.selected);
    let (network, detail) = match model.selected {
        Circle::Pair => ("avec Pair", "un lien privilégié"),
        Circle::Family => ("avec Family Leaf", "nombre non précisé"),
        Circle::Friends => ("sur un réseau ouvert", "en moyenne"),
    };
    marks.extend(headline(
        size,
        number,
        [network.to_owned(), detail.to_owned()],
    ));
    Scene {
        size,
        marks,
        backdrop: 0,
        targets,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert_eq!(scene.targets.len(), 3);
        assert!(scene.targets[0].text.contains("1\u{a0}personne"));
        assert!(scene.targets[1].text.contains("non précisé"));
        assert!(scene.targets[2].text.contains("120 amis"));
        let headline = scene.label_texts();
        assert!(headline.contains(&"La famille"));
        assert!(
            headline
                .iter()
                .all(|l| !l.chars().any(|c| c.is_ascii_digit())),
            "no number is invented for the family: {headline:?}"
        );
    }

    #[test]
    fn each_band_hits_its_circle() {
        let size = Size::from_css(640.0, 360.0, 1.0);
        let scene = layout_cercles(&model(Circle::Pair), size, 1.0);
        let (left, top, width, height) = body_area(size);
        let center = Point::new(left + width / 2.0, top + height / 2.0);
        let radius = width.min(height) / 2.0;
        for (i, (lo, hi)) in BANDS.iter().enumerate() {
            let p = polar(center, radius * (lo + hi) / 2.0, 2.0);
            assert_eq!(scene.hit(p, 0.0), Some(i));
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
