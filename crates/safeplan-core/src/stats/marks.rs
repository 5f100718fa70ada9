//! How a cell's text becomes a number or a mark. Nordic files write `1 234,5` (a space or a
//! non-breaking space between thousands, a decimal comma); their missing and confidential cells
//! are words or dots, which must never turn into 0 or vanish.

use super::table::{Cell, CellKind};

/// Marks that stand for a figure held back so it cannot identify anyone.
const SUPPRESSED: &[&str] = &[
    "xx",
    "x",
    "sekretess",
    "sekretessbelagd",
    "konfidentiell",
    "c",
];
/// Marks that stand for a figure nobody has.
const MISSING: &[&str] = &[
    "..",
    "...",
    "na",
    "n/a",
    "uppgift saknas",
    "saknas",
    "missing",
    ":",
    "–",
    "—",
];

/// Words in a mark's explanation (a PX DATASYMBOL text, a JSON-stat status) that mean the figure
/// was held back rather than never made.
const SUPPRESSED_WORDS: &[&str] = &[
    "sekretess",
    "confidential",
    "konfidentiell",
    "suppress",
    "röj",
    "skydd",
    "prikk",
    "fortrolig",
    "luottamuksellinen",
    "för osäker",
    "too uncertain",
    "too few",
    "för få",
];

/// The cell a spreadsheet's or CSV's text stands for: a number, a known mark, or `None` for text
/// that is neither (a label).
pub(crate) fn classify(text: &str) -> Option<Cell> {
    let t = text.trim();
    if t.is_empty() {
        return Some(Cell::marked(CellKind::Missing, "empty cell"));
    }
    if let Some(v) = parse_number(t) {
        return Some(Cell::number(v));
    }
    if t == "-" {
        return Some(Cell::marked(CellKind::Nil, "nil: nothing to report (-)"));
    }
    let lower = t.to_lowercase();
    if SUPPRESSED.contains(&lower.as_str()) {
        return Some(Cell::marked(
            CellKind::Suppressed,
            format!("suppressed ({t})"),
        ));
    }
    if MISSING.contains(&lower.as_str()) {
        return Some(Cell::marked(CellKind::Missing, format!("missing ({t})")));
    }
    None
}

/// Suppressed when the explanation says the figure was held back, else missing.
pub(crate) fn kind_of_explained_mark(explanation: &str) -> CellKind {
    let lower = explanation.to_lowercase();
    if SUPPRESSED_WORDS.iter().any(|w| lower.contains(w)) {
        CellKind::Suppressed
    } else {
        CellKind::Missing
    }
}

/// A number written the Nordic or the English way: `1 234,5`, `1234.5`, `-3`, `1.234,5`,
/// `1,234.5`, `12 %`. A lone comma is a decimal comma. Nothing else (no `inf`, no `NaN`).
pub(crate) fn parse_number(text: &str) -> Option<f64> {
    let t = text.trim().trim_end_matches('%').trim_end();
    let mut s = String::with_capacity(t.len());
    for c in t.chars() {
        match c {
            // Thousands are grouped by spaces of several kinds; none carries meaning.
            ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' | '\'' => {}
            '\u{2212}' => s.push('-'),
            '0'..='9' | '.' | ',' | '-' | '+' | 'e' | 'E' => s.push(c),
            _ => return None,
        }
    }
    if !s.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let normalised = match (s.rfind(','), s.rfind('.')) {
        (Some(_), None) if s.matches(',').count() == 1 => s.replace(',', "."),
        (Some(_), None) => s.replace(',', ""),
        (Some(c), Some(d)) if c > d => s.replace('.', "").replace(',', "."),
        (Some(_), Some(_)) => s.replace(',', ""),
        (None, Some(_)) if s.matches('.').count() > 1 => s.replace('.', ""),
        _ => s,
    };
    let v: f64 = normalised.parse().ok()?;
    v.is_finite().then_some(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nordic_and_english_numbers() {
        assert_eq!(parse_number("1 234,5"), Some(1234.5));
        assert_eq!(parse_number("1\u{a0}234"), Some(1234.0));
        assert_eq!(parse_number("1\u{202f}234,25"), Some(1234.25));
        assert_eq!(parse_number("1.234,5"), Some(1234.5));
        assert_eq!(parse_number("1,234.5"), Some(1234.5));
        assert_eq!(parse_number("\u{2212}3,5"), Some(-3.5));
        assert_eq!(parse_number("45,6 %"), Some(45.6));
        assert_eq!(parse_number("123456789.12345679"), Some(123456789.12345679));
        assert_eq!(parse_number("1.000.000"), Some(1_000_000.0));
        for text in ["", "abc", "inf", "NaN", "..", "-", "12a", "1e999"] {
            assert_eq!(parse_number(text), None, "{text}");
        }
    }

    #[test]
    fn marks_are_never_zero() {
        for (text, kind) in [
            ("..", CellKind::Missing),
            ("XX", CellKind::Suppressed),
            ("NA", CellKind::Missing),
            ("Sekretess", CellKind::Suppressed),
            ("Uppgift saknas", CellKind::Missing),
            ("", CellKind::Missing),
        ] {
            let cell = classify(text).unwrap();
            assert_eq!(cell.kind, kind, "{text}");
            assert_eq!(cell.value, None, "{text}");
        }
        assert_eq!(classify("Malmö"), None);
    }

    #[test]
    fn explained_marks() {
        assert_eq!(
            kind_of_explained_mark("Sekretessbelagd uppgift"),
            CellKind::Suppressed
        );
        assert_eq!(
            kind_of_explained_mark("Uppgift inte tillgänglig"),
            CellKind::Missing
        );
    }
}
