//! Exports of a chart: its data as CSV for French spreadsheets, and a PNG
//! picture with its title and source drawn in.

pub mod csv;
pub mod download;
pub mod picture;
