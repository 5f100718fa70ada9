//! Generates an `allow-<command>` permission for each of the app's own commands, so the capability
//! file can name exactly which commands the window may call (and nothing else is callable). The
//! names come from the one command list, src/commands/list.rs.

include!("src/commands/list.rs");

fn main() {
    println!("cargo:rerun-if-changed=src/commands/list.rs");
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(app_commands!(command_names))),
    )
    .expect("failed to run tauri-build");
}
