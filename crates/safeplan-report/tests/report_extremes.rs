//! Hostile numbers through the whole export. A fuzzer's -1.7976931348623157e308 once passed import and
//! then crashed the chart code ("capacity overflow"). The model now refuses magnitudes over 10^12; every
//! value it still accepts — its bounds, subnormals, -0, a series of one value, all values equal, all
//! suppressed — must give a sound PDF in both languages, and the engine must hold even for the values
//! the model refuses, since a template can write any number into a chart block.

mod report_fixture;

use std::process::Command;

use safeplan_model::validate::{validate_indicator, validate_measure};
use safeplan_model::{readiness, Locale, Observation, PlanDocument};
use safeplan_report::engine::{builtin_fonts, render as render_markdown, Assets, PageSetup};
use safeplan_report::{builtin, render, ReportRequest};

fn observation(period: String, value: Option<f64>, suppressed: bool) -> Observation {
    Observation {
        period,
        value,
        data_as_of: None,
        note: String::new(),
        suppressed,
    }
}

/// The fixture plan with every indicator's series, and every follow-up's baseline and target, replaced.
fn plan_with(values: &[Option<f64>], suppressed: bool) -> PlanDocument {
    let mut doc = report_fixture::plan();
    for ind in &mut doc.indicators {
        ind.observations = values
            .iter()
            .enumerate()
            .map(|(i, v)| observation(format!("{}", 2018 + i), *v, suppressed))
            .collect();
    }
    let first = values.iter().flatten().next().copied();
    for m in &mut doc.measures {
        for t in &mut m.follow_up {
            t.baseline = first;
            t.target = values.iter().flatten().last().copied();
        }
    }
    doc
}

fn qpdf_check(pdf: &[u8], name: &str) {
    let dir = tempfile_dir();
    let path = dir.join(format!("{name}.pdf"));
    std::fs::write(&path, pdf).expect("write the PDF");
    let out = Command::new("qpdf")
        .arg("--check")
        .arg(&path)
        .output()
        .expect("cannot run qpdf: install the Debian package qpdf");
    let _ = std::fs::remove_file(&path);
    assert!(
        out.status.success(),
        "{name}: qpdf --check: {}",
        String::from_utf8_lossy(&out.stdout)
    );
}

fn tempfile_dir() -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("safeplan-extremes-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

#[test]
fn every_value_the_model_accepts_gives_a_sound_pdf() {
    let tiny = f64::MIN_POSITIVE / 4.0; // subnormal
    let cases: [(&str, Vec<Option<f64>>, bool); 9] = [
        ("bounds", vec![Some(1e12), Some(-1e12), Some(0.0)], false),
        (
            "upper-bound-only",
            vec![Some(1e12), Some(1e12 - 1.0)],
            false,
        ),
        (
            "subnormals",
            vec![Some(tiny), Some(-tiny), Some(5e-324)],
            false,
        ),
        ("negative-zero", vec![Some(-0.0), Some(-0.0)], false),
        ("one-value", vec![Some(42.0)], false),
        ("all-equal", vec![Some(7.5); 6], false),
        ("all-equal-negative", vec![Some(-1e12); 4], false),
        (
            "all-suppressed",
            vec![Some(3.0), Some(2.0), Some(4.0)],
            true,
        ),
        ("no-values", vec![None, None], true),
    ];
    let fonts = builtin::fonts();
    for (name, values, suppressed) in cases {
        let doc = plan_with(&values, suppressed);
        // The values are ones the model accepts (the fixture's own ids are not this test's business).
        for ind in &doc.indicators {
            validate_indicator(ind).unwrap_or_else(|e| panic!("{name}: the model refuses it: {e}"));
        }
        for m in &doc.measures {
            if let Err(e) = validate_measure(m) {
                assert!(
                    e.0.iter().all(|e| !e.path.starts_with("follow_up")),
                    "{name}: the model refuses it: {e}"
                );
            }
        }
        let findings = readiness::check(&doc);
        for locale in [Locale::Sv, Locale::En] {
            let template = builtin::template("district-plan", locale).expect("built-in");
            let req = ReportRequest {
                document: &doc,
                findings: &findings,
                template: &template,
                locale,
                fonts: &fonts,
                logo: None,
                date: &"2025-03-12".parse().expect("a date"),
            };
            let report = render(&req, &mut |_| {})
                .unwrap_or_else(|e| panic!("{name} ({}): {e}", locale.key()));
            qpdf_check(&report.pdf, &format!("{name}-{}", locale.key()));
        }
    }
}

#[test]
fn the_engine_draws_values_beyond_the_models_limit_without_panicking() {
    let setup = PageSetup {
        title: String::new(),
        author: String::new(),
        subject: String::new(),
        lang: "sv".into(),
        header_text: String::new(),
        footer_template: String::new(),
        watermark: None,
        creation_date: "2025-03-12".parse().expect("a date"),
        document_id: String::new(),
    };
    let assets = Assets {
        fonts: builtin_fonts(),
        images: Default::default(),
    };
    for values in [
        "[-1.7976931348623157e308]",
        "[1.7976931348623157e308, -1.7976931348623157e308]",
        "[1e300, 1e300]",
        "[2.2250738585072014e-308, 5e-324, -0.0]",
        "[1e-12, 2e-12]",
    ] {
        for kind in ["line", "bar"] {
            let md = format!(
                "```chart\n{{\"kind\": \"{kind}\", \"title\": \"T\", \"unit\": \"u\", \"x_labels\": [\"a\", \"b\"], \
                 \"series\": [{{\"name\": \"s\", \"values\": {values}}}, {{\"name\": \"t\", \"values\": {values}}}]}}\n```\n"
            );
            let r = render_markdown(&md, &setup, &assets, &mut |_| {})
                .unwrap_or_else(|e| panic!("{values}: {e}"));
            assert!(r.pdf.starts_with(b"%PDF-1.7"), "{values}");
            qpdf_check(&r.pdf, &format!("engine-{kind}-{}", values.len()));
        }
    }
}
