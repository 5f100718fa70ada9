//! The app's log: one line for every command that fails, with the error's code, its message and
//! the command it came from, written once where failures cross into the UI ([`crate::state`]).
//! It lives beside the database (`safeplan.log`), so a user can attach it to a bug report. Plans'
//! texts never go in: only what an error message already says.

use std::fs::{self, OpenOptions};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// Past this size the log starts afresh at the next launch, so it never grows without bound.
const MAX_BYTES: u64 = 1024 * 1024;

/// Where the log goes: beside the database the app opens.
pub fn path_beside(db: &Path) -> PathBuf {
    db.with_file_name("safeplan.log")
}

/// Sends the app's tracing events to the log file; to standard error when the file cannot be
/// opened (a read-only folder), so nothing is lost silently.
pub fn init(path: &Path) {
    let too_big = fs::metadata(path).is_ok_and(|m| m.len() > MAX_BYTES);
    let file = OpenOptions::new()
        .create(true)
        .append(!too_big)
        .write(true)
        .truncate(too_big)
        .open(path);
    let builder = tracing_subscriber::fmt()
        .with_ansi(false)
        .with_target(false)
        .with_max_level(tracing::Level::INFO);
    let result = match file {
        Ok(file) => builder.with_writer(Mutex::new(file)).try_init(),
        Err(e) => {
            eprintln!("safeplan: cannot write the log {}: {e}", path.display());
            builder.with_writer(std::io::stderr).try_init()
        }
    };
    // Already set (a second init in tests) is fine: events still go somewhere.
    drop(result);
}
