//! Starting the app in the browser: the prerendered page's islands come to
//! life, those the URL shows.
//!
//! A panic ends in a Wasm trap (release builds abort at once, see
//! `scripts/setup.sh`): `assets/boot.js` sees it reach the window and puts the
//! page in its failed state, the article kept, with a polite notice.

use crate::data::decimal::Whole;
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
    crate::hooks::reload_on_foreign_query();
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
/// (`tests/page.rs`) but for what makes a chart operable, which comes with
/// the app ([`crate::LIVE`]); and Yew renders in a microtask of this
/// task, so the browser never paints the island missing. A chart's state
/// shared in the URL (`relais=2`) is simply rendered. The reader's focus,
/// if it was in the island, goes back to the same element of the new one,
/// and what the reader sees stays in place ([`ViewAnchor`]). An island
/// the reader's pointer is pressed in waits for its release.
fn start_next(queue: Rc<RefCell<Vec<(Element, Island)>>>, config: EmbedConfig) {
    Timeout::new(0, move || {
        let held = queue
            .borrow()
            .last()
            .is_some_and(|(element, _)| pressed(element));
        if held {
            // Rendered anew under the reader's pointer, the server's slider
            // would take their drag with it: the island waits for the release.
            Timeout::new(PRESS_POLL_MS, move || start_next(queue, config)).forget();
            return;
        }
        let Some((element, island)) = queue.borrow_mut().pop() else {
            // Queued behind the last island's first draw, which its
            // render queued before this task ran.
            Timeout::new(0, mark_islands_started).forget();
            return;
        };
        let focused = focused_index(&element);
        let view = ViewAnchor::hold();
        // Only if the reader has scrolled: reading a height lays the page out.
        let height = view
            .as_ref()
            .and_then(|_| content(&element))
            .map(|old| old.offset_height());
        let root = element.clone();
        let props = IslandRootProps {
            island,
            config: config.clone(),
            onready: Callback::from(move |()| {
                // Skipped off screen, the new figure would count an
                // estimated height where the old one had its own (a
                // skipped block keeps the height it was last seen at). The
                // property sizes the content box: its padding and border
                // come on top, a few rem that ViewAnchor makes up for.
                if let (Some(height), Some(new)) = (height, content(&root)) {
                    let size = format!("auto {}px", Whole(height.into()));
                    let _ = new.style().set_property("contain-intrinsic-size", &size);
                }
                if let Some(view) = &view {
                    view.restore();
                }
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

/// How often an island held by the reader's pointer checks whether it is
/// released, ms.
const PRESS_POLL_MS: u32 = 50;

/// Whether the reader's pointer is pressed in `island`, as `assets/boot.js`
/// marks it from the first pointer event, before the app has arrived.
fn pressed(island: &Element) -> bool {
    island.has_attribute("data-pressed")
}

/// Set on `<html>` once every island has started: from then on the browser
/// lays the whole page out (`assets/styles.css`, « First paint »), in one
/// go, now that the charts are drawn.
const STARTED_ATTRIBUTE: &str = "data-islands-started";

/// Marks the page as started, see [`STARTED_ATTRIBUTE`], keeping in place
/// what the reader sees ([`ViewAnchor`]).
fn mark_islands_started() {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    let view = ViewAnchor::hold();
    let _ = root.set_attribute(STARTED_ATTRIBUTE, "");
    if let Some(view) = view {
        view.restore();
    }
}

/// The first block of the article on screen and where it was, to put it
/// back there after a change above it. Blocks off screen are skipped until
/// the islands have started (`assets/styles.css`, « First paint »), and
/// reckoned at an estimated height, as a figure is again when its island
/// renders it anew; the browser's own scroll anchoring does not hold the
/// view when its anchor was in an island rendered anew. Without this, a
/// reader who scrolled down before the charts started would find the text
/// moved under their eyes, and a link to `?relais=3#amis` would move the
/// chart (its explanation longer than the prerendered one's) off the top.
/// An island stands for its block by its content, old then new.
struct ViewAnchor {
    block: Element,
    seen_at: f64,
}

impl ViewAnchor {
    /// The first block whose bottom is below the screen's top edge; none at
    /// the top of the page, which nothing above the screen can move (and
    /// measuring would lay the page out at each island's start).
    fn hold() -> Option<ViewAnchor> {
        let window = web_sys::window()?;
        if window.scroll_y().ok()? <= 0.0 {
            return None;
        }
        let blocks = window
            .document()?
            .query_selector_all(".pme-article__body > *")
            .ok()?;
        (0..blocks.length())
            .filter_map(|i| blocks.item(i)?.dyn_into::<Element>().ok())
            .find_map(|block| {
                let rect = Self::measured(&block)?.get_bounding_client_rect();
                (rect.bottom() > 0.0).then(|| ViewAnchor {
                    block,
                    seen_at: rect.top(),
                })
            })
    }

    /// What stands for `block` on screen: its island's content (the figure
    /// now there, old or new), as an island's root has no box.
    fn measured(block: &Element) -> Option<Element> {
        if block.has_attribute(ISLAND_ATTRIBUTE) {
            block.first_element_child()
        } else {
            Some(block.clone())
        }
    }

    /// Scrolls so that the block is where it was, before any paint.
    fn restore(&self) {
        let Some(window) = web_sys::window() else {
            return;
        };
        // Absolute, from the layout as it is now: right whether or not the
        // browser has moved the view itself.
        let Some(now_at) = Self::measured(&self.block).map(|e| e.get_bounding_client_rect().top())
        else {
            return;
        };
        if now_at != self.seen_at {
            let y = window.scroll_y().unwrap_or(0.0) + now_at - self.seen_at;
            window.scroll_to_with_x_and_y(window.scroll_x().unwrap_or(0.0), y);
        }
    }
}

/// An island's content: its root has no box of its own (`display: contents`).
fn content(island: &Element) -> Option<HtmlElement> {
    island.first_element_child()?.dyn_into().ok()
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
