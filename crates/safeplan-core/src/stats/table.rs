//! The one shape every statistics file is read into, whatever its format: named dimensions whose
//! categories carry a label and a code, and cells that hold a value or say why they do not. The
//! selection of a series and the import only ever see this shape.

use safeplan_model::IsoDate;
use serde::Serialize;
use ts_rs::TS;

/// What a dimension stands for, where the file says it (PX TIMEVAL/CONTVARIABLE/MAP, JSON-stat
/// `role`) or where the reader can tell (a column of years, the columns of numbers).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum DimensionRole {
    Time,
    Geo,
    Metric,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Category {
    pub code: String,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Dimension {
    pub code: String,
    pub label: String,
    pub role: Option<DimensionRole>,
    pub categories: Vec<Category>,
}

/// Why a cell holds what it holds. Suppressed and missing cells carry no value and are never read
/// as 0; a nil cell ("-" in PX) is a true zero.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum CellKind {
    Value,
    Nil,
    Suppressed,
    Missing,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    pub value: Option<f64>,
    pub kind: CellKind,
    /// What the file says about the cell: its mark's meaning, a status. Empty when it says nothing.
    pub note: String,
}

impl Cell {
    pub fn number(value: f64) -> Cell {
        Cell {
            value: Some(value),
            kind: CellKind::Value,
            note: String::new(),
        }
    }

    pub fn marked(kind: CellKind, note: impl Into<String>) -> Cell {
        Cell {
            value: (kind == CellKind::Nil).then_some(0.0),
            kind,
            note: note.into(),
        }
    }
}

/// PX and JSON-stat hold every combination in row-major order of the dimensions; a spreadsheet
/// holds only the combinations its rows name.
#[derive(Debug, Clone, PartialEq)]
pub enum Cells {
    Dense(Vec<Cell>),
    /// One category index per dimension, then the cell.
    Sparse(Vec<(Vec<u32>, Cell)>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum StatsFormat {
    Csv,
    Spreadsheet,
    Px,
    JsonStat,
}

#[derive(Debug, Clone, PartialEq)]
pub struct StatTable {
    pub format: StatsFormat,
    pub title: Option<String>,
    pub source: Option<String>,
    /// The date the figures were last updated, as `YYYY-MM-DD`.
    pub updated: Option<IsoDate>,
    pub units: Option<String>,
    pub dimensions: Vec<Dimension>,
    pub cells: Cells,
}

impl StatTable {
    /// The cell at one category index per dimension, if the file has it.
    pub fn cell(&self, at: &[u32]) -> Option<&Cell> {
        match &self.cells {
            Cells::Dense(cells) => {
                let mut offset = 0usize;
                for (d, &i) in self.dimensions.iter().zip(at) {
                    offset = offset * d.categories.len() + i as usize;
                }
                cells.get(offset)
            }
            Cells::Sparse(cells) => cells.iter().find(|(c, _)| c == at).map(|(_, cell)| cell),
        }
    }

    pub fn summary(&self) -> TableSummary {
        let mut counts = CellCounts::default();
        let mut count = |c: &Cell| match c.kind {
            CellKind::Value => counts.values += 1,
            CellKind::Nil => counts.nil += 1,
            CellKind::Suppressed => counts.suppressed += 1,
            CellKind::Missing => counts.missing += 1,
        };
        match &self.cells {
            Cells::Dense(cells) => cells.iter().for_each(&mut count),
            Cells::Sparse(cells) => cells.iter().for_each(|(_, c)| count(c)),
        }
        TableSummary {
            format: self.format,
            title: self.title.clone(),
            source: self.source.clone(),
            updated: self.updated.clone(),
            units: self.units.clone(),
            dimensions: self.dimensions.clone(),
            cells: counts,
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
pub struct CellCounts {
    pub values: u32,
    pub nil: u32,
    pub suppressed: u32,
    pub missing: u32,
}

/// What a file holds, for `stats inspect` and the app's import dialog.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct TableSummary {
    pub format: StatsFormat,
    pub title: Option<String>,
    pub source: Option<String>,
    pub updated: Option<IsoDate>,
    pub units: Option<String>,
    pub dimensions: Vec<Dimension>,
    pub cells: CellCounts,
}

/// A file that cannot be read: which file, where in it (line, cell or JSON path), and what was
/// expected there.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}, {place}: {message}")]
pub struct FileError {
    pub file: String,
    pub place: String,
    pub message: String,
}

/// Builds located errors for one file.
#[derive(Debug, Clone)]
pub(crate) struct Located {
    pub file: String,
}

impl Located {
    pub fn at(&self, place: impl Into<String>, message: impl Into<String>) -> FileError {
        FileError {
            file: self.file.clone(),
            place: place.into(),
            message: message.into(),
        }
    }
}
