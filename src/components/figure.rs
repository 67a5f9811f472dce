//! The editorial frame around a chart: title, the sentence it illustrates,
//! the chart itself, and its source.

use crate::data::format_fr::format_value;
use crate::data::model::Stat;
use yew::prelude::*;

/// Properties of [`ChartFigure`].
#[derive(Properties, PartialEq)]
pub struct ChartFigureProps {
    /// The chart's stable id: its HTML `id`, its embed id, its data id.
    pub id: AttrValue,
    /// The chart's headline.
    pub title: AttrValue,
    /// The statistic the chart illustrates.
    pub stat: &'static Stat,
    /// The chart itself (its canvas and controls).
    pub children: Html,
}

/// A chart's `<figure>`. Its stage reserves the chart's space in CSS and
/// holds a plain-text statement of the figure, shown until (and unless) the
/// chart is drawn over it: without JavaScript the reader still gets the number.
#[function_component(ChartFigure)]
pub fn chart_figure(props: &ChartFigureProps) -> Html {
    let stat = props.stat;
    let title_id = format!("{}-titre", props.id);
    html! {
        <figure id={props.id.clone()} class="pme-figure" aria-labelledby={title_id.clone()}>
            <figcaption class="pme-figure__caption">
                <p class="pme-figure__title" id={title_id}>{ props.title.clone() }</p>
                <blockquote class="pme-figure__quote">
                    <p>{ format!("«\u{a0}{}\u{a0}»", stat.sentence) }</p>
                </blockquote>
            </figcaption>
            <div class={classes!("pme-figure__stage", format!("pme-figure__stage--{}", props.id))}>
                <p class="pme-figure__fallback" aria-hidden="true">
                    <strong>{ format_value(stat.value, stat.unit) }</strong>
                    { " " }{ stat.label.as_ref() }
                </p>
                { props.children.clone() }
            </div>
            <p class="pme-figure__source">{ format!("Source\u{a0}: {}", stat.source) }</p>
        </figure>
    }
}
