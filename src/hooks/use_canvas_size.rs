use crate::charts::scene::Size;
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
    {
        let size = size.clone();
        use_effect_with(node, move |node| {
            let observed = node.cast::<Element>().and_then(|element| {
                let measure = {
                    let element = element.clone();
                    move || size.set(measure(&element))
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
    *size
}

fn measure(element: &Element) -> Option<Size> {
    let (width, height) = (element.client_width(), element.client_height());
    if width <= 0 || height <= 0 {
        return None;
    }
    let ratio = web_sys::window().map_or(1.0, |w| w.device_pixel_ratio());
    Some(Size::from_css(
        f64::from(width),
        f64::from(height),
        ratio.max(1.0),
    ))
}
