//! `safeplan demo --units`, `safeplan import DIR` and `safeplan city` with the real binary.

mod common;

use common::*;
use serde_json::Value;

/// A generated city of `units` units in one database, exported into a folder of packages.
fn packages(units: &str) -> (Db, std::path::PathBuf) {
    let source = Db::new();
    let loaded = stdout(ok(&source.run(&["demo", "--units", units])));
    assert!(loaded.contains("Storholms stad"), "{loaded}");
    let folder = source.file("packages");
    std::fs::create_dir_all(&folder).unwrap();
    for p in source.plans() {
        let out = folder.join(format!("{}.safeplan", p.slug));
        ok(&source.run(&["export", &p.slug, "--out", out.to_str().unwrap()]));
    }
    (source, folder)
}

#[test]
fn a_folder_is_gathered_with_a_summary_and_a_broken_file_fails_the_run() {
    let (_source, folder) = packages("3");
    let city = Db::new();
    let out = stdout(ok(&city.run(&["import", folder.to_str().unwrap()])));
    assert!(
        out.contains("3 file(s): 3 imported, 0 updated, 0 unchanged, 0 refused"),
        "{out}"
    );

    std::fs::write(folder.join("zz-broken.safeplan"), "{ oops").unwrap();
    let o = city.run(&["import", folder.to_str().unwrap(), "--json"]);
    assert_eq!(o.status.code(), Some(1), "a refused file fails the run");
    let files: Value = serde_json::from_slice(&o.stdout).unwrap();
    let outcomes: Vec<&str> = files
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["outcome"].as_str().unwrap())
        .collect();
    assert_eq!(outcomes, ["unchanged", "unchanged", "unchanged", "refused"]);
    assert_eq!(files[3]["code"], "bad_package");
    assert!(files[3]["reason"].as_str().unwrap().contains("line 1"));
}

#[test]
fn one_file_keeps_the_single_package_behaviour() {
    let (_source, folder) = packages("1");
    let file = std::fs::read_dir(&folder)
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let city = Db::new();
    ok(&city.run(&["import", file.to_str().unwrap()]));
    let line = user_error(&city.run(&["import", file.to_str().unwrap()]));
    assert!(line.contains("already in the database"), "{line}");
    let line = user_error(&city.run(&["import", folder.to_str().unwrap(), "--replace"]));
    assert!(line.contains("take one file"), "{line}");
}

#[test]
fn the_city_figures_as_tables_and_as_json() {
    let db = Db::new();
    ok(&db.run(&["demo", "--units", "18"]));
    let tables = stdout(ok(&db.run(&["city"])));
    for heading in [
        "Plans by unit",
        "Coverage",
        "Measures to look at",
        "Partner load",
        "Measures that look alike",
    ] {
        assert!(tables.contains(heading), "{heading} missing:\n{tables}");
    }
    let json: Value = serde_json::from_slice(&ok(&db.run(&["city", "--json"])).stdout).unwrap();
    assert_eq!(json["plans"].as_array().unwrap().len(), 18);
    assert_eq!(json["coverage"]["rows"].as_array().unwrap().len(), 11);
    let line = user_error(&db.run(&["demo", "--units", "0"]));
    assert!(line.contains("units"), "{line}");
}

#[test]
fn the_city_tables_speak_one_language() {
    let db = Db::new();
    db.demo();
    let english = stdout(ok(&db.run(&["city"])));
    let swedish = stdout(ok(&db.run(&["city", "--lang", "sv"])));
    // The same plans, statuses and categories, each in the language asked for, beside their names.
    for (en, sv) in [
        ("Plans by unit", "Planer per enhet"),
        ("Approved", "Antagen"),
        ("Gang crime", "Gängkriminalitet"),
        ("current", "aktuell"),
        ("Police", "Polis"),
    ] {
        assert!(english.contains(en), "{en} missing:\n{english}");
        assert!(swedish.contains(sv), "{sv} missing:\n{swedish}");
        assert!(
            !swedish.contains(en),
            "{en} in the Swedish tables:\n{swedish}"
        );
    }
    let text = stdout(ok(&db.run(&["city", "--lang", "sv", "suggest"])));
    assert!(!text.is_empty());
}
