//! The city's registries shared by all its plans: units (districts, departments) and partners.
//! What the window sends is decoded by core ([`Unchecked`]), so a refused value names its field.

use safeplan_core::{ErrorPayload, Unchecked};
use safeplan_model::{Partner, PartnerUse, Unit};
use tauri::State;

use crate::state::AppState;

#[tauri::command(async)]
pub fn units(state: State<'_, AppState>) -> Result<Vec<Unit>, ErrorPayload> {
    state.with(|app| app.units())
}

#[tauri::command(async)]
pub fn save_unit(state: State<'_, AppState>, unit: Unchecked<Unit>) -> Result<Unit, ErrorPayload> {
    state.with(|app| app.save_unit(&unit.decode("unit")?))
}

#[tauri::command(async)]
pub fn partners(state: State<'_, AppState>) -> Result<Vec<Partner>, ErrorPayload> {
    state.with(|app| app.partners())
}

#[tauri::command(async)]
pub fn save_partner(
    state: State<'_, AppState>,
    partner: Unchecked<Partner>,
) -> Result<Partner, ErrorPayload> {
    state.with(|app| app.save_partner(&partner.decode("partner")?))
}

/// Refused with `in_use` while a measure still names the partner.
#[tauri::command(async)]
pub fn delete_partner(state: State<'_, AppState>, partner_id: String) -> Result<(), ErrorPayload> {
    state.with(|app| app.delete_partner(&partner_id))
}

#[tauri::command(async)]
pub fn partner_usage(
    state: State<'_, AppState>,
    partner_id: String,
) -> Result<Vec<PartnerUse>, ErrorPayload> {
    state.with(|app| app.partner_usage(&partner_id))
}
