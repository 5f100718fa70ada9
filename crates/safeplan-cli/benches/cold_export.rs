//! The export a planner runs: `safeplan pdf` as a whole process, cold (a new process each time:
//! the font faces inflated, the hyphenation dictionary read, the database opened), for the demo
//! city's largest plan and for that plan grown to about 100 and 1,000 pages. The warm export in
//! one long-lived process is `safeplan-core`'s `report` benchmark. `cargo bench -p safeplan-cli
//! --bench cold_export`; figures in docs/performance.md.

use std::path::{Path, PathBuf};
use std::process::Command;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_safeplan");

fn safeplan(db: &Path, args: &[&str]) -> String {
    let out = Command::new(BIN)
        .arg("--db")
        .arg(db)
        .args(args)
        .output()
        .expect("run safeplan");
    assert!(
        out.status.success(),
        "safeplan {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The largest demo plan's package with its measures repeated `times` times under a new plan id
/// and slug (revisions and comments left out): about 18 pages per repeat.
fn grown(package: &Value, times: usize, slug: &str) -> Value {
    let mut p = package.clone();
    p["plan"]["id"] = Value::from(format!("bench-{slug}"));
    p["plan"]["slug"] = Value::from(slug);
    let measures = p["measures"].as_array().cloned().unwrap_or_default();
    let mut all = Vec::with_capacity(measures.len() * times);
    for round in 0..times {
        for m in &measures {
            let mut m = m.clone();
            if round > 0 {
                m["id"] = Value::from(format!("{}-r{round}", m["id"].as_str().unwrap_or("m")));
                m["title"] = Value::from(format!(
                    "{} ({})",
                    m["title"].as_str().unwrap_or(""),
                    round + 1
                ));
            }
            all.push(m);
        }
    }
    p["measures"] = Value::Array(all);
    p["revisions"] = Value::Array(Vec::new());
    p["comments"] = Value::Array(Vec::new());
    p
}

fn pages(db: &Path, slug: &str, out: &Path) -> usize {
    let said = safeplan(
        db,
        &pdf_args(slug, out)
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>(),
    );
    // "wrote <file> (N pages)"
    said.rsplit('(')
        .next()
        .and_then(|s| s.split_whitespace().next())
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}

fn pdf_args(slug: &str, out: &Path) -> Vec<String> {
    vec![
        "pdf".into(),
        slug.into(),
        "--date".into(),
        "2026-11-22".into(),
        "--out".into(),
        out.display().to_string(),
    ]
}

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let db: PathBuf = dir.path().join("bench.db");
    let out = dir.path().join("out.pdf");
    safeplan(&db, &["demo"]);
    let package = dir.path().join("norrby.safeplan");
    safeplan(
        &db,
        &[
            "export",
            "norrby-2027",
            "--out",
            &package.display().to_string(),
        ],
    );
    let package: Value =
        serde_json::from_slice(&std::fs::read(&package).expect("read package")).expect("json");
    let mut plans = vec![("norrby-2027".to_string(), 1usize)];
    for times in [4, 54] {
        let slug = format!("grown-{times}");
        let file = dir.path().join(format!("{slug}.safeplan"));
        std::fs::write(&file, grown(&package, times, &slug).to_string()).expect("write package");
        safeplan(&db, &["import", &file.display().to_string()]);
        plans.push((slug, times));
    }

    let mut group = c.benchmark_group("cold_export");
    group.sample_size(10);
    for (slug, times) in &plans {
        let n = pages(&db, slug, &out);
        eprintln!("{slug}: {n} pages");
        let args = pdf_args(slug, &out);
        group.bench_with_input(
            BenchmarkId::new("safeplan_pdf", format!("{n}_pages")),
            &args,
            |b, args| {
                b.iter(|| {
                    let status = Command::new(BIN)
                        .arg("--db")
                        .arg(&db)
                        .args(args)
                        .stdout(std::process::Stdio::null())
                        .status()
                        .expect("run safeplan");
                    assert!(status.success(), "safeplan pdf {slug} failed ({times}×)");
                })
            },
        );
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
