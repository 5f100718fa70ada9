//! Validation that keeps nonsense out of the store: each message names the field it is about.
//! (Skeleton: the checks are being written; see the readiness/validation work on issue 2.)

use std::fmt;

use crate::document::PlanDocument;
use crate::items::{Challenge, Indicator, Measure, Partner, Responsibility};
use crate::plan::{Plan, Unit};
use crate::review::Comment;

/// One problem with one field. `path` is a JSON-style path such as `measures[2].title`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidationError {
    pub path: String,
    pub message: String,
}

impl fmt::Display for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// Every problem found in one value; never empty.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", .0.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("; "))]
pub struct ValidationErrors(pub Vec<ValidationError>);

pub type Validated = Result<(), ValidationErrors>;

pub fn validate_unit(_unit: &Unit) -> Validated {
    Ok(())
}
pub fn validate_plan(_plan: &Plan) -> Validated {
    Ok(())
}
pub fn validate_challenge(_c: &Challenge) -> Validated {
    Ok(())
}
pub fn validate_indicator(_i: &Indicator) -> Validated {
    Ok(())
}
pub fn validate_measure(_m: &Measure) -> Validated {
    Ok(())
}
pub fn validate_partner(_p: &Partner) -> Validated {
    Ok(())
}
pub fn validate_responsibility(_r: &Responsibility) -> Validated {
    Ok(())
}
pub fn validate_comment(_c: &Comment) -> Validated {
    Ok(())
}
/// The whole document: every item, plus references between them (a measure may only answer a
/// challenge of its own plan, follow up one of its own indicators, and name partners that are present).
pub fn validate_document(_doc: &PlanDocument) -> Validated {
    Ok(())
}
