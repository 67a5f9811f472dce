//! The application root: the page and its article.

use crate::content::{article, view::ArticleView};
use yew::prelude::*;

/// The whole page, as prerendered at build time and hydrated in the browser.
#[function_component(App)]
pub fn app() -> Html {
    html! {
        <main class="pme-page">
            <ArticleView article={article()} />
        </main>
    }
}
