//! Each readiness rule, firing and not firing, on the ready fixture with one thing broken.

mod common;

use common::*;
use safeplan_model::readiness::{check, is_ready};
use safeplan_model::*;

#[test]
fn the_fixture_is_ready_and_valid() {
    let doc = ready_document();
    assert_eq!(check(&doc), vec![]);
    assert!(is_ready(&check(&doc)));
    validate::validate_document(&doc).expect("fixture validates");
}

#[test]
fn an_empty_plan_reports_rules_in_order() {
    let mut doc = ready_document();
    doc.unit = None;
    doc.plan.unit_id = None;
    doc.plan.period = None;
    doc.plan.decision_body = String::new();
    doc.plan.lagesbild = Lagesbild::default();
    doc.challenges.clear();
    doc.measures.clear();
    doc.indicators[0].source = String::new();
    let got = rules(&doc);
    let mut sorted = got.clone();
    sorted.sort();
    assert_eq!(got, sorted, "findings come in rule order");
    assert_eq!(
        &got[..7],
        &[
            RuleId::R1,
            RuleId::R1,
            RuleId::R1,
            RuleId::R2,
            RuleId::R2,
            RuleId::R2,
            RuleId::R3
        ]
    );
    assert!(!is_ready(&check(&doc)));
}

#[test]
fn r1_fires_per_missing_field() {
    let mut doc = ready_document();
    doc.plan.period = None;
    let f = findings_of(&doc, RuleId::R1);
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].level, Level::Error);
    assert_eq!(f[0].item, ItemRef::field(Section::Plan, "period"));

    let mut doc = ready_document();
    doc.plan.decision_body = "   ".into();
    assert_eq!(
        findings_of(&doc, RuleId::R1)[0].item,
        ItemRef::field(Section::Plan, "decision_body")
    );

    let mut doc = ready_document();
    doc.plan.unit_id = None;
    doc.unit = None;
    assert_eq!(
        findings_of(&doc, RuleId::R1)[0].item,
        ItemRef::field(Section::Plan, "unit_id")
    );
}

#[test]
fn r1_is_satisfied_by_a_unit_id_alone() {
    let mut doc = ready_document();
    doc.unit = None;
    assert!(findings_of(&doc, RuleId::R1).is_empty());
}

#[test]
fn r2_fires_for_each_missing_part_of_the_lagesbild() {
    let mut doc = ready_document();
    doc.plan.lagesbild.cause_analysis = "\n  ".into();
    let f = findings_of(&doc, RuleId::R2);
    assert_eq!(f.len(), 1);
    assert_eq!(
        f[0].item,
        ItemRef::field(Section::Lagesbild, "cause_analysis")
    );
    assert!(
        f[0].message_sv.contains("orsaksanalys"),
        "{}",
        f[0].message_sv
    );
    assert!(
        f[0].message_en.contains("cause analysis"),
        "{}",
        f[0].message_en
    );

    doc.plan.lagesbild.extent.clear();
    doc.plan.lagesbild.consequences.clear();
    assert_eq!(findings_of(&doc, RuleId::R2).len(), 3);
}

#[test]
fn r2_does_not_need_risk_factors_or_sources() {
    let mut doc = ready_document();
    doc.plan.lagesbild.sources_and_method.clear();
    assert!(findings_of(&doc, RuleId::R2).is_empty());
}

#[test]
fn r3_fires_when_there_is_no_challenge() {
    let mut doc = ready_document();
    doc.challenges.clear();
    for m in &mut doc.measures {
        m.challenge_ids.clear();
    }
    let f = findings_of(&doc, RuleId::R3);
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].item, ItemRef::section(Section::Challenges));
}

#[test]
fn r3_fires_once_per_unanswered_challenge() {
    let mut doc = ready_document();
    doc.challenges
        .push(challenge("online", "Näthat mot förtroendevalda", 3));
    doc.challenges
        .push(challenge("disinfo", "Desinformation", 3));
    let f = findings_of(&doc, RuleId::R3);
    assert_eq!(f.len(), 2);
    assert_eq!(f[0].item, ItemRef::item(Section::Challenges, "online"));
    assert_eq!(f[1].item, ItemRef::item(Section::Challenges, "disinfo"));
    assert!(
        f[0].message_sv.contains("”Näthat mot förtroendevalda”"),
        "{}",
        f[0].message_sv
    );
    assert!(
        f[0].message_en.contains("“Näthat mot förtroendevalda”"),
        "{}",
        f[0].message_en
    );
}

#[test]
fn r4_fires_per_missing_level() {
    let mut doc = ready_document();
    doc.measures
        .retain(|m| m.level != Some(PreventionLevel::Selective));
    let f = findings_of(&doc, RuleId::R4);
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].level, Level::Warning);
    assert!(
        f[0].message_sv.contains("selektiv prevention"),
        "{}",
        f[0].message_sv
    );
    assert!(
        f[0].message_en.contains("selective prevention"),
        "{}",
        f[0].message_en
    );
    assert_eq!(f[0].item, ItemRef::section(Section::Measures));
    assert!(
        is_ready(&check(&doc)),
        "a warning does not block submitting"
    );
}

#[test]
fn r5_lists_every_missing_part_in_one_finding() {
    let mut doc = ready_document();
    let m = &mut doc.measures[1];
    m.owner = " ".into();
    m.end = None;
    m.follow_up.clear();
    let f = findings_of(&doc, RuleId::R5);
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].level, Level::Error);
    assert_eq!(
        f[0].item,
        ItemRef::item_field(Section::Measures, "mentors", "owner")
    );
    assert!(
        f[0].message_sv.contains("”Mentorer för unga i riskzon”"),
        "{}",
        f[0].message_sv
    );
    assert!(f[0].message_sv.contains("ansvarig"), "{}", f[0].message_sv);
    assert!(f[0].message_sv.contains("slutdatum"), "{}", f[0].message_sv);
    assert!(f[0].message_en.contains("an owner"), "{}", f[0].message_en);
    assert!(
        f[0].message_en.contains("and a follow-up indicator"),
        "{}",
        f[0].message_en
    );
}

#[test]
fn r5_fires_for_a_missing_level_and_a_dangling_follow_up() {
    let mut doc = ready_document();
    doc.measures[0].level = None;
    doc.measures[2].follow_up[0].indicator_id = "gone".into();
    let f = findings_of(&doc, RuleId::R5);
    assert_eq!(f.len(), 2);
    assert_eq!(
        f[0].item,
        ItemRef::item_field(Section::Measures, "homework", "level")
    );
    assert_eq!(
        f[1].item,
        ItemRef::item_field(Section::Measures, "gvi", "follow_up")
    );
}

#[test]
fn r6_fires_for_a_missing_source_or_too_few_observations() {
    let mut doc = ready_document();
    doc.indicators[0].observations.truncate(2);
    doc.indicators[1].source.clear();
    let f = findings_of(&doc, RuleId::R6);
    assert_eq!(f.len(), 2);
    assert_eq!(
        f[0].item,
        ItemRef::item_field(Section::Statistics, "shootings", "observations")
    );
    assert!(
        f[0].message_en.contains("only 2 observations"),
        "{}",
        f[0].message_en
    );
    assert_eq!(
        f[1].item,
        ItemRef::item_field(Section::Statistics, "safety", "source")
    );
}

#[test]
fn r6_counts_suppressed_observations_but_not_empty_ones() {
    let mut doc = ready_document();
    let obs = &mut doc.indicators[0].observations[0];
    obs.value = None;
    obs.suppressed = true;
    assert!(
        findings_of(&doc, RuleId::R6).is_empty(),
        "a suppressed figure still counts"
    );
    doc.indicators[0].observations[0].suppressed = false;
    assert_eq!(
        findings_of(&doc, RuleId::R6).len(),
        1,
        "a missing figure does not"
    );
}

#[test]
fn r7_fires_when_a_priority_one_challenge_is_met_at_one_level() {
    let mut doc = ready_document();
    doc.measures[1].challenge_ids = vec!["hate".into()];
    doc.measures[2].challenge_ids = vec!["hate".into()];
    let f = findings_of(&doc, RuleId::R7);
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].item, ItemRef::item(Section::Challenges, "gangs"));
    assert!(
        f[0].message_sv.contains("universell prevention"),
        "{}",
        f[0].message_sv
    );
}

#[test]
fn r7_ignores_lower_priorities() {
    let mut doc = ready_document();
    doc.challenges[0].priority = 2;
    doc.measures[1].challenge_ids = vec!["hate".into()];
    doc.measures[2].challenge_ids = vec!["hate".into()];
    assert!(findings_of(&doc, RuleId::R7).is_empty());
}

#[test]
fn r8_fires_for_a_targeted_measure_without_partners() {
    let mut doc = ready_document();
    doc.measures[2].partners.clear();
    let f = findings_of(&doc, RuleId::R8);
    assert_eq!(f.len(), 1);
    assert_eq!(
        f[0].item,
        ItemRef::item_field(Section::Measures, "gvi", "partners")
    );
    assert!(
        f[0].message_sv.contains("indikerad prevention"),
        "{}",
        f[0].message_sv
    );

    // The universal measure in the fixture has no partner and needs none.
    assert!(ready_document().measures[0].partners.is_empty());
}

#[test]
fn r9_fires_on_a_personnummer_in_a_measure_description_and_masks_it() {
    let mut doc = ready_document();
    doc.measures[2].description = "Kontaktperson för 811218-9876 är utsedd.".into();
    let f = findings_of(&doc, RuleId::R9);
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].level, Level::Error);
    assert_eq!(
        f[0].item,
        ItemRef::item_field(Section::Measures, "gvi", "description")
    );
    for message in [&f[0].message_sv, &f[0].message_en] {
        assert!(!message.contains("811218-9876"), "{message}");
        assert!(!message.contains("9876"), "{message}");
        assert!(message.contains("******-****"), "{message}");
    }
    assert!(
        f[0].message_sv.contains("svenskt personnummer"),
        "{}",
        f[0].message_sv
    );
    assert!(
        f[0].message_sv.contains("”Sluta skjut”"),
        "{}",
        f[0].message_sv
    );
    assert!(
        f[0].message_en.contains("“description”"),
        "{}",
        f[0].message_en
    );
    assert!(!is_ready(&check(&doc)));
}

/// Puts a text into one field of a document.
type SetText = fn(&mut PlanDocument, String);

#[test]
fn r9_reaches_every_kind_of_field() {
    let cases: Vec<(SetText, ItemRef)> = vec![
        (
            |d, t| d.plan.title = t,
            ItemRef::field(Section::Plan, "title"),
        ),
        (
            |d, t| d.plan.team[0].name = t,
            ItemRef::field(Section::Plan, "team[0].name"),
        ),
        (
            |d, t| d.plan.terms[0].definition = t,
            ItemRef::field(Section::Plan, "terms[0].definition"),
        ),
        (
            |d, t| d.plan.lagesbild.extent = t,
            ItemRef::field(Section::Lagesbild, "extent"),
        ),
        (
            |d, t| d.plan.follow_up.how = t,
            ItemRef::field(Section::FollowUp, "how"),
        ),
        (
            |d, t| d.challenges[1].places = t,
            ItemRef::item_field(Section::Challenges, "hate", "places"),
        ),
        (
            |d, t| d.indicators[0].definition = t,
            ItemRef::item_field(Section::Statistics, "shootings", "definition"),
        ),
        (
            |d, t| d.indicators[0].observations[1].note = t,
            ItemRef::item_field(Section::Statistics, "shootings", "observations[1].note"),
        ),
        (
            |d, t| d.measures[0].target_group = t,
            ItemRef::item_field(Section::Measures, "homework", "target_group"),
        ),
        (
            |d, t| d.measures[0].evidence.note = t,
            ItemRef::item_field(Section::Measures, "homework", "evidence.note"),
        ),
        (
            |d, t| d.partners[1].notes = t,
            ItemRef::item_field(Section::Partners, "kriminalvarden", "notes"),
        ),
        (
            |d, t| d.responsibilities[0].steps[1] = t,
            ItemRef::item_field(Section::Responsibilities, "shooting", "steps[1]"),
        ),
        (
            |d, t| d.comments[0].text = t,
            ItemRef::item(Section::Measures, "gvi"),
        ),
    ];
    for (set, expected) in cases {
        let mut doc = ready_document();
        set(&mut doc, "Se 19121212-1212.".to_string());
        let f = findings_of(&doc, RuleId::R9);
        assert_eq!(f.len(), 1, "{expected:?}");
        assert_eq!(f[0].item, expected);
    }
}

#[test]
fn r9_never_repeats_the_number_even_through_a_title() {
    let mut doc = ready_document();
    doc.measures[0].title = "Stöd till 811218-9876".into();
    doc.measures[0].description = "Gäller 811218-9876 och 640823-3234".into();
    let f = findings_of(&doc, RuleId::R9);
    assert_eq!(f.len(), 2, "title and description");
    for finding in &f {
        assert!(
            !finding.message_sv.contains("9876") && !finding.message_en.contains("9876"),
            "{finding:?}"
        );
    }
    assert!(
        f[1].message_en.contains("2 identity numbers"),
        "{}",
        f[1].message_en
    );
}

#[test]
fn r9_does_not_fire_on_the_ordinary_numbers_of_a_plan() {
    let mut doc = ready_document();
    doc.plan.lagesbild.extent = "3 260 anmälda brott, 41 per 100 000 invånare, budget 1 250 000 kr (2500000 totalt) \
        2019–2024. Ring 08-508 000 00 eller 070-123 45 67. Org.nr 556677-8899. Datum 2023-02-28, postnr 123 45."
        .into();
    assert!(findings_of(&doc, RuleId::R9).is_empty());
}

#[test]
fn r10_fires_for_small_unsuppressed_counts() {
    let mut doc = ready_document();
    doc.indicators[0].observations[1].value = Some(3.0);
    doc.indicators[0].observations[2].value = Some(0.0);
    let f = findings_of(&doc, RuleId::R10);
    assert_eq!(f.len(), 1, "one finding per indicator");
    assert_eq!(f[0].level, Level::Warning);
    assert_eq!(
        f[0].item,
        ItemRef::item_field(Section::Statistics, "shootings", "observations[1]")
    );
    assert!(
        f[0].message_sv.contains("2023 (3), 2024 (0)"),
        "{}",
        f[0].message_sv
    );
}

#[test]
fn r10_respects_suppression_the_threshold_and_the_unit() {
    let mut doc = ready_document();
    doc.indicators[0].observations[1].value = Some(3.0);
    doc.indicators[0].observations[1].suppressed = true;
    doc.indicators[0].observations[2].value = Some(5.0);
    // The fixture's percentage indicator already holds 3.2, which is not a small count.
    assert_eq!(doc.indicators[1].observations[2].value, Some(3.2));
    assert!(findings_of(&doc, RuleId::R10).is_empty());

    doc.indicators[1].unit = IndicatorUnit::Count;
    assert_eq!(findings_of(&doc, RuleId::R10).len(), 1);
}

#[test]
fn r10_threshold_is_below_five_and_not_below_zero() {
    let mut doc = ready_document();
    doc.indicators[0].observations[0].value = Some(4.0);
    assert_eq!(
        findings_of(&doc, RuleId::R10).len(),
        1,
        "4 is a small count"
    );
    doc.indicators[0].observations[0].value = Some(-1.0);
    assert!(
        findings_of(&doc, RuleId::R10).is_empty(),
        "a negative value is no count"
    );
}
