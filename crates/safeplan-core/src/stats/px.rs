//! PX, the PC-Axis format PxWeb serves (Statistics Sweden, Norway, Finland, Denmark): lines of
//! `KEYWORD[lang]("subkey")=value;` up to `DATA=`, then the cells in row-major order of the STUB
//! variables followed by the HEADING variables. Only the file's default language is read.

use std::collections::HashMap;

use safeplan_model::IsoDate;

use super::marks::kind_of_explained_mark;
use super::table::{
    Category, Cell, CellKind, Cells, Dimension, DimensionRole, FileError, Located, StatTable,
    StatsFormat,
};

/// Past this many cells a file is refused before anything is allocated for them.
const CELLS_MAX: usize = 20_000_000;

struct Entry {
    subkeys: Vec<String>,
    items: Vec<String>,
    line: usize,
}

/// The keywords of the file's default language, each with its entries in file order.
struct Keywords(HashMap<String, Vec<Entry>>);

impl Keywords {
    fn all(&self, key: &str) -> &[Entry] {
        self.0.get(key).map(Vec::as_slice).unwrap_or(&[])
    }

    fn first(&self, key: &str) -> Option<&Entry> {
        self.all(key).first()
    }

    fn text(&self, key: &str) -> Option<String> {
        self.first(key)
            .map(|e| e.items.join(", "))
            .filter(|s| !s.trim().is_empty())
    }

    fn for_var(&self, key: &str, var: &str) -> Option<&Entry> {
        self.all(key)
            .iter()
            .find(|e| e.subkeys.first().is_some_and(|s| s == var))
    }
}

/// The encoding the file declares: CODEPAGE names it; CHARSET="ANSI" alone means Windows-1252.
/// Files that declare neither are read as UTF-8 when they are valid UTF-8, else as Windows-1252.
fn encoding_of(bytes: &[u8]) -> &'static encoding_rs::Encoding {
    let head = &bytes[..bytes.len().min(64 * 1024)];
    let head = String::from_utf8_lossy(head);
    let declared = |key: &str| {
        let at = head.find(&format!("{key}=\""))? + key.len() + 2;
        let end = head[at..].find('"')?;
        Some(head[at..at + end].to_string())
    };
    if let Some(enc) =
        declared("CODEPAGE").and_then(|c| encoding_rs::Encoding::for_label(c.trim().as_bytes()))
    {
        return enc;
    }
    if declared("CHARSET").is_some_and(|c| c.eq_ignore_ascii_case("ANSI"))
        || std::str::from_utf8(bytes).is_err()
    {
        return encoding_rs::WINDOWS_1252;
    }
    encoding_rs::UTF_8
}

pub(crate) fn read_px(bytes: &[u8], at: &Located) -> Result<StatTable, FileError> {
    let (text, _, _) = encoding_of(bytes).decode(bytes);
    let (keywords, data, data_line) = parse_keywords(&text, at)?;
    let vars = |key: &str| {
        keywords
            .first(key)
            .map(|e| e.items.clone())
            .unwrap_or_default()
    };
    let stub = vars("STUB");
    let heading = vars("HEADING");
    if stub.is_empty() && heading.is_empty() {
        return Err(at.at(
            "line 1",
            "no STUB or HEADING; expected STUB=\"variable\",…; and/or HEADING=…;",
        ));
    }
    let time_var = keywords
        .all("TIMEVAL")
        .first()
        .and_then(|e| e.subkeys.first().cloned());
    let content_var = keywords.text("CONTVARIABLE");
    let mut dimensions = Vec::new();
    for var in stub.iter().chain(&heading) {
        let values = keywords.for_var("VALUES", var).ok_or_else(|| {
            at.at("header", format!("no VALUES(\"{var}\"); expected the labels of the variable \"{var}\" named in STUB or HEADING"))
        })?;
        let codes = keywords.for_var("CODES", var);
        if let Some(c) = codes.filter(|c| c.items.len() != values.items.len()) {
            return Err(at.at(
                format!("line {}", c.line),
                format!("CODES(\"{var}\") lists {} codes; expected {}, one per value in VALUES(\"{var}\")", c.items.len(), values.items.len()),
            ));
        }
        let categories = values
            .items
            .iter()
            .enumerate()
            .map(|(i, label)| Category {
                code: codes.map_or_else(|| label.clone(), |c| c.items[i].clone()),
                label: label.clone(),
            })
            .collect();
        let role = if time_var.as_deref() == Some(var.as_str()) {
            Some(DimensionRole::Time)
        } else if content_var.as_deref() == Some(var.as_str()) {
            Some(DimensionRole::Metric)
        } else if keywords.for_var("MAP", var).is_some() {
            Some(DimensionRole::Geo)
        } else {
            None
        };
        dimensions.push(Dimension {
            code: keywords
                .for_var("VARIABLE-CODE", var)
                .and_then(|e| e.items.first().cloned())
                .unwrap_or_else(|| var.clone()),
            label: var.clone(),
            role,
            categories,
        });
    }
    let cells = read_data(data, data_line, &dimensions, &keywords, at)?;
    Ok(StatTable {
        format: StatsFormat::Px,
        title: keywords
            .text("TITLE")
            .or_else(|| keywords.text("DESCRIPTION")),
        source: keywords.text("SOURCE"),
        updated: keywords
            .first("LAST-UPDATED")
            .and_then(|e| e.items.first())
            .and_then(|u| px_date(u)),
        units: keywords.text("UNITS"),
        dimensions,
        cells: Cells::Dense(cells),
    })
}

/// `"20240321 09:00"` → `2024-03-21`.
/// `"20240321 09:00"` → 2024-03-21; anything that is no calendar date gives none.
fn px_date(text: &str) -> Option<IsoDate> {
    let d = text.get(0..8)?;
    if !d.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    IsoDate::parse(&format!("{}-{}-{}", &d[0..4], &d[4..6], &d[6..8])).ok()
}

/// Every keyword entry up to `DATA=`, and the text of DATA with the line it starts on.
fn parse_keywords<'t>(
    text: &'t str,
    at: &Located,
) -> Result<(Keywords, &'t str, usize), FileError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut keywords: HashMap<String, Vec<Entry>> = HashMap::new();
    let mut line = 1;
    let mut rest = text;
    loop {
        let trimmed = rest.trim_start();
        line += rest[..rest.len() - trimmed.len()].matches('\n').count();
        rest = trimmed;
        if rest.is_empty() {
            return Err(at.at(
                format!("line {line}"),
                "the file ends before DATA=; expected the cells after DATA=",
            ));
        }
        let name_end = rest.find(['[', '(', '=']).ok_or_else(|| {
            at.at(
                format!("line {line}"),
                "a keyword without `=`; expected KEYWORD=value;",
            )
        })?;
        let keyword = rest[..name_end].trim().to_string();
        if keyword.is_empty() || keyword.contains(['"', ';', '\n']) {
            return Err(at.at(
                format!("line {line}"),
                format!(
                    "`{}` is not a keyword; expected KEYWORD=value;",
                    first_words(rest)
                ),
            ));
        }
        let start_line = line;
        let mut pos = name_end;
        let mut lang = None;
        if rest[pos..].starts_with('[') {
            let end = rest[pos..].find(']').ok_or_else(|| {
                at.at(
                    format!("line {line}"),
                    format!("{keyword}[ is not closed; expected ]"),
                )
            })?;
            lang = Some(rest[pos + 1..pos + end].to_string());
            pos += end + 1;
        }
        let mut subkeys = Vec::new();
        if rest[pos..].starts_with('(') {
            let end = rest[pos..].find(")=").ok_or_else(|| {
                at.at(
                    format!("line {line}"),
                    format!("{keyword}( is not closed; expected (\"variable\")="),
                )
            })?;
            subkeys = split_items(&rest[pos + 1..pos + end]);
            pos += end + 1;
        }
        if !rest[pos..].starts_with('=') {
            return Err(at.at(
                format!("line {line}"),
                format!("{keyword} is not followed by `=`"),
            ));
        }
        pos += 1;
        if keyword == "DATA" {
            return Ok((Keywords(keywords), &rest[pos..], line));
        }
        let end = value_end(&rest[pos..]).ok_or_else(|| {
            at.at(
                format!("line {start_line}"),
                format!("the value of {keyword} never ends; expected `;` after it"),
            )
        })?;
        let raw = &rest[pos..pos + end];
        line += rest[..pos + end].matches('\n').count();
        rest = &rest[pos + end + 1..];
        if lang.is_none() {
            keywords.entry(keyword).or_default().push(Entry {
                subkeys,
                items: split_items(raw),
                line: start_line,
            });
        }
    }
}

fn first_words(s: &str) -> String {
    s.chars().take(30).take_while(|c| *c != '\n').collect()
}

/// The byte offset of the `;` that ends a value (outside quotes).
fn value_end(s: &str) -> Option<usize> {
    let mut quoted = false;
    for (i, b) in s.bytes().enumerate() {
        match b {
            b'"' => quoted = !quoted,
            b';' if !quoted => return Some(i),
            _ => {}
        }
    }
    None
}

/// A value's items: split at commas outside quotes and parentheses; quoted pieces of one item
/// (a long string continued on the next line) are joined without a separator.
fn split_items(raw: &str) -> Vec<String> {
    let mut items = Vec::new();
    let mut item = String::new();
    let mut quoted = false;
    let mut depth = 0u32;
    let mut any = false;
    for c in raw.chars() {
        match c {
            '"' => {
                quoted = !quoted;
                any = true;
            }
            _ if quoted => item.push(c),
            '(' => {
                depth += 1;
                item.push(c);
            }
            ')' => {
                depth = depth.saturating_sub(1);
                item.push(c);
            }
            ',' if depth == 0 => {
                items.push(std::mem::take(&mut item));
                any = false;
            }
            // Outside a TLIST(…) whitespace only separates the pieces of a continued string.
            '\r' | '\n' | ' ' | '\t' => {
                if depth > 0 && !item.ends_with(' ') {
                    item.push(' ');
                }
            }
            _ => {
                item.push(c);
                any = true;
            }
        }
    }
    if any || !item.is_empty() {
        items.push(item);
    }
    items
}

fn read_data(
    data: &str,
    first_line: usize,
    dimensions: &[Dimension],
    keywords: &Keywords,
    at: &Located,
) -> Result<Vec<Cell>, FileError> {
    let expected = dimensions
        .iter()
        .try_fold(1usize, |n, d| n.checked_mul(d.categories.len()))
        .filter(|n| *n <= CELLS_MAX)
        .ok_or_else(|| {
            at.at(
                "DATA",
                format!("the variables make more than {CELLS_MAX} cells; expected a smaller table"),
            )
        })?;
    let symbol = |n: usize, fallback: &str| {
        let key = if n == 0 {
            "DATASYMBOLNIL".to_string()
        } else {
            format!("DATASYMBOL{n}")
        };
        keywords.text(&key).unwrap_or_else(|| fallback.to_string())
    };
    let dots: Vec<Cell> = [
        "category not applicable",
        "not available",
        "not available",
        "not available",
        "not available",
        "not available",
    ]
    .iter()
    .enumerate()
    .map(|(i, fallback)| {
        let text = symbol(i + 1, fallback);
        let mark = ".".repeat(i + 1);
        Cell::marked(kind_of_explained_mark(&text), format!("{text} ({mark})"))
    })
    .collect();
    let nil = Cell::marked(
        CellKind::Nil,
        format!("nil: {} (-)", symbol(0, "nothing to report")),
    );
    let confidential = Cell::marked(CellKind::Suppressed, "confidential (:)");

    let mut cells = Vec::with_capacity(expected);
    let body = data.trim_end();
    let body = body.strip_suffix(';').ok_or_else(|| {
        at.at(
            format!("line {}", first_line + data.matches('\n').count()),
            "DATA does not end with `;`",
        )
    })?;
    for (line_no, line) in body.lines().enumerate() {
        for token in line.split([' ', '\t', ',']).filter(|t| !t.is_empty()) {
            let bare = token.trim_matches('"');
            let cell = match bare {
                "-" => nil.clone(),
                ":" => confidential.clone(),
                _ if !bare.is_empty() && bare.len() <= 6 && bare.bytes().all(|b| b == b'.') => dots[bare.len() - 1].clone(),
                _ => match bare.parse::<f64>() {
                    Ok(v) if v.is_finite() && !bare.starts_with(['i', 'I', 'n', 'N', '+']) => Cell::number(v),
                    _ => {
                        return Err(at.at(
                            format!("line {}", first_line + line_no),
                            format!("`{token}` in DATA is not a number; expected a number or a data mark (\".\" to \"......\", \"-\", \":\")"),
                        ))
                    }
                },
            };
            if cells.len() == expected {
                return Err(at.at(
                    format!("line {}", first_line + line_no),
                    format!("DATA holds more than {expected} cells; expected exactly {expected} (the product of the variables' value counts)"),
                ));
            }
            cells.push(cell);
        }
    }
    if cells.len() != expected {
        return Err(at.at(
            "DATA",
            format!("DATA holds {} cells; expected {expected} (the product of the variables' value counts)", cells.len()),
        ));
    }
    Ok(cells)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_join_continued_strings_and_keep_tlist_whole() {
        assert_eq!(split_items("\"abc\"\n\"def\""), vec!["abcdef"]);
        assert_eq!(split_items("\"a\",\"b\",\n\"c\""), vec!["a", "b", "c"]);
        assert_eq!(split_items("TLIST(A1),\"2019\""), vec!["TLIST(A1)", "2019"]);
        assert_eq!(
            split_items("TLIST(A1, \"1994\"-\"1996\")"),
            vec!["TLIST(A1, 1994-1996)"]
        );
    }

    #[test]
    fn px_dates() {
        assert_eq!(
            px_date("20240321 09:00").map(|d| d.to_string()).as_deref(),
            Some("2024-03-21")
        );
        assert_eq!(px_date("soon"), None);
        assert_eq!(px_date("20260231 09:00"), None);
    }
}
