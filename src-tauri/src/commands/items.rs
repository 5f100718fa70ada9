//! The things inside a plan. Every write names the revision the UI last saw and returns the new one,
//! so a stale window gets `stale_write` instead of overwriting someone's work.

use safeplan_core::{ErrorPayload, ItemKind, NewComment};
use safeplan_model::{Challenge, Comment, Indicator, Measure, Responsibility};
use tauri::State;

use crate::state::AppState;

#[tauri::command(async)]
pub fn save_challenge(
    state: State<'_, AppState>,
    plan_id: String,
    expected_revision: i64,
    item: Challenge,
) -> Result<i64, ErrorPayload> {
    state.with(|app| app.save_challenge(&plan_id, expected_revision, &item))
}

#[tauri::command(async)]
pub fn delete_challenge(
    state: State<'_, AppState>,
    plan_id: String,
    expected_revision: i64,
    id: String,
) -> Result<i64, ErrorPayload> {
    state.with(|app| app.delete_challenge(&plan_id, expected_revision, &id))
}

#[tauri::command(async)]
pub fn save_indicator(
    state: State<'_, AppState>,
    plan_id: String,
    expected_revision: i64,
    item: Indicator,
) -> Result<i64, ErrorPayload> {
    state.with(|app| app.save_indicator(&plan_id, expected_revision, &item))
}

#[tauri::command(async)]
pub fn delete_indicator(
    state: State<'_, AppState>,
    plan_id: String,
    expected_revision: i64,
    id: String,
) -> Result<i64, ErrorPayload> {
    state.with(|app| app.delete_indicator(&plan_id, expected_revision, &id))
}

#[tauri::command(async)]
pub fn save_measure(
    state: State<'_, AppState>,
    plan_id: String,
    expected_revision: i64,
    item: Measure,
) -> Result<i64, ErrorPayload> {
    state.with(|app| app.save_measure(&plan_id, expected_revision, &item))
}

#[tauri::command(async)]
pub fn delete_measure(
    state: State<'_, AppState>,
    plan_id: String,
    expected_revision: i64,
    id: String,
) -> Result<i64, ErrorPayload> {
    state.with(|app| app.delete_measure(&plan_id, expected_revision, &id))
}

#[tauri::command(async)]
pub fn save_responsibility(
    state: State<'_, AppState>,
    plan_id: String,
    expected_revision: i64,
    item: Responsibility,
) -> Result<i64, ErrorPayload> {
    state.with(|app| app.save_responsibility(&plan_id, expected_revision, &item))
}

#[tauri::command(async)]
pub fn delete_responsibility(
    state: State<'_, AppState>,
    plan_id: String,
    expected_revision: i64,
    id: String,
) -> Result<i64, ErrorPayload> {
    state.with(|app| app.delete_responsibility(&plan_id, expected_revision, &id))
}

#[tauri::command(async)]
pub fn add_comment(
    state: State<'_, AppState>,
    plan_id: String,
    expected_revision: i64,
    comment: NewComment,
) -> Result<i64, ErrorPayload> {
    state.with(|app| app.add_comment(&plan_id, expected_revision, &comment))
}

#[tauri::command(async)]
pub fn save_comment(
    state: State<'_, AppState>,
    plan_id: String,
    expected_revision: i64,
    item: Comment,
) -> Result<i64, ErrorPayload> {
    state.with(|app| app.save_comment(&plan_id, expected_revision, &item))
}

#[tauri::command(async)]
pub fn delete_comment(
    state: State<'_, AppState>,
    plan_id: String,
    expected_revision: i64,
    id: String,
) -> Result<i64, ErrorPayload> {
    state.with(|app| app.delete_comment(&plan_id, expected_revision, &id))
}

/// Moves one item to `new_index` among the plan's items of its kind (the order the report follows).
#[tauri::command(async)]
pub fn move_item(
    state: State<'_, AppState>,
    plan_id: String,
    expected_revision: i64,
    kind: ItemKind,
    id: String,
    new_index: u32,
) -> Result<i64, ErrorPayload> {
    state.with(|app| app.move_item(&plan_id, expected_revision, kind, &id, new_index))
}
