//! Charts: one module per chart, sharing one scene vocabulary and one renderer.
//!
//! Each chart has a pure `layout(model, size, t) -> Scene` (no web-sys), the
//! generic [`render::render`] draws any scene through a plotters
//! `DrawingBackend` (canvas in the browser, SVG in native golden tests), and a
//! thin Yew component wires the browser in.

pub mod amis;
pub mod easing;
pub mod palette;
pub mod render;
pub mod scene;

use crate::data::stat;
use yew::prelude::*;

/// The chart whose stable id is `id`, with its data, or `None` when no chart
/// (or no statistic for it) has that id.
pub fn chart(id: &str) -> Option<Html> {
    match id {
        "amis" => stat("amis").map(|stat| html! { <amis::AmisChart {stat} /> }),
        _ => None,
    }
}
