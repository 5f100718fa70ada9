//! What the CLI's acceptance tests share: a database of their own in a temporary folder, the real
//! `safeplan` binary run against it, and the two ways a run ends (success, or one `error:` line).
#![allow(dead_code)]

use std::path::PathBuf;
use std::process::{Command, Output};

use safeplan_core::Safeplan;
use safeplan_model::PlanSummary;

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
        Command::new(env!("CARGO_BIN_EXE_safeplan"))
            .arg("--db")
            .arg(self.path())
            .args(args)
            .env_remove("SAFEPLAN_DB")
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
