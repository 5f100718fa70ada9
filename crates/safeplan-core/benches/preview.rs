//! How long the live preview of a lägesbild field takes in core (`Safeplan::preview_markdown`: the
//! template's level for the field, the `markdown` filter and the engine's reading), for a long field
//! with headings, nested lists and a table (the app asks once per pause in the typing), and the first
//! call's extra step of finding each field's level in the template.
//! `cargo bench -p safeplan-core --bench preview`; figures in docs/performance.md.

use criterion::{criterion_group, criterion_main, Criterion};

use safeplan_core::{PreviewPlace, Safeplan};
use safeplan_model::Language;

/// About 20 000 characters: a long lägesbild field, written as planners write them.
fn long_field() -> String {
    let section = "## Läget i stadsdelen\n\n\
        Anmälda brott har **minskat** sedan 2019, men *tryggheten* har inte följt med. Se [Brå](https://bra.se).\n\n\
        - Skolan\n  - Frånvaro\n    1. Högstadiet\n    2. Gymnasiet\n  - Otrygghet i korridorerna\n- Fritiden\n\n\
        | Brott | 2023 | 2024 |\n|---|--:|--:|\n| Rån | 14 | 9 |\n| Skadegörelse | 120 | 98 |\n\n\
        > Ungdomar beskriver centrum som otryggt efter mörkrets inbrott.\n\n";
    section.repeat(20_000 / section.len() + 1)
}

fn bench(c: &mut Criterion) {
    let text = long_field();
    let place = PreviewPlace {
        template: "district-plan".into(),
        language: Language::Sv,
        field: "extent".into(),
    };
    let mut group = c.benchmark_group("preview");
    group.bench_function("preview_markdown_20k_chars", |b| {
        b.iter(|| Safeplan::preview_markdown(&text, &place).map(|t| t.len()))
    });
    // The first preview of a template and language also asks the template where each field sits.
    let files = safeplan_report::builtin::template("district-plan", safeplan_model::Locale::Sv)
        .expect("built in");
    let sample = safeplan_core::demo::sundholm().plans.remove(0).document;
    group.bench_function("field_heading_levels_district_plan", |b| {
        b.iter(|| {
            safeplan_report::preview::field_heading_levels(
                &files,
                safeplan_model::Locale::Sv,
                &sample,
            )
            .map(|l| l.len())
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
