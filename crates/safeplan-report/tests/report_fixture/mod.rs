//! A realistic district plan for the report tests: Swedish text with å, ä and ö, recorded crime beside
//! perceived safety with eight years each, and measures at all three prevention levels.

#![allow(dead_code)]

use safeplan_model::*;

fn obs(period: &str, value: f64) -> Observation {
    Observation {
        period: period.into(),
        value: Some(value),
        data_as_of: Some("2025-01-31".parse().unwrap()),
        note: String::new(),
        suppressed: false,
    }
}

fn partner(id: &str, name: &str, partner_type: PartnerType, contact: &str) -> Partner {
    Partner {
        id: id.into(),
        name: name.into(),
        partner_type,
        contact_role: contact.into(),
        notes: String::new(),
    }
}

fn with(partner_id: &str, role: PartnerRole) -> MeasurePartner {
    MeasurePartner {
        partner_id: partner_id.into(),
        role,
    }
}

fn target(indicator: &str, baseline: f64, target: f64) -> FollowUpTarget {
    FollowUpTarget {
        indicator_id: indicator.into(),
        baseline: Some(baseline),
        target: Some(target),
        target_year: Some(2027),
    }
}

#[allow(clippy::too_many_arguments)]
fn measure(
    id: &str,
    title: &str,
    level: PreventionLevel,
    challenges: &[&str],
    owner: &str,
    partners: Vec<MeasurePartner>,
    effect: &str,
    follow_up: Vec<FollowUpTarget>,
) -> Measure {
    Measure {
        id: id.into(),
        title: title.into(),
        description: format!(
            "{title} genomförs i samverkan och riktas mot de orsaker som lägesbilden pekar ut."
        ),
        level: Some(level),
        challenge_ids: challenges.iter().map(|c| c.to_string()).collect(),
        themes: vec![CapitalCodeTheme::YouthInclusion],
        owner: owner.into(),
        partners,
        target_group: "Unga 12–20 år".into(),
        area: "Norrby centrum och Södra stråket".into(),
        start: Some("2025-01-01".parse().unwrap()),
        end: Some("2027-12-31".parse().unwrap()),
        status: MeasureStatus::Ongoing,
        budget: None,
        evidence: Evidence {
            level: Some(EvidenceLevel::Promising),
            note: "Utvärderad i Malmö.".into(),
        },
        expected_effect: ExpectedEffect {
            term: Some(EffectTerm::Long),
            text: effect.into(),
        },
        follow_up,
    }
}

pub fn plan() -> PlanDocument {
    PlanDocument {
        unit: Some(Unit {
            id: "unit-norrby".into(),
            name: "Norrby stadsdelsförvaltning".into(),
            kind: UnitKind::District,
            city: "Stockholms stad".into(),
        }),
        plan: Plan {
            id: "plan-norrby-2025".into(),
            slug: "norrby-2025".into(),
            unit_id: Some("unit-norrby".into()),
            title: "Trygghetsplan för Norrby 2025–2027".into(),
            period: Some(Period { from_year: 2025, to_year: 2027 }),
            status: PlanStatus::Draft,
            language: Language::Sv,
            template: "district-plan".into(),
            decision_body: "Norrby stadsdelsnämnd".into(),
            adoption_date: None,
            team: vec![TeamMember { name: "Åsa Öberg".into(), role: "Trygghetssamordnare".into() }],
            revision: 7,
            lagesbild: Lagesbild {
                extent: "Antalet **anmälda brott** har minskat sedan 2017, men skjutningarna är koncentrerade till några få platser.\n\n- Rån och hot mot unga\n- Skadegörelse kring torget".into(),
                consequences: "Många äldre undviker att gå ut på kvällen, och föräldrar oroar sig för att barnen ska rekryteras.".into(),
                cause_analysis: "Orsaksanalysen bygger på Brås metod och polisens lägesbild.".into(),
                risk_factors: "- Låg vuxennärvaro kvällstid\n- Skolfrånvaro i årskurs 8–9".into(),
                protective_factors: "- Ett aktivt föreningsliv\n- Fritidsgårdar med långa öppettider".into(),
                sources_and_method: "Polisens anmälningsstatistik, stadens trygghetsundersökning och dialoger med boende.".into(),
            },
            terms: vec![Term { term: "Tidig insats".into(), definition: "Stöd som sätts in innan ett barn begått brott.".into() }],
            follow_up: FollowUpPlan {
                when: "Varje höst, inför budgeten".into(),
                how: "Indikatorerna jämförs med utgångsvärdena".into(),
                by_whom: "Trygghetssamordnaren".into(),
                reported_to: "Norrby stadsdelsnämnd".into(),
            },
        },
        challenges: vec![
            Challenge {
                id: "c-gang".into(),
                title: "Skjutningar och rekrytering av unga till gäng".into(),
                category: ChallengeCategory::GangCrime,
                description: "Unga rekryteras via sociala medier för att utföra våldsdåd.".into(),
                affected_groups: "Unga 12–20 år".into(),
                places: "Norrby centrum".into(),
                trend: Trend::Falling,
                priority: 1,
            },
            Challenge {
                id: "c-otrygg".into(),
                title: "Otrygghet kring torget kvällstid".into(),
                category: ChallengeCategory::PublicSpaceInsecurity,
                description: "Boende känner sig otrygga vid torget och på gångvägarna efter mörkrets inbrott.".into(),
                affected_groups: "Äldre och kvinnor".into(),
                places: "Norrby torg, Södra stråket".into(),
                trend: Trend::Stable,
                priority: 2,
            },
        ],
        indicators: vec![
            Indicator {
                id: "i-brott".into(),
                name: "Anmälda brott".into(),
                kind: IndicatorKind::RecordedCrime,
                unit: IndicatorUnit::Count,
                source: "Polisen".into(),
                definition: "Anmälda brott per år i stadsdelen.".into(),
                direction: Direction::Down,
                observations: [4190.0, 4010.0, 3950.0, 3720.0, 3600.0, 3480.0, 3390.0, 3260.0]
                    .iter()
                    .zip(2017..)
                    .map(|(v, y)| obs(&y.to_string(), *v))
                    .collect(),
            },
            Indicator {
                id: "i-trygg".into(),
                name: "Känner sig trygga utomhus på kvällen".into(),
                kind: IndicatorKind::PerceivedSafety,
                unit: IndicatorUnit::Percent,
                source: "Stadens trygghetsundersökning".into(),
                definition: "Andel boende som känner sig ganska eller mycket trygga.".into(),
                direction: Direction::Up,
                observations: [61.5, 62.0, 60.8, 61.2, 62.4, 61.9, 62.7, 63.1]
                    .iter()
                    .zip(2017..)
                    .map(|(v, y)| obs(&y.to_string(), *v))
                    .collect(),
            },
        ],
        measures: vec![
            measure(
                "m-stråk",
                "Trygga stråk och bättre belysning",
                PreventionLevel::Universal,
                &["c-otrygg"],
                "Stadsdelsförvaltningen, enheten för trygghet",
                vec![with("p-bostad", PartnerRole::Partner), with("p-polis", PartnerRole::Partner)],
                "Fler känner sig trygga på kvällen.",
                vec![target("i-trygg", 63.1, 68.0)],
            ),
            measure(
                "m-fält",
                "Fältassistenter och öppna fritidsgårdar kvällstid",
                PreventionLevel::Selective,
                &["c-gang", "c-otrygg"],
                "Fritidsenheten",
                vec![with("p-idrott", PartnerRole::Partner)],
                "Färre unga dras in i kriminella miljöer.",
                vec![target("i-brott", 3260.0, 2900.0)],
            ),
            measure(
                "m-sluta",
                "Sluta skjut (Group Violence Intervention)",
                PreventionLevel::Indicated,
                &["c-gang"],
                "Socialtjänsten, enheten för unga vuxna",
                vec![
                    with("p-polis", PartnerRole::Lead),
                    with("p-krim", PartnerRole::Partner),
                    with("p-social", PartnerRole::Partner),
                ],
                "Färre skjutningar och fler som lämnar gängen.",
                vec![target("i-brott", 3260.0, 2800.0)],
            ),
        ],
        partners: vec![
            partner("p-polis", "Polisen, lokalpolisområde Norrby", PartnerType::Police, "Kommunpolis"),
            partner("p-krim", "Kriminalvården, frivården Söder", PartnerType::PrisonProbation, "Samordnare"),
            partner("p-social", "Socialtjänsten i Norrby", PartnerType::SocialServices, "Enhetschef"),
            partner("p-bostad", "Norrbyhem AB", PartnerType::HousingCompany, "Trygghetsvärd"),
            partner("p-idrott", "Norrby IF", PartnerType::CivilSocietySports, "Ungdomsansvarig"),
        ],
        responsibilities: vec![Responsibility {
            id: "r-radikal".into(),
            situation: "Oro för att en elev radikaliseras".into(),
            who_acts: "Rektor tillsammans med elevhälsan".into(),
            steps: vec!["Samtal med eleven och vårdnadshavare".into(), "Orosanmälan till socialtjänsten".into()],
            escalation: "Stadens samordnare mot våldsbejakande extremism".into(),
        }],
        comments: vec![],
    }
}
