//! « Voir les données »: a chart's data as an accessible HTML table.

use yew::prelude::*;

/// A table's content: caption, column headers, rows of already formatted cells.
#[derive(Debug, Clone, PartialEq)]
pub struct TableData {
    /// What the table shows.
    pub caption: String,
    /// Column headers.
    pub headers: Vec<String>,
    /// Rows; the first cell of each is its row header.
    pub rows: Vec<Vec<String>>,
}

/// Properties of [`DataTable`].
#[derive(Properties, PartialEq)]
pub struct DataTableProps {
    /// The chart id, for element ids.
    pub id: AttrValue,
    /// The data.
    pub data: TableData,
}

/// A toggle button and the table it shows or hides.
#[function_component(DataTable)]
pub fn data_table(props: &DataTableProps) -> Html {
    let open = use_state(|| false);
    let table_id = format!("{}-donnees", props.id);
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let data = &props.data;
    html! {
        <div class="pme-data">
            <button
                type="button"
                class="pme-button"
                aria-expanded={if *open { "true" } else { "false" }}
                aria-controls={table_id.clone()}
                onclick={ontoggle}
            >
                { if *open { "Masquer les données" } else { "Voir les données" } }
            </button>
            <div id={table_id} class="pme-data__panel" hidden={!*open}>
                <table class="pme-table">
                    <caption>{ data.caption.clone() }</caption>
                    <thead>
                        <tr>{ for data.headers.iter().map(|h| html! { <th scope="col">{ h.clone() }</th> }) }</tr>
                    </thead>
                    <tbody>
                        { for data.rows.iter().map(|row| html! {
                            <tr>
                                { for row.iter().enumerate().map(|(i, cell)| if i == 0 {
                                    html! { <th scope="row">{ cell.clone() }</th> }
                                } else {
                                    html! { <td>{ cell.clone() }</td> }
                                }) }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
        </div>
    }
}
