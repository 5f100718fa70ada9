//! What the city view asks for beside the figures: every registry partner and every plan
//! indicator with the city entry it is linked to (if any), the city's two catalogues, the
//! unlinking of one entry, and the coverage matrix for chosen units only. A wrong link must be as
//! easy to take back as it was to make, or the partner load and the side-by-side figures would
//! carry the mistake for good.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use safeplan_model::{
    CityIndicator, CityPartner, Direction, IndicatorKind, IndicatorUnit, PartnerType,
};

use safeplan_model::PlanStatus;

use super::{coverage, CityPlan, Coverage};
use crate::error::CoreError;
use crate::Safeplan;

/// A registry partner and the city partner it counts as.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct LinkablePartner {
    pub partner_id: String,
    pub name: String,
    pub partner_type: PartnerType,
    pub city_partner_id: Option<String>,
}

/// A plan's indicator and the city indicator it counts as.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct LinkableIndicator {
    pub plan_id: String,
    pub slug: String,
    pub unit_name: Option<String>,
    pub indicator_id: String,
    pub name: String,
    pub kind: IndicatorKind,
    pub unit: IndicatorUnit,
    pub direction: Direction,
    pub city_indicator_id: Option<String>,
}

/// Both catalogues and everything that may be linked to them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct CityLinks {
    pub city_partners: Vec<CityPartner>,
    pub partners: Vec<LinkablePartner>,
    pub city_indicators: Vec<CityIndicator>,
    pub indicators: Vec<LinkableIndicator>,
}

impl Safeplan {
    /// The city's catalogues, with each registry partner (by name) and each plan's indicator (by
    /// unit, plan and the plan's order) and its link.
    pub fn city_links(&self) -> Result<CityLinks, CoreError> {
        let partner_links: HashMap<String, String> = self
            .store
            .partner_links()?
            .into_iter()
            .map(|l| (l.partner_id, l.city_partner_id))
            .collect();
        let mut partners: Vec<LinkablePartner> = self
            .store
            .partners()?
            .into_iter()
            .map(|p| LinkablePartner {
                city_partner_id: partner_links.get(&p.id).cloned(),
                partner_id: p.id,
                name: p.name,
                partner_type: p.partner_type,
            })
            .collect();
        partners.sort_by(|a, b| (&a.name, &a.partner_id).cmp(&(&b.name, &b.partner_id)));
        let indicator_links: HashMap<(String, String), String> = self
            .store
            .indicator_links()?
            .into_iter()
            .map(|l| ((l.plan_id, l.indicator_id), l.city_indicator_id))
            .collect();
        let mut plans = self.city_plans()?;
        plans.sort_by(|a, b| {
            (&a.unit_name, &a.doc.plan.slug).cmp(&(&b.unit_name, &b.doc.plan.slug))
        });
        let indicators = plans
            .iter()
            .flat_map(|p| {
                let links = &indicator_links;
                p.doc.indicators.iter().map(move |i| LinkableIndicator {
                    plan_id: p.doc.plan.id.clone(),
                    slug: p.doc.plan.slug.clone(),
                    unit_name: p.unit_name.clone(),
                    indicator_id: i.id.clone(),
                    name: i.name.clone(),
                    kind: i.kind,
                    unit: i.unit,
                    direction: i.direction,
                    city_indicator_id: links.get(&(p.doc.plan.id.clone(), i.id.clone())).cloned(),
                })
            })
            .collect();
        Ok(CityLinks {
            city_partners: self.store.city_partners()?,
            partners,
            city_indicators: self.store.city_indicators()?,
            indicators,
        })
    }

    /// The coverage matrix over the live plans of the units in `units` (a unit's id, or a plan's id
    /// for a plan that names no unit); all units when `units` is empty.
    pub fn city_coverage(&self, units: &[String]) -> Result<Coverage, CoreError> {
        let all = self.city_plans()?;
        let chosen: Vec<&CityPlan> = all
            .iter()
            .filter(|p| p.doc.plan.status != PlanStatus::Archived)
            .filter(|p| units.is_empty() || units.iter().any(|u| u == p.unit_key()))
            .collect();
        Ok(coverage::coverage(&chosen))
    }

    /// Forgets the registry partner's link; refused with `not_found` when it has none.
    pub fn unlink_partner(&mut self, partner_id: &str) -> Result<(), CoreError> {
        if self.store.unlink_partner(partner_id)? {
            Ok(())
        } else {
            Err(CoreError::NotFound(format!(
                "the partner \"{partner_id}\" is not linked to a city partner"
            )))
        }
    }

    /// Forgets the plan indicator's link; refused with `not_found` when it has none.
    pub fn unlink_indicator(&mut self, plan: &str, indicator_id: &str) -> Result<(), CoreError> {
        let plan_id = self.plan(plan)?.plan.id;
        if self.store.unlink_indicator(&plan_id, indicator_id)? {
            Ok(())
        } else {
            Err(CoreError::NotFound(format!(
                "the indicator \"{indicator_id}\" of the plan \"{plan}\" is not linked to a city indicator"
            )))
        }
    }
}
