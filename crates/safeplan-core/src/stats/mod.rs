//! Statistics from the files planners download: CSV, Excel and OpenDocument, PX and JSON-stat.
//! Each reader turns its format into one [`StatTable`]; [`select_series`] picks one series from
//! it; the import writes that series into a new or an existing indicator as one saved change.
//! A file that cannot be read is refused with where and what ([`FileError`]), and nothing of it
//! is saved.

mod delimited;
mod grid;
mod import;
mod jsonstat;
mod marks;
mod px;
mod select;
mod spreadsheet;
mod table;

pub use import::{ImportPreview, PreviewRow, StatsImportRequest, StatsImported, StatsTarget};
pub use select::{select_series, SelectionError, Series, SeriesPoint, SeriesQuery};
pub use spreadsheet::SheetChoice;
pub use table::{
    Category, Cell, CellCounts, CellKind, Cells, Dimension, DimensionRole, FileError, StatTable,
    StatsFormat, TableSummary,
};

use std::path::Path;

use crate::error::CoreError;
use table::Located;

/// Larger files are refused before they are read: no published table comes near it.
pub const MAX_STATS_FILE_BYTES: u64 = 200 * 1024 * 1024;

/// Reads a statistics file's bytes. `file` names it in messages; its extension decides the format
/// where it has one the readers know, else the content does.
pub fn read_table(bytes: &[u8], file: &str, choice: &SheetChoice) -> Result<StatTable, FileError> {
    let at = Located {
        file: file.to_string(),
    };
    let ext = Path::new(file)
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    let start = bytes
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .map_or(&[][..], |i| &bytes[i..]);
    let start = start.strip_prefix(b"\xef\xbb\xbf").unwrap_or(start);
    match ext.as_str() {
        "px" => px::read_px(bytes, &at),
        "json" => jsonstat::read_json_stat(bytes, &at),
        "xlsx" | "xlsm" | "xls" | "xlsb" | "ods" => spreadsheet::read_workbook(bytes, choice, &at),
        "csv" | "tsv" | "txt" => delimited::read_csv(bytes, &at),
        _ if start.starts_with(b"{") => jsonstat::read_json_stat(bytes, &at),
        // Zip (xlsx, ods) and the old binary Office container (xls).
        _ if start.starts_with(b"PK\x03\x04") || start.starts_with(b"\xd0\xcf\x11\xe0") => {
            spreadsheet::read_workbook(bytes, choice, &at)
        }
        _ if looks_like_px(bytes) => px::read_px(bytes, &at),
        _ => delimited::read_csv(bytes, &at),
    }
}

fn looks_like_px(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(64 * 1024)];
    let has = |k: &[u8]| head.windows(k.len()).any(|w| w == k);
    (has(b"STUB=") || has(b"HEADING=")) && has(b"VALUES(")
}

pub(crate) fn read_file(path: &Path, choice: &SheetChoice) -> Result<StatTable, CoreError> {
    let shown = path.display().to_string();
    let size = std::fs::metadata(path)
        .map_err(|e| CoreError::io(format!("cannot read {shown}"), e))?
        .len();
    if size > MAX_STATS_FILE_BYTES {
        return Err(CoreError::TooLarge(format!(
            "{shown} is {size} bytes; statistics files up to {MAX_STATS_FILE_BYTES} bytes are read"
        )));
    }
    let bytes =
        std::fs::read(path).map_err(|e| CoreError::io(format!("cannot read {shown}"), e))?;
    let name = path
        .file_name()
        .map_or(shown.clone(), |n| n.to_string_lossy().into_owned());
    Ok(read_table(&bytes, &name, choice)?)
}

impl From<FileError> for CoreError {
    fn from(e: FileError) -> Self {
        CoreError::StatsFile(e.to_string())
    }
}

impl From<SelectionError> for CoreError {
    fn from(e: SelectionError) -> Self {
        CoreError::StatsSelection(e.0)
    }
}

/// What a statistics file holds: its dimensions with their values, where it comes from. Needs
/// no database.
pub fn inspect_file(path: &Path, choice: &SheetChoice) -> Result<TableSummary, CoreError> {
    Ok(read_file(path, choice)?.summary())
}
