//! The plan itself and the parts that are one per plan: lägesbild, team, terms, follow-up plan.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::date::IsoDate;
use crate::enums::{Language, PlanStatus, UnitKind};

/// A city district or specialist department that writes its own plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Unit {
    pub id: String,
    pub name: String,
    pub kind: UnitKind,
    pub city: String,
}

/// The years a plan covers, both inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Period {
    pub from_year: i32,
    pub to_year: i32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct TeamMember {
    pub name: String,
    pub role: String,
}

/// A word the plan defines, because partners use it differently ("early intervention"…).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Term {
    pub term: String,
    pub definition: String,
}

/// The situational picture required by Lag (2023:196) §4. Every field is Markdown.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Lagesbild {
    pub extent: String,
    pub consequences: String,
    pub cause_analysis: String,
    pub risk_factors: String,
    pub protective_factors: String,
    pub sources_and_method: String,
}

/// When and how the plan is followed up, by whom, and to whom it is reported.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct FollowUpPlan {
    pub when: String,
    pub how: String,
    pub by_whom: String,
    pub reported_to: String,
}

/// The plan's own fields. Its challenges, indicators, measures and the rest live beside it in
/// [`crate::PlanDocument`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    pub id: String,
    /// A short, unique, URL-safe name (`norrby-2025`) so people can name a plan on the command line.
    pub slug: String,
    pub unit_id: Option<String>,
    pub title: String,
    pub period: Option<Period>,
    pub status: PlanStatus,
    pub language: Language,
    /// The report template's name, e.g. `district-plan`.
    pub template: String,
    /// Who adopts the plan, e.g. the district board.
    pub decision_body: String,
    /// The day the decision body adopted the plan.
    pub adoption_date: Option<IsoDate>,
    pub team: Vec<TeamMember>,
    /// Bumped by every write to the plan or anything in it; a write that names an older value is stale.
    #[ts(type = "number")]
    pub revision: i64,
    pub lagesbild: Lagesbild,
    pub terms: Vec<Term>,
    pub follow_up: FollowUpPlan,
}
