//! The review report's data: what a template sees under `review` beside the plan — the status
//! history, the threads grouped by step, the open suggestions and what changed since the last review.
//! Core gathers it from the comments, the revisions and the diff; this module only names its shape
//! (for templates and docs/templates.md) and splits word changes so a template can mark them.
//!
//! Comment texts come from review files, from outside the city: like every other value they reach the
//! template as plain text and are printed Markdown-escaped, never as Markdown.

use safeplan_model::{
    IsoDate, ItemKind, Locale, PlanDocument, PlanStatus, Role, Section, SuggestionState,
};
use serde::Serialize;

use crate::engine;

/// Everything the review report prints besides the plan's own header.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ReviewData {
    /// Every signed revision, oldest first.
    pub revisions: Vec<RevisionEntry>,
    /// The steps that have threads, in the order of the guided steps.
    pub sections: Vec<SectionThreads>,
    pub open_threads: usize,
    pub resolved_threads: usize,
    /// Suggestions the planner has not decided yet, in the order written.
    pub suggestions: Vec<SuggestionEntry>,
    /// What changed since the last review decision; none when the plan has no revision yet.
    pub changes: Option<Changes>,
}

/// One status move, as signed.
#[derive(Debug, Clone, Serialize)]
pub struct RevisionEntry {
    pub number: i64,
    pub status: PlanStatus,
    /// Empty on revisions written before moves were signed.
    pub author_name: String,
    pub author_role: Option<Role>,
    /// The day of the move (`YYYY-MM-DD`), for the `date` filter.
    pub date: String,
    pub message: String,
}

/// The threads anchored in one step of the plan.
#[derive(Debug, Clone, Serialize)]
pub struct SectionThreads {
    pub key: Section,
    pub threads: Vec<Thread>,
}

/// A first comment and its replies.
#[derive(Debug, Clone, Serialize)]
pub struct Thread {
    /// The anchor as `check` and the CLI write it: `measures/m1.title`.
    pub anchor: String,
    /// The item it is about (a measure's title), as it reads now or read before it was removed;
    /// empty for the plan's own fields.
    pub item_name: String,
    /// The field it is about (`title`, `cause_analysis`), or none for a whole item or step.
    pub field: Option<String>,
    /// What the anchor held when the thread was opened.
    pub quote: String,
    pub resolved: bool,
    pub resolved_by: String,
    /// The anchor names nothing any more: the item or field was removed.
    pub on_removed_content: bool,
    /// The anchor's text now, when it differs from the quote.
    pub changed_to: Option<String>,
    /// The opening comment first, then the replies in the order written.
    pub comments: Vec<CommentEntry>,
}

/// One comment or reply.
#[derive(Debug, Clone, Serialize)]
pub struct CommentEntry {
    pub author_name: String,
    /// The role's label in the report's language, or the words the author gave (older comments and
    /// review files may carry a title such as "Advisor, Nordic Safe Cities").
    pub author_role: String,
    /// `YYYY-MM-DD`.
    pub date: String,
    pub text: String,
    /// The text a suggestion proposes, and where it stands.
    pub suggestion: Option<String>,
    pub suggestion_state: Option<SuggestionState>,
}

/// A suggestion still waiting for the planner.
#[derive(Debug, Clone, Serialize)]
pub struct SuggestionEntry {
    pub section: Section,
    pub anchor: String,
    pub item_name: String,
    pub author_name: String,
    /// As in [`CommentEntry::author_role`].
    pub author_role: String,
    pub date: String,
    /// The reviewer's comment beside the proposal.
    pub text: String,
    /// What the field held when the suggestion was written.
    pub quote: String,
    /// The field's text now; none when the field was removed.
    pub current: Option<String>,
    pub proposed: String,
    /// The field changed after the suggestion was written, so it cannot be taken blindly.
    pub changed_since: bool,
    /// From the current text to the proposed one, word by word.
    pub words: Vec<WordRun>,
}

/// What changed between two states of the plan.
#[derive(Debug, Clone, Serialize)]
pub struct Changes {
    /// The last revision a review decided on (or the last revision when none has).
    pub older: ChangeEnd,
    /// Usually the plan as it is now.
    pub newer: ChangeEnd,
    /// The steps with changes, in the order of the guided steps; empty when nothing changed.
    pub sections: Vec<ChangeSection>,
}

/// The changes in one step of the plan.
#[derive(Debug, Clone, Serialize)]
pub struct ChangeSection {
    pub key: Section,
    pub items: Vec<ChangedItem>,
}

/// One end of the changes: a revision, or the plan as it is now (no number).
#[derive(Debug, Clone, Serialize)]
pub struct ChangeEnd {
    pub revision: Option<i64>,
    pub status: PlanStatus,
    /// `YYYY-MM-DD`; none for now.
    pub date: Option<String>,
}

/// An item (or one of the plan's own parts) added, removed or changed.
#[derive(Debug, Clone, Serialize)]
pub struct ChangedItem {
    pub section: Section,
    /// Absent for the plan's own parts and for registry partners.
    pub kind: Option<ItemKind>,
    pub name: String,
    /// `added`, `removed` or `changed`.
    pub change: &'static str,
    pub fields: Vec<ChangedField>,
}

/// One field of a changed item.
#[derive(Debug, Clone, Serialize)]
pub struct ChangedField {
    pub field: String,
    /// A list element's own key (an observation's period), when it has one.
    pub element: Option<String>,
    /// `added`, `removed` or `changed`.
    pub change: &'static str,
    /// Prose, word by word; empty for a value.
    pub words: Vec<WordRun>,
    /// A value (a number, a level, a list element) before and after; none where there was none.
    pub before: Option<String>,
    pub after: Option<String>,
}

/// A run of words kept, inserted or deleted. Whether spaces stand at its ends is kept apart (`lead`,
/// `trail`) so a template can put its marks tight around the words (`~~[−words−]~~` must have no
/// space inside) and write the spaces itself: a printed value of spaces alone prints as nothing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WordRun {
    /// `equal`, `insert` or `delete`.
    pub op: &'static str,
    pub lead: bool,
    pub text: String,
    pub trail: bool,
}

impl WordRun {
    pub fn new(op: &'static str, text: &str) -> WordRun {
        let start = text.len() - text.trim_start().len();
        let end = text.trim_end().len().max(start);
        WordRun {
            op,
            lead: start > 0,
            text: text[start..end].to_string(),
            trail: end > start && end < text.len(),
        }
    }
}

/// The review report's metadata and page dressing: the plan's, titled as a review and without the
/// draft watermark (the report is about the review, not a plan to adopt), with its own document id.
pub fn page_setup(document: &PlanDocument, locale: Locale, date: &IsoDate) -> engine::PageSetup {
    let base = crate::page_setup(document, locale, date);
    let (title, subject) = match locale {
        Locale::Sv => ("Granskningsrapport", "Granskning av handlingsplan"),
        Locale::En => ("Review report", "Review of an action plan"),
    };
    let plan = &document.plan;
    engine::PageSetup {
        title: format!("{title}: {}", plan.title),
        subject: subject.to_string(),
        header_text: format!("{title} · {}", plan.title),
        watermark: None,
        document_id: crate::document_id(&format!("{}/review", plan.id), plan.revision),
        ..base
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_run_keeps_its_end_spaces_apart() {
        let run = WordRun::new("delete", " old words\n");
        assert_eq!(
            (run.lead, run.text.as_str(), run.trail),
            (true, "old words", true)
        );
        let run = WordRun::new("insert", "new");
        assert_eq!(
            (run.lead, run.text.as_str(), run.trail),
            (false, "new", false)
        );
        let run = WordRun::new("equal", "   ");
        assert_eq!((run.lead, run.text.as_str(), run.trail), (true, "", false));
    }
}
