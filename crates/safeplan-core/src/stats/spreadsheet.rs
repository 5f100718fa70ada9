//! Excel (.xlsx, .xls, .xlsb) and OpenDocument (.ods) workbooks through calamine. The planner names
//! the sheet and, where the table does not start at the top, the range; title rows above the
//! table (a heading, a blank row) are kept as the table's title.

use std::io::Cursor;

use calamine::{open_workbook_auto_from_rs, Data, Reader};

use super::grid::{table_from_grid, GridCell};
use super::table::{FileError, Located, StatTable, StatsFormat};

/// Where in a workbook the table is.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SheetChoice {
    /// A sheet's name or its number counted from 1; the first sheet when absent.
    pub sheet: Option<String>,
    /// `A1:D20`; the sheet's used cells when absent.
    pub range: Option<String>,
}

pub(crate) fn read_workbook(
    bytes: &[u8],
    choice: &SheetChoice,
    at: &Located,
) -> Result<StatTable, FileError> {
    let mut book = open_workbook_auto_from_rs(Cursor::new(bytes.to_vec())).map_err(|e| {
        at.at(
            "workbook",
            format!("not readable as an Excel or OpenDocument workbook ({e})"),
        )
    })?;
    let names = book.sheet_names().to_vec();
    let name = match &choice.sheet {
        None => names.first().cloned(),
        Some(s) => names
            .iter()
            .find(|n| n.trim().eq_ignore_ascii_case(s.trim()))
            .cloned()
            .or_else(|| {
                s.trim()
                    .parse::<usize>()
                    .ok()
                    .and_then(|n| n.checked_sub(1))
                    .and_then(|i| names.get(i).cloned())
            }),
    }
    .ok_or_else(|| {
        at.at(
            format!("sheet {}", choice.sheet.as_deref().unwrap_or("1")),
            format!("no such sheet; expected one of: {}", names.join(", ")),
        )
    })?;
    let range = book
        .worksheet_range(&name)
        .map_err(|e| at.at(format!("sheet {name}"), format!("not readable ({e})")))?;
    let Some((top, left)) = range.start() else {
        return Err(at.at(
            format!("sheet {name}"),
            "the sheet is empty; expected a table",
        ));
    };
    let (bottom, right) = range.end().unwrap_or((top, left));
    let (r0, c0, r1, c1) = match &choice.range {
        Some(text) => parse_range(text).ok_or_else(|| {
            at.at(
                format!("sheet {name}"),
                format!("`{text}` is not a range; expected two cells such as A1:D20"),
            )
        })?,
        None => (top, left, bottom, right),
    };
    let mut rows: Vec<Vec<GridCell>> = (r0..=r1)
        .map(|r| {
            (c0..=c1)
                .map(|c| grid_cell(range.get_value((r, c))))
                .collect()
        })
        .collect();
    // Title rows: above the first row with two or more filled cells.
    let filled = |row: &Vec<GridCell>| row.iter().filter(|c| **c != GridCell::Empty).count();
    let skip = rows.iter().position(|r| filled(r) >= 2).unwrap_or(0);
    let title: Vec<String> = rows
        .drain(..skip)
        .flatten()
        .filter_map(|c| match c {
            GridCell::Text(t) => Some(t.trim().to_string()),
            _ => None,
        })
        .collect();
    let first_row = r0 + skip as u32;
    let place = |row: usize, col: usize| {
        format!(
            "sheet {name}, cell {}{}",
            column_letters(c0 + col as u32),
            first_row + row as u32 + 1
        )
    };
    let title = (!title.is_empty()).then(|| title.join(" "));
    table_from_grid(rows, &place, StatsFormat::Spreadsheet, title, at)
}

fn grid_cell(data: Option<&Data>) -> GridCell {
    match data {
        None | Some(Data::Empty) => GridCell::Empty,
        Some(Data::Float(f)) => GridCell::Number(*f),
        Some(Data::Int(i)) => GridCell::Number(*i as f64),
        Some(Data::String(s)) => GridCell::Text(s.clone()),
        Some(Data::Bool(b)) => GridCell::Text(b.to_string()),
        Some(Data::DateTimeIso(s)) | Some(Data::DurationIso(s)) => GridCell::Text(s.clone()),
        Some(Data::DateTime(d)) => GridCell::Number(d.as_f64()),
        // #N/A, #DIV/0! and the like: no figure, said as what it is.
        Some(Data::Error(e)) => GridCell::Text(format!("{e}")),
    }
}

/// `B7` → (row 6, column 1), counted from 0.
fn parse_cell(text: &str) -> Option<(u32, u32)> {
    let text = text.trim().replace('$', "");
    let split = text.find(|c: char| c.is_ascii_digit())?;
    let (letters, digits) = text.split_at(split);
    if letters.is_empty() || !letters.chars().all(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    let col = letters
        .to_ascii_uppercase()
        .bytes()
        .try_fold(0u32, |n, b| {
            n.checked_mul(26)?.checked_add(u32::from(b - b'A' + 1))
        })?;
    let row: u32 = digits.parse().ok()?;
    Some((row.checked_sub(1)?, col - 1))
}

fn parse_range(text: &str) -> Option<(u32, u32, u32, u32)> {
    let (a, b) = text.split_once(':')?;
    let (r0, c0) = parse_cell(a)?;
    let (r1, c1) = parse_cell(b)?;
    (r0 <= r1 && c0 <= c1).then_some((r0, c0, r1, c1))
}

fn column_letters(mut col: u32) -> String {
    let mut out = Vec::new();
    loop {
        out.push(b'A' + (col % 26) as u8);
        if col < 26 {
            break;
        }
        col = col / 26 - 1;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_and_letters() {
        assert_eq!(parse_range("A1:D20"), Some((0, 0, 19, 3)));
        assert_eq!(parse_range("$B$3:AA10"), Some((2, 1, 9, 26)));
        assert_eq!(parse_range("D1:A2"), None);
        assert_eq!(parse_range("A1"), None);
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(column_letters(27), "AB");
    }
}
