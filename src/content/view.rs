//! The article rendered to Html, block by block, with charts in their slots.

use super::model::{Article, Block};
use crate::islands::{Island, IslandSlot};
use yew::prelude::*;

/// Properties of [`ArticleView`].
#[derive(Properties, PartialEq)]
pub struct ArticleViewProps {
    /// The article to render.
    pub article: &'static Article,
}

/// The whole article: header, body with its charts, sources and author box.
#[function_component(ArticleView)]
pub fn article_view(props: &ArticleViewProps) -> Html {
    let article = props.article;
    let author = &article.author;
    html! {
        <article class="pme-article">
            <header class="pme-article__header">
                <p class="pme-kicker">{ article.kicker.as_ref() }</p>
                <h1 class="pme-title">{ article.title.as_ref() }</h1>
                <p class="pme-lede">{ article.lede.as_ref() }</p>
                <p class="pme-byline">{ "Par " }<span class="pme-byline__name">{ author.name.as_ref() }</span></p>
            </header>
            <div class="pme-article__body">
                { for article.blocks.iter().map(block) }
            </div>
            <footer class="pme-article__footer">
                <p class="pme-sources">
                    <strong>{ "Sources\u{a0}:" }</strong>{ " " }{ article.sources.as_ref() }
                </p>
                <aside class="pme-author" aria-label="À propos de l’autrice">
                    // No monogram: on a page about social networks, « FB »
                    // on the accent's disc read as a Facebook badge.
                    <p class="pme-author__name">{ author.name.as_ref() }</p>
                    <p class="pme-author__bio">{ author.bio.as_ref() }</p>
                </aside>
            </footer>
        </article>
    }
}

fn block(block: &'static Block) -> Html {
    match block {
        Block::Paragraph(text) => html! { <p>{ text.as_ref() }</p> },
        Block::Heading(text) => html! { <h2 class="pme-heading">{ text.as_ref() }</h2> },
        Block::List(items) => html! {
            <ul class="pme-list">{ for items.iter().map(|item| html! { <li>{ item.as_ref() }</li> }) }</ul>
        },
        Block::MissingImage(caption) => html! {
            <figure class="pme-missing">
                <div class="pme-missing__frame" aria-hidden="true">{ "Image non disponible" }</div>
                <figcaption class="pme-missing__caption">
                    <span class="pme-missing__text">{ caption.as_ref() }</span>
                    <span class="pme-missing__note">
                        { "Légende d’une image de l’article original. L’image n’a pas été conservée et \
                           le texte ne donne pas ses chiffres\u{a0}: aucun graphique n’en est tiré ici." }
                    </span>
                </figcaption>
            </figure>
        },
        Block::Chart(id) => match Island::named(id) {
            Some(island @ Island::Chart(_)) => html! { <IslandSlot {island} /> },
            _ => html! {
                <p class="pme-notice" role="note">
                    { format!("Le graphique «\u{a0}{id}\u{a0}» n’est pas disponible.") }
                </p>
            },
        },
    }
}
