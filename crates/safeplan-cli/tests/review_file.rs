//! The review round trip by file through the `safeplan` binary, with two databases: the district's
//! and the advisor's.

mod common;

use common::*;
use safeplan_model::PlanStatus;

const ADVISOR: [&str; 4] = ["--as", "advisor", "--name", "Erik Lund"];

fn as_advisor<'a>(args: &[&'a str]) -> Vec<&'a str> {
    ADVISOR
        .iter()
        .copied()
        .chain(args.iter().copied())
        .collect()
}

/// The id a `comment` run printed (`ID (revision N)`).
fn id_of(out: &str) -> String {
    out.split_whitespace().next().unwrap().to_string()
}

#[test]
fn a_review_goes_back_by_file_into_the_districts_edited_plan() {
    let district = Db::new();
    let plans = district.demo();
    let ready = plans.iter().find(|p| p.errors == 0).expect("a ready plan");
    let slug = ready.slug.as_str();
    if ready.status != PlanStatus::Draft {
        ok(&district.run(&["status", slug, "--to", "draft"]));
    }
    ok(&district.run(&["status", slug, "--to", "submitted"]));
    let package = district.file("plan.safeplan");
    ok(&district.run(&["export", slug, "--out", package.to_str().unwrap()]));
    let reviewed = district
        .core()
        .revisions(slug)
        .unwrap()
        .last()
        .unwrap()
        .number;

    // The advisor imports, reviews and sends the review back.
    let advisor = Db::new();
    ok(&advisor.run(&["import", package.to_str().unwrap()]));
    let measure = advisor.core().plan(slug).unwrap().measures[0].id.clone();
    ok(&advisor.run(&as_advisor(&["status", slug, "--to", "in_review"])));
    let on_measure = format!("measures/{measure}");
    let thread = id_of(&stdout(ok(&advisor.run(&as_advisor(&[
        "comment",
        slug,
        "--on",
        &on_measure,
        "--text",
        "Vem följer upp detta?",
    ])))));
    let new_cause = "Orsaksanalysen bygger på skolornas enkät.";
    let suggestion = id_of(&stdout(ok(&advisor.run(&as_advisor(&[
        "comment",
        slug,
        "--on",
        "lagesbild.cause_analysis",
        "--text",
        "Förslag",
        "--suggest",
        new_cause,
    ])))));
    ok(&advisor.run(&as_advisor(&[
        "status",
        slug,
        "--to",
        "changes_requested",
        "--message",
        "Se kommentarerna",
    ])));
    let review = advisor.file("norrby.safeplan-review");
    let out = stdout(ok(&advisor.run(&as_advisor(&[
        "review",
        "export",
        slug,
        "--out",
        review.to_str().unwrap(),
    ]))));
    assert!(out.contains("exported the review"), "{out}");

    // Meanwhile the district withdrew its plan and edited another field.
    ok(&district.run(&["status", slug, "--to", "draft"]));
    let mut app = district.core();
    let mut plan = app.plan(slug).unwrap().plan;
    plan.lagesbild.extent = "Utbredningen enligt trygghetsmätningen 2026.".into();
    app.update_plan(&planner(), plan.revision, &plan).unwrap();
    drop(app);

    let out = stdout(ok(&district.run(&[
        "review",
        "import",
        review.to_str().unwrap(),
    ])));
    for line in [
        "added: 2 threads, 0 replies, of them 1 suggestion",
        "applied: 0 resolutions, 0 reopenings",
        "conflicts kept: 1",
        "decision: changes_requested recorded, not made: the plan is \"draft\" here",
    ] {
        assert!(out.contains(line), "{line} not in:\n{out}");
    }
    let listed = stdout(ok(&district.run(&["comments", slug])));
    assert!(
        listed.contains(&format!("{thread} [{on_measure}] Erik Lund")),
        "{listed}"
    );
    assert!(
        listed.contains(&format!("suggests: {new_cause}")),
        "{listed}"
    );
    // The decision not made here is kept, and `comments` says so, in text and in JSON.
    assert!(
        listed.contains("review notes (kept, not applied here):")
            && listed.contains("status changes_requested by Erik Lund (advisor) at ")
            && listed.contains("\"Se kommentarerna\": "),
        "{listed}"
    );
    let json: serde_json::Value =
        serde_json::from_slice(&ok(&district.run(&["comments", slug, "--json"])).stdout).unwrap();
    let notes = json["review_notes"].as_array().unwrap();
    assert_eq!(notes.len(), 1, "{json}");
    assert_eq!(notes[0]["kind"], "status");
    assert_eq!(notes[0]["subject"], "changes_requested");
    assert_eq!(notes[0]["message"], "Se kommentarerna");
    assert_eq!(json["comments"].as_array().unwrap().len(), 2, "{json}");
    let again = stdout(ok(&district.run(&[
        "review",
        "import",
        review.to_str().unwrap(),
    ])));
    assert!(again.contains("nothing new, nothing changed"), "{again}");

    ok(&district.run(&["accept", slug, &suggestion]));
    ok(&district.run(&["status", slug, "--to", "submitted"]));
    let doc = district.core().plan(slug).unwrap();
    assert_eq!(doc.plan.lagesbild.cause_analysis, new_cause);
    assert_eq!(
        doc.plan.lagesbild.extent,
        "Utbredningen enligt trygghetsmätningen 2026."
    );

    let from = reviewed.to_string();
    let diff: serde_json::Value = serde_json::from_slice(
        &ok(&district.run(&["diff", slug, "--from", &from, "--json"])).stdout,
    )
    .unwrap();
    let mut fields: Vec<String> = Vec::new();
    let mut comments: Vec<String> = Vec::new();
    for item in diff["items"].as_array().unwrap() {
        if item["kind"] == "comment" {
            assert_eq!(item["change"], "added", "{item}");
            comments.push(item["id"].as_str().unwrap().to_string());
        } else {
            for f in item["fields"].as_array().unwrap() {
                fields.push(f["field"].as_str().unwrap().to_string());
            }
        }
    }
    fields.sort();
    comments.sort();
    let mut expected = vec![thread, suggestion];
    expected.sort();
    assert_eq!(fields, ["cause_analysis", "extent"], "{diff:#}");
    assert_eq!(comments, expected);
}

#[test]
fn a_bad_review_file_is_one_error_line_naming_the_file_and_the_place() {
    let db = Db::new();
    db.demo();
    let file = db.file("stray.safeplan-review");
    std::fs::write(
        &file,
        "{\"format\": \"safeplan-plan-package\", \"schema_version\": 1}",
    )
    .unwrap();
    let line = user_error(&db.run(&["review", "import", file.to_str().unwrap()]));
    assert!(line.contains("stray.safeplan-review: format"), "{line}");
}
