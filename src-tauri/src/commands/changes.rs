//! What changed in a plan since a revision: the "changes since review" view's one command.

use safeplan_core::{ErrorPayload, PlanDiff};
use tauri::State;

use crate::state::AppState;

/// From revision `from` (default: the last review decision) to `to` (default: now).
#[tauri::command(async)]
pub fn plan_diff(
    state: State<'_, AppState>,
    id: String,
    from: Option<i64>,
    to: Option<i64>,
) -> Result<PlanDiff, ErrorPayload> {
    state.with(|app| app.diff(&id, from, to))
}
