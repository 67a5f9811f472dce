//! The `amis` chart component.

use super::layout::{layout_amis, AmisModel};
use crate::components::{ChartCanvas, ChartFigure};
use crate::data::format_fr::{format_integer, format_value};
use crate::data::model::Stat;
use yew::prelude::*;

/// Entrance animation length, ms.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
const ENTRANCE_MS: f64 = 1100.0;

/// Properties of [`AmisChart`].
#[derive(Properties, PartialEq)]
pub struct AmisChartProps {
    /// The « 120 amis » statistic.
    pub stat: &'static Stat,
}

/// The `amis` figure: an ego network of the article's 120 friends.
#[function_component(AmisChart)]
pub fn amis_chart(props: &AmisChartProps) -> Html {
    #[cfg(target_arch = "wasm32")]
    let progress = crate::hooks::use_entrance_progress(ENTRANCE_MS);
    #[cfg(not(target_arch = "wasm32"))]
    let progress = 1.0;

    let stat = props.stat;
    let model = AmisModel {
        friends: stat.value as u32,
    };
    let layout = use_callback(model, |(size, t), model| layout_amis(model, size, t));
    let label = format!(
        "Réseau de {} autour de vous\u{a0}: un message que vous partagez parvient à chacun d’eux.",
        format_value(stat.value, stat.unit)
    );
    html! {
        <ChartFigure
            id="amis"
            title={format!("Un message, {} destinataires", format_integer(stat.value))}
            {stat}
        >
            <ChartCanvas {label} {layout} {progress} />
        </ChartFigure>
    }
}
