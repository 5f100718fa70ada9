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

#[test]
fn comments_replies_and_suggestions_through_the_command_line() {
    let db = Db::new();
    let plans = db.demo();
    let slug = draft(&plans).slug.clone();
    let doc = db.core().plan(&slug).unwrap();
    let measure = format!("measures/{}", doc.measures[0].id);
    let advisor = [("SAFEPLAN_ROLE", "advisor"), ("SAFEPLAN_NAME", "Erik Lund")];

    let line = user_error(&db.run_with(
        &advisor,
        &["comment", &slug, "--on", "measure/x", "--text", "?"],
    ));
    assert!(
        line.contains("at character 1") && line.contains("not a section"),
        "{line}"
    );
    let out = stdout(ok(&db.run_with(
        &advisor,
        &[
            "comment",
            &slug,
            "--on",
            &measure,
            "--text",
            "Vem följer upp?",
        ],
    )));
    let thread = out.split_whitespace().next().unwrap().to_string();
    let out = stdout(ok(&db.run_with(
        &advisor,
        &[
            "comment",
            &slug,
            "--on",
            "lagesbild.cause_analysis",
            "--text",
            "Tydligare",
            "--suggest",
            "Ny analys",
        ],
    )));
    let suggestion = out.split_whitespace().next().unwrap().to_string();
    ok(&db.run(&[
        "--name",
        "Anna Berg",
        "comment",
        &slug,
        "--reply-to",
        &thread,
        "--text",
        "Socialtjänsten",
    ]));

    let listed = stdout(ok(&db.run(&["comments", &slug])));
    assert!(
        listed.contains(&format!(
            "{thread} [{measure}] Erik Lund (advisor) open: Vem följer upp?"
        )),
        "{listed}"
    );
    assert!(
        listed.contains("suggestion: open") && listed.contains("suggests: Ny analys"),
        "{listed}"
    );
    let json: serde_json::Value =
        serde_json::from_slice(&ok(&db.run(&["comments", &slug, "--json"])).stdout).unwrap();
    assert_eq!(json["review_notes"], serde_json::json!([]));
    let reply = json["comments"]
        .as_array()
        .unwrap()
        .iter()
        .find(|v| v["comment"]["parent_id"] == thread.as_str())
        .unwrap();
    assert_eq!(
        reply["comment"]["anchor"]["id"],
        doc.measures[0].id.as_str()
    );

    let line = user_error(&db.run_with(&advisor, &["accept", &slug, &suggestion]));
    assert!(line.contains("the planner accepts"), "{line}");
    let out = stdout(ok(&db.run(&["accept", &slug, &suggestion])));
    assert!(
        out.contains("accepted") && out.contains("lagesbild.cause_analysis"),
        "{out}"
    );
    assert_eq!(
        db.core().plan(&slug).unwrap().plan.lagesbild.cause_analysis,
        "Ny analys"
    );

    let line = user_error(&db.run(&["--name", "Anna Berg", "resolve", &slug, &thread]));
    assert!(line.contains("opener"), "{line}");
    ok(&db.run_with(&advisor, &["resolve", &slug, &thread]));
    assert!(stdout(ok(&db.run(&["comments", &slug]))).contains(&format!(
        "{thread} [{measure}] Erik Lund (advisor) resolved"
    )));
}
