//! Acceptance tests for the PDF report: every demo plan of Sundholm, in Swedish and in English, read
//! back the way a reader's tools read it (qpdf, poppler's pdftotext, pdfinfo and pdfimages).
//!
//! The 14 PDFs are rendered once, on two threads, and each external tool runs once per PDF; the tests
//! below share those outputs. pdftotext separates pages with a form feed, so page N of its output is
//! what `pdftotext -f N -l N` prints.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use safeplan_core::{PdfOptions, Safeplan};
use safeplan_model::{Locale, PlanDocument};

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

struct ToolOutput {
    ok: bool,
    text: String,
}

fn run(tool: &str, package: &str, args: &[&Path]) -> ToolOutput {
    let out = Command::new(tool).args(args).output().unwrap_or_else(|e| {
        panic!("cannot run {tool} ({e}): install the Debian package {package}")
    });
    ToolOutput {
        ok: out.status.success(),
        text: format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ),
    }
}

fn poppler(tool: &str, args: &[&Path]) -> String {
    let out = run(tool, "poppler-utils", args);
    assert!(out.ok, "{tool} {args:?} failed: {}", out.text);
    out.text
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
    let qpdf = run("qpdf", "qpdf", &[Path::new("--check"), &file]);
    let pdfinfo = poppler("pdfinfo", &[&file]);
    let pdfimages = poppler("pdfimages", &[Path::new("-list"), &file]);
    let text = poppler("pdftotext", &[Path::new("-layout"), &file, Path::new("-")]);
    let mut page_texts: Vec<String> = text.split('\u{c}').map(str::to_string).collect();
    // The output ends with a form feed after the last page.
    if page_texts.last().is_some_and(|t| t.trim().is_empty()) {
        page_texts.pop();
    }
    Checked {
        name,
        locale,
        doc: app.plan(slug).expect("plan"),
        pages: export.pages,
        second_run_identical: again.bytes == export.bytes,
        bytes: export.bytes,
        qpdf,
        pdfinfo,
        pdfimages,
        page_texts,
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

/// Whitespace (including no-break spaces) collapsed to single spaces, as a reader compares text.
fn squash(text: &str) -> String {
    text.split(|c: char| c.is_whitespace() || c == '\u{a0}' || c == '\u{202f}')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn whole_text(r: &Checked) -> String {
    squash(&r.page_texts.join("\n"))
}

fn pdfinfo_field<'a>(r: &'a Checked, field: &str) -> &'a str {
    r.pdfinfo
        .lines()
        .find_map(|l| l.strip_prefix(field)?.strip_prefix(':'))
        .map(str::trim)
        .unwrap_or_else(|| panic!("{}: pdfinfo has no {field}:\n{}", r.name, r.pdfinfo))
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

/// The contents' entries as (heading text, page), read from the pages after the "Contents" title up to
/// the page before the first entry's page. A heading too long for one line continues on the next.
fn toc_entries(r: &Checked) -> Vec<(String, usize)> {
    let title = match r.locale {
        Locale::Sv => "Innehåll",
        Locale::En => "Contents",
    };
    let start = r
        .page_texts
        .iter()
        .position(|p| p.lines().any(|l| l.trim() == title))
        .unwrap_or_else(|| panic!("{}: no page has the title {title}", r.name));
    let mut entries: Vec<(String, usize)> = Vec::new();
    for (index, page) in r.page_texts.iter().enumerate().skip(start) {
        if entries
            .first()
            .is_some_and(|(_, first)| index + 1 >= *first)
        {
            break;
        }
        let mut pending = String::new();
        // The first line is the running header.
        for line in page.lines().skip(1) {
            let line = line.trim();
            if line.is_empty() || line == title || is_footer(line) {
                continue;
            }
            let split = line
                .rfind("  ")
                .map(|at| (line[..at].trim(), line[at..].trim()));
            match split.and_then(|(text, n)| Some((text, n.parse::<usize>().ok()?))) {
                Some((text, page)) => {
                    entries.push((squash(&format!("{pending} {text}")), page));
                    pending.clear();
                }
                None => pending = format!("{pending} {line}"),
            }
        }
    }
    entries
}

fn is_footer(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    matches!(words.as_slice(), ["Sida" | "Page", _, "av" | "of", _])
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
        assert_eq!(pdfinfo_field(r, "Tagged"), "yes", "{}", r.name);
        let pages: usize = pdfinfo_field(r, "Pages").parse().expect("a page count");
        assert_eq!(
            pages, r.pages,
            "{}: pdfinfo against PdfExport.pages",
            r.name
        );
        assert_eq!(r.page_texts.len(), r.pages, "{}: pages of text", r.name);
        assert!(r.pages >= 10, "{}: only {} pages", r.name, r.pages);
        assert_eq!(pdfinfo_field(r, "Title"), r.doc.plan.title, "{}", r.name);
    }
}

#[test]
fn text_gives_back_the_title_chapters_nordic_letters_and_figures() {
    for r in reports() {
        let text = whole_text(r);
        let title = squash(&r.doc.plan.title);
        assert!(text.contains(&title), "{}: no title {title:?}", r.name);
        if let Some(unit) = &r.doc.unit {
            assert!(
                text.contains(&squash(&unit.name)),
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
        let entries: BTreeSet<String> = toc_entries(r).into_iter().map(|e| e.0).collect();
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
        let entries = toc_entries(r);
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
            let starts_a_line = text.lines().map(squash).any(|line| {
                !line.is_empty() && (heading.starts_with(&line) || line.starts_with(heading))
            });
            assert!(
                starts_a_line && squash(text).contains(heading),
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
