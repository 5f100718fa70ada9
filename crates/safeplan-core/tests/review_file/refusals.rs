//! Every kind of bad review file is refused with a message that names the file and the place in
//! it, and leaves every table of the database as it was.

use serde_json::{json, Value};

use safeplan_core::{parse_anchor, CoreError, ErrorPayload};
use safeplan_model::PlanStatus;

use crate::{advisor, dump, reply, say, submitted, suggest, Pair};

/// A valid review: a thread on a measure, a reply, and a suggestion for the cause analysis.
fn review() -> (Pair, Value) {
    let mut pair = submitted();
    let id = pair.plan_id.clone();
    let a = &mut pair.advisor;
    let measure = Pair::doc(a, &id).measures[0].id.clone();
    let rev = Pair::rev(a, &id);
    let rev = a
        .set_status(&id, rev, PlanStatus::InReview, &advisor(), None)
        .unwrap();
    let (rev, thread) = a
        .add_comment(
            &advisor(),
            &id,
            rev,
            &say(&format!("measures/{measure}"), "Vem?"),
        )
        .unwrap();
    let (rev, _) = a
        .add_comment(&advisor(), &id, rev, &reply(&thread, "Och när?"))
        .unwrap();
    a.add_comment(
        &advisor(),
        &id,
        rev,
        &suggest("lagesbild.cause_analysis", "Ny orsaksanalys."),
    )
    .unwrap();
    let file = a.export_review(&advisor(), &id).unwrap();
    (pair, serde_json::from_slice(&file).unwrap())
}

fn edited(file: &Value, edit: impl FnOnce(&mut Value)) -> Vec<u8> {
    let mut file = file.clone();
    edit(&mut file);
    serde_json::to_vec_pretty(&file).unwrap()
}

#[test]
fn every_kind_of_bad_review_file_is_refused_with_the_database_unchanged() {
    let (mut pair, file) = review();
    let other_plan = pair
        .district
        .plans()
        .unwrap()
        .into_iter()
        .find(|p| p.id != pair.plan_id)
        .unwrap()
        .id;
    let valid = serde_json::to_vec_pretty(&file).unwrap();
    let mut huge = valid.clone();
    huge.splice(1..1, vec![b' '; 10 * 1024 * 1024]);
    let mut not_utf8 = valid.clone();
    let at = valid.windows(4).position(|w| w == b"Vem?").unwrap();
    not_utf8[at] = 0xff;

    // (what, bytes, error code, place the message names)
    let cases: Vec<(&str, Vec<u8>, &str, &str)> = vec![
        (
            "a plan not here",
            edited(&file, |f| f["plan_id"] = json!("no-such-plan")),
            "bad_review_file",
            "plan_id",
        ),
        (
            "another plan",
            edited(&file, |f| f["plan_id"] = json!(other_plan)),
            "bad_review_file",
            "reviewed_revision",
        ),
        (
            "a newer schema",
            edited(&file, |f| f["schema_version"] = json!(2)),
            "newer_schema",
            "schema version 2",
        ),
        (
            "another format",
            edited(&file, |f| f["format"] = json!("safeplan-plan-package")),
            "bad_review_file",
            "format",
        ),
        (
            "a revision the plan never had",
            edited(&file, |f| f["reviewed_revision"]["number"] = json!(99)),
            "bad_review_file",
            "reviewed_revision.number",
        ),
        (
            "an anchor not in the reviewed revision",
            edited(&file, |f| {
                f["comments"][0]["anchor"]["id"] = json!("m-gone")
            }),
            "bad_review_file",
            "comments[0].anchor",
        ),
        (
            "a reply whose parent is missing",
            edited(&file, |f| f["comments"][1]["parent_id"] = json!("c-gone")),
            "bad_review_file",
            "comments[1].parent_id",
        ),
        (
            "a suggestion on a field that is not text",
            edited(&file, |f| {
                f["comments"][2]["anchor"] =
                    json!({"section": "plan", "id": null, "field": "period"});
                f["comments"][2]["suggestion"]["field"] = json!("period");
            }),
            "bad_review_file",
            "comments[2].suggestion",
        ),
        (
            "a suggestion aimed at another field than its anchor",
            edited(&file, |f| {
                f["comments"][2]["suggestion"]["field"] = json!("extent")
            }),
            "bad_review_file",
            "comments[2].suggestion.field",
        ),
        (
            "a suggestion already decided",
            edited(&file, |f| {
                f["comments"][2]["suggestion"]["state"] = json!("accepted")
            }),
            "bad_review_file",
            "comments[2].suggestion.state",
        ),
        (
            "duplicate ids",
            edited(&file, |f| {
                f["comments"][2]["id"] = f["comments"][0]["id"].clone()
            }),
            "bad_review_file",
            "comments[2].id",
        ),
        (
            "an unknown field",
            edited(&file, |f| f["comments"][0]["approved"] = json!(true)),
            "bad_review_file",
            "comments[0]",
        ),
        (
            "a move no reviewer makes",
            edited(&file, |f| f["status_moves"][0]["to"] = json!("archived")),
            "bad_review_file",
            "status_moves[0]",
        ),
        (
            "a move dated with something that is not a time",
            edited(&file, |f| f["status_moves"][0]["at"] = json!("yesterday")),
            "bad_review_file",
            "status_moves[0].at",
        ),
        (
            "a resolution of a reply",
            edited(
                &file,
                |f| {
                    f["resolutions"] =
                        json!([{"thread_id": f["comments"][1]["id"], "resolved": true, "by": "X"}])
                },
            ),
            "bad_review_file",
            "resolutions[0].thread_id",
        ),
        (
            "malformed JSON",
            valid[..valid.len() / 2].to_vec(),
            "bad_review_file",
            "line",
        ),
        ("not UTF-8", not_utf8, "bad_review_file", "not UTF-8"),
        ("oversized", huge, "too_large", "10485760 bytes"),
    ];
    assert!(cases.len() >= 10);

    let db = pair.district_db();
    let before = dump(&db);
    for (what, bytes, code, place) in cases {
        let err = pair
            .district
            .import_review(&bytes, "bad.safeplan-review")
            .expect_err(what);
        let message = err.to_string();
        assert_eq!(err.code(), code, "{what}: {message}");
        assert!(message.contains("bad.safeplan-review"), "{what}: {message}");
        assert!(message.contains(place), "{what}: {place} not in {message}");
        assert_eq!(dump(&db), before, "{what} changed the database");
    }
    // The untouched file is taken, so each refusal above was for its own flaw.
    pair.district
        .import_review(&valid, "good.safeplan-review")
        .unwrap();
    assert_ne!(dump(&db), before);
}

#[test]
fn a_comment_holding_an_identity_number_keeps_the_review_file_home() {
    let mut pair = submitted();
    let id = pair.plan_id.clone();
    let a = &mut pair.advisor;
    let rev = Pair::rev(a, &id);
    let (rev, thread) = a
        .add_comment(&advisor(), &id, rev, &say("lagesbild", "Hur vet ni det?"))
        .unwrap();
    let (_, answer) = a
        .add_comment(
            &advisor(),
            &id,
            rev,
            &reply(&thread, "Ring om 19121212-1212."),
        )
        .unwrap();
    // It says the number is in a comment, and where: the comment's place and its thread.
    for err in [
        a.export_review(&advisor(), &id).unwrap_err(),
        a.export_package(&id).unwrap_err(),
    ] {
        assert_eq!(err.code(), "personal_data_in_comment", "{err}");
        let said = err.to_string();
        assert!(!said.contains("19121212-1212"), "masked: {err}");
        assert!(
            said.contains(&format!("In the thread {thread} on lagesbild:"))
                && said.contains("the comment by Erik Lund"),
            "{said}"
        );
        assert!(
            !said.contains(&answer),
            "the thread is named by its first comment: {said}"
        );
        let CoreError::PersonalDataInComment { comments } = &err else {
            panic!("{err:?}")
        };
        assert_eq!(comments.len(), 1);
        assert_eq!(comments[0].thread_id, thread);
        let payload = ErrorPayload::from(&err);
        assert_eq!(payload.place, Some(parse_anchor("lagesbild").unwrap()));
    }

    // In a suggestion's text too.
    let mut pair = submitted();
    let id = pair.plan_id.clone();
    let a = &mut pair.advisor;
    let rev = Pair::rev(a, &id);
    a.add_comment(
        &advisor(),
        &id,
        rev,
        &suggest("lagesbild.extent", "Personen 19121212-1212 bor här."),
    )
    .unwrap();
    let err = a.export_review(&advisor(), &id).unwrap_err();
    assert_eq!(err.code(), "personal_data_in_comment", "{err}");
    assert!(err.to_string().contains("on lagesbild.extent:"), "{err}");

    // A number in the plan's own text does not travel in a review file, so it does not stop one.
    let d = &mut pair.district;
    let rev = Pair::rev(d, &id);
    let rev = d
        .set_status(&id, rev, PlanStatus::Draft, &crate::planner(), None)
        .unwrap();
    let mut plan = Pair::doc(d, &id).plan;
    plan.lagesbild.extent = "Anmälan gällde 19121212-1212.".into();
    d.update_plan(&crate::planner(), rev, &plan).unwrap();
    assert_eq!(d.export_package(&id).unwrap_err().code(), "personal_data");
    let file = d.export_review(&advisor(), &id).unwrap();
    assert!(!String::from_utf8(file).unwrap().contains("19121212"));
}

/// Texts that look like code, from a file made outside the city, are stored as the very characters
/// they are: a script, an onerror image, a javascript: link, a fenced report block, SQL. They go
/// nowhere else, and an accepted suggestion puts exactly its text into exactly its field.
#[test]
fn hostile_texts_in_a_review_file_are_stored_inert() {
    const PAYLOADS: [&str; 5] = [
        "<script>window.__pwned = \"script\"</script>",
        "<img src=x onerror=\"window.__pwned = 'onerror'\">",
        "[klicka](javascript:window.__pwned='link')",
        "```cover\n{\"title\": \"Falsk plan\"}\n```",
        "'); DROP TABLE comments; --",
    ];
    let (mut pair, mut file) = review();
    file["comments"][0]["text"] = json!(PAYLOADS[0]);
    file["comments"][0]["author_name"] = json!(PAYLOADS[4]);
    file["comments"][1]["text"] = json!(PAYLOADS[1]);
    file["comments"][2]["text"] = json!(PAYLOADS[2]);
    file["comments"][2]["suggestion"]["text"] = json!(PAYLOADS.join("\n\n"));
    let before = Pair::doc(&pair.district, &pair.plan_id);
    let d = &mut pair.district;
    d.import_review(
        &serde_json::to_vec(&file).unwrap(),
        "hostile.safeplan-review",
    )
    .unwrap();
    let id = pair.plan_id.clone();
    let doc = Pair::doc(d, &id);
    let stored = |n: usize| {
        doc.comments
            .iter()
            .find(|c| c.id == file["comments"][n]["id"].as_str().unwrap())
            .unwrap()
            .clone()
    };
    assert_eq!(stored(0).text, PAYLOADS[0]);
    assert_eq!(stored(0).author_name, PAYLOADS[4]);
    assert_eq!(stored(1).text, PAYLOADS[1]);
    assert_eq!(stored(2).text, PAYLOADS[2]);
    assert_eq!(stored(2).suggestion.unwrap().text, PAYLOADS.join("\n\n"));
    let mut without_comments = doc.clone();
    without_comments.comments = before.comments.clone();
    without_comments.plan.revision = before.plan.revision;
    // The file's move into review is made: the plan was still submitted here.
    assert_eq!(without_comments.plan.status, PlanStatus::InReview);
    without_comments.plan.status = before.plan.status;
    assert!(
        without_comments == before,
        "nothing but comments and the status changed"
    );

    let rev = Pair::rev(d, &id);
    let rev = d
        .set_status(&id, rev, PlanStatus::Draft, &crate::planner(), None)
        .unwrap();
    d.decide_suggestions(
        &crate::planner(),
        &id,
        rev,
        &safeplan_core::SuggestionPick::All,
        true,
        None,
    )
    .unwrap();
    let after = Pair::doc(d, &id);
    assert_eq!(after.plan.lagesbild.cause_analysis, PAYLOADS.join("\n\n"));
    assert_eq!(after.plan.lagesbild.extent, before.plan.lagesbild.extent);
    assert_eq!(after.measures, before.measures);
}
