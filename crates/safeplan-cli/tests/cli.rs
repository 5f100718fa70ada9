//! Acceptance tests for the `safeplan` binary: each runs the real command against its own database.

mod common;

use std::process::Command;

use common::*;
use safeplan_core::NewPlan;
use safeplan_model::{Language, Period, PlanDocument};

fn new_draft(db: &Db, title: &str) -> PlanDocument {
    db.core()
        .create_plan(&NewPlan {
            unit_id: None,
            title: title.into(),
            period: Some(Period {
                from_year: 2026,
                to_year: 2028,
            }),
            language: Language::Sv,
        })
        .unwrap()
}

#[test]
fn demo_lists_shows_and_checks_plans() {
    let db = Db::new();
    let plans = db.demo();
    assert!(!plans.is_empty(), "the demo city has plans");

    let table = stdout(ok(&db.run(&["plans"])));
    for p in &plans {
        assert!(table.contains(&p.slug), "{table}");
    }

    let ready = plans
        .iter()
        .find(|p| p.errors == 0)
        .expect("the demo has a ready plan");
    let show = stdout(ok(&db.run(&["show", &ready.slug])));
    assert!(show.contains(&ready.title), "{show}");
    let doc: PlanDocument =
        serde_json::from_slice(&ok(&db.run(&["show", &ready.slug, "--json"])).stdout).unwrap();
    assert_eq!(doc.plan.id, ready.id);

    let check = db.run(&["check", &ready.slug]);
    assert_eq!(check.status.code(), Some(0), "{}", stdout(&check));

    // A new draft lacks its lägesbild, decision body and challenges: error-level findings.
    let draft = new_draft(&db, "Ny plan");
    let check = db.run(&["check", &draft.plan.slug, "--lang", "en"]);
    assert_eq!(check.status.code(), Some(1), "{}", stdout(&check));
    assert!(stdout(&check).contains("R2"), "{}", stdout(&check));
    let findings: Vec<serde_json::Value> =
        serde_json::from_slice(&db.run(&["check", &draft.plan.slug, "--json"]).stdout).unwrap();
    assert!(findings.iter().any(|f| f["level"] == "error"));
    if let Some(not_ready) = plans.iter().find(|p| p.errors > 0) {
        assert_eq!(db.run(&["check", &not_ready.slug]).status.code(), Some(1));
    }
}

#[test]
fn demo_twice_needs_force() {
    let db = Db::new();
    let first = db.demo();
    let line = user_error(&db.run(&["demo"]));
    assert!(line.contains("force"), "{line}");
    ok(&db.run(&["demo", "--force"]));
    assert_eq!(
        db.plans().len(),
        first.len(),
        "force replaces the demo's plans rather than adding to them"
    );
}

#[test]
fn export_then_import_as_copy_or_refused() {
    let db = Db::new();
    let plans = db.demo();
    let plan = plans.iter().find(|p| p.errors == 0).unwrap_or(&plans[0]);
    let file = db.file("plan.safeplan");
    ok(&db.run(&["export", &plan.slug, "--out", file.to_str().unwrap()]));
    assert!(std::fs::metadata(&file).unwrap().len() > 0);

    let line = user_error(&db.run(&["import", file.to_str().unwrap()]));
    assert!(line.contains("--as-copy"), "{line}");

    let out = stdout(ok(&db.run(&[
        "import",
        file.to_str().unwrap(),
        "--as-copy",
    ])));
    assert!(out.contains("imported"), "{out}");
    let after = db.plans();
    assert_eq!(after.len(), plans.len() + 1);
    let copy = after
        .iter()
        .find(|p| !plans.iter().any(|q| q.id == p.id))
        .unwrap();
    assert_ne!(copy.slug, plan.slug);
    assert!(copy.title.starts_with(&plan.title), "{}", copy.title);

    // Another city office, another database: it comes straight in.
    let other = Db::new();
    ok(&other.run(&["import", file.to_str().unwrap()]));
    assert_eq!(other.plans().len(), 1);
}

#[test]
fn import_replace_takes_newer_packages_and_refuses_stale_ones() {
    let db = Db::new();
    let plans = db.demo();
    let plan = draft(&plans);
    let old = db.file("old.safeplan");
    ok(&db.run(&["export", &plan.slug, "--out", old.to_str().unwrap()]));

    // The plan moves on after the first package was made, and is exported again.
    let mut app = db.core();
    let mut doc = app.plan(&plan.slug).unwrap();
    doc.plan.decision_body = "Stadsdelsnämnden (ändrad)".into();
    app.update_plan(&planner(), doc.plan.revision, &doc.plan)
        .unwrap();
    drop(app);
    let new = db.file("new.safeplan");
    ok(&db.run(&["export", &plan.slug, "--out", new.to_str().unwrap()]));

    // The stale package would overwrite newer edits: refused with or without --replace.
    user_error(&db.run(&["import", old.to_str().unwrap()]));
    let line = user_error(&db.run(&["import", old.to_str().unwrap(), "--replace"]));
    assert!(line.contains("revision"), "{line}");
    assert_eq!(
        db.core().plan(&plan.slug).unwrap().plan.decision_body,
        "Stadsdelsnämnden (ändrad)"
    );

    // An office holding the old copy takes the newer package with --replace.
    let other = Db::new();
    ok(&other.run(&["import", old.to_str().unwrap()]));
    user_error(&other.run(&["import", new.to_str().unwrap()]));
    ok(&other.run(&["import", new.to_str().unwrap(), "--replace"]));
    assert_eq!(
        other.core().plan(&plan.slug).unwrap().plan.decision_body,
        "Stadsdelsnämnden (ändrad)"
    );
    assert_eq!(other.plans().len(), 1);
}

#[test]
fn mistakes_are_one_error_line() {
    let db = Db::new();
    db.demo();
    let missing = db.file("no-such.safeplan");
    let line = user_error(&db.run(&["import", missing.to_str().unwrap()]));
    assert!(line.contains("no-such.safeplan"), "{line}");

    let garbage = db.file("garbage.safeplan");
    std::fs::write(&garbage, b"not a package").unwrap();
    user_error(&db.run(&["import", garbage.to_str().unwrap()]));

    // A package from a newer Safeplan says so rather than half-reading it.
    let slug = db.plans()[0].slug.clone();
    let file = db.file("plan.safeplan");
    ok(&db.run(&["export", &slug, "--out", file.to_str().unwrap()]));
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(
        text.contains("\"schema_version\": 1"),
        "the package names its schema version"
    );
    let newer = db.file("newer.safeplan");
    std::fs::write(
        &newer,
        text.replacen("\"schema_version\": 1", "\"schema_version\": 99", 1),
    )
    .unwrap();
    let line = user_error(&Db::new().run(&["import", newer.to_str().unwrap()]));
    assert!(line.contains("newer"), "{line}");

    user_error(&db.run(&["show", "no-such-plan"]));
    user_error(&db.run(&["check", "no-such-plan"]));

    let nowhere = db.file("missing-folder/plan.safeplan");
    user_error(&db.run(&["export", &slug, "--out", nowhere.to_str().unwrap()]));

    // A database path that is a folder.
    let o = Command::new(env!("CARGO_BIN_EXE_safeplan"))
        .args(["--db", db.dir.path().to_str().unwrap(), "plans"])
        .output()
        .unwrap();
    user_error(&o);

    // Malformed command lines are clap's: exit 2.
    assert_eq!(db.run(&["import"]).status.code(), Some(2));
    assert_eq!(
        db.run(&["import", "x", "--replace", "--as-copy"])
            .status
            .code(),
        Some(2)
    );
}

#[test]
fn export_refused_while_a_personal_identity_number_is_in_the_plan() {
    let db = Db::new();
    let plans = db.demo();
    let plan = draft(&plans);
    let mut app = db.core();
    let doc = app.plan(&plan.slug).unwrap();
    let mut measure = doc.measures[0].clone();
    measure.description = format!("{} Kontakt: 121212-1212.", measure.description);
    app.save_item(
        &planner(),
        &doc.plan.id,
        doc.plan.revision,
        &measure.clone().into(),
    )
    .unwrap();
    drop(app);

    let file = db.file("leak.safeplan");
    let line = user_error(&db.run(&["export", &plan.slug, "--out", file.to_str().unwrap()]));
    assert!(
        line.contains(&measure.title),
        "the error names the measure: {line}"
    );
    assert!(
        !line.contains("121212-1212"),
        "the number itself is not repeated: {line}"
    );
    assert!(!file.exists(), "nothing was written");
    assert_eq!(
        db.run(&["check", &plan.slug]).status.code(),
        Some(1),
        "R9 is an error"
    );
}

#[test]
fn pdf_export_is_reproducible_and_refused_with_personal_data() {
    let db = Db::new();
    let plans = db.demo();
    let plan = plans.iter().find(|p| p.errors == 0).unwrap();
    let a = db.file("a.pdf");
    let b = db.file("b.pdf");
    let out = stdout(ok(&db.run(&[
        "pdf",
        &plan.slug,
        "--date",
        "2026-11-22",
        "--out",
        a.to_str().unwrap(),
    ])));
    assert!(out.contains("pages"), "{out}");
    ok(&db.run(&[
        "pdf",
        &plan.slug,
        "--date",
        "2026-11-22",
        "--out",
        b.to_str().unwrap(),
    ]));
    let bytes = std::fs::read(&a).unwrap();
    assert!(bytes.starts_with(b"%PDF"));
    assert_eq!(
        bytes,
        std::fs::read(&b).unwrap(),
        "same plan, same date: same bytes"
    );
    ok(&db.run(&[
        "pdf",
        &plan.slug,
        "--lang",
        "en",
        "--out",
        b.to_str().unwrap(),
    ]));

    // A city's own template folder, and mistakes with it.
    let dir = db.file("own-template");
    std::fs::create_dir_all(dir.join("sv")).unwrap();
    std::fs::write(dir.join("sv/main.md"), "# {{ plan.title }}\n\nEgen mall.\n").unwrap();
    ok(&db.run(&[
        "pdf",
        &plan.slug,
        "--lang",
        "sv",
        "--template-dir",
        dir.to_str().unwrap(),
        "--out",
        b.to_str().unwrap(),
    ]));
    let line = user_error(&db.run(&[
        "pdf",
        &plan.slug,
        "--lang",
        "en",
        "--template-dir",
        dir.to_str().unwrap(),
        "--out",
        b.to_str().unwrap(),
    ]));
    assert!(line.contains("en/"), "{line}");
    std::fs::write(
        dir.join("sv/main.md"),
        "# {{ plan.title | no_such_filter }}\n",
    )
    .unwrap();
    let line = user_error(&db.run(&[
        "pdf",
        &plan.slug,
        "--lang",
        "sv",
        "--template-dir",
        dir.to_str().unwrap(),
        "--out",
        b.to_str().unwrap(),
    ]));
    assert!(line.contains("main.md:1"), "{line}");
    user_error(&db.run(&[
        "pdf",
        &plan.slug,
        "--template",
        "no-such",
        "--out",
        b.to_str().unwrap(),
    ]));
    user_error(&db.run(&[
        "pdf",
        &plan.slug,
        "--logo",
        db.file("no-logo.png").to_str().unwrap(),
        "--out",
        b.to_str().unwrap(),
    ]));
    // Not a date: a malformed command line, refused by the argument parser (tests/dates.rs).
    let o = db.run(&[
        "pdf",
        &plan.slug,
        "--date",
        "22/11/2026",
        "--out",
        b.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));

    let mut app = db.core();
    let doc = editable(&mut app, &plan.slug);
    let mut challenge = doc.challenges[0].clone();
    challenge.description = format!("{} Anmälare 121212-1212.", challenge.description);
    app.save_item(
        &planner(),
        &doc.plan.id,
        doc.plan.revision,
        &challenge.clone().into(),
    )
    .unwrap();
    drop(app);
    let c = db.file("c.pdf");
    let line = user_error(&db.run(&["pdf", &plan.slug, "--out", c.to_str().unwrap()]));
    assert!(line.contains(&challenge.title), "{line}");
    assert!(!c.exists());
}

#[test]
fn the_database_comes_from_safeplan_db_when_no_db_is_given() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nested/folder/env.db");
    let o = Command::new(env!("CARGO_BIN_EXE_safeplan"))
        .arg("plans")
        .env("SAFEPLAN_DB", &path)
        .output()
        .unwrap();
    ok(&o);
    assert!(stdout(&o).contains("no plans yet"), "{}", stdout(&o));
    assert!(
        path.exists(),
        "the folder is created and the database opened there"
    );
}
