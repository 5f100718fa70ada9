//! How long "what changed since a review" takes for the demo's largest plan against its first
//! revision: the comparison alone (`diff_documents`, two documents in memory), and the whole use
//! case as the app's command runs it (`Safeplan::diff`: read the plan and every revision snapshot
//! from the database, then compare).
//! `cargo bench -p safeplan-core --bench diff`; figures in docs/performance.md.

use criterion::{criterion_group, criterion_main, Criterion};

use safeplan_core::demo::sundholm;
use safeplan_core::{diff_documents, Safeplan};

fn bench(c: &mut Criterion) {
    // The largest demo plan that has revisions: the most items to match and fields to compare.
    let largest = sundholm()
        .plans
        .into_iter()
        .filter(|p| !p.revisions.is_empty())
        .max_by_key(|p| serde_json::to_string(&p.document).map_or(0, |s| s.len()))
        .expect("the demo has plans with revisions");
    let first = largest.revisions[0].number;
    let mut group = c.benchmark_group("diff");
    group.bench_function("documents_largest_plan_vs_first_revision", |b| {
        b.iter(|| diff_documents(&largest.revisions[0].snapshot, &largest.document).len())
    });

    let mut app = Safeplan::open_in_memory().expect("in memory");
    app.load_demo(false).expect("demo");
    let id = largest.document.plan.id.clone();
    group.bench_function("use_case_largest_plan_vs_first_revision", |b| {
        b.iter(|| app.diff(&id, Some(first), None).map(|d| d.items.len()))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
