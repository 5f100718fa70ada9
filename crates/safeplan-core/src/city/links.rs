//! Linking units' partners and plans' indicators to the city's own, once, and suggesting the
//! links that are likely by name: Jaro–Winkler similarity (strsim), which rewards a shared
//! beginning, fits how units shorten or lengthen one name ("Polisen", "Polisen lokalpolisområde
//! Norrby"). Only entries of the same type (partners) or the same kind, unit and direction
//! (indicators) are ever suggested together.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use safeplan_model::{CityIndicator, CityPartner};

use crate::error::CoreError;
use crate::Safeplan;

/// Names at least this alike (Jaro–Winkler, 0–1, lower-cased) are suggested as one.
pub const NAME_THRESHOLD: f64 = 0.8;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum LinkKind {
    Partner,
    Indicator,
}

/// A link the city may want to make.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct LinkSuggestion {
    pub kind: LinkKind,
    /// The indicator's plan; `None` for a registry partner.
    pub plan_id: Option<String>,
    pub item_id: String,
    pub item_name: String,
    /// The city partner or indicator to link to.
    pub city_name: String,
    /// False when the city entry would be made by the link.
    pub exists: bool,
    /// How alike the names are (0–1).
    pub score: f64,
}

pub(crate) fn name_similarity(a: &str, b: &str) -> f64 {
    strsim::jaro_winkler(&a.trim().to_lowercase(), &b.trim().to_lowercase())
}

/// For each name, the best of `candidates` (name, exists) at or over the threshold.
fn best<'a>(
    name: &str,
    candidates: impl Iterator<Item = (&'a str, bool)>,
) -> Option<(String, bool, f64)> {
    candidates
        .map(|(c, exists)| (c, exists, name_similarity(name, c)))
        .filter(|(_, _, s)| *s >= NAME_THRESHOLD)
        // An existing city entry wins a tie; then the shorter, more general name.
        .max_by(|a, b| {
            a.2.total_cmp(&b.2)
                .then(a.1.cmp(&b.1))
                .then(b.0.chars().count().cmp(&a.0.chars().count()))
        })
        .map(|(c, exists, s)| (c.to_string(), exists, (s * 1000.0).round() / 1000.0))
}

impl Safeplan {
    /// Links a registry partner to the city partner named `city_name` (made, with the registry
    /// partner's type, when the city has none of that name).
    pub fn link_partner(
        &mut self,
        partner_id: &str,
        city_name: &str,
    ) -> Result<CityPartner, CoreError> {
        let partner = self
            .store
            .partners()?
            .into_iter()
            .find(|p| p.id == partner_id)
            .ok_or_else(|| CoreError::NotFound(format!("no partner \"{partner_id}\"")))?;
        let city = CityPartner {
            id: uuid::Uuid::new_v4().to_string(),
            name: city_name.to_string(),
            partner_type: partner.partner_type,
        };
        Ok(self.store.link_partner(partner_id, &city)?)
    }

    /// Links a plan's indicator to the city indicator named `city_name` (made with the
    /// indicator's kind, unit and direction when the city has none of that name).
    pub fn link_indicator(
        &mut self,
        plan: &str,
        indicator_id: &str,
        city_name: &str,
    ) -> Result<CityIndicator, CoreError> {
        let doc = self.plan(plan)?;
        let indicator = doc.indicator(indicator_id).ok_or_else(|| {
            CoreError::NotFound(format!(
                "the plan \"{}\" has no indicator \"{indicator_id}\"",
                doc.plan.slug
            ))
        })?;
        let city = CityIndicator {
            id: uuid::Uuid::new_v4().to_string(),
            name: city_name.to_string(),
            kind: indicator.kind,
            unit: indicator.unit,
            direction: indicator.direction,
        };
        Ok(self
            .store
            .link_indicator(&doc.plan.id, indicator_id, &city)?)
    }

    /// Likely links of every registry partner and plan indicator not yet linked: to the most
    /// alike city entry of the same type (or kind, unit and direction), or, where the city has
    /// none, to a new one named as the shortest of the alike names.
    pub fn link_suggestions(&self) -> Result<Vec<LinkSuggestion>, CoreError> {
        let mut out = Vec::new();
        let city_partners = self.store.city_partners()?;
        let linked: HashSet<String> = self
            .store
            .partner_links()?
            .into_iter()
            .map(|l| l.partner_id)
            .collect();
        let open: Vec<_> = self
            .store
            .partners()?
            .into_iter()
            .filter(|p| !linked.contains(&p.id))
            .collect();
        for p in &open {
            let existing = city_partners
                .iter()
                .filter(|c| c.partner_type == p.partner_type)
                .map(|c| (c.name.as_str(), true));
            let fresh = open
                .iter()
                .filter(|o| o.partner_type == p.partner_type && o.id != p.id)
                .map(|o| (o.name.as_str(), false));
            if let Some((city_name, exists, score)) = best(&p.name, existing.chain(fresh)) {
                out.push(LinkSuggestion {
                    kind: LinkKind::Partner,
                    plan_id: None,
                    item_id: p.id.clone(),
                    item_name: p.name.clone(),
                    city_name: shorter(city_name, &p.name, exists),
                    exists,
                    score,
                });
            }
        }
        let city_indicators = self.store.city_indicators()?;
        let linked: HashSet<(String, String)> = self
            .store
            .indicator_links()?
            .into_iter()
            .map(|l| (l.plan_id, l.indicator_id))
            .collect();
        let plans = self.city_plans()?;
        let open: Vec<(&str, &safeplan_model::Indicator)> = plans
            .iter()
            .flat_map(|p| {
                p.doc
                    .indicators
                    .iter()
                    .map(move |i| (p.doc.plan.id.as_str(), i))
            })
            .filter(|(plan, i)| !linked.contains(&(plan.to_string(), i.id.clone())))
            .collect();
        let same = |a: &safeplan_model::Indicator, kind, unit, direction| {
            a.kind == kind && a.unit == unit && a.direction == direction
        };
        for (plan, i) in &open {
            let existing = city_indicators
                .iter()
                .filter(|c| same(i, c.kind, c.unit, c.direction))
                .map(|c| (c.name.as_str(), true));
            let fresh = open
                .iter()
                .filter(|(op, o)| {
                    (op, &o.id) != (plan, &i.id) && same(i, o.kind, o.unit, o.direction)
                })
                .map(|(_, o)| (o.name.as_str(), false));
            if let Some((city_name, exists, score)) = best(&i.name, existing.chain(fresh)) {
                out.push(LinkSuggestion {
                    kind: LinkKind::Indicator,
                    plan_id: Some(plan.to_string()),
                    item_id: i.id.clone(),
                    item_name: i.name.clone(),
                    city_name: shorter(city_name, &i.name, exists),
                    exists,
                    score,
                });
            }
        }
        Ok(out)
    }
}

/// A new city entry takes the shorter of two alike names: the general one, not a unit's own.
fn shorter(candidate: String, own: &str, exists: bool) -> String {
    if exists || candidate.chars().count() <= own.chars().count() {
        candidate
    } else {
        own.to_string()
    }
}
