//! The application root: the page, the whole article, or one embedded chart,
//! as the URL asks ([`EmbedConfig`]), which every component can read from context.

use crate::charts::{self, CHART_IDS};
use crate::content::{article, view::ArticleView};
use crate::embed::{EmbedConfig, Mode};
use crate::islands::{Island, IslandSlot};
use yew::prelude::*;

/// Properties of [`App`].
#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// What the URL asks for (the full page by default, as prerendered).
    #[prop_or_default]
    pub config: EmbedConfig,
}

/// The whole page, as prerendered at build time (its islands then hydrated in
/// the browser: [`crate::islands`]),
/// or, in an embed, only what was asked for.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let config = props.config.clone();
    crate::hooks::use_reported_height(config.mode.clone());
    let body = match &config.mode {
        Mode::Page => html! {
            <>
                <header class="pme-chrome">
                    <p class="pme-chrome__name">{ "Infographie interactive" }</p>
                    <IslandSlot island={Island::EmbedArticle} />
                </header>
                <ArticleView article={article()} />
            </>
        },
        Mode::Article => html! { <ArticleView article={article()} /> },
        Mode::Chart(id) => html! {
            <>
                // The embed is a part of the article: say which, for the
                // document outline (the figure's own title follows).
                <h1 class="pme-visually-hidden">{ article().title.as_ref() }</h1>
                { charts::chart(id).unwrap_or_default() }
                <p class="pme-credit">
                    <a href="./" target="_blank" rel="noopener">
                        { "Lire l’article «\u{a0}PME et Réseaux Sociaux\u{a0}» et voir tous ses graphiques" }
                    </a>
                </p>
            </>
        },
        Mode::Unknown => unknown_embed(),
    };
    let classes = classes!(
        "pme-page",
        config.is_embed().then_some("pme-page--embed"),
        (!config.controls).then_some("pme-page--static"),
    );
    html! {
        <ContextProvider<EmbedConfig> context={config}>
            <main class={classes}>{ body }</main>
        </ContextProvider<EmbedConfig>>
    }
}

/// The polite message for an `embed=` id that is no chart. It lists the valid
/// ids and never repeats what was asked.
fn unknown_embed() -> Html {
    let ids = CHART_IDS.join(", ");
    html! {
        <section class="pme-embed-error" role="alert">
            <h1>{ "Graphique introuvable" }</h1>
            <p>
                { format!("Ce lien d’intégration demande un graphique qui n’existe pas. Identifiants valides\u{a0}: {ids}, ou «\u{a0}article\u{a0}» pour l’article entier.") }
            </p>
            <p><a href="./" target="_blank" rel="noopener">{ "Lire l’article «\u{a0}PME et Réseaux Sociaux\u{a0}»" }</a></p>
        </section>
    }
}
