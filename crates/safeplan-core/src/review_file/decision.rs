//! The reviewer's status moves: checked (each a reviewer's move the workflow has, each following
//! the one before), then made here in order while the plan's status allows each. The first that
//! it does not allow stops them, and the decision (the last move) is kept as a review note instead
//! of forced; once kept, it stays a note, so a later import of the same file never makes it.

use safeplan_model::{
    readiness, Level, NoteReason, PlanDocument, ReviewNote, ReviewNoteKind, Revision, Role,
};

use super::merge::{check_note, same_note, Merged};
use super::parse::bad;
use super::{Decision, DecisionOutcome, ReviewFile, StatusMove};
use crate::error::CoreError;

/// Checks the file's status moves, and decides which are made here (see the module's rules).
pub(super) fn moves(
    file: &ReviewFile,
    name: &str,
    here: &PlanDocument,
    revisions: &[Revision],
    notes_here: &[ReviewNote],
    merged: &mut Merged,
    note: &mut impl FnMut(ReviewNote, &mut Merged),
) -> Result<(), CoreError> {
    for (n, m) in file.status_moves.iter().enumerate() {
        let allowed = m
            .from
            .transition(m.to)
            .is_some_and(|t| t.allows(m.author_role));
        let reviewer = matches!(m.author_role, Role::Advisor | Role::ExecutiveOffice);
        let chained = n == 0 || file.status_moves[n - 1].to == m.from;
        if !allowed || !reviewer || !chained {
            return Err(bad(
                name,
                &format!("status_moves[{n}]"),
                format!(
                    "a move from \"{}\" to \"{}\" by the role \"{}\" is not a reviewer's move{}",
                    m.from.key(),
                    m.to.key(),
                    m.author_role.key(),
                    if chained {
                        ""
                    } else {
                        " following the one before it"
                    }
                ),
            ));
        }
    }
    for (n, m) in file.status_moves.iter().enumerate() {
        let candidate = ReviewNote {
            kind: ReviewNoteKind::Status,
            subject: m.to.key().to_string(),
            author_name: m.author_name.clone(),
            author_role: m.author_role.key().to_string(),
            at: m.at.clone(),
            message: m.message.clone(),
            reason: None,
        };
        check_note(&candidate, name, |field| {
            format!("status_moves[{n}].{field}")
        })?;
    }
    let Some(last) = file.status_moves.last() else {
        return Ok(());
    };
    let decision_note = |reason: Option<NoteReason>| ReviewNote {
        kind: ReviewNoteKind::Status,
        subject: last.to.key().to_string(),
        author_name: last.author_name.clone(),
        author_role: last.author_role.key().to_string(),
        at: last.at.clone(),
        message: last.message.clone(),
        reason,
    };
    let made = |m: &StatusMove| {
        revisions
            .iter()
            .any(|r| r.status == m.to && r.author_name == m.author_name && r.created_at == m.at)
    };
    let mut decision = Decision {
        status: last.to,
        outcome: DecisionOutcome::AlreadyApplied,
        reason: None,
    };
    // Once recorded, a decision stays a note: made later, it would answer a plan it never saw.
    let key = decision_note(None);
    if let Some(kept) = notes_here.iter().find(|h| same_note(h, &key)) {
        decision.outcome = DecisionOutcome::Recorded;
        decision.reason = kept.reason.clone();
        note(kept.clone(), merged);
        merged.decision = Some(decision);
        return Ok(());
    }
    let mut status = here.plan.status;
    for m in file.status_moves.iter().filter(|m| !made(m)) {
        let ready = || {
            let mut doc = here.clone();
            doc.comments.extend(merged.comments.iter().cloned());
            readiness::check(&doc)
                .iter()
                .all(|f| f.level != Level::Error)
        };
        let why_not = match status.transition(m.to) {
            Some(t) if t.allows(m.author_role) && (!t.needs_ready || ready()) => None,
            Some(_) => Some(NoteReason::NotReady { to: m.to }),
            None => Some(NoteReason::StatusMoved {
                here: status,
                was: m.from,
                to: m.to,
            }),
        };
        match why_not {
            None => {
                merged.moves.push(m.clone());
                status = m.to;
                decision.outcome = DecisionOutcome::Applied;
            }
            Some(reason) => {
                note(decision_note(Some(reason.clone())), merged);
                decision.outcome = DecisionOutcome::Recorded;
                decision.reason = Some(reason);
                break;
            }
        }
    }
    merged.decision = Some(decision);
    Ok(())
}
