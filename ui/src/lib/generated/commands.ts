// Generated from the Rust types by src-tauri/tests/bindings.rs. Do not edit:
// change the Rust type and run `UPDATE_BINDINGS=1 cargo test -p safeplan-app --test bindings`.

/** Every command the app answers (src-tauri/src/commands/list.rs). */
export const commands = ["plans", "plan", "create_plan", "update_plan", "set_status", "delete_plan", "check", "revisions", "save_item", "delete_item", "move_item", "add_comment", "units", "save_unit", "partners", "save_partner", "delete_partner", "partner_usage", "export_package", "import_package", "export_pdf", "preview_markdown", "is_empty", "load_demo", "plan_diff", "inspect_stats_file", "preview_stats_import", "import_stats", "export_review", "import_review", "review_notes", "comments", "resolve_thread", "decide_suggestions", "word_diff", "export_review_report", "city_figures", "city_coverage", "gather_packages", "city_links", "link_suggestions", "link_partner", "unlink_partner", "link_indicator", "unlink_indicator", "city_indicator", "city_look", "set_city_look", "export_city_pdf"] as const;

export type Command = (typeof commands)[number];
