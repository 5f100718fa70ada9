//! The things a plan lists: challenges, indicators with observations, measures, partners and routines.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::date::IsoDate;
use crate::enums::*;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Challenge {
    pub id: String,
    pub title: String,
    pub category: ChallengeCategory,
    pub description: String,
    pub affected_groups: String,
    pub places: String,
    pub trend: Trend,
    /// 1 (highest) to 3.
    pub priority: u8,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Observation {
    /// The period measured: a year (`2019`), a half (`2019-H1`), a quarter (`2019-Q3`) or a month (`2019-05`).
    pub period: String,
    /// Absent when the figure is not published (for instance suppressed because it is small).
    pub value: Option<f64>,
    /// The day the figure was taken out: statistics get revised.
    pub data_as_of: Option<IsoDate>,
    pub note: String,
    /// A small count hidden so it cannot identify anyone.
    pub suppressed: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    pub id: String,
    pub name: String,
    pub kind: IndicatorKind,
    pub unit: IndicatorUnit,
    /// Where the figures come from: the police, Brå, NTU, the city's safety survey…
    pub source: String,
    pub definition: String,
    pub direction: Direction,
    pub observations: Vec<Observation>,
}

/// A partner's part in one measure.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct MeasurePartner {
    pub partner_id: String,
    pub role: PartnerRole,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Budget {
    /// Whole currency units; never negative.
    #[ts(type = "number")]
    pub amount: i64,
    /// ISO 4217 code, e.g. `SEK`.
    pub currency: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    pub level: Option<EvidenceLevel>,
    pub note: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct ExpectedEffect {
    pub term: Option<EffectTerm>,
    pub text: String,
}

/// How a measure will be followed up: an indicator of the same plan, where it starts and where it should get to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct FollowUpTarget {
    pub indicator_id: String,
    pub baseline: Option<f64>,
    pub target: Option<f64>,
    pub target_year: Option<i32>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Measure {
    pub id: String,
    pub title: String,
    pub description: String,
    pub level: Option<PreventionLevel>,
    /// The challenges of the same plan that this measure answers.
    pub challenge_ids: Vec<String>,
    pub themes: Vec<CapitalCodeTheme>,
    /// A role or a unit, never a private person.
    pub owner: String,
    pub partners: Vec<MeasurePartner>,
    pub target_group: String,
    pub area: String,
    pub start: Option<IsoDate>,
    pub end: Option<IsoDate>,
    pub status: MeasureStatus,
    pub budget: Option<Budget>,
    pub evidence: Evidence,
    pub expected_effect: ExpectedEffect,
    pub follow_up: Vec<FollowUpTarget>,
}

/// An entry in the city's partner registry, shared by all its plans.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Partner {
    pub id: String,
    pub name: String,
    pub partner_type: PartnerType,
    pub contact_role: String,
    pub notes: String,
}

/// Who acts, and how, when a given situation arises.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Responsibility {
    pub id: String,
    /// "Concern that a pupil is being radicalised", "a shooting in the area"…
    pub situation: String,
    pub who_acts: String,
    pub steps: Vec<String>,
    pub escalation: String,
}
