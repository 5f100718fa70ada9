//! The one error type of the use cases. Each variant has a stable `code()` the UI branches on and a
//! Display that a person can act on; [`ErrorPayload`] is what crosses into the UI.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use safeplan_model::{ItemRef, PlanStatus};

pub use crate::personal_data::CommentWithNumber;
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
    /// R9 fires in a comment (and not in the plan's own text): `comments` says which, where.
    #[error("refused while a comment holds a personal identity number: {}", comments.iter().map(ToString::to_string).collect::<Vec<_>>().join(" "))]
    PersonalDataInComment { comments: Vec<CommentWithNumber> },
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
    /// Submitting or approving is refused while error-level findings remain.
    #[error(
        "the plan cannot be {} while {errors} error-level finding(s) remain (see its check)",
        match to { PlanStatus::Approved => "approved", _ => "submitted" }
    )]
    NotReady { to: PlanStatus, errors: usize },
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
    /// A diff asked for a revision the plan never had (or, by default, any revision at all).
    #[error("{}", no_revision(plan, *asked, *latest))]
    NoRevision {
        plan: String,
        asked: Option<i64>,
        latest: i64,
    },
    /// A package older than the one this plan was gathered from: the message names both revisions.
    #[error("{0}")]
    OlderPackage(String),
    /// The actor's role may not make this status move: the message names the role, the move and
    /// who may make it.
    #[error("{0}")]
    NotAllowed(String),
    /// An edit of a plan that is read-only for the actor: the message says why and how to withdraw.
    #[error("{0}")]
    ReadOnly(String),
    /// A review file that cannot be imported: the message names the file and the place in it.
    #[error("{0}")]
    BadReviewFile(String),
}

fn no_revision(plan: &str, asked: Option<i64>, latest: i64) -> String {
    match (asked, latest) {
        (None, _) | (Some(_), 0) => format!(
            "the plan {plan} has no revision yet: one is written each time its status changes"
        ),
        (Some(n), latest) => {
            format!("the plan {plan} has no revision {n}: its revisions are numbered 1 to {latest}")
        }
    }
}

/// The stable name of each kind of failure: the UI branches on it and shows its own message for it
/// in the user's language (ui/src/lib/i18n/messages/errors.json has one for every code; a test
/// checks). Generated for the UI as a union type, so a code cannot be misspelt there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    NotFound,
    Validation,
    StaleWrite,
    PersonalData,
    PersonalDataInComment,
    BadPackage,
    TooLarge,
    NewerSchema,
    PlanExists,
    InUse,
    InvalidTransition,
    NotReady,
    NotEmpty,
    Template,
    Report,
    Io,
    Storage,
    StatsFile,
    StatsSelection,
    NoRevision,
    OlderPackage,
    NotAllowed,
    ReadOnly,
    BadReviewFile,
    /// Not core's: a command that panicked, or a call that never reached core (the UI's own).
    Internal,
}

impl ErrorCode {
    pub const ALL: &'static [ErrorCode] = &[
        ErrorCode::NotFound,
        ErrorCode::Validation,
        ErrorCode::StaleWrite,
        ErrorCode::PersonalData,
        ErrorCode::PersonalDataInComment,
        ErrorCode::BadPackage,
        ErrorCode::TooLarge,
        ErrorCode::NewerSchema,
        ErrorCode::PlanExists,
        ErrorCode::InUse,
        ErrorCode::InvalidTransition,
        ErrorCode::NotReady,
        ErrorCode::NotEmpty,
        ErrorCode::Template,
        ErrorCode::Report,
        ErrorCode::Io,
        ErrorCode::Storage,
        ErrorCode::StatsFile,
        ErrorCode::StatsSelection,
        ErrorCode::NoRevision,
        ErrorCode::OlderPackage,
        ErrorCode::NotAllowed,
        ErrorCode::ReadOnly,
        ErrorCode::BadReviewFile,
        ErrorCode::Internal,
    ];

    /// The name in JSON and on the command line (`not_ready`).
    pub fn key(self) -> &'static str {
        match self {
            ErrorCode::NotFound => "not_found",
            ErrorCode::Validation => "validation",
            ErrorCode::StaleWrite => "stale_write",
            ErrorCode::PersonalData => "personal_data",
            ErrorCode::PersonalDataInComment => "personal_data_in_comment",
            ErrorCode::BadPackage => "bad_package",
            ErrorCode::TooLarge => "too_large",
            ErrorCode::NewerSchema => "newer_schema",
            ErrorCode::PlanExists => "plan_exists",
            ErrorCode::InUse => "in_use",
            ErrorCode::InvalidTransition => "invalid_transition",
            ErrorCode::NotReady => "not_ready",
            ErrorCode::NotEmpty => "not_empty",
            ErrorCode::Template => "template",
            ErrorCode::Report => "report",
            ErrorCode::Io => "io",
            ErrorCode::Storage => "storage",
            ErrorCode::StatsFile => "stats_file",
            ErrorCode::StatsSelection => "stats_selection",
            ErrorCode::NoRevision => "no_revision",
            ErrorCode::OlderPackage => "older_package",
            ErrorCode::NotAllowed => "not_allowed",
            ErrorCode::ReadOnly => "read_only",
            ErrorCode::BadReviewFile => "bad_review_file",
            ErrorCode::Internal => "internal",
        }
    }
}

impl std::fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.key())
    }
}

impl CoreError {
    /// The stable name of this kind of error, for the UI and scripts to branch on.
    pub fn code(&self) -> ErrorCode {
        match self {
            CoreError::NotFound(_) => ErrorCode::NotFound,
            CoreError::Validation(_) => ErrorCode::Validation,
            CoreError::StaleWrite(_) => ErrorCode::StaleWrite,
            CoreError::PersonalData { .. } => ErrorCode::PersonalData,
            CoreError::PersonalDataInComment { .. } => ErrorCode::PersonalDataInComment,
            CoreError::BadPackage(_) => ErrorCode::BadPackage,
            CoreError::TooLarge(_) => ErrorCode::TooLarge,
            CoreError::NewerSchema(_) => ErrorCode::NewerSchema,
            CoreError::PlanExists(_) => ErrorCode::PlanExists,
            CoreError::InUse(_) => ErrorCode::InUse,
            CoreError::InvalidTransition(_) => ErrorCode::InvalidTransition,
            CoreError::NotReady { .. } => ErrorCode::NotReady,
            CoreError::NotEmpty => ErrorCode::NotEmpty,
            CoreError::Template(_) => ErrorCode::Template,
            CoreError::Report(_) => ErrorCode::Report,
            CoreError::Io { .. } => ErrorCode::Io,
            CoreError::Storage(_) => ErrorCode::Storage,
            CoreError::StatsFile(_) => ErrorCode::StatsFile,
            CoreError::StatsSelection(_) => ErrorCode::StatsSelection,
            CoreError::NoRevision { .. } => ErrorCode::NoRevision,
            CoreError::OlderPackage(_) => ErrorCode::OlderPackage,
            CoreError::NotAllowed(_) => ErrorCode::NotAllowed,
            CoreError::ReadOnly(_) => ErrorCode::ReadOnly,
            CoreError::BadReviewFile(_) => ErrorCode::BadReviewFile,
        }
    }

    pub fn io(context: impl Into<String>, error: std::io::Error) -> CoreError {
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
            StoreError::Stale { .. } | StoreError::UnseenEdits { .. } => {
                CoreError::StaleWrite(message)
            }
            StoreError::Validation(_) => CoreError::Validation(message),
            StoreError::InUse { .. } => CoreError::InUse(message),
            StoreError::PlanExists { .. } => CoreError::PlanExists(message),
            StoreError::BadPackage { .. } => CoreError::BadPackage(message),
            StoreError::TooLarge { .. } => CoreError::TooLarge(message),
            StoreError::NewerSchema { .. } => CoreError::NewerSchema(message),
            StoreError::InvalidTransition { .. } => CoreError::InvalidTransition(message),
            StoreError::OlderPackage { .. } => CoreError::OlderPackage(message),
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
    pub code: ErrorCode,
    pub message: String,
    /// The place in the plan the failure is about, when it is one (the anchor of the comment that
    /// holds an identity number), so the UI names it in the user's language.
    #[ts(optional = nullable)]
    pub place: Option<ItemRef>,
}

impl From<&CoreError> for ErrorPayload {
    fn from(e: &CoreError) -> Self {
        let place = match e {
            CoreError::PersonalDataInComment { comments } => {
                comments.first().map(|c| c.anchor.clone())
            }
            _ => None,
        };
        ErrorPayload {
            code: e.code(),
            message: e.to_string(),
            place,
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
        let p = ErrorPayload::from(CoreError::NotReady {
            to: PlanStatus::Approved,
            errors: 2,
        });
        assert_eq!(p.code, ErrorCode::NotReady);
        assert!(p.message.contains("cannot be approved while 2 error-level"));
        let json = serde_json::to_string(&p).unwrap();
        assert!(json.contains("\"code\":\"not_ready\""));
    }
}

#[cfg(test)]
mod code_tests {
    use super::*;

    /// `ALL` lists every code once, and each code's key is its JSON name.
    #[test]
    fn every_code_is_listed_once_with_its_json_name() {
        for (n, code) in ErrorCode::ALL.iter().enumerate() {
            assert!(!ErrorCode::ALL[..n].contains(code), "{code} twice");
            assert_eq!(
                serde_json::to_value(code).unwrap(),
                serde_json::Value::String(code.key().into())
            );
        }
        // A new variant that is not in ALL fails to compile here.
        for code in ErrorCode::ALL {
            match code {
                ErrorCode::NotFound
                | ErrorCode::Validation
                | ErrorCode::StaleWrite
                | ErrorCode::PersonalData
                | ErrorCode::PersonalDataInComment
                | ErrorCode::BadPackage
                | ErrorCode::TooLarge
                | ErrorCode::NewerSchema
                | ErrorCode::PlanExists
                | ErrorCode::InUse
                | ErrorCode::InvalidTransition
                | ErrorCode::NotReady
                | ErrorCode::NotEmpty
                | ErrorCode::Template
                | ErrorCode::Report
                | ErrorCode::Io
                | ErrorCode::Storage
                | ErrorCode::StatsFile
                | ErrorCode::StatsSelection
                | ErrorCode::NoRevision
                | ErrorCode::OlderPackage
                | ErrorCode::NotAllowed
                | ErrorCode::ReadOnly
                | ErrorCode::BadReviewFile
                | ErrorCode::Internal => {}
            }
        }
        assert_eq!(ErrorCode::ALL.len(), 25);
    }
}

/// Scripts and tests compare a code with its name: `err.code() == "not_ready"`.
impl PartialEq<&str> for ErrorCode {
    fn eq(&self, other: &&str) -> bool {
        self.key() == *other
    }
}
