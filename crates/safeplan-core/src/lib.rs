//! safeplan-core holds the use cases that both shells call: the desktop app's Tauri commands and the
//! `safeplan` command line are thin adapters over [`Safeplan`]. It opens the store, creates and edits
//! plans, runs the readiness rules, refuses to let personal identity numbers leave the machine
//! (packages and PDFs), imports packages, renders PDF reports and loads the demo city. It reads the
//! clock and the file system so that the model, the store's rules and the report engine need not.

mod anchors;
pub mod city;
mod clock;
mod comments;
mod db_path;
pub mod demo;
mod demo_loader;
mod diff;
mod error;
mod gather;
mod items;
mod packages;
mod pdf;
mod pdf_job;
mod personal_data;
mod plans;
mod preview;
mod refusal;
mod review_file;
mod review_report;
pub mod stats;
mod typeface;
mod unchecked;
mod workflow;

pub use anchors::parse_anchor;
pub use comments::{AcceptedText, CommentView, Decided, NewComment, SuggestionPick};
pub use db_path::{default_db_path, DB_ENV};
pub use demo_loader::{DemoLoaded, GENERATED_UNITS_MAX};
pub use diff::{
    diff_documents, unchanged_shortened, word_delta, ChangeKind, Delta, DiffEnd, FieldChange,
    ItemChange, PlanDiff, WordOp, WordSpan,
};
pub use error::{CommentWithNumber, CoreError, ErrorCode, ErrorPayload};
pub use gather::{package_files, GatherOutcome, GatherProgress, GatheredFile, PACKAGE_EXTENSION};
pub use packages::{ImportMode, Imported};
pub use pdf::{builtin_templates, PdfExport, PdfOptions, Progress};
pub use pdf_job::PdfJob;
pub use plans::NewPlan;
pub use preview::PreviewPlace;
pub use refusal::RefusalReason;
pub use review_file::{
    parse_review, Decision, DecisionOutcome, Resolution, ReviewComment, ReviewFile, ReviewImported,
    ReviewSuggestion, ReviewedRevision, StatusMove, MAX_REVIEW_BYTES, REVIEW_EXTENSION,
    REVIEW_FORMAT, REVIEW_SCHEMA_VERSION,
};
pub use review_report::{ReviewReportJob, ReviewReportOptions};
pub use safeplan_report::preview::{PreviewAlign, PreviewBlock, PreviewSpan};
pub use typeface::ui_typeface;
pub use unchecked::Unchecked;

use std::path::Path;

use safeplan_model::{Language, Locale};
use safeplan_store::Store;

/// The language the app speaks about a plan: Swedish for a Swedish plan, English for every other
/// (the reports and labels exist in those two).
pub fn locale_for(language: Language) -> Locale {
    match language {
        Language::Sv => Locale::Sv,
        _ => Locale::En,
    }
}

/// The application: one open database and every use case over it.
pub struct Safeplan {
    store: Store,
}

impl Safeplan {
    /// Opens (creating and migrating if needed) the database at `path`.
    pub fn open(path: &Path) -> Result<Self, CoreError> {
        Ok(Safeplan {
            store: Store::open(path)?,
        })
    }

    /// A database that lives only as long as this value: for tests and previews.
    pub fn open_in_memory() -> Result<Self, CoreError> {
        Ok(Safeplan {
            store: Store::open_in_memory()?,
        })
    }

    /// True when the database holds no plan, unit or partner yet (the app then offers the demo).
    pub fn is_empty(&self) -> Result<bool, CoreError> {
        Ok(self.store.is_empty()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The desktop app keeps one `Safeplan` behind a mutex in Tauri's state, which must be `Send`.
    #[test]
    fn safeplan_can_move_between_threads() {
        fn assert_send<T: Send>() {}
        assert_send::<Safeplan>();
    }
}
