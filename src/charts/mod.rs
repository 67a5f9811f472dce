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
pub mod unit_grid;

use crate::data::stat;
use yew::prelude::*;

/// Every chart's stable id, in reading order: HTML ids, embed ids.
pub const CHART_IDS: [&str; 5] = ["amis", "cercles", "actualite", "temps", "mobiles"];

/// The chart whose stable id is `id`, with its data, or `None` when no chart
/// (or no statistic for it) has that id.
pub fn chart(id: &str) -> Option<Html> {
    match id {
        "amis" => stat("amis").map(|stat| html! { <amis::AmisChart {stat} /> }),
        "cercles" => {
            let (pair, friends) = (stat("pair")?, stat("amis")?);
            Some(html! { <cercles::CerclesChart {pair} {friends} /> })
        }
        "actualite" => stat("actualite").map(|stat| html! { <actualite::ActualiteChart {stat} /> }),
        "temps" => stat("temps").map(|stat| html! { <temps::TempsChart {stat} /> }),
        "mobiles" => stat("mobiles").map(|stat| html! { <mobiles::MobilesChart {stat} /> }),
        _ => None,
    }
}
