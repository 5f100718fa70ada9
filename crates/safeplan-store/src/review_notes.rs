//! What an imported review file brings, written as one change: the reviewer's comments and
//! resolutions, their status moves (each a signed revision), and the notes that keep a reviewer's
//! act that could not be applied here (see migrations/0004_review_notes.sql). One transaction under
//! one revision: a file is stored whole or not at all.

use rusqlite::{params, Connection};
use safeplan_model::validate::validate_review_note;
use safeplan_model::{NoteReason, PlanStatus, ReviewNote, ReviewNoteKind};

use crate::changes::Change;
use crate::items::{validate_item, write_item};
use crate::revisions::Signature;
use crate::{Store, StoreError};

/// Everything one review file changes in one plan.
#[derive(Debug, Clone, Default)]
pub struct ReviewWrite<'a> {
    /// Comments (new ones, and threads whose resolution changes), written in order.
    pub comments: Vec<Change>,
    /// Status moves in order, each snapshotted as a signed revision after the comments are in.
    pub moves: Vec<(PlanStatus, Signature<'a>)>,
    pub notes: Vec<ReviewNote>,
}

impl ReviewWrite<'_> {
    pub fn is_empty(&self) -> bool {
        self.comments.is_empty() && self.moves.is_empty() && self.notes.is_empty()
    }
}

pub(crate) fn read_review_notes(
    conn: &Connection,
    plan_id: &str,
) -> Result<Vec<ReviewNote>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT kind, subject, author_name, author_role, at, message, reason FROM review_notes \
         WHERE plan_id = ?1 ORDER BY position",
    )?;
    let rows = stmt.query_map([plan_id], |r| {
        let kind: String = r.get(0)?;
        let kind = ReviewNoteKind::from_key(&kind).ok_or_else(|| {
            rusqlite::Error::FromSqlConversionFailure(
                0,
                rusqlite::types::Type::Text,
                format!("unknown review note kind \"{kind}\"").into(),
            )
        })?;
        Ok(ReviewNote {
            kind,
            subject: r.get(1)?,
            author_name: r.get(2)?,
            author_role: r.get(3)?,
            at: r.get(4)?,
            message: r.get(5)?,
            reason: NoteReason::from_stored(&r.get::<_, String>(6)?),
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

fn insert_note(conn: &Connection, plan_id: &str, n: &ReviewNote) -> Result<(), StoreError> {
    conn.prepare_cached(
        "INSERT INTO review_notes (plan_id, position, kind, subject, author_name, author_role, at, message, reason) \
         VALUES (?1, (SELECT COALESCE(MAX(position), -1) + 1 FROM review_notes WHERE plan_id = ?1), \
         ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT DO NOTHING",
    )?
    .execute(params![
        plan_id,
        n.kind.key(),
        n.subject,
        n.author_name,
        n.author_role,
        n.at,
        n.message,
        NoteReason::stored(n.reason.as_ref())
    ])?;
    Ok(())
}

impl Store {
    /// The reviewers' acts kept beside the plan instead of applied, oldest first.
    pub fn review_notes(&self, plan_id: &str) -> Result<Vec<ReviewNote>, StoreError> {
        if crate::plans::plan_revision(&self.conn, plan_id)?.is_none() {
            return Err(StoreError::not_found("plan", plan_id));
        }
        read_review_notes(&self.conn, plan_id)
    }

    /// Stores what one review file brings (see [`ReviewWrite`]) as one transaction that claims the
    /// plan's next revision. Each comment is validated as a save of it alone would be, and each
    /// move must be one the workflow allows from the status the previous one left. Returns the
    /// new revision.
    pub fn save_review(
        &mut self,
        plan_id: &str,
        expected_revision: i64,
        write: &ReviewWrite<'_>,
    ) -> Result<i64, StoreError> {
        for change in &write.comments {
            if let Change::Item(item) = change {
                validate_item(item)?;
            }
        }
        for note in &write.notes {
            validate_review_note(note)?;
        }
        self.write_plan(plan_id, expected_revision, |tx| {
            for change in &write.comments {
                match change {
                    Change::Item(item) => write_item(tx, plan_id, item)?,
                    Change::Plan(_) => return Err(StoreError::invalid(
                        "comments",
                        "a review file changes comments and the status, never the plan's fields",
                    )),
                }
            }
            for (status, signed) in &write.moves {
                crate::plans::move_status(tx, plan_id, *status, signed)?;
            }
            for note in &write.notes {
                insert_note(tx, plan_id, note)?;
            }
            Ok(())
        })
    }
}
