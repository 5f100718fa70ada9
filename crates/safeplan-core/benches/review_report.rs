//! How long the review report of the demo city's largest plan takes, through the call the CLI and the
//! desktop app make (`Safeplan::review_report`: the plan, its revisions and comments, the diff since the
//! previous review, the template, layout and PDF writing), after a review round made here: threads with
//! replies on every measure, a resolved thread, a suggestion and status moves.
//! `cargo bench -p safeplan-core --bench review_report`; figures in docs/performance.md.

use criterion::{criterion_group, criterion_main, Criterion};

use safeplan_core::{NewComment, ReviewReportOptions, Safeplan};
use safeplan_model::{Actor, ItemRef, PlanStatus, Role, Section};

fn comment(anchor: ItemRef, text: &str, parent: Option<String>) -> NewComment {
    NewComment {
        anchor: Some(anchor),
        text: text.into(),
        suggestion: None,
        parent_id: parent,
    }
}

fn bench(c: &mut Criterion) {
    let mut app = Safeplan::open_in_memory().expect("open");
    app.load_demo(false).expect("demo");
    // The largest plan: the most measures, then the most text.
    let doc = app
        .plans()
        .expect("plans")
        .iter()
        .map(|p| app.plan(&p.id).expect("plan"))
        .max_by_key(|d| {
            (
                d.measures.len(),
                serde_json::to_string(d).map_or(0, |s| s.len()),
            )
        })
        .expect("the demo has plans");
    let id = doc.plan.id.clone();
    let advisor = Actor::new(Role::Advisor, "Erik Lund");
    let planner = Actor::new(Role::Planner, "Anna Berg");
    let mut rev = doc.plan.revision;
    for m in &doc.measures {
        let on = ItemRef::item(Section::Measures, &m.id);
        let (r, thread) = app
            .add_comment(
                &advisor,
                &id,
                rev,
                &comment(on.clone(), "Hur följs den upp?", None),
            )
            .expect("comment");
        let reply = comment(on, "Med indikatorn i planen, varje halvår.", Some(thread));
        rev = app.add_comment(&planner, &id, r, &reply).expect("reply").0;
    }
    let title = ItemRef::item_field(Section::Measures, &doc.measures[0].id, "title");
    let suggestion = NewComment {
        suggestion: Some(format!("{} för unga", doc.measures[0].title)),
        ..comment(title, "Tydligare rubrik", None)
    };
    let (mut rev, _) = app
        .add_comment(&advisor, &id, rev, &suggestion)
        .expect("suggest");
    for (to, who) in [
        (PlanStatus::Submitted, &planner),
        (PlanStatus::InReview, &advisor),
        (PlanStatus::ChangesRequested, &advisor),
    ] {
        // A demo plan may already stand further along; the comments make the report either way.
        if let Ok(r) = app.set_status(&id, rev, to, who, Some("Granskning")) {
            rev = r;
        }
    }
    let options = ReviewReportOptions {
        date: Some("2026-11-22".parse().unwrap()),
        ..ReviewReportOptions::default()
    };
    let pages = app.review_report(&id, &options).expect("report").pages;
    eprintln!(
        "largest demo plan: {}, {} measures, review report of {pages} pages",
        doc.plan.slug,
        doc.measures.len()
    );
    let mut group = c.benchmark_group("review_report");
    group.sample_size(20);
    group.bench_function("review_report_largest_demo_plan", |b| {
        b.iter(|| app.review_report(&id, &options).map(|e| e.bytes.len()))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
