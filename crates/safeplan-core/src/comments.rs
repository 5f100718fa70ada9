//! The review's conversation: threads of comments anchored to a part of a plan, their replies,
//! resolving and reopening them, and suggestions (a comment proposing new text for one field) that
//! the planner accepts or rejects. A comment keeps what its anchor held when it was written, so it
//! still reads right when the text changed or the item was removed; it is never dropped for that.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use safeplan_model::{
    Actor, Comment, ItemRef, PlanDocument, PlanItem, Role, Suggestion, SuggestionState,
};
use safeplan_store::Change;

use crate::anchors::{current_text, holder, quote, set_text};
use crate::clock;
use crate::error::CoreError;
use crate::Safeplan;

/// A comment as its author writes it; the id, the time, the author and the quote are added here.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct NewComment {
    /// What it is about; a reply may leave it out and is anchored where the thread is.
    pub anchor: Option<ItemRef>,
    pub text: String,
    /// New text proposed for the anchor's field: makes the comment a suggestion.
    pub suggestion: Option<String>,
    /// Set on a reply: the comment it answers.
    pub parent_id: Option<String>,
}

/// A comment as the review shows it, with what became of its anchor since.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct CommentView {
    pub comment: Comment,
    /// The anchor names nothing in the plan any more: the item was removed.
    pub on_removed_content: bool,
    /// The anchor's text now, when it differs from what the comment quotes.
    pub changed_to: Option<String>,
}

/// Which open suggestions a decision is about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "pick", content = "value", rename_all = "snake_case")]
pub enum SuggestionPick {
    One(String),
    All,
    /// All by the reviewer of this name.
    From(String),
}

/// A field a suggestion changed: what it held, so the app's undo can put it back.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct AcceptedText {
    pub comment_id: String,
    pub anchor: ItemRef,
    pub before: String,
    pub after: String,
}

/// What a decision on suggestions did.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Decided {
    #[ts(type = "number")]
    pub revision: i64,
    pub accepted: Vec<AcceptedText>,
    pub rejected: Vec<String>,
    /// Suggestions left open, each with why (its field changed since, or is gone).
    pub left_open: Vec<(String, String)>,
}

fn find<'a>(doc: &'a PlanDocument, id: &str) -> Result<&'a Comment, CoreError> {
    doc.comments
        .iter()
        .find(|c| c.id == id)
        .ok_or_else(|| CoreError::NotFound(format!("no comment \"{id}\" in this plan")))
}

/// Why a suggestion cannot be taken as it is, or None when it can.
fn stale(doc: &PlanDocument, c: &Comment, acknowledged: Option<&str>) -> Option<String> {
    match current_text(doc, &c.anchor) {
        None => Some(format!("{} is on removed content", c.anchor)),
        Some(now) if now != c.quote && acknowledged != Some(now.as_str()) => Some(format!(
            "{} changed since the suggestion was written: it held \"{}\" and now holds \"{now}\"; \
             accept it with the current text acknowledged to replace that",
            c.anchor, c.quote
        )),
        Some(_) => None,
    }
}

impl Safeplan {
    /// Whether `actor` may write `comment` back through the plan's item path (save_item). The window
    /// does that only to undo or redo a decision on a suggestion, so that is all it may change: the
    /// comment must exist and differ from the stored one in its suggestion's state alone, and the
    /// actor must be one who decides suggestions. Everything else goes through the functions here,
    /// which stamp the author and check who may do what; otherwise one window could rewrite another
    /// person's words.
    pub(crate) fn may_write_comment(
        &self,
        plan_id: &str,
        actor: &Actor,
        comment: &Comment,
    ) -> Result<(), CoreError> {
        let refused = |why: &str| {
            CoreError::NotAllowed(format!(
                "comment \"{}\": {why}; comments are written by adding, replying, resolving or \
                 deciding on suggestions",
                comment.id
            ))
        };
        if actor.role == Role::Advisor {
            return Err(refused("an advisor does not decide on suggestions"));
        }
        let doc = self.store.load_document(plan_id)?;
        let stored = doc
            .comments
            .iter()
            .find(|c| c.id == comment.id)
            .ok_or_else(|| refused("a new comment is added, not saved as an item"))?;
        let mut only_state = stored.clone();
        if let (Some(mine), Some(theirs)) = (&mut only_state.suggestion, &comment.suggestion) {
            mine.state = theirs.state;
        }
        if &only_state != comment {
            return Err(refused("only a suggestion's decision can be written back"));
        }
        Ok(())
    }

    /// Every comment of the plan, in the order written, with what became of its anchor.
    pub fn comments(&self, id_or_slug: &str) -> Result<Vec<CommentView>, CoreError> {
        let doc = self.plan(id_or_slug)?;
        Ok(doc
            .comments
            .iter()
            .map(|c| {
                let now = current_text(&doc, &c.anchor);
                let quoted_now = quote(&doc, &c.anchor);
                CommentView {
                    on_removed_content: now.is_none(),
                    changed_to: quoted_now.filter(|t| *t != c.quote),
                    comment: c.clone(),
                }
            })
            .collect())
    }

    /// Adds a comment, a reply or a suggestion by `actor`, at any status (the review goes on while
    /// the text is read-only). Returns the new revision and the comment's id.
    pub fn add_comment(
        &mut self,
        actor: &Actor,
        plan_id: &str,
        expected_revision: i64,
        new: &NewComment,
    ) -> Result<(i64, String), CoreError> {
        let doc = self.store.load_document(plan_id)?;
        let anchor = match (&new.parent_id, &new.anchor) {
            (Some(parent), _) => find(&doc, parent)?.anchor.clone(),
            (None, Some(anchor)) => anchor.clone(),
            (None, None) => {
                return Err(CoreError::Validation(
                    "anchor: a comment that answers no other needs an anchor".into(),
                ))
            }
        };
        let quoted = quote(&doc, &anchor).ok_or_else(|| {
            CoreError::NotFound(format!("anchor {anchor} names nothing in this plan"))
        })?;
        if let Some(text) = &new.suggestion {
            set_text(&mut doc.clone(), &anchor, text)?;
        }
        let comment = Comment {
            id: uuid::Uuid::new_v4().to_string(),
            anchor,
            author_name: actor.name.clone(),
            author_role: actor.role.key().to_string(),
            text: new.text.clone(),
            created_at: clock::now_rfc3339(),
            parent_id: new.parent_id.clone(),
            resolved: false,
            quote: quoted,
            suggestion: new.suggestion.as_ref().map(|text| Suggestion {
                text: text.clone(),
                state: SuggestionState::Open,
            }),
            resolved_by: String::new(),
        };
        let id = comment.id.clone();
        let revision =
            self.store
                .save_item(plan_id, expected_revision, &PlanItem::Comment(comment))?;
        Ok((revision, id))
    }

    /// Resolves (or reopens) the thread that starts with comment `id`: its opener or an advisor may.
    pub fn resolve_thread(
        &mut self,
        actor: &Actor,
        plan_id: &str,
        expected_revision: i64,
        id: &str,
        resolved: bool,
    ) -> Result<i64, CoreError> {
        let doc = self.store.load_document(plan_id)?;
        let mut c = find(&doc, id)?.clone();
        if let Some(parent) = &c.parent_id {
            return Err(CoreError::Validation(format!(
                "comment \"{id}\" is a reply; resolve or reopen its thread by its first comment \"{parent}\""
            )));
        }
        let opener = c.author_name == actor.name && c.author_role == actor.role.key();
        if !opener && actor.role != Role::Advisor {
            return Err(CoreError::NotAllowed(format!(
                "only the thread's opener ({}) or an advisor may resolve or reopen it",
                c.author_name
            )));
        }
        c.resolved = resolved;
        c.resolved_by = if resolved {
            actor.name.clone()
        } else {
            String::new()
        };
        Ok(self
            .store
            .save_item(plan_id, expected_revision, &PlanItem::Comment(c))?)
    }

    /// Accepts or rejects open suggestions, as one change. Accepting writes each suggestion's text
    /// into its field; one whose field changed since it was written (or is gone) is left open unless
    /// it is the one picked and `acknowledged` is the field's current text. Only the plan's own side
    /// decides: an advisor may not, and accepting needs a plan the actor may edit.
    pub fn decide_suggestions(
        &mut self,
        actor: &Actor,
        plan_id: &str,
        expected_revision: i64,
        pick: &SuggestionPick,
        accept: bool,
        acknowledged: Option<&str>,
    ) -> Result<Decided, CoreError> {
        if actor.role == Role::Advisor {
            return Err(CoreError::NotAllowed(
                "an advisor makes suggestions; the planner accepts or rejects them".into(),
            ));
        }
        if accept {
            self.may_edit(plan_id, actor, None)?;
        }
        let doc = self.store.load_document(plan_id)?;
        let open = |c: &&Comment| {
            c.suggestion
                .as_ref()
                .is_some_and(|s| s.state == SuggestionState::Open)
        };
        let picked: Vec<&Comment> = match pick {
            SuggestionPick::One(id) => {
                let c = find(&doc, id)?;
                if !open(&c) {
                    return Err(CoreError::Validation(format!(
                        "comment \"{id}\" is not an open suggestion"
                    )));
                }
                if let (true, Some(why)) = (accept, stale(&doc, c, acknowledged)) {
                    return Err(CoreError::Validation(why));
                }
                vec![c]
            }
            SuggestionPick::All => doc.comments.iter().filter(open).collect(),
            SuggestionPick::From(name) => doc
                .comments
                .iter()
                .filter(open)
                .filter(|c| &c.author_name == name)
                .collect(),
        };
        let mut work = doc.clone();
        let mut decided = Decided {
            revision: expected_revision,
            accepted: Vec::new(),
            rejected: Vec::new(),
            left_open: Vec::new(),
        };
        let mut changes: Vec<Change> = Vec::new();
        for c in picked {
            let Some(s) = &c.suggestion else { continue };
            let mut c = c.clone();
            if accept {
                let ack = matches!(pick, SuggestionPick::One(_))
                    .then_some(acknowledged)
                    .flatten();
                if let Some(why) = stale(&work, &c, ack) {
                    decided.left_open.push((c.id.clone(), why));
                    continue;
                }
                let before = current_text(&work, &c.anchor).unwrap_or_default();
                set_text(&mut work, &c.anchor, &s.text)?;
                decided.accepted.push(AcceptedText {
                    comment_id: c.id.clone(),
                    anchor: c.anchor.clone(),
                    before,
                    after: s.text.clone(),
                });
                changes.retain(|ch| !same_holder(ch, &holder(&work, &c.anchor)));
                changes.push(holder(&work, &c.anchor));
            } else {
                decided.rejected.push(c.id.clone());
            }
            c.suggestion = Some(Suggestion {
                text: s.text.clone(),
                state: if accept {
                    SuggestionState::Accepted
                } else {
                    SuggestionState::Rejected
                },
            });
            changes.push(Change::Item(Box::new(PlanItem::Comment(c))));
        }
        if !changes.is_empty() {
            decided.revision = self
                .store
                .save_changes(plan_id, expected_revision, &changes)?;
        }
        Ok(decided)
    }
}

/// Two writes of the same thing (the plan's fields, or one item): the later one carries both edits.
fn same_holder(a: &Change, b: &Change) -> bool {
    match (a, b) {
        (Change::Plan(_), Change::Plan(_)) => true,
        (Change::Item(x), Change::Item(y)) => x.kind() == y.kind() && x.id() == y.id(),
        _ => false,
    }
}

/// The first comment of the thread `c` is in (itself when it opens one); a reply whose parent is
/// gone stands for its thread. Bounded, so a circle of replies (which the store refuses) cannot
/// hold anything up.
pub(crate) fn thread_root<'a>(by_id: &HashMap<&str, &'a Comment>, mut c: &'a Comment) -> &'a str {
    for _ in 0..by_id.len() {
        match c.parent_id.as_deref().and_then(|p| by_id.get(p)) {
            Some(parent) => c = parent,
            None => break,
        }
    }
    c.id.as_str()
}
