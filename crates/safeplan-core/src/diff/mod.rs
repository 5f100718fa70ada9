//! What changed in a plan between two of its revisions, or between a revision and the plan as it is
//! now: the items added, removed and changed, field by field, and for text the words inserted and
//! deleted. An advisor reads only what is new since the last review; the planner sees what they
//! changed since the plan came back. Each change carries the [`ItemRef`] the app already follows to
//! take the user to a place, so "what changed" and "what to fix" lead to the same fields.

mod compare;
mod words;

#[cfg(test)]
mod tests;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use safeplan_model::{ItemKind, ItemRef, PlanDocument, PlanStatus, Revision};

use crate::error::CoreError;
use crate::Safeplan;

pub use compare::compare as diff_documents;
pub(crate) use words::text as text_delta;
pub use words::unchanged_shortened;

/// The statuses a review decision moves a plan into: the revision written then is what the
/// reviewer read, so "since the last review" starts there.
pub(crate) const REVIEW_DECISIONS: [PlanStatus; 2] =
    [PlanStatus::ChangesRequested, PlanStatus::Approved];

/// Whether an item or a field appeared, disappeared or differs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    Added,
    Removed,
    Changed,
}

/// One end of a diff: a numbered revision, or the plan as it is now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DiffEnd {
    /// The revision's number; absent for the plan as it is now.
    #[ts(type = "number | null")]
    pub revision: Option<i64>,
    pub status: PlanStatus,
    /// When the revision was written (RFC 3339); absent for now.
    pub created_at: Option<String>,
}

/// Everything that differs between two states of one plan, in the order of the guided steps.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct PlanDiff {
    pub plan_id: String,
    pub from: DiffEnd,
    pub to: DiffEnd,
    /// Empty when nothing changed. Reordering items is not a change.
    pub items: Vec<ItemChange>,
}

/// One item (a challenge, a measure, a registry partner…) or one of the plan's own parts (its
/// header, the lägesbild, the follow-up plan) that differs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ItemChange {
    /// Where the app shows it: the section and the item's id. A comment's place is its anchor.
    pub place: ItemRef,
    /// The kind of list item; absent for the plan's own parts and for registry partners.
    pub kind: Option<ItemKind>,
    /// The item's own id; absent for the plan's own parts.
    pub id: Option<String>,
    pub change: ChangeKind,
    /// What the item is called (a measure's title, an indicator's name), as it reads now, or as it
    /// read before it was removed. Empty for the plan's own parts: their section names them.
    pub name: String,
    /// For a changed item, each field that differs; empty for an item added or removed whole.
    pub fields: Vec<FieldChange>,
}

/// One field of an item that differs, or one element of a list inside it (an observation, a
/// team member, a partner's part in a measure) added or removed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct FieldChange {
    /// The path within the item, as findings write it: `title`, `evidence.note`,
    /// `observations[2].value` (the index on the newer side; on the older for a removed element).
    pub field: String,
    /// Where the app takes the user for this field.
    pub place: ItemRef,
    pub change: ChangeKind,
    /// The list element's own key when it has one (an observation's period, a term), which reads
    /// better than its index.
    pub element: Option<String>,
    pub delta: Delta,
}

/// How a field differs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Delta {
    /// Text on both sides: the newer text's words and the older's deleted ones, in reading order.
    Words { spans: Vec<WordSpan> },
    /// A value that is not prose (a number, a date, a level, a list of ids), or an element added
    /// or removed: each side as text, absent where there was nothing.
    Value {
        before: Option<String>,
        after: Option<String>,
    },
}

/// A run of words kept, inserted or deleted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct WordSpan {
    pub op: WordOp,
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum WordOp {
    Equal,
    Insert,
    Delete,
}

/// How `after` differs from `before`, word by word, as a field's change reads in the diff: what the
/// app shows for a suggestion (the field's text now beside the text proposed).
pub fn word_delta(before: &str, after: &str) -> Delta {
    words::text(before, after)
}

impl Safeplan {
    /// What changed in the plan from revision `from` to revision `to`. Without `from`, from the
    /// revision the last review round read (the later of the last review decision and the
    /// previous round's submission, as `last_reviewed` says), else the last revision; without
    /// `to`, to the plan as it is now. A revision the plan never had is refused with
    /// `no_revision`, as is a default `from` for a plan that has no revision yet.
    pub fn diff(
        &self,
        id_or_slug: &str,
        from: Option<i64>,
        to: Option<i64>,
    ) -> Result<PlanDiff, CoreError> {
        let id = self.store.resolve_plan(id_or_slug)?;
        let revisions = self.store.revisions(&id)?;
        let now;
        let (to_end, to_doc) = match to {
            Some(n) => pick(&revisions, id_or_slug, n)?,
            None => {
                now = self.store.load_document(&id)?;
                let end = DiffEnd {
                    revision: None,
                    status: now.plan.status,
                    created_at: None,
                };
                (end, &now)
            }
        };
        let (from_end, from_doc) = match from {
            Some(n) => pick(&revisions, id_or_slug, n)?,
            None => {
                let last = last_reviewed(&revisions).ok_or_else(|| CoreError::NoRevision {
                    plan: id_or_slug.to_string(),
                    asked: None,
                    latest: 0,
                })?;
                (end_of(last), &*last.snapshot)
            }
        };
        Ok(PlanDiff {
            plan_id: id,
            from: from_end,
            to: to_end,
            items: diff_documents(from_doc, to_doc),
        })
    }
}

/// The revision "since the last review" starts from: the one the last review round read. That is
/// the later of two:
/// - the last revision a review decision wrote (changes requested, approved): its snapshot is the
///   plan the reviewer decided on;
/// - the last submission followed by a later submission: a round that ended before this one. Its
///   decision may never have been written here as a revision: when the district withdrew its plan
///   before the review file came back, the decision is only a review note on the district's side,
///   and the package the advisor then takes in holds the district's revisions, not the advisor's.
///   Whatever became of that round, the plan it was sent to read is that submission.
///
/// The current round's own submission is not one (nothing has been read since it yet), and with
/// neither, the last revision of all.
fn last_reviewed(revisions: &[Revision]) -> Option<&Revision> {
    let decided = revisions
        .iter()
        .rev()
        .find(|r| REVIEW_DECISIONS.contains(&r.status));
    let mut submissions = revisions
        .iter()
        .rev()
        .filter(|r| r.status == PlanStatus::Submitted);
    submissions.next();
    let earlier_round = submissions.next();
    match (decided, earlier_round) {
        (Some(d), Some(s)) => Some(if s.number > d.number { s } else { d }),
        (d, s) => d.or(s).or_else(|| revisions.last()),
    }
}

fn pick<'a>(
    revisions: &'a [Revision],
    plan: &str,
    number: i64,
) -> Result<(DiffEnd, &'a PlanDocument), CoreError> {
    let found = revisions
        .iter()
        .find(|r| r.number == number)
        .ok_or_else(|| CoreError::NoRevision {
            plan: plan.to_string(),
            asked: Some(number),
            latest: revisions.last().map_or(0, |r| r.number),
        })?;
    Ok((end_of(found), &found.snapshot))
}

fn end_of(revision: &Revision) -> DiffEnd {
    DiffEnd {
        revision: Some(revision.number),
        status: revision.status,
        created_at: Some(revision.created_at.clone()),
    }
}
