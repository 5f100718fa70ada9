//! Forward-only schema migrations, embedded in the binary and applied in order. SQLite's
//! `user_version` says how far a database has come; `schema_migrations` keeps a readable log.

use rusqlite::Connection;

use crate::StoreError;

/// (version, name, SQL). Append only: a released migration is never edited, because databases
/// in the field have already run it.
const MIGRATIONS: &[(i64, &str, &str)] = &[
    (1, "initial", include_str!("../migrations/0001_initial.sql")),
    (
        2,
        "review_rounds",
        include_str!("../migrations/0002_review_rounds.sql"),
    ),
    (3, "city", include_str!("../migrations/0003_city.sql")),
    (
        4,
        "review_notes",
        include_str!("../migrations/0004_review_notes.sql"),
    ),
    (
        5,
        "city_look",
        include_str!("../migrations/0005_city_look.sql"),
    ),
];

/// The newest schema this binary knows.
pub const SCHEMA_VERSION: i64 = MIGRATIONS[MIGRATIONS.len() - 1].0;

pub(crate) fn current_version(conn: &Connection) -> Result<i64, StoreError> {
    Ok(conn.pragma_query_value(None, "user_version", |r| r.get(0))?)
}

pub(crate) fn refuse_newer(conn: &Connection) -> Result<(), StoreError> {
    let found = current_version(conn)?;
    if found > SCHEMA_VERSION {
        return Err(StoreError::NewerSchema {
            found,
            supported: SCHEMA_VERSION,
        });
    }
    Ok(())
}

/// Brings the database up to [`SCHEMA_VERSION`], one transaction per step so a failed step
/// leaves the database at the previous version rather than half-way.
pub(crate) fn migrate(conn: &mut Connection) -> Result<(), StoreError> {
    refuse_newer(conn)?;
    let found = current_version(conn)?;
    for &(version, name, sql) in MIGRATIONS.iter().filter(|(v, _, _)| *v > found) {
        let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        // Another process may have migrated while we waited for the lock.
        if current_version(&tx)? >= version {
            continue;
        }
        tx.execute_batch(sql)?;
        tx.execute(
            "INSERT INTO schema_migrations (version, name) VALUES (?1, ?2)",
            (version, name),
        )?;
        tx.pragma_update(None, "user_version", version)?;
        tx.commit()?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    // Rising rather than consecutive while 0002 (revisions' authors) lands on another branch:
    // once both are merged the list is 1, 2, 3 again and this can go back to `i + 1`.
    #[test]
    fn versions_rise_from_one() {
        assert_eq!(MIGRATIONS[0].0, 1);
        for pair in MIGRATIONS.windows(2) {
            assert!(pair[0].0 < pair[1].0, "{} then {}", pair[0].0, pair[1].0);
        }
    }
}
