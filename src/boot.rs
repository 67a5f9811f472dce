//! Starting the app in the browser: panic reporting, then hydration.

use crate::app::{App, AppProps};
use crate::embed::location::query_pairs;
use crate::embed::EmbedConfig;
use crate::islands::{Island, IslandRoot, IslandRootProps, ISLAND_ATTRIBUTE};
use crate::MOUNT_ID;
use gloo_timers::callback::Timeout;
use wasm_bindgen::JsCast;
use web_sys::Element;

/// The message shown when the app fails. The article itself stays in place.
pub const FAILURE_MESSAGE: &str = "Les graphiques interactifs ont rencontré un problème et sont \
     désactivés. L’article reste entièrement lisible, et chaque chiffre est rappelé dans son encadré.";

/// Installs the panic hook, reads what the URL asks for, then hydrates the
/// prerendered page's islands — or, when the URL asks for something else (an
/// embed, a shared exploration), renders that in its place.
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("pme-infographie : {info}").into());
        show_failure_notice();
    }));
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

/// Puts the page in its failed state: CSS hides the (possibly half-drawn)
/// canvases so each figure's plain-text statement shows, and a polite notice
/// is inserted once, before the app. Only text nodes are created.
pub fn show_failure_notice() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(html) = document.document_element() {
        let _ = html.class_list().add_1("pme-failed");
    }
    if document.get_element_by_id("pme-failure").is_some() {
        return;
    }
    let (Some(root), Ok(notice)) = (
        document.get_element_by_id(MOUNT_ID),
        document.create_element("p"),
    ) else {
        return;
    };
    notice.set_id("pme-failure");
    notice.set_class_name("pme-failure");
    let _ = notice.set_attribute("role", "status");
    notice.set_text_content(Some(FAILURE_MESSAGE));
    let _ = root.before_with_node_1(&notice);
}
