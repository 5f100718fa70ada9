//! The commands the window may call, one file per area. The one list of them is list.rs: the handler
//! below and build.rs's `allow-<command>` permissions are both made from it, and
//! capabilities/default.json allows each by name (tests/commands.rs checks that they agree).

#[macro_use]
mod list;

mod changes;
mod city;
mod comments;
mod demo;
mod items;
mod packages;
mod pdf;
mod plans;
mod preview;
mod registry;
mod review_file;
mod review_report;
mod stats;

use tauri::ipc::Invoke;
use tauri::Wry;

macro_rules! handler {
    ($($module:ident: $($command:ident),+;)+) => {
        tauri::generate_handler![$($($module::$command),+),+]
    };
}

pub fn handler() -> impl Fn(Invoke<Wry>) -> bool + Send + Sync + 'static {
    app_commands!(handler)
}
