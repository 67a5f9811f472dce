//! Starting the app in the browser: panic reporting, then hydration.

use crate::app::{App, AppProps};
use crate::embed::location::query_pairs;
use crate::embed::EmbedConfig;
use crate::MOUNT_ID;

/// The message shown when the app fails. The article itself stays in place.
pub const FAILURE_MESSAGE: &str = "Les graphiques interactifs ont rencontré un problème et sont \
     désactivés. L’article reste entièrement lisible, et chaque chiffre est rappelé dans son encadré.";

/// Installs the panic hook, reads what the URL asks for, then hydrates the
/// prerendered page — or, when the URL asks for something else (an embed, a
/// shared exploration), renders that in its place.
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
    let hydrate = root.child_element_count() > 0 && config.matches_prerender();
    let renderer = yew::Renderer::<App>::with_root_and_props(root.clone(), AppProps { config });
    if hydrate {
        renderer.hydrate();
    } else {
        root.set_inner_html("");
        renderer.render();
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
