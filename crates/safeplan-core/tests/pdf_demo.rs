//! Acceptance tests for the PDF report: every demo plan of Sundholm, in Swedish and in English, read
//! back the way a reader's tools read it (qpdf, poppler's pdftotext, pdfinfo and pdfimages).
//!
//! The 14 PDFs are rendered once, on two threads, and each external tool runs once per PDF; the tests
//! below share those outputs. pdftotext separates pages with a form feed, so page N of its output is
//! what `pdftotext -f N -l N` prints.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use safeplan_core::{PdfOptions, Safeplan};
use safeplan_model::{Locale, PlanDocument};

use reader::ToolOutput;

mod reader;

const DATE: &str = "2026-11-22";
const LOCALES: [Locale; 2] = [Locale::Sv, Locale::En];

/// The chapters every district-plan report has, in each language (the findings appendix only in drafts).
const CHAPTERS_SV: [&str; 8] = [
    "Inledning",
    "Lägesbild",
    "Utmaningar",
    "Statistik",
    "Åtgärder",
    "Samverkansparter",
    "Ansvar och rutiner",
    "Uppföljning",
];
const CHAPTERS_EN: [&str; 8] = [
    "Introduction",
    "Situational picture",
    "Challenges",
    "Statistics",
    "Measures",
    "Partners",
    "Responsibilities and routines",
    "Follow-up",
];
const APPENDIX_SV: &str = "Bilaga: Kontroll inför beslut";
const APPENDIX_EN: &str = "Appendix: Check before adoption";

/// One rendered report and what the tools said about it.
struct Checked {
    name: String,
    locale: Locale,
    doc: PlanDocument,
    pages: usize,
    bytes: Vec<u8>,
    second_run_identical: bool,
    qpdf: ToolOutput,
    pdfinfo: String,
    pdfimages: String,
    /// `pdftotext -layout`, one entry per page.
    page_texts: Vec<String>,
}

fn demo() -> Safeplan {
    let mut app = Safeplan::open_in_memory().expect("open");
    app.load_demo(false).expect("demo");
    app
}

fn options(locale: Locale) -> PdfOptions {
    PdfOptions {
        locale: Some(locale),
        date: Some(DATE.parse().unwrap()),
        ..PdfOptions::default()
    }
}

fn check_one(app: &Safeplan, dir: &Path, slug: &str, locale: Locale) -> Checked {
    let name = format!("{slug}-{}", locale.key());
    let export = app
        .export_pdf(slug, &options(locale), &mut |_| {})
        .unwrap_or_else(|e| panic!("{name}: {e}"));
    let again = app
        .export_pdf(slug, &options(locale), &mut |_| {})
        .unwrap_or_else(|e| panic!("{name} (second run): {e}"));
    let file: PathBuf = dir.join(format!("{name}.pdf"));
    std::fs::write(&file, &export.bytes).expect("write the PDF");
    let read = reader::read_back(&file);
    Checked {
        name,
        locale,
        doc: app.plan(slug).expect("plan"),
        pages: export.pages,
        second_run_identical: again.bytes == export.bytes,
        bytes: export.bytes,
        qpdf: read.qpdf,
        pdfinfo: read.pdfinfo,
        pdfimages: read.pdfimages,
        page_texts: read.page_texts,
    }
}

/// Every demo plan in both languages, rendered once for all the tests (two threads, one database each).
fn reports() -> &'static [Checked] {
    static REPORTS: OnceLock<Vec<Checked>> = OnceLock::new();
    REPORTS.get_or_init(|| {
        let dir = tempfile::tempdir().expect("temp dir");
        let slugs: Vec<String> = demo()
            .plans()
            .expect("plans")
            .into_iter()
            .map(|p| p.slug)
            .collect();
        assert_eq!(slugs.len(), 7, "the demo city has 7 plans: {slugs:?}");
        let (first, second) = slugs.split_at(slugs.len() / 2);
        let mut out: Vec<Checked> = std::thread::scope(|s| {
            let handles: Vec<_> = [first, second]
                .into_iter()
                .map(|part| {
                    let dir = dir.path();
                    s.spawn(move || {
                        let app = demo();
                        part.iter()
                            .flat_map(|slug| LOCALES.map(|l| (slug, l)))
                            .map(|(slug, l)| check_one(&app, dir, slug, l))
                            .collect::<Vec<_>>()
                    })
                })
                .collect();
            handles
                .into_iter()
                .flat_map(|h| h.join().expect("a render thread panicked"))
                .collect()
        });
        out.sort_by(|a, b| a.name.cmp(&b.name));
        out
    })
}

fn whole_text(r: &Checked) -> String {
    reader::squash(&r.page_texts.join("\n"))
}

/// A number as the template prints it: up to two decimals, trailing zeros dropped; Swedish groups
/// thousands with a no-break space and uses a decimal comma, English a comma and a point.
fn figure(value: f64, locale: Locale) -> String {
    let text = format!("{:.2}", value.abs());
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
    let fraction = fraction.trim_end_matches('0');
    let (group, point) = match locale {
        Locale::Sv => (' ', ','),
        Locale::En => (',', '.'),
    };
    let mut out = String::new();
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            out.push(group);
        }
        out.push(c);
    }
    if !fraction.is_empty() {
        out.push(point);
        out.push_str(fraction);
    }
    if value < 0.0 {
        out.insert(0, '-');
    }
    out
}

#[test]
fn every_report_passes_qpdf_check() {
    for r in reports() {
        assert!(
            r.qpdf.ok,
            "{}: qpdf --check failed:\n{}",
            r.name, r.qpdf.text
        );
        assert!(
            r.qpdf.text.contains("No syntax or stream encoding errors"),
            "{}: {}",
            r.name,
            r.qpdf.text
        );
    }
    assert_eq!(reports().len(), 14);
}

#[test]
fn every_report_is_tagged_and_counts_its_pages() {
    for r in reports() {
        assert_eq!(
            reader::pdfinfo_field(&r.pdfinfo, &r.name, "Tagged"),
            "yes",
            "{}",
            r.name
        );
        let pages: usize = reader::pdfinfo_field(&r.pdfinfo, &r.name, "Pages")
            .parse()
            .expect("a page count");
        assert_eq!(
            pages, r.pages,
            "{}: pdfinfo against PdfExport.pages",
            r.name
        );
        assert_eq!(r.page_texts.len(), r.pages, "{}: pages of text", r.name);
        assert!(r.pages >= 10, "{}: only {} pages", r.name, r.pages);
        assert_eq!(
            reader::pdfinfo_field(&r.pdfinfo, &r.name, "Title"),
            r.doc.plan.title,
            "{}",
            r.name
        );
    }
}

#[test]
fn text_gives_back_the_title_chapters_nordic_letters_and_figures() {
    for r in reports() {
        let text = whole_text(r);
        let title = reader::squash(&r.doc.plan.title);
        assert!(text.contains(&title), "{}: no title {title:?}", r.name);
        if let Some(unit) = &r.doc.unit {
            assert!(
                text.contains(&reader::squash(&unit.name)),
                "{}: no {}",
                r.name,
                unit.name
            );
        }
        for letter in ['å', 'ä', 'ö'] {
            assert!(text.contains(letter), "{}: no {letter}", r.name);
        }
        assert!(
            !text.contains('\u{fffd}'),
            "{}: a replacement character",
            r.name
        );
        let chapters = match r.locale {
            Locale::Sv => CHAPTERS_SV,
            Locale::En => CHAPTERS_EN,
        };
        let entries: BTreeSet<String> = reader::toc_entries(&r.page_texts, r.locale, &r.name)
            .into_iter()
            .map(|e| e.0)
            .collect();
        for chapter in chapters {
            assert!(
                entries.contains(chapter),
                "{}: no {chapter} in {entries:?}",
                r.name
            );
        }
        let appendix = match r.locale {
            Locale::Sv => APPENDIX_SV,
            Locale::En => APPENDIX_EN,
        };
        let draft = safeplan_report::template::is_draft(&r.doc);
        assert_eq!(entries.contains(appendix), draft, "{}: {appendix}", r.name);
        // Each indicator's largest published value, as its table prints it.
        let mut figures = 0;
        for indicator in &r.doc.indicators {
            let largest = indicator
                .observations
                .iter()
                .filter(|o| !o.suppressed)
                .filter_map(|o| o.value)
                .max_by(|a, b| a.abs().total_cmp(&b.abs()));
            if let Some(value) = largest {
                let printed = figure(value, r.locale);
                assert!(
                    text.contains(&printed),
                    "{}: no {printed} ({})",
                    r.name,
                    indicator.name
                );
                figures += 1;
            }
        }
        assert!(figures > 0, "{}: no indicator with a value", r.name);
    }
}

#[test]
fn every_contents_entry_points_at_the_page_of_its_heading() {
    for r in reports() {
        let entries = reader::toc_entries(&r.page_texts, r.locale, &r.name);
        assert!(entries.len() >= 10, "{}: {entries:?}", r.name);
        for (heading, page) in &entries {
            assert!(
                (1..=r.pages).contains(page),
                "{}: {heading} on page {page} of {}",
                r.name,
                r.pages
            );
            // A heading the contents shortened ends with an ellipsis: compare what it kept.
            let heading = heading.trim_end_matches('…').trim_end();
            let text = &r.page_texts[page - 1];
            let starts_a_line = text.lines().map(reader::squash).any(|line| {
                !line.is_empty() && (heading.starts_with(&line) || line.starts_with(heading))
            });
            assert!(
                starts_a_line && reader::squash(text).contains(heading),
                "{}: the contents put {heading:?} on page {page}, which reads:\n{text}",
                r.name
            );
        }
    }
}

#[test]
fn charts_are_vector_when_there_is_no_logo() {
    for r in reports() {
        let images: Vec<&str> = r.pdfimages.lines().skip(2).collect();
        assert!(images.is_empty(), "{}: images {images:?}", r.name);
        assert!(r.bytes.starts_with(b"%PDF-"), "{}", r.name);
    }
}

#[test]
fn two_runs_give_identical_bytes() {
    for r in reports() {
        assert!(r.second_run_identical, "{}: two exports differ", r.name);
    }
}

#[test]
fn a_broken_template_names_its_file_and_line() {
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../templates/district-plan");
    let dir = tempfile::tempdir().expect("temp dir");
    let copy = dir.path().join("district-plan");
    copy_dir(&source, &copy);
    let file = copy.join("sv/introduction.md");
    let text = std::fs::read_to_string(&file).expect("introduction.md");
    let mut lines: Vec<&str> = text.lines().collect();
    // Line 4: a misspelt filter, the mistake a city editing its template makes.
    lines.insert(3, "{{ plan.title | uper }}");
    std::fs::write(&file, lines.join("\n")).expect("write");
    let app = demo();
    let swedish = PdfOptions {
        template_dir: Some(copy.clone()),
        ..options(Locale::Sv)
    };
    let error = app
        .export_pdf("norrby-2027", &swedish, &mut |_| {})
        .expect_err("the broken template is refused");
    assert_eq!(error.code(), "template", "{error}");
    let message = error.to_string();
    assert!(
        message.contains("district-plan/sv/introduction.md:4:") && message.contains("uper"),
        "{message}"
    );
    // The English half of the copy is untouched and still renders.
    let english = PdfOptions {
        template_dir: Some(copy),
        ..options(Locale::En)
    };
    let export = app.export_pdf("norrby-2027", &english, &mut |_| {});
    assert!(export.is_ok_and(|e| e.pages > 10));
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create");
    for entry in std::fs::read_dir(from).expect("read the template folder") {
        let path = entry.expect("entry").path();
        let target = to.join(path.file_name().expect("a name"));
        if path.is_dir() {
            copy_dir(&path, &target);
        } else {
            std::fs::copy(&path, &target).expect("copy");
        }
    }
}
