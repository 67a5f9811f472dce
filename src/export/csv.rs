//! A chart's data table as CSV that Excel in France opens correctly:
//! UTF-8 with a byte-order mark, `;` between fields, decimal commas. Each
//! column of numbers is followed by the same values as the table shows them,
//! units included (« 20 % », « 2 h 24 min »): a bare 20 beside a bare 144
//! would not say which is a share and which minutes.

use crate::components::data_table::TableData;
use crate::data::decimal::write_decimal;

/// The CSV text of `table`: header row, then one line per row (CRLF).
pub fn to_csv(table: &TableData) -> String {
    let numeric = |column: usize| {
        table
            .rows
            .iter()
            .any(|row| row.get(column).is_some_and(|c| c.number.is_some()))
    };
    let mut out = String::from("\u{feff}");
    for (column, name) in table.headers.iter().enumerate() {
        if column > 0 {
            out.push(';');
        }
        out.push_str(&field(name));
        if numeric(column) {
            // A noun, which agrees with any column's name.
            out.push(';');
            out.push_str(&field(&format!("{name} (affichage)")));
        }
    }
    out.push_str("\r\n");
    for row in &table.rows {
        for (column, cell) in row.iter().enumerate() {
            if column > 0 {
                out.push(';');
            }
            match cell.number {
                Some(value) => out.push_str(&decimal_comma(value)),
                // A column of numbers holds numbers only: « — » (no figure)
                // stays in the shown column beside it.
                None if numeric(column) => {}
                None => out.push_str(&field(&cell.text)),
            }
            if numeric(column) {
                out.push(';');
                out.push_str(&field(&cell.text));
            }
        }
        out.push_str("\r\n");
    }
    out
}

/// A number as a French spreadsheet reads it: no grouping, decimal comma.
/// Six decimals are finer than any figure the charts show.
fn decimal_comma(value: f64) -> String {
    write_decimal(value, 6)
        .chars()
        .map(|c| if c == '.' { ',' } else { c })
        .collect()
}

/// A text field, with typographic spaces made plain and quoted when needed:
/// the CSV is data to sort and filter, and a reader filtering for « 30 % »
/// types a plain space, which would not find a no-break one.
fn field(text: &str) -> String {
    let plain: String = text
        .chars()
        .map(|c| {
            if matches!(c, '\u{a0}' | '\u{202f}') {
                ' '
            } else {
                c
            }
        })
        .collect();
    if !plain.contains([';', '"', '\n', '\r']) {
        return plain;
    }
    // Quoted, each quote doubled. Char by char: `str::replace` would link
    // a searcher for this one use.
    let mut quoted = String::from('"');
    for c in plain.chars() {
        if c == '"' {
            quoted.push('"');
        }
        quoted.push(c);
    }
    quoted.push('"');
    quoted
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::components::data_table::Cell;

    #[test]
    fn writes_bom_semicolons_decimal_commas_and_the_values_as_shown() {
        let table = TableData {
            caption: "x".into(),
            headers: vec!["Mesure".into(), "Valeur".into(), "Note".into()],
            rows: vec![
                vec![
                    Cell::text("Part\u{a0}; «\u{a0}a\u{a0}»"),
                    Cell::number(30.0, "30\u{a0}%"),
                    Cell::text("—"),
                ],
                vec![
                    Cell::text("Heures"),
                    Cell::number(4.5, "4\u{a0}h\u{a0}30"),
                    Cell::text("—"),
                ],
                vec![
                    Cell::text("Dit \"x\""),
                    Cell::number(19_000_000.0, "19\u{202f}000\u{202f}000"),
                    Cell::text("—"),
                ],
                vec![Cell::text("Sans chiffre"), Cell::text("—"), Cell::text("—")],
            ],
        };
        assert_eq!(
            to_csv(&table),
            "\u{feff}Mesure;Valeur;Valeur (affichage);Note\r\n\
             \"Part ; « a »\";30;30 %;—\r\n\
             Heures;4,5;4 h 30;—\r\n\
             \"Dit \"\"x\"\"\";19000000;19 000 000;—\r\n\
             Sans chiffre;;—;—\r\n"
        );
    }
}
