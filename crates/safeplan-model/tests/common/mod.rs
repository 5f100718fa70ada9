//! A small plan that passes every readiness rule and every validation, for tests to break one
//! thing at a time.

#![allow(dead_code)]

use safeplan_model::*;

pub fn observation(period: &str, value: f64) -> Observation {
    Observation {
        period: period.into(),
        value: Some(value),
        data_as_of: Some("2025-01-15".parse().unwrap()),
        note: String::new(),
        suppressed: false,
    }
}

pub fn challenge(id: &str, title: &str, priority: u8) -> Challenge {
    Challenge {
        id: id.into(),
        title: title.into(),
        category: ChallengeCategory::GangCrime,
        description: "Skjutningar och rekrytering av unga.".into(),
        affected_groups: "Unga 12–20 år".into(),
        places: "Norrby centrum".into(),
        trend: Trend::Falling,
        priority,
    }
}

pub fn indicator(id: &str, name: &str, unit: IndicatorUnit, values: &[(&str, f64)]) -> Indicator {
    Indicator {
        id: id.into(),
        name: name.into(),
        kind: IndicatorKind::RecordedCrime,
        unit,
        source: "Polisen, anmälda brott".into(),
        definition: "Anmälda brott per år i stadsdelen.".into(),
        direction: Direction::Down,
        observations: values.iter().map(|(p, v)| observation(p, *v)).collect(),
    }
}

pub fn measure(
    id: &str,
    title: &str,
    level: PreventionLevel,
    challenges: &[&str],
    partners: &[&str],
) -> Measure {
    Measure {
        id: id.into(),
        title: title.into(),
        description: "Beskrivning av insatsen.".into(),
        level: Some(level),
        challenge_ids: challenges.iter().map(|c| c.to_string()).collect(),
        themes: vec![CapitalCodeTheme::YouthInclusion],
        owner: "Enhetschef, fritid".into(),
        partners: partners
            .iter()
            .map(|p| MeasurePartner {
                partner_id: p.to_string(),
                role: PartnerRole::Partner,
            })
            .collect(),
        target_group: "Unga 12–20 år".into(),
        area: "Norrby".into(),
        start: Some("2025-01-01".parse().unwrap()),
        end: Some("2027-12-31".parse().unwrap()),
        status: MeasureStatus::Planned,
        budget: Some(Budget {
            amount: 1_250_000,
            currency: "SEK".into(),
        }),
        evidence: Evidence {
            level: Some(EvidenceLevel::Promising),
            note: String::new(),
        },
        expected_effect: ExpectedEffect {
            term: Some(EffectTerm::Short),
            text: "Färre skjutningar.".into(),
        },
        follow_up: vec![FollowUpTarget {
            indicator_id: "shootings".into(),
            baseline: Some(12.0),
            target: Some(6.0),
            target_year: Some(2027),
        }],
    }
}

pub fn partner(id: &str, name: &str, partner_type: PartnerType) -> Partner {
    Partner {
        id: id.into(),
        name: name.into(),
        partner_type,
        contact_role: "Kommunpolis".into(),
        notes: String::new(),
    }
}

/// Norrby's plan: ready to submit with no finding at all, and valid.
pub fn ready_document() -> PlanDocument {
    PlanDocument {
        unit: Some(Unit {
            id: "norrby".into(),
            name: "Norrby stadsdelsförvaltning".into(),
            kind: UnitKind::District,
            city: "Stockholm".into(),
        }),
        plan: Plan {
            id: "plan-norrby-2025".into(),
            slug: "norrby-2025".into(),
            unit_id: Some("norrby".into()),
            title: "Åtgärdsplan mot brott och våldsbejakande extremism 2025–2027".into(),
            period: Some(Period {
                from_year: 2025,
                to_year: 2027,
            }),
            status: PlanStatus::Draft,
            language: Language::Sv,
            template: "district-plan".into(),
            decision_body: "Norrby stadsdelsnämnd".into(),
            adoption_date: Some("2025-02-20".parse().unwrap()),
            team: vec![TeamMember {
                name: "Anna Berg".into(),
                role: "Trygghetssamordnare".into(),
            }],
            revision: 3,
            lagesbild: Lagesbild {
                extent: "3 260 anmälda brott 2024, varav 14 skjutningar (2019–2024).".into(),
                consequences: "Otrygghet i centrum; 41 % undviker området kvällstid.".into(),
                cause_analysis:
                    "Riskfaktorer: tidiga skolavbrott. Skyddsfaktorer: meningsfull fritid.".into(),
                risk_factors: String::new(),
                protective_factors: String::new(),
                sources_and_method: "Polisen, NTU, stadens trygghetsundersökning.".into(),
            },
            terms: vec![Term {
                term: "Tidig insats".into(),
                definition: "Stöd inom 14 dagar från orosanmälan.".into(),
            }],
            follow_up: FollowUpPlan {
                when: "Varje halvår".into(),
                how: "Indikatorer och åtgärdsstatus".into(),
                by_whom: "Trygghetssamordnaren".into(),
                reported_to: "Stadsdelsnämnden".into(),
            },
        },
        challenges: vec![
            challenge("gangs", "Gängkriminalitet i centrum", 1),
            challenge("hate", "Hatbrott mot religiösa lokaler", 2),
        ],
        indicators: vec![
            indicator(
                "shootings",
                "Skjutningar",
                IndicatorUnit::Count,
                &[("2022", 14.0), ("2023", 9.0), ("2024", 7.0)],
            ),
            indicator(
                "safety",
                "Andel som känner sig trygga",
                IndicatorUnit::Percent,
                &[("2022", 61.0), ("2023", 63.5), ("2024", 3.2)],
            ),
        ],
        measures: vec![
            measure(
                "homework",
                "Läxhjälp och öppen fritidsgård",
                PreventionLevel::Universal,
                &["gangs", "hate"],
                &[],
            ),
            measure(
                "mentors",
                "Mentorer för unga i riskzon",
                PreventionLevel::Selective,
                &["gangs"],
                &["police"],
            ),
            measure(
                "gvi",
                "Sluta skjut",
                PreventionLevel::Indicated,
                &["gangs"],
                &["police", "kriminalvarden"],
            ),
        ],
        partners: vec![
            partner(
                "police",
                "Polisen, lokalpolisområde Norrby",
                PartnerType::Police,
            ),
            partner(
                "kriminalvarden",
                "Kriminalvården",
                PartnerType::PrisonProbation,
            ),
        ],
        responsibilities: vec![Responsibility {
            id: "shooting".into(),
            situation: "En skjutning i området".into(),
            who_acts: "Trygghetssamordnaren".into(),
            steps: vec!["Kontakta kommunpolisen".into(), "Samla krisgruppen".into()],
            escalation: "Stadsdelsdirektören".into(),
        }],
        comments: vec![Comment {
            id: "c1".into(),
            anchor: ItemRef::item(Section::Measures, "gvi"),
            author_name: "Sara Lind".into(),
            author_role: "Nordic Safe Cities".into(),
            text: "Bra! Hur följs avhoppen upp?".into(),
            created_at: "2025-03-01T10:15:00Z".into(),
            parent_id: None,
            resolved: false,
            quote: String::new(),
            suggestion: None,
            resolved_by: String::new(),
        }],
    }
}

pub fn rules(doc: &PlanDocument) -> Vec<RuleId> {
    safeplan_model::readiness::check(doc)
        .iter()
        .map(|f| f.rule)
        .collect()
}

pub fn findings_of(doc: &PlanDocument, rule: RuleId) -> Vec<Finding> {
    safeplan_model::readiness::check(doc)
        .into_iter()
        .filter(|f| f.rule == rule)
        .collect()
}
