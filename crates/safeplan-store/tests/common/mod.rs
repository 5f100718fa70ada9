//! Fixtures shared by the store's tests: a small valid plan, and a full dump of a database file
//! to prove that a refused write changed nothing.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use safeplan_model::*;
use safeplan_store::{ImportMode, Signature, Store};

pub fn unit() -> Unit {
    Unit {
        id: "norrby".into(),
        name: "Norrby stadsdelsförvaltning".into(),
        kind: UnitKind::District,
        city: "Stockholm".into(),
    }
}

pub fn partner(id: &str, name: &str, t: PartnerType) -> Partner {
    Partner {
        id: id.into(),
        name: name.into(),
        partner_type: t,
        contact_role: "Kommunpolis".into(),
        notes: String::new(),
    }
}

pub fn partners() -> Vec<Partner> {
    vec![
        partner(
            "police",
            "Polisen, lokalpolisområde Norrby",
            PartnerType::Police,
        ),
        partner("school", "Norrbyskolan", PartnerType::School),
    ]
}

pub fn plan(id: &str, slug: &str) -> Plan {
    Plan {
        id: id.into(),
        slug: slug.into(),
        unit_id: Some("norrby".into()),
        title: "Trygg i Norrby 2025–2027".into(),
        period: Some(Period {
            from_year: 2025,
            to_year: 2027,
        }),
        status: PlanStatus::Draft,
        language: Language::Sv,
        template: "district-plan".into(),
        decision_body: "Norrby stadsdelsnämnd".into(),
        adoption_date: None,
        team: vec![TeamMember {
            name: "Anna Berg".into(),
            role: "Trygghetssamordnare".into(),
        }],
        revision: 0,
        lagesbild: Lagesbild {
            extent: "Anmälda brott har ökat i centrum.".into(),
            consequences: "Otrygghet kvällstid.".into(),
            cause_analysis: "Få vuxna i rörelse.".into(),
            risk_factors: "Skolfrånvaro".into(),
            protective_factors: "Fritidsgårdar".into(),
            sources_and_method: "Polisens statistik, trygghetsundersökning".into(),
        },
        terms: vec![Term {
            term: "Tidiga insatser".into(),
            definition: "Insatser före första dom.".into(),
        }],
        follow_up: FollowUpPlan {
            when: "Varje höst".into(),
            how: "Indikatorer".into(),
            by_whom: "Samordnaren".into(),
            reported_to: "Nämnden".into(),
        },
    }
}

pub fn challenge(id: &str, title: &str) -> Challenge {
    Challenge {
        id: id.into(),
        title: title.into(),
        category: ChallengeCategory::GangCrime,
        description: "Rekrytering av unga.".into(),
        affected_groups: "Unga 12–17".into(),
        places: "Norrby centrum".into(),
        trend: Trend::Rising,
        priority: 1,
    }
}

pub fn indicator(id: &str, observations: usize) -> Indicator {
    Indicator {
        id: id.into(),
        name: format!("Anmälda våldsbrott {id}"),
        kind: IndicatorKind::RecordedCrime,
        unit: IndicatorUnit::Per100k,
        source: "Polisen".into(),
        definition: "Anmälda brott per 100 000 invånare".into(),
        direction: Direction::Down,
        observations: (0..observations)
            .map(|n| Observation {
                period: format!("{}", 2010 + n),
                value: Some(65.5 - n as f64),
                data_as_of: Some("2025-01-15".parse().unwrap()),
                note: String::new(),
                suppressed: false,
            })
            .collect(),
    }
}

pub fn measure(
    id: &str,
    challenge_ids: &[&str],
    indicator_ids: &[&str],
    partner_ids: &[&str],
) -> Measure {
    Measure {
        id: id.into(),
        title: format!("Åtgärd {id}"),
        description: "Sluta skjut: gruppvåldsintervention.".into(),
        level: Some(PreventionLevel::Indicated),
        challenge_ids: challenge_ids.iter().map(|s| s.to_string()).collect(),
        themes: vec![
            CapitalCodeTheme::YouthInclusion,
            CapitalCodeTheme::SafeCityAlliances,
        ],
        owner: "Enheten för trygghet".into(),
        partners: partner_ids
            .iter()
            .map(|p| MeasurePartner {
                partner_id: p.to_string(),
                role: PartnerRole::Partner,
            })
            .collect(),
        target_group: "Unga i riskmiljö".into(),
        area: "Norrby".into(),
        start: Some("2025-01-01".parse().unwrap()),
        end: Some("2026-12-31".parse().unwrap()),
        status: MeasureStatus::Planned,
        budget: Some(Budget {
            amount: 250_000,
            currency: "SEK".into(),
        }),
        evidence: Evidence {
            level: Some(EvidenceLevel::Promising),
            note: "GVI".into(),
        },
        expected_effect: ExpectedEffect {
            term: Some(EffectTerm::Short),
            text: "Färre skjutningar".into(),
        },
        follow_up: indicator_ids
            .iter()
            .map(|i| FollowUpTarget {
                indicator_id: i.to_string(),
                baseline: Some(65.0),
                target: Some(20.0),
                target_year: Some(2027),
            })
            .collect(),
    }
}

pub fn responsibility(id: &str) -> Responsibility {
    Responsibility {
        id: id.into(),
        situation: "Oro för att en elev radikaliseras".into(),
        who_acts: "Rektor".into(),
        steps: vec![
            "Samtal med eleven".into(),
            "Kontakt med socialtjänsten".into(),
        ],
        escalation: "Till polisen vid hot".into(),
    }
}

pub fn comment(id: &str, parent: Option<&str>) -> Comment {
    Comment {
        id: id.into(),
        anchor: ItemRef::item(Section::Measures, "m1"),
        author_name: "Erik Rådgivare".into(),
        author_role: "Nordic Safe Cities".into(),
        text: "Vem följer upp?".into(),
        created_at: "2025-03-01T10:00:00Z".into(),
        parent_id: parent.map(str::to_string),
        resolved: false,
        quote: String::new(),
        suggestion: None,
        resolved_by: String::new(),
    }
}

/// The planner who makes the tests' status moves.
pub static PLANNER: Actor = Actor {
    role: Role::Planner,
    name: String::new(),
};

/// A status move by [`PLANNER`] at `at`, without a message.
pub fn signed(at: &str) -> Signature<'_> {
    Signature {
        actor: &PLANNER,
        at,
        message: "",
    }
}

/// A small but complete plan: every kind of item, a reply, two partners.
pub fn document() -> PlanDocument {
    PlanDocument {
        unit: Some(unit()),
        plan: plan("plan-norrby", "norrby-2025"),
        challenges: vec![
            challenge("c1", "Gängrekrytering"),
            challenge("c2", "Otrygghet i centrum"),
        ],
        indicators: vec![indicator("i1", 5), indicator("i2", 3)],
        measures: vec![
            measure("m1", &["c1"], &["i1"], &["police", "school"]),
            measure("m2", &["c2", "c1"], &["i2"], &["school"]),
        ],
        partners: partners(),
        responsibilities: vec![responsibility("r1")],
        comments: vec![comment("k1", None), comment("k2", Some("k1"))],
    }
}

pub struct TestDb {
    pub dir: tempfile::TempDir,
    pub store: Store,
}

impl TestDb {
    pub fn path(&self) -> PathBuf {
        self.dir.path().join("safeplan.db")
    }
}

pub fn empty_db() -> TestDb {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("safeplan.db")).unwrap();
    TestDb { dir, store }
}

/// A database holding [`document`] with one status change behind it.
pub fn seeded_db() -> TestDb {
    let mut db = empty_db();
    db.store
        .import_document(&document(), &[], ImportMode::Refuse)
        .unwrap();
    db.store
        .set_status(
            "plan-norrby",
            0,
            PlanStatus::Submitted,
            &signed("2025-03-02T09:00:00Z"),
        )
        .unwrap();
    db
}

/// Every row of every table, in a fixed order: equal dumps mean equal content.
pub fn dump(path: &Path) -> String {
    let conn = rusqlite::Connection::open(path).unwrap();
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let mut out = String::new();
    for table in tables {
        out.push_str(&format!("== {table}\n"));
        let width = conn
            .prepare(&format!("SELECT * FROM {table}"))
            .unwrap()
            .column_count();
        let order: Vec<String> = (1..=width.min(3)).map(|i| i.to_string()).collect();
        let mut stmt = conn
            .prepare(&format!(
                "SELECT * FROM {table} ORDER BY {}",
                order.join(", ")
            ))
            .unwrap();
        let columns = stmt.column_count();
        let mut rows = stmt.query([]).unwrap();
        while let Some(row) = rows.next().unwrap() {
            let cells: Vec<String> = (0..columns)
                .map(|i| format!("{:?}", row.get_ref(i).unwrap()))
                .collect();
            out.push_str(&cells.join(" | "));
            out.push('\n');
        }
    }
    out
}
