//! `amis` — « Avec une moyenne de 120 amis, la diffusion de l'information
//! devient cependant incontrôlable. »: you at the centre, your friends around,
//! a message spreading out to every one of them.

pub mod layout;
pub mod model;
pub mod view;

pub use layout::layout_amis;
pub use model::{AmisAction, AmisModel};
pub use view::AmisChart;
