//! Reading a PDF back the way a reader's tools do (qpdf, poppler's pdftotext, pdfinfo and
//! pdfimages), shared by the district-plan and the city-plan acceptance tests. pdftotext separates
//! pages with a form feed, so page N of its output is what `pdftotext -f N -l N` prints.
#![allow(dead_code)]

use std::path::Path;
use std::process::Command;

use safeplan_model::Locale;

/// What the tools said about one PDF file.
pub struct Read {
    pub qpdf: ToolOutput,
    pub pdfinfo: String,
    pub pdfimages: String,
    /// `pdftotext -layout`, one entry per page.
    pub page_texts: Vec<String>,
}

/// Runs every tool once over the file.
pub fn read_back(file: &Path) -> Read {
    let qpdf = run("qpdf", "qpdf", &[Path::new("--check"), file]);
    let pdfinfo = poppler("pdfinfo", &[file]);
    let pdfimages = poppler("pdfimages", &[Path::new("-list"), file]);
    let text = poppler("pdftotext", &[Path::new("-layout"), file, Path::new("-")]);
    let mut page_texts: Vec<String> = text.split('\u{c}').map(str::to_string).collect();
    // The output ends with a form feed after the last page.
    if page_texts.last().is_some_and(|t| t.trim().is_empty()) {
        page_texts.pop();
    }
    Read {
        qpdf,
        pdfinfo,
        pdfimages,
        page_texts,
    }
}

pub struct ToolOutput {
    pub ok: bool,
    pub text: String,
}

pub fn run(tool: &str, package: &str, args: &[&Path]) -> ToolOutput {
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

pub fn poppler(tool: &str, args: &[&Path]) -> String {
    let out = run(tool, "poppler-utils", args);
    assert!(out.ok, "{tool} {args:?} failed: {}", out.text);
    out.text
}

/// Whitespace (including no-break spaces) collapsed to single spaces, as a reader compares text.
pub fn squash(text: &str) -> String {
    text.split(|c: char| c.is_whitespace() || c == '\u{a0}' || c == '\u{202f}')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// A field of pdfinfo's output, e.g. `Tagged`.
pub fn pdfinfo_field<'a>(pdfinfo: &'a str, name: &str, field: &str) -> &'a str {
    pdfinfo
        .lines()
        .find_map(|l| l.strip_prefix(field)?.strip_prefix(':'))
        .map(str::trim)
        .unwrap_or_else(|| panic!("{name}: pdfinfo has no {field}:\n{pdfinfo}"))
}

/// The contents' entries as (heading text, page), read from the pages after the "Contents" title up to
/// the page before the first entry's page. A heading too long for one line continues on the next.
pub fn toc_entries(page_texts: &[String], locale: Locale, name: &str) -> Vec<(String, usize)> {
    let title = match locale {
        Locale::Sv => "Innehåll",
        Locale::En => "Contents",
    };
    let start = page_texts
        .iter()
        .position(|p| p.lines().any(|l| l.trim() == title))
        .unwrap_or_else(|| panic!("{name}: no page has the title {title}"));
    let mut entries: Vec<(String, usize)> = Vec::new();
    for (index, page) in page_texts.iter().enumerate().skip(start) {
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

pub fn is_footer(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    matches!(words.as_slice(), ["Sida" | "Page", _, "av" | "of", _])
}
