//! Plain-text tables for the terminal: the list of plans and a plan's findings.

use std::io::{self, Write};

use safeplan_model::{Finding, Level, Locale, PlanDocument, PlanSummary};

/// Writes rows as left-aligned columns, two spaces apart, widths counted in characters (å is one).
pub(crate) fn columns(out: &mut dyn Write, rows: &[Vec<String>]) -> io::Result<()> {
    indented_columns(out, "", rows)
}

pub(crate) fn indented_columns(
    out: &mut dyn Write,
    indent: &str,
    rows: &[Vec<String>],
) -> io::Result<()> {
    let n = rows.iter().map(Vec::len).max().unwrap_or(0);
    let widths: Vec<usize> = (0..n)
        .map(|i| {
            rows.iter()
                .filter_map(|r| r.get(i))
                .map(|c| c.chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect();
    for row in rows {
        let mut line = indent.to_string();
        for (i, cell) in row.iter().enumerate() {
            if i + 1 < row.len() {
                line.push_str(cell);
                line.push_str(&" ".repeat(widths[i] - cell.chars().count() + 2));
            } else {
                line.push_str(cell);
            }
        }
        writeln!(out, "{}", line.trim_end())?;
    }
    Ok(())
}

pub(crate) fn plans(out: &mut dyn Write, plans: &[PlanSummary]) -> io::Result<()> {
    if plans.is_empty() {
        return writeln!(out, "no plans yet (`safeplan demo` loads the demo city)");
    }
    let mut rows = vec![[
        "SLUG", "UNIT", "PERIOD", "STATUS", "READY", "ERRORS", "WARNINGS",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect::<Vec<_>>()];
    for p in plans {
        rows.push(vec![
            p.slug.clone(),
            p.unit_name.clone().unwrap_or_else(|| "-".into()),
            p.period
                .map(|p| format!("{}–{}", p.from_year, p.to_year))
                .unwrap_or_else(|| "-".into()),
            p.status.label(Locale::En).to_string(),
            if p.errors == 0 { "yes" } else { "no" }.to_string(),
            p.errors.to_string(),
            p.warnings.to_string(),
        ]);
    }
    columns(out, &rows)
}

pub(crate) fn findings(
    out: &mut dyn Write,
    doc: &PlanDocument,
    findings: &[Finding],
    locale: Locale,
) -> io::Result<()> {
    let errors = findings.iter().filter(|f| f.level == Level::Error).count();
    let warnings = findings.len() - errors;
    let verdict = match (locale, errors) {
        (Locale::Sv, 0) => "redo att skicka in".to_string(),
        (Locale::Sv, n) => format!("inte redo: {n} fel"),
        (Locale::En, 0) => "ready to submit".to_string(),
        (Locale::En, n) => format!("not ready: {n} error(s)"),
    };
    let warned = match locale {
        Locale::Sv => format!("{warnings} varningar"),
        Locale::En => format!("{warnings} warning(s)"),
    };
    writeln!(
        out,
        "{} ({}): {verdict}, {warned}",
        doc.plan.title, doc.plan.slug
    )?;
    for level in Level::ALL {
        let of_level: Vec<&Finding> = findings.iter().filter(|f| f.level == *level).collect();
        if of_level.is_empty() {
            continue;
        }
        let heading = match (locale, level) {
            (Locale::Sv, Level::Error) => "Fel",
            (Locale::Sv, Level::Warning) => "Varningar",
            (Locale::En, Level::Error) => "Errors",
            (Locale::En, Level::Warning) => "Warnings",
        };
        writeln!(out, "\n{heading}")?;
        for f in of_level {
            let message = match locale {
                Locale::Sv => &f.message_sv,
                Locale::En => &f.message_en,
            };
            writeln!(out, "  {:<4} {message}  [{}]", f.rule.key(), f.item)?;
        }
    }
    Ok(())
}
