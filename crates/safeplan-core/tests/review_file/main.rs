//! The review round trip by file without any shell: two databases (the district's and the
//! advisor's), a package one way and a review file the other, what import applies and keeps, and
//! every kind of bad review file refused with the database unchanged.

mod conflicts;
mod refusals;
mod replace;
mod round_trip;

use std::path::{Path, PathBuf};

pub use safeplan_core::ImportMode;
use safeplan_core::{parse_anchor, NewComment, Safeplan};
use safeplan_model::{Actor, PlanDocument, PlanStatus, Role};

pub fn planner() -> Actor {
    Actor::new(Role::Planner, "Anna Berg")
}

pub fn advisor() -> Actor {
    Actor::new(Role::Advisor, "Erik Lund")
}

pub fn say(anchor: &str, text: &str) -> NewComment {
    NewComment {
        anchor: Some(parse_anchor(anchor).unwrap()),
        text: text.into(),
        suggestion: None,
        parent_id: None,
    }
}

pub fn suggest(anchor: &str, text: &str) -> NewComment {
    NewComment {
        suggestion: Some(text.into()),
        ..say(anchor, "Förslag till ny text")
    }
}

pub fn reply(parent: &str, text: &str) -> NewComment {
    NewComment {
        anchor: None,
        text: text.into(),
        suggestion: None,
        parent_id: Some(parent.into()),
    }
}

/// Two databases in one folder: the district's, with the demo city and a ready plan it has just
/// submitted, and the advisor's, which has imported that plan's package.
pub struct Pair {
    pub dir: tempfile::TempDir,
    pub district: Safeplan,
    pub advisor: Safeplan,
    pub plan_id: String,
}

impl Pair {
    pub fn district_db(&self) -> PathBuf {
        self.dir.path().join("district.db")
    }

    pub fn rev(app: &Safeplan, id: &str) -> i64 {
        app.plan(id).unwrap().plan.revision
    }

    pub fn doc(app: &Safeplan, id: &str) -> PlanDocument {
        app.plan(id).unwrap()
    }
}

/// The district submits a ready demo plan, with one thread of its own in it, and sends it.
pub fn submitted() -> Pair {
    let dir = tempfile::tempdir().unwrap();
    let mut district = Safeplan::open(&dir.path().join("district.db")).unwrap();
    district.load_demo(false).unwrap();
    let ready = district
        .plans()
        .unwrap()
        .into_iter()
        .find(|p| p.errors == 0)
        .expect("a ready demo plan");
    let id = ready.id.clone();
    if ready.status != PlanStatus::Draft {
        district
            .set_status(&id, ready.revision, PlanStatus::Draft, &planner(), None)
            .unwrap();
    }
    let rev = Pair::rev(&district, &id);
    district
        .add_comment(
            &planner(),
            &id,
            rev,
            &say("lagesbild.extent", "Siffrorna för 2026 kommer i mars."),
        )
        .unwrap();
    let rev = Pair::rev(&district, &id);
    district
        .set_status(
            &id,
            rev,
            PlanStatus::Submitted,
            &planner(),
            Some("Klar för granskning"),
        )
        .unwrap();
    let package = district.export_package(&id).unwrap();
    let mut advisor = Safeplan::open(&dir.path().join("advisor.db")).unwrap();
    advisor
        .import_package(&package, ImportMode::Refuse)
        .unwrap();
    Pair {
        dir,
        district,
        advisor,
        plan_id: id,
    }
}

/// Every row of every table, as text: two dumps are equal when nothing in the database changed.
pub fn dump(path: &Path) -> Vec<String> {
    let conn = rusqlite::Connection::open(path).unwrap();
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let mut out = Vec::new();
    for table in tables {
        let mut stmt = conn.prepare(&format!("SELECT * FROM \"{table}\"")).unwrap();
        let n = stmt.column_count();
        let rows = stmt
            .query_map([], |r| {
                let cells: Vec<String> = (0..n)
                    .map(|i| format!("{:?}", r.get_ref(i).unwrap()))
                    .collect();
                Ok(format!("{table}: {}", cells.join(" | ")))
            })
            .unwrap();
        let mut rows: Vec<String> = rows.collect::<Result<_, _>>().unwrap();
        rows.sort();
        out.extend(rows);
    }
    out
}
