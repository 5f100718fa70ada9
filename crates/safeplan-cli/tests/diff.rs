//! `safeplan diff`: what changed in a plan since its last review, as a listing and as JSON.

mod common;

use common::*;
use safeplan_core::{ChangeKind, PlanDiff};
use safeplan_model::{Actor, ItemKind, ItemRef, PlanStatus, PlanSummary, Role, Section};

/// The demo's plan that came back with changes requested: the planner may edit it again.
fn returned(db: &Db) -> PlanSummary {
    db.demo()
        .into_iter()
        .find(|p| p.status == PlanStatus::ChangesRequested)
        .expect("the demo has a plan with changes requested")
}

#[test]
fn diff_lists_an_edited_field_and_a_removed_measure_by_step() {
    let db = Db::new();
    let plan = returned(&db);
    let listed = |args: &[&str]| {
        let mut all = vec!["diff", plan.slug.as_str()];
        all.extend_from_slice(args);
        stdout(ok(&db.run(&all)))
    };
    let json = |args: &[&str]| -> PlanDiff {
        let mut all = vec!["diff", plan.slug.as_str(), "--json"];
        all.extend_from_slice(args);
        serde_json::from_slice(&ok(&db.run(&all)).stdout).unwrap()
    };
    let untouched = json(&[]);

    let (removed, cause) = {
        let mut core = db.core();
        let doc = core.plan(&plan.id).unwrap();
        let mut p = doc.plan.clone();
        let cause = format!("Trångboddhet. {}", p.lagesbild.cause_analysis);
        p.lagesbild.cause_analysis = cause.clone();
        let planner = Actor::new(Role::Planner, "Lena Holm");
        let rev = core.update_plan(&planner, p.revision, &p).unwrap();
        let removed = doc.measures.last().unwrap().clone();
        core.delete_item(&planner, &plan.id, rev, ItemKind::Measure, &removed.id)
            .unwrap();
        (removed, cause)
    };

    let diff = json(&[]);
    assert_eq!(diff.from, untouched.from, "the default start stays put");
    assert_eq!(diff.from.status, PlanStatus::ChangesRequested);
    let new: Vec<_> = diff
        .items
        .iter()
        .filter(|c| !untouched.items.contains(c))
        .collect();
    assert_eq!(new.len(), 2, "{new:#?}");
    assert_eq!(new[0].place, ItemRef::section(Section::Lagesbild));
    assert_eq!(
        new[0].fields.last().unwrap().place,
        ItemRef::field(Section::Lagesbild, "cause_analysis")
    );
    assert_eq!(
        (new[1].change, new[1].id.as_deref()),
        (ChangeKind::Removed, Some(removed.id.as_str()))
    );

    let text = listed(&["--lang", "en"]);
    let n = diff.from.revision.unwrap();
    assert!(
        text.starts_with(&format!("{}: revision {n} (Changes requested, ", plan.slug)),
        "{text}"
    );
    assert!(text.contains("→ now (Changes requested)"), "{text}");
    assert!(text.contains("\nSituational picture\n"), "{text}");
    assert!(
        text.contains("  ~ cause_analysis: {+Trångboddhet. +}"),
        "{text}"
    );
    assert!(
        text.contains(&format!(
            "  - Measure “{}”  [measures/{}]",
            removed.title, removed.id
        )),
        "{text}"
    );
    assert!(cause.starts_with("Trångboddhet. "));
    let swedish = listed(&[]);
    assert!(swedish.contains("\nLägesbild\n"), "{swedish}");
    assert!(
        swedish.contains(&format!("  - Åtgärd ”{}”", removed.title)),
        "{swedish}"
    );

    // Two revisions chosen by number, and one revision against itself.
    let pair = json(&["--from", "1", "--to", "2"]);
    assert_eq!((pair.from.revision, pair.to.revision), (Some(1), Some(2)));
    let same = listed(&["--from", "2", "--to", "2", "--lang", "en"]);
    assert!(same.trim_end().ends_with("no changes"), "{same}");
}

#[test]
fn diff_refuses_a_revision_the_plan_never_had() {
    let db = Db::new();
    let plan = returned(&db);
    let line = user_error(&db.run(&["diff", &plan.slug, "--from", "99"]));
    assert!(
        line.contains("has no revision 99: its revisions are numbered 1 to"),
        "{line}"
    );
    let line = user_error(&db.run(&["diff", &plan.slug, "--to", "0", "--json"]));
    assert!(line.contains("has no revision 0"), "{line}");

    let fresh = db
        .plans()
        .into_iter()
        .find(|p| db.core().revisions(&p.id).unwrap().is_empty())
        .expect("the demo has a plan never submitted");
    let line = user_error(&db.run(&["diff", &fresh.slug]));
    assert!(line.contains("has no revision yet"), "{line}");
    let line = user_error(&db.run(&["diff", "no-such-plan"]));
    assert!(line.contains("no-such-plan"), "{line}");
    // Not a number: clap's own usage error.
    assert_eq!(
        db.run(&["diff", &plan.slug, "--from", "two"]).status.code(),
        Some(2)
    );
}
