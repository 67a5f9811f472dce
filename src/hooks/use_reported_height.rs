use crate::embed::Mode;
use js_sys::{Object, Reflect};
use wasm_bindgen::prelude::*;
use web_sys::ResizeObserver;
use yew::prelude::*;

/// The `type` of the message an embed posts to its host page.
pub const RESIZE_MESSAGE: &str = "pme-infographie:resize";

/// In an embed, posts the document's height to the parent page whenever it
/// changes, as `{"type":"pme-infographie:resize","embed":<id>,"height":<px>}`
/// (to any origin: a height is not secret). `assets/embed.js` on the host
/// page sizes the iframe it came from. Does nothing outside an iframe.
#[hook]
pub fn use_reported_height(mode: Mode) {
    use_effect_with(mode, |mode| {
        let embed = match mode {
            Mode::Page => None,
            Mode::Article => Some("article"),
            Mode::Chart(id) => Some(*id),
            Mode::Unknown => Some("inconnu"),
        };
        let observed = embed.and_then(|embed| {
            let window = web_sys::window()?;
            let parent = window.parent().ok().flatten()?;
            if parent == window {
                return None;
            }
            // The body's height follows the content; the root's never goes
            // below the iframe's own height, so it could not shrink.
            let body: web_sys::Element = window.document()?.body()?.into();
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
            let observer = ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
            observer.observe(&body);
            Some((observer, callback))
        });
        move || {
            if let Some((observer, _callback)) = observed {
                observer.disconnect();
            }
        }
    });
}
