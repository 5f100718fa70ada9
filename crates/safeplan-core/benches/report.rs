//! How long the PDF export of the demo city's largest plan takes, through the same call the desktop
//! app and the CLI make (`Safeplan::export_pdf`: loading the plan, the readiness check, the template,
//! layout and PDF writing). `cargo bench -p safeplan-core --bench report`; figures in docs/performance.md.

use criterion::{criterion_group, criterion_main, Criterion};

use safeplan_core::{PdfOptions, Safeplan};

fn bench(c: &mut Criterion) {
    let mut app = Safeplan::open_in_memory().expect("open");
    app.load_demo(false).expect("demo");
    let options = PdfOptions {
        date: Some("2026-11-22".parse().unwrap()),
        ..PdfOptions::default()
    };
    // The largest plan is the one with the most pages.
    let (slug, pages) = app
        .plans()
        .expect("plans")
        .into_iter()
        .filter_map(|p| {
            let pages = app.export_pdf(&p.slug, &options, &mut |_| {}).ok()?.pages;
            Some((p.slug, pages))
        })
        .max_by_key(|(_, pages)| *pages)
        .expect("the demo has plans that export");
    eprintln!("largest demo plan: {slug}, {pages} pages");
    let mut group = c.benchmark_group("report");
    group.sample_size(20);
    group.bench_function("export_pdf_largest_demo_plan", |b| {
        b.iter(|| {
            app.export_pdf(&slug, &options, &mut |_| {})
                .map(|e| e.bytes.len())
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
