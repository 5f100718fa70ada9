//! CSV as statistics offices and spreadsheets write it: comma, semicolon or tab; UTF-8 with or
//! without a byte-order mark, or Windows-1252 (which Latin-1 text also reads as); quoted cells
//! that hold line breaks.

use super::grid::{table_from_grid, GridCell};
use super::table::{FileError, Located, StatTable, StatsFormat};

/// UTF-8 when the bytes are UTF-8 (a BOM is dropped), else Windows-1252: Excel's "CSV" on a
/// Nordic Windows machine.
pub(crate) fn decode(bytes: &[u8]) -> String {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => text.to_string(),
        Err(_) => encoding_rs::WINDOWS_1252
            .decode_without_bom_handling(bytes)
            .0
            .into_owned(),
    }
}

/// The separator that occurs most often outside quotes in the first line; on a tie tab, then
/// semicolon (a Nordic file with decimal commas is never comma-separated), then comma.
fn separator(text: &str) -> u8 {
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for b in text.bytes() {
        match b {
            b'"' => quoted = !quoted,
            b'\n' if !quoted => break,
            b'\t' if !quoted => counts[0] += 1,
            b';' if !quoted => counts[1] += 1,
            b',' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let best = (0..3).max_by_key(|i| (counts[*i], 3 - i)).unwrap_or(1);
    [b'\t', b';', b','][best]
}

pub(crate) fn read_csv(bytes: &[u8], at: &Located) -> Result<StatTable, FileError> {
    let text = decode(bytes);
    let sep = separator(&text);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(sep)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    let mut lines = Vec::new();
    let mut width = None;
    for record in reader.records() {
        let record = record.map_err(|e| {
            let line = e.position().map_or(0, |p| p.line());
            at.at(format!("line {line}"), format!("not readable as CSV ({e})"))
        })?;
        let line = record.position().map_or(0, |p| p.line()) as usize;
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        match width {
            None => width = Some(record.len()),
            Some(w) if w != record.len() => {
                return Err(at.at(
                    format!("line {line}"),
                    format!(
                        "has {} cells; expected {w} like the first row (separator `{}`)",
                        record.len(),
                        sep_name(sep)
                    ),
                ))
            }
            Some(_) => {}
        }
        lines.push(line);
        rows.push(
            record
                .iter()
                .map(|c| {
                    if c.trim().is_empty() {
                        GridCell::Empty
                    } else {
                        GridCell::Text(c.to_string())
                    }
                })
                .collect(),
        );
    }
    let place = |row: usize, col: usize| match lines.get(row) {
        Some(line) => format!("line {line}, column {}", col + 1),
        None => "line 1".to_string(),
    };
    table_from_grid(rows, &place, StatsFormat::Csv, None, at)
}

fn sep_name(sep: u8) -> &'static str {
    match sep {
        b'\t' => "tab",
        b';' => ";",
        _ => ",",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn separator_prefers_the_header_and_semicolon_on_a_tie() {
        assert_eq!(
            separator("Kommun;Antal;Per 100 000 inv.\nAle;1,5;2,5"),
            b';'
        );
        assert_eq!(separator("a\tb\tc\n"), b'\t');
        assert_eq!(separator("\"a,b\";c\n"), b';');
        assert_eq!(separator("a,b,c\n"), b',');
    }

    #[test]
    fn windows_1252_is_read_when_not_utf8() {
        assert_eq!(decode(b"Malm\xf6"), "Malmö");
        assert_eq!(decode("\u{feff}Malmö".as_bytes()), "Malmö");
    }
}
