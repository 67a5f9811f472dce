//! `amis` — « Avec une moyenne de 120 amis, la diffusion de l'information
//! devient cependant incontrôlable. »: you at the centre, your friends around,
//! a message spreading out to every one of them.

pub mod layout;
pub mod view;

pub use layout::{layout_amis, AmisModel};
pub use view::AmisChart;
