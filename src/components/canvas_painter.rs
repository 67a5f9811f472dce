//! Paints scenes on a chart's canvas, frame after frame. A scene's backdrop
//! (its leading marks that have settled, see [`Scene::backdrop`]) is drawn
//! once on an off-screen canvas, extended as more marks settle, and copied
//! on every frame, so an animation frame draws only what still moves.

use crate::charts::palette::Palette;
use crate::charts::render::{render_layer, CANVAS_UNITS};
use crate::charts::scene::{Mark, Scene};
use plotters::prelude::IntoDrawingArea;
use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

/// The picture of a backdrop, and what it was drawn from.
struct Backdrop {
    canvas: HtmlCanvasElement,
    marks: Vec<Mark>,
    palette: Palette,
}

/// Paints successive scenes on one canvas, keeping the latest backdrop.
#[derive(Default)]
pub struct CanvasPainter {
    backdrop: Option<Backdrop>,
}

impl CanvasPainter {
    /// Paints `scene` on `canvas` (sizing its backing store to the scene) with
    /// `palette`'s colours: the same picture as [`crate::charts::render::render`].
    /// Returns false when nothing could be drawn (the previous frame stays).
    pub fn paint(&mut self, canvas: &HtmlCanvasElement, scene: &Scene, palette: &Palette) -> bool {
        let (width, height) = (scene.size.width as u32, scene.size.height as u32);
        let blank = resize(canvas, width, height);
        let Some(context) = on_screen_context(canvas) else {
            return false;
        };
        if palette.transparent && !blank {
            // Nothing paints the background: clear the previous frame first.
            context.clear_rect(0.0, 0.0, f64::from(width), f64::from(height));
        }
        let still = &scene.marks[..scene.backdrop.min(scene.marks.len())];
        let background = if still.is_empty() {
            true
        } else {
            let Some(backdrop) = self.backdrop_of(still, palette, width, height) else {
                return false;
            };
            if context
                .draw_image_with_html_canvas_element(backdrop, 0.0, 0.0)
                .is_err()
            {
                return false;
            }
            false
        };
        draw(canvas, &scene.marks[still.len()..], palette, background)
    }

    /// The backdrop picture for `marks`. The last one is reused when it
    /// shows their beginning, with the palette and size unchanged: the marks
    /// that have settled since are painted over it. Otherwise (a replay, a
    /// new palette or size) it is drawn anew.
    fn backdrop_of(
        &mut self,
        marks: &[Mark],
        palette: &Palette,
        width: u32,
        height: u32,
    ) -> Option<&HtmlCanvasElement> {
        let reusable = self.backdrop.as_ref().is_some_and(|b| {
            marks.starts_with(&b.marks)
                && b.palette == *palette
                && b.canvas.width() == width
                && b.canvas.height() == height
        });
        if reusable {
            let backdrop = self.backdrop.as_mut()?;
            let settled = &marks[backdrop.marks.len()..];
            if !settled.is_empty() {
                if !draw(&backdrop.canvas, settled, palette, false) {
                    self.backdrop = None;
                    return None;
                }
                backdrop.marks.extend_from_slice(settled);
            }
        } else {
            let canvas = match self.backdrop.take() {
                Some(old) => old.canvas,
                None => web_sys::window()?
                    .document()?
                    .create_element("canvas")
                    .ok()?
                    .dyn_into()
                    .ok()?,
            };
            // A resized backing store is blank, and an opaque background
            // covers the old picture: clearing a whole canvas costs as much
            // as filling it, so only when it is needed.
            if !resize(&canvas, width, height) && palette.transparent {
                if let Some(context) = context_2d(&canvas) {
                    context.clear_rect(0.0, 0.0, f64::from(width), f64::from(height));
                }
            }
            if !draw(&canvas, marks, palette, true) {
                return None;
            }
            self.backdrop = Some(Backdrop {
                canvas,
                marks: marks.to_vec(),
                palette: *palette,
            });
        }
        self.backdrop.as_ref().map(|b| &b.canvas)
    }
}

/// Sets the backing store size; only on change, as assigning clears the
/// canvas. Returns whether it changed (and so was cleared).
fn resize(canvas: &HtmlCanvasElement, width: u32, height: u32) -> bool {
    // Read once: each read is a call out of the Wasm, on every frame.
    let (old_width, old_height) = (canvas.width(), canvas.height());
    if old_width != width {
        canvas.set_width(width);
    }
    if old_height != height {
        canvas.set_height(height);
    }
    (old_width, old_height) != (width, height)
}

fn context_2d(canvas: &HtmlCanvasElement) -> Option<CanvasRenderingContext2d> {
    canvas.get_context("2d").ok()??.dyn_into().ok()
}

/// The 2D context of a chart's on-screen canvas, made (on first use, which
/// this is: `paint` asks before plotters does) with the `desynchronized`
/// hint. Chromium then hands the canvas's frames to the compositor directly,
/// not in the page's main-thread commit, which took 11–18 ms of every
/// animation frame at ×4 CPU throttling: frames over 16.7 ms fell from 271
/// to 142 of about 2 700 in interleaved runs (bench/HISTORY.md). Other
/// browsers ignore the hint, and Chromium keeps synchronized compositing
/// wherever the canvas needs it; on displays that scan a canvas out from its
/// front buffer (some Chromebooks), a frame may tear.
fn on_screen_context(canvas: &HtmlCanvasElement) -> Option<CanvasRenderingContext2d> {
    let options = js_sys::Object::new();
    js_sys::Reflect::set(&options, &"desynchronized".into(), &true.into()).ok()?;
    canvas
        .get_context_with_context_options("2d", &options)
        .ok()??
        .dyn_into()
        .ok()
}

fn draw(canvas: &HtmlCanvasElement, marks: &[Mark], palette: &Palette, background: bool) -> bool {
    CanvasBackend::with_canvas_object_in_units(canvas.clone(), CANVAS_UNITS).is_some_and(
        |backend| {
            render_layer(
                &backend.into_drawing_area(),
                marks,
                palette,
                background,
                CANVAS_UNITS,
            )
            .is_ok()
        },
    )
}
