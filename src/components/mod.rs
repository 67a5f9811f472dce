//! Chrome shared by every chart: the figure around it, its interactive
//! stage, and its data table.

pub mod canvas_painter;
pub mod chart_stage;
pub mod data_table;
pub mod embed_dialog;
pub mod figure;

pub use chart_stage::ChartStage;
pub use data_table::{data_table, Cell, TableData};
pub use figure::ChartFigure;

/// Whether this render is the app at work in the browser, not the server's
/// page, which is read before the app starts (or without it). On that page
/// a chart's controls are inert: a choice made there would be undone as the
/// chart's island starts, rendered anew from its own state (`src/boot.rs`).
pub const LIVE: bool = cfg!(target_arch = "wasm32");
