//! « Voir les données »: a chart's data as an accessible HTML table.

use yew::prelude::*;

/// One table cell: the text shown, and the number behind it when it is one
/// (what the CSV export writes).
#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    /// The French-formatted text shown in the table.
    pub text: String,
    /// The raw value, for numeric cells.
    pub number: Option<f64>,
}

impl Cell {
    /// A text cell.
    pub fn text(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            number: None,
        }
    }

    /// A numeric cell showing `text`.
    pub fn number(value: f64, text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            number: Some(value),
        }
    }
}

/// A table's content: caption, column headers, rows of cells.
#[derive(Debug, Clone, PartialEq)]
pub struct TableData {
    /// What the table shows.
    pub caption: String,
    /// Column headers.
    pub headers: Vec<String>,
    /// Rows; the first cell of each is its row header.
    pub rows: Vec<Vec<Cell>>,
}

/// Properties of [`DataTable`].
#[derive(Properties, PartialEq)]
pub struct DataTableProps {
    /// The panel's element id (the toggle button's `aria-controls`).
    pub id: AttrValue,
    /// The data.
    pub data: TableData,
    /// Whether the table is shown.
    pub open: bool,
}

/// The table panel, shown or hidden by its figure's « Voir les données ».
#[function_component(DataTable)]
pub fn data_table(props: &DataTableProps) -> Html {
    let data = &props.data;
    html! {
        <div id={props.id.clone()} class="pme-data__panel" hidden={!props.open}>
            <table class="pme-table">
                <caption>{ data.caption.clone() }</caption>
                <thead>
                    <tr>{ for data.headers.iter().map(|h| html! { <th scope="col">{ h.clone() }</th> }) }</tr>
                </thead>
                <tbody>
                    { for data.rows.iter().map(|row| html! {
                        <tr>
                            { for row.iter().enumerate().map(|(i, cell)| if i == 0 {
                                html! { <th scope="row">{ cell.text.clone() }</th> }
                            } else {
                                html! { <td>{ cell.text.clone() }</td> }
                            }) }
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}
