//! The generated city keeps the promises the city view's tests and benchmarks rely on.

use std::collections::{BTreeSet, HashSet};

use safeplan_model::readiness;
use safeplan_model::validate::validate_document;
use safeplan_model::{ChallengeCategory, Level, PreventionLevel, UnitKind};

use super::{storholm, unit_plans};
use crate::GENERATED_UNITS_MAX;

#[test]
fn eighteen_units_are_thirteen_districts_and_five_departments() {
    let city = storholm(18);
    let districts = city
        .units
        .iter()
        .filter(|u| u.kind == UnitKind::District)
        .count();
    assert_eq!((districts, city.units.len() - districts), (13, 5));
    assert_eq!(city.plans.len(), 18);
    let ids: HashSet<&str> = city.units.iter().map(|u| u.id.as_str()).collect();
    assert_eq!(ids.len(), 18, "unit ids are unique");
    let slugs: HashSet<&str> = city
        .plans
        .iter()
        .map(|p| p.document.plan.slug.as_str())
        .collect();
    assert_eq!(slugs.len(), 18, "slugs are unique");
}

#[test]
fn every_plan_validates_and_has_the_promised_sizes() {
    for p in storholm(18).plans {
        let doc = &p.document;
        let slug = &doc.plan.slug;
        if let Err(e) = validate_document(doc) {
            panic!("{slug}: {e}");
        }
        assert!((20..=40).contains(&doc.measures.len()), "{slug}");
        for level in PreventionLevel::ALL {
            assert!(
                doc.measures.iter().any(|m| m.level == Some(*level)),
                "{slug} lacks {level}"
            );
        }
        assert!((8..=12).contains(&doc.indicators.len()), "{slug}");
        for i in &doc.indicators {
            assert!(
                (6..=10).contains(&i.observations.len()),
                "{slug} {}: {} years",
                i.id,
                i.observations.len()
            );
        }
        assert!(doc.challenges.iter().any(|c| c.priority == 1), "{slug}");
        for r in &p.revisions {
            assert_eq!(r.snapshot.plan.id, doc.plan.id);
        }
    }
}

#[test]
fn every_category_occurs_somewhere_in_the_city() {
    let city = storholm(18);
    let seen: BTreeSet<ChallengeCategory> = city
        .plans
        .iter()
        .flat_map(|p| p.document.challenges.iter().map(|c| c.category))
        .collect();
    assert_eq!(seen.len(), ChallengeCategory::ALL.len());
}

#[test]
fn most_plans_are_ready_some_warn_and_a_few_have_errors() {
    let city = storholm(18);
    let mut ready = 0;
    let mut warned = 0;
    let mut failing = 0;
    for p in &city.plans {
        let findings = readiness::check(&p.document);
        let errors = findings.iter().filter(|f| f.level == Level::Error).count();
        if errors == 0 {
            ready += 1;
        } else {
            failing += 1;
            assert_eq!(
                p.document.plan.status,
                safeplan_model::PlanStatus::Draft,
                "only drafts have errors: {}",
                p.document.plan.slug
            );
        }
        if findings.iter().any(|f| f.level == Level::Warning) {
            warned += 1;
        }
    }
    assert!(ready >= 12, "{ready} ready");
    assert!((1..=3).contains(&failing), "{failing} with errors");
    assert!(warned >= 3, "{warned} with warnings");
}

#[test]
fn partners_and_methods_recur_under_different_names() {
    let city = storholm(18);
    let police: BTreeSet<&str> = city
        .partners
        .iter()
        .filter(|p| p.id.ends_with("-p-polisen"))
        .map(|p| p.name.as_str())
        .collect();
    assert!(police.contains("Polisen"), "{police:?}");
    assert!(police
        .iter()
        .any(|n| n.starts_with("Polisen lokalpolisområde ")));
    let sluta_skjut: Vec<&str> = city
        .plans
        .iter()
        .flat_map(|p| p.document.measures.iter())
        .filter(|m| m.title.contains("Sluta skjut"))
        .map(|m| m.title.as_str())
        .collect();
    assert!(sluta_skjut.len() >= 3, "{sluta_skjut:?}");
    let titles: BTreeSet<&str> = sluta_skjut.into_iter().collect();
    assert!(titles.len() >= 2, "{titles:?}");
}

#[test]
fn the_same_size_gives_the_same_city() {
    assert_eq!(storholm(18), storholm(18));
}

#[test]
fn a_hundred_units_validate_and_the_largest_city_has_ids_that_fit() {
    let city = storholm(100);
    assert_eq!(city.plans.len(), 100);
    for p in &city.plans {
        if let Err(e) = validate_document(&p.document) {
            panic!("{}: {e}", p.document.plan.slug);
        }
    }
    // The longest id a unit's key goes into: its registry entry for the longest partner key.
    let longest = "-p-utbildningsforvaltningen".len();
    for u in unit_plans(GENERATED_UNITS_MAX) {
        assert!(u.id().len() + longest <= 64, "{}", u.id());
    }
}
