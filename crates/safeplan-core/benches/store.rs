//! How fast the things a planner feels are: saving one measure's edited text (every keystroke pause
//! autosaves), loading a whole plan (every step change), and importing a city's packages (the city
//! executive office's first morning). Each runs on a file-backed (WAL) database in a temporary folder,
//! as the app does. `cargo bench -p safeplan-core`; figures in docs/performance.md.

use criterion::{criterion_group, criterion_main, BatchSize, Criterion};

use safeplan_core::{ImportMode, Safeplan};
use safeplan_model::{Actor, Indicator, Measure, Observation, PlanDocument, PlanStatus, Role};

/// The size the targets are stated for: a large district plan.
const MEASURES: usize = 40;
const INDICATORS: usize = 12;
const OBSERVATIONS: usize = 10;

fn planner() -> Actor {
    Actor::new(Role::Planner, "Bench")
}

/// Opens a fresh file database with the demo city, and grows its largest plan to the benchmark's size.
fn demo_db(dir: &tempfile::TempDir) -> (Safeplan, PlanDocument) {
    let mut app = Safeplan::open(&dir.path().join("bench.db")).expect("open");
    app.load_demo(false).expect("demo");
    let largest = app
        .plans()
        .expect("plans")
        .into_iter()
        .map(|p| app.plan(&p.id).expect("plan"))
        .max_by_key(|d| d.measures.len() * 100 + d.indicators.len())
        .expect("the demo has plans");
    let id = largest.plan.id.clone();
    let mut rev = largest.plan.revision;
    // A submitted or approved demo plan is read-only: the planner withdraws it to edit it.
    if largest.plan.status.is_read_only() {
        rev = app
            .set_status(&id, rev, PlanStatus::Draft, &planner(), None)
            .expect("withdraw");
    }
    let mut doc = largest;
    for n in doc.indicators.len()..INDICATORS {
        let mut i: Indicator = doc
            .indicators
            .first()
            .cloned()
            .expect("the demo plan has an indicator");
        i.id = format!("bench-indicator-{n}");
        i.name = format!("{} ({n})", i.name);
        rev = app
            .save_item(&planner(), &id, rev, &i.clone().into())
            .expect("indicator");
    }
    doc = app.plan(&id).expect("plan");
    for i in doc.indicators.clone() {
        if i.observations.len() >= OBSERVATIONS {
            continue;
        }
        let mut i = i;
        i.observations = (0..OBSERVATIONS)
            .map(|k| Observation {
                period: (2015 + k).to_string(),
                value: Some(40.0 + k as f64),
                data_as_of: Some("2025-02-01".parse().unwrap()),
                note: String::new(),
                suppressed: false,
            })
            .collect();
        rev = app
            .save_item(&planner(), &id, rev, &i.clone().into())
            .expect("observations");
    }
    for n in doc.measures.len()..MEASURES {
        let mut m: Measure = doc.measures[n % doc.measures.len()].clone();
        m.id = format!("bench-measure-{n}");
        m.title = format!("{} ({n})", m.title);
        rev = app
            .save_item(&planner(), &id, rev, &m.clone().into())
            .expect("measure");
    }
    let doc = app.plan(&id).expect("plan");
    assert!(doc.measures.len() >= MEASURES && doc.indicators.len() >= INDICATORS);
    (app, doc)
}

fn store(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("tempdir");
    let (mut app, doc) = demo_db(&dir);
    let plan_id = doc.plan.id.clone();

    let mut measure = doc.measures[0].clone();
    let mut rev = doc.plan.revision;
    let mut n = 0u64;
    c.bench_function("save_measure_text_file_wal", |b| {
        b.iter(|| {
            n += 1;
            measure.description = format!(
                "Edited description, version {n}. {}",
                doc.measures[0].description
            );
            rev = app
                .save_item(&planner(), &plan_id, rev, &measure.clone().into())
                .expect("save");
        })
    });

    // MEASURES measures, INDICATORS indicators × OBSERVATIONS observations.
    c.bench_function("load_plan", |b| {
        b.iter(|| app.plan(&plan_id).expect("load"))
    });

    let slugs: Vec<String> = app
        .plans()
        .expect("plans")
        .into_iter()
        .map(|p| p.slug)
        .collect();
    let packages: Vec<Vec<u8>> = slugs
        .iter()
        .map(|s| app.export_package(s).expect("export"))
        .collect();
    let mut group = c.benchmark_group("packages");
    group.sample_size(20);
    group.bench_function(
        // Every demo plan's package into a fresh file database, each iteration.
        format!("import_{}_demo_packages", packages.len()),
        |b| {
            b.iter_batched(
                || {
                    let dir = tempfile::tempdir().expect("tempdir");
                    let app = Safeplan::open(&dir.path().join("import.db")).expect("open");
                    (dir, app)
                },
                |(dir, mut app)| {
                    for bytes in &packages {
                        app.import_package(bytes, ImportMode::Refuse)
                            .expect("import");
                    }
                    (dir, app)
                },
                BatchSize::PerIteration,
            )
        },
    );
    group.finish();
}

criterion_group!(benches, store);
criterion_main!(benches);
