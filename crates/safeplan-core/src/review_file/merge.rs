//! Taking a checked review file into the plan as it is here, without writing: which comments are
//! new (replies after what they answer), which resolutions apply, which status moves can be made,
//! and what is kept as a note instead. Every check that can refuse the file runs here, so a
//! refused file has written nothing. The rules (docs/review-file.md):
//! - comments are united by id; a comment already here is kept as it is;
//! - a resolution is applied unless the thread here has a reply the reviewer had not seen (one that
//!   is neither in the reviewed revision nor in the file): then the thread stays open and the
//!   resolution is kept as a note; a reopening is always applied;
//! - the reviewer's moves not yet made here are made in order while the plan's status here allows
//!   each; the first that it does not allow stops them, and the decision is kept as a note.

use std::collections::{HashMap, HashSet};

use safeplan_model::validate::{validate_comment, validate_review_note};
use safeplan_model::{
    Comment, NoteReason, PlanDocument, ReviewNote, ReviewNoteKind, Revision, Suggestion,
    SuggestionState, UnseenReply,
};

use super::decision::moves;
use super::parse::bad;
use super::{Decision, ReviewComment, ReviewFile, StatusMove};
use crate::anchors::{quote, set_text};
use crate::comments::thread_root;
use crate::error::CoreError;

/// What the file changes, and what to report.
#[derive(Debug, Default)]
pub(super) struct Merged {
    /// New comments (a reply after what it answers), then threads here whose resolution changes.
    pub comments: Vec<Comment>,
    pub threads_added: usize,
    pub replies_added: usize,
    pub suggestions_added: usize,
    pub resolutions_applied: usize,
    pub reopenings_applied: usize,
    /// Notes to write now (not already here).
    pub new_notes: Vec<ReviewNote>,
    /// Every note this file stands for, written now or before.
    pub notes: Vec<ReviewNote>,
    pub moves: Vec<StatusMove>,
    pub decision: Option<Decision>,
}

/// Refuses a note the model would not store, at the place in the file `place` gives for a field.
pub(super) fn check_note(
    n: &ReviewNote,
    name: &str,
    place: impl Fn(&str) -> String,
) -> Result<(), CoreError> {
    match validate_review_note(n) {
        Ok(()) => Ok(()),
        Err(errors) => Err(bad(name, &place(&errors.0[0].path), &errors.0[0].message)),
    }
}

pub(super) fn same_note(a: &ReviewNote, b: &ReviewNote) -> bool {
    a.kind == b.kind && a.subject == b.subject && a.author_name == b.author_name && a.at == b.at
}

/// The file's comment as the model's, open and unresolved, quoting `quote`.
fn comment_of(c: &ReviewComment, quote: String) -> Comment {
    Comment {
        id: c.id.clone(),
        anchor: c.anchor.clone(),
        author_name: c.author_name.clone(),
        author_role: c.author_role.clone(),
        text: c.text.clone(),
        created_at: c.created_at.clone(),
        parent_id: c.parent_id.clone(),
        resolved: false,
        quote,
        suggestion: c.suggestion.as_ref().map(|s| Suggestion {
            text: s.text.clone(),
            state: SuggestionState::Open,
        }),
        resolved_by: String::new(),
    }
}

/// Checks every comment of the file against the reviewed revision `base` and the plan `here`, and
/// returns the new ones, each quoting what its anchor held in `base`.
fn new_comments(
    file: &ReviewFile,
    name: &str,
    here: &PlanDocument,
    base: &PlanDocument,
) -> Result<Vec<Comment>, CoreError> {
    let number = file.reviewed_revision.number;
    let mut ids: HashMap<&str, usize> = HashMap::new();
    for (n, c) in file.comments.iter().enumerate() {
        if let Some(m) = ids.insert(c.id.as_str(), n) {
            return Err(bad(
                name,
                &format!("comments[{n}].id"),
                format!(
                    "\"{}\" is also the id of comments[{m}]; every comment needs its own",
                    c.id
                ),
            ));
        }
    }
    let here_by_id: HashMap<&str, &Comment> =
        here.comments.iter().map(|c| (c.id.as_str(), c)).collect();
    let base_by_id: HashMap<&str, &Comment> =
        base.comments.iter().map(|c| (c.id.as_str(), c)).collect();
    let mut out = Vec::new();
    for (n, c) in file.comments.iter().enumerate() {
        let at = |field: &str| format!("comments[{n}]{field}");
        let parent_anchor = match &c.parent_id {
            None => None,
            Some(p) => Some(
                here_by_id
                    .get(p.as_str())
                    .or_else(|| base_by_id.get(p.as_str()))
                    .map(|c| (&c.anchor, c.quote.clone()))
                    .or_else(|| {
                        ids.get(p.as_str())
                            .map(|m| (&file.comments[*m].anchor, String::new()))
                    })
                    .ok_or_else(|| {
                        bad(
                            name,
                            &at(".parent_id"),
                            format!("there is no comment \"{p}\" in this file or in revision {number} of the plan"),
                        )
                    })?,
            ),
        };
        let quoted = match (quote(base, &c.anchor), parent_anchor) {
            (Some(q), _) => q,
            // A reply in a thread on content removed before the review is where its thread is.
            (None, Some((anchor, q))) if *anchor == c.anchor => q,
            (None, _) => {
                return Err(bad(
                    name,
                    &at(".anchor"),
                    format!(
                        "{} names nothing in revision {number}, the revision reviewed",
                        c.anchor
                    ),
                ))
            }
        };
        let existing = here_by_id.get(c.id.as_str());
        if let Some(s) = &c.suggestion {
            if Some(s.field.as_str()) != c.anchor.field.as_deref() {
                return Err(bad(
                    name,
                    &at(".suggestion.field"),
                    format!(
                        "\"{}\" is not the field of the comment's anchor {}; a suggestion changes only the field its comment is about",
                        s.field, c.anchor
                    ),
                ));
            }
            set_text(&mut base.clone(), &c.anchor, &s.text)
                .map_err(|e| bad(name, &at(".suggestion"), e))?;
            if existing.is_none() && s.state != SuggestionState::Open {
                return Err(bad(
                    name,
                    &at(".suggestion.state"),
                    format!("is \"{}\"; a suggestion comes from the reviewer open, and only the plan's side accepts or rejects it", s.state.key()),
                ));
            }
        }
        let comment = comment_of(c, quoted);
        if let Err(errors) = validate_comment(&comment) {
            let first = &errors.0[0];
            return Err(bad(name, &at(&format!(".{}", first.path)), &first.message));
        }
        match existing {
            Some(h)
                if h.text != c.text
                    || h.author_name != c.author_name
                    || h.created_at != c.created_at
                    || h.anchor != c.anchor =>
            {
                return Err(bad(
                    name,
                    &at(".id"),
                    format!(
                        "a different comment with the id \"{}\" is already in this plan (by {}, {})",
                        c.id, h.author_name, h.created_at
                    ),
                ))
            }
            Some(_) => {}
            None => out.push(comment),
        }
    }
    parents_first(out, &here_by_id, name)
}

/// Orders new comments so that each reply comes after what it answers. A reply whose comment was in
/// the reviewed revision but has been deleted here since stands alone, as gathering does.
fn parents_first(
    mut pending: Vec<Comment>,
    here: &HashMap<&str, &Comment>,
    name: &str,
) -> Result<Vec<Comment>, CoreError> {
    let new_ids: HashSet<String> = pending.iter().map(|c| c.id.clone()).collect();
    for c in &mut pending {
        if c.parent_id
            .as_deref()
            .is_some_and(|p| !here.contains_key(p) && !new_ids.contains(p))
        {
            c.parent_id = None;
        }
    }
    let mut done: HashSet<String> = HashSet::new();
    let mut out = Vec::with_capacity(pending.len());
    while !pending.is_empty() {
        let before = pending.len();
        let (ready, rest): (Vec<Comment>, Vec<Comment>) =
            pending.into_iter().partition(|c| match &c.parent_id {
                Some(p) => here.contains_key(p.as_str()) || done.contains(p),
                None => true,
            });
        if ready.is_empty() {
            return Err(bad(
                name,
                "comments",
                format!(
                    "the replies starting at comment \"{}\" answer each other in a circle",
                    rest[0].id
                ),
            ));
        }
        done.extend(ready.iter().map(|c| c.id.clone()));
        out.extend(ready);
        pending = rest;
        debug_assert!(pending.len() < before);
    }
    Ok(out)
}

pub(super) fn merge(
    file: &ReviewFile,
    name: &str,
    here: &PlanDocument,
    reviewed: &Revision,
    revisions: &[Revision],
    notes_here: &[ReviewNote],
) -> Result<Merged, CoreError> {
    let base = &reviewed.snapshot;
    let mut merged = Merged {
        comments: new_comments(file, name, here, base)?,
        ..Merged::default()
    };
    for c in &merged.comments {
        match c.parent_id {
            None => merged.threads_added += 1,
            Some(_) => merged.replies_added += 1,
        }
        merged.suggestions_added += usize::from(c.suggestion.is_some());
    }
    let mut note = |n: ReviewNote, merged: &mut Merged| {
        if !notes_here.iter().any(|h| same_note(h, &n)) {
            merged.new_notes.push(n.clone());
        }
        merged.notes.push(n);
    };

    let all: Vec<Comment> = here
        .comments
        .iter()
        .chain(&merged.comments)
        .cloned()
        .collect();
    let by_id: HashMap<&str, &Comment> = all.iter().map(|c| (c.id.as_str(), c)).collect();
    let seen: HashSet<&str> = base
        .comments
        .iter()
        .map(|c| c.id.as_str())
        .chain(file.comments.iter().map(|c| c.id.as_str()))
        .collect();
    let mut threads = HashSet::new();
    for (n, r) in file.resolutions.iter().enumerate() {
        let at = format!("resolutions[{n}].thread_id");
        let Some(thread) = by_id.get(r.thread_id.as_str()) else {
            return Err(bad(
                name,
                &at,
                format!(
                    "there is no comment \"{}\" in this file or in the plan",
                    r.thread_id
                ),
            ));
        };
        if thread.parent_id.is_some() || !threads.insert(r.thread_id.as_str()) {
            return Err(bad(name, &at, format!("\"{}\" is a reply, or named twice; a resolution names a thread's first comment once", r.thread_id)));
        }
        let candidate = ReviewNote {
            kind: ReviewNoteKind::Resolution,
            subject: r.thread_id.clone(),
            author_name: r.by.clone(),
            author_role: file.reviewer.role.key().to_string(),
            at: file.exported_at.clone(),
            message: String::new(),
            reason: None,
        };
        check_note(&candidate, name, |field| match field {
            "at" => "exported_at".to_string(),
            "author_name" => format!("resolutions[{n}].by"),
            other => format!("resolutions[{n}].{other}"),
        })?;
        if thread.resolved == r.resolved {
            continue;
        }
        let unseen: Vec<&Comment> = all
            .iter()
            .filter(|c| c.parent_id.is_some() && !seen.contains(c.id.as_str()))
            .filter(|c| thread_root(&by_id, c) == r.thread_id)
            .collect();
        if r.resolved && !unseen.is_empty() {
            let replies = unseen
                .iter()
                .map(|c| UnseenReply {
                    author_name: c.author_name.clone(),
                    at: c.created_at.clone(),
                })
                .collect();
            note(
                ReviewNote {
                    reason: Some(NoteReason::UnseenReplies { replies }),
                    ..candidate
                },
                &mut merged,
            );
            continue;
        }
        let mut changed = (*thread).clone();
        changed.resolved = r.resolved;
        changed.resolved_by = if r.resolved {
            r.by.clone()
        } else {
            String::new()
        };
        if r.resolved {
            merged.resolutions_applied += 1;
        } else {
            merged.reopenings_applied += 1;
        }
        match merged.comments.iter_mut().find(|c| c.id == changed.id) {
            Some(new) => *new = changed,
            None => merged.comments.push(changed),
        }
    }
    moves(
        file,
        name,
        here,
        revisions,
        notes_here,
        &mut merged,
        &mut note,
    )?;
    Ok(merged)
}
