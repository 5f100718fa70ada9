//! The whole export in Swedish and English, checked the way a reader's tools see it: qpdf finds the file
//! sound, pdftotext finds the title, the chapters and the Nordic letters, pdfinfo says it is tagged, and
//! two exports of the same plan are the same bytes. A missing qpdf or poppler-utils fails the test with the
//! package to install.

mod report_fixture;

use std::path::PathBuf;
use std::process::Command;

use safeplan_model::{readiness, Locale, PlanDocument, PlanStatus};
use safeplan_report::{builtin, document_id, page_setup, render, Progress, Report, ReportRequest};

fn export(locale: Locale, logo: Option<&[u8]>) -> Report {
    export_plan(&report_fixture::plan(), locale, logo)
}

fn export_plan(doc: &PlanDocument, locale: Locale, logo: Option<&[u8]>) -> Report {
    let template = builtin::template("district-plan", locale).expect("built-in");
    let findings = readiness::check(doc);
    let fonts = builtin::fonts();
    let req = ReportRequest {
        document: doc,
        findings: &findings,
        template: &template,
        locale,
        fonts: &fonts,
        logo,
        date: &"2025-03-12".parse().unwrap(),
    };
    let mut steps = Vec::new();
    let report = render(&req, &mut |p| steps.push(p)).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(steps.first(), Some(&Progress::Template));
    assert_eq!(steps.last(), Some(&Progress::Writing));
    report
}

/// The readers are part of the test: a machine without them fails with what to install, rather than
/// passing without having read the PDF.
fn require(name: &str, package: &str) {
    let found = Command::new(name).arg("-v").output().is_ok()
        || Command::new(name).arg("--version").output().is_ok();
    assert!(
        found,
        "{name} is needed for this test: install the Debian package {package}"
    );
}

fn write_temp(report: &Report, name: &str) -> PathBuf {
    let path =
        std::env::temp_dir().join(format!("safeplan-report-{}-{name}.pdf", std::process::id()));
    std::fs::write(&path, &report.pdf).expect("write the PDF");
    path
}

fn run(cmd: &str, args: &[&str]) -> String {
    let out = Command::new(cmd).args(args).output().expect("run the tool");
    assert!(
        out.status.success(),
        "{cmd} {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn check_with_readers(locale: Locale, headings: &[&str]) {
    let report = export(locale, None);
    assert!(report.pdf.starts_with(b"%PDF-"));
    assert!(report.pages >= 4, "{} pages", report.pages);
    for heading in headings {
        assert!(
            report.headings.iter().any(|h| h.text == *heading),
            "no heading {heading:?} in {:?}",
            report.headings
        );
    }
    require("qpdf", "qpdf");
    require("pdftotext", "poppler-utils");
    require("pdfinfo", "poppler-utils");
    let path = write_temp(&report, locale.key());
    let file = path.to_string_lossy().into_owned();
    run("qpdf", &["--check", &file]);
    let text = run("pdftotext", &["-enc", "UTF-8", &file, "-"]);
    assert!(
        text.contains("Trygghetsplan för Norrby 2025–2027"),
        "title missing from the text layer"
    );
    for heading in headings {
        assert!(
            text.contains(heading),
            "{heading:?} missing from the text layer"
        );
    }
    for word in [
        "Åsa Öberg",
        "Skjutningar och rekrytering av unga till gäng",
        "Kriminalvården",
    ] {
        assert!(text.contains(word), "{word:?} missing from the text layer");
    }
    let info = run("pdfinfo", &[&file]);
    assert!(
        info.lines()
            .any(|l| l.starts_with("Tagged:") && l.contains("yes")),
        "{info}"
    );
    assert!(
        info.contains("Norrby stadsdelsförvaltning"),
        "author missing: {info}"
    );
    let _ = std::fs::remove_file(path);
}

#[test]
fn swedish_export_reads_correctly() {
    check_with_readers(
        Locale::Sv,
        &[
            "Inledning",
            "Lägesbild",
            "Utmaningar",
            "Statistik",
            "Åtgärder",
            "Samverkansparter",
            "Ansvar och rutiner",
            "Uppföljning",
        ],
    );
}

#[test]
fn english_export_reads_correctly() {
    check_with_readers(
        Locale::En,
        &[
            "Introduction",
            "Situational picture",
            "Challenges",
            "Statistics",
            "Measures",
            "Partners",
            "Responsibilities and routines",
            "Follow-up",
        ],
    );
}

/// The tag (H1–H6, P…) of the innermost structure element whose text holds `needle`, in
/// `pdfinfo -struct-text`'s indented tree, or None when no element holds it.
fn tag_holding(tree: &str, needle: &str) -> Option<String> {
    let mut open: Vec<(usize, String)> = Vec::new();
    for line in tree.lines() {
        let depth = line.len() - line.trim_start().len();
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        while open.last().is_some_and(|(d, _)| *d >= depth) {
            open.pop();
        }
        if line.starts_with('"') {
            if line.contains(needle) {
                return open.last().map(|(_, tag)| tag.clone());
            }
            continue;
        }
        let tag = line.split([' ', '(', ':']).next().unwrap_or_default();
        open.push((depth, tag.to_string()));
    }
    None
}

/// A planner may underline a title (`===` or `---`) instead of starting it with `#`: the report
/// prints it at the level a `#` title of the same rank gets, H3 under the lägesbild's "Omfattning".
#[test]
fn a_setext_heading_in_a_field_is_tagged_where_an_atx_one_is() {
    let mut doc = report_fixture::plan();
    doc.plan.lagesbild.extent = "Understruken rubrik\n===================\n\nText om läget.\n\n\
         Streckad rubrik\n---------------\n\nMer text.\n\n# Rubrik med brädgård\n\nSista stycket.\n"
        .into();
    let report = export_plan(&doc, Locale::Sv, None);
    require("pdfinfo", "poppler-utils");
    let path = write_temp(&report, "setext");
    let tree = run("pdfinfo", &["-struct-text", &path.to_string_lossy()]);
    let _ = std::fs::remove_file(path);
    for title in [
        "Understruken rubrik",
        "Streckad rubrik",
        "Rubrik med brädgård",
    ] {
        assert_eq!(
            tag_holding(&tree, title).as_deref(),
            Some("H3"),
            "{title:?} in the tag tree:\n{tree}"
        );
    }
    assert_eq!(tag_holding(&tree, "Mer text.").as_deref(), Some("P"));
}

#[test]
fn two_exports_are_the_same_bytes() {
    let a = export(Locale::Sv, None);
    let b = export(Locale::Sv, None);
    assert!(a.pdf == b.pdf, "two exports of the same plan differ");
}

#[test]
fn page_setup_follows_status_and_locale() {
    let mut doc = report_fixture::plan();
    let sv = page_setup(&doc, Locale::Sv, &"2025-03-12".parse().unwrap());
    assert_eq!(sv.watermark.as_deref(), Some("UTKAST"));
    assert_eq!(sv.footer_template, "Sida {page} av {pages}");
    assert_eq!(sv.lang, "sv");
    assert_eq!(sv.header_text, "Trygghetsplan för Norrby 2025–2027");
    assert_eq!(sv.author, "Norrby stadsdelsförvaltning");
    assert_eq!(sv.creation_date.as_str(), "2025-03-12");
    let en = page_setup(&doc, Locale::En, &"2025-03-12".parse().unwrap());
    assert_eq!(
        (en.watermark.as_deref(), en.footer_template.as_str()),
        (Some("DRAFT"), "Page {page} of {pages}")
    );

    doc.plan.status = PlanStatus::Approved;
    assert_eq!(
        page_setup(&doc, Locale::Sv, &"2025-03-12".parse().unwrap()).watermark,
        None
    );
    doc.plan.status = PlanStatus::Archived;
    assert_eq!(
        page_setup(&doc, Locale::Sv, &"2025-03-12".parse().unwrap())
            .watermark
            .as_deref(),
        Some("UTKAST")
    );
    doc.plan.adoption_date = Some("2025-02-20".parse().unwrap());
    assert_eq!(
        page_setup(&doc, Locale::Sv, &"2025-03-12".parse().unwrap()).watermark,
        None,
        "archived after adoption is no draft"
    );

    assert_eq!(
        document_id("plan-norrby-2025", 7),
        document_id("plan-norrby-2025", 7)
    );
    assert_ne!(
        document_id("plan-norrby-2025", 7),
        document_id("plan-norrby-2025", 8)
    );
    assert_eq!(document_id("a", 1).len(), 32);
}
