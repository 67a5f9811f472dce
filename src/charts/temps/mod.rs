//! `temps` — « en 2011, les réseaux sociaux […] ont accaparé à eux seuls
//! 20 % du temps passé sur Internet »: a donut, and what that share would
//! mean for the reader's own hours online.

pub mod layout;
pub mod model;
pub mod view;

pub use layout::layout_temps;
pub use model::TempsModel;
pub use view::TempsChart;
