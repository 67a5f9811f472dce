//! Charts: one module per chart, sharing one scene vocabulary and one renderer.
//!
//! Each chart has a pure `layout(model, size, t) -> Scene` (no web-sys), the
//! generic [`render::render`] draws any scene through a plotters
//! `DrawingBackend` (canvas in the browser, SVG in native golden tests), and a
//! thin Yew component wires the browser in.

pub mod actualite;
pub mod amis;
pub mod cercles;
pub mod easing;
pub mod headline;
pub mod mobiles;
pub mod palette;
pub mod render;
pub mod scene;
pub mod temps;
pub mod text_width;
pub mod unit_grid;

use crate::data::stat;
use yew::prelude::*;

/// One of the article's charts. Its stable [`id`](Self::id) names it in
/// HTML ids, links and embeds; in the code it is this type, so that a chart
/// left out of a `match` does not build.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChartId {
    /// A message reaching 120 friends, and further when relayed.
    Amis,
    /// The circles around you: Pair, Family leaf, an open network.
    Cercles,
    /// 30 % of people following the news read it on social networks.
    Actualite,
    /// The share of Internet time spent on social networks.
    Temps,
    /// 19 million social, mobile Internet users.
    Mobiles,
}

impl ChartId {
    /// Every chart, in reading order.
    pub const ALL: [ChartId; 5] = [
        ChartId::Amis,
        ChartId::Cercles,
        ChartId::Actualite,
        ChartId::Temps,
        ChartId::Mobiles,
    ];

    /// Its stable id: « amis », « cercles »…
    pub fn id(self) -> &'static str {
        match self {
            ChartId::Amis => "amis",
            ChartId::Cercles => "cercles",
            ChartId::Actualite => "actualite",
            ChartId::Temps => "temps",
            ChartId::Mobiles => "mobiles",
        }
    }

    /// The chart whose stable id is `id`, if any.
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|chart| chart.id() == id)
    }
}

/// Whether the data holds every statistic chart `id` draws: whether
/// [`chart`] gives it, without building it (formatting its table and its
/// tooltips) only to ask.
pub fn drawable(id: ChartId) -> bool {
    match id {
        ChartId::Cercles => stat("pair").is_some() && stat("amis").is_some(),
        _ => stat(id.id()).is_some(),
    }
}

/// The chart `id` with its data, or `None` when a statistic it draws is
/// missing from the data.
pub fn chart(id: ChartId) -> Option<Html> {
    Some(match id {
        ChartId::Amis => {
            let stat = stat("amis")?;
            html! { <amis::AmisChart {stat} /> }
        }
        ChartId::Cercles => {
            let (pair, friends) = (stat("pair")?, stat("amis")?);
            html! { <cercles::CerclesChart {pair} {friends} /> }
        }
        ChartId::Actualite => actualite::actualite_chart(stat("actualite")?),
        ChartId::Temps => {
            let stat = stat("temps")?;
            html! { <temps::TempsChart {stat} /> }
        }
        ChartId::Mobiles => mobiles::mobiles_chart(stat("mobiles")?),
    })
}

#[cfg(test)]
mod tests {
    use super::actualite::{layout_actualite, ActualiteModel};
    use super::amis::{layout_amis, AmisModel};
    use super::cercles::{layout_cercles, CerclesModel, Circle};
    use super::headline::{HEADLINE_BAND, MARGIN};
    use super::mobiles::{layout_mobiles, MobilesModel};
    use super::palette::{Palette, Rgb};
    use super::scene::{Align, Ink, Mark, Scene, Size};
    use super::temps::{layout_temps, TempsModel};
    use super::ChartId;

    #[test]
    fn each_chart_is_found_by_its_id_alone() {
        for chart in ChartId::ALL {
            assert_eq!(ChartId::from_id(chart.id()), Some(chart));
        }
        assert_eq!(ChartId::from_id("Amis"), None);
        assert_eq!(ChartId::from_id("article"), None);
        assert_eq!(ChartId::from_id(""), None);
    }

    #[test]
    fn a_chart_is_drawable_when_and_only_when_it_is_built() {
        for id in ChartId::ALL {
            assert!(super::drawable(id), "{id:?}: the data has its statistics");
            assert_eq!(super::drawable(id), super::chart(id).is_some(), "{id:?}");
        }
    }

    /// Every chart in its final state at `size`, in each of its variants.
    fn every_chart(size: Size) -> Vec<Scene> {
        let amis = |hops, segmented| AmisModel {
            friends: 120,
            hops,
            segmented,
        };
        let cercles = |selected| CerclesModel {
            pair: 1.0,
            friends: 120.0,
            selected,
        };
        let temps = TempsModel {
            share: 20.0,
            year: Some(2011),
            hours: 2.0,
        };
        vec![
            layout_amis(&amis(1, false), size, 1.0),
            layout_amis(&amis(3, false), size, 1.0),
            layout_amis(&amis(2, true), size, 1.0),
            layout_cercles(&cercles(Circle::Pair), size, 1.0),
            layout_cercles(&cercles(Circle::Friends), size, 1.0),
            layout_actualite(&ActualiteModel::new(30.0), size, 1.0),
            layout_temps(&temps, size, 1.0),
            layout_mobiles(&MobilesModel::new(19_000_000.0, Some(2011)), size, 1.0),
        ]
    }

    #[test]
    fn on_a_phone_a_focused_mark_s_outline_clears_the_headline_above_it() {
        for (width, height) in [
            (296.0, 370.0),
            (343.0, 429.0),
            (296.0, 296.0),
            (343.0, 343.0),
        ] {
            for scale in [1.0, 2.0] {
                let size = Size::from_css(width, height, scale);
                for scene in every_chart(size) {
                    // The headline's lines, in the band above the body; a
                    // label centred on its anchor reaches 0.6 of its size
                    // below it, descenders included.
                    let headline_bottom = scene
                        .marks
                        .iter()
                        .filter_map(|m| match m {
                            Mark::Label {
                                at,
                                size,
                                align: Align::Start,
                                ..
                            } if at.x == MARGIN * scale && at.y < HEADLINE_BAND * scale => {
                                Some(at.y + 0.6 * size)
                            }
                            _ => None,
                        })
                        .fold(0.0, f64::max);
                    assert!(headline_bottom > 0.0, "{width}×{height}: no headline");
                    for i in 0..scene.targets.len() {
                        let mut focused = scene.clone();
                        focused.highlight(i);
                        for mark in &focused.marks[scene.marks.len()..] {
                            let Mark::Outline {
                                points, width: w, ..
                            } = mark
                            else {
                                continue;
                            };
                            let top =
                                points.iter().map(|p| p.y).fold(f64::INFINITY, f64::min) - w / 2.0;
                            assert!(
                                top >= headline_bottom,
                                "{width}×{height} at {scale}×, {}: the outline's top {top} is above the headline's bottom {headline_bottom}",
                                scene.targets[i].text
                            );
                        }
                    }
                }
            }
        }
    }

    /// `ink` at `alpha` over `under`, as the canvas composites it.
    fn over(ink: Ink, alpha: f64, under: Rgb) -> Rgb {
        let Rgb(r, g, b) = Palette::LIGHT.get(ink);
        let mix = |top: u8, bottom: u8| {
            (alpha * f64::from(top) + (1.0 - alpha) * f64::from(bottom)).round() as u8
        };
        Rgb(mix(r, under.0), mix(g, under.1), mix(b, under.2))
    }

    /// WCAG's contrast ratio of two colours.
    fn contrast(a: Rgb, b: Rgb) -> f64 {
        let luminance = |Rgb(r, g, b): Rgb| {
            let linear = |c: u8| {
                let c = f64::from(c) / 255.0;
                if c <= 0.04045 {
                    c / 12.92
                } else {
                    ((c + 0.055) / 1.055).powf(2.4)
                }
            };
            0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
        };
        let (x, y) = (luminance(a), luminance(b));
        (x.max(y) + 0.05) / (x.min(y) + 0.05)
    }

    #[test]
    fn no_mark_is_drawn_in_the_surface_s_colour() {
        // A transparent embed's surface has no colour: its palette keeps the
        // light theme's, which a mark would show on a dark host.
        for scene in every_chart(Size::from_css(640.0, 360.0, 1.0)) {
            for mark in &scene.marks {
                let ink = match *mark {
                    Mark::Disc { ink, .. }
                    | Mark::Polygon { ink, .. }
                    | Mark::Outline { ink, .. }
                    | Mark::Ring { ink, .. }
                    | Mark::Line { ink, .. } => ink,
                    _ => continue,
                };
                assert_ne!(ink, Ink::Surface, "{mark:?}");
            }
        }
    }

    #[test]
    fn every_mark_stands_out_of_what_it_is_drawn_on_by_3_to_1() {
        // WCAG 1.4.11, in the light theme. The dark theme's colours live in
        // the stylesheet only; its rule and muted inks were chosen alike.
        let surface = Palette::LIGHT.get(Ink::Surface);
        let size = Size::from_css(640.0, 360.0, 1.0);
        for scene in every_chart(size) {
            for mark in &scene.marks {
                let (ink, alpha) = match *mark {
                    Mark::Disc { ink, alpha, .. } | Mark::Polygon { ink, alpha, .. } => {
                        (ink, alpha)
                    }
                    Mark::Outline { ink, .. } => (ink, 1.0),
                    // Wider strokes are tints (cercles's bands), not marks.
                    Mark::Ring { ink, width, .. } if width <= 2.0 => (ink, 1.0),
                    _ => continue,
                };
                // A phone's screen is drawn on its body, in the colour set
                // on the accent, not on the surface.
                let ratio = contrast(over(ink, alpha, surface), surface);
                assert!(
                    ink == Ink::OnAccent || ratio >= 3.0,
                    "{ratio:.2}:1 for {mark:?}"
                );
            }
        }
        // Cercles's circles are each edged over their own band's tint, laid
        // just before the edge.
        for selected in [Circle::Pair, Circle::Family, Circle::Friends] {
            let model = CerclesModel {
                pair: 1.0,
                friends: 120.0,
                selected,
            };
            let mut tint = surface;
            for mark in layout_cercles(&model, size, 1.0).marks {
                match mark {
                    Mark::Ring {
                        ink, width, alpha, ..
                    } if width > 2.0 => tint = over(ink, alpha, surface),
                    Mark::Ring { ink, .. } => {
                        let ratio = contrast(over(ink, 1.0, tint), tint);
                        assert!(ratio >= 3.0, "{ratio:.2}:1 for {mark:?} over {tint:?}");
                    }
                    _ => {}
                }
            }
        }
    }
}
