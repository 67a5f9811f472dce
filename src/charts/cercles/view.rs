//! The `cercles` chart component: the circles and the choice of one.

use super::layout::{circle_of_target, description, figure, layout_cercles};
use super::model::{CerclesModel, Circle};
use crate::charts::ChartId;
use crate::components::{Cell, ChartFigure, TableData};
use crate::data::format_fr::format_value;
use crate::data::model::Stat;
use crate::embed::EmbedConfig;
use crate::hooks::use_query_param;
use yew::prelude::*;

/// Properties of [`CerclesChart`].
#[derive(Properties, PartialEq)]
pub struct CerclesChartProps {
    /// The « Pair : 1 personne » statistic.
    pub pair: &'static Stat,
    /// The « 120 amis » statistic.
    pub friends: &'static Stat,
}

/// What the article says of each circle's network, shown when it is
/// selected: its own words, the figures from the statistics file.
fn explanation(circle: Circle, pair: &Stat, friends: &Stat) -> String {
    match circle {
        Circle::Pair => format!(
            "Le cercle le plus intime\u{a0}: Pair «\u{a0}propose de créer un lien privilégié avec {} seulement\u{a0}».",
            format_value(pair.value, pair.unit)
        ),
        Circle::Family => "Family leaf est un «\u{a0}réseau social réservé aux membres d’une même famille\u{a0}». L’article ne dit pas combien\u{a0}: aucun nombre n’est dessiné.".to_owned(),
        Circle::Friends => format!(
            "Les réseaux ouverts comme Facebook ou Twitter\u{a0}: «\u{a0}{}\u{a0}»",
            friends.sentence
        ),
    }
}

/// The `cercles` figure.
#[function_component(CerclesChart)]
pub fn cercles_chart(props: &CerclesChartProps) -> Html {
    let config = use_context::<EmbedConfig>().unwrap_or_default();
    let model = use_state_eq(|| CerclesModel {
        pair: props.pair.value,
        friends: props.friends.value,
        selected: config
            .circle
            .and_then(Circle::from_id)
            .unwrap_or(Circle::Pair),
    });
    use_query_param(
        "cercle",
        (model.selected != Circle::Pair).then(|| model.selected.id().to_owned()),
    );
    let layout = use_callback(*model, |(size, t), model| layout_cercles(model, size, t));
    let select = {
        let model = model.clone();
        Callback::from(move |circle: Circle| {
            model.set(CerclesModel {
                selected: circle,
                ..*model
            })
        })
    };
    let onactivate = {
        let select = select.clone();
        Callback::from(move |index: usize| {
            if let Some(circle) = circle_of_target(index) {
                select.emit(circle);
            }
        })
    };
    let choices = Circle::ALL.into_iter().map(|circle| {
        let onchange = select.reform(move |_: Event| circle);
        html! {
            <label class="pme-choice">
                <input type="radio" name="cercles-cercle" value={circle.network()}
                    checked={model.selected == circle} {onchange} />
                <span>{ circle.network() }</span>
            </label>
        }
    });
    let rows = Circle::ALL
        .into_iter()
        .map(|circle| {
            let number = match circle {
                Circle::Pair => Some(model.pair),
                Circle::Family => None,
                Circle::Friends => Some(model.friends),
            };
            let described = description(&model, circle);
            let (audience, detail) = match number {
                Some(value) => (
                    Cell::number(value, figure(&model, circle)),
                    format!("{described}. Chiffre de l’article."),
                ),
                // Family leaf's description already says the article gives
                // no number.
                None => (Cell::text("—"), format!("{described}.")),
            };
            vec![Cell::text(circle.network()), audience, Cell::text(detail)]
        })
        .collect();
    let table = TableData {
        caption: "Taille de l’audience selon le réseau".to_owned(),
        headers: vec!["Réseau".into(), "Audience".into(), "Détail".into()],
        rows,
    };
    html! {
        <ChartFigure
            id={ChartId::Cercles}
            title="Des cercles plus intimes"
            stat={props.pair}
            {table}
            {layout}
            label={format!(
                "Trois cercles d’audience autour de vous\u{a0}: Pair, {}\u{a0}; Family leaf, les membres d’une même famille\u{a0}; un réseau ouvert, {} en moyenne.",
                format_value(props.pair.value, props.pair.unit),
                format_value(props.friends.value, props.friends.unit)
            )}
            {onactivate}
            fallback={html! {
                <p class="pme-figure__fallback">
                    <strong>{ format_value(props.pair.value, props.pair.unit) }</strong>
                    { " avec Pair, la famille avec Family leaf, " }
                    { format_value(props.friends.value, props.friends.unit) }{ " ailleurs" }
                </p>
            }}
            note={explanation(model.selected, props.pair, props.friends)}
        >
            <div class="pme-controls">
                <fieldset class="pme-choices">
                    <legend>{ "Cercle" }</legend>
                    { for choices }
                </fieldset>
            </div>
        </ChartFigure>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::typography::fold_for_comparison;
    use crate::data::stat;

    #[test]
    fn each_explanation_quotes_the_article_word_for_word() {
        let (pair, friends) = (stat("pair").unwrap(), stat("amis").unwrap());
        let said = fold_for_comparison(&format!("{} {}", pair.sentence, friends.sentence));
        for circle in [Circle::Pair, Circle::Family, Circle::Friends] {
            let text = explanation(circle, pair, friends);
            let quotes: Vec<&str> = text
                .split('«')
                .skip(1)
                .map(|q| q.split('»').next().unwrap())
                .collect();
            assert_eq!(quotes.len(), 1, "{text}");
            assert!(
                said.contains(&fold_for_comparison(quotes[0])),
                "{circle:?} quotes « {} », which the article does not say",
                quotes[0].trim()
            );
        }
    }
}
