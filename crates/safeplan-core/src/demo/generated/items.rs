//! The lists of a generated plan: its indicators with their yearly figures, and its measures with
//! their partners (each unit's own registry entries, under the names that unit uses), follow-up
//! targets and the flaws a plan is given on purpose.

use std::collections::BTreeMap;

use safeplan_model::{
    Budget, Challenge, Evidence, ExpectedEffect, Indicator, IndicatorKind, IndicatorUnit, Measure,
    MeasurePartner, MeasureStatus, Partner, PreventionLevel,
};

use super::super::assembly::{date, target};
use super::super::indicators::{self as ind, IndicatorSpec};
use super::super::series::{observations, Series, Wobble};
use super::catalogue::{Method, PARTNER_NAMES};
use super::{local, Flaw, UnitPlan};

/// The last year with published figures.
const LAST_FIGURES: i32 = 2025;

const INDICATORS: &[&IndicatorSpec] = &[
    &ind::CRIME_TOTAL,
    &ind::ASSAULT,
    &ind::VANDALISM,
    &ind::ROBBERY,
    &ind::SHOOTINGS,
    &ind::HATE_CRIME,
    &ind::BURGLARY,
    &ind::UNSAFE_EVENING,
    &ind::AVOIDS_ACTIVITIES,
    &ind::WORRY_NTU,
    &ind::PUPILS_SAFE,
    &ind::ELIGIBILITY,
    &ind::ABSENCE,
    &ind::NEET,
    &ind::ONLINE_ABUSE,
    &ind::LEISURE_VISITORS,
    &ind::SUMMER_JOBS,
    &ind::EXIT_CLIENTS,
    &ind::SSPF_YOUTH,
    &ind::SAFETY_WALKS,
];

pub(super) fn indicators(spec: &UnitPlan, methods: &[&Method], rng: &mut Wobble) -> Vec<Indicator> {
    let count = 8 + rng.below(5) as usize;
    let mut scored: Vec<(u64, &IndicatorSpec)> = INDICATORS
        .iter()
        .map(|s| {
            let wanted = methods
                .iter()
                .filter(|m| m.spec.follow_up.contains(&s.key))
                .count() as u64;
            (wanted * 10 + rng.below(10), *s)
        })
        .collect();
    scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.key.cmp(b.1.key)));
    scored
        .iter()
        .take(count)
        .enumerate()
        .map(|(n, (_, s))| {
            let id = format!("{}-i{:02}", spec.id(), n + 1);
            let years = 6 + rng.below(5) as i32;
            let start = match s.unit {
                IndicatorUnit::Count => 8.0 + rng.below(60) as f64,
                IndicatorUnit::Per100k => 300.0 + rng.below(3_000) as f64,
                IndicatorUnit::Percent => 15.0 + rng.below(60) as f64,
                IndicatorUnit::Index => 40.0 + rng.below(50) as f64,
            };
            let change = 0.7 + rng.below(60) as f64 / 100.0;
            let end = match s.unit {
                IndicatorUnit::Percent | IndicatorUnit::Index => (start * change).min(98.0),
                _ => start * change,
            };
            let series = Series::Trend {
                from: LAST_FIGURES - years + 1,
                to: LAST_FIGURES,
                step: 1,
                start,
                end,
                wobble: 0.05,
            };
            let points = series.points(s.unit, &id);
            let name = if rng.below(3) == 0 {
                format!("{} i {}", s.name, spec.area)
            } else {
                s.name.to_string()
            };
            Indicator {
                observations: observations(&points, s.unit, s.published, true, false, false),
                id,
                name,
                kind: s.kind,
                unit: s.unit,
                source: local(s.source, spec),
                definition: s.definition.to_string(),
                direction: s.direction,
            }
        })
        .collect()
}

#[allow(clippy::too_many_arguments)]
pub(super) fn measure(
    spec: &UnitPlan,
    number: usize,
    method: &Method,
    challenges: &[Challenge],
    indicators: &[Indicator],
    registry: &BTreeMap<String, Partner>,
    partners: &mut BTreeMap<String, Partner>,
    rng: &mut Wobble,
) -> Measure {
    let s = method.spec;
    let period = spec.period();
    let title = match method.titles.len() {
        0 => s.title.to_string(),
        n => method.titles[rng.below(n as u64) as usize].to_string(),
    };
    let owner = local(s.owner, spec);
    let mut description = local(s.description, spec);
    if rng.below(2) == 0 {
        description.push_str(&format!(
            " I {} samordnas arbetet av {}.",
            spec.area,
            owner.to_lowercase()
        ));
    }
    let answered: Vec<String> = challenges
        .iter()
        .filter(|c| method.answers.contains(&c.category))
        .take(2)
        .map(|c| c.id.clone())
        .collect();
    let mut follow_up: Vec<_> = s
        .follow_up
        .iter()
        .filter_map(|key| {
            let spec_name = INDICATORS.iter().find(|i| i.key == *key)?.name;
            indicators.iter().find(|i| i.name.starts_with(spec_name))
        })
        .take(2)
        .map(|i| target(i, period.to_year))
        .collect();
    if follow_up.is_empty() {
        let fallback = indicators
            .iter()
            .find(|i| i.kind == IndicatorKind::Activity)
            .or(indicators.first());
        follow_up.extend(fallback.map(|i| target(i, period.to_year)));
    }
    let measure_partners = s
        .partners
        .iter()
        .filter_map(|&(key, role)| {
            let entry = registry.get(key)?;
            let id = format!("{}-p-{key}", spec.id());
            partners
                .entry(id.clone())
                .or_insert_with(|| unit_partner(spec, key, entry, &id));
            Some(MeasurePartner {
                partner_id: id,
                role,
            })
        })
        .collect();
    let ongoing = rng.below(2) == 0;
    let start_year = if ongoing {
        period.from_year - 1 - rng.below(3) as i32
    } else {
        period.from_year
    };
    let years = i64::from(period.to_year - start_year.max(period.from_year) + 1);
    Measure {
        id: format!("{}-m{:02}", spec.id(), number),
        title: local(&title, spec),
        description,
        level: Some(s.level),
        challenge_ids: answered,
        themes: s.themes.to_vec(),
        owner,
        partners: measure_partners,
        target_group: s.target_group.to_string(),
        area: local(s.area, spec),
        start: Some(date(&format!("{start_year}-0{}-01", 1 + rng.below(9)))),
        end: Some(date(&format!("{}-12-31", period.to_year))),
        status: if ongoing {
            MeasureStatus::Ongoing
        } else {
            MeasureStatus::Planned
        },
        budget: s.yearly_budget.map(|per_year| Budget {
            amount: (per_year * years / 10_000) * 10_000,
            currency: "SEK".to_string(),
        }),
        evidence: Evidence {
            level: Some(s.evidence),
            note: local(s.evidence_note, spec),
        },
        expected_effect: ExpectedEffect {
            term: Some(s.effect_term),
            text: s.effect.to_string(),
        },
        follow_up,
    }
}

/// The unit's own registry entry for a partner, under the name this unit uses for it.
fn unit_partner(spec: &UnitPlan, key: &str, entry: &Partner, id: &str) -> Partner {
    let mut rng = Wobble::seeded(id);
    let names: Vec<String> = match PARTNER_NAMES.iter().find(|(k, _)| *k == key) {
        Some((_, names)) => names.iter().map(|n| local(n, spec)).collect(),
        None => {
            let full = local(&entry.name, spec);
            let short = full.split(',').next().unwrap_or(&full).trim().to_string();
            vec![full, short]
        }
    };
    Partner {
        id: id.to_string(),
        name: names[rng.below(names.len() as u64) as usize].clone(),
        partner_type: entry.partner_type,
        contact_role: entry.contact_role.clone(),
        notes: local(&entry.notes, spec),
    }
}

/// Every challenge answered by some measure (R3): one that no method fits is taken up by the
/// measure answering the fewest challenges.
pub(super) fn answer_every_challenge(challenges: &[Challenge], measures: &mut [Measure]) {
    for c in challenges {
        if measures.iter().any(|m| m.challenge_ids.contains(&c.id)) {
            continue;
        }
        if let Some(m) = measures.iter_mut().min_by_key(|m| m.challenge_ids.len()) {
            m.challenge_ids.push(c.id.clone());
        }
    }
    for m in measures.iter_mut().filter(|m| m.challenge_ids.is_empty()) {
        m.challenge_ids.push(challenges[0].id.clone());
    }
}

pub(super) fn apply_flaws(spec: &UnitPlan, measures: &mut [Measure]) {
    let period = spec.period();
    // Every third plan has a measure that ended before its period: finished work carried over.
    if spec.index % 3 == 2 {
        if let Some(m) = measures.first_mut() {
            m.status = MeasureStatus::Completed;
            m.start = Some(date(&format!("{}-01-01", period.from_year - 3)));
            m.end = Some(date(&format!("{}-12-31", period.from_year - 1)));
        }
    }
    match spec.flaw() {
        Flaw::None => {}
        Flaw::Warnings => {
            if let Some(m) = measures
                .iter_mut()
                .find(|m| m.level == Some(PreventionLevel::Selective))
            {
                m.partners.clear();
            }
        }
        Flaw::Errors => {
            if let Some(m) = measures.get_mut(1) {
                m.owner.clear();
            }
            if let Some(m) = measures.get_mut(3) {
                m.follow_up.clear();
            }
        }
    }
}
