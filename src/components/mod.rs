//! Chrome shared by every chart: the figure around it, its interactive
//! stage, and its data table.

pub mod canvas_painter;
pub mod chart_stage;
pub mod data_table;
pub mod embed_dialog;
pub mod figure;
pub mod tooltip_placement;

pub use chart_stage::ChartStage;
pub use data_table::{data_table, Cell, TableData};
pub use figure::ChartFigure;
