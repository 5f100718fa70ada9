//! The seven plans of Sundholm, one module each, in the order the city lists its units. Each module
//! holds its hand-written prose and tables; `assembly` turns a [`PlanSpec`] into a document.
//!
//! | unit | status | language |
//! |---|---|---|
//! | Norrby | approved (adopted) | sv |
//! | Hamnstaden | changes requested | sv |
//! | Västerhöjden | in review | sv |
//! | Ekbacka | submitted | sv |
//! | Sjöstaden | thin first draft | sv |
//! | Socialförvaltningen | draft in progress | sv |
//! | Utbildningsförvaltningen | in review | en |

mod education;
mod education_measures;
mod ekbacka;
mod hamnstaden;
mod norrby;
mod sjostaden;
mod social_services;
mod vasterhojden;

use safeplan_model::{ChallengeCategory, Language, PlanStatus, Section, Trend, Unit, UnitKind};

use super::indicators::IndicatorUse;
use super::measures::MeasureUse;
use super::routines::Routine;
use super::terms::TermText;
use super::CITY;

pub(super) fn all() -> Vec<PlanSpec> {
    vec![
        norrby::spec(),
        hamnstaden::spec(),
        vasterhojden::spec(),
        ekbacka::spec(),
        sjostaden::spec(),
        social_services::spec(),
        education::spec(),
    ]
}

#[derive(Debug, Clone, Copy)]
pub(super) struct UnitSpec {
    /// Used in every id of the unit's plan: `sundholm-{key}-m03`.
    pub key: &'static str,
    pub name: &'static str,
    pub kind: UnitKind,
}

impl UnitSpec {
    pub(super) fn id(self) -> String {
        format!("sundholm-{}", self.key)
    }

    pub(super) fn to_unit(self) -> Unit {
        Unit {
            id: self.id(),
            name: self.name.to_string(),
            kind: self.kind,
            city: CITY.to_string(),
        }
    }
}

/// (title, category, description, affected groups, places, trend, priority)
pub(super) type ChallengeText = (
    &'static str,
    ChallengeCategory,
    &'static str,
    &'static str,
    &'static str,
    Trend,
    u8,
);

#[derive(Debug, Clone, Copy, Default)]
pub(super) struct LagesbildText {
    pub extent: &'static str,
    pub consequences: &'static str,
    pub cause_analysis: &'static str,
    pub risk_factors: &'static str,
    pub protective_factors: &'static str,
    pub sources_and_method: &'static str,
}

/// (when, how, by whom, reported to)
pub(super) type FollowUpText = (&'static str, &'static str, &'static str, &'static str);

/// What a review comment is anchored to; items by their 1-based number in the plan.
#[derive(Debug, Clone, Copy)]
pub(super) enum Anchor {
    Section(Section),
    Field(Section, &'static str),
    Challenge(usize),
    Measure(usize),
    Indicator(usize),
}

#[derive(Debug, Clone, Copy)]
pub(super) struct CommentText {
    pub anchor: Anchor,
    pub author: (&'static str, &'static str),
    pub text: &'static str,
    pub at: &'static str,
    /// 1-based number of the comment this one answers.
    pub reply_to: Option<usize>,
    pub resolved: bool,
}

/// A Nordic Safe Cities advisor and a city strategist review the plans; both are invented.
pub(super) const ADVISOR: (&str, &str) = ("Ingrid Holm", "Rådgivare, Nordic Safe Cities");
pub(super) const ADVISOR_EN: (&str, &str) = ("Ingrid Holm", "Advisor, Nordic Safe Cities");
pub(super) const CITY_STRATEGIST: (&str, &str) = (
    "Jonas Berg",
    "Strateg för brottsförebyggande arbete, stadsledningskontoret",
);

/// A status change: (the status moved to, when, the plan's revision counter after the move).
pub(super) type StatusChange = (PlanStatus, &'static str, i64);

#[derive(Debug, Clone)]
pub(super) struct PlanSpec {
    pub unit: UnitSpec,
    /// What `{enhet}` in catalogue texts becomes: the unit as the plan's own language names it.
    pub unit_label: &'static str,
    /// What `{område}` becomes.
    pub area: &'static str,
    pub slug: &'static str,
    pub title: &'static str,
    pub period: Option<(i32, i32)>,
    pub language: Language,
    pub decision_body: &'static str,
    pub adoption_date: Option<&'static str>,
    pub team: &'static [(&'static str, &'static str)],
    /// The revision counter now; every write bumps it.
    pub revision: i64,
    pub lagesbild: LagesbildText,
    pub terms: &'static [TermText],
    pub follow_up: FollowUpText,
    pub challenges: &'static [ChallengeText],
    pub indicators: &'static [IndicatorUse],
    pub measures: &'static [MeasureUse],
    pub routines: &'static [Routine],
    pub comments: &'static [CommentText],
    /// The status changes the plan went through, oldest first. Every plan starts as a draft.
    pub history: &'static [StatusChange],
}

impl PlanSpec {
    pub(super) fn status(&self) -> PlanStatus {
        self.history
            .last()
            .map_or(PlanStatus::Draft, |(status, _, _)| *status)
    }
}
