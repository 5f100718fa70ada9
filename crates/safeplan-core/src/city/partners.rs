//! Partner load: each city partner (with the units' registry partners linked to it, or not linked
//! but of its very name, counted as one) and each name of registry partners not yet linked (the
//! same name in several units is one partner to the executive office, before anyone links it),
//! with the units, plans and measures that depend on it and in which role. The police in 15 of 18 plans is a fact the city must see,
//! even before the units' spellings are linked.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use safeplan_model::{CityPartner, PartnerLink, PartnerRole, PartnerType};

use super::CityPlan;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct PartnerLoad {
    /// Set for a city partner; `None` for registry partners not linked to one, counted together
    /// by name (letter case and spacing aside).
    pub city_partner_id: Option<String>,
    /// The units' registry partners this line counts that are not linked to a city partner (on a
    /// city partner's line: those counted by its name): the ones to link so that other spellings
    /// are counted with them, and the count stays when the city partner is renamed.
    pub unlinked_ids: Vec<String>,
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
    unlinked: BTreeSet<&'a str>,
    units: BTreeSet<&'a str>,
    plans: BTreeSet<&'a str>,
    measures: u32,
    roles: [u32; 3],
}

/// What makes two unlinked partners' names one: letter case and runs of spaces do not count.
fn name_key(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
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
    // A partner not linked yet but named as a city partner is, is that city partner to the reader.
    let by_name: HashMap<String, &CityPartner> = city_partners
        .iter()
        .map(|c| (name_key(&c.name), c))
        .collect();
    // Keyed by (is a city partner, its id or the unlinked partners' name). Ordered, so the lines
    // keep one order on every run.
    let mut tallies: BTreeMap<(bool, String), (String, PartnerType, Tally)> = BTreeMap::new();
    for p in plans {
        for m in &p.doc.measures {
            for mp in &m.partners {
                let Some(registry) = p.doc.partner(&mp.partner_id) else {
                    continue;
                };
                let link = linked.get(mp.partner_id.as_str());
                let same_name = || by_name.get(&name_key(&registry.name));
                let (key, name, partner_type) = match link.or_else(same_name) {
                    Some(c) => ((true, c.id.clone()), c.name.clone(), c.partner_type),
                    None => (
                        (false, name_key(&registry.name)),
                        registry.name.clone(),
                        registry.partner_type,
                    ),
                };
                let (_, _, t) = tallies
                    .entry(key)
                    .or_insert_with(|| (name, partner_type, Tally::default()));
                t.names.insert(registry.name.clone());
                if link.is_none() {
                    t.unlinked.insert(&registry.id);
                }
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
            unlinked_ids: t.unlinked.into_iter().map(str::to_string).collect(),
            // Unlinked, the line goes by the first of its spellings, whichever unit came first.
            name: match is_city {
                true => name,
                false => t.names.first().cloned().unwrap_or(name),
            },
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
