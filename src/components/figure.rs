//! The editorial frame around a chart: title (a heading), the sentence it illustrates,
//! the chart and its controls, its tools (data table, PNG, CSV, embed), and
//! its source.

use super::data_table::{data_table, TableData};
use super::embed_dialog::EmbedDialog;
use super::ChartStage;
use crate::charts::scene::{Scene, Size};
use crate::charts::ChartId;
use crate::content::{chart_heading_level, BYLINE};
use crate::data::format_fr::format_value;
use crate::data::model::Stat;
use crate::embed::Mode;
use crate::export::csv::to_csv;
use crate::export::download::{save_text, save_url, scene_to_png};
use crate::export::picture::frame_for_export;
use crate::hooks::palette_of;
use yew::prelude::*;

/// Properties of [`ChartFigure`].
#[derive(Properties, PartialEq)]
pub struct ChartFigureProps {
    /// The chart: its stable id is its HTML `id` and its embed id.
    pub id: ChartId,
    /// The chart's headline.
    pub title: AttrValue,
    /// The statistic the chart illustrates: its sentence is quoted
    /// verbatim, its source cited, and its figure stated until the chart is
    /// drawn.
    pub stat: &'static Stat,
    /// The chart's data, for « Voir les données » and the CSV.
    pub table: TableData,
    /// The chart's layout, for the PNG (drawn at its final state).
    pub layout: Callback<(Size, f64), Scene>,
    /// What the chart shows, said (and announced) in words under it, and
    /// drawn under it in its picture: for charts whose choices change it.
    #[prop_or_default]
    pub note: Option<AttrValue>,
    /// The chart's finding in one sentence: the canvas's text alternative.
    pub label: AttrValue,
    /// Plain HTML statement of the figure, shown until the chart is drawn;
    /// by default, the statistic's.
    #[prop_or_default]
    pub fallback: Option<Html>,
    /// Entrance animation length, ms.
    #[prop_or(1000.0)]
    pub duration_ms: f64,
    /// Called with a target's index when it is chosen (see
    /// [`super::chart_stage::ChartStageProps::onactivate`]).
    #[prop_or_default]
    pub onactivate: Option<Callback<usize>>,
    /// The chart's controls, shown above its stage.
    #[prop_or_default]
    pub children: Html,
}

/// Resolution of exported pictures, device px per CSS px.
const PNG_SCALE: f64 = 2.0;

/// A chart's `<figure>`.
#[function_component(ChartFigure)]
pub fn chart_figure(props: &ChartFigureProps) -> Html {
    let figure = use_node_ref();
    let table_open = use_state(|| false);
    let id = props.id.id();
    let title_id = format!("{id}-titre");
    let table_id = format!("{id}-donnees");
    let stat = props.stat;
    let source = format!("Source\u{a0}: {}", stat.source);
    // A heading, so that the title is found by heading navigation; its
    // level continues the article's outline.
    let title = props.title.clone();
    let heading = match chart_heading_level(id) {
        2 => html! { <h2 class="pme-figure__title" id={title_id.clone()}>{ title }</h2> },
        _ => html! { <h3 class="pme-figure__title" id={title_id.clone()}>{ title }</h3> },
    };

    let ontable = {
        let table_open = table_open.clone();
        Callback::from(move |_: MouseEvent| table_open.set(!*table_open))
    };
    let quote = format!("«\u{a0}{}\u{a0}»", stat.sentence);
    let onpng = {
        let (figure, layout, title, quote, note, source) = (
            figure.clone(),
            props.layout.clone(),
            props.title.to_string(),
            quote.clone(),
            props.note.clone().unwrap_or_default(),
            source.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            // The theme is read at export time: no listener kept per figure.
            let Some(figure) = figure.cast::<web_sys::Element>() else {
                return;
            };
            let canvas = figure.query_selector("canvas").ok().flatten();
            if let (Some(canvas), Some(palette)) = (canvas, palette_of(&figure)) {
                let (w, h) = (
                    f64::from(canvas.client_width()),
                    f64::from(canvas.client_height()),
                );
                let scene = layout.emit((Size::from_css(w, h, PNG_SCALE), 1.0));
                // A picture shared on its own says which article it is from.
                let (article, author) = BYLINE;
                let credit = format!("D’après l’article «\u{a0}{article}\u{a0}» de {author}.");
                let framed = frame_for_export(scene, &title, &quote, &note, &source, &credit);
                if let Some(png) = scene_to_png(&framed, &palette) {
                    save_url(&format!("pme-{id}.png"), &png);
                }
            }
        })
    };
    let oncsv = {
        let table = props.table.clone();
        Callback::from(move |_: MouseEvent| {
            save_text(
                &format!("pme-{id}.csv"),
                "text/csv;charset=utf-8",
                &to_csv(&table),
            );
        })
    };
    html! {
        <figure ref={figure} id={id} class="pme-figure" aria-labelledby={title_id.clone()}>
            <figcaption class="pme-figure__caption">
                { heading }
                <blockquote class="pme-figure__quote">
                    <p>{ quote }</p>
                </blockquote>
            </figcaption>
            { props.children.clone() }
            <ChartStage
                id={props.id}
                label={props.label.clone()}
                layout={props.layout.clone()}
                fallback={props.fallback.clone().unwrap_or_else(|| stat_fallback(stat))}
                duration_ms={props.duration_ms}
                onactivate={props.onactivate.clone()}
            />
            if let Some(note) = props.note.clone() {
                <p class="pme-figure__explain" aria-live="polite">{ note }</p>
            }
            // The chart's title in the group's name: five charts share these
            // buttons' names, and a reader going from one to the next hears
            // whose they are.
            <div class="pme-tools" role="group" aria-label={format!("Données et partage\u{a0}: {}", props.title)}>
                <button type="button" class="pme-button" aria-expanded={if *table_open { "true" } else { "false" }}
                    aria-controls={table_id.clone()} onclick={ontable}>
                    // The stylesheet holds this button at the longer label's
                    // width, spelt there too (« Voir les données », styles.css).
                    { if *table_open { "Masquer les données" } else { "Voir les données" } }
                </button>
                // The hidden words end in a no-break space: a plain one would be
                // dropped at the end of their box, and copied text would read
                // « l’imagePNG ».
                <button type="button" class="pme-button" onclick={onpng}>
                    <span class="pme-visually-hidden">{ "Télécharger l’image\u{a0}" }</span>{ "PNG" }
                </button>
                <button type="button" class="pme-button" onclick={oncsv}>
                    <span class="pme-visually-hidden">{ "Télécharger les données\u{a0}" }</span>{ "CSV" }
                </button>
                <EmbedDialog mode={Mode::Chart(props.id)} title={props.title.clone()} />
            </div>
            { data_table(table_id.into(), &props.table, *table_open) }
            <p class="pme-figure__source">{ source }</p>
        </figure>
    }
}

/// The plain statement of a statistic shown under a chart until it is drawn
/// (and instead of it without JavaScript): « 120 amis en moyenne… ». Read
/// while it shows; once drawn, the canvas's own text takes its place (the
/// stylesheet hides each in turn).
fn stat_fallback(stat: &Stat) -> Html {
    html! {
        <p class="pme-figure__fallback">
            <strong>{ format_value(stat.value, stat.unit) }</strong>
            { " " }{ stat.label.as_ref() }
        </p>
    }
}
