//! The store's one error type. Each variant is something the caller can branch on (the core maps
//! them to stable codes); each message says what happened and, where there is one, what to do.

use safeplan_model::validate::{ValidationError, ValidationErrors};
use safeplan_model::PlanStatus;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("no {what} \"{key}\"")]
    NotFound { what: &'static str, key: String },

    #[error("the plan was changed elsewhere (revision {actual}, you had {expected}); reload it")]
    Stale {
        plan_id: String,
        expected: i64,
        actual: i64,
    },

    #[error("{0}")]
    Validation(#[from] ValidationErrors),

    #[error("{what} \"{key}\" is still used by {}; remove it there first", used_by.join(", "))]
    InUse {
        what: &'static str,
        key: String,
        used_by: Vec<String>,
    },

    #[error("the plan \"{title}\" ({slug}) is already in the database; import it with --replace to overwrite it, or with --as-copy to keep both")]
    PlanExists {
        plan_id: String,
        slug: String,
        title: String,
    },

    #[error("the plan \"{title}\" here has edits (revision {here}) that this package (revision {package}) has not seen, so it was not replaced; import the package as a copy to keep both")]
    UnseenEdits {
        title: String,
        here: i64,
        package: i64,
    },

    #[error("the plan \"{title}\" here came from a newer package (revision {here}) than this file (revision {package}); the newer one is kept")]
    OlderPackage {
        title: String,
        here: i64,
        package: i64,
    },

    #[error("not a valid plan package: {path_or_line}: {message}")]
    BadPackage {
        /// Where, as a person reads it: `measures[2].title (line 40)`, `line 3, column 5`.
        path_or_line: String,
        /// The same place in parts, for a caller that words it in another language.
        at: PackagePlace,
        message: String,
    },

    #[error("the plan package is {size} bytes; packages over {limit} bytes are refused")]
    TooLarge { size: u64, limit: u64 },

    #[error("made by a newer Safeplan (schema version {found}; this version reads up to {supported}); update Safeplan to open it")]
    NewerSchema { found: i64, supported: i64 },

    #[error("a plan cannot move from \"{}\" to \"{}\"", from.key(), to.key())]
    InvalidTransition { from: PlanStatus, to: PlanStatus },

    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
}

impl StoreError {
    pub(crate) fn not_found(what: &'static str, key: &str) -> StoreError {
        StoreError::NotFound {
            what,
            key: key.to_string(),
        }
    }

    /// A validation error about one field, for the checks only the store can make (uniqueness,
    /// references to rows that must exist).
    pub(crate) fn invalid(path: impl Into<String>, message: impl Into<String>) -> StoreError {
        StoreError::Validation(ValidationErrors(vec![ValidationError {
            path: path.into(),
            message: message.into(),
        }]))
    }

    pub(crate) fn bad_package(path: impl Into<String>, message: impl Into<String>) -> StoreError {
        StoreError::bad_package_at(
            PackagePlace {
                path: path.into(),
                line: None,
                column: None,
            },
            message,
        )
    }

    pub(crate) fn bad_package_at(at: PackagePlace, message: impl Into<String>) -> StoreError {
        StoreError::BadPackage {
            path_or_line: at.to_string(),
            at,
            message: message.into(),
        }
    }
}

/// Where in a package file a problem is: a field's path (`measures[2].title`, empty for the
/// whole file), and the line and column where the file's text tells them.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PackagePlace {
    pub path: String,
    pub line: Option<usize>,
    pub column: Option<usize>,
}

impl std::fmt::Display for PackagePlace {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let at = match (self.line, self.column) {
            (Some(line), Some(column)) => format!("line {line}, column {column}"),
            (Some(line), None) => format!("line {line}"),
            _ => String::new(),
        };
        match (self.path.is_empty(), at.is_empty()) {
            (false, false) => write!(f, "{} ({at})", self.path),
            (false, true) => f.write_str(&self.path),
            (true, _) => f.write_str(&at),
        }
    }
}

/// Turns SQLite's constraint messages ("UNIQUE constraint failed: plans.slug") into an error that
/// names the field. The store checks references itself before writing, so reaching one of these
/// means a race or a bug; the message still has to make sense to a person.
pub(crate) fn explain_constraint(e: rusqlite::Error) -> StoreError {
    if let rusqlite::Error::SqliteFailure(code, Some(msg)) = &e {
        if code.code == rusqlite::ErrorCode::ConstraintViolation {
            if let Some(cols) = msg.strip_prefix("UNIQUE constraint failed: ") {
                let field = cols.split(", ").last().unwrap_or(cols);
                let field = field.split('.').next_back().unwrap_or(field);
                return StoreError::invalid(field, "is already used; it must be unique");
            }
            if msg.starts_with("FOREIGN KEY constraint failed") {
                return StoreError::invalid(
                    "",
                    "refers to something that does not exist (or is still referred to)",
                );
            }
            if let Some(rest) = msg.strip_prefix("CHECK constraint failed: ") {
                return StoreError::invalid(rest, "has a value the database does not accept");
            }
        }
    }
    StoreError::Sqlite(e)
}
