//! The one open database behind the window. Tauri runs commands on a thread pool, so the use cases
//! sit behind a mutex; each command holds it only for its single core call.

use std::sync::Mutex;

use safeplan_core::{default_db_path, CoreError, ErrorPayload, Safeplan};

pub struct AppState {
    app: Mutex<Safeplan>,
}

impl AppState {
    /// Opens the database at `$SAFEPLAN_DB` or the platform's data folder, creating it if needed,
    /// and starts the log beside it.
    pub fn open_default() -> Result<AppState, ErrorPayload> {
        let path = default_db_path()?;
        crate::log::init(&crate::log::path_beside(&path));
        let app = Safeplan::open(&path).map_err(|e| logged(ErrorPayload::from(e)))?;
        Ok(AppState {
            app: Mutex::new(app),
        })
    }

    /// Runs one use case with the database and turns its error into what the UI receives. A failure
    /// is logged here, once, with the command it came from (the caller's place in src/commands/).
    #[track_caller]
    pub fn with<T>(
        &self,
        f: impl FnOnce(&mut Safeplan) -> Result<T, CoreError>,
    ) -> Result<T, ErrorPayload> {
        // A panic in an earlier command poisons the lock; the database itself is still consistent
        // (every write is a transaction), so carry on rather than lock the user out of their plans.
        let mut app = self
            .app
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let at = std::panic::Location::caller();
        f(&mut app).map_err(|e| {
            let payload = ErrorPayload::from(e);
            tracing::warn!(code = %payload.code, at = %format_args!("{}:{}", at.file(), at.line()), "{}", payload.message);
            payload
        })
    }
}

fn logged(payload: ErrorPayload) -> ErrorPayload {
    tracing::error!(code = %payload.code, "{}", payload.message);
    payload
}
