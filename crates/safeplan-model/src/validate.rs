//! Validation that keeps nonsense out of the store: each message names the field it is about by
//! a JSON-style path (`measures[2].title`; relative to the item, `title`, for the per-item
//! validators), says what is wrong and what is expected. The bounds are in [`crate::limits`].
//!
//! Validation is about values that can never be right (an empty title, 30 February, a measure
//! answering a challenge of another plan). What a plan still *lacks* before it can be submitted is
//! the readiness rules' business ([`crate::readiness`]), so an unfinished draft validates.

pub(crate) mod calendar;
mod document;
mod entities;
mod fields;

use std::fmt;

use crate::document::PlanDocument;
use crate::items::{Challenge, Indicator, Measure, Partner, Responsibility};
use crate::plan::{Plan, Unit};
use crate::review::{Comment, ReviewNote};

pub use fields::parse_observation_period;

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

impl ValidationErrors {
    /// Whether some problem is reported at exactly `path`.
    pub fn has_path(&self, path: &str) -> bool {
        self.0.iter().any(|e| e.path == path)
    }
}

pub type Validated = Result<(), ValidationErrors>;

/// The problems gathered while checking one value.
#[derive(Debug, Default)]
pub(crate) struct Problems(Vec<ValidationError>);

impl Problems {
    pub(crate) fn add(&mut self, path: String, message: impl Into<String>) {
        self.0.push(ValidationError {
            path,
            message: message.into(),
        });
    }

    fn into_result(self) -> Validated {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(ValidationErrors(self.0))
        }
    }
}

fn run(check: impl FnOnce(&mut Problems)) -> Validated {
    let mut problems = Problems::default();
    check(&mut problems);
    problems.into_result()
}

pub fn validate_unit(unit: &Unit) -> Validated {
    run(|p| entities::unit(p, "", unit))
}
pub fn validate_plan(plan: &Plan) -> Validated {
    run(|p| entities::plan(p, "", plan))
}
pub fn validate_challenge(c: &Challenge) -> Validated {
    run(|p| entities::challenge(p, "", c))
}
pub fn validate_indicator(i: &Indicator) -> Validated {
    run(|p| entities::indicator(p, "", i))
}
pub fn validate_measure(m: &Measure) -> Validated {
    run(|p| entities::measure(p, "", m))
}
pub fn validate_partner(partner: &Partner) -> Validated {
    run(|p| entities::partner(p, "", partner))
}
pub fn validate_responsibility(r: &Responsibility) -> Validated {
    run(|p| entities::responsibility(p, "", r))
}
pub fn validate_comment(c: &Comment) -> Validated {
    run(|p| entities::comment(p, "", c))
}
/// A reviewer's act kept beside a plan (an imported review file's resolution or decision).
pub fn validate_review_note(n: &ReviewNote) -> Validated {
    run(|p| entities::review_note(p, "", n))
}
/// The whole document: every item, plus references between them (a measure may only answer a
/// challenge of its own plan, follow up one of its own indicators, and name partners that are present).
pub fn validate_document(doc: &PlanDocument) -> Validated {
    run(|p| document::check(p, doc))
}
