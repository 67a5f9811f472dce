//! A `<canvas>` that shows a chart's scene: sized to its box × devicePixelRatio,
//! coloured from the theme, redrawn when its size, theme or progress changes.

use crate::charts::scene::{Scene, Size};
use yew::prelude::*;

/// Properties of [`ChartCanvas`].
#[derive(Properties, PartialEq)]
pub struct ChartCanvasProps {
    /// The chart's finding in one sentence: the canvas's text alternative.
    pub label: AttrValue,
    /// Lays the chart out for a surface size at a progress `t ∈ [0, 1]`.
    pub layout: Callback<(Size, f64), Scene>,
    /// Animation progress to draw, from 0 to 1.
    pub progress: f64,
}

/// The canvas of one chart. Its displayed size comes from CSS, so the
/// prerendered page reserves the same space the drawn chart takes.
#[function_component(ChartCanvas)]
pub fn chart_canvas(props: &ChartCanvasProps) -> Html {
    let node = use_node_ref();
    #[cfg(target_arch = "wasm32")]
    let () = browser::use_drawing(node.clone(), props.layout.clone(), props.progress);
    html! {
        <canvas ref={node} class="pme-figure__canvas" role="img" aria-label={props.label.clone()} />
    }
}

#[cfg(target_arch = "wasm32")]
mod browser {
    use crate::charts::palette::Palette;
    use crate::charts::render::render;
    use crate::charts::scene::{Scene, Size};
    use crate::hooks::{use_canvas_size, use_palette};
    use plotters::prelude::IntoDrawingArea;
    use plotters_canvas::CanvasBackend;
    use web_sys::HtmlCanvasElement;
    use yew::prelude::*;

    /// Draws `layout`'s scene on the canvas behind `node` whenever the canvas
    /// size, the palette or `progress` changes.
    #[hook]
    pub fn use_drawing(node: NodeRef, layout: Callback<(Size, f64), Scene>, progress: f64) {
        let size = use_canvas_size(node.clone());
        let palette = use_palette(node.clone());
        use_effect_with(
            (size, palette, progress, layout),
            move |(size, palette, progress, layout)| {
                if let (Some(size), Some(canvas)) = (size, node.cast::<HtmlCanvasElement>()) {
                    paint(&canvas, &layout.emit((*size, *progress)), palette);
                }
            },
        );
    }

    fn paint(canvas: &HtmlCanvasElement, scene: &Scene, palette: &Palette) {
        let (width, height) = (scene.size.width as u32, scene.size.height as u32);
        // Assigning width or height clears the canvas even when unchanged: only on change.
        if canvas.width() != width {
            canvas.set_width(width);
        }
        if canvas.height() != height {
            canvas.set_height(height);
        }
        if let Some(backend) = CanvasBackend::with_canvas_object(canvas.clone()) {
            // A failed draw leaves the previous frame; there is nothing better to show.
            let _ = render(&backend.into_drawing_area(), scene, palette);
        }
    }
}
