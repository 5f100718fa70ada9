//! The use cases end to end over a real (in-memory or temporary file) database.

use safeplan_core::{CoreError, ErrorPayload, ImportMode, NewComment, NewPlan, Safeplan};
use safeplan_model::{
    Actor, ItemKind, ItemRef, Language, Level, Period, PlanDocument, PlanStatus, Role, Section,
};

fn planner() -> Actor {
    Actor::new(Role::Planner, "Anna Berg")
}

fn advisor() -> Actor {
    Actor::new(Role::Advisor, "Erik Lund")
}

/// A demo plan the planner may edit: a draft.
fn draft_demo(app: &Safeplan) -> PlanDocument {
    let summary = app
        .plans()
        .unwrap()
        .into_iter()
        .find(|p| p.status == PlanStatus::Draft)
        .expect("the demo has a draft");
    app.plan(&summary.id).unwrap()
}

fn demo() -> Safeplan {
    let mut app = Safeplan::open_in_memory().unwrap();
    assert!(app.is_empty().unwrap());
    let loaded = app.load_demo(false).unwrap();
    assert!(!loaded.plans.is_empty());
    assert_eq!(loaded.city, "Sundholms stad");
    app
}

fn new_plan(app: &mut Safeplan, unit_id: Option<String>) -> safeplan_model::PlanDocument {
    app.create_plan(&NewPlan {
        unit_id,
        title: "Åtgärdsplan 2026".into(),
        period: Some(Period {
            from_year: 2026,
            to_year: 2028,
        }),
        language: Language::Sv,
    })
    .unwrap()
}

/// A demo plan without error-level findings.
fn ready_plan(app: &Safeplan) -> safeplan_model::PlanSummary {
    app.plans()
        .unwrap()
        .into_iter()
        .find(|p| p.errors == 0)
        .expect("a ready demo plan")
}

/// Brings the plan back to draft if it is not one; returns its revision.
fn as_draft(app: &mut Safeplan, plan: &safeplan_model::PlanSummary) -> i64 {
    if plan.status == PlanStatus::Draft {
        return plan.revision;
    }
    app.set_status(&plan.id, plan.revision, PlanStatus::Draft, &planner(), None)
        .unwrap()
}

#[test]
fn new_plans_get_unique_slugs_from_their_unit() {
    let mut app = demo();
    let unit = app.units().unwrap().into_iter().next().unwrap();
    let a = new_plan(&mut app, Some(unit.id.clone()));
    let b = new_plan(&mut app, Some(unit.id.clone()));
    assert!(a.plan.slug.ends_with("-2026"), "{}", a.plan.slug);
    assert_eq!(b.plan.slug, format!("{}-2", a.plan.slug));
    assert_eq!(a.plan.status, PlanStatus::Draft);
    assert_eq!(a.plan.template, "district-plan");
    assert_eq!(
        a.unit.as_ref().map(|u| u.id.as_str()),
        Some(unit.id.as_str())
    );

    let no_unit = new_plan(&mut app, None);
    assert_eq!(no_unit.plan.slug, "atgardsplan-2026-2026");

    let missing = app.create_plan(&NewPlan {
        unit_id: Some("no-such-unit".into()),
        title: "x".into(),
        period: None,
        language: Language::En,
    });
    assert_eq!(missing.unwrap_err().code(), "not_found");
}

#[test]
fn submitting_is_refused_until_ready_and_stale_writes_are_refused() {
    let mut app = demo();
    let doc = new_plan(&mut app, None);
    let err = app
        .set_status(
            &doc.plan.id,
            doc.plan.revision,
            PlanStatus::Submitted,
            &planner(),
            None,
        )
        .unwrap_err();
    assert_eq!(err.code(), "not_ready", "{err}");
    // Archiving does not need readiness.
    let rev = app
        .set_status(
            &doc.plan.id,
            doc.plan.revision,
            PlanStatus::Archived,
            &planner(),
            Some("  Ersatt av en ny plan "),
        )
        .unwrap();
    assert!(rev > doc.plan.revision);
    let revisions = app.revisions(&doc.plan.slug).unwrap();
    assert_eq!(revisions.last().unwrap().status, PlanStatus::Archived);
    let last = revisions.last().unwrap();
    assert!(last.created_at.ends_with('Z'));
    assert_eq!(
        (
            last.author_name.as_str(),
            last.author_role,
            last.message.as_str()
        ),
        ("Anna Berg", Some(Role::Planner), "Ersatt av en ny plan")
    );

    let mut plan = app.plan(&doc.plan.id).unwrap().plan;
    plan.decision_body = "Stadsdelsnämnden".into();
    let err = app
        .update_plan(&planner(), doc.plan.revision, &plan)
        .unwrap_err();
    assert_eq!(err.code(), "stale_write", "{err}");
    let err = app
        .set_status(&doc.plan.id, rev, PlanStatus::Approved, &advisor(), None)
        .unwrap_err();
    assert_eq!(err.code(), "invalid_transition", "{err}");
}

#[test]
fn ready_demo_plan_can_be_submitted_through_draft() {
    let mut app = demo();
    let ready = ready_plan(&app);
    assert!(app
        .check(&ready.slug)
        .unwrap()
        .iter()
        .all(|f| f.level != Level::Error));
    let mut rev = as_draft(&mut app, &ready);
    rev = app
        .set_status(&ready.id, rev, PlanStatus::Submitted, &planner(), None)
        .unwrap();
    assert_eq!(app.plan(&ready.id).unwrap().plan.revision, rev);
}

/// Approving, like submitting, needs a plan without error-level findings. A plan in review cannot
/// be edited, so one with errors comes from elsewhere: here, a package another Safeplan exported.
#[test]
fn approving_is_refused_while_errors_remain() {
    let app = demo();
    let ready = ready_plan(&app);
    let bytes = app.export_package(&ready.slug).unwrap();
    let mut package: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
    package["plan"]["status"] = "in_review".into();
    package["plan"]["decision_body"] = "".into();
    let mut other = Safeplan::open_in_memory().unwrap();
    other
        .import_package(&serde_json::to_vec(&package).unwrap(), ImportMode::Refuse)
        .unwrap();
    let doc = other.plan(&ready.slug).unwrap();
    let rev = doc.plan.revision;
    let err = other
        .set_status(&doc.plan.id, rev, PlanStatus::Approved, &advisor(), None)
        .unwrap_err();
    assert_eq!(err.code(), "not_ready", "{err}");
    assert!(err.to_string().contains("cannot be approved"), "{err}");
    assert_eq!(
        other.plan(&doc.plan.id).unwrap().plan.status,
        PlanStatus::InReview
    );
    // Asking for changes is not sending the plan on: it needs no readiness.
    let rev = other
        .set_status(
            &doc.plan.id,
            rev,
            PlanStatus::ChangesRequested,
            &advisor(),
            Some("Beslutsinstans saknas"),
        )
        .unwrap();
    let mut rev = other
        .set_status(&doc.plan.id, rev, PlanStatus::Draft, &planner(), None)
        .unwrap();
    let mut plan = other.plan(&doc.plan.id).unwrap().plan;
    plan.decision_body = "Stadsdelsnämnden".into();
    rev = other.update_plan(&planner(), rev, &plan).unwrap();
    for (to, who) in [
        (PlanStatus::Submitted, planner()),
        (PlanStatus::InReview, advisor()),
        (PlanStatus::Approved, advisor()),
    ] {
        rev = other.set_status(&doc.plan.id, rev, to, &who, None).unwrap();
    }
    assert_eq!(
        other.plan(&doc.plan.id).unwrap().plan.status,
        PlanStatus::Approved
    );
}

#[test]
fn items_and_comments_round_trip() {
    let mut app = demo();
    let doc = draft_demo(&app);
    let id = doc.plan.id.clone();
    let mut measure = doc.measures[0].clone();
    measure.id = String::new();
    measure.title = "Ny åtgärd".into();
    let rev = app
        .save_item(&planner(), &id, doc.plan.revision, &measure.clone().into())
        .unwrap();
    let after = app.plan(&id).unwrap();
    let added = after
        .measures
        .iter()
        .find(|m| m.title == "Ny åtgärd")
        .expect("saved with a fresh id");
    assert!(!added.id.is_empty());
    let added_id = added.id.clone();
    let rev = app
        .move_item(&planner(), &id, rev, ItemKind::Measure, &added_id, 0)
        .unwrap();
    assert_eq!(
        app.plan(&id).unwrap().measures[0].id,
        added_id,
        "moved first"
    );
    let rev = app
        .delete_item(&planner(), &id, rev, ItemKind::Measure, &added_id)
        .unwrap();

    let (rev, comment_id) = app
        .add_comment(
            &advisor(),
            &id,
            rev,
            &NewComment {
                anchor: Some(ItemRef::section(Section::Lagesbild)),
                text: "Saknar källa för trygghetssiffrorna.".into(),
                suggestion: None,
                parent_id: None,
            },
        )
        .unwrap();
    let mut comment = app
        .plan(&id)
        .unwrap()
        .comments
        .into_iter()
        .find(|c| c.id == comment_id)
        .unwrap();
    assert_eq!(
        (comment.author_name.as_str(), comment.author_role.as_str()),
        ("Erik Lund", "advisor")
    );
    // A comment is resolved through the review, not rewritten through the item path.
    comment.resolved = true;
    let refused = app
        .save_item(&advisor(), &id, rev, &comment.clone().into())
        .unwrap_err();
    assert_eq!(refused.code(), "not_allowed", "{refused}");
    app.resolve_thread(&advisor(), &id, rev, &comment.id, true)
        .unwrap();
    assert!(app
        .plan(&id)
        .unwrap()
        .comments
        .iter()
        .any(|c| c.id == comment.id && c.resolved));

    let partner = app
        .partners()
        .unwrap()
        .into_iter()
        .find(|p| !app.partner_usage(&p.id).unwrap().is_empty())
        .unwrap();
    assert_eq!(
        app.delete_partner(&partner.id).unwrap_err().code(),
        "in_use"
    );
}

#[test]
fn export_refuses_personal_identity_numbers_and_names_where() {
    let mut app = demo();
    let doc = draft_demo(&app);
    let mut measure = doc.measures[0].clone();
    measure.description.push_str(" Kontaktperson 121212-1212.");
    app.save_item(
        &planner(),
        &doc.plan.id,
        doc.plan.revision,
        &measure.clone().into(),
    )
    .unwrap();
    let err = app.export_package(&doc.plan.slug).unwrap_err();
    assert!(matches!(err, CoreError::PersonalData { .. }));
    let payload = ErrorPayload::from(&err);
    assert_eq!(payload.code, "personal_data");
    assert!(
        payload.message.contains(&measure.title),
        "{}",
        payload.message
    );
    assert!(
        !payload.message.contains("121212-1212"),
        "{}",
        payload.message
    );
}

#[test]
fn packages_round_trip_between_databases() {
    let app = demo();
    let dir = tempfile::tempdir().unwrap();
    let mut other = Safeplan::open(&dir.path().join("other.db")).unwrap();
    for summary in app.plans().unwrap() {
        let bytes = app.export_package(&summary.slug).unwrap();
        let imported = other.import_package(&bytes, ImportMode::Refuse).unwrap();
        assert_eq!(imported.slug, summary.slug);
        assert_eq!(
            other.plan(&summary.slug).unwrap(),
            app.plan(&summary.slug).unwrap()
        );
        assert_eq!(
            other
                .import_package(&bytes, ImportMode::Refuse)
                .unwrap_err()
                .code(),
            "plan_exists"
        );
    }
    assert_eq!(
        other
            .import_package(b"{}", ImportMode::Refuse)
            .unwrap_err()
            .code(),
        "bad_package"
    );
}

#[test]
fn demo_refuses_to_mix_with_plans_unless_forced() {
    let mut app = demo();
    let count = app.plans().unwrap().len();
    assert_eq!(app.load_demo(false).unwrap_err().code(), "not_empty");
    // An edited demo plan is replaced by the demo's version; the user's own plan stays.
    let first = draft_demo(&app).plan;
    let mut plan = app.plan(&first.id).unwrap().plan;
    plan.decision_body = "Ändrad".into();
    app.update_plan(&planner(), plan.revision, &plan).unwrap();
    new_plan(&mut app, None);
    app.load_demo(true).unwrap();
    assert_eq!(app.plans().unwrap().len(), count + 1);
    assert_ne!(app.plan(&first.id).unwrap().plan.decision_body, "Ändrad");
}
