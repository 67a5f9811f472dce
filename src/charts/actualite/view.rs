//! The `actualite` chart component.

use super::layout::layout_actualite;
use crate::charts::ChartId;
use crate::components::data_table::share_and_rest_rows;
use crate::components::{ChartFigure, TableData};
use crate::data::format_fr::{format_integer, format_value};
use crate::data::model::Stat;
use yew::prelude::*;

/// Properties of [`ActualiteChart`].
#[derive(Properties, PartialEq)]
pub struct ActualiteChartProps {
    /// The « 30 % » statistic.
    pub stat: &'static Stat,
}

/// The `actualite` figure: 30 people in 100.
#[function_component(ActualiteChart)]
pub fn actualite_chart(props: &ActualiteChartProps) -> Html {
    let stat = props.stat;
    let layout = use_callback(stat.value, |(size, t), percent| {
        layout_actualite(*percent, size, t)
    });
    let share = format_value(stat.value, stat.unit);
    let informed = format_integer(stat.value);
    let others = format_integer(100.0 - stat.value);
    let table = TableData {
        caption: "Français suivant l’actualité tous les jours ou presque".to_owned(),
        headers: vec!["Parmi eux".into(), "Part".into(), "Origine".into()],
        rows: share_and_rest_rows(
            stat,
            "Consultent les réseaux sociaux pour s’informer",
            "Ne s’informent pas sur les réseaux sociaux",
        ),
    };
    html! {
        <ChartFigure
            id={ChartId::Actualite}
            // Who the 100 are, in the title too, as the article says it:
            // it is what a share or an embed shows first.
            title={format!("Sur 100\u{a0}Français suivant l’actualité tous les jours ou presque, {informed}\u{a0}s’informent sur les réseaux sociaux")}
            {stat}
            {table}
            {layout}
            label={format!(
                "Sur 100\u{a0}Français suivant l’actualité tous les jours ou presque, {informed}\u{a0}consultent les réseaux sociaux pour s’informer ({share})\u{a0}; {others}\u{a0}ne le font pas."
            )}
        />
    }
}
