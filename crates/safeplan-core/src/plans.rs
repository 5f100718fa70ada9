//! Plans as wholes: list them with their readiness, read one, create, edit its own fields, check
//! it, delete it. Moving it through its statuses is [`crate::workflow`]'s.

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use safeplan_model::{
    readiness, Actor, Finding, FollowUpPlan, Lagesbild, Language, Level, Period, Plan,
    PlanDocument, PlanStatus, PlanSummary, Revision,
};

use crate::error::CoreError;
use crate::Safeplan;

/// The template a new plan starts with.
const DEFAULT_TEMPLATE: &str = "district-plan";

/// What the "new plan" form asks for; everything else starts empty.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct NewPlan {
    pub unit_id: Option<String>,
    pub title: String,
    pub period: Option<Period>,
    pub language: Language,
}

impl Safeplan {
    /// Every plan, with its unit's name and how many error- and warning-level findings it has.
    pub fn plans(&self) -> Result<Vec<PlanSummary>, CoreError> {
        let units = self.unit_names()?;
        let mut out = Vec::new();
        for plan in self.store.plans()? {
            let doc = self.store.load_document(&plan.id)?;
            let findings = readiness::check(&doc);
            let count = |level: Level| findings.iter().filter(|f| f.level == level).count() as u32;
            out.push(PlanSummary {
                unit_name: plan.unit_id.as_ref().and_then(|id| units.get(id).cloned()),
                errors: count(Level::Error),
                warnings: count(Level::Warning),
                id: plan.id,
                slug: plan.slug,
                title: plan.title,
                period: plan.period,
                status: plan.status,
                revision: plan.revision,
            });
        }
        Ok(out)
    }

    /// Each unit's name, by its id.
    pub(crate) fn unit_names(&self) -> Result<HashMap<String, String>, CoreError> {
        Ok(self
            .store
            .units()?
            .into_iter()
            .map(|u| (u.id, u.name))
            .collect())
    }

    /// One plan with everything in it, by id or slug.
    pub fn plan(&self, id_or_slug: &str) -> Result<PlanDocument, CoreError> {
        let id = self.store.resolve_plan(id_or_slug)?;
        Ok(self.store.load_document(&id)?)
    }

    /// The numbered snapshots taken at each status change, oldest first.
    pub fn revisions(&self, id_or_slug: &str) -> Result<Vec<Revision>, CoreError> {
        let id = self.store.resolve_plan(id_or_slug)?;
        Ok(self.store.revisions(&id)?)
    }

    /// Every readiness finding for the plan, in rule order. No error-level finding means ready to submit.
    pub fn check(&self, id_or_slug: &str) -> Result<Vec<Finding>, CoreError> {
        Ok(readiness::check(&self.plan(id_or_slug)?))
    }

    /// Starts a draft: a new id, a slug made unique from the unit's name (or the title) and the first
    /// year, the district-plan template, and empty parts.
    pub fn create_plan(&mut self, new: &NewPlan) -> Result<PlanDocument, CoreError> {
        let unit_name = match &new.unit_id {
            Some(unit_id) => {
                let units = self.store.units()?;
                let unit = units
                    .into_iter()
                    .find(|u| &u.id == unit_id)
                    .ok_or_else(|| CoreError::NotFound(format!("no unit with id {unit_id}")))?;
                Some(unit.name)
            }
            None => None,
        };
        let taken: HashSet<String> = self.store.plans()?.into_iter().map(|p| p.slug).collect();
        let base = slug_base(unit_name.as_deref().unwrap_or(&new.title), new.period);
        let plan = Plan {
            id: uuid::Uuid::new_v4().to_string(),
            slug: unique_slug(&base, &taken),
            unit_id: new.unit_id.clone(),
            title: new.title.trim().to_string(),
            period: new.period,
            status: PlanStatus::Draft,
            language: new.language,
            template: DEFAULT_TEMPLATE.to_string(),
            decision_body: String::new(),
            adoption_date: None,
            team: Vec::new(),
            revision: 0,
            lagesbild: Lagesbild::default(),
            terms: Vec::new(),
            follow_up: FollowUpPlan::default(),
        };
        self.store.create_plan(&plan)?;
        Ok(self.store.load_document(&plan.id)?)
    }

    /// Saves the plan's own fields (title, period, lägesbild, team…) as `actor`. Returns the new
    /// revision. Status changes go through [`Safeplan::set_status`], which takes a snapshot.
    pub fn update_plan(
        &mut self,
        actor: &Actor,
        expected_revision: i64,
        plan: &Plan,
    ) -> Result<i64, CoreError> {
        self.may_edit(&plan.id, actor, None)?;
        Ok(self.store.update_plan(expected_revision, plan)?)
    }

    /// Deletes the plan with everything in it and its revisions. Registry partners and units stay.
    pub fn delete_plan(&mut self, plan_id: &str) -> Result<(), CoreError> {
        Ok(self.store.delete_plan(plan_id)?)
    }
}

/// `Norrby stadsdelsförvaltning`, 2025–2027 → `norrby-stadsdelsforvaltning-2025`.
pub(crate) fn slug_base(name: &str, period: Option<Period>) -> String {
    let mut slug = String::new();
    for c in name.trim().chars().flat_map(char::to_lowercase) {
        let ascii = match c {
            'å' | 'ä' | 'à' | 'á' | 'â' | 'ã' => "a",
            'ö' | 'ø' | 'ó' | 'ò' | 'ô' | 'õ' => "o",
            'æ' => "ae",
            'é' | 'è' | 'ê' | 'ë' => "e",
            'ü' | 'ú' | 'ù' | 'û' => "u",
            'í' | 'ì' | 'î' | 'ï' => "i",
            'ð' => "d",
            'þ' => "th",
            'ý' | 'ÿ' => "y",
            'ß' => "ss",
            c if c.is_ascii_alphanumeric() => {
                slug.push(c);
                continue;
            }
            _ => "-",
        };
        // Collapse runs of separators so "Norrby – centrum" gives "norrby-centrum".
        if ascii == "-" && (slug.is_empty() || slug.ends_with('-')) {
            continue;
        }
        slug.push_str(ascii);
    }
    let mut slug = slug.trim_end_matches('-').to_string();
    if slug.is_empty() {
        slug.push_str("plan");
    }
    if let Some(p) = period {
        slug.push_str(&format!("-{}", p.from_year));
    }
    slug
}

fn unique_slug(base: &str, taken: &HashSet<String>) -> String {
    if !taken.contains(base) {
        return base.to_string();
    }
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|s| !taken.contains(s))
        .unwrap_or_else(|| base.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_ascii_and_unique() {
        let p = Some(Period {
            from_year: 2025,
            to_year: 2027,
        });
        assert_eq!(
            slug_base("Norrby stadsdelsförvaltning", p),
            "norrby-stadsdelsforvaltning-2025"
        );
        assert_eq!(slug_base("  Ærø – Øst!! ", None), "aero-ost");
        assert_eq!(slug_base("???", None), "plan");
        let taken: HashSet<String> = ["a-2025".to_string(), "a-2025-2".to_string()].into();
        assert_eq!(unique_slug("a-2025", &taken), "a-2025-3");
        assert_eq!(unique_slug("b", &taken), "b");
    }
}
