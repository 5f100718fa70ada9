//! `safeplan stats`: what a statistics file holds, and one series from it into an indicator.

use std::io::Write;
use std::path::PathBuf;

use anyhow::{anyhow, Result};
use clap::Subcommand;

use safeplan_core::stats::{
    self, CellKind, ImportPreview, SeriesQuery, SheetChoice, StatsImportRequest, StatsTarget,
    TableSummary,
};
use safeplan_core::Safeplan;
use safeplan_model::{Actor, Direction, IndicatorKind, IndicatorUnit};

/// How many of a dimension's values the text output lists before saying how many more.
const SHOWN_VALUES: usize = 12;

#[derive(Subcommand)]
pub(crate) enum StatsCommand {
    /// Show a statistics file's dimensions and their values (CSV, Excel, OpenDocument, PX, JSON-stat)
    Inspect {
        file: PathBuf,
        #[arg(long)]
        json: bool,
        /// The workbook's sheet, by name or number [default: the first]
        #[arg(long)]
        sheet: Option<String>,
        /// The table's cells in the sheet, such as A3:E40 [default: the sheet's used cells]
        #[arg(long)]
        range: Option<String>,
    },
    /// Import one series from a statistics file into an indicator of a plan
    Import {
        /// The plan's slug or id
        plan: String,
        file: PathBuf,
        /// The indicator to fill (its id)
        #[arg(long, conflicts_with = "new", required_unless_present = "new")]
        indicator: Option<String>,
        /// Create a new indicator with this name
        #[arg(long, value_name = "NAME")]
        new: Option<String>,
        /// Fix one dimension to one value, by label or code; once per dimension
        #[arg(long, value_name = "DIM=VALUE", value_parser = dim_value)]
        select: Vec<(String, String)>,
        /// The time dimension, where the file does not say which it is
        #[arg(long, value_name = "DIM")]
        period: Option<String>,
        /// The column of figures, where the table has several
        #[arg(long, value_name = "COLUMN")]
        value: Option<String>,
        #[arg(long)]
        sheet: Option<String>,
        #[arg(long)]
        range: Option<String>,
        /// The new indicator's kind
        #[arg(long, value_parser = kind, default_value = "recorded_crime")]
        kind: IndicatorKind,
        /// The new indicator's unit
        #[arg(long, value_parser = unit, default_value = "count")]
        unit: IndicatorUnit,
        /// The new indicator's desirable direction
        #[arg(long, value_parser = direction, default_value = "down")]
        direction: Direction,
        /// Show what would be imported and save nothing
        #[arg(long)]
        dry_run: bool,
        #[arg(long)]
        json: bool,
    },
}

fn dim_value(text: &str) -> Result<(String, String), String> {
    text.split_once('=')
        .map(|(d, v)| (d.trim().to_string(), v.trim().to_string()))
        .filter(|(d, v)| !d.is_empty() && !v.is_empty())
        .ok_or_else(|| format!("`{text}` is not DIM=VALUE"))
}

/// A model vocabulary by its key (`recorded_crime`), listing the keys when it is not one.
fn vocabulary<E: Copy>(all: &[E], key: fn(E) -> &'static str, text: &str) -> Result<E, String> {
    all.iter()
        .copied()
        .find(|e| key(*e) == text)
        .ok_or_else(|| {
            let keys: Vec<&str> = all.iter().map(|e| key(*e)).collect();
            format!("expected one of: {}", keys.join(", "))
        })
}

fn kind(text: &str) -> Result<IndicatorKind, String> {
    vocabulary(IndicatorKind::ALL, IndicatorKind::key, text)
}

fn unit(text: &str) -> Result<IndicatorUnit, String> {
    vocabulary(IndicatorUnit::ALL, IndicatorUnit::key, text)
}

fn direction(text: &str) -> Result<Direction, String> {
    vocabulary(Direction::ALL, Direction::key, text)
}

/// `app` opens the database; inspecting a file does not call it.
pub(crate) fn run(
    app: impl FnOnce() -> Result<Safeplan>,
    actor: &Actor,
    command: StatsCommand,
    out: &mut dyn Write,
) -> Result<()> {
    match command {
        StatsCommand::Inspect {
            file,
            json,
            sheet,
            range,
        } => {
            let summary = stats::inspect_file(&file, &SheetChoice { sheet, range })?;
            if json {
                writeln!(out, "{}", serde_json::to_string_pretty(&summary)?)?;
            } else {
                print_summary(out, &file.display().to_string(), &summary)?;
            }
        }
        StatsCommand::Import {
            plan,
            file,
            indicator,
            new,
            select,
            period,
            value,
            sheet,
            range,
            kind,
            unit,
            direction,
            dry_run,
            json,
        } => {
            let target = match (indicator, new) {
                (Some(id), _) => StatsTarget::Indicator { id },
                (None, Some(name)) => StatsTarget::New {
                    name,
                    kind,
                    unit,
                    direction,
                },
                (None, None) => return Err(anyhow!("give --indicator ID or --new NAME")),
            };
            let request = StatsImportRequest {
                sheet,
                range,
                query: SeriesQuery {
                    select,
                    period,
                    value,
                },
                target,
            };
            let mut app = app()?;
            let (preview, revision) = if dry_run {
                (app.preview_stats_import(&plan, &file, &request)?, None)
            } else {
                let done = app.import_stats(actor, &plan, &file, &request, None)?;
                (done.preview, Some(done.revision))
            };
            if json {
                writeln!(out, "{}", serde_json::to_string_pretty(&preview)?)?;
            } else {
                print_preview(out, &preview, revision)?;
            }
        }
    }
    Ok(())
}

fn print_summary(out: &mut dyn Write, file: &str, s: &TableSummary) -> Result<()> {
    writeln!(
        out,
        "{file} ({:?}){}",
        s.format,
        s.title
            .as_ref()
            .map(|t| format!(": {t}"))
            .unwrap_or_default()
    )?;
    let updated = s.updated.as_ref().map(ToString::to_string);
    for (name, value) in [
        ("source", &s.source),
        ("updated", &updated),
        ("units", &s.units),
    ] {
        if let Some(v) = value {
            writeln!(out, "{name}: {v}")?;
        }
    }
    let c = &s.cells;
    writeln!(
        out,
        "cells: {} values, {} nil, {} suppressed, {} missing",
        c.values, c.nil, c.suppressed, c.missing
    )?;
    writeln!(out, "dimensions:")?;
    for d in &s.dimensions {
        let role = d
            .role
            .map(|r| format!(", {}", format!("{r:?}").to_lowercase()))
            .unwrap_or_default();
        let code = if d.code != d.label {
            format!(" [{}]", d.code)
        } else {
            String::new()
        };
        let values: Vec<String> = d
            .categories
            .iter()
            .take(SHOWN_VALUES)
            .map(|c| {
                if c.code != c.label {
                    format!("{} [{}]", c.label, c.code)
                } else {
                    c.label.clone()
                }
            })
            .collect();
        let more = d.categories.len().saturating_sub(SHOWN_VALUES);
        let more = if more > 0 {
            format!(" … and {more} more")
        } else {
            String::new()
        };
        writeln!(
            out,
            "  {}{code} ({}{role}): {}{more}",
            d.label,
            d.categories.len(),
            values.join(", ")
        )?;
    }
    Ok(())
}

fn print_preview(out: &mut dyn Write, p: &ImportPreview, revision: Option<i64>) -> Result<()> {
    let what = if p.creates {
        "the new indicator"
    } else {
        "the indicator"
    };
    match revision {
        Some(_) => writeln!(
            out,
            "imported into {what} \"{}\" ({})",
            p.indicator_name, p.indicator_id
        )?,
        None => writeln!(
            out,
            "would import into {what} \"{}\" (dry run: nothing saved)",
            p.indicator_name
        )?,
    }
    if !p.chosen.is_empty() {
        writeln!(out, "series: {}", p.chosen.join("; "))?;
    }
    for row in &p.rows {
        let value = match (row.kind, row.value) {
            (CellKind::Suppressed, _) => "suppressed".to_string(),
            (CellKind::Missing, _) | (_, None) => "missing".to_string(),
            (_, Some(v)) => v.to_string(),
        };
        let replaces = match &row.replaces {
            Some(old) => format!(
                "  replaces {}",
                old.value.map_or("no value".to_string(), |v| v.to_string())
            ),
            None => String::new(),
        };
        let note = if row.note.is_empty() {
            String::new()
        } else {
            format!("  ({})", row.note)
        };
        writeln!(out, "  {:<8} {value}{replaces}{note}", row.period)?;
    }
    writeln!(out, "kept {} observation(s) of other periods", p.kept)?;
    if !p.source.is_empty() {
        writeln!(out, "source: {}", p.source)?;
    }
    if let Some(d) = &p.data_as_of {
        writeln!(out, "data as of: {d}")?;
    }
    if let Some(r) = revision {
        writeln!(out, "the plan is now at revision {r}")?;
    }
    Ok(())
}
