//! The review file (`.safeplan-review`, docs/review-file.md): what a reviewer did to a plan they
//! received as a package (their comments, replies, suggestions, resolutions and status moves),
//! without the plan's text, so the district can take the review into its own copy. Export reads a
//! plan here and writes the file; import checks the whole file against the revision it reviewed
//! before anything is written, then stores it as one change.

mod decision;
mod export;
mod import;
mod merge;
mod parse;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use safeplan_model::{Actor, ItemRef, NoteReason, PlanStatus, ReviewNote, Role, SuggestionState};

pub use parse::parse_review;

/// The `format` every review file names, so that a package or a stray JSON file is refused.
pub const REVIEW_FORMAT: &str = "safeplan-review";
/// The layout this build writes and the newest it reads.
pub const REVIEW_SCHEMA_VERSION: i64 = 1;
/// Files larger than this are refused before they are parsed. A review holds comments only; the
/// model allows at most `COMMENTS_MAX` comments of `MARKDOWN_MAX` characters, far below this.
pub const MAX_REVIEW_BYTES: u64 = 10 * 1024 * 1024;
/// The file name's ending, without the dot.
pub const REVIEW_EXTENSION: &str = "safeplan-review";

/// The file's layout. Field order is the key order in the file: do not reorder.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct ReviewFile {
    pub format: String,
    pub schema_version: i64,
    /// The program that wrote the file, for people reading it; not interpreted.
    pub exported_with: String,
    pub plan_id: String,
    pub reviewed_revision: ReviewedRevision,
    /// Who exported the file: the reviewer.
    pub reviewer: Actor,
    /// RFC 3339: when the file was written; a resolution is dated by it.
    pub exported_at: String,
    /// Every comment written on the reviewer's side, in the order written.
    pub comments: Vec<ReviewComment>,
    /// Threads whose resolution the reviewer changed.
    pub resolutions: Vec<Resolution>,
    /// The reviewer's status moves since the reviewed revision, in order; the last is the decision.
    pub status_moves: Vec<StatusMove>,
}

/// The revision the reviewer read: the plan's own number for it, and when it was written, so that
/// a revision with the same number but another history is not taken for it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct ReviewedRevision {
    #[ts(type = "number")]
    pub number: i64,
    pub created_at: String,
}

/// A comment, a reply or a suggestion, without the plan's text it was about (the district has it).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct ReviewComment {
    pub id: String,
    pub anchor: ItemRef,
    pub author_name: String,
    pub author_role: String,
    pub text: String,
    pub created_at: String,
    /// Set on a reply: the comment it answers (in this file, or in the plan).
    pub parent_id: Option<String>,
    pub suggestion: Option<ReviewSuggestion>,
}

/// New text for one field: the anchor's, which `field` repeats so a file edited by hand cannot aim
/// a suggestion at another field than the one its comment is about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct ReviewSuggestion {
    pub field: String,
    pub text: String,
    pub state: SuggestionState,
}

/// A thread the reviewer resolved or reopened.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Resolution {
    /// The thread's first comment.
    pub thread_id: String,
    pub resolved: bool,
    /// Who resolved or reopened it.
    pub by: String,
}

/// One signed status move the reviewer made.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct StatusMove {
    pub from: PlanStatus,
    pub to: PlanStatus,
    pub author_name: String,
    pub author_role: Role,
    pub at: String,
    pub message: String,
}

/// What became of the reviewer's decision (their last status move).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum DecisionOutcome {
    /// Made here now, as signed revisions.
    Applied,
    /// An earlier import of the file made it.
    AlreadyApplied,
    /// The plan's status here does not allow it: recorded as a review note, not forced.
    Recorded,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Decision {
    pub status: PlanStatus,
    pub outcome: DecisionOutcome,
    /// Why it was recorded instead of made; none otherwise.
    pub reason: Option<NoteReason>,
}

/// What importing a review file did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ReviewImported {
    pub plan_id: String,
    pub slug: String,
    pub title: String,
    /// The plan's revision after the import (unchanged when the file brought nothing new).
    #[ts(type = "number")]
    pub revision: i64,
    pub changed: bool,
    pub threads_added: usize,
    pub replies_added: usize,
    /// Of the comments added, how many propose text.
    pub suggestions_added: usize,
    pub resolutions_applied: usize,
    pub reopenings_applied: usize,
    /// The reviewer's resolutions kept beside an open thread, and a decision not made here.
    pub conflicts_kept: Vec<ReviewNote>,
    pub decision: Option<Decision>,
}
