//! A plan's life as one table: every status change a plan may make, whether it needs a plan without
//! error-level findings, and which move is the usual next step. The store refuses any other move,
//! core refuses a move that needs readiness while errors remain, and the UI's status actions are
//! generated from this same table (src-tauri/tests/bindings.rs), so no copy of it can drift.

use serde::Serialize;
use ts_rs::TS;

use crate::enums::PlanStatus;

/// One move a plan may make from `from` to `to`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
pub struct Transition {
    pub from: PlanStatus,
    pub to: PlanStatus,
    /// Refused while the plan has an error-level readiness finding (sending a plan on: submitting,
    /// approving).
    pub needs_ready: bool,
    /// The usual next step from `from`, which the app offers first.
    pub primary: bool,
}

const fn step(from: PlanStatus, to: PlanStatus, needs_ready: bool, primary: bool) -> Transition {
    Transition {
        from,
        to,
        needs_ready,
        primary,
    }
}

use PlanStatus::*;

/// Every allowed move. Approval can be withdrawn only by a new draft; an archived plan comes back
/// only as a draft.
pub const TRANSITIONS: &[Transition] = &[
    step(Draft, Submitted, true, true),
    step(Draft, Archived, false, false),
    step(Submitted, InReview, false, true),
    step(Submitted, Draft, false, false),
    step(Submitted, Archived, false, false),
    step(InReview, ChangesRequested, false, false),
    step(InReview, Approved, true, true),
    step(InReview, Archived, false, false),
    step(ChangesRequested, Draft, false, false),
    step(ChangesRequested, Submitted, true, true),
    step(ChangesRequested, Archived, false, false),
    step(Approved, Draft, false, false),
    step(Approved, Archived, false, false),
    step(Archived, Draft, false, false),
];

impl PlanStatus {
    /// The move from this status to `to`, if the plan may make it.
    pub fn transition(self, to: PlanStatus) -> Option<&'static Transition> {
        TRANSITIONS.iter().find(|t| t.from == self && t.to == to)
    }

    pub fn can_move_to(self, to: PlanStatus) -> bool {
        self.transition(to).is_some()
    }

    /// The statuses a plan may move to from this one, in the table's order.
    pub fn next(self) -> impl Iterator<Item = PlanStatus> {
        TRANSITIONS
            .iter()
            .filter(move |t| t.from == self)
            .map(|t| t.to)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_status_can_move_and_has_at_most_one_primary_step() {
        for status in PlanStatus::ALL {
            assert!(status.next().count() > 0, "{status} is a dead end");
            let primaries = TRANSITIONS
                .iter()
                .filter(|t| t.from == *status && t.primary)
                .count();
            assert!(primaries <= 1, "{status} has {primaries} primary steps");
        }
    }

    #[test]
    fn sending_a_plan_on_needs_readiness_and_going_back_does_not() {
        assert!(Draft.transition(Submitted).unwrap().needs_ready);
        assert!(InReview.transition(Approved).unwrap().needs_ready);
        assert!(!InReview.transition(ChangesRequested).unwrap().needs_ready);
        assert!(!Approved.transition(Draft).unwrap().needs_ready);
        assert!(Draft.transition(Approved).is_none());
        assert!(!Archived.can_move_to(Submitted));
    }

    #[test]
    fn no_move_is_listed_twice() {
        for (n, t) in TRANSITIONS.iter().enumerate() {
            assert!(
                !TRANSITIONS[..n]
                    .iter()
                    .any(|u| u.from == t.from && u.to == t.to),
                "{} -> {} twice",
                t.from,
                t.to
            );
        }
    }
}
