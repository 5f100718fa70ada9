//! Partner load: each city partner (with the units' registry partners linked to it counted as
//! one) and each registry partner not yet linked, with the units, plans and measures that depend
//! on it and in which role. The police in 15 of 18 plans is a fact the city must see.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use safeplan_model::{CityPartner, PartnerLink, PartnerRole, PartnerType};

use super::CityPlan;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct PartnerLoad {
    /// Set for a city partner; `None` for a registry partner not linked to one.
    pub city_partner_id: Option<String>,
    pub name: String,
    pub partner_type: PartnerType,
    /// The names the units use for it, sorted.
    pub names: Vec<String>,
    pub units: u32,
    pub plans: u32,
    pub measures: u32,
    pub lead: u32,
    pub partner: u32,
    pub funder: u32,
}

#[derive(Default)]
struct Tally<'a> {
    names: BTreeSet<String>,
    units: BTreeSet<&'a str>,
    plans: BTreeSet<&'a str>,
    measures: u32,
    roles: [u32; 3],
}

pub(super) fn load(
    plans: &[&CityPlan],
    city_partners: &[CityPartner],
    links: &[PartnerLink],
) -> Vec<PartnerLoad> {
    let city: HashMap<&str, &CityPartner> =
        city_partners.iter().map(|c| (c.id.as_str(), c)).collect();
    let linked: HashMap<&str, &CityPartner> = links
        .iter()
        .filter_map(|l| {
            Some((
                l.partner_id.as_str(),
                *city.get(l.city_partner_id.as_str())?,
            ))
        })
        .collect();
    // Keyed by (is a city partner, id): a city partner and a registry partner never share a line.
    // Ordered, so two units' partners of one name (each its own line) keep one order on every run.
    let mut tallies: BTreeMap<(bool, String), (String, PartnerType, Tally)> = BTreeMap::new();
    for p in plans {
        for m in &p.doc.measures {
            for mp in &m.partners {
                let Some(registry) = p.doc.partner(&mp.partner_id) else {
                    continue;
                };
                let (key, name, partner_type) = match linked.get(mp.partner_id.as_str()) {
                    Some(c) => ((true, c.id.clone()), c.name.clone(), c.partner_type),
                    None => (
                        (false, registry.id.clone()),
                        registry.name.clone(),
                        registry.partner_type,
                    ),
                };
                let (_, _, t) = tallies
                    .entry(key)
                    .or_insert_with(|| (name, partner_type, Tally::default()));
                t.names.insert(registry.name.clone());
                t.units.insert(p.unit_key());
                t.plans.insert(&p.doc.plan.id);
                t.measures += 1;
                let role = match mp.role {
                    PartnerRole::Lead => 0,
                    PartnerRole::Partner => 1,
                    PartnerRole::Funder => 2,
                };
                t.roles[role] += 1;
            }
        }
    }
    let mut out: Vec<PartnerLoad> = tallies
        .into_iter()
        .map(|((is_city, id), (name, partner_type, t))| PartnerLoad {
            city_partner_id: is_city.then_some(id),
            name,
            partner_type,
            names: t.names.into_iter().collect(),
            units: t.units.len() as u32,
            plans: t.plans.len() as u32,
            measures: t.measures,
            lead: t.roles[0],
            partner: t.roles[1],
            funder: t.roles[2],
        })
        .collect();
    out.sort_by(|a, b| {
        b.units
            .cmp(&a.units)
            .then(b.measures.cmp(&a.measures))
            .then(a.name.cmp(&b.name))
            .then(a.city_partner_id.cmp(&b.city_partner_id))
    });
    out
}
