//! A plan's life as one table: every status change a plan may make, which roles may make it, whether
//! it needs a plan without error-level findings, and which move is the usual next step. The store
//! refuses any other move, core refuses a move the actor's role may not make,
//! core refuses a move that needs readiness while errors remain, and the UI's status actions are
//! generated from this same table (src-tauri/tests/bindings.rs), so no copy of it can drift.

use serde::Serialize;
use ts_rs::TS;

use crate::enums::{PlanStatus, Role};

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
    /// The roles that may make the move.
    pub roles: &'static [Role],
}

const fn step(
    from: PlanStatus,
    to: PlanStatus,
    needs_ready: bool,
    primary: bool,
    roles: &'static [Role],
) -> Transition {
    Transition {
        from,
        to,
        needs_ready,
        primary,
        roles,
    }
}

use PlanStatus::*;

/// The district's own moves: sending its plan on, and taking it back.
const PLANNER: &[Role] = &[Role::Planner];
/// The reviewers' moves: taking a plan into review and deciding on it.
const REVIEWERS: &[Role] = &[Role::Advisor, Role::ExecutiveOffice];
/// Housekeeping that the district and the city both do: shelving a plan, or opening a new draft
/// from an approved or archived one (the next period's plan starts from the last).
const OWNERS: &[Role] = &[Role::Planner, Role::ExecutiveOffice];
/// Archiving a plan that is with the reviewers is the city's call, not the district's alone.
const CITY: &[Role] = &[Role::ExecutiveOffice];

/// Every allowed move. The planner submits and withdraws (back to draft from submitted, in review
/// or changes requested); the advisor or the executive office take a plan into review, request
/// changes and approve. The advisor never archives or reopens a plan: they review many cities' plans
/// and own none. Approval can be withdrawn only by a new draft; an archived plan comes back only as
/// a draft.
pub const TRANSITIONS: &[Transition] = &[
    step(Draft, Submitted, true, true, PLANNER),
    step(Draft, Archived, false, false, OWNERS),
    step(Submitted, InReview, false, true, REVIEWERS),
    step(Submitted, Draft, false, false, PLANNER),
    step(Submitted, Archived, false, false, CITY),
    step(InReview, ChangesRequested, false, false, REVIEWERS),
    step(InReview, Approved, true, true, REVIEWERS),
    step(InReview, Draft, false, false, PLANNER),
    step(InReview, Archived, false, false, CITY),
    step(ChangesRequested, Draft, false, false, PLANNER),
    step(ChangesRequested, Submitted, true, true, PLANNER),
    step(ChangesRequested, Archived, false, false, OWNERS),
    step(Approved, Draft, false, false, OWNERS),
    step(Approved, Archived, false, false, OWNERS),
    step(Archived, Draft, false, false, OWNERS),
];

impl Transition {
    pub fn allows(&self, role: Role) -> bool {
        self.roles.contains(&role)
    }
}

impl PlanStatus {
    /// The move from this status to `to`, if the plan may make it.
    pub fn transition(self, to: PlanStatus) -> Option<&'static Transition> {
        TRANSITIONS.iter().find(|t| t.from == self && t.to == to)
    }

    pub fn can_move_to(self, to: PlanStatus) -> bool {
        self.transition(to).is_some()
    }

    /// Submitted, in review or approved: the text is what the reviewers are reading or what was
    /// adopted, so nobody edits it until the planner withdraws it to a draft. Comments go on.
    pub fn is_read_only(self) -> bool {
        matches!(self, Submitted | InReview | Approved)
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
    fn each_role_makes_only_its_own_moves() {
        let may =
            |from: PlanStatus, to: PlanStatus, role| from.transition(to).unwrap().allows(role);
        assert!(may(Draft, Submitted, Role::Planner));
        assert!(!may(Draft, Submitted, Role::Advisor));
        assert!(!may(Submitted, InReview, Role::Planner));
        assert!(may(Submitted, InReview, Role::Advisor));
        assert!(may(InReview, ChangesRequested, Role::ExecutiveOffice));
        assert!(!may(InReview, Approved, Role::Planner));
        assert!(may(InReview, Draft, Role::Planner));
        assert!(TRANSITIONS.iter().all(|t| !t.roles.is_empty()));
        // The advisor reviews and owns nothing: no archiving, no new drafts.
        for t in TRANSITIONS.iter().filter(|t| t.allows(Role::Advisor)) {
            assert!(
                matches!(t.to, InReview | ChangesRequested | Approved),
                "{} -> {}",
                t.from,
                t.to
            );
        }
    }

    #[test]
    fn every_read_only_status_can_be_withdrawn_by_the_planner() {
        for status in PlanStatus::ALL.iter().filter(|s| s.is_read_only()) {
            let back = status.transition(Draft).expect("a way back to draft");
            assert!(back.allows(Role::Planner));
        }
        assert!(!Draft.is_read_only() && !ChangesRequested.is_read_only());
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
