//! The application root: the whole page, as prerendered at build time (its
//! islands then run in the browser: [`crate::islands`]). Embeds are this same
//! page shown in part: `assets/boot.js` reads the URL before the first paint
//! and the stylesheet hides all but what the embed asks for.

use crate::charts::ChartId;
use crate::content::{article, view::ArticleView};
use crate::islands::{Island, IslandSlot};
use yew::prelude::*;

/// The page: its chrome and the article; and, hidden but for the embeds that
/// show them, the credit under an embedded chart and the message for an
/// embed id that is no chart.
#[function_component(App)]
pub fn app() -> Html {
    // Quoted in « », the article's title is whole, as on the page.
    let read = format!("Lire l’article «\u{a0}{}\u{a0}»", article().title);
    html! {
        <main class="pme-page">
            <header class="pme-chrome">
                <p class="pme-chrome__name">{ "Infographie interactive" }</p>
                <IslandSlot island={Island::EmbedArticle} />
            </header>
            <ArticleView article={article()} />
            <p class="pme-credit" hidden=true>
                <a href="./" target="_blank" rel="noopener">
                    { format!("{read} et voir tous ses graphiques") }
                </a>
            </p>
            { unknown_embed(read) }
        </main>
    }
}

/// The polite message for an `embed=` id that is no chart. It lists the valid
/// ids and never repeats what was asked; `read` links to the article.
fn unknown_embed(read: String) -> Html {
    let ids = ChartId::ALL.map(ChartId::id).join(", ");
    html! {
        <section class="pme-embed-error" role="alert" hidden=true>
            <h1>{ "Graphique introuvable" }</h1>
            <p>
                { format!("Ce lien d’intégration demande un graphique qui n’existe pas. Identifiants valides\u{a0}: {ids}, ou «\u{a0}article\u{a0}» pour l’article entier.") }
            </p>
            <p><a href="./" target="_blank" rel="noopener">{ read }</a></p>
        </section>
    }
}
