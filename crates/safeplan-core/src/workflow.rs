//! Who may do what to a plan. A status move is made by an [`Actor`] whose role the workflow table
//! ([`safeplan_model::TRANSITIONS`]) allows, and is signed into the revision it writes. A plan that
//! is with the reviewers or adopted (submitted, in review, approved) is read-only until the planner
//! withdraws it, and an advisor never edits a plan's text at all: both are checked here, before any
//! write, for every edit the shells can make.

use safeplan_model::{readiness, Actor, ItemKind, Level, PlanStatus, Role};
use safeplan_store::Signature;

use crate::clock;
use crate::error::CoreError;
use crate::Safeplan;

/// The roles allowed to make a move, as words for a message ("an advisor or the executive office").
fn roles_in_words(roles: &[Role]) -> String {
    let words: Vec<&str> = roles
        .iter()
        .map(|r| match r {
            Role::Planner => "the planner",
            Role::ExecutiveOffice => "the executive office",
            Role::Advisor => "an advisor",
        })
        .collect();
    words.join(" or ")
}

impl Safeplan {
    /// Moves the plan to `status` as `actor`, stamped with the current time and `message`, and
    /// snapshots it as a signed revision. Refused when the workflow has no such move, when the
    /// actor's role may not make it, or (for a move that needs readiness: submitting, approving)
    /// while error-level findings remain.
    pub fn set_status(
        &mut self,
        plan_id: &str,
        expected_revision: i64,
        status: PlanStatus,
        actor: &Actor,
        message: Option<&str>,
    ) -> Result<i64, CoreError> {
        let doc = self.store.load_document(plan_id)?;
        let from = doc.plan.status;
        if let Some(t) = from.transition(status) {
            if !t.allows(actor.role) {
                return Err(CoreError::NotAllowed(format!(
                    "{} may not move a plan from \"{}\" to \"{}\"; {} does",
                    role_subject(actor.role),
                    from.key(),
                    status.key(),
                    roles_in_words(t.roles)
                )));
            }
            if t.needs_ready {
                let errors = readiness::check(&doc)
                    .iter()
                    .filter(|f| f.level == Level::Error)
                    .count();
                if errors > 0 {
                    return Err(CoreError::NotReady { to: status, errors });
                }
            }
        }
        let at = clock::now_rfc3339();
        let signed = Signature {
            actor,
            at: &at,
            message: message.map(str::trim).unwrap_or(""),
        };
        Ok(self
            .store
            .set_status(plan_id, expected_revision, status, &signed)?)
    }

    /// Refuses an edit of the plan's text (its own fields, or an item of `kind`) by `actor`. Comments
    /// are the review's conversation, not the plan's text: anyone may write them at any status.
    pub(crate) fn may_edit(
        &self,
        plan_id: &str,
        actor: &Actor,
        kind: Option<ItemKind>,
    ) -> Result<(), CoreError> {
        if kind == Some(ItemKind::Comment) {
            return Ok(());
        }
        if actor.role == Role::Advisor {
            return Err(CoreError::ReadOnly(
                "an advisor does not edit a plan's text; comment on it or suggest new text instead"
                    .to_string(),
            ));
        }
        let status = self.store.plan_status(plan_id)?;
        if status.is_read_only() {
            return Err(CoreError::ReadOnly(format!(
                "the plan is {} and read-only: it is what the reviewers read or what was adopted; \
                 withdraw it to a draft (status \"draft\") to edit it",
                status.label(safeplan_model::Locale::En).to_lowercase()
            )));
        }
        Ok(())
    }
}

fn role_subject(role: Role) -> &'static str {
    match role {
        Role::Planner => "a planner",
        Role::ExecutiveOffice => "the executive office",
        Role::Advisor => "an advisor",
    }
}
