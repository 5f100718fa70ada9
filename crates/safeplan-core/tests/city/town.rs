//! A small hand-made city, small enough to work out every figure by hand:
//!
//! | unit | plan | period | challenges | measures |
//! |---|---|---|---|---|
//! | Alby | alby-2019 (archived) | 2019–2021 | – | – |
//! | Alby | alby-2025 | 2025–2027 | c1 gang crime (priority 1), c2 public space (2) | m1 "Sluta skjut" indicated → c1, police lead; m2 "Trygghetsvandringar" universal → c2, no owner, no follow-up, ends 2026 |
//! | Bro | bro-2026 | 2026–2028 | c1 gang crime (priority 1) | m1 "Sluta skjut i Bro" indicated → c1, police lead, housing funder; m2 "Feriejobb" universal → c1, police partner |
//! | Centrum | – | – | – | – |

use safeplan_core::Safeplan;
use safeplan_model::*;

pub fn date(s: &str) -> IsoDate {
    IsoDate::parse(s).unwrap()
}

/// A plan document as a package's bytes.
pub fn package(doc: &PlanDocument, revisions: &[Revision]) -> Vec<u8> {
    let mut v = serde_json::to_value(doc).unwrap();
    v["format"] = "safeplan-plan-package".into();
    v["schema_version"] = 1.into();
    v["exported_with"] = "test".into();
    v["revisions"] = serde_json::to_value(revisions).unwrap();
    serde_json::to_vec_pretty(&v).unwrap()
}

fn unit(id: &str, name: &str) -> Unit {
    Unit {
        id: id.into(),
        name: name.into(),
        kind: UnitKind::District,
        city: "Testby".into(),
    }
}

pub fn partner(id: &str, name: &str, partner_type: PartnerType) -> Partner {
    Partner {
        id: id.into(),
        name: name.into(),
        partner_type,
        contact_role: "Kontakt".into(),
        notes: String::new(),
    }
}

fn plan(id: &str, unit_id: &str, from_year: i32, to_year: i32, status: PlanStatus) -> Plan {
    Plan {
        id: id.into(),
        slug: id.into(),
        unit_id: Some(unit_id.into()),
        title: format!("Plan {id}"),
        period: Some(Period { from_year, to_year }),
        status,
        language: Language::Sv,
        template: "district-plan".into(),
        decision_body: "Nämnden".into(),
        adoption_date: None,
        team: vec![],
        revision: 3,
        lagesbild: Lagesbild {
            extent: "Omfattning".into(),
            consequences: "Konsekvenser".into(),
            cause_analysis: "Orsaker".into(),
            ..Lagesbild::default()
        },
        terms: vec![],
        follow_up: FollowUpPlan::default(),
    }
}

fn challenge(id: &str, category: ChallengeCategory, priority: u8) -> Challenge {
    Challenge {
        id: id.into(),
        title: format!("Utmaning {id}"),
        category,
        description: String::new(),
        affected_groups: String::new(),
        places: String::new(),
        trend: Trend::Rising,
        priority,
    }
}

pub fn indicator(id: &str, name: &str, unit: IndicatorUnit, values: &[(i32, f64)]) -> Indicator {
    Indicator {
        id: id.into(),
        name: name.into(),
        kind: IndicatorKind::RecordedCrime,
        unit,
        source: "Polisen".into(),
        definition: String::new(),
        direction: Direction::Down,
        observations: values
            .iter()
            .map(|&(year, value)| Observation {
                period: year.to_string(),
                value: Some(value),
                data_as_of: None,
                note: String::new(),
                suppressed: false,
            })
            .collect(),
    }
}

#[allow(clippy::too_many_arguments)]
fn measure(
    id: &str,
    title: &str,
    description: &str,
    level: PreventionLevel,
    challenge: &str,
    owner: &str,
    partners: &[(&str, PartnerRole)],
    follow_up: Option<&str>,
    end: &str,
) -> Measure {
    Measure {
        id: id.into(),
        title: title.into(),
        description: description.into(),
        level: Some(level),
        challenge_ids: vec![challenge.into()],
        themes: vec![],
        owner: owner.into(),
        partners: partners
            .iter()
            .map(|&(p, role)| MeasurePartner {
                partner_id: p.into(),
                role,
            })
            .collect(),
        target_group: String::new(),
        area: String::new(),
        start: Some(date("2025-01-01")),
        end: Some(date(end)),
        status: MeasureStatus::Ongoing,
        budget: None,
        evidence: Evidence::default(),
        expected_effect: ExpectedEffect::default(),
        follow_up: follow_up
            .map(|i| {
                vec![FollowUpTarget {
                    indicator_id: i.into(),
                    baseline: None,
                    target: None,
                    target_year: None,
                }]
            })
            .unwrap_or_default(),
    }
}

pub const GVI_A: &str = "Polis och socialtjänst kallar medlemmar i våldsbenägna grupper till samtal om att våldet ska upphöra, med erbjudande om avhopp.";
pub const GVI_B: &str = "Gruppvåldsintervention: polis och socialtjänst kallar medlemmar i våldsbenägna grupper till samtal, och den som vill lämna får erbjudande om avhopp.";

pub fn alby() -> PlanDocument {
    PlanDocument {
        unit: Some(unit("alby", "Alby")),
        plan: plan("alby-2025", "alby", 2025, 2027, PlanStatus::Approved),
        challenges: vec![
            challenge("c1", ChallengeCategory::GangCrime, 1),
            challenge("c2", ChallengeCategory::PublicSpaceInsecurity, 2),
        ],
        indicators: vec![
            indicator(
                "i1",
                "Anmälda brott",
                IndicatorUnit::Per100k,
                &[(2021, 900.0), (2022, 850.0), (2023, 800.0)],
            ),
            indicator(
                "i2",
                "Andel otrygga",
                IndicatorUnit::Percent,
                &[(2023, 30.0)],
            ),
        ],
        measures: vec![
            measure(
                "m1",
                "Sluta skjut",
                GVI_A,
                PreventionLevel::Indicated,
                "c1",
                "Socialtjänsten",
                &[("alby-polis", PartnerRole::Lead)],
                Some("i1"),
                "2027-12-31",
            ),
            measure(
                "m2",
                "Trygghetsvandringar",
                "Boende går runt i området kvällstid och pekar ut mörka platser.",
                PreventionLevel::Universal,
                "c2",
                "",
                &[],
                None,
                "2026-12-31",
            ),
        ],
        partners: vec![partner("alby-polis", "Polisen", PartnerType::Police)],
        responsibilities: vec![],
        comments: vec![],
    }
}

pub fn alby_old() -> PlanDocument {
    PlanDocument {
        unit: Some(unit("alby", "Alby")),
        plan: plan("alby-2019", "alby", 2019, 2021, PlanStatus::Archived),
        challenges: vec![],
        indicators: vec![],
        measures: vec![],
        partners: vec![],
        responsibilities: vec![],
        comments: vec![],
    }
}

pub fn bro() -> PlanDocument {
    PlanDocument {
        unit: Some(unit("bro", "Bro")),
        plan: plan("bro-2026", "bro", 2026, 2028, PlanStatus::Submitted),
        challenges: vec![challenge("c1", ChallengeCategory::GangCrime, 1)],
        indicators: vec![indicator(
            "i1",
            "Anmälda brott i Bro",
            IndicatorUnit::Per100k,
            &[(2022, 700.0), (2023, 650.0), (2024, 600.0)],
        )],
        measures: vec![
            measure(
                "m1",
                "Sluta skjut i Bro",
                GVI_B,
                PreventionLevel::Indicated,
                "c1",
                "Socialtjänsten",
                &[
                    ("bro-polis", PartnerRole::Lead),
                    ("bro-hem", PartnerRole::Funder),
                ],
                Some("i1"),
                "2028-12-31",
            ),
            measure(
                "m2",
                "Feriejobb",
                "Sommarjobb för unga 16–18 år hos stadens förvaltningar och företag.",
                PreventionLevel::Universal,
                "c1",
                "Arbetsmarknadsenheten",
                &[("bro-polis", PartnerRole::Partner)],
                Some("i1"),
                "2028-12-31",
            ),
        ],
        partners: vec![
            partner("bro-hem", "Brohem AB", PartnerType::HousingCompany),
            partner(
                "bro-polis",
                "Polisen lokalpolisområde Bro",
                PartnerType::Police,
            ),
        ],
        responsibilities: vec![],
        comments: vec![],
    }
}

/// Alby's plan last changed status on 2026-02-01.
pub fn alby_revisions() -> Vec<Revision> {
    vec![Revision {
        number: 1,
        status: PlanStatus::Approved,
        created_at: "2026-02-01T10:00:00Z".into(),
        author_name: "Sara Lind".into(),
        author_role: Some(Role::Advisor),
        message: String::new(),
        snapshot: Box::new(alby()),
    }]
}

pub fn town() -> Safeplan {
    let mut app = Safeplan::open_in_memory().unwrap();
    app.save_unit(&unit("centrum", "Centrum")).unwrap();
    for (doc, revisions) in [
        (alby_old(), vec![]),
        (alby(), alby_revisions()),
        (bro(), vec![]),
    ] {
        app.import_package(
            &package(&doc, &revisions),
            safeplan_core::ImportMode::Refuse,
        )
        .unwrap();
    }
    app
}
