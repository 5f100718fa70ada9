//! The city executive office's three waits: gathering every unit's package from a folder,
//! computing the city figures over the whole database, and printing the city action plan (the
//! figures and every unit's plan through the city-plan template, `safeplan consolidate`). All on
//! the generated city (Storholm) at
//! 18 units (Stockholm's 13 districts and 5 departments), 50 and 100, to see how time grows; the
//! database is a file (WAL) in a temporary folder, as the app's is.
//! `cargo bench -p safeplan-core --bench city`; figures in docs/performance.md ("City").

use std::path::{Path, PathBuf};

use criterion::{criterion_group, criterion_main, BatchSize, BenchmarkId, Criterion};

use safeplan_core::city::ConsolidateOptions;
use safeplan_core::Safeplan;

const SIZES: &[usize] = &[18, 50, 100];

/// A folder holding the generated city's packages, one file per plan.
fn packages(units: usize, dir: &Path) -> PathBuf {
    let mut source = Safeplan::open_in_memory().expect("open");
    source.load_generated_city(units, false).expect("city");
    let folder = dir.join(format!("packages-{units}"));
    std::fs::create_dir_all(&folder).expect("folder");
    for p in source.plans().expect("plans") {
        let bytes = source.export_package(&p.id).expect("export");
        std::fs::write(folder.join(format!("{}.safeplan", p.slug)), bytes).expect("write");
    }
    folder
}

fn gather(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut group = c.benchmark_group("city_gather");
    group.sample_size(10);
    for &units in SIZES {
        let folder = packages(units, dir.path());
        let mut run = 0;
        group.bench_with_input(BenchmarkId::from_parameter(units), &folder, |b, folder| {
            b.iter_batched(
                || {
                    run += 1;
                    Safeplan::open(&dir.path().join(format!("gather-{units}-{run}.db")))
                        .expect("open")
                },
                |mut app| {
                    let files = app
                        .gather(std::slice::from_ref(folder), &mut |_| {})
                        .expect("gather");
                    assert_eq!(files.len(), units);
                    app
                },
                BatchSize::PerIteration,
            )
        });
    }
    group.finish();
}

fn figures(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut group = c.benchmark_group("city_figures");
    group.sample_size(10);
    for &units in SIZES {
        let mut app = Safeplan::open(&dir.path().join(format!("city-{units}.db"))).expect("open");
        app.load_generated_city(units, false).expect("city");
        group.bench_with_input(BenchmarkId::from_parameter(units), &app, |b, app| {
            b.iter(|| app.city_in(2026).expect("city"))
        });
    }
    group.finish();
}

fn consolidate(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut group = c.benchmark_group("city_consolidate");
    group.sample_size(10);
    let options = ConsolidateOptions {
        date: Some("2026-11-22".parse().expect("date")),
        ..ConsolidateOptions::default()
    };
    for &units in SIZES {
        let mut app = Safeplan::open(&dir.path().join(format!("print-{units}.db"))).expect("open");
        app.load_generated_city(units, false).expect("city");
        group.bench_with_input(BenchmarkId::from_parameter(units), &app, |b, app| {
            b.iter(|| {
                let export = app.consolidate(&options, &mut |_| {}).expect("consolidate");
                assert!(export.pages > units * 10);
                export
            })
        });
    }
    group.finish();
}

criterion_group!(benches, gather, figures, consolidate);
criterion_main!(benches);
