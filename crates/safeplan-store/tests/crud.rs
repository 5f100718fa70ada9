//! Create, read, update and delete of every entity, the revision counter and its stale-write
//! refusal, status changes with their snapshots, and the refusals that protect references.

mod common;

use common::*;
use safeplan_model::*;
use safeplan_store::{Store, StoreError};

fn store_with_plan() -> Store {
    let mut s = Store::open_in_memory().unwrap();
    s.save_unit(&unit()).unwrap();
    for p in partners() {
        s.save_partner(&p).unwrap();
    }
    s.create_plan(&plan("p1", "norrby-2025")).unwrap();
    s
}

#[test]
fn fresh_database_is_empty_and_current() {
    let s = Store::open_in_memory().unwrap();
    assert!(s.is_empty().unwrap());
    assert_eq!(s.schema_version().unwrap(), safeplan_store::SCHEMA_VERSION);
}

#[test]
fn units_crud() {
    let mut s = Store::open_in_memory().unwrap();
    s.save_unit(&unit()).unwrap();
    assert_eq!(s.units().unwrap(), vec![unit()]);
    let mut u = unit();
    u.name = "Norrby SDF".into();
    s.save_unit(&u).unwrap();
    assert_eq!(s.units().unwrap(), vec![u]);
    assert!(!s.is_empty().unwrap());
    s.delete_unit("norrby").unwrap();
    assert!(s.units().unwrap().is_empty());
    assert!(matches!(
        s.delete_unit("norrby"),
        Err(StoreError::NotFound { .. })
    ));
}

#[test]
fn unit_in_use_cannot_be_deleted() {
    let mut s = store_with_plan();
    let err = s.delete_unit("norrby").unwrap_err();
    assert!(matches!(err, StoreError::InUse { .. }), "{err}");
    assert!(err.to_string().contains("Trygg i Norrby"), "{err}");
}

#[test]
fn partners_crud_and_usage() {
    let mut s = store_with_plan();
    assert_eq!(s.partners().unwrap().len(), 2);
    let mut p = partner("police", "Polisen Norrby", PartnerType::Police);
    p.notes = "Samverkansöverenskommelse".into();
    s.save_partner(&p).unwrap();
    assert!(s.partners().unwrap().contains(&p));

    s.save_item("p1", 0, &challenge("c1", "Gäng").into())
        .unwrap();
    s.save_item("p1", 1, &measure("m1", &["c1"], &[], &["police"]).into())
        .unwrap();
    let uses = s.partner_usage("police").unwrap();
    assert_eq!(uses.len(), 1);
    assert_eq!(uses[0].measure_id, "m1");
    assert_eq!(uses[0].role, PartnerRole::Partner);

    let err = s.delete_partner("police").unwrap_err();
    assert!(matches!(err, StoreError::InUse { .. }), "{err}");
    s.delete_partner("school").unwrap();
    assert_eq!(s.partners().unwrap().len(), 1);
}

#[test]
fn plan_crud_and_resolve() {
    let mut s = store_with_plan();
    assert_eq!(s.plans().unwrap().len(), 1);
    assert_eq!(s.resolve_plan("norrby-2025").unwrap(), "p1");
    assert_eq!(s.resolve_plan("p1").unwrap(), "p1");
    let err = s.resolve_plan("nowhere").unwrap_err();
    assert!(err.to_string().contains("nowhere"));

    let mut p = s.load_document("p1").unwrap().plan;
    p.title = "Tryggare Norrby".into();
    p.status = PlanStatus::Approved; // update_plan must not change the status
    p.team.push(TeamMember {
        name: "Bo".into(),
        role: "Polis".into(),
    });
    let rev = s.update_plan(0, &p).unwrap();
    assert_eq!(rev, 1);
    let back = s.load_document("p1").unwrap().plan;
    assert_eq!(back.title, "Tryggare Norrby");
    assert_eq!(back.status, PlanStatus::Draft);
    assert_eq!(back.revision, 1);
    assert_eq!(back.team.len(), 2);

    s.delete_plan("p1").unwrap();
    assert!(s.plans().unwrap().is_empty());
    assert!(matches!(
        s.load_document("p1"),
        Err(StoreError::NotFound { .. })
    ));
}

#[test]
fn duplicate_slug_names_the_field() {
    let mut s = store_with_plan();
    let err = s.create_plan(&plan("p2", "norrby-2025")).unwrap_err();
    match err {
        StoreError::Validation(e) => assert!(e.has_path("slug"), "{e}"),
        other => panic!("expected a validation error, got {other}"),
    }
}

#[test]
fn items_crud_keeps_order() {
    let mut s = store_with_plan();
    let mut rev = 0;
    rev = s
        .save_item("p1", rev, &challenge("c1", "Gäng").into())
        .unwrap();
    rev = s
        .save_item("p1", rev, &challenge("c2", "Otrygghet").into())
        .unwrap();
    let mut c1 = challenge("c1", "Gängrekrytering");
    c1.priority = 2;
    rev = s.save_item("p1", rev, &c1.clone().into()).unwrap();
    rev = s.save_item("p1", rev, &indicator("i1", 4).into()).unwrap();
    rev = s.save_item("p1", rev, &indicator("i1", 2).into()).unwrap();
    rev = s
        .save_item(
            "p1",
            rev,
            &measure("m1", &["c1", "c2"], &["i1"], &["police"]).into(),
        )
        .unwrap();
    rev = s
        .save_item("p1", rev, &measure("m2", &["c2"], &[], &[]).into())
        .unwrap();
    rev = s
        .save_item(
            "p1",
            rev,
            &measure("m1", &["c2"], &["i1"], &["school", "police"]).into(),
        )
        .unwrap();
    rev = s
        .save_item("p1", rev, &responsibility("r1").into())
        .unwrap();
    rev = s.save_item("p1", rev, &comment("k1", None).into()).unwrap();
    rev = s
        .save_item("p1", rev, &comment("k2", Some("k1")).into())
        .unwrap();
    assert_eq!(rev, 11);

    let doc = s.load_document("p1").unwrap();
    assert_eq!(doc.plan.revision, 11);
    assert_eq!(doc.challenges, vec![c1, challenge("c2", "Otrygghet")]);
    assert_eq!(doc.indicators, vec![indicator("i1", 2)]);
    assert_eq!(
        doc.measures,
        vec![
            measure("m1", &["c2"], &["i1"], &["school", "police"]),
            measure("m2", &["c2"], &[], &[])
        ]
    );
    assert_eq!(
        doc.partners
            .iter()
            .map(|p| p.id.as_str())
            .collect::<Vec<_>>(),
        ["school", "police"]
    );
    assert_eq!(doc.responsibilities, vec![responsibility("r1")]);
    assert_eq!(
        doc.comments,
        vec![comment("k1", None), comment("k2", Some("k1"))]
    );

    rev = s.move_item("p1", rev, ItemKind::Measure, "m2", 0).unwrap();
    let ids: Vec<String> = s
        .load_document("p1")
        .unwrap()
        .measures
        .into_iter()
        .map(|m| m.id)
        .collect();
    assert_eq!(ids, ["m2", "m1"]);

    // A challenge or indicator a measure names is protected.
    let err = s
        .delete_item("p1", rev, ItemKind::Challenge, "c2")
        .unwrap_err();
    assert!(matches!(err, StoreError::InUse { .. }), "{err}");
    let err = s
        .delete_item("p1", rev, ItemKind::Indicator, "i1")
        .unwrap_err();
    assert!(matches!(err, StoreError::InUse { .. }), "{err}");

    rev = s.delete_item("p1", rev, ItemKind::Measure, "m1").unwrap();
    rev = s.delete_item("p1", rev, ItemKind::Measure, "m2").unwrap();
    rev = s.delete_item("p1", rev, ItemKind::Challenge, "c2").unwrap();
    rev = s.delete_item("p1", rev, ItemKind::Indicator, "i1").unwrap();
    rev = s
        .delete_item("p1", rev, ItemKind::Responsibility, "r1")
        .unwrap();
    rev = s.delete_item("p1", rev, ItemKind::Comment, "k1").unwrap(); // takes its reply with it
    let doc = s.load_document("p1").unwrap();
    assert_eq!(doc.plan.revision, rev);
    assert_eq!(doc.challenges.len(), 1);
    assert!(doc.indicators.is_empty() && doc.measures.is_empty() && doc.partners.is_empty());
    assert!(doc.responsibilities.is_empty() && doc.comments.is_empty());
    assert!(matches!(
        s.delete_item("p1", rev, ItemKind::Measure, "m1"),
        Err(StoreError::NotFound { .. })
    ));
}

#[test]
fn stale_write_is_refused_and_changes_nothing() {
    let mut s = store_with_plan();
    // Two windows read revision 0; the first saves.
    let rev = s
        .save_item("p1", 0, &challenge("c1", "Gäng").into())
        .unwrap();
    assert_eq!(rev, 1);
    let err = s
        .save_item("p1", 0, &challenge("c1", "Otrygghet").into())
        .unwrap_err();
    match &err {
        StoreError::Stale {
            expected, actual, ..
        } => assert_eq!((*expected, *actual), (0, 1)),
        other => panic!("expected Stale, got {other}"),
    }
    assert_eq!(
        err.to_string(),
        "the plan was changed elsewhere (revision 1, you had 0); reload it"
    );
    let doc = s.load_document("p1").unwrap();
    assert_eq!(doc.challenges[0].title, "Gäng");
    assert_eq!(doc.plan.revision, 1);
    assert!(matches!(
        s.update_plan(0, &doc.plan),
        Err(StoreError::Stale { .. })
    ));
    assert!(matches!(
        s.set_status(
            "p1",
            0,
            PlanStatus::Submitted,
            &signed("2025-01-01T00:00:00Z")
        ),
        Err(StoreError::Stale { .. })
    ));
}

#[test]
fn stale_write_from_a_second_connection_is_refused() {
    let db = seeded_db();
    let mut other = Store::open(&db.path()).unwrap();
    let rev = db.store.load_document("plan-norrby").unwrap().plan.revision;
    other
        .save_item("plan-norrby", rev, &challenge("c9", "Ny").into())
        .unwrap();
    let mut first = db.store;
    let err = first
        .save_item("plan-norrby", rev, &challenge("c8", "Också ny").into())
        .unwrap_err();
    assert!(matches!(err, StoreError::Stale { .. }), "{err}");
}

#[test]
fn references_are_checked_and_name_the_field() {
    let mut s = store_with_plan();
    let err = s
        .save_item("p1", 0, &measure("m1", &["nope"], &[], &[]).into())
        .unwrap_err();
    match &err {
        StoreError::Validation(e) => assert!(e.has_path("challenge_ids[0]"), "{e}"),
        other => panic!("{other}"),
    }
    s.save_item("p1", 0, &challenge("c1", "Gäng").into())
        .unwrap();
    let err = s
        .save_item("p1", 1, &measure("m1", &["c1"], &["i-missing"], &[]).into())
        .unwrap_err();
    assert!(
        err.to_string().contains("follow_up[0].indicator_id"),
        "{err}"
    );
    let err = s
        .save_item("p1", 1, &measure("m1", &["c1"], &[], &["nobody"]).into())
        .unwrap_err();
    assert!(err.to_string().contains("partners[0].partner_id"), "{err}");
    let err = s
        .save_item("p1", 1, &comment("k2", Some("k-missing")).into())
        .unwrap_err();
    assert!(err.to_string().contains("parent_id"), "{err}");
    // None of the refused writes moved the counter.
    assert_eq!(s.load_document("p1").unwrap().plan.revision, 1);
}

#[test]
fn another_plans_challenge_cannot_be_named() {
    let mut s = store_with_plan();
    s.create_plan(&plan("p2", "other-plan")).unwrap();
    s.save_item("p2", 0, &challenge("c-other", "Annan plan").into())
        .unwrap();
    let err = s
        .save_item("p1", 0, &measure("m1", &["c-other"], &[], &[]).into())
        .unwrap_err();
    assert!(matches!(err, StoreError::Validation(_)), "{err}");
}

#[test]
fn status_change_writes_a_numbered_snapshot() {
    let mut s = store_with_plan();
    let rev = s
        .save_item("p1", 0, &challenge("c1", "Gäng").into())
        .unwrap();
    let rev = s
        .set_status(
            "p1",
            rev,
            PlanStatus::Submitted,
            &signed("2025-03-01T10:00:00Z"),
        )
        .unwrap();
    let err = s
        .set_status(
            "p1",
            rev,
            PlanStatus::Approved,
            &signed("2025-03-02T10:00:00Z"),
        )
        .unwrap_err();
    assert!(matches!(err, StoreError::InvalidTransition { .. }), "{err}");
    let rev = s
        .set_status(
            "p1",
            rev,
            PlanStatus::InReview,
            &signed("2025-03-02T10:00:00Z"),
        )
        .unwrap();
    let revisions = s.revisions("p1").unwrap();
    assert_eq!(
        revisions.iter().map(|r| r.number).collect::<Vec<_>>(),
        [1, 2]
    );
    assert_eq!(revisions[0].status, PlanStatus::Submitted);
    assert_eq!(revisions[1].snapshot.plan.status, PlanStatus::InReview);
    assert_eq!(revisions[1].snapshot.plan.revision, rev);
    assert_eq!(revisions[1].created_at, "2025-03-02T10:00:00Z");
    assert_eq!(revisions[1].author_role, Some(Role::Planner));
    assert_eq!(revisions[0].snapshot.challenges.len(), 1);
    assert_eq!(*revisions[1].snapshot, s.load_document("p1").unwrap());
}
