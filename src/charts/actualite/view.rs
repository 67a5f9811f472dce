//! The `actualite` chart.

use super::layout::{layout_actualite, ActualiteModel};
use crate::charts::ChartId;
use crate::components::data_table::share_and_rest_rows;
use crate::components::{ChartFigure, TableData};
use crate::data::format_fr::{format_integer, format_value};
use crate::data::model::Stat;
use yew::prelude::*;

/// The `actualite` figure for the « 30 % » statistic: 30 people in 100.
/// A plain function, not a component: it has no state of its own (its
/// figure and stage have theirs), and as components, this chart and
/// `mobiles` cost 0.9 KB of brotli more.
pub fn actualite_chart(stat: &'static Stat) -> Html {
    let model = ActualiteModel::new(stat.value);
    let layout = Callback::from(move |(size, t)| layout_actualite(&model, size, t));
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
