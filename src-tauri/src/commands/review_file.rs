//! `.safeplan-review` files (docs/review-file.md) to and from files the user picked in the native
//! open/save dialogs: the reviewer's export, and the district's import; and the review notes an
//! import kept beside the plan instead of applying them.

use std::path::PathBuf;

use safeplan_core::{CoreError, ErrorPayload, ReviewImported};
use safeplan_model::{Actor, ReviewNote};
use tauri::State;

use crate::state::AppState;

/// Writes `actor`'s review of the plan to `path`. Refused with `personal_data` while a comment the
/// file would carry holds an identity number, and with `validation` for a plan never submitted.
#[tauri::command(async)]
pub fn export_review(
    state: State<'_, AppState>,
    actor: Actor,
    plan_id: String,
    path: PathBuf,
) -> Result<(), ErrorPayload> {
    let bytes = state.with(|app| app.export_review(&actor, &plan_id))?;
    std::fs::write(&path, bytes).map_err(|e| {
        CoreError::io(
            format!("cannot write the review file {}", path.display()),
            e,
        )
        .into()
    })
}

/// Reads the review file at `path` into the plan it reviewed; a refused file (`bad_review_file`,
/// `too_large`, `newer_schema`) names the file and the place in it, and changes nothing.
#[tauri::command(async)]
pub fn import_review(
    state: State<'_, AppState>,
    path: PathBuf,
) -> Result<ReviewImported, ErrorPayload> {
    let bytes = std::fs::read(&path).map_err(|e| {
        ErrorPayload::from(CoreError::io(
            format!("cannot read the review file {}", path.display()),
            e,
        ))
    })?;
    let name = path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    state.with(|app| app.import_review(&bytes, &name))
}

/// The reviewers' resolutions and decisions an import kept beside the plan instead of applying them,
/// in the order kept.
#[tauri::command(async)]
pub fn review_notes(
    state: State<'_, AppState>,
    plan_id: String,
) -> Result<Vec<ReviewNote>, ErrorPayload> {
    state.with(|app| app.review_notes(&plan_id))
}
