//! `.safeplan` packages to and from files the user picked in the native open/save dialogs.

use std::path::PathBuf;

use safeplan_core::{CoreError, ErrorPayload, ImportMode, Imported};
use tauri::State;

use crate::state::AppState;

/// Writes the plan's package to `path`. Refused with `personal_data` while R9 fires.
#[tauri::command(async)]
pub fn export_package(
    state: State<'_, AppState>,
    id: String,
    path: PathBuf,
) -> Result<(), ErrorPayload> {
    let bytes = state.with(|app| app.export_package(&id))?;
    std::fs::write(&path, bytes).map_err(|e| io_error("cannot write the package", &path, e))
}

/// Reads the package at `path`. With `refuse`, an existing plan gives `plan_exists` so the UI can ask.
#[tauri::command(async)]
pub fn import_package(
    state: State<'_, AppState>,
    path: PathBuf,
    mode: ImportMode,
) -> Result<Imported, ErrorPayload> {
    let bytes = std::fs::read(&path).map_err(|e| io_error("cannot read the package", &path, e))?;
    state.with(|app| app.import_package(&bytes, mode))
}

fn io_error(what: &str, path: &std::path::Path, e: std::io::Error) -> ErrorPayload {
    CoreError::io(format!("{what} {}", path.display()), e).into()
}
