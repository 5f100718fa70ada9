//! The review round on the command line: who is acting (`--as ROLE --name NAME`, or `$SAFEPLAN_ROLE`
//! and `$SAFEPLAN_NAME`), and moving a plan through its statuses. Core decides what the role may do.

use std::io::Write;

use anyhow::Result;
use clap::Args;

use safeplan_core::Safeplan;
use safeplan_model::{Actor, PlanStatus, Role};

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
