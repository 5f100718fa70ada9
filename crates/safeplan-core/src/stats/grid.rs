//! A table of rows and columns (a CSV file, a spreadsheet's range) as dimensions and cells: the
//! columns of words are dimensions, the columns of figures are the values, and their headers form
//! one more dimension (the years of a wide table, or "Antal" and "Per 100 000 inv.").

use std::collections::HashMap;

use super::marks::classify;
use super::select::to_period;
use super::table::{
    Category, Cell, Cells, Dimension, DimensionRole, FileError, Located, StatTable, StatsFormat,
};

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum GridCell {
    Empty,
    Text(String),
    Number(f64),
}

impl GridCell {
    fn text(&self) -> String {
        match self {
            GridCell::Empty => String::new(),
            GridCell::Text(t) => t.trim().to_string(),
            GridCell::Number(n) => n.to_string(),
        }
    }

    fn as_cell(&self) -> Option<Cell> {
        match self {
            GridCell::Number(n) => Some(Cell::number(*n)),
            GridCell::Empty => classify(""),
            GridCell::Text(t) => classify(t),
        }
    }

    fn is_figure(&self) -> bool {
        matches!(self.as_cell(), Some(c) if c.value.is_some())
    }
}

/// Headers that name the time dimension, in the Nordic languages and English.
const TIME_WORDS: &[&str] = &[
    "år", "year", "period", "tid", "time", "vuosi", "aar", "ár", "månad", "month", "kvartal",
    "quarter", "halvår",
];

fn is_time_header(h: &str) -> bool {
    TIME_WORDS.contains(&h.trim().to_lowercase().as_str())
}

fn is_year_like(c: &GridCell) -> bool {
    match c {
        GridCell::Number(n) => n.fract() == 0.0 && (1900.0..=2200.0).contains(n),
        GridCell::Text(t) => to_period(t.trim()).is_some(),
        GridCell::Empty => false,
    }
}

/// `place(row, column)` names a cell for messages ("line 4, column 2", "cell B7"); rows are
/// counted from 0 in `rows`.
pub(crate) fn table_from_grid(
    mut rows: Vec<Vec<GridCell>>,
    place: &dyn Fn(usize, usize) -> String,
    format: StatsFormat,
    title: Option<String>,
    at: &Located,
) -> Result<StatTable, FileError> {
    while rows
        .last()
        .is_some_and(|r| r.iter().all(|c| *c == GridCell::Empty))
    {
        rows.pop();
    }
    let width = rows.iter().map(Vec::len).max().unwrap_or(0);
    if rows.is_empty() || width < 2 {
        return Err(at.at(
            place(0, 0),
            "no table; expected a row of headers and rows with a label and a figure",
        ));
    }
    for r in &mut rows {
        r.resize(width, GridCell::Empty);
    }
    let numeric_below = |col: usize, from: usize| {
        let cells = &rows[from..];
        !cells.is_empty()
            && cells.iter().all(|r| r[col].as_cell().is_some())
            && cells.iter().any(|r| r[col].is_figure())
    };
    let has_header = rows.len() > 1
        && ((0..width).any(|c| numeric_below(c, 1) && rows[0][c].as_cell().is_none())
            || ((0..width)
                .filter(|c| numeric_below(*c, 1))
                .all(|c| is_year_like(&rows[0][c]))
                && rows[0].iter().all(|c| *c != GridCell::Empty)));
    let (headers, first): (Vec<String>, usize) = if has_header {
        (rows[0].iter().map(GridCell::text).collect(), 1)
    } else {
        ((1..=width).map(|n| format!("column {n}")).collect(), 0)
    };
    let data = &rows[first..];
    let mut value_cols: Vec<usize> = (0..width).filter(|c| numeric_below(*c, first)).collect();
    // A column of whole years beside other figures is the time of a long table, not a figure.
    if value_cols.len() > 1 {
        if let Some(&time) = value_cols
            .iter()
            .find(|c| is_time_header(&headers[**c]) || data.iter().all(|r| is_year_like(&r[**c])))
        {
            value_cols.retain(|c| *c != time);
        }
    }
    if value_cols.is_empty() {
        return Err(at.at(
            place(first, 0),
            "no column holds figures; expected at least one column of numbers",
        ));
    }
    let dim_cols: Vec<usize> = (0..width).filter(|c| !value_cols.contains(c)).collect();
    let mut dimensions: Vec<Dimension> = dim_cols
        .iter()
        .map(|&c| {
            let mut seen = HashMap::new();
            let mut categories = Vec::new();
            for r in data {
                let label = category_text(&r[c]);
                seen.entry(label.clone()).or_insert_with(|| {
                    categories.push(Category {
                        code: label.clone(),
                        label,
                    });
                    categories.len() - 1
                });
            }
            let role = (is_time_header(&headers[c]) || data.iter().all(|r| is_year_like(&r[c])))
                .then_some(DimensionRole::Time);
            Dimension {
                code: headers[c].clone(),
                label: headers[c].clone(),
                role,
                categories,
            }
        })
        .collect();
    let columns_are_periods = !dimensions
        .iter()
        .any(|d| d.role == Some(DimensionRole::Time))
        && value_cols
            .iter()
            .all(|c| has_header && is_year_like(&rows[0][*c]));
    let (code, label, role) = if columns_are_periods {
        ("period", "period", DimensionRole::Time)
    } else {
        ("value", "value column", DimensionRole::Metric)
    };
    dimensions.push(Dimension {
        code: code.to_string(),
        label: label.to_string(),
        role: Some(role),
        categories: value_cols
            .iter()
            .map(|c| Category {
                code: headers[*c].clone(),
                label: headers[*c].clone(),
            })
            .collect(),
    });
    let mut cells = Vec::with_capacity(data.len() * value_cols.len());
    let mut first_seen: HashMap<Vec<u32>, usize> = HashMap::new();
    for (i, r) in data.iter().enumerate() {
        let coords: Vec<u32> = dim_cols
            .iter()
            .zip(&dimensions)
            .map(|(&c, d)| {
                let text = category_text(&r[c]);
                d.categories
                    .iter()
                    .position(|k| k.code == text)
                    .unwrap_or(0) as u32
            })
            .collect();
        if let Some(before) = first_seen.insert(coords.clone(), i) {
            return Err(at.at(
                place(first + i, dim_cols.first().copied().unwrap_or(0)),
                format!(
                    "this row names the same {} as the row at {}; expected each combination once",
                    describe(&dim_cols, &headers, r),
                    place(first + before, 0)
                ),
            ));
        }
        for (v, &c) in value_cols.iter().enumerate() {
            let cell = r[c]
                .as_cell()
                .ok_or_else(|| at.at(place(first + i, c), "expected a figure or a mark"))?;
            let mut at_coords = coords.clone();
            at_coords.push(v as u32);
            cells.push((at_coords, cell));
        }
    }
    Ok(StatTable {
        format,
        title,
        source: None,
        updated: None,
        units: None,
        dimensions,
        cells: Cells::Sparse(cells),
    })
}

fn category_text(c: &GridCell) -> String {
    match c {
        GridCell::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 => format!("{}", *n as i64),
        other => other.text(),
    }
}

fn describe(cols: &[usize], headers: &[String], row: &[GridCell]) -> String {
    cols.iter()
        .map(|&c| format!("{} \"{}\"", headers[c], category_text(&row[c])))
        .collect::<Vec<_>>()
        .join(", ")
}
