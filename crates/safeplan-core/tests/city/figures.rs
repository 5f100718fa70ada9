//! Each city figure on the hand-made town (town.rs), against answers worked out by hand.

use safeplan_core::city::{MeasureProblem, PlanState};
use safeplan_core::{ImportMode, Safeplan};
use safeplan_model::{ChallengeCategory, PartnerType, PreventionLevel};

use super::town::{alby, alby_revisions, bro, package, town};

#[test]
fn plans_by_unit_show_state_readiness_and_last_change() {
    let figures = town().city_in(2026).unwrap();
    let rows: Vec<(Option<&str>, Option<&str>, PlanState)> = figures
        .plans
        .iter()
        .map(|r| {
            (
                r.unit_name.as_deref(),
                r.plan.as_ref().map(|p| p.slug.as_str()),
                r.state,
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            (Some("Alby"), Some("alby-2019"), PlanState::OutOfDate),
            (Some("Alby"), Some("alby-2025"), PlanState::Current),
            (Some("Bro"), Some("bro-2026"), PlanState::Current),
            (Some("Centrum"), None, PlanState::Missing),
        ]
    );
    let alby = figures.plans[1].plan.as_ref().unwrap();
    // m2 has no owner and no follow-up: one R5 error. Warnings: R4 (no selective measure), R6
    // (i2 has one observation) and R7 (c1 at one level).
    assert_eq!((alby.errors, alby.warnings), (1, 3));
    assert_eq!(alby.last_change.as_deref(), Some("2026-02-01T10:00:00Z"));
    assert_eq!(figures.plans[2].plan.as_ref().unwrap().last_change, None);
    // In 2028 Alby's plan has run out too.
    let later = town().city_in(2028).unwrap();
    assert_eq!(later.plans[1].state, PlanState::OutOfDate);
}

#[test]
fn coverage_counts_units_per_category_and_level() {
    let coverage = town().city_in(2026).unwrap().coverage;
    assert_eq!(coverage.levels, PreventionLevel::ALL);
    assert_eq!(coverage.rows.len(), ChallengeCategory::ALL.len());
    let row = |c: ChallengeCategory| {
        let r = coverage.rows.iter().find(|r| r.category == c).unwrap();
        (r.units_with_challenge, r.units_by_level.clone())
    };
    // Gang crime: Alby (indicated) and Bro (universal and indicated).
    assert_eq!(row(ChallengeCategory::GangCrime), (2, vec![1, 0, 2]));
    // Public space: Alby only, universal.
    assert_eq!(
        row(ChallengeCategory::PublicSpaceInsecurity),
        (1, vec![1, 0, 0])
    );
    assert_eq!(row(ChallengeCategory::HateCrime), (0, vec![0, 0, 0]));
    // Alby's priority-1 gang crime is answered at the indicated level only; Bro's at two.
    let gaps: Vec<(&str, &str, Vec<PreventionLevel>)> = coverage
        .top_priority_gaps
        .iter()
        .map(|g| (g.slug.as_str(), g.challenge_id.as_str(), g.levels.clone()))
        .collect();
    assert_eq!(
        gaps,
        [("alby-2025", "c1", vec![PreventionLevel::Indicated])]
    );
}

#[test]
fn measures_without_follow_up_or_owner_or_ending_early_are_listed() {
    let gaps = town().city_in(2026).unwrap().measure_gaps;
    assert_eq!(gaps.len(), 1);
    assert_eq!(
        (
            gaps[0].measure.slug.as_str(),
            gaps[0].measure.measure_id.as_str()
        ),
        ("alby-2025", "m2")
    );
    assert_eq!(
        gaps[0].problems,
        [
            MeasureProblem::NoFollowUp,
            MeasureProblem::NoOwner,
            MeasureProblem::EndsEarly
        ]
    );
}

#[test]
fn partner_load_counts_units_measures_and_roles_and_follows_links() {
    let mut app = town();
    let load = app.city_in(2026).unwrap().partner_load;
    let lines: Vec<(&str, u32, u32, [u32; 3])> = load
        .iter()
        .map(|p| {
            (
                p.name.as_str(),
                p.units,
                p.measures,
                [p.lead, p.partner, p.funder],
            )
        })
        .collect();
    assert_eq!(
        lines,
        [
            ("Polisen lokalpolisområde Bro", 1, 2, [1, 1, 0]),
            ("Brohem AB", 1, 1, [0, 0, 1]),
            ("Polisen", 1, 1, [1, 0, 0]),
        ]
    );
    let city = app.link_partner("alby-polis", "Polisen").unwrap();
    assert_eq!(city.partner_type, PartnerType::Police);
    let again = app.link_partner("bro-polis", "Polisen").unwrap();
    assert_eq!(
        again.id, city.id,
        "the second link finds the city partner by name"
    );
    let load = app.city_in(2026).unwrap().partner_load;
    let police = &load[0];
    assert_eq!(police.city_partner_id.as_deref(), Some(city.id.as_str()));
    assert_eq!(
        (police.units, police.plans, police.measures),
        (2, 2, 3),
        "{police:?}"
    );
    assert_eq!([police.lead, police.partner, police.funder], [2, 1, 0]);
    assert_eq!(police.names, ["Polisen", "Polisen lokalpolisområde Bro"]);
    assert_eq!(load.len(), 2);
}

/// Before anyone links them, the same partner's name in several units is one line of the load: the
/// executive office sees the police in two plans, not two partners of one unit each. Other spellings
/// stay apart until they are linked.
#[test]
fn unlinked_partners_of_one_name_across_units_count_as_one() {
    let mut app = Safeplan::open_in_memory().unwrap();
    let mut bro = bro();
    // Bro's unit registered the police under Alby's name, in other letters and spacing.
    bro.partners[1].name = "polisen".into();
    for (doc, revisions) in [(alby(), alby_revisions()), (bro, vec![])] {
        app.import_package(&package(&doc, &revisions), ImportMode::Refuse)
            .unwrap();
    }
    let load = app.city_in(2026).unwrap().partner_load;
    let police = &load[0];
    assert_eq!(police.city_partner_id, None);
    assert_eq!(police.name, "Polisen");
    assert_eq!(
        (police.units, police.plans, police.measures),
        (2, 2, 3),
        "{load:?}"
    );
    assert_eq!([police.lead, police.partner, police.funder], [2, 1, 0]);
    assert_eq!(police.names, ["Polisen", "polisen"]);
    assert_eq!(police.unlinked_ids, ["alby-polis", "bro-polis"]);
    assert_eq!(load.len(), 2, "{load:?}");

    // Once one of them is linked, the other is counted with the city partner of its very name,
    // and listed as not linked yet.
    let city = app.link_partner("alby-polis", "Polisen").unwrap();
    let load = app.city_in(2026).unwrap().partner_load;
    let police = &load[0];
    assert_eq!(police.city_partner_id.as_deref(), Some(city.id.as_str()));
    assert_eq!((police.units, police.measures), (2, 3), "{load:?}");
    assert_eq!(police.unlinked_ids, ["bro-polis"]);
    assert_eq!(load.len(), 2, "{load:?}");
    // Linked too, it is no longer listed as one to link.
    app.link_partner("bro-polis", "Polisen").unwrap();
    let police = &app.city_in(2026).unwrap().partner_load[0];
    assert_eq!((police.units, police.unlinked_ids.len()), (2, 0));
}

#[test]
fn the_two_sluta_skjut_are_one_lookalike_group() {
    let groups = town().city_in(2026).unwrap().lookalikes;
    assert_eq!(groups.len(), 1, "{groups:?}");
    let members: Vec<(&str, &str)> = groups[0]
        .measures
        .iter()
        .map(|m| (m.slug.as_str(), m.measure_id.as_str()))
        .collect();
    assert_eq!(members, [("alby-2025", "m1"), ("bro-2026", "m1")]);
    assert!(groups[0].similarity >= safeplan_core::city::LOOKALIKE_THRESHOLD);
}

#[test]
fn one_city_indicator_side_by_side() {
    let mut app = town();
    app.link_indicator("alby-2025", "i1", "Anmälda brott per 100 000")
        .unwrap();
    app.link_indicator("bro-2026", "i1", "Anmälda brott per 100 000")
        .unwrap();
    let view = app.city_indicator("Anmälda brott per 100 000").unwrap();
    assert_eq!(view.periods, ["2021", "2022", "2023", "2024"]);
    let series: Vec<(&str, Vec<Option<f64>>)> = view
        .series
        .iter()
        .map(|s| (s.slug.as_str(), s.values.clone()))
        .collect();
    assert_eq!(
        series,
        [
            (
                "alby-2025",
                vec![Some(900.0), Some(850.0), Some(800.0), None]
            ),
            (
                "bro-2026",
                vec![None, Some(700.0), Some(650.0), Some(600.0)]
            ),
        ]
    );
    // A share cannot stand beside a rate: refused, naming the field and both values.
    let err = app
        .link_indicator("alby-2025", "i2", "Anmälda brott per 100 000")
        .unwrap_err();
    assert_eq!(err.code(), "validation");
    assert!(err.to_string().contains("percent"), "{err}");
    assert!(err.to_string().contains("per_100k"), "{err}");
    let err = app.city_indicator("Nothing").unwrap_err();
    assert_eq!(err.code(), "not_found");
}

#[test]
fn links_are_suggested_by_name_within_a_type() {
    let mut app = town();
    let suggestions = app.link_suggestions().unwrap();
    let partner = suggestions
        .iter()
        .find(|s| s.item_id == "bro-polis")
        .expect("the two police entries are alike");
    assert_eq!(
        (partner.city_name.as_str(), partner.exists),
        ("Polisen", false)
    );
    assert!(
        !suggestions.iter().any(|s| s.item_id == "bro-hem"),
        "the housing company has no like"
    );
    let indicator = suggestions
        .iter()
        .find(|s| s.plan_id.as_deref() == Some("bro-2026") && s.item_id == "i1")
        .expect("the two recorded-crime rates are alike");
    assert_eq!(indicator.city_name, "Anmälda brott");
    // Once the city partner exists, it is what is suggested.
    app.link_partner("alby-polis", "Polisen").unwrap();
    let suggestions = app.link_suggestions().unwrap();
    let partner = suggestions
        .iter()
        .find(|s| s.item_id == "bro-polis")
        .unwrap();
    assert!(partner.exists);
    assert!(!suggestions.iter().any(|s| s.item_id == "alby-polis"));
}
