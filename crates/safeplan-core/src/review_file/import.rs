//! Importing a review file: parse it, find its plan and the revision it reviewed, merge it with the
//! plan as it is here (crate::review_file::merge, where every refusal is decided), and store the
//! result as one change. A file that brings nothing new writes nothing, so importing it twice
//! leaves the database as the first import did.

use safeplan_model::{Actor, ReviewNote};
use safeplan_store::{Change, ReviewWrite, Signature, StoreError};

use super::merge::merge;
use super::parse::{bad, parse_review};
use super::{ReviewFile, ReviewImported};
use crate::error::CoreError;
use crate::Safeplan;

impl Safeplan {
    /// Imports the review file `bytes`, named `file_name` in messages (docs/review-file.md says
    /// what is applied, what is kept as a note, and every refusal). Refused with nothing written
    /// when the file is too large, broken, of another format or a newer schema, names a plan or a
    /// revision not here, or holds a comment, resolution or move that does not fit that revision.
    pub fn import_review(
        &mut self,
        bytes: &[u8],
        file_name: &str,
    ) -> Result<ReviewImported, CoreError> {
        let file: ReviewFile = parse_review(bytes, file_name)?;
        let here = match self.store.load_document(&file.plan_id) {
            Ok(doc) => doc,
            Err(StoreError::NotFound { .. }) => {
                return Err(bad(
                    file_name,
                    "plan_id",
                    format!(
                        "there is no plan \"{}\" here; the review answers a plan this database does not hold",
                        file.plan_id
                    ),
                ))
            }
            Err(e) => return Err(e.into()),
        };
        let plan_id = here.plan.id.clone();
        let revisions = self.store.revisions(&plan_id)?;
        let wanted = &file.reviewed_revision;
        let reviewed = revisions
            .iter()
            .find(|r| r.number == wanted.number)
            .ok_or_else(|| {
                bad(
                    file_name,
                    "reviewed_revision.number",
                    format!(
                        "the plan \"{}\" here never had revision {} (it has {})",
                        here.plan.title,
                        wanted.number,
                        match revisions.len() {
                            0 => "none yet".to_string(),
                            n => format!("1 to {n}"),
                        }
                    ),
                )
            })?;
        if reviewed.created_at != wanted.created_at {
            return Err(bad(
                file_name,
                "reviewed_revision.created_at",
                format!(
                    "revision {} here was written at {}, not {}: the file reviews another history of the plan",
                    wanted.number, reviewed.created_at, wanted.created_at
                ),
            ));
        }
        let notes_here = self.store.review_notes(&plan_id)?;
        let merged = merge(&file, file_name, &here, reviewed, &revisions, &notes_here)?;

        let actors: Vec<Actor> = merged
            .moves
            .iter()
            .map(|m| Actor::new(m.author_role, &m.author_name))
            .collect();
        let write = ReviewWrite {
            comments: merged
                .comments
                .iter()
                .map(|c| Change::Item(Box::new(c.clone().into())))
                .collect(),
            moves: merged
                .moves
                .iter()
                .zip(&actors)
                .map(|(m, actor)| {
                    (
                        m.to,
                        Signature {
                            actor,
                            at: &m.at,
                            message: &m.message,
                        },
                    )
                })
                .collect(),
            notes: merged.new_notes.clone(),
        };
        let revision = if write.is_empty() {
            here.plan.revision
        } else {
            self.store
                .save_review(&plan_id, here.plan.revision, &write)?
        };
        let conflicts_kept: Vec<ReviewNote> = merged.notes;
        Ok(ReviewImported {
            plan_id,
            slug: here.plan.slug,
            title: here.plan.title,
            revision,
            changed: !write.is_empty(),
            threads_added: merged.threads_added,
            replies_added: merged.replies_added,
            suggestions_added: merged.suggestions_added,
            resolutions_applied: merged.resolutions_applied,
            reopenings_applied: merged.reopenings_applied,
            conflicts_kept,
            decision: merged.decision,
        })
    }

    /// The reviewers' acts kept beside the plan instead of applied (docs/review-file.md).
    pub fn review_notes(&self, id_or_slug: &str) -> Result<Vec<ReviewNote>, CoreError> {
        let plan_id = self.store.resolve_plan(id_or_slug)?;
        Ok(self.store.review_notes(&plan_id)?)
    }
}
