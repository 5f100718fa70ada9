//! safeplan-app is the desktop shell of Safeplan: a Tauri 2 window that shows the Svelte UI (ui/dist,
//! embedded in the binary) and answers its calls. Every command is a thin adapter over one
//! safeplan-core use case — convert the arguments, call core, convert the result — and every failure
//! reaches the UI as core's `{code, message}` [`ErrorPayload`](safeplan_core::ErrorPayload). No business
//! rule lives here; this crate owns only the window, its permissions, native dialogs and the one open
//! database (`safeplan_core::default_db_path()`, overridden by `SAFEPLAN_DB` for tests).

// Without a console window on Windows release builds; harmless elsewhere.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

mod commands;
mod display;
mod log;
mod session_bus;
mod state;
mod typeface;
mod webview;

use tauri::Manager;
use tauri_plugin_dialog::{DialogExt, MessageDialogKind};

fn main() {
    session_bus::prepare_environment();
    webview::prepare_environment();
    let builder = tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_opener::init())
        .plugin(tauri_plugin_window_state::Builder::default().build())
        .register_asynchronous_uri_scheme_protocol(typeface::SCHEME, typeface::serve)
        .setup(|app| {
            match state::AppState::open_default() {
                Ok(state) => {
                    app.manage(state);
                }
                Err(e) => {
                    // Nothing works without the database: say why in words, then stop.
                    app.dialog()
                        .message(format!(
                            "Safeplan could not open its database.\n\n{}",
                            e.message
                        ))
                        .title("Safeplan")
                        .kind(MessageDialogKind::Error)
                        .blocking_show();
                    std::process::exit(1);
                }
            }
            Ok(())
        })
        .invoke_handler(commands::handler());
    display::build_or_exit(builder, tauri::generate_context!()).run(|_, _| {});
}
