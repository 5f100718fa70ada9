//! The plan as a PDF the district board can adopt, written where the user chose in the save dialog.

use std::path::PathBuf;

use safeplan_core::{ErrorPayload, PdfOptions};
use tauri::State;

use crate::state::AppState;

/// Renders the plan and writes it to `path`; resolves to the number of pages.
/// Refused with `personal_data` while R9 fires.
#[tauri::command(async)]
pub fn export_pdf(
    state: State<'_, AppState>,
    id: String,
    path: PathBuf,
    options: PdfOptions,
) -> Result<usize, ErrorPayload> {
    let export = state.with(|app| app.export_pdf(&id, &options, &mut |_| {}))?;
    std::fs::write(&path, &export.bytes).map_err(|e| ErrorPayload {
        code: "io".into(),
        message: format!("cannot write the PDF {}: {e}", path.display()),
    })?;
    Ok(export.pages)
}
