//! Plan packages: the byte-exact round trip, the three import modes, and a catalogue of bad
//! packages, each refused with a message naming where, and with the database's content unchanged.

mod common;

use common::*;
use safeplan_model::PlanStatus;
use safeplan_store::{ImportMode, StoreError, MAX_PACKAGE_BYTES};
use serde_json::{json, Value};

fn exported() -> (TestDb, Vec<u8>) {
    let db = seeded_db();
    let bytes = db.store.export_package("plan-norrby").unwrap();
    (db, bytes)
}

#[test]
fn export_import_export_gives_the_same_bytes() {
    let (_db, first) = exported();
    let text = std::str::from_utf8(&first).unwrap();
    assert!(
        text.starts_with("{\n  \"format\": \"safeplan-plan-package\",\n  \"schema_version\": 1,\n"),
        "{text}"
    );
    assert!(text.ends_with("}\n"));

    let mut other = empty_db();
    let imported = other
        .store
        .import_package(&first, ImportMode::Refuse)
        .unwrap();
    assert_eq!(imported.plan_id, "plan-norrby");
    assert_eq!(imported.slug, "norrby-2025");
    let second = other.store.export_package("plan-norrby").unwrap();
    assert_eq!(String::from_utf8(second).unwrap(), text);
    assert_eq!(other.store.revisions("plan-norrby").unwrap().len(), 1);
}

#[test]
fn existing_plan_is_refused_without_a_mode() {
    let (db, bytes) = exported();
    let before = dump(&db.path());
    let mut store = db.store;
    let err = store
        .import_package(&bytes, ImportMode::Refuse)
        .unwrap_err();
    assert!(matches!(err, StoreError::PlanExists { .. }), "{err}");
    assert!(
        err.to_string().contains("--replace") && err.to_string().contains("--as-copy"),
        "{err}"
    );
    assert_eq!(dump(&db.dir.path().join("safeplan.db")), before);
}

#[test]
fn replace_takes_the_packages_plan_and_outdates_open_windows() {
    let (mut db, bytes) = exported();
    let mut v: Value = serde_json::from_slice(&bytes).unwrap();
    v["plan"]["title"] = json!("Ersatt plan");
    v["challenges"].as_array_mut().unwrap().truncate(1);
    v["measures"][1]["challenge_ids"] = json!(["c1"]);
    let rev_here = db.store.load_document("plan-norrby").unwrap().plan.revision;
    let imported = db
        .store
        .import_package(&serde_json::to_vec(&v).unwrap(), ImportMode::Replace)
        .unwrap();
    assert_eq!(imported.title, "Ersatt plan");
    let doc = db.store.load_document("plan-norrby").unwrap();
    assert_eq!(doc.challenges.len(), 1);
    assert!(
        doc.plan.revision > rev_here,
        "a window holding {rev_here} must now be stale"
    );
    assert!(matches!(
        db.store
            .save_item("plan-norrby", rev_here, &challenge("c5", "x").into()),
        Err(StoreError::Stale { .. })
    ));
}

#[test]
fn replace_over_newer_edits_is_refused() {
    let (mut db, bytes) = exported();
    let rev = db.store.load_document("plan-norrby").unwrap().plan.revision;
    db.store
        .save_item(
            "plan-norrby",
            rev,
            &challenge("c3", "Efter exporten").into(),
        )
        .unwrap();
    let before = dump(&db.path());
    let err = db
        .store
        .import_package(&bytes, ImportMode::Replace)
        .unwrap_err();
    assert!(matches!(err, StoreError::UnseenEdits { .. }), "{err}");
    assert_eq!(dump(&db.path()), before);
}

#[test]
fn as_copy_gets_new_ids_slug_and_title_and_shares_the_registry() {
    let (mut db, bytes) = exported();
    let first = db.store.import_package(&bytes, ImportMode::AsCopy).unwrap();
    assert_ne!(first.plan_id, "plan-norrby");
    assert_eq!(first.slug, "norrby-2025-copy");
    assert_eq!(first.title, "Trygg i Norrby 2025–2027 (kopia)");
    let second = db.store.import_package(&bytes, ImportMode::AsCopy).unwrap();
    assert_eq!(second.slug, "norrby-2025-copy-2");

    let original = db.store.load_document("plan-norrby").unwrap();
    let copy = db.store.load_document(&first.plan_id).unwrap();
    assert_eq!(copy.measures.len(), original.measures.len());
    for (m, c) in copy.measures.iter().zip(&original.measures) {
        assert_ne!(m.id, c.id);
        assert_eq!(m.partners, c.partners, "registry partners keep their ids");
        for id in &m.challenge_ids {
            assert!(
                copy.challenge(id).is_some(),
                "copied measure points at a copied challenge"
            );
        }
    }
    assert_eq!(
        copy.comments[1].parent_id.as_deref(),
        Some(copy.comments[0].id.as_str())
    );
    assert_eq!(
        copy.comments[0].anchor.id.as_deref(),
        Some(copy.measures[0].id.as_str())
    );
    assert_eq!(db.store.partners().unwrap().len(), 2);
    assert_eq!(db.store.units().unwrap().len(), 1);
    let history = db.store.revisions(&first.plan_id).unwrap();
    assert_eq!(history[0].snapshot.plan.id, first.plan_id);
    assert_eq!(history[0].snapshot.plan.status, PlanStatus::Submitted);
}

#[test]
fn a_failure_inside_the_transaction_rolls_everything_back() {
    // Replies that answer each other pass field validation but cannot be stored: the replace has
    // already deleted the old plan inside the transaction when this is found.
    let (mut db, bytes) = exported();
    let mut v: Value = serde_json::from_slice(&bytes).unwrap();
    v["comments"][0]["parent_id"] = json!("k2");
    let before = dump(&db.path());
    let err = db
        .store
        .import_package(&serde_json::to_vec(&v).unwrap(), ImportMode::Replace)
        .unwrap_err();
    assert!(matches!(err, StoreError::BadPackage { .. }), "{err}");
    assert_eq!(dump(&db.path()), before);
}

/// Imports `bytes` over the seeded database with `Replace` (so nothing but the fault can stop
/// it), checks the database is unchanged and returns the error.
fn refused(bytes: &[u8]) -> StoreError {
    let mut db = seeded_db();
    let before = dump(&db.path());
    let err = db
        .store
        .import_package(bytes, ImportMode::Replace)
        .expect_err("the package should be refused");
    assert_eq!(
        dump(&db.path()),
        before,
        "a refused import changed the database ({err})"
    );
    err
}

fn edited(edit: impl FnOnce(&mut Value)) -> Vec<u8> {
    let (_db, bytes) = exported();
    let mut v: Value = serde_json::from_slice(&bytes).unwrap();
    edit(&mut v);
    serde_json::to_vec_pretty(&v).unwrap()
}

fn bad_at(err: &StoreError, place: &str) {
    match err {
        StoreError::BadPackage { path_or_line, .. } => {
            assert!(
                path_or_line.contains(place),
                "expected the problem at {place}, got: {err}"
            )
        }
        other => panic!("expected BadPackage at {place}, got: {other}"),
    }
}

#[test]
fn broken_json_is_refused_with_its_line() {
    let (_db, bytes) = exported();
    let err = refused(&bytes[..bytes.len() / 2]);
    bad_at(&err, "line ");
    let mut garbage = bytes.clone();
    garbage.extend_from_slice(b"{}");
    bad_at(&refused(&garbage), "line ");
}

#[test]
fn non_utf8_is_refused() {
    let (_db, mut bytes) = exported();
    bytes[40] = 0xff;
    let err = refused(&bytes);
    assert!(err.to_string().contains("UTF-8"), "{err}");
}

#[test]
fn wrong_or_missing_format_is_refused() {
    bad_at(
        &refused(&edited(|v| v["format"] = json!("something-else"))),
        "format",
    );
    bad_at(
        &refused(&edited(|v| {
            drop(v.as_object_mut().unwrap().remove("format"))
        })),
        "format",
    );
    bad_at(&refused(b"[1, 2, 3]"), "line 1");
    bad_at(&refused(b"  \n"), "line 1");
}

#[test]
fn newer_schema_is_refused_as_newer() {
    let err = refused(&edited(|v| v["schema_version"] = json!(2)));
    assert!(
        matches!(
            err,
            StoreError::NewerSchema {
                found: 2,
                supported: 1
            }
        ),
        "{err}"
    );
    assert!(err.to_string().contains("newer Safeplan"), "{err}");
}

#[test]
fn wrong_schema_version_is_refused() {
    bad_at(
        &refused(&edited(|v| v["schema_version"] = json!(0))),
        "schema_version",
    );
    bad_at(
        &refused(&edited(|v| v["schema_version"] = json!("1"))),
        "schema_version",
    );
}

#[test]
fn missing_field_is_refused_with_its_path() {
    let err = refused(&edited(|v| {
        drop(v["plan"].as_object_mut().unwrap().remove("title"))
    }));
    bad_at(&err, "plan");
    assert!(err.to_string().contains("title"), "{err}");
}

#[test]
fn wrong_type_and_unknown_values_are_refused_with_their_path() {
    bad_at(
        &refused(&edited(|v| v["challenges"][1]["priority"] = json!("high"))),
        "challenges[1].priority",
    );
    bad_at(
        &refused(&edited(|v| v["measures"][0]["level"] = json!("extreme"))),
        "measures[0].level",
    );
    bad_at(
        &refused(&edited(|v| v["measures"][0]["surprise"] = json!(1))),
        "measures[0]",
    );
}

#[test]
fn dangling_references_are_refused() {
    bad_at(
        &refused(&edited(|v| {
            v["measures"][0]["challenge_ids"] = json!(["c-none"])
        })),
        "measures[0].challenge_ids[0]",
    );
    bad_at(
        &refused(&edited(|v| {
            v["measures"][1]["follow_up"][0]["indicator_id"] = json!("i-none")
        })),
        "measures[1].follow_up[0].indicator_id",
    );
    bad_at(
        &refused(&edited(|v| {
            drop(v["partners"].as_array_mut().unwrap().remove(0))
        })),
        "partner_id",
    );
    bad_at(
        &refused(&edited(|v| v["comments"][1]["parent_id"] = json!("k-none"))),
        "comments[1].parent_id",
    );
    bad_at(&refused(&edited(|v| v["unit"] = Value::Null)), "unit");
}

#[test]
fn duplicate_ids_are_refused() {
    bad_at(
        &refused(&edited(|v| v["challenges"][1]["id"] = json!("c1"))),
        "challenges[1].id",
    );
}

#[test]
fn unused_partner_is_refused() {
    let err = refused(&edited(|v| {
        v["partners"].as_array_mut().unwrap().push(json!({
            "id": "stray", "name": "Ingen", "partner_type": "other", "contact_role": "", "notes": ""
        }))
    }));
    bad_at(&err, "partners[2]");
}

#[test]
fn bad_history_is_refused() {
    bad_at(
        &refused(&edited(|v| v["revisions"][0]["number"] = json!(0))),
        "revisions[0].number",
    );
    bad_at(
        &refused(&edited(|v| {
            v["revisions"][0]["snapshot"]["plan"]["id"] = json!("other")
        })),
        "revisions[0].snapshot.plan.id",
    );
}

#[test]
fn text_beyond_limits_is_refused() {
    let long = "å".repeat(100_001);
    bad_at(
        &refused(&edited(|v| v["challenges"][0]["description"] = json!(long))),
        "challenges[0].description",
    );
    // Snapshots are not validated as a plan, but their text is bounded too.
    let long = "x".repeat(100_001);
    bad_at(
        &refused(&edited(|v| {
            v["revisions"][0]["snapshot"]["plan"]["lagesbild"]["extent"] = json!(long)
        })),
        "revisions[0].snapshot.plan.lagesbild.extent",
    );
}

#[test]
fn oversized_file_is_refused_before_parsing() {
    let huge = vec![b' '; MAX_PACKAGE_BYTES as usize + 1];
    let err = refused(&huge);
    assert!(matches!(err, StoreError::TooLarge { .. }), "{err}");
}

#[test]
fn invalid_values_are_refused_with_the_models_path() {
    bad_at(
        &refused(&edited(|v| v["measures"][0]["start"] = json!("2025-02-30"))),
        "measures[0].start",
    );
}

#[test]
fn a_city_is_stored_whole_or_not_at_all() {
    let mut db = empty_db();
    let first = document();
    let mut second = document();
    second.plan.id = "plan-other".into();
    // Same slug as the first plan: the last plan of the load fails, after the others were written
    // inside the transaction.
    let before = dump(&db.path());
    let err = db
        .store
        .import_city(
            &[unit()],
            &partners(),
            &[(first.clone(), vec![]), (second.clone(), vec![])],
            false,
        )
        .expect_err("a slug used twice must refuse the whole load");
    assert!(matches!(err, StoreError::BadPackage { .. }), "{err}");
    assert_eq!(dump(&db.path()), before, "a refused load left rows behind");

    second.plan.slug = "other-2025".into();
    let stored = db
        .store
        .import_city(
            &[unit()],
            &partners(),
            &[(first, vec![]), (second, vec![])],
            false,
        )
        .unwrap();
    assert_eq!(stored.len(), 2);
    assert_eq!(db.store.plans().unwrap().len(), 2);
    // Loading again without replace is refused; with replace it takes the given versions.
    assert!(db
        .store
        .import_city(&[unit()], &partners(), &[(document(), vec![])], false)
        .is_err());
    let again = db
        .store
        .import_city(&[unit()], &partners(), &[(document(), vec![])], true)
        .unwrap();
    assert_eq!(again[0].plan_id, document().plan.id);
    assert_eq!(db.store.plans().unwrap().len(), 2);
}
