//! `cercles` — the new, more intimate networks: Pair (1 personne), Family
//! Leaf (the members of one family, no number given) and the average open
//! network of 120 amis, as concentric circles of audience.

pub mod layout;
pub mod model;
pub mod view;

pub use layout::layout_cercles;
pub use model::{CerclesModel, Circle};
pub use view::CerclesChart;
