//! Pure layout of the `amis` ego network at animation progress `t`.

use crate::charts::easing::{ease_out_cubic, window};
use crate::charts::scene::{Align, Ink, Mark, Point, Scene, Size};
use crate::data::format_fr::format_integer;

/// What the `amis` chart shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AmisModel {
    /// Number of friends around you (the article's average: 120).
    pub friends: u32,
}

/// Width reserved for the count and its caption, CSS px.
const LABEL_COLUMN: f64 = 118.0;
/// Height reserved above the network for the count on tall surfaces, CSS px.
const LABEL_BAND: f64 = 78.0;

/// The golden angle, rad: consecutive friends turn by it, which spreads any
/// number of them evenly over the disc (Vogel's sunflower model).
const GOLDEN_ANGLE: f64 = 2.399_963_229_728_653;

/// Where friend `index` of `count` sits, as (radius fraction of the outer
/// ring, angle in radians): the inner 30 % is left to the centre node.
fn friend_polar(index: u32, count: u32) -> (f64, f64) {
    let fraction = (f64::from(index) + 0.5) / f64::from(count.max(1));
    let radius = 0.3 + 0.7 * fraction.sqrt();
    let angle = f64::from(index) * GOLDEN_ANGLE - std::f64::consts::FRAC_PI_2;
    (radius, angle)
}

/// The progress at which friend `index` receives the message: the message
/// travels outward, reaching nearer friends first, all of them by `t = 0.9`.
fn arrival(index: u32, count: u32) -> f64 {
    let (radius, _) = friend_polar(index, count);
    0.15 + 0.75 * (radius - 0.3) / 0.7
}

/// How many friends have received the message at progress `t`.
pub fn reached(model: &AmisModel, t: f64) -> u32 {
    (0..model.friends)
        .filter(|&i| t >= arrival(i, model.friends))
        .count() as u32
}

/// Lays out the network for `size` at progress `t ∈ [0, 1]`.
pub fn layout_amis(model: &AmisModel, size: Size, t: f64) -> Scene {
    let s = size.scale;
    let margin = 12.0 * s;
    // The count sits top left. On wide surfaces the network is centred
    // beside it (moving right if it must); on tall ones, below it.
    let column = LABEL_COLUMN * s;
    let band = LABEL_BAND * s;
    let (center, outer) = if size.width >= size.height * 1.3 {
        let centred_outer = size.height / 2.0 - margin;
        if size.width / 2.0 - centred_outer - margin >= column {
            (
                Point::new(size.width / 2.0, size.height / 2.0),
                centred_outer,
            )
        } else {
            let outer = centred_outer.min((size.width - column) / 2.0 - margin);
            let x = column + (size.width - column) / 2.0;
            (Point::new(x, size.height / 2.0), outer)
        }
    } else {
        let outer = ((size.height - band) / 2.0 - margin).min(size.width / 2.0 - margin);
        let y = band + (size.height - band) / 2.0;
        (Point::new(size.width / 2.0, y), outer)
    };
    let outer = outer.max(1.0);
    let dot = (outer * 0.03).clamp(2.0 * s, 6.0 * s);
    let hub = (outer * 0.16).clamp(18.0 * s, 34.0 * s);
    let n = model.friends;

    let mut links = Vec::with_capacity(n as usize);
    let mut dots = Vec::with_capacity(n as usize);
    for i in 0..n {
        let (r, angle) = friend_polar(i, n);
        let at = Point::new(
            center.x + outer * r * angle.cos(),
            center.y + outer * r * angle.sin(),
        );
        let lands = arrival(i, n);
        // The link grows from the centre during the 0.15 before arrival.
        let grow = ease_out_cubic(window(t, lands - 0.15, lands));
        if grow > 0.0 {
            links.push(Mark::Line {
                from: center,
                to: center.lerp(at, grow),
                width: s,
                ink: Ink::Accent,
                alpha: 0.35,
            });
        }
        let pop = ease_out_cubic(window(t, lands, lands + 0.1));
        dots.push(Mark::Disc {
            center: at,
            radius: dot,
            ink: Ink::Rule,
            alpha: 1.0,
        });
        if pop > 0.0 {
            dots.push(Mark::Disc {
                center: at,
                radius: dot * pop,
                ink: Ink::Accent,
                alpha: 1.0,
            });
        }
    }

    let mut marks = links;
    marks.append(&mut dots);
    marks.push(Mark::Disc {
        center,
        radius: hub,
        ink: Ink::Accent,
        alpha: 1.0,
    });
    marks.push(Mark::Label {
        at: center,
        text: "Vous".into(),
        size: (hub * 0.6).clamp(11.0 * s, 16.0 * s),
        bold: true,
        ink: Ink::OnAccent,
        align: Align::Center,
    });

    // The running count, in the top-left corner the round network leaves free.
    let number_size = (size.width * 0.06).clamp(20.0 * s, 34.0 * s);
    let caption_size = 13.0 * s;
    let left = margin;
    let top = margin + number_size / 2.0;
    marks.push(Mark::Label {
        at: Point::new(left, top),
        text: format_integer(f64::from(reached(model, t))),
        size: number_size,
        bold: true,
        ink: Ink::Accent,
        align: Align::Start,
    });
    for (line, text) in ["amis reçoivent", "votre message"].into_iter().enumerate() {
        marks.push(Mark::Label {
            at: Point::new(
                left,
                top + number_size / 2.0 + caption_size * (0.9 + 1.25 * line as f64),
            ),
            text: text.into(),
            size: caption_size,
            bold: false,
            ink: Ink::Muted,
            align: Align::Start,
        });
    }
    Scene { size, marks }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MODEL: AmisModel = AmisModel { friends: 120 };
    const SIZE: Size = Size {
        width: 640.0,
        height: 400.0,
        scale: 1.0,
    };

    fn discs(scene: &Scene, ink: Ink) -> Vec<(Point, f64)> {
        scene
            .marks
            .iter()
            .filter_map(|m| match m {
                Mark::Disc {
                    center,
                    radius,
                    ink: i,
                    ..
                } if *i == ink => Some((*center, *radius)),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn at_the_end_every_friend_has_the_message() {
        let scene = layout_amis(&MODEL, SIZE, 1.0);
        assert_eq!(reached(&MODEL, 1.0), 120);
        // 120 reached friends plus the centre node.
        assert_eq!(discs(&scene, Ink::Accent).len(), 121);
        assert_eq!(discs(&scene, Ink::Rule).len(), 120);
    }

    #[test]
    fn at_the_start_nobody_has_it_and_the_count_grows() {
        assert_eq!(reached(&MODEL, 0.0), 0);
        let scene = layout_amis(&MODEL, SIZE, 0.0);
        assert_eq!(discs(&scene, Ink::Accent).len(), 1, "only the centre");
        let counts: Vec<u32> = (0..=10)
            .map(|i| reached(&MODEL, f64::from(i) / 10.0))
            .collect();
        assert!(counts.windows(2).all(|w| w[0] <= w[1]), "{counts:?}");
        assert!(counts[5] > 0 && counts[5] < 120, "{counts:?}");
    }

    #[test]
    fn friends_stay_inside_the_surface_and_apart() {
        for size in [
            SIZE,
            Size::from_css(280.0, 210.0, 2.0),
            Size::from_css(1600.0, 900.0, 1.0),
        ] {
            let scene = layout_amis(&MODEL, size, 1.0);
            let friends = discs(&scene, Ink::Rule);
            for (p, r) in &friends {
                assert!(p.x - r >= 0.0 && p.x + r <= size.width, "{p:?} in {size:?}");
                assert!(
                    p.y - r >= 0.0 && p.y + r <= size.height,
                    "{p:?} in {size:?}"
                );
            }
            let closest = friends
                .iter()
                .enumerate()
                .flat_map(|(i, a)| friends[i + 1..].iter().map(move |b| a.0.distance(b.0)))
                .fold(f64::INFINITY, f64::min);
            assert!(
                closest >= 2.0 * friends[0].1,
                "dots overlap: {closest} in {size:?}"
            );
        }
    }

    #[test]
    fn the_count_column_stays_clear_of_the_network() {
        for size in [
            SIZE,
            Size::from_css(343.0, 257.0, 2.0),
            Size::from_css(280.0, 210.0, 1.0),
        ] {
            let scene = layout_amis(&MODEL, size, 1.0);
            let column = LABEL_COLUMN * size.scale;
            for (p, r) in discs(&scene, Ink::Rule) {
                assert!(p.x - r >= column, "{p:?} under the count in {size:?}");
            }
        }
    }

    #[test]
    fn the_count_label_says_how_many_are_reached() {
        let scene = layout_amis(&MODEL, SIZE, 1.0);
        assert!(scene
            .marks
            .iter()
            .any(|m| matches!(m, Mark::Label { text, .. } if text == "120")));
    }
}
