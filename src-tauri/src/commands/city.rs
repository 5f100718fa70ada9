//! The city executive office's view over every plan: the city figures, gathering many packages
//! (with a progress message per file), linking units' partners and indicators to the city's own,
//! and one city indicator side by side across units.

use std::path::PathBuf;

use safeplan_core::city::{
    CityFigures, CityIndicatorView, CityLinks, CityLook, ConsolidateOptions, Coverage,
    LinkSuggestion,
};
use safeplan_core::{ErrorPayload, GatherProgress, GatheredFile, Unchecked};
use safeplan_model::{CityIndicator, CityPartner};
use tauri::ipc::Channel;
use tauri::State;

use crate::state::AppState;

#[tauri::command(async)]
pub fn city_figures(state: State<'_, AppState>) -> Result<CityFigures, ErrorPayload> {
    state.with(|app| app.city())
}

/// The coverage matrix over the chosen units' plans (all units when `units` is empty).
#[tauri::command(async)]
pub fn city_coverage(
    state: State<'_, AppState>,
    units: Vec<String>,
) -> Result<Coverage, ErrorPayload> {
    state.with(|app| app.city_coverage(&units))
}

/// Reads every package in `paths` (folders and files), each its own transaction, sending
/// `{done, total}` on `progress` after each file. A file that cannot be stored is a `refused`
/// line; only a path that cannot be listed fails the whole call.
#[tauri::command(async)]
pub fn gather_packages(
    state: State<'_, AppState>,
    paths: Vec<PathBuf>,
    progress: Channel<GatherProgress>,
) -> Result<Vec<GatheredFile>, ErrorPayload> {
    state.with(|app| {
        app.gather(&paths, &mut |p| {
            // A closed window cannot be told; the gathering itself still completes.
            let _ = progress.send(p);
        })
    })
}

#[tauri::command(async)]
pub fn city_links(state: State<'_, AppState>) -> Result<CityLinks, ErrorPayload> {
    state.with(|app| app.city_links())
}

#[tauri::command(async)]
pub fn link_suggestions(state: State<'_, AppState>) -> Result<Vec<LinkSuggestion>, ErrorPayload> {
    state.with(|app| app.link_suggestions())
}

/// Links a registry partner to the city partner named `city_name`, made when there is none.
#[tauri::command(async)]
pub fn link_partner(
    state: State<'_, AppState>,
    partner_id: String,
    city_name: String,
) -> Result<CityPartner, ErrorPayload> {
    state.with(|app| app.link_partner(&partner_id, &city_name))
}

#[tauri::command(async)]
pub fn unlink_partner(state: State<'_, AppState>, partner_id: String) -> Result<(), ErrorPayload> {
    state.with(|app| app.unlink_partner(&partner_id))
}

/// Refused with `validation` when the city indicator counts in another kind, unit or direction.
#[tauri::command(async)]
pub fn link_indicator(
    state: State<'_, AppState>,
    plan_id: String,
    indicator_id: String,
    city_name: String,
) -> Result<CityIndicator, ErrorPayload> {
    state.with(|app| app.link_indicator(&plan_id, &indicator_id, &city_name))
}

#[tauri::command(async)]
pub fn unlink_indicator(
    state: State<'_, AppState>,
    plan_id: String,
    indicator_id: String,
) -> Result<(), ErrorPayload> {
    state.with(|app| app.unlink_indicator(&plan_id, &indicator_id))
}

#[tauri::command(async)]
pub fn city_indicator(
    state: State<'_, AppState>,
    id: String,
) -> Result<CityIndicatorView, ErrorPayload> {
    state.with(|app| app.city_indicator(&id))
}

#[tauri::command(async)]
pub fn city_look(state: State<'_, AppState>) -> Result<CityLook, ErrorPayload> {
    state.with(|app| app.city_look())
}

/// Checks and keeps the city's name, logo and templates. Refused with `validation` or `too_large`
/// for a logo that cannot be used, and with `template` (naming file and line) for broken templates.
#[tauri::command(async)]
pub fn set_city_look(
    state: State<'_, AppState>,
    change: Unchecked<safeplan_core::city::CityLookChange>,
) -> Result<CityLook, ErrorPayload> {
    state.with(|app| app.set_city_look(&change.decode("change")?))
}

/// Prints the city action plan (every unit's plan, the city-wide picture first) to `path`; resolves
/// to its number of pages. The city's logo set in the app is used unless the options name one. As
/// with a plan's PDF, only the read holds the database; the layout runs after it is released.
#[tauri::command(async)]
pub fn export_city_pdf(
    state: State<'_, AppState>,
    path: PathBuf,
    options: Unchecked<ConsolidateOptions>,
) -> Result<usize, ErrorPayload> {
    let job = state.with(|app| app.city_job(&options.decode("options")?))?;
    let export = job.render(&mut |_| {}).map_err(ErrorPayload::from)?;
    super::pdf::write_pdf(&path, &export)
}
