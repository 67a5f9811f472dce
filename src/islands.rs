//! Islands: the parts of the page that run in the browser.
//!
//! The prerendered page is static HTML but for its interactive parts: the
//! header's « Intégrer » and each chart. Each is an island: prerendered in
//! its own root element (`data-island`), then rendered there anew in the
//! browser, as its own Yew app, in a task of its own once the one before
//! has rendered, so that no single task holds the page, and its input, for
//! all of them (`src/boot.rs`). The article text around them is never
//! rendered in the browser.
//! Embeds show parts of the same page (CSS hides the rest, `assets/boot.js`
//! saying which): only the islands they show run. Where the app is rendered
//! whole (the wasm-bindgen tests), islands render inline, as any component.

use crate::charts::{self, ChartId};
use crate::components::embed_dialog::EmbedDialog;
use crate::content::{article, BYLINE};
use crate::embed::{EmbedConfig, Mode};
use yew::prelude::*;

/// The attribute that marks an island's root element and names the island.
pub const ISLAND_ATTRIBUTE: &str = "data-island";

/// One interactive part of the page.
#[derive(Clone, Debug, PartialEq)]
pub enum Island {
    /// « Intégrer l’article », in the page's header.
    EmbedArticle,
    /// A chart.
    Chart(ChartId),
}

impl Island {
    /// Every island of the page, in reading order: « Intégrer », then each
    /// chart the article places that can be drawn (the article shows a
    /// notice for any other).
    pub fn all() -> Vec<Island> {
        let charts = article()
            .chart_ids()
            .filter_map(ChartId::from_id)
            .filter(|&id| charts::drawable(id))
            .map(Island::Chart);
        std::iter::once(Island::EmbedArticle)
            .chain(charts)
            .collect()
    }

    /// Its name, as [`ISLAND_ATTRIBUTE`] holds it.
    pub fn name(&self) -> &'static str {
        match self {
            Island::EmbedArticle => "integrer",
            Island::Chart(id) => id.id(),
        }
    }

    /// The island named `name` in the page, if there is one. Found without
    /// the article (which [`Island::all`] reads), so that the article's text
    /// stays out of the Wasm: the prerendered page already holds it.
    pub fn named(name: &str) -> Option<Island> {
        if name == Island::EmbedArticle.name() {
            return Some(Island::EmbedArticle);
        }
        ChartId::from_id(name)
            .filter(|&id| charts::drawable(id))
            .map(Island::Chart)
    }

    /// Whether the page shows this island in `mode`: an embed of the article
    /// has no page chrome, and an embed of a chart shows that chart alone.
    pub fn shown_in(&self, mode: &Mode) -> bool {
        match (mode, self) {
            (Mode::Page, _) => true,
            (Mode::Article, island) => island != &Island::EmbedArticle,
            (Mode::Chart(id), Island::Chart(chart)) => id == chart,
            (Mode::Chart(_) | Mode::Unknown, _) => false,
        }
    }

    fn content(&self) -> Html {
        match self {
            Island::EmbedArticle => html! {
                <EmbedDialog mode={Mode::Article} title={BYLINE.0.to_string()} />
            },
            Island::Chart(id) => charts::chart(*id).unwrap_or_default(),
        }
    }
}

/// Properties of [`IslandRoot`].
#[derive(Properties, PartialEq)]
pub struct IslandRootProps {
    /// Which island.
    pub island: Island,
    /// What the URL asks for (themes and accents apply to every island).
    pub config: EmbedConfig,
    /// Called once the island has rendered and run its
    /// effects: the browser starts the next island then, in a task of its own.
    #[prop_or_default]
    pub onready: Callback<()>,
}

/// An island as its own app, as the browser renders it in its root element.
#[function_component(IslandRoot)]
pub fn island_root(props: &IslandRootProps) -> Html {
    // Effects run children first: this one comes after the island's own.
    let onready = props.onready.clone();
    use_effect_with((), move |_| onready.emit(()));
    html! {
        <ContextProvider<EmbedConfig> context={props.config.clone()}>
            { props.island.content() }
        </ContextProvider<EmbedConfig>>
    }
}

/// Properties of [`IslandSlot`].
#[derive(Properties, PartialEq)]
pub struct IslandSlotProps {
    /// Which island goes here.
    pub island: Island,
}

/// Where an island sits in the page: its root element (`display: contents`,
/// so it adds no box), holding the island in its default state.
#[function_component(IslandSlot)]
pub fn island_slot(props: &IslandSlotProps) -> Html {
    html! {
        <div class="pme-island" data-island={props.island.name()}>{ props.island.content() }</div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_island_is_found_by_its_name_and_charts_come_in_reading_order() {
        let all = Island::all();
        assert_eq!(all[0], Island::EmbedArticle);
        let charts: Vec<_> = all[1..].iter().map(Island::name).collect();
        assert_eq!(charts, ChartId::ALL.map(ChartId::id));
        for island in &all {
            assert_eq!(Island::named(island.name()).as_ref(), Some(island));
        }
        assert_eq!(Island::named("inconnu"), None);
        assert_eq!(Island::named(""), None);
    }

    #[test]
    fn an_embed_runs_only_the_islands_it_shows() {
        let shown = |mode: Mode| -> Vec<_> {
            Island::all()
                .into_iter()
                .filter(|island| island.shown_in(&mode))
                .map(|island| island.name())
                .collect()
        };
        assert_eq!(shown(Mode::Page).len(), 1 + ChartId::ALL.len());
        assert_eq!(shown(Mode::Article), ChartId::ALL.map(ChartId::id));
        assert_eq!(shown(Mode::Chart(ChartId::Temps)), ["temps"]);
        assert!(shown(Mode::Unknown).is_empty());
    }
}
