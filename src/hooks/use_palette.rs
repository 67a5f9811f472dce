use crate::charts::palette::Palette;
use gloo_events::EventListener;
use yew::prelude::*;

/// The chart palette read from the CSS custom properties that apply to the
/// element behind `node`, re-read when the system colour scheme, forced
/// colours (a contrast theme) or the contrast asked for change.
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
            let listeners: Vec<EventListener> = [
                "(prefers-color-scheme: dark)",
                "(forced-colors: active)",
                "(prefers-contrast: more)",
            ]
            .into_iter()
            .filter_map(|media| window.as_ref()?.match_media(media).ok().flatten())
            .map(|query| {
                let read = read.clone();
                EventListener::new(&query, "change", move |_| read())
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
