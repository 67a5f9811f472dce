//! Starting the app in the browser: the prerendered page's islands come to
//! life, those the URL shows.
//!
//! A panic ends in a Wasm trap (release builds abort at once, see
//! `scripts/setup.sh`): `assets/boot.js` sees it reach the window and puts the
//! page in its failed state, the article kept, with a polite notice.

use crate::embed::location::query_pairs;
use crate::embed::EmbedConfig;
use crate::islands::{Island, IslandRoot, IslandRootProps, ISLAND_ATTRIBUTE};
use crate::MOUNT_ID;
use gloo_timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, FocusOptions, HtmlElement};
use yew::Callback;

/// Reads what the URL asks for and starts each island it shows. Embeds are
/// the same page, which CSS shows in part (`assets/boot.js` sets it before
/// the first paint).
pub fn start() {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(MOUNT_ID))
    else {
        return;
    };
    let config = EmbedConfig::from_pairs(query_pairs());
    start_islands(&root, &config);
}

/// Starts each island under `root` that `config` shows, in page order, one
/// after the other, each in a task of its own once the one before has
/// rendered: the browser can paint and answer input between them. (Started
/// all at once, they would share one long task of Yew's scheduler.)
fn start_islands(root: &Element, config: &EmbedConfig) {
    let Ok(roots) = root.query_selector_all(&format!("[{ISLAND_ATTRIBUTE}]")) else {
        return;
    };
    let mut islands: Vec<(Element, Island)> = (0..roots.length())
        .filter_map(|i| roots.item(i)?.dyn_into::<Element>().ok())
        .filter_map(|element| {
            let island = Island::named(&element.get_attribute(ISLAND_ATTRIBUTE)?)?;
            island.shown_in(&config.mode).then_some((element, island))
        })
        .collect();
    // Last first, so that `pop` gives them in page order.
    islands.reverse();
    start_next(Rc::new(RefCell::new(islands)), config.clone());
}

/// Starts the next island of `queue` in a new task, rendered anew in place
/// of its prerendered HTML (Yew's hydration would cost 4.3 KB of brotli,
/// see `Cargo.toml`). The two are the same markup for the default state
/// (`tests/page.rs`), and Yew renders in a microtask of this task, so the
/// browser never paints the island missing. A chart's state shared in the
/// URL (`relais=2`) is simply rendered. The reader's focus, if it was in
/// the island, goes back to the same element of the new one.
fn start_next(queue: Rc<RefCell<Vec<(Element, Island)>>>, config: EmbedConfig) {
    Timeout::new(0, move || {
        let Some((element, island)) = queue.borrow_mut().pop() else {
            // Queued behind the last island's first draw, which its
            // render queued before this task ran.
            Timeout::new(0, mark_islands_started).forget();
            return;
        };
        let focused = focused_index(&element);
        let root = element.clone();
        let props = IslandRootProps {
            island,
            config: config.clone(),
            onready: Callback::from(move |()| {
                if let Some(index) = focused {
                    refocus(&root, index);
                }
                start_next(queue.clone(), config.clone());
            }),
        };
        element.set_inner_html("");
        yew::Renderer::<IslandRoot>::with_root_and_props(element, props).render();
    })
    .forget();
}

/// Set on `<html>` once every island has started: from then on the browser
/// lays the whole page out (`assets/styles.css`, « First paint »), in one
/// go, now that the charts are drawn.
const STARTED_ATTRIBUTE: &str = "data-islands-started";

/// Marks the page as started, see [`STARTED_ATTRIBUTE`].
fn mark_islands_started() {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute(STARTED_ATTRIBUTE, "");
    }
}

/// The position, in document order among `root`'s descendants, of the
/// element that has focus, if it is one of them.
fn focused_index(root: &Element) -> Option<u32> {
    let active = web_sys::window()?.document()?.active_element()?;
    let all = root.query_selector_all("*").ok()?;
    (0..all.length()).find(|&i| all.item(i).as_ref() == Some(active.as_ref()))
}

/// Focuses the descendant of `root` at `index` in document order, without
/// scrolling: the reader may have scrolled away since.
fn refocus(root: &Element, index: u32) {
    let element = root
        .query_selector_all("*")
        .ok()
        .and_then(|all| all.item(index))
        .and_then(|node| node.dyn_into::<HtmlElement>().ok());
    if let Some(element) = element {
        let options = FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = element.focus_with_options(&options);
    }
}
