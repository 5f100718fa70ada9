//! `safeplan city` and `safeplan import DIR|FILE…`: the city executive office's commands. Each
//! calls one core function and prints its result as readable tables, or as JSON.

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;
use clap::Subcommand;

use safeplan_core::city::{
    CityFigures, CityIndicatorView, LinkSuggestion, MeasureProblem, PlanState,
};
use safeplan_core::{GatherOutcome, GatheredFile, Safeplan};
use safeplan_model::Locale;

use crate::progress;
use crate::table::columns;

#[derive(Subcommand)]
pub(crate) enum CityCommand {
    /// Link a unit's registry partner to a city partner (made if the city has none of that name)
    LinkPartner {
        /// The registry partner's id
        partner: String,
        /// The city partner's name
        #[arg(long, value_name = "CITY_PARTNER")]
        to: String,
    },
    /// Link a plan's indicator to a city indicator (made if the city has none of that name)
    LinkIndicator {
        /// The plan's slug or id
        plan: String,
        /// The indicator's id in that plan
        indicator: String,
        /// The city indicator's name
        #[arg(long, value_name = "CITY_INDICATOR")]
        to: String,
    },
    /// Suggest links of partners and indicators by name
    Suggest {
        #[arg(long)]
        json: bool,
    },
    /// One city indicator's figures side by side across units
    Indicator {
        /// The city indicator's name or id
        name: String,
        #[arg(long)]
        json: bool,
    },
}

pub(crate) fn run(
    app: &mut Safeplan,
    command: Option<CityCommand>,
    json: bool,
    out: &mut dyn Write,
) -> Result<()> {
    match command {
        None => {
            let figures = app.city()?;
            if json {
                writeln!(out, "{}", serde_json::to_string_pretty(&figures)?)?;
            } else {
                figures_tables(out, &figures)?;
            }
        }
        Some(CityCommand::LinkPartner { partner, to }) => {
            let linked = app.link_partner(&partner, &to)?;
            writeln!(
                out,
                "linked {partner} to the city partner \"{}\"",
                linked.name
            )?;
        }
        Some(CityCommand::LinkIndicator {
            plan,
            indicator,
            to,
        }) => {
            let linked = app.link_indicator(&plan, &indicator, &to)?;
            writeln!(
                out,
                "linked {plan}/{indicator} to the city indicator \"{}\"",
                linked.name
            )?;
        }
        Some(CityCommand::Suggest { json }) => {
            let suggestions = app.link_suggestions()?;
            if json {
                writeln!(out, "{}", serde_json::to_string_pretty(&suggestions)?)?;
            } else {
                suggestions_table(out, &suggestions)?;
            }
        }
        Some(CityCommand::Indicator { name, json }) => {
            let view = app.city_indicator(&name)?;
            if json {
                writeln!(out, "{}", serde_json::to_string_pretty(&view)?)?;
            } else {
                indicator_table(out, &view)?;
            }
        }
    }
    Ok(())
}

/// Gathers packages; exits 1 when a file was refused, after printing every file's line.
pub(crate) fn gather(
    app: &mut Safeplan,
    paths: &[PathBuf],
    json: bool,
    out: &mut dyn Write,
) -> Result<ExitCode> {
    let files = progress::with_count_bar(|report| app.gather(paths, report))?;
    if json {
        writeln!(out, "{}", serde_json::to_string_pretty(&files)?)?;
    } else {
        gathered_table(out, &files)?;
    }
    Ok(
        if files.iter().any(|f| f.outcome == GatherOutcome::Refused) {
            ExitCode::FAILURE
        } else {
            ExitCode::SUCCESS
        },
    )
}

fn strings<const N: usize>(cells: [&str; N]) -> Vec<String> {
    cells.iter().map(|s| s.to_string()).collect()
}

fn gathered_table(out: &mut dyn Write, files: &[GatheredFile]) -> io::Result<()> {
    let mut rows = vec![strings(["FILE", "RESULT", "PLAN", "NOTE"])];
    for f in files {
        let outcome = match f.outcome {
            GatherOutcome::Imported => "imported",
            GatherOutcome::Updated => "updated",
            GatherOutcome::Unchanged => "unchanged",
            GatherOutcome::Refused => "refused",
        };
        let note = match (&f.reason, f.kept_comments) {
            (Some(reason), _) => reason.clone(),
            (None, 0) => String::new(),
            (None, n) => format!("{n} comment(s) written here kept"),
        };
        rows.push(vec![
            f.file.clone(),
            outcome.to_string(),
            f.plan.as_ref().map(|p| p.slug.clone()).unwrap_or_default(),
            note,
        ]);
    }
    columns(out, &rows)?;
    let count = |o: GatherOutcome| files.iter().filter(|f| f.outcome == o).count();
    writeln!(
        out,
        "\n{} file(s): {} imported, {} updated, {} unchanged, {} refused",
        files.len(),
        count(GatherOutcome::Imported),
        count(GatherOutcome::Updated),
        count(GatherOutcome::Unchanged),
        count(GatherOutcome::Refused)
    )
}

fn figures_tables(out: &mut dyn Write, f: &CityFigures) -> io::Result<()> {
    let en = Locale::En;
    writeln!(out, "Plans by unit ({})", f.year)?;
    let mut rows = vec![strings([
        "UNIT",
        "PLAN",
        "STATUS",
        "PERIOD",
        "ERRORS",
        "WARNINGS",
        "LAST CHANGE",
        "STATE",
    ])];
    for r in &f.plans {
        let state = match r.state {
            PlanState::Current => "current",
            PlanState::OutOfDate => "out of date",
            PlanState::Missing => "missing",
        };
        let dash = || "-".to_string();
        rows.push(match &r.plan {
            Some(p) => vec![
                r.unit_name.clone().unwrap_or_else(dash),
                p.slug.clone(),
                p.status.label(en).to_string(),
                p.period
                    .map(|p| format!("{}–{}", p.from_year, p.to_year))
                    .unwrap_or_else(dash),
                p.errors.to_string(),
                p.warnings.to_string(),
                p.last_change
                    .as_deref()
                    .map(|t| t.chars().take(10).collect())
                    .unwrap_or_else(dash),
                state.to_string(),
            ],
            None => vec![
                r.unit_name.clone().unwrap_or_else(dash),
                dash(),
                dash(),
                dash(),
                dash(),
                dash(),
                dash(),
                state.to_string(),
            ],
        });
    }
    columns(out, &rows)?;

    writeln!(
        out,
        "\nCoverage: units answering each challenge category, by prevention level"
    )?;
    let mut header = strings(["CATEGORY", "UNITS"]);
    header.extend(f.coverage.levels.iter().map(|l| l.key().to_uppercase()));
    let mut rows = vec![header];
    for r in &f.coverage.rows {
        let mut row = vec![
            r.category.label(en).to_string(),
            r.units_with_challenge.to_string(),
        ];
        row.extend(r.units_by_level.iter().map(u32::to_string));
        rows.push(row);
    }
    columns(out, &rows)?;
    if !f.coverage.top_priority_gaps.is_empty() {
        writeln!(
            out,
            "\nPriority-1 challenges answered at fewer than two levels"
        )?;
        let mut rows = vec![strings(["UNIT", "CHALLENGE", "LEVELS"])];
        for g in &f.coverage.top_priority_gaps {
            let levels: Vec<&str> = g.levels.iter().map(|l| l.key()).collect();
            rows.push(vec![
                g.unit_name.clone().unwrap_or_else(|| g.slug.clone()),
                g.title.clone(),
                if levels.is_empty() {
                    "none".into()
                } else {
                    levels.join(", ")
                },
            ]);
        }
        columns(out, &rows)?;
    }

    writeln!(out, "\nMeasures to look at ({})", f.measure_gaps.len())?;
    let mut rows = vec![strings(["UNIT", "MEASURE", "PROBLEM"])];
    for g in &f.measure_gaps {
        let problems: Vec<&str> = g
            .problems
            .iter()
            .map(|p| match p {
                MeasureProblem::NoFollowUp => "no follow-up indicator",
                MeasureProblem::NoOwner => "no owner",
                MeasureProblem::EndsEarly => "ends before the plan's period",
            })
            .collect();
        rows.push(vec![
            g.measure
                .unit_name
                .clone()
                .unwrap_or_else(|| g.measure.slug.clone()),
            g.measure.title.clone(),
            problems.join(", "),
        ]);
    }
    columns(out, &rows)?;

    writeln!(out, "\nPartner load")?;
    let mut rows = vec![strings([
        "PARTNER", "TYPE", "UNITS", "MEASURES", "LEAD", "PARTNER", "FUNDER", "LINKED",
    ])];
    for p in &f.partner_load {
        rows.push(vec![
            p.name.clone(),
            p.partner_type.label(en).to_string(),
            p.units.to_string(),
            p.measures.to_string(),
            p.lead.to_string(),
            p.partner.to_string(),
            p.funder.to_string(),
            if p.city_partner_id.is_some() {
                format!("city ({} name(s))", p.names.len())
            } else {
                "-".to_string()
            },
        ]);
    }
    columns(out, &rows)?;

    writeln!(
        out,
        "\nMeasures that look alike across units ({} groups)",
        f.lookalikes.len()
    )?;
    for g in &f.lookalikes {
        writeln!(out, "  similarity {:.2}:", g.similarity)?;
        let rows: Vec<Vec<String>> = g
            .measures
            .iter()
            .map(|m| {
                vec![
                    m.unit_name.clone().unwrap_or_else(|| m.slug.clone()),
                    m.title.clone(),
                    format!("{}/{}", m.slug, m.measure_id),
                ]
            })
            .collect();
        crate::table::indented_columns(out, "    ", &rows)?;
    }
    Ok(())
}

fn suggestions_table(out: &mut dyn Write, suggestions: &[LinkSuggestion]) -> io::Result<()> {
    if suggestions.is_empty() {
        return writeln!(out, "no links to suggest");
    }
    let mut rows = vec![strings(["KIND", "PLAN", "ID", "NAME", "LINK TO", "SCORE"])];
    for s in suggestions {
        rows.push(vec![
            format!("{:?}", s.kind).to_lowercase(),
            s.plan_id.clone().unwrap_or_else(|| "-".into()),
            s.item_id.clone(),
            s.item_name.clone(),
            if s.exists {
                s.city_name.clone()
            } else {
                format!("{} (new)", s.city_name)
            },
            format!("{:.2}", s.score),
        ]);
    }
    columns(out, &rows)
}

fn indicator_table(out: &mut dyn Write, view: &CityIndicatorView) -> io::Result<()> {
    let i = &view.indicator;
    writeln!(
        out,
        "{} ({}, {}, better {})",
        i.name,
        i.kind.label(Locale::En),
        i.unit.label(Locale::En),
        i.direction.key()
    )?;
    let mut header = vec!["UNIT".to_string()];
    header.extend(view.periods.iter().cloned());
    let mut rows = vec![header];
    for s in &view.series {
        let mut row = vec![s.unit_name.clone().unwrap_or_else(|| s.slug.clone())];
        row.extend(
            s.values
                .iter()
                .map(|v| v.map(|v| format!("{v}")).unwrap_or_else(|| "–".into())),
        );
        rows.push(row);
    }
    columns(out, &rows)
}
