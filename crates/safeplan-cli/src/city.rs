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
    locale: Locale,
    out: &mut dyn Write,
) -> Result<()> {
    match command {
        None => {
            let figures = app.city()?;
            if json {
                writeln!(out, "{}", serde_json::to_string_pretty(&figures)?)?;
            } else {
                figures_tables(out, &figures, locale)?;
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
                indicator_table(out, &view, locale)?;
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

/// The tables' own words, so that a Swedish run prints no English beside the Swedish labels.
struct Words {
    plans: &'static str,
    plans_header: [&'static str; 8],
    states: [&'static str; 3],
    coverage: &'static str,
    coverage_header: [&'static str; 5],
    gaps: &'static str,
    gaps_header: [&'static str; 3],
    none: &'static str,
    to_look_at: &'static str,
    to_look_at_header: [&'static str; 3],
    problems: [&'static str; 3],
    partners: &'static str,
    partners_header: [&'static str; 8],
    city_names: &'static str,
    lookalike: &'static str,
    similarity: &'static str,
    better: &'static str,
    unit: &'static str,
}

const EN: Words = Words {
    plans: "Plans by unit",
    plans_header: [
        "UNIT",
        "PLAN",
        "STATUS",
        "PERIOD",
        "ERRORS",
        "WARNINGS",
        "LAST CHANGE",
        "STATE",
    ],
    states: ["current", "out of date", "missing"],
    coverage: "Coverage: units answering each challenge category, by prevention level",
    coverage_header: ["CATEGORY", "UNITS", "UNIVERSAL", "SELECTIVE", "INDICATED"],
    gaps: "Priority-1 challenges answered at fewer than two levels",
    gaps_header: ["UNIT", "CHALLENGE", "LEVELS"],
    none: "none",
    to_look_at: "Measures to look at",
    to_look_at_header: ["UNIT", "MEASURE", "PROBLEM"],
    problems: [
        "no follow-up indicator",
        "no owner",
        "ends before the plan's period",
    ],
    partners: "Partner load",
    partners_header: [
        "PARTNER", "TYPE", "UNITS", "MEASURES", "LEAD", "PARTNER", "FUNDER", "LINKED",
    ],
    city_names: "city ({} name(s))",
    lookalike: "Measures that look alike across units ({} groups)",
    similarity: "similarity",
    better: "better",
    unit: "UNIT",
};

const SV: Words = Words {
    plans: "Planer per enhet",
    plans_header: [
        "ENHET",
        "PLAN",
        "STATUS",
        "PERIOD",
        "FEL",
        "VARNINGAR",
        "SENAST ÄNDRAD",
        "LÄGE",
    ],
    states: ["aktuell", "inaktuell", "saknas"],
    coverage: "Täckning: enheter som svarar mot varje kategori av utmaningar, per preventionsnivå",
    coverage_header: ["KATEGORI", "ENHETER", "UNIVERSELL", "SELEKTIV", "INDIKERAD"],
    gaps: "Utmaningar med prioritet 1 som besvaras på färre än två nivåer",
    gaps_header: ["ENHET", "UTMANING", "NIVÅER"],
    none: "ingen",
    to_look_at: "Åtgärder att se över",
    to_look_at_header: ["ENHET", "ÅTGÄRD", "PROBLEM"],
    problems: [
        "ingen uppföljningsindikator",
        "ingen ansvarig",
        "slutar före planens period",
    ],
    partners: "Samverkansparternas belastning",
    partners_header: [
        "PART",
        "TYP",
        "ENHETER",
        "ÅTGÄRDER",
        "HUVUDANSVARIG",
        "PART",
        "FINANSIÄR",
        "KOPPLAD",
    ],
    city_names: "staden ({} namn)",
    lookalike: "Åtgärder som liknar varandra mellan enheter ({} grupper)",
    similarity: "likhet",
    better: "bättre",
    unit: "ENHET",
};

fn words(locale: Locale) -> &'static Words {
    match locale {
        Locale::Sv => &SV,
        Locale::En => &EN,
    }
}

fn figures_tables(out: &mut dyn Write, f: &CityFigures, locale: Locale) -> io::Result<()> {
    let w = words(locale);
    writeln!(out, "{} ({})", w.plans, f.year)?;
    let mut rows = vec![strings(w.plans_header)];
    for r in &f.plans {
        let state = match r.state {
            PlanState::Current => w.states[0],
            PlanState::OutOfDate => w.states[1],
            PlanState::Missing => w.states[2],
        };
        let dash = || "-".to_string();
        rows.push(match &r.plan {
            Some(p) => vec![
                r.unit_name.clone().unwrap_or_else(dash),
                p.slug.clone(),
                p.status.label(locale).to_string(),
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

    writeln!(out, "\n{}", w.coverage)?;
    let mut rows = vec![strings(w.coverage_header)];
    for r in &f.coverage.rows {
        let mut row = vec![
            r.category.label(locale).to_string(),
            r.units_with_challenge.to_string(),
        ];
        row.extend(r.units_by_level.iter().map(u32::to_string));
        rows.push(row);
    }
    columns(out, &rows)?;
    if !f.coverage.top_priority_gaps.is_empty() {
        writeln!(out, "\n{}", w.gaps)?;
        let mut rows = vec![strings(w.gaps_header)];
        for g in &f.coverage.top_priority_gaps {
            let levels: Vec<String> = g
                .levels
                .iter()
                .map(|l| match locale {
                    Locale::En => l.key().to_string(),
                    Locale::Sv => l.label(locale).to_lowercase(),
                })
                .collect();
            rows.push(vec![
                g.unit_name.clone().unwrap_or_else(|| g.slug.clone()),
                g.title.clone(),
                if levels.is_empty() {
                    w.none.into()
                } else {
                    levels.join(", ")
                },
            ]);
        }
        columns(out, &rows)?;
    }

    writeln!(out, "\n{} ({})", w.to_look_at, f.measure_gaps.len())?;
    let mut rows = vec![strings(w.to_look_at_header)];
    for g in &f.measure_gaps {
        let problems: Vec<&str> = g
            .problems
            .iter()
            .map(|p| match p {
                MeasureProblem::NoFollowUp => w.problems[0],
                MeasureProblem::NoOwner => w.problems[1],
                MeasureProblem::EndsEarly => w.problems[2],
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

    writeln!(out, "\n{}", w.partners)?;
    let mut rows = vec![strings(w.partners_header)];
    for p in &f.partner_load {
        rows.push(vec![
            p.name.clone(),
            p.partner_type.label(locale).to_string(),
            p.units.to_string(),
            p.measures.to_string(),
            p.lead.to_string(),
            p.partner.to_string(),
            p.funder.to_string(),
            if p.city_partner_id.is_some() {
                w.city_names.replace("{}", &p.names.len().to_string())
            } else {
                "-".to_string()
            },
        ]);
    }
    columns(out, &rows)?;

    writeln!(
        out,
        "\n{}",
        w.lookalike.replace("{}", &f.lookalikes.len().to_string())
    )?;
    for g in &f.lookalikes {
        writeln!(out, "  {} {:.2}:", w.similarity, g.similarity)?;
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

fn indicator_table(
    out: &mut dyn Write,
    view: &CityIndicatorView,
    locale: Locale,
) -> io::Result<()> {
    let (i, w) = (&view.indicator, words(locale));
    writeln!(
        out,
        "{} ({}, {}, {} {})",
        i.name,
        i.kind.label(locale),
        i.unit.label(locale),
        w.better,
        i.direction.label(locale).to_lowercase()
    )?;
    let mut header = vec![w.unit.to_string()];
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
