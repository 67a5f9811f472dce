//! A chart's data table as CSV that Excel in France opens correctly:
//! UTF-8 with a byte-order mark, `;` between fields, decimal commas.

use crate::components::data_table::TableData;
use crate::data::decimal::write_decimal;

/// The CSV text of `table`: header row, then one line per row (CRLF).
pub fn to_csv(table: &TableData) -> String {
    let mut out = String::from("\u{feff}");
    let header: Vec<String> = table.headers.iter().map(|h| field(h)).collect();
    out.push_str(&header.join(";"));
    out.push_str("\r\n");
    for row in &table.rows {
        let cells: Vec<String> = row
            .iter()
            .map(|cell| match cell.number {
                Some(value) => decimal_comma(value),
                None => field(&cell.text),
            })
            .collect();
        out.push_str(&cells.join(";"));
        out.push_str("\r\n");
    }
    out
}

/// A number as a French spreadsheet reads it: no grouping, decimal comma.
/// Six decimals are finer than any figure the charts show.
fn decimal_comma(value: f64) -> String {
    write_decimal(value, 6).replace('.', ",")
}

/// A text field, with typographic spaces made plain and quoted when needed:
/// the CSV is data to sort and filter, and a reader filtering for « 30 % »
/// types a plain space, which would not find a no-break one.
fn field(text: &str) -> String {
    let plain = text.replace(['\u{a0}', '\u{202f}'], " ");
    if plain.contains([';', '"', '\n', '\r']) {
        format!("\"{}\"", plain.replace('"', "\"\""))
    } else {
        plain
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::components::data_table::Cell;

    #[test]
    fn writes_bom_semicolons_and_decimal_commas() {
        let table = TableData {
            caption: "x".into(),
            headers: vec!["Mesure".into(), "Valeur".into()],
            rows: vec![
                vec![
                    Cell::text("Part\u{a0}; «\u{a0}a\u{a0}»"),
                    Cell::number(30.0, "30\u{a0}%"),
                ],
                vec![Cell::text("Heures"), Cell::number(4.5, "4\u{a0}h\u{a0}30")],
                vec![
                    Cell::text("Dit \"x\""),
                    Cell::number(19_000_000.0, "19\u{202f}000\u{202f}000"),
                ],
            ],
        };
        assert_eq!(
            to_csv(&table),
            "\u{feff}Mesure;Valeur\r\n\"Part ; « a »\";30\r\nHeures;4,5\r\n\"Dit \"\"x\"\"\";19000000\r\n"
        );
    }
}
