//! safeplan-store owns everything Safeplan keeps on disk: one SQLite database (rusqlite, bundled)
//! opened in WAL mode with foreign keys on, its forward-only migrations embedded in the binary,
//! the reads and writes of units, partners, plans and everything a plan holds, the per-plan
//! revision counter that turns a stale write into an error instead of a lost edit, the numbered
//! snapshots taken at each status change, and the `.safeplan` plan package (export and
//! all-or-nothing import). Every write is validated with safeplan-model first and then runs as
//! one `BEGIN IMMEDIATE` transaction.

mod changes;
mod city;
mod codec;
mod error;
mod items;
mod load;
mod look;
mod migrations;
mod order;
mod package;
mod plans;
mod registry;
mod review_notes;
mod revisions;

use std::path::Path;
use std::time::Duration;

use rusqlite::Connection;

pub use changes::Change;
pub use error::{PackagePlace, StoreError};
pub use look::StoredLook;
pub use migrations::SCHEMA_VERSION;
pub use package::{
    Gathered, ImportMode, Imported, FORMAT, MAX_PACKAGE_BYTES, PACKAGE_SCHEMA_VERSION,
};
pub use review_notes::ReviewWrite;
pub use revisions::Signature;

/// How long a write waits for another connection (a second window, the CLI) to finish before
/// giving up with "database is locked".
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// An open Safeplan database.
pub struct Store {
    conn: Connection,
}

impl Store {
    /// Opens (creating if needed) the database at `path` and brings its schema up to date.
    /// Refuses a database made by a newer Safeplan.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        let conn = Connection::open(path)?;
        // Before anything is changed in the file: a newer Safeplan's database is left alone.
        migrations::refuse_newer(&conn)?;
        // WAL lets a reader (a second window) go on while a write commits; NORMAL sync is
        // durable across application crashes in WAL mode and keeps a small save well under 1 ms.
        conn.pragma_update_and_check(None, "journal_mode", "WAL", |_| Ok(()))?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        Store::prepare(conn)
    }

    /// A private database that lives as long as the value: tests and previews.
    pub fn open_in_memory() -> Result<Store, StoreError> {
        Store::prepare(Connection::open_in_memory()?)
    }

    fn prepare(mut conn: Connection) -> Result<Store, StoreError> {
        conn.busy_timeout(BUSY_TIMEOUT)?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.set_prepared_statement_cache_capacity(128);
        migrations::migrate(&mut conn)?;
        Ok(Store { conn })
    }

    /// The schema version of the open database (SQLite's `user_version`).
    pub fn schema_version(&self) -> Result<i64, StoreError> {
        migrations::current_version(&self.conn)
    }

    /// True when the database holds no plans, units or partners (a fresh install).
    pub fn is_empty(&self) -> Result<bool, StoreError> {
        let n: i64 = self.conn.query_row(
            "SELECT (SELECT COUNT(*) FROM plans) + (SELECT COUNT(*) FROM units) + (SELECT COUNT(*) FROM partners)",
            [],
            |r| r.get(0),
        )?;
        Ok(n == 0)
    }
}
