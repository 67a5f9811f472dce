use crate::charts::scene::Size;
use crate::data::decimal::write_decimal;
use gloo_events::EventListener;
use wasm_bindgen::prelude::*;
use web_sys::{Element, ResizeObserver};
use yew::prelude::*;

/// The displayed size of the element behind `node`, in device pixels, kept up
/// to date by a `ResizeObserver`. `None` until it is laid out with a non-zero size.
///
/// CSS decides the displayed size (`width: 100%` and an aspect ratio), so the
/// page never shifts; the canvas backing store then follows this size.
#[hook]
pub fn use_canvas_size(node: NodeRef) -> Option<Size> {
    let size = use_state_eq(|| None::<Size>);
    // A new pixel ratio with the same CSS size (the window moved to a denser
    // screen, the page zoomed while the figure stays at its widest) resizes
    // nothing: each change of ratio is counted, and the size measured again.
    let ratio_changes = use_state_eq(|| 0_u32);
    {
        let size = size.clone();
        use_effect_with((node, *ratio_changes), move |(node, _)| {
            let observed = node.cast::<Element>().and_then(|element| {
                let measure = {
                    let element = element.clone();
                    move || size.set(measure(&element, 1.0))
                };
                measure();
                let callback = Closure::<dyn FnMut()>::new(measure);
                let observer = ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
                observer.observe(&element);
                Some((observer, callback))
            });
            move || {
                if let Some((observer, _callback)) = observed {
                    observer.disconnect();
                }
            }
        });
    }
    {
        let ratio_changes = ratio_changes.clone();
        use_effect_with(*ratio_changes, move |&changes| {
            let listener = ratio_query().map(|query| {
                EventListener::new(&query, "change", move |_| ratio_changes.set(changes + 1))
            });
            move || drop(listener)
        });
    }
    *size
}

/// A media query that stops matching when the pixel ratio leaves its current
/// value (a range around it: the ratio is not always a short decimal).
fn ratio_query() -> Option<web_sys::MediaQueryList> {
    let window = web_sys::window()?;
    let ratio = window.device_pixel_ratio();
    let query = format!(
        "(min-resolution: {}dppx) and (max-resolution: {}dppx)",
        write_decimal(ratio - 0.001, 3),
        write_decimal(ratio + 0.001, 3)
    );
    window.match_media(&query).ok().flatten()
}

/// The displayed size of `element` in device pixels, at `least` device px
/// per CSS px (2 for paper: finer than most screens). `None` while it has
/// no size.
pub fn measure(element: &Element, least: f64) -> Option<Size> {
    let (width, height) = (element.client_width(), element.client_height());
    if width <= 0 || height <= 0 {
        return None;
    }
    let ratio = web_sys::window().map_or(1.0, |w| w.device_pixel_ratio());
    Some(Size::from_css(
        f64::from(width),
        f64::from(height),
        ratio.max(least),
    ))
}
