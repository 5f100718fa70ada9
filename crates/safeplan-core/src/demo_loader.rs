//! Loads the demo city (Sundholm) so a first run has something real to look at, and so the tests,
//! the screenshots and the benchmark share one realistic data set.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::demo::DemoCity;
use crate::error::CoreError;
use crate::packages::Imported;
use crate::Safeplan;

/// The most units a generated city may have: enough for the benchmarks' 100 plans and more,
/// few enough that a mistyped number cannot fill the disk.
pub const GENERATED_UNITS_MAX: usize = 500;

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
        self.load_city(crate::demo::sundholm(), force)
    }

    /// Loads the generated city Storholm with `units` units (18 gives Stockholm's 13 districts
    /// and 5 departments), on the same terms as [`Safeplan::load_demo`]. Refused (`validation`)
    /// for no units or more than [`GENERATED_UNITS_MAX`].
    pub fn load_generated_city(
        &mut self,
        units: usize,
        force: bool,
    ) -> Result<DemoLoaded, CoreError> {
        if units == 0 || units > GENERATED_UNITS_MAX {
            return Err(CoreError::Validation(format!(
                "units: {units} is out of range; a generated city has 1 to {GENERATED_UNITS_MAX} units"
            )));
        }
        self.load_city(crate::demo::storholm(units), force)
    }

    fn load_city(&mut self, city: DemoCity, force: bool) -> Result<DemoLoaded, CoreError> {
        if !force && !self.store.plans()?.is_empty() {
            return Err(CoreError::NotEmpty);
        }
        let name = city
            .units
            .first()
            .map(|u| u.city.clone())
            .unwrap_or_default();
        let plans: Vec<_> = city
            .plans
            .into_iter()
            .map(|p| (p.document, p.revisions))
            .collect();
        // One transaction for the whole city: a load that fails half-way leaves nothing behind.
        // With force the demo's version of its own plans wins over local edits to them.
        let plans = self
            .store
            .import_city(&city.units, &city.partners, &plans, force)?
            .into_iter()
            .map(Imported::from)
            .collect();
        Ok(DemoLoaded {
            city: name,
            units: city.units.len() as u32,
            partners: city.partners.len() as u32,
            plans,
        })
    }
}
