//! Writing a review file: what the reviewer's side added to a plan since the submission it
//! reviewed. The reviewed revision is the newest `submitted` one (what the district sent); every
//! comment that revision does not hold is the reviewer's side's, a thread whose resolution differs
//! from that revision's was resolved or reopened here, and every reviewer's move after it is a
//! status move. R9 refuses the file while a comment it carries holds an identity number (the
//! plan's own text does not travel in it).

use std::collections::HashMap;

use safeplan_model::{Actor, Comment, PlanStatus, Revision, Role};

use super::{
    Resolution, ReviewComment, ReviewFile, ReviewSuggestion, ReviewedRevision, StatusMove,
    REVIEW_FORMAT, REVIEW_SCHEMA_VERSION,
};
use crate::clock;
use crate::error::CoreError;
use crate::personal_data::{personal_data_in, refuse_comments};
use crate::Safeplan;

fn to_file(c: &Comment) -> ReviewComment {
    ReviewComment {
        id: c.id.clone(),
        anchor: c.anchor.clone(),
        author_name: c.author_name.clone(),
        author_role: c.author_role.clone(),
        text: c.text.clone(),
        created_at: c.created_at.clone(),
        parent_id: c.parent_id.clone(),
        suggestion: c.suggestion.as_ref().map(|s| ReviewSuggestion {
            field: c.anchor.field.clone().unwrap_or_default(),
            text: s.text.clone(),
            state: s.state,
        }),
    }
}

/// The reviewers' signed moves after revision `after`, each with the status it left.
fn moves_after(revisions: &[Revision], after: i64) -> Vec<StatusMove> {
    revisions
        .windows(2)
        .filter(|w| w[1].number > after)
        .filter_map(|w| {
            let role = w[1].author_role?;
            let t = w[0].status.transition(w[1].status)?;
            (matches!(role, Role::Advisor | Role::ExecutiveOffice) && t.allows(role)).then(|| {
                StatusMove {
                    from: w[0].status,
                    to: w[1].status,
                    author_name: w[1].author_name.clone(),
                    author_role: role,
                    at: w[1].created_at.clone(),
                    message: w[1].message.clone(),
                }
            })
        })
        .collect()
}

impl Safeplan {
    /// The review of plan `id_or_slug` as a `.safeplan-review` file, exported by `actor`.
    /// Refused when the plan was never submitted (there is no submission to answer), and
    /// (`personal_data`) while a comment it would carry holds an identity number.
    pub fn export_review(&self, actor: &Actor, id_or_slug: &str) -> Result<Vec<u8>, CoreError> {
        let doc = self.plan(id_or_slug)?;
        let revisions = self.store.revisions(&doc.plan.id)?;
        let reviewed = revisions
            .iter()
            .rev()
            .find(|r| r.status == PlanStatus::Submitted)
            .ok_or_else(|| {
                CoreError::Validation(format!(
                    "the plan \"{}\" was never submitted here: a review file answers a submitted plan",
                    doc.plan.title
                ))
            })?;
        let before: HashMap<&str, &Comment> = reviewed
            .snapshot
            .comments
            .iter()
            .map(|c| (c.id.as_str(), c))
            .collect();
        let written: Vec<Comment> = doc
            .comments
            .iter()
            .filter(|c| !before.contains_key(c.id.as_str()))
            .cloned()
            .collect();
        // R9 over what the file carries: the comments written, not the plan's text.
        let mut carried = doc.clone();
        carried.comments = written.clone();
        refuse_comments(personal_data_in(&carried).1)?;
        let resolutions = doc
            .comments
            .iter()
            .filter(|c| c.parent_id.is_none())
            .filter(|c| before.get(c.id.as_str()).is_some_and(|b| b.resolved) != c.resolved)
            .map(|c| Resolution {
                thread_id: c.id.clone(),
                resolved: c.resolved,
                by: if c.resolved && !c.resolved_by.is_empty() {
                    c.resolved_by.clone()
                } else {
                    actor.name.clone()
                },
            })
            .collect();
        let file = ReviewFile {
            format: REVIEW_FORMAT.to_string(),
            schema_version: REVIEW_SCHEMA_VERSION,
            exported_with: concat!("Safeplan ", env!("CARGO_PKG_VERSION")).to_string(),
            plan_id: doc.plan.id.clone(),
            reviewed_revision: ReviewedRevision {
                number: reviewed.number,
                created_at: reviewed.created_at.clone(),
            },
            reviewer: actor.clone(),
            exported_at: clock::now_rfc3339(),
            comments: written.iter().map(to_file).collect(),
            resolutions,
            status_moves: moves_after(&revisions, reviewed.number),
        };
        let mut bytes = serde_json::to_vec_pretty(&file)
            .map_err(|e| CoreError::Storage(format!("cannot write the review file: {e}")))?;
        bytes.push(b'\n');
        Ok(bytes)
    }
}
