//! The linking panels' catalogue, taking a link back, and coverage for chosen units, on the
//! hand-made town (town.rs).

use safeplan_model::ChallengeCategory;

use super::town::town;

#[test]
fn the_catalogue_lists_every_partner_and_indicator_with_its_link() {
    let mut app = town();
    let before = app.city_links().unwrap();
    assert!(before.city_partners.is_empty() && before.city_indicators.is_empty());
    assert!(before.partners.iter().all(|p| p.city_partner_id.is_none()));
    let names: Vec<&str> = before.partners.iter().map(|p| p.name.as_str()).collect();
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted, "partners come by name");

    let city = app.link_partner("alby-polis", "Polisen").unwrap();
    app.link_indicator("bro-2026", "i1", "Anmälda brott")
        .unwrap();
    let after = app.city_links().unwrap();
    let polis = after
        .partners
        .iter()
        .find(|p| p.partner_id == "alby-polis")
        .unwrap();
    assert_eq!(polis.city_partner_id.as_deref(), Some(city.id.as_str()));
    assert_eq!(after.city_partners, [city]);
    let linked: Vec<(&str, &str)> = after
        .indicators
        .iter()
        .filter(|i| i.city_indicator_id.is_some())
        .map(|i| (i.slug.as_str(), i.indicator_id.as_str()))
        .collect();
    assert_eq!(linked, [("bro-2026", "i1")]);
    assert_eq!(after.city_indicators.len(), 1);
}

#[test]
fn a_link_taken_back_leaves_the_partner_on_its_own_and_cannot_be_taken_twice() {
    let mut app = town();
    app.link_partner("alby-polis", "Polisen").unwrap();
    app.link_partner("bro-polis", "Polisen").unwrap();
    assert_eq!(app.city_in(2026).unwrap().partner_load[0].units, 2);

    app.unlink_partner("bro-polis").unwrap();
    let load = app.city_in(2026).unwrap().partner_load;
    let police = load.iter().find(|p| p.name == "Polisen").unwrap();
    assert_eq!((police.units, police.measures), (1, 1), "{police:?}");
    assert!(
        load.iter()
            .any(|p| p.city_partner_id.is_none() && p.name == "Polisen lokalpolisområde Bro"),
        "{load:?}"
    );
    let err = app.unlink_partner("bro-polis").unwrap_err();
    assert_eq!(err.code(), "not_found");
    assert!(err.to_string().contains("bro-polis"), "{err}");
}

#[test]
fn an_indicator_taken_back_leaves_the_side_by_side_view() {
    let mut app = town();
    app.link_indicator("alby-2025", "i1", "Anmälda brott")
        .unwrap();
    app.link_indicator("bro-2026", "i1", "Anmälda brott")
        .unwrap();
    app.unlink_indicator("alby-2025", "i1").unwrap();
    let view = app.city_indicator("Anmälda brott").unwrap();
    let slugs: Vec<&str> = view.series.iter().map(|s| s.slug.as_str()).collect();
    assert_eq!(slugs, ["bro-2026"]);
    assert_eq!(
        app.unlink_indicator("alby-2025", "i1").unwrap_err().code(),
        "not_found"
    );
    assert_eq!(
        app.unlink_indicator("no-such-plan", "i1")
            .unwrap_err()
            .code(),
        "not_found"
    );
}

#[test]
fn coverage_for_one_unit_counts_only_that_unit() {
    let app = town();
    let gang = |units: &[String]| {
        let coverage = app.city_coverage(units).unwrap();
        let row = coverage
            .rows
            .iter()
            .find(|r| r.category == ChallengeCategory::GangCrime)
            .unwrap()
            .clone();
        (
            row.units_with_challenge,
            row.units_by_level,
            coverage.top_priority_gaps.len(),
        )
    };
    // Bro answers its gang crime at the universal and indicated levels, and has no priority gap.
    assert_eq!(gang(&["bro".to_string()]), (1, vec![1, 0, 1], 0));
    // Alby's live plan answers it at the indicated level only: one priority-1 gap.
    assert_eq!(gang(&["alby".to_string()]), (1, vec![0, 0, 1], 1));
    // No choice is the whole city, as in the figures.
    assert_eq!(gang(&[]), (2, vec![1, 0, 2], 1));
    assert_eq!(gang(&["nobody".to_string()]), (0, vec![0, 0, 0], 0));
}
