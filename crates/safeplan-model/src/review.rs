//! Review: comments anchored to a part of a plan, and the numbered snapshots taken at each status change.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::document::PlanDocument;
use crate::enums::{PlanStatus, Role, Section, SuggestionState};
use crate::note_reason::NoteReason;

/// A place in a plan: a section, optionally one item in it (by id), optionally one field of that item.
/// Readiness findings use it to take the user to what needs fixing; comments use it as their anchor.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct ItemRef {
    pub section: Section,
    pub id: Option<String>,
    pub field: Option<String>,
}

impl ItemRef {
    pub fn section(section: Section) -> ItemRef {
        ItemRef {
            section,
            id: None,
            field: None,
        }
    }

    pub fn field(section: Section, field: &str) -> ItemRef {
        ItemRef {
            section,
            id: None,
            field: Some(field.to_string()),
        }
    }

    pub fn item(section: Section, id: &str) -> ItemRef {
        ItemRef {
            section,
            id: Some(id.to_string()),
            field: None,
        }
    }

    pub fn item_field(section: Section, id: &str, field: &str) -> ItemRef {
        ItemRef {
            section,
            id: Some(id.to_string()),
            field: Some(field.to_string()),
        }
    }
}

/// As `check` prints a place and a comment's anchor is written: `lagesbild.cause_analysis`,
/// `measures/ID`, `measures/ID.title`.
impl std::fmt::Display for ItemRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.section.key())?;
        if let Some(id) = &self.id {
            write!(f, "/{id}")?;
        }
        if let Some(field) = &self.field {
            write!(f, ".{field}")?;
        }
        Ok(())
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Comment {
    pub id: String,
    pub anchor: ItemRef,
    pub author_name: String,
    pub author_role: String,
    pub text: String,
    /// RFC 3339 timestamp, given by the caller (the model never reads the clock).
    pub created_at: String,
    /// Set on a reply: the comment it answers.
    pub parent_id: Option<String>,
    pub resolved: bool,
    /// What the anchor held when the comment was written (a field's text, an item's title), so the
    /// thread still reads right after the text changed or the item was removed.
    #[serde(default)]
    pub quote: String,
    /// Set on a suggestion: the text it proposes for the anchor's field.
    #[serde(default)]
    pub suggestion: Option<Suggestion>,
    /// Who resolved the thread; empty while it is open.
    #[serde(default)]
    pub resolved_by: String,
}

/// New text a reviewer proposes for one field, and what the planner decided about it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Suggestion {
    pub text: String,
    pub state: SuggestionState,
}

/// Who does something to a plan: the role decides what they may do, the name is shown beside it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Actor {
    pub role: Role,
    pub name: String,
}

impl Actor {
    pub fn new(role: Role, name: &str) -> Actor {
        Actor {
            role,
            name: name.trim().to_string(),
        }
    }
}

/// The plan as it stood when its status changed, and who changed it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Revision {
    /// 1, 2, 3… per plan.
    #[ts(type = "number")]
    pub number: i64,
    pub status: PlanStatus,
    pub created_at: String,
    /// Empty on revisions written before moves were signed (and in older packages).
    #[serde(default)]
    pub author_name: String,
    #[serde(default)]
    pub author_role: Option<Role>,
    /// Why the move was made ("changes requested: see the comments on the measures"), or empty.
    #[serde(default)]
    pub message: String,
    pub snapshot: Box<PlanDocument>,
}

/// What a reviewer did that an imported review file could not apply here.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ReviewNoteKind {
    /// The reviewer resolved a thread in which someone here had replied since.
    Resolution,
    /// The reviewer reopened a thread (kept for symmetry; a reopening is always applied).
    Reopening,
    /// The reviewer moved the plan to a status it can no longer move to from here.
    Status,
}

impl ReviewNoteKind {
    pub fn key(self) -> &'static str {
        match self {
            ReviewNoteKind::Resolution => "resolution",
            ReviewNoteKind::Reopening => "reopening",
            ReviewNoteKind::Status => "status",
        }
    }

    pub fn from_key(key: &str) -> Option<ReviewNoteKind> {
        [
            ReviewNoteKind::Resolution,
            ReviewNoteKind::Reopening,
            ReviewNoteKind::Status,
        ]
        .into_iter()
        .find(|k| k.key() == key)
    }
}

/// A reviewer's act kept beside the plan instead of applied, so that both sides stay visible: the
/// thread stays open with the reply written here, or the plan keeps the status it has here.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct ReviewNote {
    pub kind: ReviewNoteKind,
    /// The thread's first comment (a resolution), or the status key the reviewer moved to.
    pub subject: String,
    pub author_name: String,
    pub author_role: String,
    /// RFC 3339: when the reviewer did it (a resolution: when the review file was written).
    pub at: String,
    /// The reviewer's message with a status move, or empty.
    pub message: String,
    /// Why it was not applied here; none on a note being matched or checked before it is kept.
    pub reason: Option<NoteReason>,
}
