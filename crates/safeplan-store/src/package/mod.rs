//! The `.safeplan` plan package: one plan with its unit, the registry partners its measures use,
//! its items, comments and revisions, as one pretty-printed UTF-8 JSON file (docs/plan-package.md).
//! The layout is the model's [`PlanDocument`] flattened beside a small header, so a validation
//! path such as `measures[2].title` points at the same place in the file.
//!
//! Export is deterministic (no export time, struct field order, stored list order), so exporting,
//! importing into an empty database and exporting again gives the same bytes.

mod copy;
mod export;
mod gather;
mod import;
mod parse;
mod seen;

pub use gather::Gathered;
use safeplan_model::*;
use serde::{Deserialize, Serialize};

/// The `format` every package names, so a stray JSON file is refused with a clear message.
pub const FORMAT: &str = "safeplan-plan-package";
/// The package layout this build writes and the newest it reads.
pub const PACKAGE_SCHEMA_VERSION: i64 = 1;
/// Packages larger than this are refused before they are parsed.
pub const MAX_PACKAGE_BYTES: u64 = 50 * 1024 * 1024;

/// What to do when the package's plan is already in the database.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportMode {
    /// Fail with [`crate::StoreError::PlanExists`]: the user must choose.
    Refuse,
    /// Delete the plan in the database and store the package's in its place; refused when that
    /// would lose edits made here that the package has not seen (see `seen.rs`: a higher edit
    /// counter from comments or status moves alone does not refuse it).
    Replace,
    /// Store the package's plan beside the existing one, with new ids, a new slug and a title
    /// marked as a copy.
    AsCopy,
}

/// The plan an import stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Imported {
    pub plan_id: String,
    pub slug: String,
    pub title: String,
}

/// The file's layout. Field order here is the key order in the file: do not reorder.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct PackageFile {
    pub format: String,
    pub schema_version: i64,
    /// The program that wrote the file, for people reading it; not interpreted.
    pub exported_with: String,
    pub unit: Option<Unit>,
    pub partners: Vec<Partner>,
    pub plan: Plan,
    pub challenges: Vec<Challenge>,
    pub indicators: Vec<Indicator>,
    pub measures: Vec<Measure>,
    pub responsibilities: Vec<Responsibility>,
    pub comments: Vec<Comment>,
    pub revisions: Vec<Revision>,
}

impl PackageFile {
    pub(crate) fn new(doc: PlanDocument, revisions: Vec<Revision>) -> PackageFile {
        PackageFile {
            format: FORMAT.to_string(),
            schema_version: PACKAGE_SCHEMA_VERSION,
            exported_with: concat!("Safeplan ", env!("CARGO_PKG_VERSION")).to_string(),
            unit: doc.unit,
            partners: doc.partners,
            plan: doc.plan,
            challenges: doc.challenges,
            indicators: doc.indicators,
            measures: doc.measures,
            responsibilities: doc.responsibilities,
            comments: doc.comments,
            revisions,
        }
    }

    pub(crate) fn into_parts(self) -> (PlanDocument, Vec<Revision>) {
        let doc = PlanDocument {
            unit: self.unit,
            plan: self.plan,
            challenges: self.challenges,
            indicators: self.indicators,
            measures: self.measures,
            partners: self.partners,
            responsibilities: self.responsibilities,
            comments: self.comments,
        };
        (doc, self.revisions)
    }
}
