//! Dates through the command line: `--date` and a package's dates are read by the model's one date
//! type, so the CLI accepts and refuses exactly what the app and the store do, and says where.

mod common;

use common::*;
use serde_json::Value;

/// A package of the demo plan `norrby-2027` with one value replaced, written next to the database.
fn package_with(db: &Db, pointer: &str, value: &str) -> std::path::PathBuf {
    let original = db.file("norrby.safeplan");
    if !original.exists() {
        ok(&db.run(&["export", "norrby-2027", "--out", original.to_str().unwrap()]));
    }
    let mut package: Value = serde_json::from_slice(&std::fs::read(&original).unwrap()).unwrap();
    *package
        .pointer_mut(pointer)
        .unwrap_or_else(|| panic!("the demo package has {pointer}")) = value.into();
    let file = db.file("edited.safeplan");
    std::fs::write(&file, serde_json::to_vec_pretty(&package).unwrap()).unwrap();
    file
}

#[test]
fn the_report_date_must_be_a_real_date() {
    let db = Db::new();
    db.demo();
    let out = db.file("plan.pdf");
    for (date, reason) in [
        ("2026-02-31", "month 2 of 2026 has 28 days"),
        ("2100-02-29", "month 2 of 2100 has 28 days"),
        ("2026-13-01", "there is no month 13"),
        ("31.12.2026", "expected an ISO date YYYY-MM-DD"),
    ] {
        let o = db.run(&[
            "pdf",
            "norrby-2027",
            "--date",
            date,
            "--out",
            out.to_str().unwrap(),
        ]);
        // A malformed command line: clap's exit code 2, naming the option.
        assert_eq!(o.status.code(), Some(2), "{date}: {}", stderr(&o));
        let err = stderr(&o);
        assert!(
            err.contains("--date") && err.contains(reason),
            "{date}: {err}"
        );
        assert!(!out.exists(), "nothing is written for {date}");
    }
    ok(&db.run(&[
        "pdf",
        "norrby-2027",
        "--date",
        "2024-02-29",
        "--out",
        out.to_str().unwrap(),
    ]));
    assert!(out.exists());
}

#[test]
fn a_package_with_an_impossible_date_is_refused_at_its_field() {
    let db = Db::new();
    db.demo();
    let before = stdout(ok(&db.run(&["plans", "--json"])));
    for (pointer, date, path, reason) in [
        (
            "/measures/0/start",
            "2026-02-31",
            "measures[0].start",
            "month 2 of 2026 has 28 days",
        ),
        (
            "/measures/1/end",
            "2100-02-29",
            "measures[1].end",
            "month 2 of 2100 has 28 days",
        ),
        (
            "/plan/adoption_date",
            "2026-04-31",
            "plan.adoption_date",
            "month 4 of 2026 has 30 days",
        ),
        (
            "/indicators/0/observations/0/data_as_of",
            "2026/01/15",
            "indicators[0].observations[0].data_as_of",
            "expected an ISO date YYYY-MM-DD",
        ),
        (
            "/plan/adoption_date",
            "1899-12-31",
            "plan.adoption_date",
            "out of range",
        ),
        (
            "/plan/adoption_date",
            "2201-01-01",
            "plan.adoption_date",
            "out of range",
        ),
    ] {
        let file = package_with(&db, pointer, date);
        let line = user_error(&db.run(&["import", file.to_str().unwrap(), "--as-copy"]));
        assert!(
            line.contains(path) && line.contains(reason),
            "{date} at {path}: {line}"
        );
    }
    assert_eq!(
        stdout(ok(&db.run(&["plans", "--json"]))),
        before,
        "a refused import changes nothing"
    );
    for (pointer, date) in [
        ("/plan/adoption_date", "2024-02-29"),
        ("/plan/adoption_date", "1900-01-01"),
        ("/measures/0/end", "2200-12-31"),
    ] {
        let file = package_with(&db, pointer, date);
        ok(&db.run(&["import", file.to_str().unwrap(), "--as-copy"]));
    }
}
