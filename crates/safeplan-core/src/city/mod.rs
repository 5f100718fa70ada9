//! The city-wide picture the executive office reads over every plan in the database: the plans
//! by unit, the coverage of challenge categories by prevention level, measures that cannot be
//! followed up, the load on each partner, and measures that look alike across units. Computed
//! from the documents each time (no cache to go stale); the year a plan is judged out of date
//! against is an input, so the figures are the same whenever a test runs.

mod catalogue;
mod consolidate;
mod coverage;
mod indicators;
mod links;
mod look;
mod lookalike;
mod pairs;
mod partners;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use safeplan_model::{
    readiness, Level, Period, PlanDocument, PlanStatus, PreventionLevel, UnitKind,
};

use crate::error::CoreError;
use crate::Safeplan;

pub use catalogue::{CityLinks, LinkableIndicator, LinkablePartner};
pub use consolidate::{CityJob, CityReport, ConsolidateOptions};
pub use coverage::{Coverage, CoverageRow, PriorityGap};
pub use indicators::{CityIndicatorView, UnitSeries};
pub use links::{LinkKind, LinkSuggestion};
pub use look::{
    CityLook, CityLookChange, LogoInfo, LookSource, ReportLook, CITY_TEMPLATE_REPLACES,
    MAX_CITY_NAME_CHARS, MAX_LOGO_BYTES,
};
pub use lookalike::{LookalikeGroup, LOOKALIKE_THRESHOLD};
pub use partners::PartnerLoad;

/// Whether a unit's plan covers the year the city looks at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum PlanState {
    Current,
    /// Its period ended before the year, or it has none.
    OutOfDate,
    /// The unit has no plan.
    Missing,
}

/// One line of the city's table of plans: a unit and its plan, a plan without a unit, or a unit
/// without a plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct UnitPlanRow {
    pub unit_id: Option<String>,
    pub unit_name: Option<String>,
    pub unit_kind: Option<UnitKind>,
    pub state: PlanState,
    pub plan: Option<PlanRow>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct PlanRow {
    pub id: String,
    pub slug: String,
    pub title: String,
    pub status: PlanStatus,
    pub period: Option<Period>,
    pub errors: u32,
    pub warnings: u32,
    /// When the plan last changed status (RFC 3339), if it ever has.
    pub last_change: Option<String>,
}

/// A measure the city view points at, and where it lives.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct MeasureRef {
    pub plan_id: String,
    pub slug: String,
    pub unit_name: Option<String>,
    pub measure_id: String,
    pub title: String,
    pub level: Option<PreventionLevel>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum MeasureProblem {
    NoFollowUp,
    NoOwner,
    /// It ends before the plan's period does.
    EndsEarly,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct MeasureGap {
    pub measure: MeasureRef,
    pub problems: Vec<MeasureProblem>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct CityFigures {
    /// The year plans were judged current against.
    pub year: i32,
    pub plans: Vec<UnitPlanRow>,
    pub coverage: Coverage,
    pub measure_gaps: Vec<MeasureGap>,
    pub partner_load: Vec<PartnerLoad>,
    pub lookalikes: Vec<LookalikeGroup>,
}

/// A plan with what the figures need beside it.
pub(crate) struct CityPlan {
    pub doc: PlanDocument,
    pub unit_name: Option<String>,
}

impl CityPlan {
    pub(crate) fn measure_ref(&self, m: &safeplan_model::Measure) -> MeasureRef {
        MeasureRef {
            plan_id: self.doc.plan.id.clone(),
            slug: self.doc.plan.slug.clone(),
            unit_name: self.unit_name.clone(),
            measure_id: m.id.clone(),
            title: m.title.clone(),
            level: m.level,
        }
    }

    /// What counts as "one unit" in the figures: the unit, or the plan when it names none.
    pub(crate) fn unit_key(&self) -> &str {
        self.doc
            .plan
            .unit_id
            .as_deref()
            .unwrap_or(&self.doc.plan.id)
    }
}

impl Safeplan {
    /// The city-wide picture as of this year.
    pub fn city(&self) -> Result<CityFigures, CoreError> {
        self.city_in(crate::clock::today().year())
    }

    /// The city-wide picture, judging plans current against `year`.
    pub fn city_in(&self, year: i32) -> Result<CityFigures, CoreError> {
        self.figures_of(&self.city_plans()?, None, year)
    }

    /// The figures over `all` (the plans of one city, or every plan), judged against `year`; `city`
    /// limits the units listed as having no plan to that city's.
    pub(crate) fn figures_of(
        &self,
        all: &[CityPlan],
        city: Option<&str>,
        year: i32,
    ) -> Result<CityFigures, CoreError> {
        // Archived plans are history: they are listed, but they answer nothing any more.
        let live: Vec<&CityPlan> = all
            .iter()
            .filter(|p| p.doc.plan.status != PlanStatus::Archived)
            .collect();
        Ok(CityFigures {
            year,
            plans: self.plan_rows(all, city, year)?,
            coverage: coverage::coverage(&live),
            measure_gaps: measure_gaps(&live),
            partner_load: partners::load(
                &live,
                &self.store.city_partners()?,
                &self.store.partner_links()?,
            ),
            lookalikes: lookalike::groups(&live, LOOKALIKE_THRESHOLD),
        })
    }

    pub(crate) fn city_plans(&self) -> Result<Vec<CityPlan>, CoreError> {
        let units = self.unit_names()?;
        let mut out = Vec::new();
        for plan in self.store.plans()? {
            let doc = self.store.load_document(&plan.id)?;
            let unit_name = plan.unit_id.as_ref().and_then(|id| units.get(id).cloned());
            out.push(CityPlan { doc, unit_name });
        }
        Ok(out)
    }

    fn plan_rows(
        &self,
        plans: &[CityPlan],
        city: Option<&str>,
        year: i32,
    ) -> Result<Vec<UnitPlanRow>, CoreError> {
        let changes = self.store.last_status_changes()?;
        let mut rows: Vec<UnitPlanRow> = plans
            .iter()
            .map(|p| {
                let findings = readiness::check(&p.doc);
                let count =
                    |level: Level| findings.iter().filter(|f| f.level == level).count() as u32;
                let plan = &p.doc.plan;
                let current = plan.period.is_some_and(|period| period.to_year >= year);
                UnitPlanRow {
                    unit_id: plan.unit_id.clone(),
                    unit_name: p.unit_name.clone(),
                    unit_kind: p.doc.unit.as_ref().map(|u| u.kind),
                    state: if current {
                        PlanState::Current
                    } else {
                        PlanState::OutOfDate
                    },
                    plan: Some(PlanRow {
                        id: plan.id.clone(),
                        slug: plan.slug.clone(),
                        title: plan.title.clone(),
                        status: plan.status,
                        period: plan.period,
                        errors: count(Level::Error),
                        warnings: count(Level::Warning),
                        last_change: changes.get(&plan.id).cloned(),
                    }),
                }
            })
            .collect();
        for unit in self.store.units()? {
            if city.is_some_and(|c| c != unit.city) {
                continue;
            }
            if !plans
                .iter()
                .any(|p| p.doc.plan.unit_id.as_deref() == Some(unit.id.as_str()))
            {
                rows.push(UnitPlanRow {
                    unit_id: Some(unit.id),
                    unit_name: Some(unit.name),
                    unit_kind: Some(unit.kind),
                    state: PlanState::Missing,
                    plan: None,
                });
            }
        }
        rows.sort_by(|a, b| {
            let key = |r: &UnitPlanRow| {
                (
                    r.unit_name.clone(),
                    r.plan.as_ref().and_then(|p| p.period.map(|p| p.from_year)),
                    r.plan.as_ref().map(|p| p.slug.clone()),
                )
            };
            key(a).cmp(&key(b))
        });
        Ok(rows)
    }
}

/// Measures without a follow-up indicator, without an owner, or ending before their plan's
/// period does, in plan and measure order.
fn measure_gaps(plans: &[&CityPlan]) -> Vec<MeasureGap> {
    let mut out = Vec::new();
    for p in plans {
        let period_end = p.doc.plan.period.map(|period| period.to_year);
        for m in &p.doc.measures {
            let mut problems = Vec::new();
            if m.follow_up.is_empty() {
                problems.push(MeasureProblem::NoFollowUp);
            }
            if m.owner.trim().is_empty() {
                problems.push(MeasureProblem::NoOwner);
            }
            if let (Some(end), Some(to_year)) = (&m.end, period_end) {
                if end.year() < to_year {
                    problems.push(MeasureProblem::EndsEarly);
                }
            }
            if !problems.is_empty() {
                out.push(MeasureGap {
                    measure: p.measure_ref(m),
                    problems,
                });
            }
        }
    }
    out
}
