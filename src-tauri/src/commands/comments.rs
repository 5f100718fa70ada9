//! The review's conversation in the window: reading a plan's threads, resolving and reopening them,
//! the planner's decisions on suggestions, and a suggestion's words beside the field's text now.
//! Adding a comment is `items::add_comment`.

use safeplan_core::{CommentView, Decided, Delta, ErrorPayload, SuggestionPick};
use safeplan_model::Actor;
use tauri::State;

use crate::state::AppState;

/// Every comment of the plan, in the order written, with what became of its anchor since.
#[tauri::command(async)]
pub fn comments(state: State<'_, AppState>, id: String) -> Result<Vec<CommentView>, ErrorPayload> {
    state.with(|app| app.comments(&id))
}

/// Resolves (`resolved`) or reopens the thread that starts with `comment_id`, as `actor` (its
/// opener or an advisor); returns the new revision.
#[tauri::command(async)]
pub fn resolve_thread(
    state: State<'_, AppState>,
    actor: Actor,
    plan_id: String,
    expected_revision: i64,
    comment_id: String,
    resolved: bool,
) -> Result<i64, ErrorPayload> {
    state.with(|app| app.resolve_thread(&actor, &plan_id, expected_revision, &comment_id, resolved))
}

/// Accepts or rejects the picked open suggestions as one change. `acknowledged` is the field's
/// current text, which the user has seen, for accepting one suggestion whose field changed since.
#[tauri::command(async)]
pub fn decide_suggestions(
    state: State<'_, AppState>,
    actor: Actor,
    plan_id: String,
    expected_revision: i64,
    pick: SuggestionPick,
    accept: bool,
    acknowledged: Option<String>,
) -> Result<Decided, ErrorPayload> {
    state.with(|app| {
        app.decide_suggestions(
            &actor,
            &plan_id,
            expected_revision,
            &pick,
            accept,
            acknowledged.as_deref(),
        )
    })
}

/// How a suggestion's text differs from the field's text now, word by word (as the diff reads).
#[tauri::command]
pub fn word_diff(before: String, after: String) -> Delta {
    safeplan_core::word_delta(&before, &after)
}
