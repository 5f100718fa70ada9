//! The city action plan: the city-wide figures the executive office reads (plans by unit, coverage,
//! measures to look at, partner load, look-alike measures, indicators side by side) and every unit's
//! plan, printed through the `city-plan` template, whose unit chapters include the district plan's
//! own chapter files. The figures come in as plain values computed by the caller; like the district
//! report, nothing here reads the clock, the file system or the database.

use safeplan_model::{
    ChallengeCategory, Finding, IndicatorKind, IndicatorUnit, IsoDate, Locale, PartnerType,
    PlanDocument, PlanStatus, PreventionLevel, RuleId, UnitKind,
};
use serde::Serialize;

use crate::{engine, template, Progress, Report, ReportError, TemplateFiles};

/// The city-wide figures, as the city template sees them (`city.*`, docs/templates.md).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct CityData {
    /// The city's name, as its units give it.
    pub name: String,
    /// The year plans were judged current against.
    pub year: i32,
    pub plans: Vec<PlanRowData>,
    pub coverage: Vec<CoverageRowData>,
    /// The prevention levels of `coverage`'s columns, in order.
    pub levels: Vec<PreventionLevel>,
    pub priority_gaps: Vec<PriorityGapData>,
    pub measure_gaps: Vec<MeasureGapData>,
    pub partner_load: Vec<PartnerLoadData>,
    pub lookalikes: Vec<LookalikeData>,
    pub indicators: Vec<CityIndicatorData>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlanRowData {
    pub unit_name: String,
    pub unit_kind: Option<UnitKind>,
    /// `current`, `out_of_date` or `missing`.
    pub state: String,
    pub title: String,
    pub status: Option<PlanStatus>,
    pub period_text: String,
    pub errors: u32,
    pub warnings: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CoverageRowData {
    pub category: ChallengeCategory,
    pub units_with_challenge: u32,
    /// Per level (as [`CityData::levels`]), the units answering the category at that level.
    pub units_by_level: Vec<u32>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PriorityGapData {
    pub unit_name: String,
    pub title: String,
    pub category: ChallengeCategory,
    pub levels: Vec<PreventionLevel>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MeasureGapData {
    pub unit_name: String,
    pub title: String,
    /// `no_follow_up`, `no_owner`, `ends_early`.
    pub problems: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PartnerLoadData {
    pub name: String,
    pub partner_type: PartnerType,
    pub units: u32,
    pub measures: u32,
    pub lead: u32,
    pub partner: u32,
    pub funder: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LookalikeData {
    /// Cosine similarity of the weakest link in the group (0–1).
    pub similarity: f64,
    pub measures: Vec<UnitMeasure>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UnitMeasure {
    pub unit_name: String,
    pub title: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CityIndicatorData {
    pub id: String,
    pub name: String,
    pub kind: IndicatorKind,
    pub unit: IndicatorUnit,
    /// Every period any unit has a figure for, in order.
    pub periods: Vec<String>,
    pub series: Vec<UnitSeriesData>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UnitSeriesData {
    pub unit_name: String,
    /// One per period, as [`CityIndicatorData::periods`].
    pub values: Vec<Option<f64>>,
}

/// One unit's plan with its readiness findings, for its chapter.
pub struct UnitPlan<'a> {
    pub document: &'a PlanDocument,
    pub findings: &'a [Finding],
}

/// Everything one city export needs.
pub struct CityRequest<'a> {
    pub city: &'a CityData,
    pub plans: &'a [UnitPlan<'a>],
    /// The `city-plan` files, with the district chapters it includes under `district-plan/`
    /// ([`crate::builtin::city_template`] adds the built-in ones a city's folder leaves out).
    pub template: &'a TemplateFiles,
    /// How the template is named in messages: `city-plan` or the city's folder name.
    pub template_name: &'a str,
    /// How the district chapters under `district-plan/` that are not the built-in ones are named in
    /// messages, when they are the city's own district template (its folder name); `None` names
    /// them as files of the city template's folder.
    pub district_name: Option<&'a str>,
    pub locale: Locale,
    pub fonts: &'a engine::FontSet,
    pub logo: Option<&'a [u8]>,
    pub date: &'a IsoDate,
}

/// The PDF's metadata and page dressing for the city plan: no draft watermark, since the city plan
/// is a compilation and each unit's own status is printed in the status table.
pub fn city_page_setup(city: &CityData, locale: Locale, date: &IsoDate) -> engine::PageSetup {
    let (title, footer) = match locale {
        Locale::Sv => (
            format!("Stadens handlingsplan – {}", city.name),
            "Sida {page} av {pages}",
        ),
        Locale::En => (
            format!("City action plan – {}", city.name),
            "Page {page} of {pages}",
        ),
    };
    let subject = match locale {
        Locale::Sv => "Handlingsplan mot brott, hat och våldsbejakande extremism",
        Locale::En => "Action plan against crime, hate and violent extremism",
    };
    engine::PageSetup {
        title: title.clone(),
        author: city.name.clone(),
        subject: subject.to_string(),
        lang: locale.key().to_string(),
        header_text: title,
        footer_template: footer.to_string(),
        watermark: None,
        creation_date: date.clone(),
        document_id: crate::document_id(&format!("city:{}", city.name), i64::from(city.year)),
    }
}

/// The Markdown the city template writes, before layout.
pub fn render_city_markdown(req: &CityRequest) -> Result<String, ReportError> {
    refuse_personal_data(req)?;
    Ok(template::city::render(req)?.markdown)
}

fn refuse_personal_data(req: &CityRequest) -> Result<(), ReportError> {
    let count = req
        .plans
        .iter()
        .flat_map(|p| p.findings)
        .filter(|f| f.rule == RuleId::R9)
        .count();
    if count > 0 {
        return Err(ReportError::PersonalData { count });
    }
    Ok(())
}

/// Renders the city plan through its template and lays it out as a tagged PDF.
pub fn render_city(
    req: &CityRequest,
    progress: &mut dyn FnMut(Progress),
) -> Result<Report, ReportError> {
    refuse_personal_data(req)?;
    progress(Progress::Template);
    let rendered = template::city::render(req)?;
    let setup = city_page_setup(req.city, req.locale, req.date);
    let out = crate::lay_out_markdown(&rendered.markdown, &setup, req.fonts, req.logo, progress)
        .map_err(|e| crate::traced(e, |line| template::city::locate(req, &rendered, line)))?;
    Ok(Report {
        pdf: out.pdf,
        pages: out.pages,
        headings: out.headings,
    })
}
