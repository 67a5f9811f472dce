//! Pure layout of the `amis` ego network at animation progress `t`: you at
//! the centre, your friends around, and — per relay — a wider band of
//! smaller dots, denser outward, standing for the friends of friends the
//! message can reach at most.

use super::model::{ordinal, reach_derivation, reach_upper_bound, AmisModel};
use crate::charts::easing::{ease_out_cubic, window};
use crate::charts::headline::{beside, headline, margin, HEADLINE_BAND, HEADLINE_COLUMN};
use crate::charts::scene::{
    turn, turned, you, you_target, Ink, Mark, Point, Region, Scene, Size, Target,
};
use crate::data::format_fr::{format_integer, takes_plural};
use std::f64::consts::TAU;

/// The sine and cosine of the golden angle, π (3 − √5) rad (137.5°):
/// consecutive dots turn by it, which spreads any number of them evenly
/// over a disc (Vogel's sunflower model).
const GOLDEN_SIN_COS: (f64, f64) = (0.675_490_294_261_523_8, -0.737_368_878_078_319_7);

/// Dots drawn in the first relay band; each band further out has three
/// times as many as the one inside it, so that the picture grows denser as
/// the reach grows. Not to scale (the third circle would need 14 400 dots
/// for each of the first's), which the bands' tooltips and the chart's
/// note say, with what one dot stands for.
const BAND_DOTS: u32 = 240;

/// The dots drawn in relay band `k` (2 or more).
fn band_dots(k: u8) -> u32 {
    BAND_DOTS * 3_u32.pow(u32::from(k - 2))
}

/// The people one dot of relay band `k` stands for, to two significant
/// figures (« environ »): 60 in the second circle, 2 400 in the third. (The
/// count climbs by the band's own people per dot, `reach(k) − reach(k − 1)`
/// over its dots, so that it ends on the circle's reach.)
pub fn people_per_dot(friends: u32, k: u8) -> f64 {
    let exact = reach_upper_bound(friends, k) / f64::from(band_dots(k));
    let mut unit = 1.0;
    while exact / unit >= 100.0 {
        unit *= 10.0;
    }
    (exact / unit).round() * unit
}

/// The chosen circle when diffusion is segmented: the friends within a
/// twelfth of a turn of noon, a sixth of them (an illustration of « one
/// circle », not a figure). As the cosine of that twelfth of a turn (√3/2):
/// a dot is in it when its own angle's cosine is at least that.
const SEGMENT_COS: f64 = 0.866_025_403_784_438_7;

/// Where the dots `0..count` sit within a ring from `inner` to `outer`
/// (fractions of the radius), in Vogel's order: each one's radius fraction
/// and the sine and cosine of its angle, clockwise from noon, each dot
/// turned from the one before by the golden angle.
fn sunflower(count: u32, inner: f64, outer: f64) -> impl Iterator<Item = (f64, (f64, f64))> {
    (0..count).scan((0.0, 1.0), move |at, index| {
        let here = *at;
        *at = turn(here, GOLDEN_SIN_COS);
        let fraction = (f64::from(index) + 0.5) / f64::from(count);
        let r = (inner * inner + (outer * outer - inner * inner) * fraction).sqrt();
        Some((r, here))
    })
}

/// The radii (fractions of the outer radius) bounding ring `k` (1-based) of `hops`.
fn ring_bounds(k: u8, hops: u8) -> (f64, f64) {
    let first = match hops {
        1 => 1.0,
        2 => 0.58,
        _ => 0.44,
    };
    if k == 1 {
        return (0.0, first);
    }
    let step = (1.0 - first) / f64::from(hops - 1);
    (
        first + step * f64::from(k - 2),
        first + step * f64::from(k - 1),
    )
}

/// The progress window during which the message crosses ring `k` of `hops`.
fn ring_window(k: u8, hops: u8) -> (f64, f64) {
    let span = 0.9 / f64::from(hops);
    (0.05 + span * f64::from(k - 1), 0.05 + span * f64::from(k))
}

/// Lays out the network for `size` at progress `t ∈ [0, 1]`.
pub fn layout_amis(model: &AmisModel, size: Size, t: f64) -> Scene {
    let s = size.scale;
    let friends = format_integer(f64::from(model.friends));
    let margin = margin(size);
    let column = HEADLINE_COLUMN * s;
    let band = HEADLINE_BAND * s;
    // The count sits top left. On wide surfaces the network is centred
    // beside it (moving right if it must); on tall ones, below it.
    let (center, outer) = if beside(size) {
        let centred = size.height / 2.0 - margin;
        if size.width / 2.0 - centred - margin >= column {
            (Point::new(size.width / 2.0, size.height / 2.0), centred)
        } else {
            let outer = centred.min((size.width - column) / 2.0 - margin);
            (
                Point::new(column + (size.width - column) / 2.0, size.height / 2.0),
                outer,
            )
        }
    } else {
        let outer = ((size.height - band) / 2.0 - margin).min(size.width / 2.0 - margin);
        (
            Point::new(size.width / 2.0, band + (size.height - band) / 2.0),
            outer,
        )
    };
    let outer = outer.max(1.0);
    let hub = (outer * 0.14).clamp(18.0 * s, 32.0 * s);
    // Segmented, the relays are cut: whatever their number, the picture is
    // that of one.
    let hops = if model.segmented { 1 } else { model.hops };
    let (_, first) = ring_bounds(1, hops);
    let dot = (outer * first * 0.03).clamp(1.5 * s, 6.0 * s);

    // The grey dots, your friends' and the relay bands', never move: they
    // come first. Then what the wave reaches, in the order it settles: each
    // friend's line and dot as the wave passes, then each relay ring's
    // dots, innermost first. The marks that lead in their final state,
    // before anything still to change or to appear, are the backdrop the
    // canvas painter keeps (see `Scene`).
    let mut still = Vec::new();
    let mut moving = Vec::new();
    let mut settled = 0;
    let mut all_settled = true;
    let mut rings = Vec::new();
    // The count climbs with the dots drawn, never ahead of them: each friend
    // once their dot has grown to half its size (as the pictograms count:
    // counted as it appeared, a dozen popping at once put the count two or
    // three ahead of the dots one sees), each relay band's people in step
    // with its dots.
    let mut reached = 0.0;
    let mut targets = vec![you_target(center, hub, "l’émetteur du message")];

    // Relay bands, outermost first (the keyboard walks them the other way).
    for k in (2..=hops).rev() {
        let (lo, hi) = ring_bounds(k, hops);
        let (a, b) = ring_window(k, hops);
        let lit = t >= a;
        let dots = band_dots(k);
        let reveal = ease_out_cubic(window(t, a, b));
        let tiny = (dot * 0.55).max(1.0 * s);
        let per_dot = (reach_upper_bound(model.friends, k)
            - reach_upper_bound(model.friends, k - 1))
            / f64::from(dots);
        let mut ring = Vec::new();
        for (r, turn) in sunflower(dots, lo + 0.03, hi) {
            let at = turned(center, outer * r, turn);
            let arrived = lit && (r - lo) / (hi - lo) <= reveal;
            if arrived {
                reached += per_dot;
            }
            // The grey dot never changes: it is painted once, in the
            // backdrop, and the wave's dot over it. (Drawn as one dot that
            // changed colour, the 960 dots of three relays were painted
            // anew at every frame until the wave reached them.)
            still.push(Mark::Disc {
                center: at,
                radius: tiny,
                ink: Ink::Rule,
                alpha: 1.0,
            });
            if arrived {
                ring.push(Mark::Disc {
                    center: at,
                    radius: tiny,
                    ink: Ink::Accent,
                    alpha: 1.0,
                });
            }
        }
        rings.push(ring);
        targets.push(Target {
            region: Region::Sector {
                center,
                inner: outer * lo,
                outer: outer * hi,
                start: 0.0,
                end: TAU,
            },
            text: format!(
                "{} cercle\u{a0}: jusqu’à {}\u{a0}personnes ({}, si chacun a {friends}\u{a0}amis et le transmet à tous)\u{a0}; un point pour environ {}\u{a0}personnes",
                ordinal(k),
                format_integer(reach_upper_bound(model.friends, k)),
                reach_derivation(model.friends, k),
                format_integer(people_per_dot(model.friends, k))
            ),
        });
    }

    // Your own friends, each reached as the wave passes.
    let (a, b) = ring_window(1, hops);
    let inner = (hub + 2.0 * dot) / (outer * first);
    for (r, turn) in sunflower(model.friends, inner.min(0.9), 0.97) {
        let at = turned(center, outer * first * r, turn);
        let receives = !model.segmented || turn.1 >= SEGMENT_COS;
        let lands = a + (b - a) * ((r - inner) / (0.97 - inner)).clamp(0.0, 1.0) * 0.85;
        let grow = ease_out_cubic(window(t, lands - 0.1, lands));
        // The line grows from the centre to the dot's edge (it is drawn
        // over the dot), and shows once past « Vous »'s: « Vous » is painted
        // before it, in the backdrop, and it starts there.
        let distance = center.distance(at).max(dot);
        if receives && grow * (distance - dot) > hub {
            moving.push(Mark::Line {
                from: center.lerp(at, hub / distance),
                to: center.lerp(at, grow * (1.0 - dot / distance)),
                width: s,
                ink: Ink::Accent,
                alpha: 0.35,
            });
        }
        still.push(Mark::Disc {
            center: at,
            radius: dot,
            ink: Ink::Rule,
            alpha: 1.0,
        });
        let pop = ease_out_cubic(window(t, lands, lands + 0.08));
        if receives && pop > 0.0 {
            // Half grown counts (without a branch: one cost 95 B of Wasm).
            reached += f64::from(u8::from(pop >= 0.5));
            moving.push(Mark::Disc {
                center: at,
                radius: dot * pop,
                ink: Ink::Accent,
                alpha: 1.0,
            });
        }
        all_settled &= !receives || t >= lands + 0.08;
        if all_settled {
            settled = moving.len();
        }
    }
    targets.push(Target {
        region: Region::Sector {
            center,
            inner: hub,
            outer: outer * first,
            start: 0.0,
            end: TAU,
        },
        text: if model.segmented {
            "1er cercle\u{a0}: seul un cercle d’amis que vous choisissez reçoit le message"
                .to_owned()
        } else {
            format!("1er cercle\u{a0}: {friends}\u{a0}amis, la moyenne citée par l’article")
        },
    });

    // Friends' lines end inside the first ring and relay dots lie beyond
    // it: the settling order paints the same picture as any other.
    // A relay dot is drawn only once the wave has reached it, and never
    // changes after.
    for mark in rings.into_iter().rev().flatten() {
        moving.push(mark);
        if all_settled {
            settled = moving.len();
        }
    }
    // « Vous » and the count's captions lie apart from the wave's marks:
    // painted before them, they join the backdrop, and a frame draws only
    // the number of all their text. Until the count passes 1 the captions
    // may still change (« ami reçoit »), and the backdrop stops before them.
    let reached = (t > 0.0).then(|| reached.round());
    let (number, lines) = count_texts(model, &friends, reached);
    // (The captions are pushed in each branch: pushed once before it, they
    // cost 33 B more of Wasm.)
    let mut marks = still;
    marks.extend(you(center, hub, s));
    let backdrop = if model.segmented || reached.is_some_and(takes_plural) {
        marks.extend(headline(size, None, lines));
        marks.len() + settled
    } else {
        let backdrop = marks.len();
        marks.extend(headline(size, None, lines));
        backdrop
    };
    marks.append(&mut moving);
    marks.extend(headline(size, number, [String::new(), String::new()]));

    // Keyboard order: « Vous », then the rings outward (bands were laid out
    // outermost first). The regions do not overlap, so hit order is moot.
    targets[1..].reverse();
    Scene {
        size,
        marks,
        backdrop,
        targets,
        columns: 1,
        start: 0,
        foot: 0.0,
    }
}

/// The count in the corner, `reached` people once the wave has started,
/// and its caption's two lines (`friends`: the model's, formatted): plural
/// until then, when it reads as a label.
fn count_texts(
    model: &AmisModel,
    friends: &str,
    reached: Option<f64>,
) -> (Option<String>, [String; 2]) {
    let plural = reached.is_none_or(takes_plural);
    let (number, lines) = if model.segmented {
        (
            reached.map(|_| "Segmentée".to_owned()),
            [
                "seul un cercle choisi".to_owned(),
                "reçoit le message".to_owned(),
            ],
        )
    } else if model.hops == 1 {
        (
            reached.map(format_integer),
            [
                // French agrees with the count as it climbs: 0 and 1 take
                // the singular.
                if plural {
                    "amis reçoivent"
                } else {
                    "ami reçoit"
                }
                .to_owned(),
                "votre message".to_owned(),
            ],
        )
    } else {
        (
            reached.map(format_integer),
            // The last circle's reach (the ones before it add theirs:
            // 120 + 14 400 + 1 728 000 in all), the article's 120 being an
            // average: as if each friend had 120.
            [
                // At most: the figure is an upper bound, as the note, the
                // tooltips and the table say. No-break spaces keep « au 3e
                // cercle » and « à 120 amis chacun : » each on a line of
                // the headline's column.
                format!(
                    "personne{}, au plus, au\u{a0}{}\u{a0}cercle",
                    if plural { "s" } else { "" },
                    ordinal(model.hops)
                ),
                format!(
                    "à\u{a0}{friends}\u{a0}amis\u{a0}chacun\u{a0}: {}",
                    reach_derivation(model.friends, model.hops)
                ),
            ],
        )
    };
    (number, lines)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::scene::{clock_angle, polar};
    use std::f64::consts::PI;

    const SIZE: Size = Size::from_css(640.0, 360.0, 1.0);

    fn model(hops: u8, segmented: bool) -> AmisModel {
        AmisModel {
            friends: 120,
            hops,
            segmented,
        }
    }

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
    fn the_backdrop_grows_as_the_wave_settles_at_every_relay_and_segmentation() {
        for (hops, segmented) in [(1, false), (2, false), (3, false), (3, true)] {
            let m = model(hops, segmented);
            Scene::assert_backdrop_settles(|t| layout_amis(&m, SIZE, t));
            // At first, one grey dot per friend and per relay dot: they
            // never change, the wave's dots are drawn over them.
            let greys = match (hops, segmented) {
                (_, true) | (1, _) => 120,
                (2, _) => 120 + 240,
                _ => 120 + 240 + 720,
            };
            // « Vous » (its disc and its name) never changes either; nor do
            // the captions of a segmented count, which has no number.
            let start = layout_amis(&m, SIZE, 0.0);
            let captions = if segmented { 2 } else { 0 };
            assert_eq!(start.backdrop, greys + 2 + captions, "{hops} {segmented}");
            assert_eq!(start.label_texts()[0], "Vous");
            let halfway = layout_amis(&m, SIZE, 0.5);
            assert!(
                halfway.backdrop > greys + 2 + captions,
                "the captions and the friends reached by t = 0.5 have settled"
            );
            // Nothing drawn on every frame covers « Vous » or the captions.
            halfway.assert_backdrop_labels_uncovered(0);
            // By the end, everything but the count's number has settled.
            let end = layout_amis(&m, SIZE, 1.0);
            assert_eq!(
                end.backdrop,
                end.marks.len() - 1,
                "{hops} relays, segmented: {segmented}"
            );
        }
    }

    /// The count the corner shows, if any: the label drawn last, when it
    /// is a number.
    fn count(scene: &Scene) -> Option<f64> {
        let texts = scene.label_texts();
        texts.last()?.replace('\u{202f}', "").parse().ok()
    }

    #[test]
    fn one_relay_reaches_every_friend_by_the_end() {
        let scene = layout_amis(&model(1, false), SIZE, 1.0);
        assert_eq!(count(&scene), Some(120.0));
        // 120 grey places, 120 reached friends plus the centre.
        assert_eq!(discs(&scene, Ink::Rule).len(), 120);
        assert_eq!(discs(&scene, Ink::Accent).len(), 121);
        assert!(scene.label_texts().contains(&"120"));
    }

    #[test]
    fn relays_show_the_reach_and_how_it_is_derived() {
        let two = layout_amis(&model(2, false), SIZE, 1.0);
        assert!(two.label_texts().contains(&"14\u{202f}400"));
        // The reach is the last circle's, not the total of all three, and
        // the article's 120 is an average: it is reckoned as if each friend
        // had 120.
        assert!(two
            .label_texts()
            .join(" ")
            .contains("personnes, au plus, au\u{a0}2e\u{a0}cercle"));
        // In the column, « au 3e cercle » and « à 120 amis chacun : » each
        // hold together, on lines of their own.
        assert!(two.label_texts().contains(&"au\u{a0}2e\u{a0}cercle"));
        assert!(two
            .label_texts()
            .contains(&"à\u{a0}120\u{a0}amis\u{a0}chacun\u{a0}:"));
        assert!(two.label_texts().contains(&"120\u{a0}×\u{a0}120"));
        let three = layout_amis(&model(3, false), SIZE, 1.0);
        assert!(three.label_texts().contains(&"1\u{202f}728\u{202f}000"));
        assert!(three
            .label_texts()
            .join(" ")
            .contains("personnes, au plus, au\u{a0}3e\u{a0}cercle"));
        // Too long for the headline's column, the derivation takes a line
        // of its own.
        assert!(three
            .label_texts()
            .contains(&"120\u{a0}×\u{a0}120\u{a0}×\u{a0}120"));
        assert_eq!(three.targets.len(), 4, "you and three rings");
        assert!(three.targets[2]
            .text
            .contains("14\u{202f}400\u{a0}personnes"));
        assert!(three.targets[3]
            .text
            .contains("1\u{202f}728\u{202f}000\u{a0}personnes"));
        assert!(three.targets[3].text.contains("si chacun a 120\u{a0}amis"));
        assert!(three.targets[1].text.contains("120\u{a0}amis"));
    }

    #[test]
    fn at_the_start_nobody_has_it_and_the_count_climbs() {
        let m = model(3, false);
        let start = layout_amis(&m, SIZE, 0.0);
        // Waiting for its entrance, the chart states no count: not a false 0.
        assert_eq!(count(&start), None);
        assert!(start
            .label_texts()
            .join(" ")
            .contains("personnes, au plus, au\u{a0}3e\u{a0}cercle"));
        assert_eq!(discs(&start, Ink::Accent).len(), 1, "only you");
        assert_eq!(count(&layout_amis(&m, SIZE, 0.001)), Some(0.0));
        let counts: Vec<f64> = (1..=20)
            .map(|i| count(&layout_amis(&m, SIZE, f64::from(i) / 20.0)).expect("a count"))
            .collect();
        assert!(counts.windows(2).all(|w| w[0] <= w[1]), "{counts:?}");
        assert_eq!(counts[19], 1_728_000.0);
    }

    #[test]
    fn the_caption_agrees_with_the_count_as_it_climbs() {
        // 0 and 1 take the singular in French: « 1 ami reçoit », never
        // « 1 amis reçoivent ».
        for (hops, singular, plural) in [
            (1, "ami reçoit", "amis reçoivent"),
            (
                3,
                "personne, au plus, au\u{a0}3e\u{a0}cercle",
                "personnes, au plus, au\u{a0}3e\u{a0}cercle",
            ),
        ] {
            let mut seen = [false; 2];
            for i in 0..=400 {
                let scene = layout_amis(&model(hops, false), SIZE, f64::from(i) / 400.0);
                // The caption, wrapped in the headline's column.
                let texts = scene.label_texts().join(" ");
                // With no count yet, the caption reads as a label: plural.
                let many = count(&scene).is_none_or(|n| n >= 2.0);
                seen[usize::from(many)] = true;
                let caption = if many { plural } else { singular };
                assert!(texts.contains(caption), "{texts:?}");
            }
            assert_eq!(seen, [true, true], "{hops} relays");
        }
    }

    /// The accent dots drawn at half their size or more, « Vous » left out:
    /// the dots a reader sees lit.
    fn lit(scene: &Scene) -> usize {
        // A friend's grey place is as large as their dot, fully grown.
        let dot = discs(scene, Ink::Rule)
            .iter()
            .map(|&(_, radius)| radius)
            .fold(0.0, f64::max);
        discs(scene, Ink::Accent)
            .iter()
            .filter(|&&(_, radius)| radius >= 0.5 * dot && radius <= dot)
            .count()
    }

    #[test]
    fn the_count_keeps_pace_with_the_dots_drawn() {
        // One relay: the count is the friends whose dot has grown to half
        // its size, at every frame, as the pictograms count (an eased count
        // once ran 50 friends ahead of them; counted as each dot appeared,
        // the dozen popping at once put it two or three ahead).
        let one = model(1, false);
        let mut between = 0;
        for i in 0..=200 {
            let t = f64::from(i) / 200.0;
            let scene = layout_amis(&one, SIZE, t);
            let friends = lit(&scene);
            let expected = (i > 0).then_some(friends as f64);
            assert_eq!(count(&scene), expected, "t = {t}");
            // Some frames have dots still under half their size.
            between += usize::from(discs(&scene, Ink::Accent).len() - 1 > friends);
        }
        assert!(between > 10, "{between} frames with a dot growing");
        // Three relays: past the friends, each band's people in step with
        // its share of dots lit (half the second band's dots: half its people).
        let three = model(3, false);
        for i in 0..=50 {
            let scene = layout_amis(&three, SIZE, f64::from(i) / 50.0);
            let lit = lit(&scene);
            let shown = count(&scene).unwrap_or(0.0);
            let expected = match lit {
                n if n <= 120 => n as f64,
                n if n <= 360 => 120.0 + (n - 120) as f64 * (14_400.0 - 120.0) / 240.0,
                n => 14_400.0 + (n - 360) as f64 * (1_728_000.0 - 14_400.0) / 720.0,
            };
            assert_eq!(shown, expected.round(), "{lit} dots lit");
        }
    }

    #[test]
    fn the_sunflower_turns_each_dot_by_the_golden_angle() {
        let golden = PI * (3.0 - 5f64.sqrt());
        assert_eq!(golden.sin_cos(), GOLDEN_SIN_COS);
        assert_eq!((PI / 6.0).cos(), SEGMENT_COS);
        let dots: Vec<_> = sunflower(720, 0.5, 1.0).collect();
        for (index, &(r, (sin, cos))) in dots.iter().enumerate() {
            let (s, c) = (index as f64 * golden).sin_cos();
            assert!(
                (sin - s).abs() < 1e-12 && (cos - c).abs() < 1e-12,
                "dot {index}"
            );
            assert!((0.5..=1.0).contains(&r), "dot {index} at {r}");
        }
        // Each dot a little further out, spread evenly over the ring's area.
        assert!(dots.windows(2).all(|w| w[0].0 < w[1].0));
        assert!((dots[359].0.powi(2) - (0.25 + 0.75 * 359.5 / 720.0)).abs() < 1e-12);
    }

    #[test]
    fn segmenting_limits_the_message_to_the_chosen_circle() {
        let open = layout_amis(&model(2, false), SIZE, 1.0);
        let closed = layout_amis(&model(2, true), SIZE, 1.0);
        let reached = |s: &Scene| discs(s, Ink::Accent).len();
        assert!(
            reached(&closed) < reached(&open) / 4,
            "{} vs {}",
            reached(&closed),
            reached(&open)
        );
        assert!(reached(&closed) > 1, "the chosen circle still receives it");
        // Those reached are the friends within a twelfth of a turn of noon.
        let Region::Sector { center, .. } = closed.targets[0].region else {
            panic!("you are a disc, drawn as a whole sector");
        };
        for (at, radius) in discs(&closed, Ink::Accent) {
            if at != center {
                let angle = clock_angle(center, at).to_degrees();
                assert!(angle <= 30.0 || angle >= 330.0, "{angle}° at {radius}");
            }
        }
        assert!(
            closed.label_texts().iter().all(|l| !l.contains("14")),
            "no reach figure"
        );
        // The relays are cut: the picture is the same whatever their
        // number was, with no relay band (one was once drawn for each).
        assert_eq!(closed.targets.len(), 2, "you and your friends");
        for hops in [1, 3] {
            assert_eq!(layout_amis(&model(hops, true), SIZE, 1.0), closed, "{hops}");
        }
    }

    #[test]
    fn a_dot_stands_for_a_round_number_of_people() {
        assert_eq!(
            (people_per_dot(120, 2), people_per_dot(120, 3)),
            (60.0, 2_400.0)
        );
        // Another average: two significant figures, « environ ».
        assert_eq!(
            (people_per_dot(150, 2), people_per_dot(150, 3)),
            (94.0, 4_700.0)
        );
    }

    #[test]
    fn bands_grow_denser_outward_and_say_what_a_dot_stands_for() {
        let scene = layout_amis(&model(3, false), SIZE, 1.0);
        // 120 friends, then 240 and 720 dots: the third band, a little
        // wider than the second, holds three times its dots.
        assert_eq!(discs(&scene, Ink::Accent).len(), 1 + 120 + 240 + 720);
        assert!(scene.targets[2]
            .text
            .ends_with("un point pour environ 60\u{a0}personnes"));
        assert!(scene.targets[3]
            .text
            .ends_with("un point pour environ 2\u{202f}400\u{a0}personnes"));
    }

    #[test]
    fn marks_stay_inside_and_clear_of_the_count() {
        let sizes = [
            SIZE,
            Size::from_css(420.0, 300.0, 2.0),
            Size::from_css(343.0, 343.0, 2.0),
            Size::from_css(280.0, 280.0, 1.0),
            Size::from_css(1600.0, 900.0, 1.0),
        ];
        for size in sizes {
            for hops in 1..=3 {
                let scene = layout_amis(&model(hops, false), size, 1.0);
                let column = HEADLINE_COLUMN * size.scale;
                let band = HEADLINE_BAND * size.scale;
                for (p, r) in discs(&scene, Ink::Rule)
                    .into_iter()
                    .chain(discs(&scene, Ink::Accent))
                {
                    assert!(p.x - r >= 0.0 && p.x + r <= size.width, "{p:?} in {size:?}");
                    assert!(
                        p.y - r >= 0.0 && p.y + r <= size.height,
                        "{p:?} in {size:?}"
                    );
                    assert!(
                        p.x - r >= column || p.y - r >= band,
                        "{p:?} under the count in {size:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn hit_testing_finds_you_and_each_ring() {
        let scene = layout_amis(&model(3, false), SIZE, 1.0);
        let Region::Sector { center, inner, .. } = scene.targets[0].region else {
            panic!("you are a disc, drawn as a whole sector");
        };
        assert_eq!(inner, 0.0);
        assert_eq!(scene.hit(center, 0.0), Some(0));
        let outer = SIZE.height / 2.0 - 12.0;
        for (k, fraction) in [(1, 0.3), (2, 0.6), (3, 0.9)] {
            let p = polar(center, outer * fraction, 1.0);
            assert_eq!(scene.hit(p, 0.0), Some(k), "ring {k}");
        }
        assert_eq!(scene.hit(Point::new(5.0, SIZE.height - 5.0), 0.0), None);
    }
}
