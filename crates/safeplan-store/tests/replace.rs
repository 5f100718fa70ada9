//! Replacing a plan by a newer package of it, by a replacing import or by gathering: refused only
//! when it would lose edits to the plan made here that the package has not seen. The edit counter
//! alone cannot say so, because a reviewer's comments bump it too.

mod common;

use common::*;
use safeplan_model::{PlanItem, PlanStatus};
use safeplan_store::{Gathered, ImportMode, StoreError};

/// The district's database (the seeded plan, submitted) and the advisor's, which imported its
/// package and wrote `comments` threads on it.
fn reviewed_with(comments: usize) -> (TestDb, TestDb) {
    let district = seeded_db();
    let package = district.store.export_package("plan-norrby").unwrap();
    let mut advisor = empty_db();
    advisor
        .store
        .import_package(&package, ImportMode::Refuse)
        .unwrap();
    for n in 0..comments {
        let rev = advisor
            .store
            .load_document("plan-norrby")
            .unwrap()
            .plan
            .revision;
        let mut c = comment(&format!("advisor-{n}"), None);
        c.text = format!("Fråga {n} från rådgivaren");
        advisor
            .store
            .save_item("plan-norrby", rev, &PlanItem::Comment(c))
            .unwrap();
    }
    (district, advisor)
}

/// The district withdraws its plan and retitles it: a newer package, one counter step past the
/// advisor's import for each write.
fn newer_package(district: &mut TestDb) -> Vec<u8> {
    let store = &mut district.store;
    let rev = store.load_document("plan-norrby").unwrap().plan.revision;
    let rev = store
        .set_status(
            "plan-norrby",
            rev,
            PlanStatus::Draft,
            &signed("2025-03-05T09:00:00Z"),
        )
        .unwrap();
    let mut plan = store.load_document("plan-norrby").unwrap().plan;
    plan.title = "Trygg i Norrby, andra versionen".into();
    store.update_plan(rev, &plan).unwrap();
    store.export_package("plan-norrby").unwrap()
}

#[test]
fn an_advisor_who_commented_takes_the_districts_newer_package() {
    for gathered in [false, true] {
        let (mut district, mut advisor) = reviewed_with(4);
        let package = newer_package(&mut district);
        let here = advisor.store.load_document("plan-norrby").unwrap();
        let theirs = district.store.load_document("plan-norrby").unwrap();
        assert!(
            here.plan.revision > theirs.plan.revision,
            "the advisor's counter ({}) is ahead of the package's ({}) by comments alone",
            here.plan.revision,
            theirs.plan.revision
        );
        if gathered {
            let outcome = advisor.store.gather_package(&package).unwrap();
            assert!(
                matches!(
                    outcome,
                    Gathered::Updated {
                        kept_comments: 4,
                        ..
                    }
                ),
                "{outcome:?}"
            );
        } else {
            advisor
                .store
                .import_package(&package, ImportMode::Replace)
                .unwrap();
        }
        let now = advisor.store.load_document("plan-norrby").unwrap();
        assert_eq!(now.plan.title, "Trygg i Norrby, andra versionen");
        assert_eq!(now.plan.status, PlanStatus::Draft);
        let mine: Vec<&str> = now
            .comments
            .iter()
            .filter(|c| c.id.starts_with("advisor-"))
            .map(|c| c.text.as_str())
            .collect();
        assert_eq!(mine.len(), 4, "the advisor's comments are kept");
        assert!(
            now.plan.revision > here.plan.revision,
            "an open window is outdated"
        );
    }
}

#[test]
fn a_planner_whose_text_edits_are_newer_is_refused_naming_both_revisions() {
    let mut db = seeded_db();
    let package = db.store.export_package("plan-norrby").unwrap();
    let mut plan = db.store.load_document("plan-norrby").unwrap().plan;
    let exported = plan.revision;
    plan.lagesbild.extent = "Skrivet efter exporten.".into();
    let edited = db.store.update_plan(exported, &plan).unwrap();
    let before = dump(&db.path());
    let err = db
        .store
        .import_package(&package, ImportMode::Replace)
        .unwrap_err();
    assert!(matches!(err, StoreError::UnseenEdits { .. }), "{err}");
    let said = err.to_string();
    assert!(
        said.contains(&format!("revision {edited}"))
            && said.contains(&format!("revision {exported}")),
        "{said}"
    );
    assert_eq!(dump(&db.path()), before);

    // Gathering a plan never gathered follows the same rule.
    let err = db.store.gather_package(&package).unwrap_err();
    assert!(matches!(err, StoreError::OlderPackage { .. }), "{err}");
    assert_eq!(dump(&db.path()), before);
}
