//! The readiness rules R1–R10 (domain.md). Skeleton: being written on issue 2.

use crate::document::PlanDocument;
use crate::finding::Finding;

/// Every finding for a plan, in rule order. A plan is ready to submit when none is at error level.
pub fn check(_doc: &PlanDocument) -> Vec<Finding> {
    Vec::new()
}
