//! The one error type of the use cases. Each variant has a stable `code()` the UI branches on and a
//! Display that a person can act on; [`ErrorPayload`] is what crosses into the UI.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use safeplan_store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum CoreError {
    #[error("{0}")]
    NotFound(String),
    #[error("{0}")]
    Validation(String),
    /// Someone else (another window, another process) wrote the plan since it was read.
    #[error("{0}")]
    StaleWrite(String),
    /// R9 fires: a personal identity number would leave the machine. `places` says where, number masked.
    #[error("refused while the plan holds a personal identity number: {}", places.join(" "))]
    PersonalData { places: Vec<String> },
    #[error("{0}")]
    BadPackage(String),
    #[error("{0}")]
    TooLarge(String),
    #[error("{0}")]
    NewerSchema(String),
    #[error("{0}")]
    PlanExists(String),
    #[error("{0}")]
    InUse(String),
    #[error("{0}")]
    InvalidTransition(String),
    /// Submitting is refused while error-level findings remain.
    #[error(
        "the plan is not ready to submit: {errors} error-level finding(s) remain (see its check)"
    )]
    NotReady { errors: usize },
    /// Loading the demo would mix it with the user's own plans.
    #[error("the database already holds plans; loading the demo with force replaces the demo city's plans and keeps the rest")]
    NotEmpty,
    #[error("{0}")]
    Template(String),
    #[error("{0}")]
    Report(String),
    // Not a `source`: the Display already says it, and a chain printer would say it twice.
    #[error("{context}: {error}")]
    Io {
        context: String,
        error: std::io::Error,
    },
    #[error("{0}")]
    Storage(String),
    /// A statistics file that cannot be read: the message names the file, the place and what
    /// was expected there.
    #[error("{0}")]
    StatsFile(String),
    /// A statistics selection that does not name one series: the message lists the choices.
    #[error("{0}")]
    StatsSelection(String),
}

impl CoreError {
    /// A stable name for the kind of error, for the UI and scripts to branch on.
    pub fn code(&self) -> &'static str {
        match self {
            CoreError::NotFound(_) => "not_found",
            CoreError::Validation(_) => "validation",
            CoreError::StaleWrite(_) => "stale_write",
            CoreError::PersonalData { .. } => "personal_data",
            CoreError::BadPackage(_) => "bad_package",
            CoreError::TooLarge(_) => "too_large",
            CoreError::NewerSchema(_) => "newer_schema",
            CoreError::PlanExists(_) => "plan_exists",
            CoreError::InUse(_) => "in_use",
            CoreError::InvalidTransition(_) => "invalid_transition",
            CoreError::NotReady { .. } => "not_ready",
            CoreError::NotEmpty => "not_empty",
            CoreError::Template(_) => "template",
            CoreError::Report(_) => "report",
            CoreError::Io { .. } => "io",
            CoreError::Storage(_) => "storage",
            CoreError::StatsFile(_) => "stats_file",
            CoreError::StatsSelection(_) => "stats_selection",
        }
    }

    pub(crate) fn io(context: impl Into<String>, error: std::io::Error) -> CoreError {
        CoreError::Io {
            context: context.into(),
            error,
        }
    }
}

impl From<StoreError> for CoreError {
    fn from(e: StoreError) -> Self {
        let message = e.to_string();
        match e {
            StoreError::NotFound { .. } => CoreError::NotFound(message),
            StoreError::Stale { .. } => CoreError::StaleWrite(message),
            StoreError::Validation(_) => CoreError::Validation(message),
            StoreError::InUse { .. } => CoreError::InUse(message),
            StoreError::PlanExists { .. } => CoreError::PlanExists(message),
            StoreError::BadPackage { .. } => CoreError::BadPackage(message),
            StoreError::TooLarge { .. } => CoreError::TooLarge(message),
            StoreError::NewerSchema { .. } => CoreError::NewerSchema(message),
            StoreError::InvalidTransition { .. } => CoreError::InvalidTransition(message),
            _ => CoreError::Storage(message),
        }
    }
}

impl From<safeplan_model::validate::ValidationErrors> for CoreError {
    fn from(e: safeplan_model::validate::ValidationErrors) -> Self {
        CoreError::Validation(e.to_string())
    }
}

/// What the UI receives when a command fails: it branches on `code` and shows `message`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ErrorPayload {
    pub code: String,
    pub message: String,
}

impl From<&CoreError> for ErrorPayload {
    fn from(e: &CoreError) -> Self {
        ErrorPayload {
            code: e.code().to_string(),
            message: e.to_string(),
        }
    }
}

impl From<CoreError> for ErrorPayload {
    fn from(e: CoreError) -> Self {
        ErrorPayload::from(&e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn payload_carries_code_and_message() {
        let p = ErrorPayload::from(CoreError::NotReady { errors: 2 });
        assert_eq!(p.code, "not_ready");
        assert!(p.message.contains("2 error-level"));
        let json = serde_json::to_string(&p).unwrap();
        assert!(json.contains("\"code\":\"not_ready\""));
    }
}
