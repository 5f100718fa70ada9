//! `safeplan review export|import`: the review file (docs/review-file.md) out of the reviewer's
//! database and into the district's. The import prints what it did: what was added and applied,
//! the conflicts kept as review notes, and what became of the reviewer's decision.

use std::io::Write;
use std::path::PathBuf;

use anyhow::{Context, Result};
use clap::Subcommand;

use safeplan_core::{DecisionOutcome, ReviewImported, Safeplan};
use safeplan_model::Actor;

#[derive(Subcommand)]
pub(crate) enum ReviewCommand {
    /// Write your comments, resolutions and decision on a plan as a .safeplan-review file
    Export {
        /// The plan's slug or id
        plan: String,
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Take a reviewer's .safeplan-review file into the plan it reviewed
    Import {
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

pub(crate) fn run(
    app: &mut Safeplan,
    actor: &Actor,
    command: ReviewCommand,
    out: &mut dyn Write,
) -> Result<()> {
    match command {
        ReviewCommand::Export { plan, out: file } => {
            let bytes = app.export_review(actor, &plan)?;
            crate::write_file(&file, &bytes)?;
            writeln!(
                out,
                "exported the review of {plan} to {} ({} bytes)",
                file.display(),
                bytes.len()
            )?;
        }
        ReviewCommand::Import { file } => {
            let bytes =
                std::fs::read(&file).with_context(|| format!("cannot read {}", file.display()))?;
            let name = file.file_name().map_or_else(
                || file.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            );
            let done = app.import_review(&bytes, &name)?;
            report(&done, out)?;
        }
    }
    Ok(())
}

fn report(done: &ReviewImported, out: &mut dyn Write) -> Result<()> {
    writeln!(
        out,
        "{} ({}): {}",
        done.title,
        done.slug,
        if done.changed {
            format!("revision {}", done.revision)
        } else {
            "nothing new, nothing changed".to_string()
        }
    )?;
    writeln!(
        out,
        "added: {}, {}, of them {}",
        plural(done.threads_added, "thread", "threads"),
        plural(done.replies_added, "reply", "replies"),
        plural(done.suggestions_added, "suggestion", "suggestions")
    )?;
    writeln!(
        out,
        "applied: {}, {}",
        plural(done.resolutions_applied, "resolution", "resolutions"),
        plural(done.reopenings_applied, "reopening", "reopenings")
    )?;
    writeln!(out, "conflicts kept: {}", done.conflicts_kept.len())?;
    for n in &done.conflicts_kept {
        writeln!(out, "  {}", crate::review::note_line(n))?;
    }
    match &done.decision {
        None => writeln!(out, "decision: none (the reviewer did not move the plan)")?,
        Some(d) => {
            let what = match d.outcome {
                DecisionOutcome::Applied => "made".to_string(),
                DecisionOutcome::AlreadyApplied => "already made".to_string(),
                DecisionOutcome::Recorded => format!(
                    "recorded, not made: {}",
                    d.reason
                        .as_ref()
                        .map(ToString::to_string)
                        .unwrap_or_default()
                ),
            };
            writeln!(out, "decision: {} {what}", d.status.key())?;
        }
    }
    Ok(())
}
