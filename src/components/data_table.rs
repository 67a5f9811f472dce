//! « Voir les données »: a chart's data as an accessible HTML table.

use crate::content::typography::NBSP;
use crate::data::format_fr::{format_decimal, format_value, MINUS};
use crate::data::model::Stat;
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

/// The rows of a percentage and the rest of the whole: `share` with the
/// article's figure, then `rest` with `100 − it`, saying how it was derived.
pub fn share_and_rest_rows(stat: &Stat, share: &str, rest: &str) -> Vec<Vec<Cell>> {
    vec![
        vec![
            Cell::text(share),
            Cell::number(stat.value, format_value(stat.value, stat.unit)),
            Cell::text("Chiffre de l’article"),
        ],
        vec![
            Cell::text(rest),
            Cell::number(
                100.0 - stat.value,
                format_value(100.0 - stat.value, stat.unit),
            ),
            Cell::text(format!(
                "Calcul\u{a0}: 100{MINUS}{}",
                format_decimal(stat.value, 1)
            )),
        ],
    ]
}

/// The table panel with element id `id`, shown when `open` (its figure's
/// « Voir les données » toggles it). A plain function, not a component:
/// it has no state, and a component of its own cost 0.5 KB of brotli.
///
/// In large text on a phone a table can be wider than its card, and its
/// panel then scrolls sideways (the page does not): the panel is a named
/// region the keyboard reaches, so that the arrow keys scroll it.
pub fn data_table(id: AttrValue, data: &TableData, open: bool) -> Html {
    html! {
        <div {id} class="pme-data__panel" hidden={!open} role="region" tabindex="0" aria-label={data.caption.clone()}>
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
                                html! { <td>{ breakable(&cell.text) }</td> }
                            }) }
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}

/// A cell's text, free to break before each operator of a calculation (the
/// no-break space before it, see [`crate::data::format_fr::TIMES`], made a
/// plain one): « 20 % × 11 h 30 min » otherwise holds together and, at
/// 320 px, pushes its table wider than the screen. A number stays with its
/// unit, and an operator with the term after it, at the start of the next
/// line, as French typesetting breaks a formula (« 120 × » ending a line
/// read as a sum left open). A plain space, not a zero-width one beside the
/// no-break space: a reader who copies the table into a spreadsheet gets no
/// invisible character. Char by char: a search for a `&str` would bring
/// core's substring searcher, 1 KB of Wasm.
fn breakable(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let before_operator = c == NBSP && matches!(chars.peek(), Some('×' | '−'));
        out.push(if before_operator { ' ' } else { c });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::stat;

    #[test]
    fn a_calculation_may_break_before_its_operators_only() {
        use crate::data::format_fr::TIMES;
        let text = format!("Calcul\u{a0}: 20\u{a0}%{TIMES}7\u{a0}h{MINUS}1");
        assert_eq!(
            breakable(&text),
            "Calcul\u{a0}: 20\u{a0}% ×\u{a0}7\u{a0}h −\u{a0}1"
        );
        assert_eq!(breakable("Chiffre de l’article"), "Chiffre de l’article");
    }

    #[test]
    fn the_rest_row_says_how_it_is_derived_with_no_plain_space() {
        let share = stat("temps").expect("the temps statistic");
        let rows = share_and_rest_rows(share, "Part", "Reste");
        assert_eq!(rows[0][1].number, Some(share.value));
        assert_eq!(rows[1][1].number, Some(100.0 - share.value));
        let derivation = &rows[1][2].text;
        let calculation = derivation.strip_prefix("Calcul\u{a0}: ");
        // A table cell may wrap at any plain space: the calculation has
        // none, and breaks only before an operator (`breakable`).
        assert!(
            calculation.is_some_and(|c| c.starts_with("100") && !c.contains(' ')),
            "{derivation:?}"
        );
    }
}
