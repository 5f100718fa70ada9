//! Rendering a synthetic report of about 100 pages: the sample plan's chapters repeated, with
//! its charts and its long table, through the whole engine (layout and PDF writing).

use std::collections::BTreeMap;

use criterion::{criterion_group, criterion_main, Criterion};
use safeplan_report::engine::{builtin_fonts, render, Assets, PageSetup};

fn document() -> String {
    let sample = include_str!("../tests/golden/sample_sv.md");
    // Keep the cover and the contents once; repeat everything from the first chapter on.
    let body_start = sample.find("\n# ").unwrap_or(0);
    let (front, body) = sample.split_at(body_start);
    let mut md = front.replace(", \"logo\": \"logo\"", "");
    let body = body.replace("](karta)", "](map)");
    for _ in 0..10 {
        md.push_str(&body);
        md.push_str("\n\n```pagebreak\n```\n");
    }
    md
}

fn map_png() -> Vec<u8> {
    let mut out = Vec::new();
    let mut enc = png::Encoder::new(&mut out, 300, 160);
    enc.set_color(png::ColorType::Rgb);
    if let Ok(mut w) = enc.write_header() {
        let data: Vec<u8> = (0..300 * 160)
            .flat_map(|i| [180, 200, (i % 255) as u8])
            .collect();
        let _ = w.write_image_data(&data);
    }
    out
}

fn setup() -> PageSetup {
    PageSetup {
        title: "Trygghet i Norrby 2025–2027".into(),
        author: "Norrby stadsdelsförvaltning".into(),
        subject: "Handlingsplan".into(),
        lang: "sv".into(),
        header_text: "Trygghet i Norrby 2025–2027".into(),
        footer_template: "Sida {page} av {pages}".into(),
        watermark: Some("UTKAST".into()),
        creation_date: "2026-11-22".parse().unwrap(),
        document_id: "00112233445566778899aabbccddeeff".into(),
    }
}

fn bench(c: &mut Criterion) {
    let md = document();
    let setup = setup();
    let assets = Assets {
        fonts: builtin_fonts(),
        images: BTreeMap::from([("map".to_string(), map_png())]),
    };
    let pages = render(&md, &setup, &assets, &mut |_| {})
        .map(|r| r.pages)
        .unwrap_or(0);
    eprintln!("synthetic document: {pages} pages");
    let mut group = c.benchmark_group("engine");
    group.sample_size(10);
    group.bench_function("render_100_pages", |b| {
        b.iter(|| render(&md, &setup, &assets, &mut |_| {}).map(|r| r.pdf.len()))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
