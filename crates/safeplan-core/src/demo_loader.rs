//! Loads the demo city (Sundholm) so a first run has something real to look at, and so the tests,
//! the screenshots and the benchmark share one realistic data set.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::CoreError;
use crate::packages::Imported;
use crate::Safeplan;

/// What loading the demo put in the database.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DemoLoaded {
    pub city: String,
    pub units: u32,
    pub partners: u32,
    pub plans: Vec<Imported>,
}

impl Safeplan {
    /// Loads the demo city's units, partners and plans (with their revisions). Refused (`not_empty`)
    /// when the database already has plans, unless `force`, which replaces the demo's own plans and
    /// leaves every other plan alone.
    pub fn load_demo(&mut self, force: bool) -> Result<DemoLoaded, CoreError> {
        if !force && !self.store.plans()?.is_empty() {
            return Err(CoreError::NotEmpty);
        }
        let city = crate::demo::sundholm();
        // The store writes each plan in its own transaction; validating every plan first means a
        // broken demo is refused before anything is written rather than half loaded.
        for plan in &city.plans {
            safeplan_model::validate::validate_document(&plan.document)?;
        }
        let name = city
            .units
            .first()
            .map(|u| u.city.clone())
            .unwrap_or_default();
        for unit in &city.units {
            self.store.save_unit(unit)?;
        }
        for partner in &city.partners {
            self.store.save_partner(partner)?;
        }
        let mut plans = Vec::new();
        for plan in &city.plans {
            // Replacing through the import would be refused once the user has edited a demo plan
            // (its revision is then ahead of the demo's): with force, the demo's version wins.
            match self.store.delete_plan(&plan.document.plan.id) {
                Ok(()) | Err(safeplan_store::StoreError::NotFound { .. }) => {}
                Err(e) => return Err(e.into()),
            }
            let imported = self.store.import_document(
                &plan.document,
                &plan.revisions,
                safeplan_store::ImportMode::Refuse,
            )?;
            plans.push(imported.into());
        }
        Ok(DemoLoaded {
            city: name,
            units: city.units.len() as u32,
            partners: city.partners.len() as u32,
            plans,
        })
    }
}
