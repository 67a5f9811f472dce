//! Browser glue for exports: drawing a scene to a PNG and saving files.

use crate::charts::palette::Palette;
use crate::charts::render::{render, CANVAS_UNITS};
use crate::charts::scene::Scene;
use plotters::prelude::IntoDrawingArea;
use plotters_canvas::CanvasBackend;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, HtmlCanvasElement};

/// `scene` drawn on an off-screen canvas, as a PNG data URL.
pub fn scene_to_png(scene: &Scene, palette: &Palette) -> Option<String> {
    let document = web_sys::window()?.document()?;
    let canvas: HtmlCanvasElement = document.create_element("canvas").ok()?.dyn_into().ok()?;
    canvas.set_width(scene.size.width as u32);
    canvas.set_height(scene.size.height as u32);
    let backend = CanvasBackend::with_canvas_object_in_units(canvas.clone(), CANVAS_UNITS)?;
    // A picture always has its background, even from a transparent embed.
    let mut opaque = *palette;
    opaque.transparent = false;
    render(&backend.into_drawing_area(), scene, &opaque, CANVAS_UNITS).ok()?;
    canvas.to_data_url_with_type("image/png").ok()
}

/// Saves `url` as a file named `filename` (a temporary link, clicked).
pub fn save_url(filename: &str, url: &str) -> Option<()> {
    let document = web_sys::window()?.document()?;
    let link: HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
    link.set_href(url);
    link.set_download(filename);
    link.click();
    Some(())
}

/// Saves `text` as a file named `filename` of type `mime`.
pub fn save_text(filename: &str, mime: &str, text: &str) -> Option<()> {
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    let saved = save_url(filename, &url);
    // Revoked at once, the address can vanish before Firefox or Safari has
    // started the download; a minute later it has long been read.
    gloo_timers::callback::Timeout::new(60_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    saved
}
