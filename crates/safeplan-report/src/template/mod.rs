//! The template stage: a folder of Markdown files with minijinja expressions, rendered over a plan into
//! one Markdown text for the engine. Templates come in as text ([`TemplateFiles`]), so this stage never
//! touches the file system, and every failure names the template file and line it comes from.

mod blocks;
pub mod city;
mod city_blocks;
mod city_words;
mod context;
mod filters;
mod format;
mod headings;
mod lint;
mod manifest;
mod markdown;
mod shift;
mod tables;
mod views;
mod words;

use std::collections::BTreeMap;
use std::sync::Arc;

use minijinja::{Environment, ErrorKind, UndefinedBehavior};
use safeplan_model::{Finding, IsoDate, Locale, PlanDocument};

pub use blocks::chart_alt;
pub use context::{is_draft, Context};
pub use filters::{DEFAULT_HEADING_LEVEL, VOCABULARIES};
pub use manifest::Manifest;
pub use markdown::{escape_inline, user_markdown};

use blocks::{BlockLog, PlanContexts};

/// A template's files for one language: path relative to the language folder (`main.md`,
/// `sections/cover.md`…) to text.
pub type TemplateFiles = BTreeMap<String, String>;

/// The file every template starts from.
pub const ENTRY: &str = "main.md";

/// A problem in a template, at a file and line a person can open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TemplateError {
    /// The file as the user knows it, e.g. `district-plan/sv/statistics.md`.
    pub file: String,
    /// 1-based; 0 when the problem is not in one line (a missing entry file).
    pub line: usize,
    pub message: String,
}

/// What the template stage hands on: the Markdown, and each block it wrote, in order.
#[derive(Debug, Clone)]
pub struct Rendered {
    pub markdown: String,
    pub blocks: Vec<String>,
}

/// The plan, findings and presentation choices a template is rendered over.
pub struct Input<'a> {
    pub document: &'a PlanDocument,
    pub findings: &'a [Finding],
    pub locale: Locale,
    pub date: &'a IsoDate,
    pub has_logo: bool,
    /// Put before a file's name in messages: `district-plan/sv/`.
    pub file_prefix: String,
    /// The review report's threads, history and changes, seen by its template as `review`.
    pub review: Option<&'a crate::review::ReviewData>,
}

pub(crate) fn environment(
    files: &TemplateFiles,
    ctx: Arc<PlanContexts>,
    log: Arc<BlockLog>,
    locale: Locale,
) -> Environment<'static> {
    let mut env = Environment::new();
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    // Block tags on their own lines leave no blank lines behind, so loops read naturally in Markdown.
    env.set_trim_blocks(true);
    env.set_lstrip_blocks(true);
    env.set_keep_trailing_newline(true);
    env.set_debug(false);
    let files = Arc::new(files.clone());
    env.set_loader(move |name| Ok(files.get(name).cloned()));
    filters::register(&mut env, locale);
    blocks::register(&mut env, ctx, log, locale);
    env
}

/// The innermost minijinja error that knows where it happened: an error inside an included file is
/// wrapped by one pointing at the `{% include %}` line, and the user needs the inner one.
fn innermost(err: &minijinja::Error) -> &minijinja::Error {
    let mut best = err;
    let mut current: &dyn std::error::Error = err;
    while let Some(source) = current.source() {
        if let Some(inner) = source.downcast_ref::<minijinja::Error>() {
            if inner.name().is_some() && inner.line().is_some() {
                best = inner;
            }
        }
        current = source;
    }
    best
}

fn describe(err: &minijinja::Error, source_line: Option<&str>) -> String {
    let mut message = match (err.kind(), err.detail()) {
        (ErrorKind::UnknownFilter, Some(detail)) => {
            let name = detail.trim_start_matches("filter ").trim_end_matches(" is unknown");
            format!("unknown filter `{name}`")
        }
        (ErrorKind::UnknownFunction, Some(detail)) => {
            format!("unknown function `{}`", detail.trim_end_matches(" is unknown"))
        }
        (ErrorKind::UndefinedError, None) => {
            "undefined value: a variable or field that does not exist (see docs/templates.md for the names)".to_string()
        }
        (ErrorKind::TemplateNotFound, Some(detail)) => format!("missing file: {detail}"),
        // Our own functions and filters say what is wrong in full; "invalid operation" adds nothing.
        (ErrorKind::InvalidOperation, Some(detail)) => detail.to_string(),
        (kind, Some(detail)) => format!("{kind}: {detail}"),
        (kind, None) => kind.to_string(),
    };
    if let Some(line) = source_line.map(str::trim).filter(|l| !l.is_empty()) {
        let shown: String = line.chars().take(120).collect();
        message.push_str(&format!(" — in `{shown}`"));
    }
    message
}

pub(crate) fn template_error(
    err: &minijinja::Error,
    files: &TemplateFiles,
    prefix: &str,
) -> TemplateError {
    let inner = innermost(err);
    let name = inner.name().unwrap_or(ENTRY).to_string();
    let line = inner.line().unwrap_or(0);
    let source_line = files
        .get(&name)
        .and_then(|text| text.lines().nth(line.checked_sub(1)?));
    TemplateError {
        file: format!("{prefix}{name}"),
        line,
        message: describe(inner, source_line),
    }
}

fn run(files: &TemplateFiles, input: &Input, log: Arc<BlockLog>) -> Result<String, TemplateError> {
    if !files.contains_key(ENTRY) {
        return Err(TemplateError {
            file: format!("{}{ENTRY}", input.file_prefix),
            line: 0,
            message: format!("the template has no `{ENTRY}`: every template starts from one"),
        });
    }
    let ctx = context::build(
        input.document,
        input.findings,
        input.locale,
        input.date,
        input.has_logo,
    );
    let mut keys = context_keys(&ctx);
    let mut value = minijinja::Value::from_serialize(&ctx);
    if let Some(review) = input.review {
        keys.insert("review".to_string());
        value = minijinja::context! { review => minijinja::Value::from_serialize(review), ..value };
    }
    let env = environment(
        files,
        Arc::new(PlanContexts::new(vec![ctx])),
        log,
        input.locale,
    );
    lint::check(&env, files, &keys, &input.file_prefix)?;
    let template = env
        .get_template(ENTRY)
        .map_err(|e| template_error(&e, files, &input.file_prefix))?;
    template
        .render(value)
        .map_err(|e| template_error(&e, files, &input.file_prefix))
}

/// The top-level names a context gives a template, for the lint.
pub(crate) fn context_keys<T: serde::Serialize>(ctx: &T) -> std::collections::BTreeSet<String> {
    match serde_json::to_value(ctx) {
        Ok(serde_json::Value::Object(map)) => map.keys().cloned().collect(),
        _ => Default::default(),
    }
}

/// Renders `main.md` over the plan.
pub fn render(files: &TemplateFiles, input: &Input) -> Result<Rendered, TemplateError> {
    let log = Arc::new(BlockLog::default());
    let markdown = run(files, input, log.clone())?;
    let markdown = if markdown.trim().is_empty() {
        return Err(TemplateError {
            file: format!("{}{ENTRY}", input.file_prefix),
            line: 0,
            message: "the template wrote nothing: a report needs at least one heading or paragraph"
                .to_string(),
        });
    } else {
        markdown
    };
    Ok(Rendered {
        markdown,
        blocks: log.calls(),
    })
}

/// The template file and line behind line `line` (1-based) of the rendered Markdown, for an engine error.
/// A line inside a block is traced to the function call that wrote it by rendering once more with that
/// call failing; a plain line is looked up as literal text in the template files.
pub fn locate(
    files: &TemplateFiles,
    input: &Input,
    rendered: &Rendered,
    line: usize,
) -> Option<(String, usize)> {
    locate_with(files, &input.file_prefix, rendered, line, |log| {
        run(files, input, log).err()
    })
}

/// [`locate`] for any template stage: `rerun` renders again with the given log (one that fails at a
/// chosen block call) and gives the error that call raised, named as that stage names its files.
pub(crate) fn locate_with(
    files: &TemplateFiles,
    file_prefix: &str,
    rendered: &Rendered,
    line: usize,
    rerun: impl Fn(Arc<BlockLog>) -> Option<TemplateError>,
) -> Option<(String, usize)> {
    let mut search_from = 0;
    for (index, block) in rendered.blocks.iter().enumerate() {
        let Some(found) = rendered.markdown[search_from..].find(block.as_str()) else {
            continue;
        };
        let start = search_from + found;
        let end = start + block.len();
        search_from = end;
        let first = rendered.markdown[..start].matches('\n').count() + 1;
        let last = rendered.markdown[..end].matches('\n').count() + 1;
        if (first..=last).contains(&line) {
            let err = rerun(Arc::new(BlockLog::failing_at(index)))?;
            return Some((err.file, err.line));
        }
    }
    let text = rendered.markdown.lines().nth(line.checked_sub(1)?)?.trim();
    if text.is_empty() {
        return None;
    }
    files.iter().find_map(|(name, source)| {
        let at = source.lines().position(|l| l.trim() == text)?;
        Some((format!("{file_prefix}{name}"), at + 1))
    })
}
