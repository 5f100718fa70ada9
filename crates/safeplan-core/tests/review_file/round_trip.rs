//! The whole round: the advisor reviews the submitted plan and sends a review file back; the
//! district, which withdrew and edited meanwhile, imports it, accepts the suggestion and resubmits.

use safeplan_core::{ChangeKind, DecisionOutcome, SuggestionPick};
use safeplan_model::{ItemKind, NoteReason, PlanStatus, Section, SuggestionState};

use crate::{advisor, dump, planner, reply, say, submitted, suggest, Pair};

#[test]
fn the_district_takes_the_review_into_its_edited_plan_and_resubmits() {
    let mut pair = submitted();
    let id = pair.plan_id.clone();
    let a = &mut pair.advisor;

    // The advisor reviews.
    let rev = Pair::rev(a, &id);
    a.set_status(&id, rev, PlanStatus::InReview, &advisor(), None)
        .unwrap();
    let doc = Pair::doc(a, &id);
    let measure = doc.measures[0].id.clone();
    let rev = Pair::rev(a, &id);
    let (rev, thread) = a
        .add_comment(
            &advisor(),
            &id,
            rev,
            &say(&format!("measures/{measure}"), "Vem följer upp detta?"),
        )
        .unwrap();
    let (rev, answer) = a
        .add_comment(
            &advisor(),
            &id,
            rev,
            &reply(&thread, "Gärna med en indikator."),
        )
        .unwrap();
    let new_cause = "Orsaksanalysen bygger på skolornas enkät och polisens lägesbild.";
    let (rev, suggestion) = a
        .add_comment(
            &advisor(),
            &id,
            rev,
            &suggest("lagesbild.cause_analysis", new_cause),
        )
        .unwrap();
    a.set_status(
        &id,
        rev,
        PlanStatus::ChangesRequested,
        &advisor(),
        Some("Se kommentarerna"),
    )
    .unwrap();
    let file = a.export_review(&advisor(), &id).unwrap();
    let text = String::from_utf8(file.clone()).unwrap();
    let before = Pair::doc(&pair.district, &id);
    assert!(
        !text.contains(&before.plan.lagesbild.extent),
        "the review file carries no plan text"
    );

    // Meanwhile the district withdrew its plan and edited another field.
    let d = &mut pair.district;
    let rev = Pair::rev(d, &id);
    let rev = d
        .set_status(&id, rev, PlanStatus::Draft, &planner(), None)
        .unwrap();
    let reviewed = d
        .revisions(&id)
        .unwrap()
        .into_iter()
        .rev()
        .find(|r| r.status == PlanStatus::Submitted)
        .unwrap()
        .number;
    let mut plan = Pair::doc(d, &id).plan;
    plan.lagesbild.extent = "Utbredningen enligt trygghetsmätningen 2026.".into();
    d.update_plan(&planner(), rev, &plan).unwrap();

    let done = d.import_review(&file, "norrby.safeplan-review").unwrap();
    assert_eq!(
        (
            done.threads_added,
            done.replies_added,
            done.suggestions_added
        ),
        (2, 1, 1)
    );
    let decision = done.decision.unwrap();
    assert_eq!(decision.status, PlanStatus::ChangesRequested);
    assert_eq!(
        decision.outcome,
        DecisionOutcome::Recorded,
        "the plan is a draft here"
    );
    assert_eq!(
        decision.reason,
        Some(NoteReason::StatusMoved {
            here: PlanStatus::Draft,
            was: PlanStatus::Submitted,
            to: PlanStatus::InReview,
        }),
        "the first of the reviewer's moves not allowed here stops them"
    );
    assert_eq!(done.conflicts_kept.len(), 1);
    assert_eq!(d.review_notes(&id).unwrap(), done.conflicts_kept);

    let now = Pair::doc(d, &id);
    assert_eq!(now.plan.status, PlanStatus::Draft, "not forced");
    assert_eq!(
        now.plan.lagesbild.extent, "Utbredningen enligt trygghetsmätningen 2026.",
        "the edit made meanwhile survived"
    );
    let by_id = |cid: &str| now.comments.iter().find(|c| c.id == cid).unwrap().clone();
    assert_eq!(by_id(&thread).anchor.id.as_deref(), Some(measure.as_str()));
    assert_eq!(by_id(&answer).parent_id.as_deref(), Some(thread.as_str()));
    assert_eq!(
        by_id(&suggestion).quote,
        before.plan.lagesbild.cause_analysis
    );

    // The same file again changes nothing at all.
    let db = pair.district_db();
    let first = dump(&db);
    let again = pair
        .district
        .import_review(&file, "norrby.safeplan-review")
        .unwrap();
    assert!(!again.changed);
    assert_eq!(again.decision.unwrap().outcome, DecisionOutcome::Recorded);
    assert_eq!(dump(&db), first);

    // The district accepts the suggestion and resubmits.
    let d = &mut pair.district;
    let rev = Pair::rev(d, &id);
    let decided = d
        .decide_suggestions(
            &planner(),
            &id,
            rev,
            &SuggestionPick::One(suggestion.clone()),
            true,
            None,
        )
        .unwrap();
    assert_eq!(decided.accepted.len(), 1);
    d.set_status(
        &id,
        decided.revision,
        PlanStatus::Submitted,
        &planner(),
        None,
    )
    .unwrap();
    let now = Pair::doc(d, &id);
    assert_eq!(now.plan.lagesbild.cause_analysis, new_cause);
    assert_eq!(
        now.comments
            .iter()
            .find(|c| c.id == suggestion)
            .and_then(|c| c.suggestion.as_ref())
            .map(|s| s.state),
        Some(SuggestionState::Accepted)
    );

    // What changed since the reviewed submission: the two lägesbild fields and the review's
    // three comments, nothing else.
    let diff = d.diff(&id, Some(reviewed), None).unwrap();
    let mut fields: Vec<String> = diff
        .items
        .iter()
        .filter(|i| i.kind != Some(ItemKind::Comment))
        .flat_map(|i| i.fields.iter().map(|f| f.place.to_string()))
        .collect();
    fields.sort();
    assert_eq!(
        fields,
        ["lagesbild.cause_analysis", "lagesbild.extent"],
        "{diff:#?}"
    );
    let mut comments: Vec<(String, ChangeKind)> = diff
        .items
        .iter()
        .filter(|i| i.kind == Some(ItemKind::Comment))
        .map(|i| (i.id.clone().unwrap(), i.change))
        .collect();
    comments.sort_by(|x, y| x.0.cmp(&y.0));
    let mut expected = vec![
        (thread, ChangeKind::Added),
        (answer, ChangeKind::Added),
        (suggestion, ChangeKind::Added),
    ];
    expected.sort_by(|x, y| x.0.cmp(&y.0));
    assert_eq!(comments, expected);
    let parts: Vec<Section> = diff
        .items
        .iter()
        .filter(|i| i.kind != Some(ItemKind::Comment))
        .map(|i| i.place.section)
        .collect();
    assert_eq!(parts, [Section::Lagesbild], "no other item changed");

    // "Since the last review" opens on the submission the advisor read, on both sides, though no
    // revision holds the decision: the district only recorded it, and the advisor takes the
    // district's newer package, whose revisions replace the advisor's own.
    assert_eq!(
        d.diff(&id, None, None).unwrap().from.revision,
        Some(reviewed)
    );
    let package = d.export_package(&id).unwrap();
    let a = &mut pair.advisor;
    a.import_package(&package, safeplan_core::ImportMode::Replace)
        .unwrap();
    let since = a.diff(&id, None, None).unwrap();
    assert_eq!(since.from.revision, Some(reviewed));
    assert_eq!(since.from.status, PlanStatus::Submitted);
    assert_eq!(since.items, diff.items, "what the district changed since");
}

#[test]
fn a_decision_on_a_plan_still_submitted_is_made_as_the_reviewers_signed_moves() {
    let mut pair = submitted();
    let id = pair.plan_id.clone();
    let a = &mut pair.advisor;
    let rev = Pair::rev(a, &id);
    let rev = a
        .set_status(&id, rev, PlanStatus::InReview, &advisor(), Some("Påbörjad"))
        .unwrap();
    let (rev, _) = a
        .add_comment(&advisor(), &id, rev, &say("lagesbild", "Tydlig lägesbild."))
        .unwrap();
    a.set_status(&id, rev, PlanStatus::Approved, &advisor(), Some("Godkänd"))
        .unwrap();
    let file = a.export_review(&advisor(), &id).unwrap();

    let d = &mut pair.district;
    let count = d.revisions(&id).unwrap().len();
    let done = d.import_review(&file, "r.safeplan-review").unwrap();
    let decision = done.decision.unwrap();
    assert_eq!(
        decision.outcome,
        DecisionOutcome::Applied,
        "{:?}",
        decision.reason
    );
    let revisions = d.revisions(&id).unwrap();
    assert_eq!(revisions.len(), count + 2);
    let [taken, approved] = &revisions[count..] else {
        unreachable!()
    };
    assert_eq!(taken.status, PlanStatus::InReview);
    assert_eq!(approved.status, PlanStatus::Approved);
    assert_eq!(approved.author_name, "Erik Lund");
    assert_eq!(approved.message, "Godkänd");
    assert_eq!(
        approved.snapshot.comments.len(),
        Pair::doc(d, &id).comments.len(),
        "the decision's snapshot holds the review's comments"
    );
    assert_eq!(Pair::doc(d, &id).plan.status, PlanStatus::Approved);

    let db = pair.district_db();
    let first = dump(&db);
    let again = pair
        .district
        .import_review(&file, "r.safeplan-review")
        .unwrap();
    assert_eq!(
        again.decision.unwrap().outcome,
        DecisionOutcome::AlreadyApplied
    );
    assert_eq!(dump(&db), first);
}

/// The district's newer package reaches the advisor again: by a single `--replace` import and by
/// gathering, the advisor's own comments on the plan survive.
#[test]
fn the_advisors_comments_survive_the_districts_newer_package() {
    use safeplan_core::{GatherOutcome, ImportMode};

    for gathered in [false, true] {
        let mut pair = submitted();
        let id = pair.plan_id.clone();
        let a = &mut pair.advisor;
        let rev = Pair::rev(a, &id);
        let (_, mine) = a
            .add_comment(&advisor(), &id, rev, &say("lagesbild", "Bra början."))
            .unwrap();

        // The district withdraws, edits twice and resubmits: a newer package.
        let d = &mut pair.district;
        let rev = Pair::rev(d, &id);
        let mut rev = d
            .set_status(&id, rev, PlanStatus::Draft, &planner(), None)
            .unwrap();
        for extent in ["Ny utbredning.", "Ny utbredning, 2026."] {
            let mut plan = Pair::doc(d, &id).plan;
            plan.lagesbild.extent = extent.into();
            rev = d.update_plan(&planner(), rev, &plan).unwrap();
        }
        d.set_status(&id, rev, PlanStatus::Submitted, &planner(), None)
            .unwrap();
        let package = d.export_package(&id).unwrap();

        let a = &mut pair.advisor;
        if gathered {
            let path = pair.dir.path().join("newer.safeplan");
            std::fs::write(&path, &package).unwrap();
            let files = a.gather(&[path], &mut |_| {}).unwrap();
            assert_eq!(files[0].outcome, GatherOutcome::Updated, "{files:?}");
        } else {
            a.import_package(&package, ImportMode::Replace).unwrap();
        }
        let doc = Pair::doc(a, &id);
        assert_eq!(doc.plan.lagesbild.extent, "Ny utbredning, 2026.");
        assert!(
            doc.comments
                .iter()
                .any(|c| c.id == mine && c.text == "Bra början."),
            "gathered: {gathered}"
        );
    }
}

/// The demo's plan in review exports the advisor's open threads and suggestion since its
/// submission; the same demo elsewhere already holds them, so importing there changes nothing,
/// and the suggestion, quoting its field as it is, is accepted once the planner withdraws the plan.
#[test]
fn the_demo_review_goes_out_and_its_suggestion_is_accepted() {
    use safeplan_core::Safeplan;

    let mut app = Safeplan::open_in_memory().unwrap();
    app.load_demo(false).unwrap();
    let plan = app
        .plans()
        .unwrap()
        .into_iter()
        .find(|p| p.status == PlanStatus::InReview && p.slug == "vasterhojden-2027")
        .unwrap();
    let file = app.export_review(&advisor(), &plan.id).unwrap();
    let parsed = safeplan_core::parse_review(&file, "demo.safeplan-review").unwrap();
    assert!(parsed.comments.iter().any(|c| c.suggestion.is_some()));
    assert_eq!(parsed.status_moves.len(), 1, "taken into review");

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("demo.db");
    let mut other = Safeplan::open(&path).unwrap();
    other.load_demo(false).unwrap();
    let before = dump(&path);
    let done = other.import_review(&file, "demo.safeplan-review").unwrap();
    assert!(!done.changed);
    assert_eq!(
        done.decision.unwrap().outcome,
        DecisionOutcome::AlreadyApplied
    );
    assert_eq!(dump(&path), before);

    let suggestion = parsed
        .comments
        .iter()
        .find(|c| c.suggestion.is_some())
        .unwrap();
    let rev = app
        .set_status(&plan.id, plan.revision, PlanStatus::Draft, &planner(), None)
        .unwrap();
    let decided = app
        .decide_suggestions(
            &planner(),
            &plan.id,
            rev,
            &SuggestionPick::One(suggestion.id.clone()),
            true,
            None,
        )
        .unwrap();
    assert_eq!(decided.accepted.len(), 1, "{:?}", decided.left_open);
    assert_eq!(
        app.plan(&plan.id).unwrap().plan.follow_up.when,
        suggestion.suggestion.as_ref().unwrap().text
    );
}
