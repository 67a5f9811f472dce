use crate::charts::scene::Size;
use crate::data::decimal::{parse_decimal, write_decimal};
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
                let remeasure = {
                    let element = element.clone();
                    move || size.set(stage_size(&element, 1.0))
                };
                remeasure();
                let callback = Closure::<dyn FnMut()>::new(remeasure);
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
/// per CSS px (2 for paper: finer than most screens), laid out for the
/// page's text size. `None` while it has no size.
pub fn stage_size(element: &Element, least: f64) -> Option<Size> {
    let (width, height) = (element.client_width(), element.client_height());
    if width <= 0 || height <= 0 {
        return None;
    }
    let window = web_sys::window()?;
    let size = Size::from_css(
        f64::from(width),
        f64::from(height),
        window.device_pixel_ratio().max(least),
    );
    // Zoomed no further than the narrowest stage the layouts are made for:
    // on a phone, labels a little larger, not a chart that overflows. A
    // stage already narrower than that (the page's own margins grow with
    // the text) is not zoomed at all.
    let zoom = text_zoom(&window).min(f64::from(width) / NARROWEST_STAGE);
    Some(size.with_text_zoom(zoom.max(1.0)))
}

/// The width of a stage in a 320 px window, CSS px: the narrowest the
/// charts' layouts are drawn and tested for.
const NARROWEST_STAGE: f64 = 294.0;

/// How much larger than the usual 16 px the page's root text is, from 1 to
/// 3: a reader who set a larger default font size, or whose style sheet
/// enlarges the root's, gets the charts' labels enlarged alike, as browser
/// zoom enlarges both. The stylesheet's `rem`, and so the figures' stages,
/// follow the root's size too.
fn text_zoom(window: &web_sys::Window) -> f64 {
    let root = window.document().and_then(|d| d.document_element());
    let computed = root.and_then(|root| window.get_computed_style(&root).ok().flatten());
    let px = computed
        .and_then(|style| style.get_property_value("font-size").ok())
        .and_then(|size| parse_decimal(size.strip_suffix("px")?));
    px.map_or(1.0, |px| (px / 16.0).clamp(1.0, 3.0))
}
