//! `safeplan stats inspect` and `safeplan stats import`, run as the real binary against its own
//! database and the statistics fixtures of safeplan-core.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use safeplan_core::{NewPlan, Safeplan};
use safeplan_model::{Language, PlanDocument};

fn fixture(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../safeplan-core/tests/fixtures/stats")
        .join(name);
    path.to_string_lossy().into_owned()
}

struct Db {
    dir: tempfile::TempDir,
}

impl Db {
    fn new() -> Db {
        Db {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    fn path(&self) -> PathBuf {
        self.dir.path().join("safeplan.db")
    }

    fn run(&self, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_safeplan"))
            .arg("--db")
            .arg(self.path())
            .args(args)
            .env_remove("SAFEPLAN_DB")
            .output()
            .unwrap()
    }

    /// An empty draft plan, its id.
    fn plan(&self) -> String {
        let mut app = Safeplan::open(&self.path()).unwrap();
        let doc = app
            .create_plan(&NewPlan {
                unit_id: None,
                title: "Trygg i Malmö".into(),
                period: None,
                language: Language::Sv,
            })
            .unwrap();
        doc.plan.id
    }

    fn doc(&self, plan: &str) -> PlanDocument {
        serde_json::from_slice(&ok(&self.run(&["show", plan, "--json"])).stdout).unwrap()
    }
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn ok(o: &Output) -> &Output {
    assert!(
        o.status.success(),
        "stdout: {}\nstderr: {}",
        text(&o.stdout),
        text(&o.stderr)
    );
    o
}

fn user_error(o: &Output) -> String {
    assert_eq!(
        o.status.code(),
        Some(1),
        "stdout: {}\nstderr: {}",
        text(&o.stdout),
        text(&o.stderr)
    );
    let err = text(&o.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with("error: ") && !err.contains("panicked"),
        "{err}"
    );
    err
}

#[test]
fn inspect_lists_dimensions_and_values_without_touching_a_database() {
    let db = Db::new();
    let out = text(&ok(&db.run(&["stats", "inspect", &fixture("offences.px")])).stdout);
    assert!(
        out.contains("source: Brottsförebyggande rådet (Brå)"),
        "{out}"
    );
    assert!(
        out.contains("region (2): Malmö [1280], Göteborg [1480]"),
        "{out}"
    );
    assert!(out.contains("år (3, time): 2019, 2020, 2021"), "{out}");
    assert!(
        out.contains("cells: 16 values, 1 nil, 3 suppressed, 4 missing"),
        "{out}"
    );
    let json: serde_json::Value = serde_json::from_slice(
        &ok(&db.run(&["stats", "inspect", &fixture("jsonstat2.json"), "--json"])).stdout,
    )
    .unwrap();
    assert_eq!(json["dimensions"][0]["categories"][0]["label"], "Rosengård");
    assert_eq!(json["dimensions"][2]["role"], "time");
    assert_eq!(json["updated"], "2024-02-15");
    assert!(!db.path().exists(), "inspect created a database");
}

#[test]
fn import_a_series_into_a_new_then_an_existing_indicator() {
    let db = Db::new();
    let plan = db.plan();
    let file = fixture("offences.px");
    let args = [
        "stats",
        "import",
        &plan,
        &file,
        "--new",
        "Skjutningar i Malmö",
        "--select",
        "region=Malmö",
        "--select",
        "brottstyp=SK",
    ];

    // kön is left open: refused, with its values, and nothing saved.
    let err = user_error(&db.run(&args));
    assert!(
        err.contains("ambiguous") && err.contains("män, kvinnor"),
        "{err}"
    );
    assert!(db.doc(&plan).indicators.is_empty());

    let dry = [&args[..], &["--select", "kön=män", "--dry-run"]].concat();
    let out = text(&ok(&db.run(&dry)).stdout);
    assert!(
        out.contains("dry run: nothing saved") && out.contains("2019     65"),
        "{out}"
    );
    assert!(db.doc(&plan).indicators.is_empty());

    let men = [&args[..], &["--select", "kön=män"]].concat();
    let out = text(&ok(&db.run(&men)).stdout);
    assert!(
        out.contains("imported into the new indicator \"Skjutningar i Malmö\""),
        "{out}"
    );
    let doc = db.doc(&plan);
    let ind = &doc.indicators[0];
    assert_eq!(ind.source, "Brottsförebyggande rådet (Brå)");
    let got: Vec<(&str, Option<f64>)> = ind
        .observations
        .iter()
        .map(|o| (o.period.as_str(), o.value))
        .collect();
    assert_eq!(
        got,
        [
            ("2019", Some(65.0)),
            ("2020", Some(40.0)),
            ("2021", Some(20.0))
        ]
    );
    assert_eq!(
        ind.observations[0]
            .data_as_of
            .as_ref()
            .map(|d| d.to_string())
            .as_deref(),
        Some("2024-03-21")
    );

    // The women's series over the same indicator: every period replaced; nil is 0 with its note,
    // the uncertain figure is suppressed, not 0.
    let women = [
        "stats",
        "import",
        &plan,
        &file,
        "--indicator",
        &ind.id,
        "--select",
        "region=1280",
        "--select",
        "brottstyp=SK",
        "--select",
        "kön=kvinnor",
    ];
    let out = text(&ok(&db.run(&women)).stdout);
    assert!(out.contains("replaces 65"), "{out}");
    let obs = db.doc(&plan).indicators[0].observations.clone();
    assert_eq!((obs[0].value, obs[0].suppressed), (Some(0.0), false));
    assert!(
        obs[0].note.contains("Inget finns att redovisa"),
        "{}",
        obs[0].note
    );
    assert_eq!(
        (obs[1].value, obs[2].value, obs[2].suppressed),
        (Some(1.0), None, true)
    );
}

#[test]
fn a_broken_file_names_where_and_saves_nothing() {
    let db = Db::new();
    let plan = db.plan();
    let before = db.doc(&plan);
    let err = user_error(&db.run(&[
        "stats",
        "import",
        &plan,
        &fixture("broken-data-token.px"),
        "--new",
        "X",
    ]));
    assert!(
        err.contains("broken-data-token.px, line 41") && err.contains("twelve"),
        "{err}"
    );
    let err = user_error(&db.run(&["stats", "inspect", &fixture("broken-rows.csv")]));
    assert!(
        err.contains("broken-rows.csv, line 3") && err.contains("expected 3"),
        "{err}"
    );
    assert_eq!(db.doc(&plan), before);
}

#[test]
fn a_spreadsheet_needs_its_sheet_and_a_csv_its_column() {
    let db = Db::new();
    let plan = db.plan();
    let err = user_error(&db.run(&[
        "stats",
        "import",
        &plan,
        &fixture("safety-survey.xlsx"),
        "--new",
        "Trygghet",
        "--select",
        "Stadsdel=Centrum",
    ]));
    assert!(
        err.contains("Källa, Tabell 1") || err.contains("no table"),
        "{err}"
    );
    ok(&db.run(&[
        "stats",
        "import",
        &plan,
        &fixture("safety-survey.xlsx"),
        "--sheet",
        "Tabell 1",
        "--new",
        "Trygghet",
        "--select",
        "Stadsdel=Centrum",
        "--kind",
        "perceived_safety",
        "--unit",
        "percent",
        "--direction",
        "up",
    ]));
    let err = user_error(&db.run(&[
        "stats",
        "import",
        &plan,
        &fixture("bra-utf8-bom-semicolon.csv"),
        "--new",
        "Brott",
        "--select",
        "Kommun=Ale",
    ]));
    assert!(err.contains("Antal"), "{err}");
    ok(&db.run(&[
        "stats",
        "import",
        &plan,
        &fixture("bra-utf8-bom-semicolon.csv"),
        "--new",
        "Brott",
        "--select",
        "Kommun=Ale",
        "--value",
        "Antal",
    ]));
    let doc = db.doc(&plan);
    assert_eq!(doc.indicators.len(), 2);
    assert_eq!(
        doc.indicators[0].observations[2].value,
        Some(123456789.12345679)
    );
    assert_eq!(doc.indicators[1].observations[1].value, Some(1301.0));
}
