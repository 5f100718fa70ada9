//! A whole plan with everything it holds, as the rules, the reports and the packages see it.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::items::{Challenge, Indicator, Measure, Partner, Responsibility};
use crate::plan::{Plan, Unit};
use crate::review::Comment;

/// One plan and all it holds. `partners` are the registry entries that the plan's measures name.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct PlanDocument {
    pub unit: Option<Unit>,
    pub plan: Plan,
    pub challenges: Vec<Challenge>,
    pub indicators: Vec<Indicator>,
    pub measures: Vec<Measure>,
    pub partners: Vec<Partner>,
    pub responsibilities: Vec<Responsibility>,
    pub comments: Vec<Comment>,
}

impl PlanDocument {
    pub fn challenge(&self, id: &str) -> Option<&Challenge> {
        self.challenges.iter().find(|c| c.id == id)
    }

    pub fn indicator(&self, id: &str) -> Option<&Indicator> {
        self.indicators.iter().find(|i| i.id == id)
    }

    pub fn measure(&self, id: &str) -> Option<&Measure> {
        self.measures.iter().find(|m| m.id == id)
    }

    pub fn partner(&self, id: &str) -> Option<&Partner> {
        self.partners.iter().find(|p| p.id == id)
    }

    /// The measures that answer a challenge.
    pub fn measures_for<'a>(
        &'a self,
        challenge_id: &'a str,
    ) -> impl Iterator<Item = &'a Measure> + 'a {
        self.measures
            .iter()
            .filter(move |m| m.challenge_ids.iter().any(|c| c == challenge_id))
    }
}
