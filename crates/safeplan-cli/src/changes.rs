//! The terminal listing of `safeplan diff`: what changed, step by step. Deleted words are marked
//! `[-like this-]` and inserted ones `{+like this+}` (wdiff's marks), which read without colour and
//! survive a pipe into a file or an e-mail; long unchanged stretches are shortened around the change.

use std::io::{self, Write};

use safeplan_core::{
    unchanged_shortened, ChangeKind, Delta, DiffEnd, FieldChange, PlanDiff, WordOp, WordSpan,
};
use safeplan_model::{Locale, Section};

pub(crate) fn listing(
    out: &mut dyn Write,
    slug: &str,
    diff: &PlanDiff,
    locale: Locale,
) -> io::Result<()> {
    writeln!(
        out,
        "{slug}: {} → {}",
        end(&diff.from, locale),
        end(&diff.to, locale)
    )?;
    if diff.items.is_empty() {
        let none = match locale {
            Locale::Sv => "inga ändringar",
            Locale::En => "no changes",
        };
        return writeln!(out, "{none}");
    }
    let mut section: Option<Section> = None;
    for item in &diff.items {
        if section != Some(item.place.section) {
            section = Some(item.place.section);
            writeln!(out, "\n{}", item.place.section.label(locale))?;
        }
        let indent = match &item.id {
            // The plan's own parts: their fields stand directly under the step.
            None => "  ",
            Some(_) => {
                let what = item
                    .kind
                    .map_or_else(|| Section::Partners.label(locale), |k| k.label(locale));
                let name = match locale {
                    Locale::Sv => format!("”{}”", item.name),
                    Locale::En => format!("“{}”", item.name),
                };
                writeln!(
                    out,
                    "  {} {what} {name}  [{}]",
                    mark(item.change),
                    item.place
                )?;
                "      "
            }
        };
        for field in &item.fields {
            writeln!(out, "{indent}{}", field_line(field, indent))?;
        }
    }
    Ok(())
}

fn end(end: &DiffEnd, locale: Locale) -> String {
    let status = end.status.label(locale);
    match (&end.revision, &end.created_at, locale) {
        (Some(n), Some(at), _) => format!("revision {n} ({status}, {at})"),
        (Some(n), None, _) => format!("revision {n} ({status})"),
        (None, _, Locale::Sv) => format!("nu ({status})"),
        (None, _, Locale::En) => format!("now ({status})"),
    }
}

fn mark(change: ChangeKind) -> &'static str {
    match change {
        ChangeKind::Added => "+",
        ChangeKind::Removed => "-",
        ChangeKind::Changed => "~",
    }
}

/// `~ title: [-old-]{+new+}`; a multi-line text continues under its first line.
fn field_line(field: &FieldChange, indent: &str) -> String {
    let element = field
        .element
        .as_ref()
        .map(|e| format!(" ({e})"))
        .unwrap_or_default();
    let text = match &field.delta {
        Delta::Words { spans } => marked(spans),
        Delta::Value { before, after } => {
            let mut text = String::new();
            if let Some(b) = before {
                text.push_str(&format!("[-{b}-]"));
            }
            if let Some(a) = after {
                text.push_str(&format!("{{+{a}+}}"));
            }
            text
        }
    };
    let text = text.replace('\n', &format!("\n{indent}    "));
    format!("{} {}{element}: {text}", mark(field.change), field.field)
}

/// The spans with their marks, unchanged stretches shortened to their ends next to a change.
fn marked(spans: &[WordSpan]) -> String {
    let mut text = String::new();
    for (n, span) in spans.iter().enumerate() {
        match span.op {
            WordOp::Delete => text.push_str(&format!("[-{}-]", span.text)),
            WordOp::Insert => text.push_str(&format!("{{+{}+}}", span.text)),
            WordOp::Equal => {
                let first = n == 0;
                let last = n + 1 == spans.len();
                text.push_str(&unchanged_shortened(&span.text, !first, !last));
            }
        }
    }
    text
}
