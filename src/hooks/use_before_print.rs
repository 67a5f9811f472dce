//! Work that must be done before the page is laid out for paper.

use gloo_events::EventListener;
use yew::prelude::*;

/// Emits `onprint` in each of the window's `beforeprint` events while the
/// component is mounted. What it renders lands before the printout is laid
/// out: the browser runs Yew's render (a microtask) as the event returns.
#[hook]
pub fn use_before_print(onprint: Callback<()>) {
    use_effect_with((), move |_| {
        let listener = web_sys::window()
            .map(|window| EventListener::new(&window, "beforeprint", move |_| onprint.emit(())));
        move || drop(listener)
    });
}
