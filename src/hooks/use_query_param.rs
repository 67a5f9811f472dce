use gloo_events::EventListener;
use std::cell::RefCell;
use wasm_bindgen::JsValue;
use yew::prelude::*;

thread_local! {
    /// The address's query as the charts show it: the page's at the start,
    /// then what they last wrote.
    static SHOWN: RefCell<String> = const { RefCell::new(String::new()) };
}

/// Mirrors `value` into the page address's `key` parameter (removing it when
/// `None`) from the first render on, with `history.replaceState` where the
/// address says otherwise: a copied link reproduces what the reader sees,
/// without filling the history with every step of an exploration. The
/// first render writes too, so that a value the chart could not use
/// (`relais=9`) leaves the address rather than being shared on.
#[hook]
pub fn use_query_param(key: &'static str, value: Option<String>) {
    use_effect_with(value, move |value| {
        set_query_param(key, value.as_deref());
    });
}

/// Back or forward to another entry of this page (after a jump to a chart,
/// say) may bring a query other than the one the charts show, since they
/// rewrote theirs in place: the page is then loaded again from it, and so
/// shows what its address says. Call once, as the page starts.
pub fn reload_on_foreign_query() {
    SHOWN.set(current_query());
    if let Some(window) = web_sys::window() {
        EventListener::new(&window, "popstate", move |_| {
            if SHOWN.with(|shown| *shown.borrow() != current_query()) {
                let _ = web_sys::window().map(|w| w.location().reload());
            }
        })
        .forget();
    }
}

fn current_query() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

fn set_query_param(key: &str, value: Option<&str>) -> Option<()> {
    let window = web_sys::window()?;
    let url = web_sys::Url::new(&window.location().href().ok()?).ok()?;
    let params = url.search_params();
    let before = url.search();
    match value {
        Some(value) => params.set(key, value),
        None => params.delete(key),
    }
    // An address that already says this is left alone: no history call
    // for each chart as the page starts.
    if url.search() == before {
        return Some(());
    }
    window
        .history()
        .ok()?
        .replace_state_with_url(&JsValue::NULL, "", Some(&url.href()))
        .ok()?;
    SHOWN.set(url.search());
    Some(())
}
