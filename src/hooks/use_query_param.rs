use wasm_bindgen::JsValue;
use yew::prelude::*;

/// Mirrors `value` into the page address's `key` parameter (removing it when
/// `None`) each time it changes after the first render, with
/// `history.replaceState`: a copied link reproduces what the reader sees,
/// without filling the history with every step of an exploration.
#[hook]
pub fn use_query_param(key: &'static str, value: Option<String>) {
    let first = use_mut_ref(|| true);
    use_effect_with(value, move |value| {
        if !std::mem::replace(&mut *first.borrow_mut(), false) {
            set_query_param(key, value.as_deref());
        }
    });
}

fn set_query_param(key: &str, value: Option<&str>) -> Option<()> {
    let window = web_sys::window()?;
    let url = web_sys::Url::new(&window.location().href().ok()?).ok()?;
    let params = url.search_params();
    match value {
        Some(value) => params.set(key, value),
        None => params.delete(key),
    }
    window
        .history()
        .ok()?
        .replace_state_with_url(&JsValue::NULL, "", Some(&url.href()))
        .ok()
}
