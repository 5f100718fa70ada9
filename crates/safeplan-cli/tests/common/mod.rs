//! What the CLI's acceptance tests share: a database of their own in a temporary folder, the real
//! `safeplan` binary run against it, and the two ways a run ends (success, or one `error:` line).
#![allow(dead_code)]

use std::path::PathBuf;
use std::process::{Command, Output};

use safeplan_core::Safeplan;
use safeplan_model::{Actor, PlanStatus, PlanSummary, Role};

pub struct Db {
    pub dir: tempfile::TempDir,
}

impl Db {
    pub fn new() -> Db {
        Db {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    pub fn path(&self) -> PathBuf {
        self.dir.path().join("safeplan.db")
    }

    /// Keeps the folder (and the database in it) for as long as the returned value lives.
    pub fn into_dir(self) -> tempfile::TempDir {
        self.dir
    }

    pub fn file(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    pub fn run(&self, args: &[&str]) -> Output {
        self.run_with(&[], args)
    }

    /// Runs with these environment variables set (and no other Safeplan variable).
    pub fn run_with(&self, vars: &[(&str, &str)], args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_safeplan"))
            .arg("--db")
            .arg(self.path())
            .args(args)
            .env_remove("SAFEPLAN_DB")
            .env_remove("SAFEPLAN_ROLE")
            .env_remove("SAFEPLAN_NAME")
            .envs(vars.iter().copied())
            .output()
            .unwrap()
    }

    pub fn demo(&self) -> Vec<PlanSummary> {
        ok(&self.run(&["demo"]));
        self.plans()
    }

    pub fn plans(&self) -> Vec<PlanSummary> {
        serde_json::from_slice(&ok(&self.run(&["plans", "--json"])).stdout).unwrap()
    }

    pub fn core(&self) -> Safeplan {
        Safeplan::open(&self.path()).unwrap()
    }
}

/// The district's planner, who edits drafts.
pub fn planner() -> Actor {
    Actor::new(Role::Planner, "Anna Berg")
}

/// The first of the plans that is a draft, so a planner may edit it.
pub fn draft(plans: &[PlanSummary]) -> &PlanSummary {
    plans
        .iter()
        .find(|p| p.status == PlanStatus::Draft)
        .expect("a draft among the plans")
}

/// The plan, withdrawn to a draft by the planner first if it is read-only, so it can be edited.
pub fn editable(app: &mut Safeplan, slug: &str) -> safeplan_model::PlanDocument {
    let doc = app.plan(slug).unwrap();
    if doc.plan.status.is_read_only() {
        app.set_status(
            &doc.plan.id,
            doc.plan.revision,
            PlanStatus::Draft,
            &planner(),
            None,
        )
        .unwrap();
        return app.plan(slug).unwrap();
    }
    doc
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

pub fn ok(o: &Output) -> &Output {
    assert!(
        o.status.success(),
        "expected success, got {:?}\nstdout: {}\nstderr: {}",
        o.status,
        stdout(o),
        stderr(o)
    );
    o
}

/// A user mistake: exit 1 and exactly one line on stderr that starts with `error:`; returns that line.
pub fn user_error(o: &Output) -> String {
    assert_eq!(
        o.status.code(),
        Some(1),
        "stdout: {}\nstderr: {}",
        stdout(o),
        stderr(o)
    );
    let err = stderr(o);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 1, "one line expected on stderr, got: {err}");
    assert!(lines[0].starts_with("error: "), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    lines[0].to_string()
}
