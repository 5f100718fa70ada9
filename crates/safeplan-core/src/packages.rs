//! Plan packages (`.safeplan` files) in and out, and the R9 gate: nothing leaves the machine while a
//! personal identity number sits anywhere in the plan.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use safeplan_store as store;

use crate::error::CoreError;
use crate::personal_data::refuse_personal_data;
use crate::Safeplan;

/// What to do when an imported plan is already in the database (same plan id).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ImportMode {
    /// Refuse with `plan_exists`: the safe default.
    Refuse,
    /// Overwrite the local copy with the package's.
    Replace,
    /// Keep both: the package comes in under a new id and slug.
    AsCopy,
}

/// The plan a package became.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Imported {
    pub plan_id: String,
    pub slug: String,
    pub title: String,
}

impl From<ImportMode> for store::ImportMode {
    fn from(mode: ImportMode) -> Self {
        match mode {
            ImportMode::Refuse => store::ImportMode::Refuse,
            ImportMode::Replace => store::ImportMode::Replace,
            ImportMode::AsCopy => store::ImportMode::AsCopy,
        }
    }
}

impl From<store::Imported> for Imported {
    fn from(i: store::Imported) -> Self {
        Imported {
            plan_id: i.plan_id,
            slug: i.slug,
            title: i.title,
        }
    }
}

impl Safeplan {
    /// The plan as a `.safeplan` package. Refused (`personal_data`, or `personal_data_in_comment`
    /// when the number is only in a comment) while R9 fires.
    pub fn export_package(&self, id_or_slug: &str) -> Result<Vec<u8>, CoreError> {
        let doc = self.plan(id_or_slug)?;
        refuse_personal_data(&doc)?;
        Ok(self.store.export_package(&doc.plan.id)?)
    }

    /// Reads a `.safeplan` package into the database.
    pub fn import_package(
        &mut self,
        bytes: &[u8],
        mode: ImportMode,
    ) -> Result<Imported, CoreError> {
        Ok(self.store.import_package(bytes, mode.into())?.into())
    }
}
