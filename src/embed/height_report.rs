//! Telling the host page how tall an embed is.

use super::Mode;
use js_sys::{Object, Reflect};
use wasm_bindgen::prelude::*;
use web_sys::ResizeObserver;

/// The `type` of the message an embed posts to its host page.
pub const RESIZE_MESSAGE: &str = "pme-infographie:resize";

/// In an embed, posts the document's height to the parent page now and
/// whenever it changes, for the page's whole life, as
/// `{"type":"pme-infographie:resize","embed":<id>,"height":<px>}` (to any
/// origin: a height is not secret). `assets/embed.js` on the host page sizes
/// the iframe it came from. Does nothing outside an iframe or outside an embed.
pub fn report_height(mode: &Mode) {
    let embed = match mode {
        Mode::Page => return,
        Mode::Article => "article",
        Mode::Chart(id) => id,
        Mode::Unknown => "inconnu",
    };
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(parent) = window.parent().ok().flatten() else {
        return;
    };
    if parent == window {
        return;
    }
    // The body's height follows the content; the root's never goes below the
    // iframe's own height, so it could not shrink.
    let Some(body) = window.document().and_then(|d| d.body()) else {
        return;
    };
    let measured = body.clone();
    let post = move || {
        let message = Object::new();
        let height = f64::from(measured.scroll_height());
        let _ = Reflect::set(&message, &"type".into(), &RESIZE_MESSAGE.into());
        let _ = Reflect::set(&message, &"embed".into(), &embed.into());
        let _ = Reflect::set(&message, &"height".into(), &height.into());
        let _ = parent.post_message(&message, "*");
    };
    post();
    let callback = Closure::<dyn FnMut()>::new(post);
    if let Ok(observer) = ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        observer.observe(&body);
        // Both live as long as the page: nothing ever stops reporting.
        callback.forget();
        std::mem::forget(observer);
    }
}
