//! `actualite` — « 30 % des Français suivant l'actualité tous les jours ou
//! presque consultent les réseaux sociaux pour s'informer »: 100 people,
//! 30 of them filled.

pub mod layout;
pub mod view;

pub use layout::{layout_actualite, ActualiteModel};
pub use view::actualite_chart;
