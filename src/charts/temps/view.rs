//! The `temps` chart component: the donut and the hours slider.

use super::layout::layout_temps;
use super::model::{hours_text, TempsModel, DEFAULT_HOURS, HOURS, HOURS_STEP};
use crate::charts::ChartId;
use crate::components::data_table::share_and_rest_rows;
use crate::components::{Cell, ChartFigure, TableData};
use crate::data::decimal::{write_decimal, Whole};
use crate::data::format_fr::{dated, format_duration, format_value, share_in_words};
use crate::data::model::Stat;
use crate::embed::EmbedConfig;
use crate::hooks::use_query_param;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Properties of [`TempsChart`].
#[derive(Properties, PartialEq)]
pub struct TempsChartProps {
    /// The « 20 % du temps » statistic.
    pub stat: &'static Stat,
}

/// The `temps` figure.
#[function_component(TempsChart)]
pub fn temps_chart(props: &TempsChartProps) -> Html {
    let stat = props.stat;
    let config = use_context::<EmbedConfig>().unwrap_or_default();
    let model = use_state_eq(|| TempsModel {
        share: stat.value,
        year: stat.year,
        hours: config.hours.unwrap_or(DEFAULT_HOURS),
    });
    use_query_param(
        "heures",
        (model.hours != DEFAULT_HOURS).then(|| write_decimal(model.hours, 1)),
    );
    let layout = use_callback(*model, |(size, t), model| layout_temps(model, size, t));
    let oninput = {
        let model = model.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            model.set(model.with_hours(input.value_as_number()));
        })
    };
    let share = format_value(stat.value, stat.unit);
    let derived = format_duration(model.social_minutes());
    let hours = hours_text(model.hours);
    let table = TableData {
        caption: dated("Part du temps passé sur Internet", ", ", stat.year),
        headers: vec!["Mesure".into(), "Valeur".into(), "Origine".into()],
        rows: [
            share_and_rest_rows(stat, "Réseaux sociaux", "Reste du temps en ligne"),
            vec![vec![
                Cell::text(format!("Pour {hours} en ligne par jour")),
                Cell::number(model.social_minutes().round(), derived.clone()),
                Cell::text(format!("Calcul\u{a0}: {}", model.derivation())),
            ]],
        ]
        .concat(),
    };
    html! {
        <ChartFigure
            id={ChartId::Temps}
            title={match share_in_words(stat.value) {
                Some(words) => format!("{words} du temps en ligne\u{a0}: {share}"),
                None => format!("{share} du temps en ligne"),
            }}
            {stat}
            {table}
            {layout}
            label={format!(
                "{} ont pris {share} du temps passé sur Internet\u{a0}; à ce rythme, {hours} en ligne par jour en donneraient {derived} (calcul\u{a0}: {}).",
                match stat.year {
                    Some(year) => format!("En {}, les réseaux sociaux", Whole(year.into())),
                    None => "Les réseaux sociaux".to_owned(),
                },
                model.derivation(),
            )}
        >
            <div class="pme-controls">
                <label class="pme-range">
                    <span>{ "Vos heures en ligne par jour" }</span>
                    <input
                        type="range"
                        min={write_decimal(*HOURS.start(), 1)}
                        max={write_decimal(*HOURS.end(), 1)}
                        step={write_decimal(HOURS_STEP, 1)}
                        value={write_decimal(model.hours, 1)}
                        aria-valuetext={format!("{hours} en ligne, dont {derived} sur les réseaux sociaux")}
                        // For the loader, which says the same before the app starts.
                        data-share={write_decimal(model.share, 6)}
                        {oninput}
                    />
                    // Shown beside the slider; its value text already says it.
                    <output aria-hidden="true">{ hours.clone() }</output>
                </label>
            </div>
        </ChartFigure>
    }
}
