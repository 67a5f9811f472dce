//! The editorial frame around a chart: title, the sentence it illustrates,
//! the chart and its controls, its data table, and its source.

use super::data_table::{DataTable, TableData};
use crate::data::format_fr::format_value;
use crate::data::model::Stat;
use yew::prelude::*;

/// Properties of [`ChartFigure`].
#[derive(Properties, PartialEq)]
pub struct ChartFigureProps {
    /// The chart's stable id: its HTML `id`, its embed id.
    pub id: AttrValue,
    /// The chart's headline.
    pub title: AttrValue,
    /// The article's sentence the chart illustrates, verbatim.
    pub sentence: AttrValue,
    /// The article's source line.
    pub source: AttrValue,
    /// The chart's data, for « Voir les données ».
    pub table: TableData,
    /// The chart: its controls and its [`super::ChartStage`].
    pub children: Html,
}

/// A chart's `<figure>`.
#[function_component(ChartFigure)]
pub fn chart_figure(props: &ChartFigureProps) -> Html {
    let title_id = format!("{}-titre", props.id);
    html! {
        <figure id={props.id.clone()} class="pme-figure" aria-labelledby={title_id.clone()}>
            <figcaption class="pme-figure__caption">
                <p class="pme-figure__title" id={title_id}>{ props.title.clone() }</p>
                <blockquote class="pme-figure__quote">
                    <p>{ format!("«\u{a0}{}\u{a0}»", props.sentence) }</p>
                </blockquote>
            </figcaption>
            { props.children.clone() }
            <DataTable id={props.id.clone()} data={props.table.clone()} />
            <p class="pme-figure__source">{ format!("Source\u{a0}: {}", props.source) }</p>
        </figure>
    }
}

/// The plain statement of a statistic shown under a chart until it is drawn
/// (and instead of it without JavaScript): « 120 amis en moyenne… ».
pub fn stat_fallback(stat: &Stat) -> Html {
    html! {
        <p class="pme-figure__fallback" aria-hidden="true">
            <strong>{ format_value(stat.value, stat.unit) }</strong>
            { " " }{ stat.label.as_ref() }
        </p>
    }
}
