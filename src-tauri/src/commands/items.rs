//! The things inside a plan, one write path for every kind ([`PlanItem`]). Every write names the
//! revision the UI last saw and returns the new one, so a stale window gets `stale_write` instead of
//! overwriting someone's work; every edit names the actor, whose role core checks. Items arrive
//! [`Unchecked`], so a value the model refuses (a date that does not exist) comes back as a
//! validation error naming its field.

use safeplan_core::{ErrorPayload, NewComment, Unchecked};
use safeplan_model::{Actor, ItemKind, PlanItem};
use tauri::State;

use crate::state::AppState;

#[tauri::command(async)]
pub fn save_item(
    state: State<'_, AppState>,
    actor: Actor,
    plan_id: String,
    expected_revision: i64,
    item: Unchecked<PlanItem>,
) -> Result<i64, ErrorPayload> {
    state.with(|app| app.save_item(&actor, &plan_id, expected_revision, &item.decode("item")?))
}

#[tauri::command(async)]
pub fn delete_item(
    state: State<'_, AppState>,
    actor: Actor,
    plan_id: String,
    expected_revision: i64,
    kind: ItemKind,
    id: String,
) -> Result<i64, ErrorPayload> {
    state.with(|app| app.delete_item(&actor, &plan_id, expected_revision, kind, &id))
}

/// Moves one item to `new_index` among the plan's items of its kind (the order the report follows).
#[tauri::command(async)]
pub fn move_item(
    state: State<'_, AppState>,
    actor: Actor,
    plan_id: String,
    expected_revision: i64,
    kind: ItemKind,
    id: String,
    new_index: u32,
) -> Result<i64, ErrorPayload> {
    state.with(|app| app.move_item(&actor, &plan_id, expected_revision, kind, &id, new_index))
}

/// Adds a comment by `actor`, stamped with the current time, a new id and what its anchor holds;
/// returns the new revision.
#[tauri::command(async)]
pub fn add_comment(
    state: State<'_, AppState>,
    actor: Actor,
    plan_id: String,
    expected_revision: i64,
    comment: Unchecked<NewComment>,
) -> Result<i64, ErrorPayload> {
    state.with(|app| {
        app.add_comment(
            &actor,
            &plan_id,
            expected_revision,
            &comment.decode("comment")?,
        )
        .map(|(revision, _)| revision)
    })
}
