//! Starting the app in the browser: the prerendered page's islands come to
//! life, those the URL shows.
//!
//! A panic ends in a Wasm trap (release builds abort at once, see
//! `scripts/setup.sh`): `assets/boot.js` sees it reach the window and puts the
//! page in its failed state, the article kept, with a polite notice.

use crate::embed::height_report::report_height;
use crate::embed::location::query_pairs;
use crate::embed::EmbedConfig;
use crate::islands::{Island, IslandRoot, IslandRootProps, ISLAND_ATTRIBUTE};
use crate::MOUNT_ID;
use gloo_timers::callback::Timeout;
use wasm_bindgen::JsCast;
use web_sys::Element;

/// Reads what the URL asks for and starts each island it shows: hydrated
/// from the prerendered page, or, for a shared exploration (a chart's state
/// in the URL), rendered anew in its place. Embeds are the same page, which
/// CSS shows in part (`assets/boot.js` sets it before the first paint).
pub fn start() {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(MOUNT_ID))
    else {
        return;
    };
    let config = EmbedConfig::from_pairs(query_pairs());
    report_height(&config.mode);
    start_islands(&root, &config);
}

/// Starts each island under `root` that `config` shows, in page order, each
/// in a task of its own: the browser can paint and answer input between them.
fn start_islands(root: &Element, config: &EmbedConfig) {
    let Ok(roots) = root.query_selector_all(&format!("[{ISLAND_ATTRIBUTE}]")) else {
        return;
    };
    let hydrate = !config.shares_chart_state();
    for i in 0..roots.length() {
        let Some(element) = roots.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
            continue;
        };
        let Some(island) = element
            .get_attribute(ISLAND_ATTRIBUTE)
            .and_then(|name| Island::named(&name))
            .filter(|island| island.shown_in(&config.mode))
        else {
            continue;
        };
        let props = IslandRootProps {
            island,
            config: config.clone(),
        };
        Timeout::new(0, move || {
            let renderer = yew::Renderer::<IslandRoot>::with_root_and_props(element.clone(), props);
            if hydrate {
                renderer.hydrate();
            } else {
                element.set_inner_html("");
                renderer.render();
            }
        })
        .forget();
    }
}
