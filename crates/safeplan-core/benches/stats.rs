//! Reading a large statistics file: a 10 MB PX table (region × age × sex × year, as Statistics
//! Sweden serves population and crime tables) inspected whole — decoded from Windows-1252, every
//! keyword parsed and every cell read and counted. Target: under 1 s.
//! `cargo bench -p safeplan-core --bench stats`; figures in docs/performance.md.

use std::fmt::Write;

use criterion::{criterion_group, criterion_main, Criterion};

use safeplan_core::stats::{read_table, SheetChoice};

const REGIONS: usize = 290;
const AGES: usize = 21;
const SEXES: usize = 3;
const YEARS: usize = 75;

fn quoted(items: impl Iterator<Item = String>) -> String {
    items
        .map(|s| format!("\"{s}\""))
        .collect::<Vec<_>>()
        .join(",")
}

/// A PX file of at least 10 MB, with a few data marks among the figures.
fn big_px() -> Vec<u8> {
    let mut px = String::new();
    px.push_str("CHARSET=\"ANSI\";\nAXIS-VERSION=\"2013\";\nLANGUAGE=\"sv\";\nDECIMALS=1;\n");
    px.push_str("TITLE=\"Folkmängd efter region, ålder, kön och år\";\nCONTENTS=\"Folkmängd\";\nUNITS=\"antal\";\n");
    px.push_str("STUB=\"region\",\"ålder\";\nHEADING=\"kön\",\"år\";\n");
    let regions = (0..REGIONS).map(|r| format!("Kommun {r:03}"));
    let _ = writeln!(px, "VALUES(\"region\")={};", quoted(regions));
    let _ = writeln!(
        px,
        "CODES(\"region\")={};",
        quoted((0..REGIONS).map(|r| format!("{:04}", 100 + r)))
    );
    let _ = writeln!(
        px,
        "VALUES(\"ålder\")={};",
        quoted((0..AGES).map(|a| format!("{}-{} år", a * 5, a * 5 + 4)))
    );
    let _ = writeln!(
        px,
        "VALUES(\"kön\")={};",
        quoted(["män", "kvinnor", "totalt"].iter().map(|s| s.to_string()))
    );
    let years = || (0..YEARS).map(|y| (1950 + y).to_string());
    let _ = writeln!(px, "VALUES(\"år\")={};", quoted(years()));
    let _ = writeln!(px, "TIMEVAL(\"år\")=TLIST(A1),{};", quoted(years()));
    px.push_str("LAST-UPDATED=\"20240321 09:00\";\nSOURCE=\"SCB\";\nDATA=\n");
    let mut n: u64 = 12345;
    for _ in 0..REGIONS * AGES {
        for col in 0..SEXES * YEARS {
            n = n
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let _ = match (n >> 33) % 97 {
                0 => write!(px, "\"..\""),
                1 => write!(px, "\"-\""),
                v => write!(px, "{}.{}", 10_000 + v * 731 + col as u64, v % 10),
            };
            px.push(' ');
        }
        px.push('\n');
    }
    px.push_str(";\n");
    let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(&px);
    bytes.into_owned()
}

fn inspect(c: &mut Criterion) {
    let bytes = big_px();
    assert!(
        bytes.len() >= 10 * 1024 * 1024,
        "the file is {} bytes",
        bytes.len()
    );
    let choice = SheetChoice::default();
    let mut group = c.benchmark_group("stats");
    group.sample_size(10);
    group.bench_function("inspect_px_10mb", |b| {
        b.iter(|| {
            let table =
                read_table(&bytes, "folkmangd.px", &choice).expect("the generated file reads");
            let summary = table.summary();
            assert_eq!(summary.dimensions.len(), 4);
            summary
        })
    });
    group.finish();
}

criterion_group!(benches, inspect);
criterion_main!(benches);
