//! The diff on documents whose right answer is known: a demo plan, and a copy with one thing
//! changed by hand.

use safeplan_model::{
    Actor, CapitalCodeTheme, ItemKind, ItemRef, MeasurePartner, PartnerRole, PlanDocument,
    PlanStatus, Role, Section,
};

use super::*;
use crate::demo::sundholm;
use crate::error::ErrorCode;

/// The demo's largest plan as it stands now: every kind of item, observations, partners, terms.
fn base() -> PlanDocument {
    sundholm()
        .plans
        .into_iter()
        .map(|p| p.document)
        .max_by_key(|d| d.measures.len() + d.indicators.len() + d.challenges.len())
        .unwrap()
}

/// The older and the newer text a field's spans hold.
fn sides(delta: &Delta) -> (String, String) {
    match delta {
        Delta::Words { spans } => {
            let side = |keep: WordOp| {
                spans
                    .iter()
                    .filter(|s| s.op == WordOp::Equal || s.op == keep)
                    .map(|s| s.text.as_str())
                    .collect::<String>()
            };
            (side(WordOp::Delete), side(WordOp::Insert))
        }
        Delta::Value { before, after } => (
            before.clone().unwrap_or_default(),
            after.clone().unwrap_or_default(),
        ),
    }
}

fn span(op: WordOp, text: &str) -> WordSpan {
    WordSpan {
        op,
        text: text.into(),
    }
}

#[test]
fn an_unchanged_plan_gives_an_empty_diff_whatever_its_status_and_counter() {
    let from = base();
    assert_eq!(diff_documents(&from, &from.clone()), vec![]);
    let mut to = from.clone();
    to.plan.status = PlanStatus::Approved;
    to.plan.revision += 40;
    assert_eq!(diff_documents(&from, &to), vec![]);
    // A registry partner no measure names any more leaves the document: its measure's change says so.
    to.partners.pop();
    assert_eq!(diff_documents(&from, &to), vec![]);
}

#[test]
fn reordering_items_observations_and_ids_is_not_a_change() {
    let from = base();
    let mut to = from.clone();
    to.measures.reverse();
    to.challenges.reverse();
    to.indicators[0].observations.reverse();
    let m = &mut to.measures[0];
    m.challenge_ids.reverse();
    m.themes = vec![
        CapitalCodeTheme::YouthInclusion,
        CapitalCodeTheme::OnlineHate,
    ];
    let mut from = from;
    from.measures.last_mut().unwrap().themes = vec![
        CapitalCodeTheme::OnlineHate,
        CapitalCodeTheme::YouthInclusion,
    ];
    assert!(to.measures.len() > 1 && to.indicators[0].observations.len() > 1);
    assert_eq!(diff_documents(&from, &to), vec![]);
}

#[test]
fn a_renamed_measure_is_one_change_with_its_words() {
    let from = base();
    let mut to = from.clone();
    let measure = &mut to.measures[1];
    let old = measure.title.clone();
    measure.title = format!("Utökad {old}");
    let id = measure.id.clone();

    let diff = diff_documents(&from, &to);
    assert_eq!(diff.len(), 1, "{diff:#?}");
    let change = &diff[0];
    assert_eq!(change.change, ChangeKind::Changed);
    assert_eq!(change.kind, Some(ItemKind::Measure));
    assert_eq!(change.place, ItemRef::item(Section::Measures, &id));
    assert_eq!(change.name, to.measures[1].title);
    assert_eq!(change.fields.len(), 1);
    let field = &change.fields[0];
    assert_eq!(field.field, "title");
    assert_eq!(
        field.place,
        ItemRef::item_field(Section::Measures, &id, "title")
    );
    assert_eq!(
        field.delta,
        Delta::Words {
            spans: vec![span(WordOp::Insert, "Utökad "), span(WordOp::Equal, &old)]
        }
    );
}

#[test]
fn a_removed_observation_is_reported_as_removed_by_its_period() {
    let from = base();
    let mut to = from.clone();
    let indicator = to
        .indicators
        .iter_mut()
        .find(|i| i.observations.len() >= 3)
        .unwrap();
    let gone = indicator.observations.remove(1);
    let id = indicator.id.clone();

    let diff = diff_documents(&from, &to);
    assert_eq!(diff.len(), 1, "{diff:#?}");
    assert_eq!(diff[0].kind, Some(ItemKind::Indicator));
    assert_eq!(diff[0].place.section, Section::Statistics);
    let fields = &diff[0].fields;
    assert_eq!(
        fields.len(),
        1,
        "later observations do not shift: {fields:#?}"
    );
    assert_eq!(fields[0].change, ChangeKind::Removed);
    assert_eq!(fields[0].field, "observations[1]");
    assert_eq!(fields[0].element.as_deref(), Some(gone.period.as_str()));
    assert_eq!(
        fields[0].place,
        ItemRef::item_field(Section::Statistics, &id, "observations[1]")
    );
    let (before, after) = sides(&fields[0].delta);
    assert!(
        before.contains(&format!("period: {}", gone.period)),
        "{before}"
    );
    assert_eq!(after, "");
}

#[test]
fn added_and_removed_items_are_named_and_grouped_by_step() {
    let from = base();
    let mut to = from.clone();
    let removed = to.measures.remove(0);
    let mut added = to.challenges[0].clone();
    added.id = "new-challenge".into();
    added.title = "Otrygghet vid pendeltågsstationen".into();
    to.challenges.push(added);
    to.plan.lagesbild.extent.push_str(" Nytt stycke.");

    let diff = diff_documents(&from, &to);
    let summary: Vec<_> = diff
        .iter()
        .map(|c| (c.place.section, c.change, c.name.as_str()))
        .collect();
    assert_eq!(
        summary,
        vec![
            (Section::Lagesbild, ChangeKind::Changed, ""),
            (
                Section::Challenges,
                ChangeKind::Added,
                "Otrygghet vid pendeltågsstationen"
            ),
            (
                Section::Measures,
                ChangeKind::Removed,
                removed.title.as_str()
            ),
        ]
    );
    assert!(diff[1].fields.is_empty() && diff[2].fields.is_empty());
    assert_eq!(diff[2].id.as_deref(), Some(removed.id.as_str()));
    assert_eq!(
        diff[0].fields[0].place,
        ItemRef::field(Section::Lagesbild, "extent")
    );
    let (before, after) = sides(&diff[0].fields[0].delta);
    assert_eq!(before, from.plan.lagesbild.extent);
    assert_eq!(after, to.plan.lagesbild.extent);
}

#[test]
fn the_plans_own_fields_and_a_measures_partners_are_compared_by_name() {
    let from = base();
    let mut to = from.clone();
    let period = to.plan.period.as_mut().unwrap();
    period.to_year += 1;
    to.plan.follow_up.by_whom = "Kommunens trygghetsråd och förvaltningens ledning".into();
    let partner = to
        .partners
        .iter()
        .find(|p| !to.measures[0].partners.iter().any(|m| m.partner_id == p.id))
        .unwrap()
        .clone();
    to.measures[0].partners.push(MeasurePartner {
        partner_id: partner.id.clone(),
        role: PartnerRole::Funder,
    });

    let diff = diff_documents(&from, &to);
    let fields: Vec<_> = diff
        .iter()
        .flat_map(|c| c.fields.iter().map(move |f| (c.place.section, f)))
        .map(|(s, f)| (s, f.field.as_str(), f.change, f.element.as_deref()))
        .collect();
    let n = from.measures[0].partners.len();
    assert_eq!(
        fields,
        vec![
            (Section::Plan, "period.to_year", ChangeKind::Changed, None),
            (
                Section::Measures,
                &*format!("partners[{n}]"),
                ChangeKind::Added,
                Some(partner.name.as_str())
            ),
            (Section::FollowUp, "by_whom", ChangeKind::Changed, None),
        ]
    );
    let year = from.plan.period.unwrap().to_year;
    assert_eq!(
        diff[0].fields[0].delta,
        Delta::Value {
            before: Some(year.to_string()),
            after: Some((year + 1).to_string())
        }
    );
    let (_, added) = sides(&diff[1].fields[0].delta);
    assert!(
        added.contains(&partner.name) && added.contains("funder"),
        "{added}"
    );
}

#[test]
fn words_replaced_in_a_phrase_read_as_one_deletion_and_one_insertion() {
    assert_eq!(
        words::text("the old cat sat", "the new dog sat"),
        Delta::Words {
            spans: vec![
                span(WordOp::Equal, "the "),
                span(WordOp::Delete, "old cat"),
                span(WordOp::Insert, "new dog"),
                span(WordOp::Equal, " sat"),
            ]
        }
    );
    assert_eq!(
        words::text("a b c", "a c"),
        Delta::Words {
            spans: vec![
                span(WordOp::Equal, "a "),
                span(WordOp::Delete, "b "),
                span(WordOp::Equal, "c"),
            ]
        }
    );
    // A short word kept between two rewritten stretches is part of the rewrite.
    assert_eq!(
        words::text(
            "tidig insats och stöd i skolan",
            "sen kontroll och straff i skolan"
        ),
        Delta::Words {
            spans: vec![
                span(WordOp::Delete, "tidig insats och stöd"),
                span(WordOp::Insert, "sen kontroll och straff"),
                span(WordOp::Equal, " i skolan"),
            ]
        }
    );
    // One word on each side is a value, not prose.
    assert_eq!(
        words::text("2026-01-01", ""),
        Delta::Value {
            before: Some("2026-01-01".into()),
            after: None
        }
    );
}

#[test]
fn a_routines_steps_are_compared_one_step_at_a_time() {
    let from = base();
    let mut to = from.clone();
    let routine = to
        .responsibilities
        .iter_mut()
        .find(|r| r.steps.len() >= 2)
        .unwrap();
    let old = routine.steps.clone();
    routine.steps[1] = "Ring socialjouren".into();

    let diff = diff_documents(&from, &to);
    assert_eq!(diff.len(), 1);
    let Delta::Words { spans } = &diff[0].fields[0].delta else {
        panic!("{diff:#?}")
    };
    assert!(spans.contains(&span(WordOp::Delete, &old[1])), "{spans:#?}");
    assert!(spans.contains(&span(WordOp::Insert, "Ring socialjouren")));
    // Kept steps stay as they were, one per line.
    assert!(
        spans
            .iter()
            .any(|s| s.op == WordOp::Equal && s.text.lines().any(|l| l == old[0])),
        "{spans:#?}"
    );
}

/// The store's revisions: the default ends, a chosen pair, and revisions the plan never had.
#[test]
fn diff_by_revision_defaults_to_the_last_review_and_refuses_unknown_revisions() {
    let mut app = Safeplan::open_in_memory().unwrap();
    app.load_demo(false).unwrap();
    let plans = app.plans().unwrap();
    let reviewed = plans
        .iter()
        .find(|p| p.status == PlanStatus::ChangesRequested)
        .unwrap();
    let revisions = app.revisions(&reviewed.id).unwrap();
    let decision = revisions
        .iter()
        .rev()
        .find(|r| r.status == PlanStatus::ChangesRequested)
        .unwrap();

    let before = app.diff(&reviewed.slug, None, None).unwrap();
    assert_eq!(before.from.revision, Some(decision.number));
    assert_eq!(before.to.revision, None);
    assert_eq!(before.to.status, PlanStatus::ChangesRequested);

    // The planner edits a field and removes a measure: the diff now has exactly those besides.
    let doc = app.plan(&reviewed.id).unwrap();
    let mut plan = doc.plan.clone();
    plan.lagesbild.cause_analysis = format!("{} Ny analys.", plan.lagesbild.cause_analysis);
    let planner = Actor::new(Role::Planner, "Lena Holm");
    let rev = app.update_plan(&planner, plan.revision, &plan).unwrap();
    let gone = doc.measures.last().unwrap();
    app.delete_item(&planner, &doc.plan.id, rev, ItemKind::Measure, &gone.id)
        .unwrap();
    let after = app.diff(&reviewed.slug, None, None).unwrap();
    let new: Vec<_> = after
        .items
        .iter()
        .filter(|c| !before.items.contains(c))
        .map(|c| (c.place.clone(), c.change))
        .collect();
    assert!(new.contains(&(ItemRef::section(Section::Lagesbild), ChangeKind::Changed)));
    assert!(new.contains(&(
        ItemRef::item(Section::Measures, &gone.id),
        ChangeKind::Removed
    )));

    // Two chosen revisions, oldest first, and the same one twice.
    let pair = app.diff(&reviewed.slug, Some(1), Some(2)).unwrap();
    assert_eq!((pair.from.revision, pair.to.revision), (Some(1), Some(2)));
    assert_eq!(pair.to.status, revisions[1].status);
    assert!(app
        .diff(&reviewed.slug, Some(2), Some(2))
        .unwrap()
        .items
        .is_empty());

    let latest = revisions.last().unwrap().number;
    let err = app
        .diff(&reviewed.slug, Some(latest + 1), None)
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::NoRevision);
    assert!(
        err.to_string().contains(&format!(
            "no revision {}: its revisions are numbered 1 to {latest}",
            latest + 1
        )),
        "{err}"
    );
    let err = app.diff(&reviewed.slug, None, Some(0)).unwrap_err();
    assert_eq!(err.code(), ErrorCode::NoRevision);

    let never = plans
        .iter()
        .find(|p| app.revisions(&p.id).unwrap().is_empty())
        .unwrap();
    let err = app.diff(&never.slug, None, None).unwrap_err();
    assert_eq!(err.code(), ErrorCode::NoRevision);
    assert!(err.to_string().contains("no revision yet"), "{err}");
    assert_eq!(
        app.diff("no-such-plan", None, None).unwrap_err().code(),
        ErrorCode::NotFound
    );
}

#[test]
fn a_suggestion_reads_as_the_words_it_changes_in_the_text_now() {
    let delta = word_delta(
        "Few adults are out in the evenings.",
        "Few adults and no youth workers are out late.",
    );
    let (before, after) = sides(&delta);
    assert_eq!(before, "Few adults are out in the evenings.");
    assert_eq!(after, "Few adults and no youth workers are out late.");
    let Delta::Words { spans } = delta else {
        panic!("prose is compared word by word")
    };
    assert!(spans.contains(&span(WordOp::Insert, "and no youth workers ")));
    assert_eq!(spans[0], span(WordOp::Equal, "Few adults "));
}
