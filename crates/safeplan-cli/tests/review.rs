//! The review round through the `safeplan` binary: acting as a role, and moving a plan.

mod common;

use common::*;
use safeplan_model::{PlanStatus, Role};

#[test]
fn status_moves_are_made_as_a_role_and_signed() {
    let db = Db::new();
    let plans = db.demo();
    let ready = plans.iter().find(|p| p.errors == 0).expect("a ready plan");
    let slug = ready.slug.as_str();
    if ready.status != PlanStatus::Draft {
        ok(&db.run(&["status", slug, "--to", "draft"]));
    }

    let line = user_error(&db.run(&[
        "--as",
        "advisor",
        "--name",
        "Erik Lund",
        "status",
        slug,
        "--to",
        "submitted",
    ]));
    assert!(line.contains("an advisor may not"), "{line}");
    let o = db.run(&["--as", "mayor", "status", slug, "--to", "submitted"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("planner, executive_office, advisor"),
        "{}",
        stderr(&o)
    );
    let o = db.run(&["status", slug, "--to", "sent"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));

    let out = stdout(ok(&db.run_with(
        &[("SAFEPLAN_NAME", "Anna Berg")],
        &[
            "status",
            slug,
            "--to",
            "submitted",
            "--message",
            "Klar för granskning",
        ],
    )));
    assert!(out.contains("draft -> submitted"), "{out}");
    ok(&db.run_with(
        &[("SAFEPLAN_ROLE", "advisor"), ("SAFEPLAN_NAME", "Erik Lund")],
        &["status", slug, "--to", "in_review"],
    ));
    // A flag wins over the environment.
    let line = user_error(&db.run_with(
        &[("SAFEPLAN_ROLE", "advisor")],
        &["--as", "planner", "status", slug, "--to", "approved"],
    ));
    assert!(line.contains("a planner may not"), "{line}");

    let revisions = db.core().revisions(slug).unwrap();
    let last_two: Vec<_> = revisions[revisions.len() - 2..]
        .iter()
        .map(|r| (r.author_name.clone(), r.author_role, r.message.clone()))
        .collect();
    assert_eq!(
        last_two,
        [
            (
                "Anna Berg".to_string(),
                Some(Role::Planner),
                "Klar för granskning".to_string()
            ),
            ("Erik Lund".to_string(), Some(Role::Advisor), String::new()),
        ]
    );
}
