//! Generates an `allow-<command>` permission for each of the app's own commands, so the capability
//! file can name exactly which commands the window may call (and nothing else is callable).

fn main() {
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(
        tauri_build::AppManifest::new().commands(&[
            // plans.rs
            "plans",
            "plan",
            "create_plan",
            "update_plan",
            "set_status",
            "delete_plan",
            "check",
            "revisions",
            // items.rs
            "save_challenge",
            "delete_challenge",
            "save_indicator",
            "delete_indicator",
            "save_measure",
            "delete_measure",
            "save_responsibility",
            "delete_responsibility",
            "add_comment",
            "save_comment",
            "delete_comment",
            "move_item",
            // registry.rs
            "units",
            "save_unit",
            "partners",
            "save_partner",
            "delete_partner",
            "partner_usage",
            // packages.rs
            "export_package",
            "import_package",
            // pdf.rs
            "export_pdf",
            // preview.rs
            "preview_markdown",
            // demo.rs
            "is_empty",
            "load_demo",
        ]),
    ))
    .expect("failed to run tauri-build");
}
