//! Released migrations never change, and databases made by older schemas open with the current
//! code; newer ones are refused. The older databases are built from frozen copies of the released
//! migrations (tests/fixtures/released/), not from the live files, so an edit to a live migration
//! cannot slip through by changing the test's input along with the code.

mod common;

use std::path::{Path, PathBuf};

use common::*;
use rusqlite::Connection;
use safeplan_model::*;
use safeplan_store::{Store, StoreError, StoredLook, SCHEMA_VERSION};
use sha2::{Digest, Sha256};

/// Every released migration, oldest first: its file under migrations/ and the SHA-256 of its text.
/// When a migration is released, append its line and freeze a copy of it under
/// tests/fixtures/released/; never change a line, because databases in the field have run that text.
const RELEASED: &[(&str, &str)] = &[(
    "0001_initial.sql",
    "3434bc66f64d55ebb8faad5798a7832e6c0ccee578edfd7462fbe23258ecd77a",
)];

/// The first schema exactly as released (the frozen copy). It stands for databases in the field.
const V1: &str = include_str!("fixtures/released/0001_initial.sql");

/// A database as version 1 of Safeplan left it, filled by plain SQL (not by today's code).
fn make_v1_database(path: &std::path::Path) {
    let conn = Connection::open(path).unwrap();
    conn.execute_batch(V1).unwrap();
    conn.execute_batch(
        "INSERT INTO schema_migrations (version, name, applied_at) VALUES (1, 'initial', '2025-01-01T00:00:00Z');
         PRAGMA user_version = 1;
         INSERT INTO units VALUES ('norrby', 'Norrby SDF', 'district', 'Stockholm');
         INSERT INTO partners VALUES ('police', 'Polisen', 'police', 'Kommunpolis', '');
         INSERT INTO plans VALUES ('p1', 'norrby-2024', 'norrby', 'Trygg i Norrby', 2024, 2026, 'draft', 'sv',
             'district-plan', 'Norrby stadsdelsnämnd', NULL, 7, 'Omfattning', 'Konsekvenser', 'Orsaker', '', '', '',
             '', '', '', '');
         INSERT INTO team_members VALUES ('p1', 0, 'Anna Berg', 'Samordnare');
         INSERT INTO challenges VALUES ('p1', 'c1', 0, 'Gäng', 'gang_crime', '', '', '', 'rising', 1);
         INSERT INTO indicators VALUES ('p1', 'i1', 0, 'Skjutningar', 'recorded_crime', 'count', 'Polisen', '', 'down');
         INSERT INTO observations VALUES ('p1', 'i1', 0, '2017', 65.0, NULL, '', 0);
         INSERT INTO observations VALUES ('p1', 'i1', 1, '2020', 20.0, NULL, '', 0);
         INSERT INTO measures VALUES ('p1', 'm1', 0, 'Sluta skjut', '', 'indicated', 'Socialtjänsten', '', '',
             '2024-01-01', NULL, 'ongoing', NULL, NULL, 'promising', '', 'short', '');
         INSERT INTO measure_challenges VALUES ('p1', 'm1', 0, 'c1');
         INSERT INTO measure_themes VALUES ('p1', 'm1', 0, 'youth_inclusion');
         INSERT INTO measure_partners VALUES ('p1', 'm1', 0, 'police', 'lead');
         INSERT INTO follow_up_targets VALUES ('p1', 'm1', 0, 'i1', 65.0, 20.0, 2026);
         INSERT INTO responsibilities VALUES ('p1', 'r1', 0, 'En skjutning i området', 'Polisen', '');
         INSERT INTO responsibility_steps VALUES ('p1', 'r1', 0, 'Larma');
         INSERT INTO comments VALUES ('p1', 'k1', 0, 'measures', 'm1', NULL, 'Erik', 'Rådgivare', 'Bra',
             '2025-01-02T10:00:00Z', NULL, 0);",
    )
    .unwrap();
}

/// Moves and comments written before review rounds existed read back unsigned: no author, role or
/// message on a revision; no quote, suggestion or resolver on a comment.
#[test]
fn revisions_and_comments_of_the_first_schema_read_back_unsigned() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.db");
    make_v1_database(&path);
    // A snapshot as version 1 wrote it: the JSON of a plan document.
    let mut scratch = Store::open_in_memory().unwrap();
    scratch
        .import_document(&document(), &[], safeplan_store::ImportMode::Refuse)
        .unwrap();
    let snapshot = serde_json::to_string(&scratch.load_document("plan-norrby").unwrap()).unwrap();
    Connection::open(&path)
        .unwrap()
        .execute(
            "INSERT INTO revisions VALUES ('p1', 1, 'submitted', '2025-01-03T10:00:00Z', ?1)",
            [snapshot],
        )
        .unwrap();

    let store = Store::open(&path).unwrap();
    let revisions = store.revisions("p1").unwrap();
    assert_eq!(revisions.len(), 1);
    assert_eq!(revisions[0].status, PlanStatus::Submitted);
    assert_eq!(
        (
            revisions[0].author_name.as_str(),
            revisions[0].author_role,
            revisions[0].message.as_str()
        ),
        ("", None, "")
    );
    let comment = &store.load_document("p1").unwrap().comments[0];
    assert_eq!(comment.text, "Bra");
    assert_eq!(
        (
            comment.quote.as_str(),
            &comment.suggestion,
            comment.resolved_by.as_str()
        ),
        ("", &None, "")
    );
}

#[test]
fn a_database_made_by_the_first_schema_opens_and_reads() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.db");
    make_v1_database(&path);

    let mut store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    let doc = store.load_document("p1").unwrap();
    assert_eq!(doc.plan.revision, 7);
    assert_eq!(
        doc.plan.period,
        Some(Period {
            from_year: 2024,
            to_year: 2026
        })
    );
    assert_eq!(
        doc.unit.as_ref().map(|u| u.name.as_str()),
        Some("Norrby SDF")
    );
    assert_eq!(doc.indicators[0].observations.len(), 2);
    assert_eq!(doc.measures[0].partners[0].role, PartnerRole::Lead);
    assert_eq!(doc.measures[0].follow_up[0].target, Some(20.0));
    assert_eq!(doc.partners.len(), 1);
    assert_eq!(doc.responsibilities[0].steps, ["Larma"]);
    assert_eq!(doc.comments[0].anchor.section, Section::Measures);

    // And it can be written to and exported.
    let rev = store
        .save_item("p1", 7, &challenge("c2", "Otrygghet").into())
        .unwrap();
    assert_eq!(rev, 8);
    store.export_package("p1").unwrap();
}

#[test]
fn opening_twice_migrates_once() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("twice.db");
    drop(Store::open(&path).unwrap());
    let store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    let conn = Connection::open(&path).unwrap();
    let n: i64 = conn
        .query_row("SELECT COUNT(*) FROM schema_migrations", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n as usize, migration_files().len());
}

/// The files in migrations/, by name.
fn migration_files() -> Vec<String> {
    let mut files: Vec<String> = std::fs::read_dir(crate_dir().join("migrations"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".sql"))
        .collect();
    files.sort();
    files
}

#[test]
fn the_database_runs_in_wal_mode_with_foreign_keys() {
    let db = empty_db();
    let conn = Connection::open(db.path()).unwrap();
    let mode: String = conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
}

#[test]
fn a_database_from_a_newer_safeplan_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("new.db");
    drop(Store::open(&path).unwrap());
    Connection::open(&path)
        .unwrap()
        .pragma_update(None, "user_version", 99)
        .unwrap();
    let before = std::fs::read(&path).unwrap();
    let err = Store::open(&path)
        .err()
        .expect("a newer database must be refused");
    assert!(
        matches!(err, StoreError::NewerSchema { found: 99, .. }),
        "{err}"
    );
    assert!(err.to_string().contains("newer Safeplan"));
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn an_unknown_value_in_the_database_is_an_error_not_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("odd.db");
    make_v1_database(&path);
    Connection::open(&path)
        .unwrap()
        .execute("UPDATE challenges SET trend = 'sideways'", [])
        .unwrap();
    let store = Store::open(&path).unwrap();
    let err = store.load_document("p1").unwrap_err();
    assert!(err.to_string().contains("sideways"), "{err}");
}

#[test]
fn the_schema_itself_forbids_naming_another_plans_items() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("fk.db");
    make_v1_database(&path);
    drop(Store::open(&path).unwrap());
    let conn = Connection::open(&path).unwrap();
    conn.pragma_update(None, "foreign_keys", "ON").unwrap();
    conn.execute_batch(
        "INSERT INTO plans (id, slug, unit_id, title, status, language, template, decision_body, revision, extent,
             consequences, cause_analysis, risk_factors, protective_factors, sources_and_method, follow_up_when,
             follow_up_how, follow_up_by_whom, follow_up_reported_to)
         VALUES ('p2', 'other', NULL, 'Annan', 'draft', 'sv', '', '', 0, '', '', '', '', '', '', '', '', '', '');
         INSERT INTO challenges VALUES ('p2', 'c9', 0, 'Annan plans utmaning', 'other', '', '', '', 'stable', 2);
         INSERT INTO indicators VALUES ('p2', 'i9', 0, 'Annan', 'activity', 'count', '', '', 'up');",
    )
    .unwrap();
    let cross_challenge = conn.execute(
        "INSERT INTO measure_challenges VALUES ('p1', 'm1', 1, 'c9')",
        [],
    );
    assert!(
        cross_challenge.is_err(),
        "a measure must not answer another plan's challenge"
    );
    let cross_indicator = conn.execute(
        "INSERT INTO follow_up_targets VALUES ('p1', 'm1', 1, 'i9', NULL, NULL, NULL)",
        [],
    );
    assert!(
        cross_indicator.is_err(),
        "a measure must not follow up another plan's indicator"
    );
}

fn crate_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn sha256_of(path: &Path) -> String {
    let bytes =
        std::fs::read(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    format!("{:x}", Sha256::digest(bytes))
}

/// Every table and index with the SQL that made it, in a stable order: a schema to compare.
fn schema_of(conn: &Connection) -> String {
    let mut stmt = conn
        .prepare(
            "SELECT sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' AND sql IS NOT NULL
             ORDER BY type DESC, name",
        )
        .unwrap();
    let rows = stmt.query_map([], |r| r.get::<_, String>(0)).unwrap();
    rows.map(|sql| format!("{};\n\n", sql.unwrap())).collect()
}

/// Compares `actual` with the frozen schema `name`; rewrites it only under UPDATE_GOLDEN.
fn assert_frozen_schema(name: &str, actual: &str) {
    let path = crate_dir().join("tests/fixtures/schema").join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let frozen = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "cannot read the frozen schema {} ({e}); a released schema must be frozen: \
             run with UPDATE_GOLDEN=1 once, and commit the file",
            path.display()
        )
    });
    assert!(
        frozen == actual,
        "the schema differs from the frozen {}:\n--- frozen\n{frozen}\n--- now\n{actual}",
        path.display()
    );
}

#[test]
fn released_migrations_are_never_edited() {
    for (name, released) in RELEASED {
        let live = crate_dir().join("migrations").join(name);
        assert_eq!(
            &sha256_of(&live),
            released,
            "migrations/{name} changed after it was released; databases in the field have run the \
             released text, so restore it and put the change in a new migration"
        );
        let frozen = crate_dir().join("tests/fixtures/released").join(name);
        assert_eq!(
            &sha256_of(&frozen),
            released,
            "the frozen copy tests/fixtures/released/{name} is not the released text"
        );
    }
}

#[test]
fn every_migration_file_is_applied_and_the_released_ones_come_first() {
    let files = migration_files();
    let released: Vec<&str> = RELEASED.iter().map(|(name, _)| *name).collect();
    assert!(
        files.len() >= released.len() && files[..released.len()] == released[..],
        "a released migration was removed or renamed: released {released:?}, found {files:?}"
    );
    // Each file's number is a version a fresh database records as applied, and the numbers run
    // 1, 2, 3… with no gap: branches that each add a migration are renumbered when merged.
    let numbered: Vec<i64> = files
        .iter()
        .map(|f| {
            f[..4]
                .parse()
                .expect("a migration file starts with its number")
        })
        .collect();
    let db = empty_db();
    let conn = Connection::open(db.path()).unwrap();
    let applied: Vec<i64> = conn
        .prepare("SELECT version FROM schema_migrations ORDER BY version")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(
        applied, numbered,
        "every file in migrations/ must be listed in the store's MIGRATIONS: {files:?}"
    );
    assert_eq!(numbered.last().copied(), Some(SCHEMA_VERSION));
    let consecutive: Vec<i64> = (1..=numbered.len() as i64).collect();
    assert_eq!(
        numbered, consecutive,
        "migration numbers must rise by one: {files:?}"
    );
}

#[test]
fn the_frozen_first_schema_is_what_the_released_migration_makes() {
    let conn = Connection::open_in_memory().unwrap();
    conn.execute_batch(V1).unwrap();
    assert_frozen_schema("v1.sql", &schema_of(&conn));
}

#[test]
fn a_fresh_database_has_the_frozen_schema_of_this_version() {
    let db = empty_db();
    let conn = Connection::open(db.path()).unwrap();
    assert_frozen_schema(&format!("v{SCHEMA_VERSION}.sql"), &schema_of(&conn));
}

#[test]
fn a_migrated_old_database_has_the_schema_of_a_fresh_one() {
    let dir = tempfile::tempdir().unwrap();
    let old = dir.path().join("old.db");
    make_v1_database(&old);
    drop(Store::open(&old).unwrap());
    let fresh = dir.path().join("fresh.db");
    drop(Store::open(&fresh).unwrap());
    assert_eq!(
        schema_of(&Connection::open(&old).unwrap()),
        schema_of(&Connection::open(&fresh).unwrap())
    );
}

/// The city tables come to a database made by the first schema: its registry partner can be
/// linked to a city partner, and its plan's indicator to a city indicator.
#[test]
fn a_first_schema_database_gains_the_city_tables() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.db");
    make_v1_database(&path);
    let mut store = Store::open(&path).unwrap();
    assert!(store.city_partners().unwrap().is_empty());
    let city = CityPartner {
        id: "city-police".into(),
        name: "Polisen".into(),
        partner_type: PartnerType::Police,
    };
    assert_eq!(store.link_partner("police", &city).unwrap(), city);
    assert_eq!(
        store.partner_links().unwrap(),
        [PartnerLink {
            partner_id: "police".into(),
            city_partner_id: "city-police".into()
        }]
    );
    let indicator = CityIndicator {
        id: "city-shootings".into(),
        name: "Skjutningar".into(),
        kind: IndicatorKind::RecordedCrime,
        unit: IndicatorUnit::Count,
        direction: Direction::Down,
    };
    store.link_indicator("p1", "i1", &indicator).unwrap();
    assert_eq!(store.indicator_links().unwrap().len(), 1);
    assert!(store.last_status_changes().unwrap().is_empty());
}

/// The review notes come to a database made by the first schema: a reviewer's act kept there is
/// read back, once however often it is written, and goes with its plan.
#[test]
fn a_first_schema_database_gains_the_review_notes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.db");
    make_v1_database(&path);
    let mut store = Store::open(&path).unwrap();
    assert!(store.review_notes("p1").unwrap().is_empty());
    let note = ReviewNote {
        kind: ReviewNoteKind::Status,
        subject: "changes_requested".into(),
        author_name: "Erik Lund".into(),
        author_role: "advisor".into(),
        at: "2026-03-01T10:00:00Z".into(),
        message: "Se kommentarerna".into(),
        reason: Some(NoteReason::StatusMoved {
            here: PlanStatus::Draft,
            was: PlanStatus::InReview,
            to: PlanStatus::ChangesRequested,
        }),
    };
    let write = safeplan_store::ReviewWrite {
        notes: vec![note.clone(), note.clone()],
        ..Default::default()
    };
    let revision = store.save_review("p1", 7, &write).unwrap();
    assert_eq!(revision, 8);
    assert_eq!(store.review_notes("p1").unwrap(), [note]);

    // A reason an older Safeplan stored as an English sentence still reads, as that text.
    let old = "the plan is \"draft\" here";
    let conn = Connection::open(&path).unwrap();
    conn.execute("UPDATE review_notes SET reason = ?1", [old])
        .unwrap();
    assert_eq!(
        store.review_notes("p1").unwrap()[0].reason,
        Some(NoteReason::Text { text: old.into() })
    );
    store.delete_plan("p1").unwrap();
    let left: i64 = conn
        .query_row("SELECT COUNT(*) FROM review_notes", [], |r| r.get(0))
        .unwrap();
    assert_eq!(left, 0);
}

/// A database as version 3 left it (the city's catalogues in use) gains the city's look: empty at
/// first, then kept whole, and the links made before are still there.
#[test]
fn a_third_schema_database_gains_the_city_look() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v3.db");
    make_v1_database(&path);
    {
        let conn = Connection::open(&path).unwrap();
        for (version, name, file) in [
            (2, "review_rounds", "0002_review_rounds.sql"),
            (3, "city", "0003_city.sql"),
        ] {
            let sql = std::fs::read_to_string(crate_dir().join("migrations").join(file)).unwrap();
            conn.execute_batch(&sql).unwrap();
            conn.execute(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?1, ?2, '2026-01-01T00:00:00Z')",
                (version, name),
            )
            .unwrap();
            conn.pragma_update(None, "user_version", version).unwrap();
        }
        conn.execute_batch(
            "INSERT INTO city_partners VALUES ('city-police', 'Polisen', 'police');
             INSERT INTO city_partner_links VALUES ('police', 'city-police');",
        )
        .unwrap();
    }
    let mut store = Store::open(&path).unwrap();
    assert_eq!(store.city_look().unwrap(), StoredLook::default());
    assert_eq!(store.partner_links().unwrap().len(), 1);
    let look = StoredLook {
        name: "Stockholms stad".into(),
        logo: Some(vec![0x89, b'P', b'N', b'G']),
        template_name: Some("stockholm".into()),
        templates: [(
            "sv".to_string(),
            [("main.md".to_string(), "{{ cover() }}".to_string())].into(),
        )]
        .into(),
    };
    store.save_city_look(&look).unwrap();
    drop(store);
    let store = Store::open(&path).unwrap();
    assert_eq!(store.city_look().unwrap(), look);
    assert_eq!(
        Connection::open(&path)
            .unwrap()
            .pragma_query_value(None, "user_version", |r| r.get::<_, i64>(0))
            .unwrap(),
        SCHEMA_VERSION
    );
}
