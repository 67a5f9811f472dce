use crate::charts::palette::Palette;
use gloo_events::EventListener;
use yew::prelude::*;

/// The chart palette read from the CSS custom properties that apply to the
/// element behind `node`, re-read when the system colour scheme or forced
/// colours (a contrast theme) change, and as printing begins and ends
/// (paper is light: boot.js marks the page).
#[hook]
pub fn use_palette(node: NodeRef) -> Palette {
    let palette = use_state_eq(|| Palette::LIGHT);
    {
        let palette = palette.clone();
        use_effect_with(node, move |node| {
            let node = node.clone();
            let read = move || {
                if let Some(p) = read_palette(&node) {
                    palette.set(p);
                }
            };
            read();
            let window = web_sys::window();
            let queries = ["(prefers-color-scheme: dark)", "(forced-colors: active)"]
                .into_iter()
                .filter_map(|media| window.as_ref()?.match_media(media).ok().flatten())
                .map(|query| (web_sys::EventTarget::from(query), "change"));
            let printing = window.iter().flat_map(|window| {
                ["beforeprint", "afterprint"].map(|event| (window.clone().into(), event))
            });
            let listeners: Vec<EventListener> = queries
                .chain(printing)
                .map(|(target, event)| {
                    let read = read.clone();
                    EventListener::new(&target, event, move |_| read())
                })
                .collect();
            move || drop(listeners)
        });
    }
    *palette
}

fn read_palette(node: &NodeRef) -> Option<Palette> {
    palette_of(&node.cast::<web_sys::Element>()?)
}

/// The chart palette from the CSS custom properties that apply to `element`,
/// read once (for one-off drawings such as exports).
pub fn palette_of(element: &web_sys::Element) -> Option<Palette> {
    let style = web_sys::window()?.get_computed_style(element).ok()??;
    Some(Palette::LIGHT.with_lookup(|property| style.get_property_value(property).ok()))
}
