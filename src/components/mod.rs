//! Chrome shared by every chart: the figure around it and its canvas.

pub mod chart_canvas;
pub mod figure;

pub use chart_canvas::ChartCanvas;
pub use figure::ChartFigure;
