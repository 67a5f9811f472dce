//! The `mobiles` chart.

use super::layout::{layout_mobiles, phones, MobilesModel};
use crate::charts::ChartId;
use crate::components::{Cell, ChartFigure, TableData};
use crate::data::decimal::Whole;
use crate::data::format_fr::{dated, format_count, format_integer};
use crate::data::model::Stat;
use yew::prelude::*;

/// The `mobiles` figure for the « 19 millions » statistic: 19 phones for
/// 19 million people. A plain function, as
/// [`crate::charts::actualite::actualite_chart`] is.
pub fn mobiles_chart(stat: &'static Stat) -> Html {
    let model = MobilesModel::new(stat.value, stat.year);
    let layout = Callback::from(move |(size, t)| layout_mobiles(&model, size, t));
    let people = format_count(stat.value);
    let drawn = phones(stat.value) as f64;
    let table = TableData {
        caption: dated(
            "Internautes actifs sur les réseaux sociaux et mobiles",
            ", fin ",
            stat.year,
        ),
        headers: vec!["Mesure".into(), "Valeur".into(), "Origine".into()],
        rows: vec![
            vec![
                Cell::text(dated("Personnes", ", fin ", stat.year)),
                Cell::number(stat.value, format_count(stat.value)),
                Cell::text(format!(
                    "Chiffre de l’article («\u{a0}{}\u{a0}»)",
                    stat.quote
                )),
            ],
            vec![
                Cell::text("Téléphones dessinés"),
                Cell::number(drawn, format_integer(drawn)),
                Cell::text("1\u{a0}téléphone = 1\u{a0}million de personnes"),
            ],
        ],
    };
    html! {
        <ChartFigure
            id={ChartId::Mobiles}
            title={format!("{people} d’internautes sociaux et mobiles")}
            {stat}
            {table}
            {layout}
            // The article's own claim: those active on social networks
            // are also the most mobile, and number 19 million.
            label={format!(
                "{} internautes actifs sur les réseaux sociaux, aussi les plus mobiles, représentent {people} de personnes\u{a0}; un téléphone dessiné par million.",
                match stat.year {
                    Some(year) => format!("Fin {}, les", Whole(year.into())),
                    None => "Les".to_owned(),
                }
            )}
        />
    }
}
