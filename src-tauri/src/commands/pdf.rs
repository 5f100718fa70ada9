//! The plan as a PDF the district board can adopt, written where the user chose in the save dialog.

use std::path::PathBuf;

use safeplan_core::ErrorPayload;
use tauri::State;

use crate::state::AppState;

#[tauri::command(async)]
pub fn export_pdf(
    state: State<'_, AppState>,
    id: String,
    path: PathBuf,
    options: serde_json::Value,
) -> Result<(), ErrorPayload> {
    let _ = (&state, &id, &path, &options);
    Err(ErrorPayload { code: "report".into(), message: "PDF export is not available yet".into() })
}
