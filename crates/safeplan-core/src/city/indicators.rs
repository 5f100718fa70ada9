//! One city indicator's figures side by side across the units whose indicators are linked to
//! it: one row of periods shared by every unit, and each unit's values on it (absent where the
//! unit has no figure for a period, or holds it back because it is small).

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use safeplan_model::{CityIndicator, IndicatorLink};

use super::CityPlan;
use crate::error::CoreError;
use crate::Safeplan;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct CityIndicatorView {
    pub indicator: CityIndicator,
    /// Every period any unit has a figure for, in order.
    pub periods: Vec<String>,
    pub series: Vec<UnitSeries>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct UnitSeries {
    pub plan_id: String,
    pub slug: String,
    pub unit_name: Option<String>,
    pub indicator_id: String,
    /// What the unit calls it.
    pub indicator_name: String,
    /// One per period, in the order of `periods`.
    pub values: Vec<Option<f64>>,
}

impl Safeplan {
    /// The city indicator named or with id `name_or_id`, with its linked units' figures.
    pub fn city_indicator(&self, name_or_id: &str) -> Result<CityIndicatorView, CoreError> {
        let indicator = self
            .store
            .city_indicators()?
            .into_iter()
            .find(|c| c.id == name_or_id || c.name == name_or_id)
            .ok_or_else(|| CoreError::NotFound(format!("no city indicator \"{name_or_id}\"")))?;
        let links = self.store.indicator_links()?;
        Ok(side_by_side(indicator, &links, &self.city_plans()?))
    }
}

/// The city indicator with the figures of every plan among `plans` whose indicator is linked to it.
pub(super) fn side_by_side(
    indicator: CityIndicator,
    links: &[IndicatorLink],
    plans: &[CityPlan],
) -> CityIndicatorView {
    let links: Vec<&IndicatorLink> = links
        .iter()
        .filter(|l| l.city_indicator_id == indicator.id)
        .collect();
    let mut found = Vec::new();
    for p in plans {
        for link in links.iter().filter(|l| l.plan_id == p.doc.plan.id) {
            // A link outlives a plan update that dropped the indicator; it then shows nothing.
            if let Some(i) = p.doc.indicator(&link.indicator_id) {
                found.push((
                    p.doc.plan.id.clone(),
                    p.doc.plan.slug.clone(),
                    p.unit_name.clone(),
                    i.clone(),
                ));
            }
        }
    }
    let periods: BTreeSet<String> = found
        .iter()
        .flat_map(|(.., i)| i.observations.iter().map(|o| o.period.clone()))
        .collect();
    let periods: Vec<String> = periods.into_iter().collect();
    let mut series: Vec<UnitSeries> = found
        .into_iter()
        .map(|(plan_id, slug, unit_name, i)| UnitSeries {
            values: periods
                .iter()
                .map(|period| {
                    i.observations
                        .iter()
                        .find(|o| &o.period == period)
                        .and_then(|o| o.value)
                })
                .collect(),
            plan_id,
            slug,
            unit_name,
            indicator_id: i.id,
            indicator_name: i.name,
        })
        .collect();
    series.sort_by(|a, b| (&a.unit_name, &a.slug).cmp(&(&b.unit_name, &b.slug)));
    CityIndicatorView {
        indicator,
        periods,
        series,
    }
}
