//! The `amis` chart component: the network, its relay and segmentation
//! controls, and its data.

use super::layout::{layout_amis, people_per_dot};
use super::model::{ordinal, reach_derivation, reach_upper_bound, AmisAction, AmisModel, MAX_HOPS};
use crate::charts::ChartId;
use crate::components::{Cell, ChartFigure, TableData};
use crate::data::decimal::Whole;
use crate::data::format_fr::format_integer;
use crate::data::model::Stat;
use crate::embed::EmbedConfig;
use crate::hooks::use_query_param;
use yew::prelude::*;

/// Properties of [`AmisChart`].
#[derive(Properties, PartialEq)]
pub struct AmisChartProps {
    /// The « 120 amis » statistic.
    pub stat: &'static Stat,
}

/// The `amis` figure: an ego network of the article's 120 friends.
#[function_component(AmisChart)]
pub fn amis_chart(props: &AmisChartProps) -> Html {
    let stat = props.stat;
    let friends = stat.value as u32;
    let config = use_context::<EmbedConfig>().unwrap_or_default();
    let model = use_reducer_eq(|| {
        let model = AmisModel::new(friends);
        let model = config
            .hops
            .map_or(model, |h| model.apply(AmisAction::SetHops(h)));
        config
            .segmented
            .map_or(model, |s| model.apply(AmisAction::SetSegmented(s)))
    });
    use_query_param(
        "relais",
        (model.hops != 1).then(|| Whole(model.hops.into()).digits()),
    );
    use_query_param("segmenter", model.segmented.then(|| "1".to_owned()));
    let layout = use_callback(*model, |(size, t), model| layout_amis(model, size, t));

    let relays = (1..=MAX_HOPS).map(|hops| {
        let onchange = {
            let model = model.dispatcher();
            Callback::from(move |_: Event| model.dispatch(AmisAction::SetHops(hops)))
        };
        html! {
            <label class="pme-choice">
                // Segmented, no count of relays applies: none is shown chosen.
                // The reader's count comes back when segmenting is undone.
                <input type="radio" name="amis-relais" value={Whole(hops.into()).digits()}
                    checked={!model.segmented && model.hops == hops} {onchange} />
                <span>{ format!("{}\u{a0}fois", Whole(hops.into())) }</span>
            </label>
        }
    });
    let onsegment = {
        let (dispatch, segmented) = (model.dispatcher(), model.segmented);
        Callback::from(move |_: Event| dispatch.dispatch(AmisAction::SetSegmented(!segmented)))
    };

    html! {
        <ChartFigure
            id={ChartId::Amis}
            title={format!("Un message, {}\u{a0}destinataires… et bien plus", format_integer(stat.value))}
            {stat}
            table={table(friends)}
            {layout}
            // Named, not described: the note after it says what it shows,
            // and a screen reader would otherwise read that twice.
            label="Schéma du réseau de diffusion, décrit dans le texte qui suit."
            // What the choice above changes, said (and announced) in words:
            // the chart's text alternative.
            note={finding(&model)}
            duration_ms={1100.0}
        >
            <div class="pme-controls">
                // Segmented, the relays are cut: choosing how many would do nothing.
                <fieldset class="pme-choices" disabled={model.segmented}>
                    <legend>{ "Le message est transmis" }</legend>
                    { for relays }
                </fieldset>
                <label class="pme-switch">
                    <input type="checkbox" checked={model.segmented} onchange={onsegment} />
                    <span>{ "Segmenter la diffusion" }</span>
                </label>
            </div>
        </ChartFigure>
    }
}

/// The chart's finding in one sentence: its text alternative.
fn finding(model: &AmisModel) -> String {
    let friends = format_integer(f64::from(model.friends));
    if model.segmented {
        format!(
            "Diffusion segmentée\u{a0}: parmi vos {friends}\u{a0}amis, seul un cercle que vous choisissez reçoit le message, et les relais sont coupés. Le cercle dessiné n’est qu’une illustration\u{a0}: l’article n’en donne pas la taille."
        )
    } else if model.hops == 1 {
        format!("Réseau de {friends}\u{a0}amis autour de vous\u{a0}: un message que vous partagez parvient à chacun d’eux.")
    } else {
        format!(
            "Transmis {}\u{a0}fois de proche en proche, votre message peut toucher jusqu’à {}\u{a0}personnes rien qu’au {}\u{a0}cercle, si chacun a {friends}\u{a0}amis et le transmet à tous\u{a0}: {}. Dessin non à l’échelle\u{a0}: un point vaut environ {}.",
            Whole(model.hops.into()),
            format_integer(reach_upper_bound(model.friends, model.hops)),
            ordinal(model.hops),
            reach_derivation(model.friends, model.hops),
            scale(model)
        )
    }
}

/// What one dot of each relay band stands for, for the note: « 60 personnes
/// au 2e cercle, et 2 400 au 3e cercle ».
fn scale(model: &AmisModel) -> String {
    let mut scale = String::new();
    for k in 2..=model.hops {
        if k > 2 {
            scale.push_str(", et ");
        }
        scale.push_str(&format_integer(people_per_dot(model.friends, k)));
        if k == 2 {
            scale.push_str("\u{a0}personnes");
        }
        scale.push_str(" au ");
        scale.push_str(&ordinal(k));
        scale.push_str("\u{a0}cercle");
    }
    scale
}

/// The article's figure and the reach derived from it, each friend
/// having the average's 120 friends.
fn table(friends: u32) -> TableData {
    // Whom each circle holds, one per relay: a relay added without its
    // words would not build.
    let whom: [&str; MAX_HOPS as usize] = ["vos amis", "leurs amis", "les amis de leurs amis"];
    TableData {
        caption: format!(
            "Portée d’un message transmis de proche en proche, si chacun a {}\u{a0}amis",
            format_integer(f64::from(friends))
        ),
        headers: vec![
            "Cercle".into(),
            "Personnes touchées au plus".into(),
            "Origine".into(),
        ],
        rows: (1..=MAX_HOPS)
            .zip(whom)
            .map(|(hops, whom)| {
                let origin = if hops == 1 {
                    "Chiffre de l’article (moyenne)".to_owned()
                } else {
                    format!("Calcul\u{a0}: {}", reach_derivation(friends, hops))
                };
                let reach = reach_upper_bound(friends, hops);
                vec![
                    Cell::text(format!("{}\u{a0}: {whom}", ordinal(hops))),
                    Cell::number(reach, format_integer(reach)),
                    Cell::text(origin),
                ]
            })
            .collect(),
    }
}
