//! The demo city: offered on first start, when the database holds nothing yet.

use safeplan_core::{DemoLoaded, ErrorPayload};
use tauri::State;

use crate::state::AppState;

#[tauri::command(async)]
pub fn is_empty(state: State<'_, AppState>) -> Result<bool, ErrorPayload> {
    state.with(|app| app.is_empty())
}

/// Refused with `not_empty` when plans exist, unless `force` (which replaces only the demo's own plans).
#[tauri::command(async)]
pub fn load_demo(state: State<'_, AppState>, force: bool) -> Result<DemoLoaded, ErrorPayload> {
    state.with(|app| app.load_demo(force))
}
