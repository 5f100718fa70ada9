//! The commands the window may call, one file per area. Each is registered here and allowed by name in
//! capabilities/default.json (build.rs generates the `allow-<command>` permissions), so adding a command
//! means touching all three: its file, this list, and build.rs's list.

mod demo;
mod items;
mod packages;
mod pdf;
mod plans;
mod preview;
mod registry;

use tauri::ipc::Invoke;
use tauri::Wry;

pub fn handler() -> impl Fn(Invoke<Wry>) -> bool + Send + Sync + 'static {
    tauri::generate_handler![
        plans::plans,
        plans::plan,
        plans::create_plan,
        plans::update_plan,
        plans::set_status,
        plans::delete_plan,
        plans::check,
        plans::revisions,
        items::save_challenge,
        items::delete_challenge,
        items::save_indicator,
        items::delete_indicator,
        items::save_measure,
        items::delete_measure,
        items::save_responsibility,
        items::delete_responsibility,
        items::add_comment,
        items::save_comment,
        items::delete_comment,
        items::move_item,
        registry::units,
        registry::save_unit,
        registry::partners,
        registry::save_partner,
        registry::delete_partner,
        registry::partner_usage,
        packages::export_package,
        packages::import_package,
        pdf::export_pdf,
        preview::preview_markdown,
        demo::is_empty,
        demo::load_demo,
    ]
}
