//! Sundholm, the demo city: a fictional but realistic Swedish city with five districts and two
//! specialist departments, each with one action plan in a different state, from a thin first draft to
//! an adopted plan. `safeplan demo` loads it so that a new user, an advisor or a screenshot always has
//! something true-to-life to look at.
//!
//! Everything here is pure and deterministic: ids, timestamps and figures are fixed or come from a tiny
//! generator seeded by constants, so two calls give the same city and tests and screenshots are stable.
//! No real persons appear; national agencies keep their real names because a plan without the police
//! or the Prison and Probation Service would not look like a plan.

mod assembly;
mod generated;
mod indicators;
mod measures;
mod plans;
mod registry;
mod review_history;
mod routines;
mod series;
mod terms;

#[cfg(test)]
mod tests;

use safeplan_model::{Partner, PlanDocument, Revision, Unit};

#[cfg(test)]
pub(crate) use generated::method_key;
pub use generated::{storholm, GENERATED_CITY};

/// The city's name, as every unit and plan names it.
pub const CITY: &str = "Sundholms stad";

/// The whole demo city: its units, its partner registry and one plan per unit.
#[derive(Debug, Clone, PartialEq)]
pub struct DemoCity {
    pub units: Vec<Unit>,
    pub partners: Vec<Partner>,
    pub plans: Vec<DemoPlan>,
}

/// One plan as it stands now, and the snapshots taken at each status change it went through.
#[derive(Debug, Clone, PartialEq)]
pub struct DemoPlan {
    pub document: PlanDocument,
    /// Numbered from 1, oldest first.
    pub revisions: Vec<Revision>,
}

/// Builds Sundholm. Same output on every call.
pub fn sundholm() -> DemoCity {
    let partners = registry::partners();
    let specs = plans::all();
    let units = specs.iter().map(|spec| spec.unit.to_unit()).collect();
    let plans = specs
        .iter()
        .map(|spec| assembly::assemble(spec, &partners))
        .collect();
    DemoCity {
        units,
        partners,
        plans,
    }
}
