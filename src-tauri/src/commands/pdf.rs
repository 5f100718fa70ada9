//! The plan as a PDF the district board can adopt, written where the user chose in the save dialog.

use std::path::{Path, PathBuf};

use safeplan_core::{CoreError, ErrorPayload, PdfExport, PdfOptions};
use tauri::State;

use crate::state::AppState;

/// Renders the plan and writes it to `path`; resolves to the number of pages.
/// Refused with `personal_data` while R9 fires. Only the read holds the database: the rendering (a third
/// of a second and more) runs after it is released, so autosaves made meanwhile are not held up.
#[tauri::command(async)]
pub fn export_pdf(
    state: State<'_, AppState>,
    id: String,
    path: PathBuf,
    options: PdfOptions,
) -> Result<usize, ErrorPayload> {
    let job = state.with(|app| app.pdf_job(&id, &options))?;
    let export = job.render(&mut |_| {}).map_err(ErrorPayload::from)?;
    write_pdf(&path, &export)
}

/// Writes a rendered PDF to `path`; its number of pages, or the failure naming the file. Every PDF
/// export (the plan, its review report, the city plan) ends here.
pub(super) fn write_pdf(path: &Path, export: &PdfExport) -> Result<usize, ErrorPayload> {
    std::fs::write(path, &export.bytes).map_err(|e| {
        ErrorPayload::from(CoreError::io(
            format!("cannot write the PDF {}", path.display()),
            e,
        ))
    })?;
    Ok(export.pages)
}
