//! The `safeplan` command line: load the demo city, list and read plans, check their readiness, move
//! plan packages in and out, and render PDF reports. Each subcommand parses its arguments, calls one
//! safeplan-core use case and prints the result; the rules live in the core. A mistake prints one
//! `error:` line on stderr and exits 1 (2 for a malformed command line, as clap does).

mod changes;
mod city;
mod outline;
mod progress;
mod review;
mod review_file;
mod stats;
mod table;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::{Parser, Subcommand, ValueEnum};

use safeplan_core::city::ConsolidateOptions;
use safeplan_core::{default_db_path, ImportMode, PdfOptions, ReviewReportOptions, Safeplan};
use safeplan_model::{Actor, IsoDate, Level, Locale, PlanStatus};

#[derive(Parser)]
#[command(
    name = "safeplan",
    version,
    about = "Action plans against crime, hate and violent extremism"
)]
struct Cli {
    /// The database file [default: $SAFEPLAN_DB, else the platform's data folder]
    #[arg(long, global = true, value_name = "PATH")]
    db: Option<PathBuf>,
    #[command(flatten)]
    acting: review::Acting,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Load the demo city (Sundholm): its units, partners and plans
    Demo {
        /// Load even though the database has plans, replacing the demo city's plans
        #[arg(long)]
        force: bool,
        /// Instead of Sundholm, a generated city (Storholm) of N units; 18 gives 13 districts and 5 departments
        #[arg(long, value_name = "N")]
        units: Option<usize>,
    },
    /// List the plans with their readiness
    Plans {
        #[arg(long)]
        json: bool,
    },
    /// Show an outline of a plan
    Show {
        /// The plan's slug or id
        plan: String,
        /// Print the whole plan document as JSON
        #[arg(long)]
        json: bool,
        /// Language of labels [default: the plan's]
        #[arg(long, value_enum)]
        lang: Option<Lang>,
    },
    /// Check a plan's readiness; exits 1 while an error-level finding remains
    Check {
        /// The plan's slug or id
        plan: String,
        #[arg(long)]
        json: bool,
        /// Language of the messages [default: the plan's]
        #[arg(long, value_enum)]
        lang: Option<Lang>,
    },
    /// Write a plan package (.safeplan) to share the plan
    Export {
        /// The plan's slug or id
        plan: String,
        /// The file to write
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Render a plan as a PDF report
    Pdf {
        /// The plan's slug or id
        plan: String,
        /// A built-in template [default: the plan's, district-plan]
        #[arg(long, conflicts_with = "template_dir")]
        template: Option<String>,
        /// Language of the report [default: the plan's: sv for a Swedish plan, else en]
        #[arg(long, value_enum)]
        lang: Option<Lang>,
        /// A city's own template folder, holding sv/ and/or en/
        #[arg(long, value_name = "DIR")]
        template_dir: Option<PathBuf>,
        /// A PNG or JPEG logo for the cover
        #[arg(long, value_name = "FILE")]
        logo: Option<PathBuf>,
        /// The date printed on the report, YYYY-MM-DD [default: today]
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: Option<IsoDate>,
        /// The file to write
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Statistics files (CSV, Excel, OpenDocument, PX, JSON-stat): inspect one, import a series
    Stats {
        #[command(subcommand)]
        command: stats::StatsCommand,
    },
    /// Read plan packages (.safeplan) into the database: one file, or folders and several files
    /// (each imported, updated by a newer package, unchanged or refused, in a summary)
    Import {
        #[arg(required = true, value_name = "DIR|FILE")]
        files: Vec<PathBuf>,
        /// One file only: overwrite the local copy of the same plan
        #[arg(long, conflicts_with = "as_copy")]
        replace: bool,
        /// One file only: keep the local copy and import this one beside it under a new slug
        #[arg(long)]
        as_copy: bool,
        /// Print the summary as JSON (also for a single file)
        #[arg(long, conflicts_with_all = ["replace", "as_copy"])]
        json: bool,
    },
    /// The city-wide picture: plans by unit, coverage, measures to look at, partner load and
    /// look-alike measures; and the city's partner and indicator links
    City {
        #[command(subcommand)]
        command: Option<city::CityCommand>,
        #[arg(long)]
        json: bool,
        /// Language of the tables' words and labels [default: en]
        #[arg(long, value_enum, global = true)]
        lang: Option<Lang>,
    },
    /// Show what changed in a plan between two revisions, words deleted as [-old-], inserted as {+new+}
    Diff {
        /// The plan's slug or id
        plan: String,
        /// The older revision [default: the one the last review round read, else the last revision]
        #[arg(long, value_name = "N")]
        from: Option<i64>,
        /// The newer revision [default: the plan as it is now]
        #[arg(long, value_name = "M")]
        to: Option<i64>,
        #[arg(long)]
        json: bool,
        /// Language of the headings [default: the plan's]
        #[arg(long, value_enum)]
        lang: Option<Lang>,
    },
    /// Move a plan to another status (submit, withdraw, review, approve…), as --as ROLE
    Status {
        /// The plan's slug or id
        plan: String,
        /// draft, submitted, in_review, changes_requested, approved or archived
        #[arg(long, value_name = "STATUS", value_parser = review::parse_status)]
        to: PlanStatus,
        /// Why, kept with the revision the move writes
        #[arg(long, value_name = "TEXT")]
        message: Option<String>,
    },
    /// Comment on a plan, reply to a comment, or suggest new text for a field
    Comment(review::CommentArgs),
    /// List a plan's comments and suggestions
    Comments {
        /// The plan's slug or id
        plan: String,
        #[arg(long)]
        json: bool,
    },
    /// Resolve a comment thread (its opener or an advisor)
    Resolve(review::ThreadArgs),
    /// Reopen a resolved comment thread (its opener or an advisor)
    Reopen(review::ThreadArgs),
    /// Accept suggestions: their text goes into their fields
    Accept(review::PickArgs),
    /// Reject suggestions
    Reject(review::PickArgs),
    /// Send a review back by file: export a reviewer's work, import it where the plan was written
    Review {
        #[command(subcommand)]
        command: review_file::ReviewCommand,
    },
    /// Render a plan's review as a PDF: status history, threads by step, open suggestions and
    /// the changes since the last review
    ReviewReport {
        /// The plan's slug or id
        plan: String,
        /// The file to write
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// Language of the report [default: the plan's: sv for a Swedish plan, else en]
        #[arg(long, value_enum)]
        lang: Option<Lang>,
        /// A city's own review-report template folder, holding sv/ and/or en/
        #[arg(long, value_name = "DIR")]
        template_dir: Option<PathBuf>,
        /// The date printed on the report, YYYY-MM-DD [default: today]
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: Option<IsoDate>,
    },
    /// Print the city action plan as a PDF: the city-wide picture, then a chapter per unit's plan
    Consolidate {
        /// The city, as its units name it [default: the database's only city]
        #[arg(long, value_name = "NAME")]
        city: Option<String>,
        /// Language of the report [default: sv]
        #[arg(long, value_enum)]
        lang: Option<Lang>,
        /// The city's own city-plan template folder, holding sv/ and/or en/
        #[arg(long, value_name = "DIR")]
        template_dir: Option<PathBuf>,
        /// A PNG or JPEG logo for the cover
        #[arg(long, value_name = "FILE")]
        logo: Option<PathBuf>,
        /// The date printed, whose year plans are judged current against, YYYY-MM-DD [default: today]
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: Option<IsoDate>,
        /// The file to write
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum Lang {
    Sv,
    En,
}

impl From<Lang> for Locale {
    fn from(lang: Lang) -> Self {
        match lang {
            Lang::Sv => Locale::Sv,
            Lang::En => Locale::En,
        }
    }
}

/// Each `safeplan` run is a new process that allocates a whole report in small pieces: mimalloc
/// spends about a fifth less CPU on a cold export than glibc's malloc, for some 20–60 MB more
/// peak memory (docs/performance.md). The desktop app keeps the system allocator: its memory
/// is near its budget and its exports after the first are warm.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    // Whatever goes wrong, the user sees one line, never a backtrace.
    std::panic::set_hook(Box::new(|info| {
        eprintln!("error: internal error: {}", one_line(&info.to_string()));
    }));
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        // A closed pipe (`safeplan show x | head`) is the reader's choice, not an error.
        Err(e)
            if e.downcast_ref::<std::io::Error>()
                .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe) =>
        {
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {}", one_line(&format!("{e:#}")));
            ExitCode::FAILURE
        }
    }
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn open(db: Option<PathBuf>) -> Result<Safeplan> {
    let path = match db {
        Some(p) => p,
        None => default_db_path()?,
    };
    Safeplan::open(&path).with_context(|| format!("cannot open the database {}", path.display()))
}

fn run(cli: Cli) -> Result<ExitCode> {
    let mut out = std::io::stdout().lock();
    let actor = cli.acting.actor();
    match cli.command {
        // Inspecting a file needs no database, so none is opened (or created) for it.
        Command::Stats { command } => {
            stats::run(|| open(cli.db), &actor, command, &mut out)?;
            Ok(ExitCode::SUCCESS)
        }
        command => run_on(open(cli.db)?, &actor, command, &mut out),
    }
}

fn run_on(
    mut app: Safeplan,
    actor: &Actor,
    command: Command,
    out: &mut dyn Write,
) -> Result<ExitCode> {
    match command {
        Command::Demo { force, units } => {
            let loaded = match units {
                Some(n) => app.load_generated_city(n, force)?,
                None => app.load_demo(force)?,
            };
            writeln!(
                out,
                "loaded the demo city {}: {} units, {} partners, {} plans",
                loaded.city,
                loaded.units,
                loaded.partners,
                loaded.plans.len()
            )?;
            let rows: Vec<Vec<String>> = loaded
                .plans
                .iter()
                .map(|p| vec![p.slug.clone(), p.title.clone()])
                .collect();
            table::indented_columns(out, "  ", &rows)?;
        }
        Command::Plans { json } => {
            let plans = app.plans()?;
            if json {
                writeln!(out, "{}", serde_json::to_string_pretty(&plans)?)?;
            } else {
                table::plans(out, &plans)?;
            }
        }
        Command::Show { plan, json, lang } => {
            let doc = app.plan(&plan)?;
            if json {
                writeln!(out, "{}", serde_json::to_string_pretty(&doc)?)?;
            } else {
                let locale = lang
                    .map(Locale::from)
                    .unwrap_or_else(|| safeplan_core::locale_for(doc.plan.language));
                outline::plan(out, &doc, locale)?;
            }
        }
        Command::Check { plan, json, lang } => {
            let doc = app.plan(&plan)?;
            let findings = app.check(&doc.plan.id)?;
            if json {
                writeln!(out, "{}", serde_json::to_string_pretty(&findings)?)?;
            } else {
                let locale = lang
                    .map(Locale::from)
                    .unwrap_or_else(|| safeplan_core::locale_for(doc.plan.language));
                table::findings(out, &doc, &findings, locale)?;
            }
            if findings.iter().any(|f| f.level == Level::Error) {
                return Ok(ExitCode::FAILURE);
            }
        }
        Command::Export { plan, out: file } => {
            let bytes = app.export_package(&plan)?;
            write_file(&file, &bytes)?;
            writeln!(
                out,
                "exported {plan} to {} ({} bytes)",
                file.display(),
                bytes.len()
            )?;
        }
        Command::Pdf {
            plan,
            template,
            lang,
            template_dir,
            logo,
            date,
            out: file,
        } => {
            let options = PdfOptions {
                template: template.unwrap_or_default(),
                locale: lang.map(Locale::from),
                template_dir,
                logo,
                date,
            };
            let export = progress::with_bar(|report| app.export_pdf(&plan, &options, report))?;
            write_file(&file, &export.bytes)?;
            writeln!(out, "wrote {} ({} pages)", file.display(), export.pages)?;
        }
        Command::Stats { command } => stats::run(|| Ok(app), actor, command, out)?,
        Command::Consolidate {
            city,
            lang,
            template_dir,
            logo,
            date,
            out: file,
        } => {
            let options = ConsolidateOptions {
                city: city.unwrap_or_default(),
                locale: lang.map(Locale::from),
                template_dir,
                logo,
                date,
            };
            let export = progress::with_bar(|report| app.consolidate(&options, report))?;
            write_file(&file, &export.bytes)?;
            writeln!(out, "wrote {} ({} pages)", file.display(), export.pages)?;
        }
        Command::City {
            command,
            json,
            lang,
        } => {
            let locale = lang.map_or(Locale::En, Locale::from);
            city::run(&mut app, command, json, locale, out)?
        }
        Command::Import {
            files,
            replace,
            as_copy,
            json,
        } => {
            // One file keeps the single-package behaviour (refuse, replace or copy); folders,
            // several files or --json gather.
            let single = match files.as_slice() {
                [file] if !json && !file.is_dir() => Some(file),
                _ => None,
            };
            let Some(file) = single else {
                if replace || as_copy {
                    anyhow::bail!("--replace and --as-copy take one file; a folder or several files are gathered (newer packages update their plans)");
                }
                return city::gather(&mut app, &files, json, out);
            };
            let bytes =
                std::fs::read(file).with_context(|| format!("cannot read {}", file.display()))?;
            let mode = match (replace, as_copy) {
                (true, _) => ImportMode::Replace,
                (_, true) => ImportMode::AsCopy,
                _ => ImportMode::Refuse,
            };
            let imported = app.import_package(&bytes, mode)?;
            writeln!(out, "imported \"{}\" as {}", imported.title, imported.slug)?;
        }
        Command::Diff {
            plan,
            from,
            to,
            json,
            lang,
        } => {
            let diff = app.diff(&plan, from, to)?;
            if json {
                writeln!(out, "{}", serde_json::to_string_pretty(&diff)?)?;
            } else {
                let doc = app.plan(&diff.plan_id)?;
                let locale = lang
                    .map(Locale::from)
                    .unwrap_or_else(|| safeplan_core::locale_for(doc.plan.language));
                changes::listing(out, &doc.plan.slug, &diff, locale)?;
            }
        }
        Command::Status { plan, to, message } => {
            review::status(&mut app, actor, &plan, to, message.as_deref(), out)?
        }
        Command::Comment(args) => review::comment(&mut app, actor, &args, out)?,
        Command::Comments { plan, json } => review::comments(&app, &plan, json, out)?,
        Command::Resolve(args) => review::resolve(&mut app, actor, &args, true, out)?,
        Command::Reopen(args) => review::resolve(&mut app, actor, &args, false, out)?,
        Command::Accept(args) => review::decide(&mut app, actor, &args, true, out)?,
        Command::Reject(args) => review::decide(&mut app, actor, &args, false, out)?,
        Command::Review { command } => review_file::run(&mut app, actor, command, out)?,
        Command::ReviewReport {
            plan,
            out: file,
            lang,
            template_dir,
            date,
        } => {
            let options = ReviewReportOptions {
                locale: lang.map(Locale::from),
                template_dir,
                date,
            };
            let export = app.review_report(&plan, &options)?;
            write_file(&file, &export.bytes)?;
            writeln!(out, "wrote {} ({} pages)", file.display(), export.pages)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn write_file(path: &Path, bytes: &[u8]) -> Result<()> {
    std::fs::write(path, bytes).with_context(|| format!("cannot write {}", path.display()))
}
