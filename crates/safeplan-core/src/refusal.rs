//! Why a gathered file was refused, as data rather than a sentence: the window words each kind in
//! the user's language from its parameters, while the CLI prints the store's English sentence.
//! What only the file itself can say (a JSON parser's complaint, a field's validation message) is
//! carried as it is, beside the place in the file.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use safeplan_store::StoreError;

use crate::error::CoreError;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum RefusalReason {
    /// The file could not be read; `detail` is the system's words.
    Unreadable { detail: String },
    /// Larger than a package may be.
    TooLarge {
        #[ts(type = "number")]
        size: u64,
        #[ts(type = "number")]
        limit: u64,
    },
    /// Written by a newer Safeplan than this one.
    NewerSchema {
        #[ts(type = "number")]
        found: i64,
        #[ts(type = "number")]
        supported: i64,
    },
    /// Not a plan package, or a broken one, at a field's path (empty for the whole file) and the
    /// line and column where the file's text tells them.
    BadPackage {
        path: String,
        line: Option<u32>,
        column: Option<u32>,
        detail: String,
    },
    /// The plan here came from a newer package than this file; the newer one is kept.
    OlderPackage {
        title: String,
        #[ts(type = "number")]
        here: i64,
        #[ts(type = "number")]
        package: i64,
    },
    /// The plan in the file breaks a rule of the plan's fields; `detail` names the field.
    Validation { detail: String },
    /// Something on this computer went wrong (the database); `detail` says what.
    Other { detail: String },
}

/// A store's refusal as the core's error (its code and English sentence) with its typed reason.
pub(crate) fn refused(e: StoreError) -> (CoreError, RefusalReason) {
    let reason = match &e {
        StoreError::TooLarge { size, limit } => RefusalReason::TooLarge {
            size: *size,
            limit: *limit,
        },
        StoreError::NewerSchema { found, supported } => RefusalReason::NewerSchema {
            found: *found,
            supported: *supported,
        },
        StoreError::BadPackage { at, message, .. } => RefusalReason::BadPackage {
            path: at.path.clone(),
            line: at.line.map(|n| n as u32),
            column: at.column.map(|n| n as u32),
            detail: message.clone(),
        },
        StoreError::OlderPackage {
            title,
            here,
            package,
        } => RefusalReason::OlderPackage {
            title: title.clone(),
            here: *here,
            package: *package,
        },
        StoreError::Validation(errors) => RefusalReason::Validation {
            detail: errors.to_string(),
        },
        other => RefusalReason::Other {
            detail: other.to_string(),
        },
    };
    (CoreError::from(e), reason)
}

/// A file that could not be read, as [`refused`] gives it.
pub(crate) fn unreadable(name: &str, e: std::io::Error) -> (CoreError, RefusalReason) {
    let reason = RefusalReason::Unreadable {
        detail: e.to_string(),
    };
    (CoreError::io(format!("cannot read {name}"), e), reason)
}
