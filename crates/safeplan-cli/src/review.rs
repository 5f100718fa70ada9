//! The review round on the command line: who is acting (`--as ROLE --name NAME`, or `$SAFEPLAN_ROLE`
//! and `$SAFEPLAN_NAME`), moving a plan through its statuses, and its comments and suggestions.
//! Core decides what the role may do.

use std::io::Write;

use anyhow::Result;
use clap::Args;

use safeplan_core::{parse_anchor, NewComment, Safeplan, SuggestionPick};
use safeplan_model::{Actor, PlanStatus, ReviewNote, Role, SuggestionState};

/// Who runs the command. Without `--as`, the planner: the district's own machine is the usual one.
#[derive(Args)]
pub(crate) struct Acting {
    /// Act as: planner, executive_office or advisor [default: planner]
    #[arg(long = "as", global = true, env = "SAFEPLAN_ROLE", value_name = "ROLE", value_parser = parse_role)]
    role: Option<Role>,
    /// Your name, written on each status change and comment
    #[arg(long, global = true, env = "SAFEPLAN_NAME", value_name = "NAME")]
    name: Option<String>,
}

impl Acting {
    pub(crate) fn actor(&self) -> Actor {
        Actor::new(
            self.role.unwrap_or(Role::Planner),
            self.name.as_deref().unwrap_or(""),
        )
    }
}

fn keys<T: Copy>(all: &[T], key: impl Fn(T) -> &'static str) -> String {
    all.iter().map(|v| key(*v)).collect::<Vec<_>>().join(", ")
}

pub(crate) fn parse_role(s: &str) -> Result<Role, String> {
    Role::from_key(s.trim())
        .ok_or_else(|| format!("expected one of {}", keys(Role::ALL, Role::key)))
}

pub(crate) fn parse_status(s: &str) -> Result<PlanStatus, String> {
    PlanStatus::from_key(s.trim())
        .ok_or_else(|| format!("expected one of {}", keys(PlanStatus::ALL, PlanStatus::key)))
}

/// `safeplan status PLAN --to STATUS [--message M]`: one signed move from the plan's current revision.
pub(crate) fn status(
    app: &mut Safeplan,
    actor: &Actor,
    plan: &str,
    to: PlanStatus,
    message: Option<&str>,
    out: &mut dyn Write,
) -> Result<()> {
    let doc = app.plan(plan)?;
    let revision = app.set_status(&doc.plan.id, doc.plan.revision, to, actor, message)?;
    writeln!(
        out,
        "{}: {} -> {} (revision {revision})",
        doc.plan.slug,
        doc.plan.status.key(),
        to.key()
    )?;
    Ok(())
}

/// `safeplan comment PLAN --on ANCHOR --text T [--suggest TEXT] [--reply-to ID]`
#[derive(Args)]
pub(crate) struct CommentArgs {
    /// The plan's slug or id
    plan: String,
    /// What it is about, as check prints places: lagesbild.cause_analysis, measures/ID, measures/ID.title
    #[arg(long, value_name = "ANCHOR", required_unless_present = "reply_to")]
    on: Option<String>,
    #[arg(long, value_name = "TEXT")]
    text: String,
    /// New text proposed for the anchor's field
    #[arg(long, value_name = "TEXT")]
    suggest: Option<String>,
    /// The comment this one answers (a reply sits where its thread is)
    #[arg(long, value_name = "ID", conflicts_with = "on")]
    reply_to: Option<String>,
}

#[derive(Args)]
pub(crate) struct ThreadArgs {
    /// The plan's slug or id
    plan: String,
    /// The thread's first comment
    id: String,
}

/// Which suggestions: one by id, `--all`, or `--from NAME`.
#[derive(Args)]
pub(crate) struct PickArgs {
    /// The plan's slug or id
    plan: String,
    /// The suggestion's comment id
    #[arg(required_unless_present_any = ["all", "from"], conflicts_with_all = ["all", "from"])]
    id: Option<String>,
    /// Every open suggestion
    #[arg(long, conflicts_with = "from")]
    all: bool,
    /// Every open suggestion by this reviewer
    #[arg(long, value_name = "NAME")]
    from: Option<String>,
    /// The field's text now, acknowledged: accepts a suggestion whose field changed since
    #[arg(long, value_name = "TEXT", requires = "id")]
    current: Option<String>,
}

pub(crate) fn comment(
    app: &mut Safeplan,
    actor: &Actor,
    args: &CommentArgs,
    out: &mut dyn Write,
) -> Result<()> {
    let doc = app.plan(&args.plan)?;
    let new = NewComment {
        anchor: args.on.as_deref().map(parse_anchor).transpose()?,
        text: args.text.clone(),
        suggestion: args.suggest.clone(),
        parent_id: args.reply_to.clone(),
    };
    let (revision, id) = app.add_comment(actor, &doc.plan.id, doc.plan.revision, &new)?;
    writeln!(out, "{id} (revision {revision})")?;
    Ok(())
}

pub(crate) fn comments(app: &Safeplan, plan: &str, json: bool, out: &mut dyn Write) -> Result<()> {
    let views = app.comments(plan)?;
    let notes = app.review_notes(plan)?;
    if json {
        let both = serde_json::json!({ "comments": views, "review_notes": notes });
        writeln!(out, "{}", serde_json::to_string_pretty(&both)?)?;
        return Ok(());
    }
    for v in &views {
        let c = &v.comment;
        let mut marks = Vec::new();
        if c.parent_id.is_none() {
            marks.push(if c.resolved { "resolved" } else { "open" });
        }
        if let Some(s) = &c.suggestion {
            marks.push(match s.state {
                SuggestionState::Open => "suggestion: open",
                SuggestionState::Accepted => "suggestion: accepted",
                SuggestionState::Rejected => "suggestion: rejected",
            });
        }
        if v.on_removed_content {
            marks.push("on removed content");
        }
        let indent = if c.parent_id.is_some() { "    " } else { "" };
        writeln!(
            out,
            "{indent}{} [{}] {} ({}) {}: {}",
            c.id,
            c.anchor,
            c.author_name,
            c.author_role,
            marks.join(", "),
            c.text
        )?;
        if let Some(s) = &c.suggestion {
            writeln!(out, "{indent}  suggests: {}", s.text)?;
        }
        if let Some(now) = &v.changed_to {
            writeln!(out, "{indent}  was: {}\n{indent}  now: {now}", c.quote)?;
        }
    }
    if !notes.is_empty() {
        writeln!(out, "review notes (kept, not applied here):")?;
    }
    for n in &notes {
        writeln!(out, "  {}", note_line(n))?;
    }
    Ok(())
}

/// One review note as `comments` and `review import` print it: what the reviewer did, and why not here.
pub(crate) fn note_line(n: &ReviewNote) -> String {
    let message = if n.message.is_empty() {
        String::new()
    } else {
        format!(" \"{}\"", n.message)
    };
    format!(
        "{} {} by {} ({}) at {}{message}: {}",
        n.kind.key(),
        n.subject,
        n.author_name,
        n.author_role,
        n.at,
        n.reason
            .as_ref()
            .map(ToString::to_string)
            .unwrap_or_default()
    )
}

pub(crate) fn resolve(
    app: &mut Safeplan,
    actor: &Actor,
    args: &ThreadArgs,
    resolved: bool,
    out: &mut dyn Write,
) -> Result<()> {
    let doc = app.plan(&args.plan)?;
    let revision =
        app.resolve_thread(actor, &doc.plan.id, doc.plan.revision, &args.id, resolved)?;
    let done = if resolved { "resolved" } else { "reopened" };
    writeln!(out, "{done} {} (revision {revision})", args.id)?;
    Ok(())
}

pub(crate) fn decide(
    app: &mut Safeplan,
    actor: &Actor,
    args: &PickArgs,
    accept: bool,
    out: &mut dyn Write,
) -> Result<()> {
    let pick = match (&args.id, &args.from) {
        (Some(id), _) => SuggestionPick::One(id.clone()),
        (None, Some(name)) => SuggestionPick::From(name.clone()),
        (None, None) => SuggestionPick::All,
    };
    let doc = app.plan(&args.plan)?;
    let decided = app.decide_suggestions(
        actor,
        &doc.plan.id,
        doc.plan.revision,
        &pick,
        accept,
        args.current.as_deref(),
    )?;
    for a in &decided.accepted {
        writeln!(out, "accepted {} into {}", a.comment_id, a.anchor)?;
    }
    for id in &decided.rejected {
        writeln!(out, "rejected {id}")?;
    }
    for (id, why) in &decided.left_open {
        writeln!(out, "left open {id}: {why}")?;
    }
    writeln!(out, "revision {}", decided.revision)?;
    Ok(())
}
