//! The review report as a PDF (status history, threads by step, open suggestions, changes since the
//! previous review), written where the user chose in the save dialog.

use std::path::PathBuf;

use safeplan_core::{ErrorPayload, ReviewReportOptions};
use safeplan_model::Locale;
use tauri::State;

use crate::state::AppState;

/// Renders the plan's review report in `lang` (default: the plan's) and writes it to `path`;
/// resolves to the number of pages. Refused with `personal_data` while R9 fires. As with the plan's
/// PDF, only the read holds the database.
#[tauri::command(async)]
pub fn export_review_report(
    state: State<'_, AppState>,
    plan_id: String,
    path: PathBuf,
    lang: Option<Locale>,
) -> Result<usize, ErrorPayload> {
    let options = ReviewReportOptions {
        locale: lang,
        ..ReviewReportOptions::default()
    };
    let job = state.with(|app| app.review_report_job(&plan_id, &options))?;
    let export = job.render().map_err(ErrorPayload::from)?;
    super::pdf::write_pdf(&path, &export)
}
