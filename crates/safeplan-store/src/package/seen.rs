//! Whether storing a package in place of the plan here would lose work done here. The plan's edit
//! counter alone cannot tell: every write bumps it, a reviewer's comments and status moves too, so
//! an advisor who commented on a submitted plan holds a higher counter than the district's newer
//! package, though nothing of the plan's text was changed here. The text can tell: when the plan
//! here reads as the package's plan does, or as one of the revisions the package carries, the
//! package has seen it, and whatever it changed since is newer. Comments written here are not work
//! lost either way: replacing and gathering carry them over.

use safeplan_model::{Plan, PlanDocument, PlanStatus, Revision};

/// Whether replacing `here` (its edit counter `here_revision`) by the package's `package` and
/// `revisions` would lose edits made here: only when the counter here is ahead of the package's
/// and the plan's text here is nowhere in the package's history.
pub(super) fn loses_edits_here(
    here_revision: i64,
    here: &PlanDocument,
    package: &PlanDocument,
    revisions: &[Revision],
) -> bool {
    here_revision > package.plan.revision
        && !same_text(here, package)
        && !revisions.iter().any(|r| same_text(here, &r.snapshot))
}

/// The plan's own fields and items as the planner writes them: not its comments, its status (a
/// move of the workflow, whose newer state the package brings), its edit counter, or the registry
/// entries (the unit and partners), which an import never overwrites.
fn same_text(a: &PlanDocument, b: &PlanDocument) -> bool {
    let text = |p: &Plan| Plan {
        revision: 0,
        status: PlanStatus::Draft,
        ..p.clone()
    };
    text(&a.plan) == text(&b.plan)
        && a.challenges == b.challenges
        && a.indicators == b.indicators
        && a.measures == b.measures
        && a.responsibilities == b.responsibilities
}
