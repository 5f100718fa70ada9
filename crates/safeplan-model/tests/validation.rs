//! Validation rejects each kind of nonsense and names the field by its path.

mod common;

use common::*;
use safeplan_model::limits;
use safeplan_model::validate::*;
use safeplan_model::*;

/// The paths of every problem `doc` has.
fn paths(doc: &PlanDocument) -> Vec<String> {
    match validate_document(doc) {
        Ok(()) => vec![],
        Err(errors) => errors.0.into_iter().map(|e| e.path).collect(),
    }
}

/// Asserts that `doc` fails exactly at `path`, and returns that message.
fn only_error(doc: &PlanDocument, path: &str) -> String {
    let errors = validate_document(doc).expect_err("expected a validation error");
    assert_eq!(
        errors.0.iter().map(|e| e.path.as_str()).collect::<Vec<_>>(),
        vec![path],
        "{errors}"
    );
    errors.0[0].message.clone()
}

#[test]
fn ids_must_be_short_and_plain() {
    let mut doc = ready_document();
    doc.measures[1].id = String::new();
    only_error(&doc, "measures[1].id");

    let mut doc = ready_document();
    doc.partners[0].id = "polis norr".into();
    doc.measures[1].partners[0].partner_id = "polis norr".into();
    doc.measures[2].partners[0].partner_id = "polis norr".into();
    assert_eq!(
        paths(&doc),
        vec![
            "measures[1].partners[0].partner_id",
            "measures[2].partners[0].partner_id",
            "partners[0].id"
        ]
    );

    let mut c = challenge(&"x".repeat(limits::ID_MAX + 1), "Titel", 1);
    assert!(validate_challenge(&c).expect_err("too long").has_path("id"));
    c.id = "x".repeat(limits::ID_MAX);
    validate_challenge(&c).expect("64 characters are allowed");
}

#[test]
fn slug_is_lower_case_url_safe() {
    for bad in [
        "",
        "Norrby-2025",
        "norrby_2025",
        "norrby 2025",
        &"a".repeat(65),
    ] {
        let mut doc = ready_document();
        doc.plan.slug = bad.to_string();
        only_error(&doc, "plan.slug");
    }
    let mut plan = ready_document().plan;
    plan.slug = "a".repeat(64);
    validate_plan(&plan).expect("64 is the limit");
}

#[test]
fn blank_titles_and_names_are_rejected() {
    let mut doc = ready_document();
    doc.measures[2].title = "   ".into();
    let message = only_error(&doc, "measures[2].title");
    assert!(message.contains("empty"), "{message}");

    let mut doc = ready_document();
    doc.indicators[0].name = String::new();
    only_error(&doc, "indicators[0].name");

    let mut doc = ready_document();
    doc.partners[1].name = "\t".into();
    only_error(&doc, "partners[1].name");

    let mut doc = ready_document();
    doc.plan.team[0].name = " ".into();
    only_error(&doc, "plan.team[0].name");

    let mut doc = ready_document();
    doc.plan.title = "Två\nrader".into();
    only_error(&doc, "plan.title");
}

#[test]
fn texts_have_length_limits() {
    let mut doc = ready_document();
    doc.challenges[0].title = "å".repeat(limits::TITLE_MAX + 1);
    let message = only_error(&doc, "challenges[0].title");
    assert!(
        message.contains("301") && message.contains("300"),
        "{message}"
    );

    let mut doc = ready_document();
    doc.challenges[0].title = "å".repeat(limits::TITLE_MAX);
    assert_eq!(
        paths(&doc),
        Vec::<String>::new(),
        "the limit counts characters, not bytes"
    );

    let mut doc = ready_document();
    doc.plan.lagesbild.extent = "x".repeat(limits::MARKDOWN_MAX + 1);
    only_error(&doc, "plan.lagesbild.extent");
}

#[test]
fn lists_have_length_limits() {
    let mut ind = ready_document().indicators[0].clone();
    ind.observations = (0..=limits::OBSERVATIONS_PER_INDICATOR_MAX)
        .map(|i| observation(&format!("{}", 1900 + i), 10.0))
        .collect();
    let errors = validate_indicator(&ind).expect_err("501 observations");
    assert!(errors.has_path("observations"), "{errors}");

    let mut doc = ready_document();
    let m = doc.measures[0].clone();
    doc.measures = (0..=limits::MEASURES_MAX)
        .map(|i| Measure {
            id: format!("m{i}"),
            ..m.clone()
        })
        .collect();
    assert_eq!(paths(&doc), vec!["measures"]);
}

#[test]
fn period_must_be_ordered_and_in_range() {
    let mut doc = ready_document();
    doc.plan.period = Some(Period {
        from_year: 2027,
        to_year: 2025,
    });
    let message = only_error(&doc, "plan.period.to_year");
    assert!(message.contains("before"), "{message}");

    let mut doc = ready_document();
    doc.plan.period = Some(Period {
        from_year: 1899,
        to_year: 2025,
    });
    only_error(&doc, "plan.period.from_year");

    let mut doc = ready_document();
    doc.plan.period = Some(Period {
        from_year: 2025,
        to_year: 2201,
    });
    only_error(&doc, "plan.period.to_year");
}

#[test]
fn priority_is_one_to_three() {
    for bad in [0, 4, 255] {
        let mut c = challenge("c", "Titel", bad);
        let errors = validate_challenge(&c).expect_err("bad priority");
        assert_eq!(errors.0[0].path, "priority");
        c.priority = 3;
        validate_challenge(&c).expect("3 is fine");
    }
}

/// Every place a plan holds a date reads it through `IsoDate`: the text a package, the app or the
/// database gives is refused there, with the reason, before any rule runs.
#[test]
fn dates_are_real_calendar_dates_wherever_a_plan_holds_one() {
    let bad = [
        ("2026-02-31", "month 2 of 2026 has 28 days"),
        ("2023-02-29", "month 2 of 2023 has 28 days"),
        ("2100-02-29", "month 2 of 2100 has 28 days"),
        ("2023-04-31", "month 4 of 2023 has 30 days"),
        ("2023-13-01", "there is no month 13"),
        ("2023-2-1", "expected an ISO date YYYY-MM-DD"),
        ("01/02/2023", "expected an ISO date YYYY-MM-DD"),
        ("", "expected an ISO date YYYY-MM-DD"),
        ("10000-01-01", "expected an ISO date YYYY-MM-DD"),
        ("2025-03-31T10:00:00Z", "expected an ISO date YYYY-MM-DD"),
    ];
    let doc = serde_json::to_value(ready_document()).unwrap();
    for (text, reason) in bad {
        for field in [
            &["plan", "adoption_date"][..],
            &["measures", "0", "start"],
            &["measures", "0", "end"],
            &["indicators", "1", "observations", "0", "data_as_of"],
        ] {
            let mut edited = doc.clone();
            let slot = field
                .iter()
                .fold(&mut edited, |v, key| match key.parse::<usize>() {
                    Ok(i) => &mut v[i],
                    Err(_) => &mut v[*key],
                });
            *slot = text.into();
            let err = serde_json::from_value::<PlanDocument>(edited)
                .expect_err(&format!("{text:?} at {field:?}"));
            assert!(err.to_string().contains(reason), "{text:?}: {err}");
        }
    }
    for good in ["2024-02-29", "2000-02-29", "1900-01-01", "2200-12-31"] {
        let mut doc = ready_document();
        doc.plan.adoption_date = Some(good.parse().unwrap());
        validate_document(&doc).expect(good);
    }
}

#[test]
fn dates_are_in_the_years_a_plan_may_name() {
    for (text, path) in [
        ("1899-12-31", "plan.adoption_date"),
        ("2201-01-01", "plan.adoption_date"),
        ("0000-01-01", "indicators[1].observations[0].data_as_of"),
        ("9999-12-31", "measures[0].end"),
    ] {
        let date: IsoDate = text.parse().expect("a calendar date");
        let mut doc = ready_document();
        match path {
            "plan.adoption_date" => doc.plan.adoption_date = Some(date),
            "measures[0].end" => doc.measures[0].end = Some(date),
            _ => doc.indicators[1].observations[0].data_as_of = Some(date),
        }
        let message = only_error(&doc, path);
        assert!(message.contains("out of range"), "{message}");
    }
}

#[test]
fn a_measure_ends_after_it_starts() {
    let mut doc = ready_document();
    doc.measures[0].start = Some("2026-01-01".parse().unwrap());
    doc.measures[0].end = Some("2025-12-31".parse().unwrap());
    let message = only_error(&doc, "measures[0].end");
    assert!(
        message.contains("(2025-12-31) before it starts (2026-01-01)"),
        "{message}"
    );

    doc.measures[0].end = Some("2026-01-01".parse().unwrap());
    validate_document(&doc).expect("a one-day measure");
}

#[test]
fn budget_is_not_negative_and_has_a_currency_code() {
    let mut doc = ready_document();
    doc.measures[1].budget = Some(Budget {
        amount: -1,
        currency: "SEK".into(),
    });
    only_error(&doc, "measures[1].budget.amount");

    for bad in ["sek", "KRONOR", "SE", "S3K", ""] {
        let mut doc = ready_document();
        doc.measures[1].budget = Some(Budget {
            amount: 0,
            currency: bad.into(),
        });
        only_error(&doc, "measures[1].budget.currency");
    }
}

#[test]
fn observation_periods_have_a_documented_format() {
    for good in [
        "2019", "2019-H1", "2019-H2", "2019-Q1", "2019-Q4", "2019-01", "2019-12",
    ] {
        assert!(parse_observation_period(good).is_ok(), "{good}");
    }
    for bad in [
        "19",
        "2019-H3",
        "2019-Q5",
        "2019-13",
        "2019-00",
        "2019-1",
        "2019 Q1",
        "2019-q1",
        "1899",
        "2019-2020",
        "",
    ] {
        let mut doc = ready_document();
        doc.indicators[0].observations[2].period = bad.to_string();
        only_error(&doc, "indicators[0].observations[2].period");
    }
}

#[test]
fn observation_periods_are_unique_per_indicator() {
    let mut doc = ready_document();
    doc.indicators[0].observations[2].period = "2022".into();
    let message = only_error(&doc, "indicators[0].observations[2].period");
    assert!(message.contains("index 0"), "{message}");

    // The same period in two indicators is fine.
    assert_eq!(doc.indicators[1].observations[0].period, "2022");
}

#[test]
fn observation_and_target_values_are_finite() {
    for bad in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
        let mut doc = ready_document();
        doc.indicators[1].observations[1].value = Some(bad);
        only_error(&doc, "indicators[1].observations[1].value");

        let mut doc = ready_document();
        doc.measures[0].follow_up[0].target = Some(bad);
        only_error(&doc, "measures[0].follow_up[0].target");
    }
}

#[test]
fn values_no_statistic_can_have_are_refused_with_the_field() {
    // A black-box fuzzer's value: accepted by import, it once crashed the PDF's chart code.
    for bad in [-f64::MAX, f64::MAX, 1.000_001e12, -2e12] {
        let mut doc = ready_document();
        doc.indicators[1].observations[1].value = Some(bad);
        let message = only_error(&doc, "indicators[1].observations[1].value");
        assert!(message.contains("too large"), "{message}");

        let mut doc = ready_document();
        doc.measures[0].follow_up[0].baseline = Some(bad);
        only_error(&doc, "measures[0].follow_up[0].baseline");

        let mut doc = ready_document();
        doc.measures[0].follow_up[0].target = Some(bad);
        only_error(&doc, "measures[0].follow_up[0].target");
    }
    // The bound itself, the smallest subnormal and -0 are values a statistic may have.
    for fine in [1e12, -1e12, f64::MIN_POSITIVE / 2.0, -0.0] {
        let mut doc = ready_document();
        doc.indicators[1].observations[1].value = Some(fine);
        doc.measures[0].follow_up[0].baseline = Some(fine);
        assert!(validate_document(&doc).is_ok(), "{fine:e}");
    }
}

#[test]
fn duplicates_inside_a_measure_are_rejected() {
    let mut doc = ready_document();
    doc.measures[0].challenge_ids = vec!["gangs".into(), "hate".into(), "gangs".into()];
    only_error(&doc, "measures[0].challenge_ids[2]");

    let mut doc = ready_document();
    doc.measures[2].partners.push(MeasurePartner {
        partner_id: "police".into(),
        role: PartnerRole::Funder,
    });
    only_error(&doc, "measures[2].partners[2].partner_id");

    let mut doc = ready_document();
    doc.measures[0].themes = vec![CapitalCodeTheme::OnlineHate, CapitalCodeTheme::OnlineHate];
    only_error(&doc, "measures[0].themes[1]");
}

#[test]
fn duplicate_ids_within_any_list_are_rejected() {
    let mut doc = ready_document();
    doc.challenges.push(challenge("hate", "Ännu en", 2));
    let message = only_error(&doc, "challenges[2].id");
    assert!(message.contains("hate"), "{message}");

    let mut doc = ready_document();
    doc.indicators[1].id = "shootings".into();
    only_error(&doc, "indicators[1].id");

    let mut doc = ready_document();
    doc.responsibilities.push(doc.responsibilities[0].clone());
    only_error(&doc, "responsibilities[1].id");
}

#[test]
fn comments_need_text_a_timestamp_and_a_real_parent() {
    let mut doc = ready_document();
    doc.comments[0].text = "  ".into();
    only_error(&doc, "comments[0].text");

    let mut doc = ready_document();
    doc.comments[0].created_at = "yesterday".into();
    only_error(&doc, "comments[0].created_at");

    let mut reply = ready_document().comments[0].clone();
    reply.id = "c2".into();
    reply.created_at = "2025-03-02T08:00:00.250+01:00".into();
    reply.parent_id = Some("c9".into());
    let mut doc = ready_document();
    doc.comments.push(reply);
    let message = only_error(&doc, "comments[1].parent_id");
    assert!(message.contains("c9"), "{message}");
    doc.comments[1].parent_id = Some("c1".into());
    validate_document(&doc).expect("a reply to c1");
}

#[test]
fn references_stay_inside_the_plan() {
    let mut doc = ready_document();
    doc.measures[2].challenge_ids.push("x".into());
    let message = only_error(&doc, "measures[2].challenge_ids[1]");
    assert_eq!(
        message,
        "challenge `x` is not in this plan; a measure may only answer the plan's own challenges"
    );

    let mut doc = ready_document();
    doc.measures[1].follow_up[0].indicator_id = "gone".into();
    only_error(&doc, "measures[1].follow_up[0].indicator_id");

    let mut doc = ready_document();
    doc.partners.remove(1);
    only_error(&doc, "measures[2].partners[1].partner_id");
}

#[test]
fn the_plan_and_the_unit_agree() {
    let mut doc = ready_document();
    doc.plan.unit_id = Some("sodra".into());
    let message = only_error(&doc, "plan.unit_id");
    assert!(
        message.contains("sodra") && message.contains("norrby"),
        "{message}"
    );

    doc.unit = None;
    validate_document(&doc).expect("no unit in the document to disagree with");
}

#[test]
fn responsibilities_need_a_situation_and_real_steps() {
    let mut r = ready_document().responsibilities[0].clone();
    r.situation = String::new();
    r.steps.push(" ".into());
    let errors = validate_responsibility(&r).expect_err("two problems");
    assert_eq!(
        errors.0.iter().map(|e| e.path.as_str()).collect::<Vec<_>>(),
        vec!["situation", "steps[2]"]
    );
}

#[test]
fn per_item_validators_use_relative_paths_and_accept_the_fixture() {
    let doc = ready_document();
    validate_unit(doc.unit.as_ref().expect("fixture has a unit")).expect("unit");
    validate_plan(&doc.plan).expect("plan");
    doc.challenges
        .iter()
        .for_each(|c| validate_challenge(c).expect("challenge"));
    doc.indicators
        .iter()
        .for_each(|i| validate_indicator(i).expect("indicator"));
    doc.measures
        .iter()
        .for_each(|m| validate_measure(m).expect("measure"));
    doc.partners
        .iter()
        .for_each(|p| validate_partner(p).expect("partner"));
    doc.responsibilities
        .iter()
        .for_each(|r| validate_responsibility(r).expect("responsibility"));
    doc.comments
        .iter()
        .for_each(|c| validate_comment(c).expect("comment"));

    let mut m = doc.measures[0].clone();
    m.title.clear();
    m.end = Some("2024-01-01".parse().unwrap());
    let errors = validate_measure(&m).expect_err("two problems");
    assert_eq!(
        errors.0.iter().map(|e| e.path.as_str()).collect::<Vec<_>>(),
        vec!["title", "end"]
    );
    assert_eq!(errors.to_string().matches(": ").count(), 2, "{errors}");
}

#[test]
fn an_unfinished_draft_still_validates() {
    let mut doc = ready_document();
    doc.plan.period = None;
    doc.plan.decision_body.clear();
    doc.plan.lagesbild = Lagesbild::default();
    doc.measures[0].level = None;
    doc.measures[0].start = None;
    doc.measures[0].owner.clear();
    validate_document(&doc).expect("missing things are readiness findings, not validation errors");
}
