//! Plans as wholes: list, read, create, edit the plan's own fields, move through statuses, check.

use safeplan_core::{ErrorPayload, NewPlan, Unchecked};
use safeplan_model::{Actor, Finding, Plan, PlanDocument, PlanStatus, PlanSummary, Revision};
use tauri::State;

use crate::state::AppState;

#[tauri::command(async)]
pub fn plans(state: State<'_, AppState>) -> Result<Vec<PlanSummary>, ErrorPayload> {
    state.with(|app| app.plans())
}

#[tauri::command(async)]
pub fn plan(state: State<'_, AppState>, id: String) -> Result<PlanDocument, ErrorPayload> {
    state.with(|app| app.plan(&id))
}

#[tauri::command(async)]
pub fn create_plan(
    state: State<'_, AppState>,
    new: Unchecked<NewPlan>,
) -> Result<PlanDocument, ErrorPayload> {
    state.with(|app| app.create_plan(&new.decode("new")?))
}

/// Returns the plan's new revision.
#[tauri::command(async)]
pub fn update_plan(
    state: State<'_, AppState>,
    actor: Actor,
    expected_revision: i64,
    plan: Unchecked<Plan>,
) -> Result<i64, ErrorPayload> {
    state.with(|app| app.update_plan(&actor, expected_revision, &plan.decode("plan")?))
}

/// Moves the plan as `actor` (refused when the role may not make the move) and returns the new
/// revision; `message` goes into the revision it writes.
#[tauri::command(async)]
pub fn set_status(
    state: State<'_, AppState>,
    plan_id: String,
    expected_revision: i64,
    status: PlanStatus,
    actor: Actor,
    message: Option<String>,
) -> Result<i64, ErrorPayload> {
    state.with(|app| {
        app.set_status(
            &plan_id,
            expected_revision,
            status,
            &actor,
            message.as_deref(),
        )
    })
}

#[tauri::command(async)]
pub fn delete_plan(state: State<'_, AppState>, plan_id: String) -> Result<(), ErrorPayload> {
    state.with(|app| app.delete_plan(&plan_id))
}

#[tauri::command(async)]
pub fn check(state: State<'_, AppState>, id: String) -> Result<Vec<Finding>, ErrorPayload> {
    state.with(|app| app.check(&id))
}

#[tauri::command(async)]
pub fn revisions(state: State<'_, AppState>, id: String) -> Result<Vec<Revision>, ErrorPayload> {
    state.with(|app| app.revisions(&id))
}
