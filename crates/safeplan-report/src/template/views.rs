//! The shapes a template sees for each part of a plan (docs/templates.md lists every field). Plain data:
//! [`super::context::build`] fills them from a plan.

use safeplan_model::{
    Budget, CapitalCodeTheme, ChallengeCategory, Direction, EffectTerm, EvidenceLevel,
    IndicatorKind, IndicatorUnit, IsoDate, Lagesbild, Language, Level, MeasureStatus, PartnerRole,
    PartnerType, Period, PlanStatus, PreventionLevel, RuleId, Section, TeamMember, Term, Trend,
    UnitKind,
};
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct PlanView {
    pub id: String,
    pub slug: String,
    pub title: String,
    pub status: PlanStatus,
    pub language: Language,
    pub period: Option<Period>,
    /// "2025–2027", or empty when the plan has no period yet.
    pub period_text: String,
    pub decision_body: String,
    pub adoption_date: Option<IsoDate>,
    pub revision: i64,
    pub team: Vec<TeamMember>,
    pub terms: Vec<Term>,
    pub lagesbild: Lagesbild,
}

#[derive(Debug, Clone, Serialize)]
pub struct UnitView {
    pub name: String,
    pub kind: UnitKind,
    pub city: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Named {
    pub id: String,
    pub title: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct ChallengeView {
    pub id: String,
    pub title: String,
    pub category: ChallengeCategory,
    pub description: String,
    pub affected_groups: String,
    pub places: String,
    pub trend: Trend,
    pub priority: u8,
    /// The measures that answer this challenge.
    pub measures: Vec<Named>,
    /// The prevention levels those measures are at, in level order.
    pub levels: Vec<PreventionLevel>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ObservationView {
    pub period: String,
    pub period_label: String,
    pub value: Option<f64>,
    pub data_as_of: Option<IsoDate>,
    pub note: String,
    pub suppressed: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct IndicatorView {
    pub id: String,
    pub name: String,
    pub kind: IndicatorKind,
    pub unit: IndicatorUnit,
    pub source: String,
    pub definition: String,
    pub direction: Direction,
    /// Sorted by period.
    pub observations: Vec<ObservationView>,
    /// The latest observation that has a value.
    pub latest: Option<ObservationView>,
    /// The newest "data as of" date among the observations.
    pub data_as_of: Option<IsoDate>,
}

#[derive(Debug, Clone, Serialize)]
pub struct MeasurePartnerView {
    pub id: String,
    pub name: String,
    pub partner_type: Option<PartnerType>,
    pub role: PartnerRole,
}

#[derive(Debug, Clone, Serialize)]
pub struct FollowUpView {
    pub indicator_id: String,
    /// Empty when the indicator is not in the plan.
    pub indicator_name: String,
    pub unit: Option<IndicatorUnit>,
    pub baseline: Option<f64>,
    pub target: Option<f64>,
    pub target_year: Option<i32>,
}

/// One follow-up target with the measure it belongs to.
#[derive(Debug, Clone, Serialize)]
pub struct TargetView {
    pub measure_id: String,
    pub measure_title: String,
    #[serde(flatten)]
    pub target: FollowUpView,
}

#[derive(Debug, Clone, Serialize)]
pub struct MeasureView {
    pub id: String,
    pub title: String,
    pub description: String,
    pub level: Option<PreventionLevel>,
    pub challenges: Vec<Named>,
    pub themes: Vec<CapitalCodeTheme>,
    pub owner: String,
    pub partners: Vec<MeasurePartnerView>,
    pub target_group: String,
    pub area: String,
    pub start: Option<IsoDate>,
    pub end: Option<IsoDate>,
    /// "januari 2025 – december 2027"; empty when neither date is set.
    pub timeframe: String,
    pub status: MeasureStatus,
    pub budget: Option<Budget>,
    pub evidence_level: Option<EvidenceLevel>,
    pub evidence_note: String,
    pub effect_term: Option<EffectTerm>,
    pub effect: String,
    pub follow_up: Vec<FollowUpView>,
}

#[derive(Debug, Clone, Serialize)]
pub struct LevelView {
    pub key: PreventionLevel,
    pub measures: Vec<MeasureView>,
}

#[derive(Debug, Clone, Serialize)]
pub struct PartnerUseView {
    pub measure_id: String,
    pub measure_title: String,
    pub role: PartnerRole,
}

#[derive(Debug, Clone, Serialize)]
pub struct PartnerView {
    pub id: String,
    pub name: String,
    pub partner_type: PartnerType,
    pub contact_role: String,
    pub notes: String,
    pub measures: Vec<PartnerUseView>,
}

#[derive(Debug, Clone, Serialize)]
pub struct FindingView {
    pub rule: RuleId,
    pub level: Level,
    /// The message in the report's language.
    pub message: String,
    pub section: Section,
    pub item_id: Option<String>,
}
