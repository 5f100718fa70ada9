//! Statistics files the planner picked in the native open dialog: what a file holds, what importing
//! one series of it would do, and the import itself (one saved change, made against the revision
//! the window last saw).

use std::path::PathBuf;

use safeplan_core::stats::{
    self, ImportPreview, SheetChoice, StatsImportRequest, StatsImported, TableSummary,
};
use safeplan_core::{CoreError, ErrorPayload};
use safeplan_model::Actor;
use tauri::State;

use crate::state::AppState;

/// The file's dimensions with their values, its source and date. Reads no database, so it never
/// waits behind a save. `sheet` and `range` matter only for a workbook.
#[tauri::command(async)]
pub fn inspect_stats_file(
    path: PathBuf,
    sheet: Option<String>,
    range: Option<String>,
) -> Result<TableSummary, ErrorPayload> {
    stats::inspect_file(&path, &SheetChoice { sheet, range }).map_err(logged)
}

#[tauri::command(async)]
pub fn preview_stats_import(
    state: State<'_, AppState>,
    plan_id: String,
    path: PathBuf,
    request: StatsImportRequest,
) -> Result<ImportPreview, ErrorPayload> {
    state.with(|app| app.preview_stats_import(&plan_id, &path, &request))
}

/// Refused with `stale_write` when the plan has changed since `expected_revision`, and with
/// `read_only` when the actor may not edit the plan.
#[tauri::command(async)]
pub fn import_stats(
    state: State<'_, AppState>,
    actor: Actor,
    plan_id: String,
    path: PathBuf,
    request: StatsImportRequest,
    expected_revision: i64,
) -> Result<StatsImported, ErrorPayload> {
    state.with(|app| app.import_stats(&actor, &plan_id, &path, &request, Some(expected_revision)))
}

/// This command runs without the database (`AppState::with` logs the others' failures), so it
/// logs its own where it crosses into the window: a planner's unreadable file is then in the log.
fn logged(e: CoreError) -> ErrorPayload {
    let payload = ErrorPayload::from(e);
    tracing::warn!(code = %payload.code, command = "inspect_stats_file", "{}", payload.message);
    payload
}
