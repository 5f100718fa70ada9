// The one list of the window's commands, by the module under src/commands/ that holds each. The
// handler (commands/mod.rs) and the `allow-<command>` permissions (build.rs) both expand it, and
// tests/commands.rs checks capabilities/default.json, the generated command names the UI calls
// by (ui/src/lib/generated/commands.ts) and ui/src/lib/api.ts against it. A new command is one
// function in its module and one name here.
macro_rules! app_commands {
    ($then:ident) => {
        $then! {
            plans: plans, plan, create_plan, update_plan, set_status, delete_plan, check, revisions;
            items: save_item, delete_item, move_item, add_comment;
            registry: units, save_unit, partners, save_partner, delete_partner, partner_usage;
            packages: export_package, import_package;
            pdf: export_pdf;
            preview: preview_markdown;
            demo: is_empty, load_demo;
            changes: plan_diff;
            stats: inspect_stats_file, preview_stats_import, import_stats;
            review_file: export_review, import_review, review_notes;
            comments: comments, resolve_thread, decide_suggestions, word_diff;
            review_report: export_review_report;
            city: city_figures, city_coverage, gather_packages, city_links, link_suggestions, link_partner, unlink_partner, link_indicator, unlink_indicator, city_indicator, city_look, set_city_look, export_city_pdf;
        }
    };
}

// The names alone, as a `&[&str]`: `app_commands!(command_names)`.
#[allow(unused_macros)]
macro_rules! command_names {
    ($($module:ident: $($command:ident),+;)+) => {
        &[$($(stringify!($command)),+),+]
    };
}
