//! Build-time rendering of the app to HTML (native only), so the served page
//! holds the whole article before any Wasm runs.

use crate::app::App;
use crate::MOUNT_ID;
use futures::executor::block_on;
use yew::LocalServerRenderer;

/// The page as static HTML, without Yew's hydration markers: the browser
/// renders each island anew in its root element (see [`crate::islands`]).
pub fn render_app() -> String {
    block_on(LocalServerRenderer::<App>::new().hydratable(false).render())
}

/// `page` with `app_html` put inside its empty mount element
/// (`<div id="pme-app"></div>`, or `<div id=pme-app></div>` as Trunk's
/// release minifier writes it). Fails, saying why, unless there is exactly
/// one such element, so a changed `index.html` never ships an empty page.
pub fn inject(page: &str, app_html: &str) -> Result<String, String> {
    let forms = [
        format!(r#"<div id="{MOUNT_ID}"></div>"#),
        format!("<div id={MOUNT_ID}></div>"),
    ];
    let count: usize = forms.iter().map(|f| page.matches(f.as_str()).count()).sum();
    match (count, forms.iter().find(|f| page.contains(f.as_str()))) {
        (1, Some(empty)) => Ok(page.replacen(
            empty.as_str(),
            &format!(r#"<div id="{MOUNT_ID}">{app_html}</div>"#),
            1,
        )),
        (0, _) => Err(format!("no empty mount element {} in the page", forms[0])),
        (n, _) => Err(format!(
            "{n} mount elements {} in the page; expected one",
            forms[0]
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn injects_into_the_one_empty_mount_element() {
        let page = r#"<body><div id="pme-app"></div></body>"#;
        assert_eq!(
            inject(page, "<main>x</main>").unwrap(),
            r#"<body><div id="pme-app"><main>x</main></div></body>"#
        );
        // Trunk's release minifier drops the quotes.
        assert_eq!(
            inject("<body><div id=pme-app></div></body>", "<main>x</main>").unwrap(),
            r#"<body><div id="pme-app"><main>x</main></div></body>"#
        );
    }

    #[test]
    fn refuses_pages_without_exactly_one_mount_element() {
        assert!(inject("<body></body>", "x")
            .unwrap_err()
            .contains("no empty mount"));
        let twice = r#"<div id="pme-app"></div><div id="pme-app"></div>"#;
        assert!(inject(twice, "x").unwrap_err().contains("2 mount"));
        let both = r#"<div id="pme-app"></div><div id=pme-app></div>"#;
        assert!(inject(both, "x").unwrap_err().contains("2 mount"));
    }
}
