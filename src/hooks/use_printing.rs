use gloo_events::EventListener;
use std::rc::Rc;
use yew::prelude::*;

/// Where the page stands with printing: how many times it entered or left
/// it (`beforeprint`, `afterprint`), and whether it is printing now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Printing {
    /// Number of `beforeprint` and `afterprint` events so far.
    pub changes: u32,
    /// Between `beforeprint` and `afterprint`.
    pub active: bool,
}

impl Reducible for Printing {
    /// Whether printing starts (`true`) or ends.
    type Action = bool;

    fn reduce(self: Rc<Self>, active: bool) -> Rc<Self> {
        Rc::new(Printing {
            changes: self.changes.wrapping_add(1),
            active,
        })
    }
}

/// Follows the browser's printing (a print dialog, « Enregistrer en PDF »):
/// the app shows each chart at its final state on paper.
#[hook]
pub fn use_printing() -> Printing {
    let printing = use_reducer_eq(Printing::default);
    {
        let dispatcher = printing.dispatcher();
        use_effect_with((), move |_| {
            let listeners = web_sys::window().map(|window| {
                let on = |active: bool| {
                    let dispatcher = dispatcher.clone();
                    move |_: &web_sys::Event| dispatcher.dispatch(active)
                };
                [
                    EventListener::new(&window, "beforeprint", on(true)),
                    EventListener::new(&window, "afterprint", on(false)),
                ]
            });
            move || drop(listeners)
        });
    }
    *printing
}
