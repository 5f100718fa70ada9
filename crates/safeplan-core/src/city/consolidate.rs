//! The city action plan: gathers one city's figures and every live unit plan into the report's city
//! model and prints them through the `city-plan` template (or a city's own folder). The reading of
//! the database and the files happens here; the printing is the pure report engine's.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use safeplan_model::{readiness, Finding, IsoDate, Locale, PlanDocument, PlanStatus};
use safeplan_report::city::{
    CityData, CityIndicatorData, CityRequest, CoverageRowData, LookalikeData, MeasureGapData,
    PartnerLoadData, PlanRowData, PriorityGapData, UnitMeasure, UnitPlan, UnitSeriesData,
};
use safeplan_report::template::city::DISTRICT_PREFIX;
use safeplan_report::{builtin, TemplateFiles};

use super::{indicators, CityFigures, CityPlan, MeasureProblem, PlanState};
use crate::error::CoreError;
use crate::pdf::{
    folder_name, read_limited, read_template_dir, PdfExport, Progress, MAX_TEMPLATE_BYTES,
};
use crate::personal_data::refuse_personal_data;
use crate::{clock, Safeplan};

/// How to print the city plan. Only `city` may be needed.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
pub struct ConsolidateOptions {
    /// The city, as its units name it; empty when the database holds one city only.
    pub city: String,
    /// The report's language; default Swedish.
    pub locale: Option<Locale>,
    /// A city's own `city-plan` folder; its unit chapters fall back to the built-in district chapters.
    pub template_dir: Option<PathBuf>,
    /// A PNG or JPEG for the cover.
    pub logo: Option<PathBuf>,
    /// The date printed, and whose year plans are judged current against; default today (UTC).
    pub date: Option<IsoDate>,
}

/// The city plan's content: the figures, and each live plan with its readiness findings.
#[derive(Debug, Clone)]
pub struct CityReport {
    pub city: CityData,
    /// In the status table's order.
    pub chapters: Vec<(PlanDocument, Vec<Finding>)>,
}

/// The city's name among the units', checked: a misspelt name lists the ones there are.
fn pick_city(asked: &str, cities: &[String]) -> Result<String, CoreError> {
    let asked = asked.trim();
    if let Some(found) = cities
        .iter()
        .find(|c| c.to_lowercase() == asked.to_lowercase())
    {
        return Ok(found.clone());
    }
    match (asked.is_empty(), cities) {
        (true, [only]) => Ok(only.clone()),
        (_, []) => Err(CoreError::NotFound(
            "the database has no units, so no city to consolidate: import the units' plans first"
                .into(),
        )),
        (true, _) => Err(CoreError::NotFound(format!(
            "the database holds several cities; name one with --city: {}",
            cities.join(", ")
        ))),
        (false, _) => Err(CoreError::NotFound(format!(
            "no city \"{asked}\"; the units name {}",
            cities.join(", ")
        ))),
    }
}

impl Safeplan {
    /// The city's report model and its live plans with their findings: what [`Self::consolidate`]
    /// prints. Refused with `personal_data` when any plan would publish a personal identity number.
    pub fn city_report(&self, options: &ConsolidateOptions) -> Result<CityReport, CoreError> {
        let mut cities: Vec<String> = self.store.units()?.into_iter().map(|u| u.city).collect();
        cities.sort();
        cities.dedup();
        let city = pick_city(&options.city, &cities)?;
        let year = options.date.clone().unwrap_or_else(clock::today).year();
        let plans: Vec<CityPlan> = self
            .city_plans()?
            .into_iter()
            .filter(|p| p.doc.unit.as_ref().is_some_and(|u| u.city == city))
            .collect();
        let figures = self.figures_of(&plans, Some(&city), year)?;
        let links = self.store.indicator_links()?;
        let indicators = self
            .store
            .city_indicators()?
            .into_iter()
            .map(|ci| indicators::side_by_side(ci, &links, &plans))
            .filter(|v| !v.series.is_empty())
            .map(|v| CityIndicatorData {
                id: v.indicator.id,
                name: v.indicator.name,
                kind: v.indicator.kind,
                unit: v.indicator.unit,
                periods: v.periods,
                series: v
                    .series
                    .into_iter()
                    .map(|s| UnitSeriesData {
                        unit_name: s.unit_name.unwrap_or(s.slug),
                        values: s.values,
                    })
                    .collect(),
            })
            .collect();
        // The unit chapters follow the status table: by unit, then period.
        let mut chapters = Vec::new();
        for row in &figures.plans {
            let Some(plan) = &row.plan else { continue };
            let Some(p) = plans.iter().find(|p| p.doc.plan.id == plan.id) else {
                continue;
            };
            if p.doc.plan.status == PlanStatus::Archived {
                continue;
            }
            refuse_personal_data(&p.doc)?;
            chapters.push((p.doc.clone(), readiness::check(&p.doc)));
        }
        Ok(CityReport {
            city: city_data(city, figures, indicators),
            chapters,
        })
    }

    /// Prints the city action plan as a tagged PDF: [`Safeplan::city_job`], then [`CityJob::render`].
    pub fn consolidate(
        &self,
        options: &ConsolidateOptions,
        progress: &mut dyn FnMut(Progress),
    ) -> Result<PdfExport, CoreError> {
        self.city_job(options)?.render(progress)
    }

    /// Reads and checks what [`CityJob::render`] needs (the figures, every live plan, the templates,
    /// the logo): the only half of the city plan's export that uses the database, so a shell can let
    /// go of it before the layout, as with [`Safeplan::pdf_job`].
    pub fn city_job(&self, options: &ConsolidateOptions) -> Result<CityJob, CoreError> {
        let CityReport { city, chapters } = self.city_report(options)?;
        let locale = options.locale.unwrap_or(Locale::Sv);
        let date = options.date.clone().unwrap_or_else(clock::today);
        let mut look = self.store.city_look()?;
        // The city's own district template, set in the app, writes the unit chapters in the
        // languages it covers, unless a city-plan folder is named here (it has its own).
        let own_district = look
            .templates
            .remove(locale.key())
            .filter(|_| options.template_dir.is_none())
            .zip(look.template_name.clone());
        let (name, template) = match &options.template_dir {
            Some(dir) => (
                folder_name(dir),
                builtin::with_district_chapters(read_template_dir(dir, locale)?, locale),
            ),
            None => {
                let mut files = builtin::city_template(locale);
                for (path, text) in own_district.iter().flat_map(|(files, _)| files) {
                    files.insert(format!("{DISTRICT_PREFIX}{path}"), text.clone());
                }
                ("city-plan".to_string(), files)
            }
        };
        // The city's own logo, set in the app (city/look.rs), unless one is named here.
        let logo = match &options.logo {
            Some(path) => Some(read_limited(path, MAX_TEMPLATE_BYTES, "the logo")?),
            None => look.logo,
        };
        Ok(CityJob {
            city,
            chapters,
            template,
            template_name: name,
            district_name: own_district.map(|(_, name)| name),
            locale,
            logo,
            date,
        })
    }
}

/// The city plan ready to be printed: owns its data, holds no borrow of the store.
#[derive(Debug, Clone)]
pub struct CityJob {
    city: CityData,
    chapters: Vec<(PlanDocument, Vec<Finding>)>,
    template: TemplateFiles,
    template_name: String,
    district_name: Option<String>,
    locale: Locale,
    logo: Option<Vec<u8>>,
    date: IsoDate,
}

impl CityJob {
    /// Lays the city plan out as a tagged PDF, reporting progress. Pure: no database, no files.
    pub fn render(&self, progress: &mut dyn FnMut(Progress)) -> Result<PdfExport, CoreError> {
        let plans: Vec<UnitPlan> = self
            .chapters
            .iter()
            .map(|(document, findings)| UnitPlan { document, findings })
            .collect();
        let fonts = builtin::fonts();
        let request = CityRequest {
            city: &self.city,
            plans: &plans,
            template: &self.template,
            template_name: &self.template_name,
            district_name: self.district_name.as_deref(),
            locale: self.locale,
            fonts: &fonts,
            logo: self.logo.as_deref(),
            date: &self.date,
        };
        let report = safeplan_report::city::render_city(&request, progress)
            .map_err(crate::pdf_job::report_error)?;
        Ok(PdfExport {
            bytes: report.pdf,
            pages: report.pages,
        })
    }
}

/// The city figures as the report's plain model.
fn city_data(name: String, f: CityFigures, indicators: Vec<CityIndicatorData>) -> CityData {
    let unit = |u: Option<String>, slug: &str| u.unwrap_or_else(|| slug.to_string());
    CityData {
        name,
        year: f.year,
        plans: f
            .plans
            .into_iter()
            .map(|r| PlanRowData {
                unit_name: r.unit_name.clone().unwrap_or_default(),
                unit_kind: r.unit_kind,
                state: match r.state {
                    PlanState::Current => "current",
                    PlanState::OutOfDate => "out_of_date",
                    PlanState::Missing => "missing",
                }
                .to_string(),
                title: r.plan.as_ref().map(|p| p.title.clone()).unwrap_or_default(),
                status: r.plan.as_ref().map(|p| p.status),
                period_text: r
                    .plan
                    .as_ref()
                    .and_then(|p| p.period)
                    .map(|p| format!("{}–{}", p.from_year, p.to_year))
                    .unwrap_or_default(),
                errors: r.plan.as_ref().map_or(0, |p| p.errors),
                warnings: r.plan.as_ref().map_or(0, |p| p.warnings),
            })
            .collect(),
        levels: f.coverage.levels,
        coverage: f
            .coverage
            .rows
            .into_iter()
            .map(|r| CoverageRowData {
                category: r.category,
                units_with_challenge: r.units_with_challenge,
                units_by_level: r.units_by_level,
            })
            .collect(),
        priority_gaps: f
            .coverage
            .top_priority_gaps
            .into_iter()
            .map(|g| PriorityGapData {
                unit_name: unit(g.unit_name, &g.slug),
                title: g.title,
                category: g.category,
                levels: g.levels,
            })
            .collect(),
        measure_gaps: f
            .measure_gaps
            .into_iter()
            .map(|g| MeasureGapData {
                unit_name: unit(g.measure.unit_name, &g.measure.slug),
                title: g.measure.title,
                problems: g
                    .problems
                    .iter()
                    .map(|p| match p {
                        MeasureProblem::NoFollowUp => "no_follow_up",
                        MeasureProblem::NoOwner => "no_owner",
                        MeasureProblem::EndsEarly => "ends_early",
                    })
                    .map(String::from)
                    .collect(),
            })
            .collect(),
        partner_load: f
            .partner_load
            .into_iter()
            .map(|p| PartnerLoadData {
                name: p.name,
                partner_type: p.partner_type,
                units: p.units,
                measures: p.measures,
                lead: p.lead,
                partner: p.partner,
                funder: p.funder,
            })
            .collect(),
        lookalikes: f
            .lookalikes
            .into_iter()
            .map(|g| LookalikeData {
                similarity: g.similarity,
                measures: g
                    .measures
                    .into_iter()
                    .map(|m| UnitMeasure {
                        unit_name: unit(m.unit_name, &m.slug),
                        title: m.title,
                    })
                    .collect(),
            })
            .collect(),
        indicators,
    }
}
