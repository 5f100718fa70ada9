//! safeplan-report turns a plan into a PDF and nothing else: template text, plan data, font bytes and
//! the date go in; PDF bytes come out. It never reads the clock, the file system or the database, so
//! the same input always gives the same bytes.
//!
//! Two halves: `template` renders a template folder (Markdown with minijinja) over the plan into one
//! Markdown text, writing charts, tables, the cover and the table of contents as fenced blocks;
//! `engine` lays that Markdown out on A4 pages and writes a tagged PDF. `preview` reads one field's Markdown
//! through both halves into a plain tree, for the app's preview beside the field.

pub mod builtin;
pub mod city;
pub mod preview;
pub mod review;
pub mod template;

use std::collections::BTreeMap;

use safeplan_model::{Finding, IsoDate, Locale, PlanDocument, RuleId};

pub use template::TemplateFiles;

/// Everything one export needs. The caller reads the template (built-in or a city's own folder) and the
/// logo; this crate does no IO.
pub struct ReportRequest<'a> {
    pub document: &'a PlanDocument,
    /// The readiness findings for the plan: printed in the draft appendix, and an R9 finding stops the export.
    pub findings: &'a [Finding],
    pub template: &'a TemplateFiles,
    pub locale: Locale,
    pub fonts: &'a engine::FontSet,
    /// PNG or JPEG bytes of the city's logo, for the cover and `logo()`.
    pub logo: Option<&'a [u8]>,
    /// The export date: written into the PDF so two exports of one plan are the same bytes.
    pub date: &'a IsoDate,
}

/// The finished PDF.
#[derive(Debug, Clone)]
pub struct Report {
    pub pdf: Vec<u8>,
    pub pages: usize,
    pub headings: Vec<engine::HeadingEntry>,
}

/// Where an export is, for a progress bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Progress {
    Template,
    Layout { done: usize, total: usize },
    Writing,
}

#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// A problem in the template, or a block the template wrote that could not be laid out, at the file and
    /// line a person can open, e.g. `district-plan/sv/main.md:42: unknown filter `fmt_nmber``.
    #[error("{}", located(.file, *.line, .message))]
    Template {
        file: String,
        line: usize,
        message: String,
    },
    /// A layout problem that could not be traced back to a template line.
    #[error("layout: {0}")]
    Engine(engine::EngineError),
    /// The plan contains personal identity numbers (rule R9); exporting would publish them.
    #[error("the plan contains {count} personal identity number(s) (rule R9): remove them before exporting")]
    PersonalData { count: usize },
}

/// `file:line: message`, or `file: message` for a problem with the file as a whole (line 0).
fn located(file: &str, line: usize, message: &str) -> String {
    match line {
        0 => format!("{file}: {message}"),
        line => format!("{file}:{line}: {message}"),
    }
}

impl From<template::TemplateError> for ReportError {
    fn from(e: template::TemplateError) -> Self {
        ReportError::Template {
            file: e.file,
            line: e.line,
            message: e.message,
        }
    }
}

fn template_input<'a>(req: &ReportRequest<'a>) -> template::Input<'a> {
    let name = req.document.plan.template.trim();
    let name = if name.is_empty() { "template" } else { name };
    template::Input {
        document: req.document,
        findings: req.findings,
        locale: req.locale,
        date: req.date,
        has_logo: req.logo.is_some_and(|l| !l.is_empty()),
        file_prefix: format!("{name}/{}/", req.locale.key()),
        review: None,
    }
}

fn refuse_personal_data(req: &ReportRequest) -> Result<(), ReportError> {
    let count = req.findings.iter().filter(|f| f.rule == RuleId::R9).count();
    if count > 0 {
        return Err(ReportError::PersonalData { count });
    }
    Ok(())
}

/// The template stage alone: the Markdown (with its fenced blocks) that the engine would lay out.
pub fn render_markdown(req: &ReportRequest) -> Result<String, ReportError> {
    refuse_personal_data(req)?;
    Ok(template::render(req.template, &template_input(req))?.markdown)
}

/// A stable id for the PDF from the plan's id and revision: FNV-1a, twice with different seeds, as 32 hex digits.
pub fn document_id(plan_id: &str, revision: i64) -> String {
    let fnv = |seed: u64| {
        let mut hash = seed;
        for byte in plan_id.bytes().chain([0]).chain(revision.to_le_bytes()) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
        hash
    };
    format!(
        "{:016x}{:016x}",
        fnv(0xcbf2_9ce4_8422_2325),
        fnv(0x6c62_272e_07bb_0142)
    )
}

/// The PDF's metadata and page dressing for a plan.
pub fn page_setup(document: &PlanDocument, locale: Locale, date: &IsoDate) -> engine::PageSetup {
    let plan = &document.plan;
    let period = plan
        .period
        .map(|p| format!(" {}–{}", p.from_year, p.to_year))
        .unwrap_or_default();
    let (subject, footer, watermark) = match locale {
        Locale::Sv => (
            "Handlingsplan mot brott, hat och våldsbejakande extremism",
            "Sida {page} av {pages}",
            "UTKAST",
        ),
        Locale::En => (
            "Action plan against crime, hate and violent extremism",
            "Page {page} of {pages}",
            "DRAFT",
        ),
    };
    engine::PageSetup {
        title: plan.title.clone(),
        author: document
            .unit
            .as_ref()
            .map(|u| u.name.clone())
            .unwrap_or_default(),
        subject: format!("{subject}{period}"),
        lang: locale.key().to_string(),
        header_text: plan.title.clone(),
        footer_template: footer.to_string(),
        watermark: template::is_draft(document).then(|| watermark.to_string()),
        creation_date: date.clone(),
        document_id: document_id(&plan.id, plan.revision),
    }
}

/// The engine's half of an export: the Markdown laid out with the fonts and the logo, its progress
/// reported as the report's.
fn lay_out_markdown(
    markdown: &str,
    setup: &engine::PageSetup,
    fonts: &engine::FontSet,
    logo: Option<&[u8]>,
    progress: &mut dyn FnMut(Progress),
) -> Result<engine::Rendered, engine::EngineError> {
    let mut images = BTreeMap::new();
    if let Some(logo) = logo.filter(|l| !l.is_empty()) {
        images.insert("logo".to_string(), logo.to_vec());
    }
    let assets = engine::Assets {
        fonts: fonts.clone(),
        images,
    };
    let mut forward = |p: engine::Progress| {
        progress(match p {
            engine::Progress::Laying { done, total } => Progress::Layout { done, total },
            engine::Progress::Writing => Progress::Writing,
        })
    };
    engine::render(markdown, setup, &assets, &mut forward)
}

/// Renders the plan through its template and lays it out as a tagged PDF.
pub fn render(
    req: &ReportRequest,
    progress: &mut dyn FnMut(Progress),
) -> Result<Report, ReportError> {
    refuse_personal_data(req)?;
    let setup = page_setup(req.document, req.locale, req.date);
    lay_out(req, &template_input(req), &setup, progress)
}

/// Renders the review report: the plan's template request with the review's threads, history and
/// changes (`review` in the template), dressed as a review rather than a plan to adopt.
pub fn render_review(
    req: &ReportRequest,
    review: &review::ReviewData,
    progress: &mut dyn FnMut(Progress),
) -> Result<Report, ReportError> {
    refuse_personal_data(req)?;
    let input = template::Input {
        review: Some(review),
        ..template_input(req)
    };
    let setup = review::page_setup(req.document, req.locale, req.date);
    lay_out(req, &input, &setup, progress)
}

/// The template stage over `input`, then the engine, with an engine error traced back to the
/// template line that wrote its block.
fn lay_out(
    req: &ReportRequest,
    input: &template::Input,
    setup: &engine::PageSetup,
    progress: &mut dyn FnMut(Progress),
) -> Result<Report, ReportError> {
    progress(Progress::Template);
    let rendered = template::render(req.template, input)?;
    let out = lay_out_markdown(&rendered.markdown, setup, req.fonts, req.logo, progress).map_err(
        |e| {
            traced(e, |line| {
                template::locate(req.template, input, &rendered, line)
            })
        },
    )?;
    Ok(Report {
        pdf: out.pdf,
        pages: out.pages,
        headings: out.headings,
    })
}

/// An engine error as the report's: a block the engine rejected is traced by `locate` to the
/// template file and line that wrote it, so the user can open it; anything else stays the engine's.
fn traced(
    e: engine::EngineError,
    locate: impl FnOnce(usize) -> Option<(String, usize)>,
) -> ReportError {
    match e {
        engine::EngineError::Block {
            line,
            kind,
            message,
        } => match locate(line) {
            Some((file, line)) => ReportError::Template {
                file,
                line,
                message: format!("the {kind} block written here could not be laid out: {message}"),
            },
            None => ReportError::Engine(engine::EngineError::Block {
                line,
                kind,
                message,
            }),
        },
        e => ReportError::Engine(e),
    }
}

pub mod engine;
