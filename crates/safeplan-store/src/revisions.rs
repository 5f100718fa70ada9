//! Numbered snapshots of a plan, one per status change: what was submitted, what was approved.
//! A snapshot is the whole document as JSON; it is history, read whole and never edited.

use rusqlite::types::Type;
use rusqlite::{params, Connection};
use safeplan_model::{Actor, PlanDocument, Revision};

use crate::codec::{get_enum, get_opt_enum, opt_key, Key};
use crate::{Store, StoreError};

/// Who moved a plan, when and why: what a revision records beside the snapshot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature<'a> {
    pub actor: &'a Actor,
    /// RFC 3339, from the caller's clock.
    pub at: &'a str,
    pub message: &'a str,
}

/// Writes the next numbered revision of `doc`'s plan, with the status the document carries.
pub(crate) fn write_snapshot(
    conn: &Connection,
    doc: &PlanDocument,
    signed: &Signature<'_>,
) -> Result<i64, StoreError> {
    let number: i64 = conn
        .prepare_cached("SELECT COALESCE(MAX(number), 0) + 1 FROM revisions WHERE plan_id = ?1")?
        .query_row([&doc.plan.id], |r| r.get(0))?;
    let revision = Revision {
        number,
        status: doc.plan.status,
        created_at: signed.at.to_string(),
        author_name: signed.actor.name.clone(),
        author_role: Some(signed.actor.role),
        message: signed.message.to_string(),
        snapshot: Box::new(doc.clone()),
    };
    insert_revision(conn, &doc.plan.id, &revision)?;
    Ok(number)
}

pub(crate) fn insert_revision(
    conn: &Connection,
    plan_id: &str,
    r: &Revision,
) -> Result<(), StoreError> {
    let snapshot = serde_json::to_string(&r.snapshot)
        .map_err(|e| rusqlite::Error::ToSqlConversionFailure(Box::new(e)))?;
    conn.prepare_cached(
        "INSERT INTO revisions (plan_id, number, status, created_at, snapshot, author_name, author_role, message) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?
    .execute(params![
        plan_id,
        r.number,
        Key(r.status),
        r.created_at,
        snapshot,
        r.author_name,
        opt_key(r.author_role),
        r.message
    ])?;
    Ok(())
}

pub(crate) fn read_revisions(
    conn: &Connection,
    plan_id: &str,
) -> Result<Vec<Revision>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT number, status, created_at, snapshot, author_name, author_role, message FROM revisions \
         WHERE plan_id = ?1 ORDER BY number",
    )?;
    let rows = stmt.query_map([plan_id], |r| {
        let text: String = r.get(3)?;
        // A snapshot that no longer parses is reported, not skipped: history must not silently shrink.
        let snapshot: PlanDocument = serde_json::from_str(&text)
            .map_err(|e| rusqlite::Error::FromSqlConversionFailure(3, Type::Text, Box::new(e)))?;
        Ok(Revision {
            number: r.get(0)?,
            status: get_enum(r, 1)?,
            created_at: r.get(2)?,
            author_name: r.get(4)?,
            author_role: get_opt_enum(r, 5)?,
            message: r.get(6)?,
            snapshot: Box::new(snapshot),
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

impl Store {
    /// The plan's revisions, oldest first.
    pub fn revisions(&self, plan_id: &str) -> Result<Vec<Revision>, StoreError> {
        if crate::plans::plan_revision(&self.conn, plan_id)?.is_none() {
            return Err(StoreError::not_found("plan", plan_id));
        }
        read_revisions(&self.conn, plan_id)
    }
}
