//! Starting the app in the browser: hydration, or a render of what the URL
//! asks for.
//!
//! A panic ends in a Wasm trap (release builds abort at once, see
//! `scripts/setup.sh`): `assets/boot.js` sees it reach the window and puts the
//! page in its failed state, the article kept, with a polite notice.

use crate::app::{App, AppProps};
use crate::embed::location::query_pairs;
use crate::embed::EmbedConfig;
use crate::islands::{Island, IslandRoot, IslandRootProps, ISLAND_ATTRIBUTE};
use crate::MOUNT_ID;
use gloo_timers::callback::Timeout;
use wasm_bindgen::JsCast;
use web_sys::Element;

/// Reads what the URL asks for, then hydrates the prerendered page's islands
/// — or, when the URL asks for something else (an embed, a shared
/// exploration), renders that in its place.
pub fn start() {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(MOUNT_ID))
    else {
        return;
    };
    let config = EmbedConfig::from_pairs(query_pairs());
    if root.child_element_count() > 0 && config.matches_prerender() {
        hydrate_islands(&root, &config);
    } else {
        root.set_inner_html("");
        yew::Renderer::<App>::with_root_and_props(root, AppProps { config }).render();
    }
}

/// Hydrates each island under `root`, in page order, each in a task of its
/// own: the browser can paint and answer input between them.
fn hydrate_islands(root: &Element, config: &EmbedConfig) {
    let Ok(roots) = root.query_selector_all(&format!("[{ISLAND_ATTRIBUTE}]")) else {
        return;
    };
    for i in 0..roots.length() {
        let Some(element) = roots.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
            continue;
        };
        let Some(island) = element
            .get_attribute(ISLAND_ATTRIBUTE)
            .and_then(|name| Island::named(&name))
        else {
            continue;
        };
        let props = IslandRootProps {
            island,
            config: config.clone(),
        };
        Timeout::new(0, move || {
            yew::Renderer::<IslandRoot>::with_root_and_props(element, props).hydrate();
        })
        .forget();
    }
}
