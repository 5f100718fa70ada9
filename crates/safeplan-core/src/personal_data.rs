//! R9 as a refusal: nothing holding a personal identity number leaves the machine (a package, a
//! review file, a PDF). A number in the plan's own text is refused as the plan's; one only in a
//! comment is refused as the comment's, naming the place it is shown at and its thread, because
//! "the plan contains" sends the planner looking through fields where there is nothing to find.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use safeplan_model::readiness::personal_data;
use safeplan_model::{Comment, ItemRef, PlanDocument};

use crate::comments::thread_root;
use crate::error::CoreError;

/// A comment that holds a personal identity number: where the app shows it, its thread, and R9's
/// message (naming the comment's author and field, the number masked).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CommentWithNumber {
    pub anchor: ItemRef,
    /// The first comment of the thread it is in (itself, when it opens the thread).
    pub thread_id: String,
    pub message_en: String,
}

impl std::fmt::Display for CommentWithNumber {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "In the thread {} on {}: {}",
            self.thread_id, self.anchor, self.message_en
        )
    }
}

/// Where R9 fires in `doc`: the messages for the plan's own text, and the comments.
pub(crate) fn personal_data_in(doc: &PlanDocument) -> (Vec<String>, Vec<CommentWithNumber>) {
    let by_id: HashMap<&str, &Comment> = doc.comments.iter().map(|c| (c.id.as_str(), c)).collect();
    let mut plan = Vec::new();
    let mut comments = Vec::new();
    for (finding, comment) in personal_data(doc) {
        match comment {
            None => plan.push(finding.message_en),
            Some(c) => comments.push(CommentWithNumber {
                anchor: c.anchor.clone(),
                thread_id: thread_root(&by_id, c).to_string(),
                message_en: finding.message_en,
            }),
        }
    }
    (plan, comments)
}

/// Err naming every place R9 fires in `doc`, so the user can go straight there: the plan's own
/// text first (`personal_data`), else the comments (`personal_data_in_comment`).
pub(crate) fn refuse_personal_data(doc: &PlanDocument) -> Result<(), CoreError> {
    let (plan, comments) = personal_data_in(doc);
    if !plan.is_empty() {
        return Err(CoreError::PersonalData { places: plan });
    }
    refuse_comments(comments)
}

/// Err(PersonalDataInComment) for these comments, Ok when there are none.
pub(crate) fn refuse_comments(comments: Vec<CommentWithNumber>) -> Result<(), CoreError> {
    if comments.is_empty() {
        Ok(())
    } else {
        Err(CoreError::PersonalDataInComment { comments })
    }
}
