//! The review round without any shell: who may move a plan, what a move records, and what a plan
//! with the reviewers refuses.

use safeplan_core::{ImportMode, NewComment, Safeplan};
use safeplan_model::{Actor, ItemKind, ItemRef, PlanDocument, PlanStatus, Role, Section};

fn planner() -> Actor {
    Actor::new(Role::Planner, "Anna Berg")
}

fn advisor() -> Actor {
    Actor::new(Role::Advisor, "Erik Lund")
}

fn office() -> Actor {
    Actor::new(Role::ExecutiveOffice, "Maja Ek")
}

/// The demo city, and a demo plan without error-level findings brought back to a draft.
fn ready_draft() -> (Safeplan, PlanDocument) {
    let mut app = Safeplan::open_in_memory().unwrap();
    app.load_demo(false).unwrap();
    let ready = app
        .plans()
        .unwrap()
        .into_iter()
        .find(|p| p.errors == 0)
        .expect("a ready demo plan");
    if ready.status != PlanStatus::Draft {
        app.set_status(
            &ready.id,
            ready.revision,
            PlanStatus::Draft,
            &planner(),
            None,
        )
        .unwrap();
    }
    let doc = app.plan(&ready.id).unwrap();
    (app, doc)
}

fn status_of(app: &Safeplan, doc: &PlanDocument) -> PlanStatus {
    app.plan(&doc.plan.id).unwrap().plan.status
}

#[test]
fn each_role_makes_only_its_own_moves_and_every_move_is_signed() {
    let (mut app, doc) = ready_draft();
    let id = doc.plan.id.clone();
    let rev = doc.plan.revision;

    let err = app
        .set_status(&id, rev, PlanStatus::Submitted, &advisor(), None)
        .unwrap_err();
    assert_eq!(err.code(), "not_allowed", "{err}");
    let message = err.to_string();
    for word in ["an advisor", "\"draft\"", "\"submitted\"", "the planner"] {
        assert!(message.contains(word), "{word} not in: {message}");
    }
    assert_eq!(status_of(&app, &doc), PlanStatus::Draft);
    let before = app.revisions(&id).unwrap().len();

    let rev = app
        .set_status(&id, rev, PlanStatus::Submitted, &planner(), Some("Klar"))
        .unwrap();
    let err = app
        .set_status(&id, rev, PlanStatus::InReview, &planner(), None)
        .unwrap_err();
    assert_eq!(err.code(), "not_allowed", "{err}");
    let rev = app
        .set_status(&id, rev, PlanStatus::InReview, &office(), None)
        .unwrap();
    let rev = app
        .set_status(
            &id,
            rev,
            PlanStatus::ChangesRequested,
            &advisor(),
            Some("Se kommentarerna om åtgärderna"),
        )
        .unwrap();
    // The advisor owns no plan: archiving is not theirs.
    let err = app
        .set_status(&id, rev, PlanStatus::Archived, &advisor(), None)
        .unwrap_err();
    assert_eq!(err.code(), "not_allowed", "{err}");

    let revisions = app.revisions(&id).unwrap();
    let signed: Vec<(&str, Option<Role>, &str, PlanStatus)> = revisions[before..]
        .iter()
        .map(|r| {
            (
                r.author_name.as_str(),
                r.author_role,
                r.message.as_str(),
                r.status,
            )
        })
        .collect();
    assert_eq!(
        signed,
        [
            (
                "Anna Berg",
                Some(Role::Planner),
                "Klar",
                PlanStatus::Submitted
            ),
            (
                "Maja Ek",
                Some(Role::ExecutiveOffice),
                "",
                PlanStatus::InReview
            ),
            (
                "Erik Lund",
                Some(Role::Advisor),
                "Se kommentarerna om åtgärderna",
                PlanStatus::ChangesRequested
            ),
        ]
    );
}

#[test]
fn a_plan_with_the_reviewers_is_read_only_until_the_planner_withdraws_it() {
    let (mut app, doc) = ready_draft();
    let id = doc.plan.id.clone();
    let rev = app
        .set_status(
            &id,
            doc.plan.revision,
            PlanStatus::Submitted,
            &planner(),
            None,
        )
        .unwrap();

    let mut plan = app.plan(&id).unwrap().plan;
    plan.title = "Ändrad titel".into();
    let err = app.update_plan(&planner(), rev, &plan).unwrap_err();
    assert_eq!(err.code(), "read_only", "{err}");
    assert!(err.to_string().contains("submitted"), "{err}");
    assert!(err.to_string().contains("withdraw it to a draft"), "{err}");

    let measure = doc.measures[0].clone();
    let errs = [
        app.save_item(&planner(), &id, rev, &measure.clone().into()),
        app.delete_item(&planner(), &id, rev, ItemKind::Measure, &measure.id),
        app.move_item(&planner(), &id, rev, ItemKind::Measure, &measure.id, 1),
        app.update_plan(&office(), rev, &plan),
    ];
    for e in errs {
        assert_eq!(e.unwrap_err().code(), "read_only");
    }
    // Nothing was written: the revision counter did not move.
    let now = app.plan(&id).unwrap();
    assert_eq!(now.plan.revision, rev);
    assert_ne!(now.plan.title, "Ändrad titel");

    // Comments are the review's conversation: they go on while the text is frozen.
    let (rev, thread) = app
        .add_comment(
            &advisor(),
            &id,
            rev,
            &NewComment {
                anchor: Some(ItemRef::item(Section::Measures, &measure.id)),
                text: "Vem följer upp?".into(),
                suggestion: None,
                parent_id: None,
            },
        )
        .unwrap();
    // Resolving goes through the review's own path, which the frozen text does not stop.
    let rev = app
        .resolve_thread(&advisor(), &id, rev, &thread, true)
        .unwrap();
    assert!(app
        .plan(&id)
        .unwrap()
        .comments
        .iter()
        .any(|c| c.id == thread && c.resolved));

    let rev = app
        .set_status(
            &id,
            rev,
            PlanStatus::Draft,
            &planner(),
            Some("Vi lägger till en åtgärd"),
        )
        .unwrap();
    app.update_plan(&planner(), rev, &plan).unwrap();
    assert_eq!(app.plan(&id).unwrap().plan.title, "Ändrad titel");
}

#[test]
fn an_advisor_never_edits_a_plans_text() {
    let (mut app, doc) = ready_draft();
    let err = app
        .update_plan(&advisor(), doc.plan.revision, &doc.plan)
        .unwrap_err();
    assert_eq!(err.code(), "read_only", "{err}");
    assert!(err.to_string().contains("advisor"), "{err}");
    let err = app
        .save_item(
            &advisor(),
            &doc.plan.id,
            doc.plan.revision,
            &doc.challenges[0].clone().into(),
        )
        .unwrap_err();
    assert_eq!(err.code(), "read_only", "{err}");
    assert_eq!(
        app.plan(&doc.plan.id).unwrap().plan.revision,
        doc.plan.revision
    );
}

/// Revisions carried by a package made before moves were signed read back with an empty author.
#[test]
fn unsigned_revisions_from_older_packages_still_import() {
    let (app, doc) = ready_draft();
    let bytes = app.export_package(&doc.plan.slug).unwrap();
    let mut package: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
    let revisions = package["revisions"].as_array_mut().unwrap();
    assert!(!revisions.is_empty());
    for r in revisions.iter_mut() {
        let r = r.as_object_mut().unwrap();
        for key in ["author_name", "author_role", "message"] {
            r.remove(key);
        }
    }
    let mut other = Safeplan::open_in_memory().unwrap();
    other
        .import_package(&serde_json::to_vec(&package).unwrap(), ImportMode::Refuse)
        .unwrap();
    let revisions = other.revisions(&doc.plan.slug).unwrap();
    assert_eq!(
        revisions.len(),
        app.revisions(&doc.plan.slug).unwrap().len()
    );
    assert!(revisions
        .iter()
        .all(|r| r.author_name.is_empty() && r.author_role.is_none() && r.message.is_empty()));
}
