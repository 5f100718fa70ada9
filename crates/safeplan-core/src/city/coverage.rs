//! Coverage across the city: for each challenge category, how many units name it, and how many
//! answer it at each prevention level; and the priority-1 challenges a unit answers at fewer than
//! two levels (R7 seen from the city, where it is a gap in the city's work, not a unit's warning).

use std::collections::{BTreeSet, HashSet};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use safeplan_model::{ChallengeCategory, PreventionLevel};

use super::CityPlan;

/// The matrix of challenge categories × prevention levels, counted in units.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Coverage {
    /// The columns, in order.
    pub levels: Vec<PreventionLevel>,
    /// One row per category, in the vocabulary's order, every category present.
    pub rows: Vec<CoverageRow>,
    pub top_priority_gaps: Vec<PriorityGap>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct CoverageRow {
    pub category: ChallengeCategory,
    /// Units with a challenge of this category.
    pub units_with_challenge: u32,
    /// Per level (as `levels`), the units with a measure at that level answering a challenge of
    /// this category.
    pub units_by_level: Vec<u32>,
}

/// A priority-1 challenge that its unit answers at fewer than two prevention levels.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct PriorityGap {
    pub plan_id: String,
    pub slug: String,
    pub unit_name: Option<String>,
    pub challenge_id: String,
    pub title: String,
    pub category: ChallengeCategory,
    /// The levels it is answered at (none or one).
    pub levels: Vec<PreventionLevel>,
}

pub(super) fn coverage(plans: &[&CityPlan]) -> Coverage {
    let levels = PreventionLevel::ALL.to_vec();
    let mut named: Vec<HashSet<&str>> = vec![HashSet::new(); ChallengeCategory::ALL.len()];
    let mut answered: Vec<Vec<HashSet<&str>>> =
        vec![vec![HashSet::new(); levels.len()]; ChallengeCategory::ALL.len()];
    let mut top_priority_gaps = Vec::new();
    for p in plans {
        let unit = p.unit_key();
        for c in &p.doc.challenges {
            let row = category_index(c.category);
            named[row].insert(unit);
            let at: BTreeSet<PreventionLevel> =
                p.doc.measures_for(&c.id).filter_map(|m| m.level).collect();
            for level in &at {
                answered[row][level_index(*level)].insert(unit);
            }
            if c.priority == 1 && at.len() < 2 {
                top_priority_gaps.push(PriorityGap {
                    plan_id: p.doc.plan.id.clone(),
                    slug: p.doc.plan.slug.clone(),
                    unit_name: p.unit_name.clone(),
                    challenge_id: c.id.clone(),
                    title: c.title.clone(),
                    category: c.category,
                    levels: at.into_iter().collect(),
                });
            }
        }
    }
    let rows = ChallengeCategory::ALL
        .iter()
        .enumerate()
        .map(|(i, category)| CoverageRow {
            category: *category,
            units_with_challenge: named[i].len() as u32,
            units_by_level: answered[i].iter().map(|s| s.len() as u32).collect(),
        })
        .collect();
    Coverage {
        levels,
        rows,
        top_priority_gaps,
    }
}

fn category_index(c: ChallengeCategory) -> usize {
    ChallengeCategory::ALL
        .iter()
        .position(|x| *x == c)
        .unwrap_or(0)
}

fn level_index(l: PreventionLevel) -> usize {
    PreventionLevel::ALL
        .iter()
        .position(|x| *x == l)
        .unwrap_or(0)
}
