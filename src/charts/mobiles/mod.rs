//! `mobiles` — « Fin 2011 ils représentent 19 millions de personnes. »:
//! one phone per million people, counted up.

pub mod layout;
pub mod view;

pub use layout::{layout_mobiles, MobilesModel};
pub use view::mobiles_chart;
