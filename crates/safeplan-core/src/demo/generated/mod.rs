//! Storholm, a generated city of any size: `safeplan demo --units 18` makes 13 districts and 5
//! specialist departments, as Stockholm has, for the city view's tests and benchmarks. Each plan
//! draws 20–30 measures across the three prevention levels from the shared catalogue, 8–12
//! indicators with 6–10 years of figures, and challenges in the categories its area has; units name
//! the same partner and the same method slightly differently, as real units do.
//!
//! Deterministic like Sundholm: every choice comes from [`Wobble`] seeded with the unit's id and
//! nothing reads the clock, so the same size always gives the same city.

mod catalogue;
mod items;
mod texts;

use std::collections::BTreeMap;

use safeplan_model::{
    Challenge, ChallengeCategory, FollowUpPlan, Measure, Partner, Period, Plan, PlanDocument,
    PlanStatus, PreventionLevel, Responsibility, Revision, TeamMember, Unit, UnitKind,
};

use super::assembly::date;
use super::registry;
use super::routines::{self, Routine};
use super::series::Wobble;
use super::{DemoCity, DemoPlan};
use catalogue::{Method, COMPASS, DEPARTMENTS, DISTRICTS, METHODS, PEOPLE};
use items::{answer_every_challenge, apply_flaws, indicators, measure};

/// The generated city's name, as its units name it.
pub const GENERATED_CITY: &str = "Storholms stad";
/// The city's short name, put where the catalogue says "Sundholm".
const STEM: &str = "Storholm";
/// Stockholm's split: 13 districts in 18 units; the rest are departments.
const DISTRICT_SHARE: (usize, usize) = (13, 18);

/// The readiness each plan is given on purpose, by its place in the city (cycling): most are
/// ready, some carry warnings, a few drafts have errors.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Flaw {
    None,
    /// An indicator without a source (R6) and a selective measure without partners (R8).
    Warnings,
    /// A measure without an owner and one without a follow-up indicator (R5).
    Errors,
}

struct UnitPlan {
    index: usize,
    key: String,
    name: String,
    kind: UnitKind,
    /// What the plan calls the place it covers: the district, or the whole city.
    area: String,
}

impl UnitPlan {
    /// Short, so that a long department's key and a long partner key still make an id of at
    /// most 64 characters (`sth-arbetsmarknadsforvaltningen-18-p-utbildningsforvaltningen`).
    fn id(&self) -> String {
        format!("sth-{}", self.key)
    }

    fn unit(&self) -> Unit {
        Unit {
            id: self.id(),
            name: self.name.clone(),
            kind: self.kind,
            city: GENERATED_CITY.to_string(),
        }
    }

    fn status(&self) -> PlanStatus {
        const CYCLE: [PlanStatus; 9] = [
            PlanStatus::Approved,
            PlanStatus::InReview,
            PlanStatus::Approved,
            PlanStatus::Submitted,
            PlanStatus::Draft,
            PlanStatus::Approved,
            PlanStatus::ChangesRequested,
            PlanStatus::Approved,
            PlanStatus::Submitted,
        ];
        CYCLE[self.index % CYCLE.len()]
    }

    fn flaw(&self) -> Flaw {
        match (self.status(), self.index % 3) {
            (PlanStatus::Draft, _) => Flaw::Errors,
            (_, 1) => Flaw::Warnings,
            _ => Flaw::None,
        }
    }

    /// One plan in the city (the eighth) is an old one whose period has run out.
    fn period(&self) -> Period {
        let (from_year, to_year) = match self.index % 9 {
            7 => (2021, 2024),
            n if n % 3 == 0 => (2026, 2029),
            n if n % 3 == 1 => (2025, 2027),
            _ => (2027, 2030),
        };
        Period { from_year, to_year }
    }
}

/// Builds a city of `units` units (at least one). Same output for the same size.
pub fn storholm(units: usize) -> DemoCity {
    let specs = unit_plans(units.max(1));
    let registry: BTreeMap<String, Partner> = registry::partners()
        .into_iter()
        .map(|p| (p.id.trim_start_matches("sundholm-p-").to_string(), p))
        .collect();
    let mut partners = Vec::new();
    let mut plans = Vec::new();
    for spec in &specs {
        let document = document(spec, &registry);
        partners.extend(document.partners.iter().cloned());
        let revisions = revisions(spec, &document);
        plans.push(DemoPlan {
            document,
            revisions,
        });
    }
    DemoCity {
        units: specs.iter().map(UnitPlan::unit).collect(),
        partners,
        plans,
    }
}

fn unit_plans(n: usize) -> Vec<UnitPlan> {
    let districts = (n * DISTRICT_SHARE.0 / DISTRICT_SHARE.1).max(1);
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        let (name, kind, area) = if i < districts {
            let base = DISTRICTS[i % DISTRICTS.len()];
            let round = i / DISTRICTS.len();
            let name = match round {
                0 => base.to_string(),
                r if r <= COMPASS.len() => format!("{} {base}", COMPASS[r - 1]),
                r => format!("{} {base} {}", COMPASS[(r - 1) % COMPASS.len()], r),
            };
            (name.clone(), UnitKind::District, name)
        } else {
            let j = i - districts;
            let base = DEPARTMENTS[j % DEPARTMENTS.len()];
            let name = match j / DEPARTMENTS.len() {
                0 => base.to_string(),
                r => format!("{base} {}", r + 1),
            };
            (name, UnitKind::Department, STEM.to_string())
        };
        out.push(UnitPlan {
            index: i,
            key: crate::plans::slug_base(&name, None),
            name,
            kind,
            area,
        });
    }
    out
}

/// Puts the unit and city into a catalogue text written for Sundholm.
fn local(text: &str, spec: &UnitPlan) -> String {
    text.replace("{enhet}", &spec.name)
        .replace("{område}", &spec.area)
        .replace("{stad}", STEM)
        .replace("Sundholm", STEM)
}

fn document(spec: &UnitPlan, registry: &BTreeMap<String, Partner>) -> PlanDocument {
    let mut rng = Wobble::seeded(&spec.id());
    let challenges = challenges(spec, &mut rng);
    let methods = pick_methods(&challenges, &mut rng);
    let mut indicators = indicators(spec, &methods, &mut rng);
    if spec.flaw() == Flaw::Warnings {
        if let Some(i) = indicators.last_mut() {
            i.source.clear();
        }
    }
    let mut partners: BTreeMap<String, Partner> = BTreeMap::new();
    let mut measures: Vec<Measure> = methods
        .iter()
        .enumerate()
        .map(|(n, method)| {
            measure(
                spec,
                n + 1,
                method,
                &challenges,
                &indicators,
                registry,
                &mut partners,
                &mut rng,
            )
        })
        .collect();
    answer_every_challenge(&challenges, &mut measures);
    apply_flaws(spec, &mut measures);
    partners.retain(|id, _| {
        measures
            .iter()
            .any(|m| m.partners.iter().any(|p| &p.partner_id == id))
    });
    PlanDocument {
        unit: Some(spec.unit()),
        plan: plan(spec, &mut rng),
        challenges,
        indicators,
        measures,
        partners: partners.into_values().collect(),
        responsibilities: responsibilities(spec),
        comments: Vec::new(),
    }
}

fn plan(spec: &UnitPlan, rng: &mut Wobble) -> Plan {
    let period = spec.period();
    let status = spec.status();
    let decision_body = match spec.kind {
        UnitKind::District => format!("{} stadsdelsnämnd", spec.name),
        UnitKind::Department => spec
            .name
            .replace("förvaltningen", "nämnden")
            .replace("kontoret", "nämnden"),
    };
    let person = |n: u64| PEOPLE[n as usize % PEOPLE.len()].to_string();
    Plan {
        id: format!("{}-plan", spec.id()),
        slug: format!("{}-{}", spec.key, period.from_year),
        unit_id: Some(spec.id()),
        title: format!(
            "Handlingsplan mot brott, hat och våldsbejakande extremism – {} {}–{}",
            spec.name, period.from_year, period.to_year
        ),
        period: Some(period),
        status,
        language: safeplan_model::Language::Sv,
        template: "district-plan".to_string(),
        decision_body: decision_body.clone(),
        adoption_date: (status == PlanStatus::Approved)
            .then(|| date(&format!("{}-12-{:02}", period.from_year - 1, 10 + rng.below(10)))),
        team: vec![
            TeamMember {
                name: person(rng.below(100)),
                role: "Trygghetssamordnare".to_string(),
            },
            TeamMember {
                name: person(rng.below(100)),
                role: "Utredare".to_string(),
            },
        ],
        revision: 5 + rng.below(40) as i64,
        lagesbild: texts::lagesbild(
            &spec.area,
            6_000 + rng.below(9_000) as u32,
            18 + rng.below(25) as u32,
        ),
        terms: Vec::new(),
        follow_up: FollowUpPlan {
            when: "Varje höst, inför budgetarbetet".to_string(),
            how: "Indikatorerna och åtgärdernas status sammanställs och analyseras med samverkansparterna."
                .to_string(),
            by_whom: format!("Trygghetssamordnaren, {}", spec.name),
            reported_to: decision_body,
        },
    }
}

/// Challenges in the categories this unit has: young people and public space everywhere, one
/// category that moves along the city so that every category occurs, and a few drawn at random.
fn challenges(spec: &UnitPlan, rng: &mut Wobble) -> Vec<Challenge> {
    let all = ChallengeCategory::ALL;
    let mut categories = vec![all[spec.index % all.len()]];
    for c in [
        ChallengeCategory::YouthAntisocial,
        ChallengeCategory::PublicSpaceInsecurity,
    ] {
        if !categories.contains(&c) {
            categories.push(c);
        }
    }
    for _ in 0..1 + rng.below(3) {
        let c = all[rng.below(all.len() as u64) as usize];
        if !categories.contains(&c) {
            categories.push(c);
        }
    }
    categories
        .iter()
        .enumerate()
        .map(|(n, category)| {
            let (_, title, description, groups, places) = texts::CHALLENGES
                .iter()
                .find(|t| t.0 == *category)
                .copied()
                .unwrap_or(texts::CHALLENGES[0]);
            Challenge {
                id: format!("{}-c{:02}", spec.id(), n + 1),
                title: local(title, spec),
                category: *category,
                description: local(description, spec),
                affected_groups: groups.to_string(),
                places: places.to_string(),
                trend: safeplan_model::Trend::ALL[rng.below(4) as usize],
                priority: if n == 0 { 1 } else { 2 + rng.below(2) as u8 },
            }
        })
        .collect()
}

/// 20–30 methods, those answering the unit's challenges first, with each level present.
fn pick_methods(challenges: &[Challenge], rng: &mut Wobble) -> Vec<&'static Method> {
    let count = 20 + rng.below(11) as usize;
    let mut scored: Vec<(u64, &Method)> = METHODS
        .iter()
        .map(|m| {
            let fits = m
                .answers
                .iter()
                .filter(|c| challenges.iter().any(|ch| ch.category == **c))
                .count() as u64;
            (fits * 100 + rng.below(100), m)
        })
        .collect();
    scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.key.cmp(b.1.key)));
    let mut chosen: Vec<&Method> = scored.iter().take(count).map(|(_, m)| *m).collect();
    for level in PreventionLevel::ALL {
        if !chosen.iter().any(|m| m.spec.level == *level) {
            if let Some((_, m)) = scored.iter().find(|(_, m)| m.spec.level == *level) {
                chosen.pop();
                chosen.push(m);
            }
        }
    }
    // Catalogue order reads better than score order: universal work first.
    chosen.sort_by_key(|m| (m.spec.level, METHODS.iter().position(|x| x.key == m.key)));
    chosen
}

fn responsibilities(spec: &UnitPlan) -> Vec<Responsibility> {
    let routines: [&Routine; 2] = [&routines::SHOOTING, &routines::RADICALISATION];
    routines
        .iter()
        .enumerate()
        .map(
            |(n, &&(situation, who, steps, escalation))| Responsibility {
                id: format!("{}-r{:02}", spec.id(), n + 1),
                situation: situation.to_string(),
                who_acts: local(who, spec),
                steps: steps.iter().map(|s| local(s, spec)).collect(),
                escalation: local(escalation, spec),
            },
        )
        .collect()
}

/// One snapshot at the plan's latest status change; a draft has none.
fn revisions(spec: &UnitPlan, document: &PlanDocument) -> Vec<Revision> {
    if document.plan.status == PlanStatus::Draft {
        return Vec::new();
    }
    let year = spec.period().from_year - 1;
    vec![Revision {
        number: 1,
        status: document.plan.status,
        created_at: format!("{year}-11-{:02}T09:00:00Z", 1 + spec.index % 28),
        author_name: String::new(),
        author_role: None,
        message: String::new(),
        snapshot: Box::new(document.clone()),
    }]
}

#[cfg(test)]
mod tests;

/// The catalogue method a generated measure was made from, known by its description's opening,
/// for the tests that must know which measures truly are the same method.
#[cfg(test)]
pub(crate) fn method_key(description: &str) -> Option<&'static str> {
    METHODS
        .iter()
        .find(|m| {
            let opening: String = m
                .spec
                .description
                .replace("Sundholm", STEM)
                .chars()
                .take(60)
                .collect();
            !opening.contains('{') && description.starts_with(&opening)
        })
        .map(|m| m.key)
}
