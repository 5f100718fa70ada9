//! The demo city is what every user sees first, so its promises are tested: unique ids, valid
//! documents, counts within the issue's ranges, the intended readiness picture per plan, and
//! determinism.

use std::collections::{BTreeSet, HashSet};

use safeplan_model::readiness;
use safeplan_model::validate::validate_document;
use safeplan_model::{
    IndicatorKind, IndicatorUnit, Language, Level, PlanDocument, PlanStatus, RuleId, Section,
    UnitKind,
};

use super::{sundholm, DemoPlan};

fn plan<'a>(city: &'a [DemoPlan], slug: &str) -> &'a PlanDocument {
    &city
        .iter()
        .find(|p| p.document.plan.slug == slug)
        .unwrap_or_else(|| panic!("no plan {slug}"))
        .document
}

const THIN_DRAFT: &str = "sjostaden-2027";

/// The readiness picture each plan is meant to give: the rules that fire. Plans past the draft
/// stage have no error; the adopted plan has no finding at all; the drafts show the guidance.
const INTENDED: &[(&str, &[RuleId])] = &[
    ("norrby-2027", &[]),
    // The advisor's open comment is about exactly this warning.
    ("hamnstaden-2027", &[RuleId::R7]),
    ("vasterhojden-2027", &[]),
    ("ekbacka-2027", &[]),
    (
        THIN_DRAFT,
        &[
            RuleId::R1,
            RuleId::R2,
            RuleId::R3,
            RuleId::R4,
            RuleId::R5,
            RuleId::R6,
            RuleId::R7,
            RuleId::R8,
            RuleId::R10,
        ],
    ),
    ("socialforvaltningen-2027", &[RuleId::R5]),
    ("education-2027", &[]),
];

/// Something that could be read as a personal identity number: ten or more digits in a row, or six
/// digits followed by a separator and more digits (the Nordic date-of-birth formats).
fn looks_like_identity_number(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut run = 0;
    for (i, b) in bytes.iter().enumerate() {
        if b.is_ascii_digit() {
            run += 1;
            if run >= 10 {
                return true;
            }
        } else {
            if run == 6
                && matches!(b, b'-' | b'+' | b'A')
                && bytes.get(i + 1).is_some_and(|n| n.is_ascii_digit())
            {
                return true;
            }
            run = 0;
        }
    }
    false
}

#[test]
fn two_calls_give_the_same_city() {
    assert_eq!(sundholm(), sundholm());
}

#[test]
fn the_city_has_five_districts_two_departments_and_a_registry() {
    let city = sundholm();
    assert_eq!(
        city.units
            .iter()
            .filter(|u| u.kind == UnitKind::District)
            .count(),
        5
    );
    assert_eq!(
        city.units
            .iter()
            .filter(|u| u.kind == UnitKind::Department)
            .count(),
        2
    );
    assert!(
        (15..=25).contains(&city.partners.len()),
        "{} partners",
        city.partners.len()
    );
    assert_eq!(city.plans.len(), city.units.len());
    for (unit, plan) in city.units.iter().zip(&city.plans) {
        assert_eq!(
            plan.document.plan.unit_id.as_deref(),
            Some(unit.id.as_str())
        );
        assert_eq!(plan.document.unit.as_ref(), Some(unit));
    }
}

#[test]
fn every_id_is_unique() {
    let city = sundholm();
    let mut seen = HashSet::new();
    let mut ids: Vec<&str> = city.units.iter().map(|u| u.id.as_str()).collect();
    ids.extend(city.partners.iter().map(|p| p.id.as_str()));
    for demo in &city.plans {
        let d = &demo.document;
        ids.push(&d.plan.id);
        ids.extend(d.challenges.iter().map(|c| c.id.as_str()));
        ids.extend(d.indicators.iter().map(|i| i.id.as_str()));
        ids.extend(d.measures.iter().map(|m| m.id.as_str()));
        ids.extend(d.responsibilities.iter().map(|r| r.id.as_str()));
        ids.extend(d.comments.iter().map(|c| c.id.as_str()));
    }
    for id in ids {
        assert!(seen.insert(id), "duplicate id {id}");
    }
    let slugs: HashSet<_> = city.plans.iter().map(|p| &p.document.plan.slug).collect();
    assert_eq!(slugs.len(), city.plans.len());
}

#[test]
fn every_document_and_snapshot_validates() {
    for demo in sundholm().plans {
        let slug = &demo.document.plan.slug;
        if let Err(e) = validate_document(&demo.document) {
            panic!("{slug}: {e}");
        }
        for revision in &demo.revisions {
            if let Err(e) = validate_document(&revision.snapshot) {
                panic!("{slug} revision {}: {e}", revision.number);
            }
        }
    }
}

#[test]
fn counts_are_within_the_issue_ranges() {
    for demo in sundholm().plans {
        let d = &demo.document;
        let slug = d.plan.slug.as_str();
        assert!(
            (8..=12).contains(&d.indicators.len()),
            "{slug}: {} indicators",
            d.indicators.len()
        );
        for i in &d.indicators {
            assert!(
                (6..=10).contains(&i.observations.len()),
                "{slug} {}: {} observations",
                i.id,
                i.observations.len()
            );
        }
        assert!(
            (3..=7).contains(&d.challenges.len()),
            "{slug}: {} challenges",
            d.challenges.len()
        );
        if slug != THIN_DRAFT {
            assert!(
                (20..=40).contains(&d.measures.len()),
                "{slug}: {} measures",
                d.measures.len()
            );
            assert!(
                (3..=5).contains(&d.responsibilities.len()),
                "{slug}: {} routines",
                d.responsibilities.len()
            );
            assert!(!d.plan.terms.is_empty(), "{slug}: no terms");
            assert!(!d.plan.team.is_empty(), "{slug}: no team");
        }
    }
}

#[test]
fn every_plan_shows_recorded_crime_beside_perceived_safety() {
    for demo in sundholm().plans {
        let kinds: HashSet<_> = demo.document.indicators.iter().map(|i| i.kind).collect();
        assert!(
            kinds.contains(&IndicatorKind::RecordedCrime),
            "{}",
            demo.document.plan.slug
        );
        assert!(
            kinds.contains(&IndicatorKind::PerceivedSafety),
            "{}",
            demo.document.plan.slug
        );
    }
}

#[test]
fn references_stay_inside_their_plan() {
    for demo in sundholm().plans {
        let d = &demo.document;
        for m in &d.measures {
            for c in &m.challenge_ids {
                assert!(d.challenge(c).is_some(), "{}: unknown challenge {c}", m.id);
            }
            for f in &m.follow_up {
                assert!(
                    d.indicator(&f.indicator_id).is_some(),
                    "{}: unknown indicator",
                    m.id
                );
            }
            for p in &m.partners {
                assert!(
                    d.partner(&p.partner_id).is_some(),
                    "{}: unknown partner {}",
                    m.id,
                    p.partner_id
                );
            }
        }
        for c in &d.comments {
            if let Some(parent) = &c.parent_id {
                assert!(
                    d.comments.iter().any(|k| &k.id == parent),
                    "{}: unknown parent",
                    c.id
                );
            }
            // A comment's anchor must lead to an item that exists, in the section it names.
            if let Some(id) = &c.anchor.id {
                let found = match c.anchor.section {
                    Section::Challenges => d.challenge(id).is_some(),
                    Section::Statistics => d.indicator(id).is_some(),
                    Section::Measures => d.measure(id).is_some(),
                    Section::Responsibilities => d.responsibilities.iter().any(|r| &r.id == id),
                    _ => false,
                };
                assert!(found, "{}: anchor {:?} leads nowhere", c.id, c.anchor);
            }
        }
    }
}

#[test]
fn small_counts_are_suppressed_except_in_the_thin_draft() {
    let city = sundholm();
    let mut suppressed = 0;
    for demo in &city.plans {
        for i in &demo.document.indicators {
            for o in &i.observations {
                if o.suppressed {
                    suppressed += 1;
                    assert!(
                        o.value.is_none() && !o.note.is_empty(),
                        "{} {}",
                        i.id,
                        o.period
                    );
                }
            }
            if demo.document.plan.slug != THIN_DRAFT && i.unit == IndicatorUnit::Count {
                assert!(
                    i.observations
                        .iter()
                        .all(|o| o.suppressed || o.value.is_some_and(|v| v >= 5.0)),
                    "{}",
                    i.id
                );
            }
        }
    }
    assert!(suppressed >= 3, "only {suppressed} suppressed figures");
}

#[test]
fn readiness_gives_the_intended_picture() {
    let city = sundholm();
    assert_eq!(INTENDED.len(), city.plans.len());
    for (slug, intended) in INTENDED {
        let doc = plan(&city.plans, slug);
        let findings = readiness::check(doc);
        let fired: BTreeSet<RuleId> = findings.iter().map(|f| f.rule).collect();
        let intended: BTreeSet<RuleId> = intended.iter().copied().collect();
        assert_eq!(fired, intended, "{slug}: {findings:#?}");
        if doc.plan.status != PlanStatus::Draft {
            let errors: Vec<_> = findings
                .iter()
                .filter(|f| f.level == Level::Error)
                .collect();
            assert!(
                errors.is_empty(),
                "{slug} is past the draft stage but has {errors:#?}"
            );
        }
    }
    let approved = plan(&city.plans, "norrby-2027");
    assert_eq!(approved.plan.status, PlanStatus::Approved);
    assert!(approved.plan.adoption_date.is_some());
}

#[test]
fn no_plan_or_snapshot_has_an_identity_number_finding() {
    for demo in sundholm().plans {
        let documents =
            std::iter::once(&demo.document).chain(demo.revisions.iter().map(|r| &*r.snapshot));
        for doc in documents {
            let r9 = readiness::check(doc)
                .into_iter()
                .find(|f| f.rule == RuleId::R9);
            assert!(r9.is_none(), "{}: {r9:?}", doc.plan.slug);
        }
    }
}

#[test]
fn no_text_holds_anything_like_an_identity_number() {
    for demo in sundholm().plans {
        let text = format!("{:?}", demo.document);
        assert!(
            !looks_like_identity_number(&text),
            "{}",
            demo.document.plan.slug
        );
    }
}

#[test]
fn revisions_follow_the_status_workflow() {
    for demo in sundholm().plans {
        let d = &demo.document;
        let mut status = PlanStatus::Draft;
        let mut last_at = String::new();
        let mut last_counter = 0;
        for (i, r) in demo.revisions.iter().enumerate() {
            assert_eq!(r.number, i as i64 + 1);
            assert!(
                status.can_move_to(r.status),
                "{}: {status:?} -> {:?}",
                d.plan.slug,
                r.status
            );
            assert!(r.created_at > last_at && r.snapshot.plan.revision > last_counter);
            assert_eq!(r.snapshot.plan.status, r.status);
            status = r.status;
            last_at = r.created_at.clone();
            last_counter = r.snapshot.plan.revision;
        }
        assert_eq!(status, d.plan.status, "{}", d.plan.slug);
        assert!(last_counter <= d.plan.revision);
    }
}

#[test]
fn one_department_plan_is_in_english() {
    let city = sundholm();
    let english: Vec<_> = city
        .plans
        .iter()
        .filter(|p| p.document.plan.language == Language::En)
        .collect();
    assert_eq!(english.len(), 1);
    let unit = english[0].document.unit.as_ref().map(|u| u.kind);
    assert_eq!(unit, Some(UnitKind::Department));
}

#[test]
fn the_identity_number_probe_works() {
    assert!(looks_like_identity_number("född 811218-9876"));
    assert!(looks_like_identity_number("197901011234"));
    assert!(!looks_like_identity_number(
        "2026-10-21 och 14 800 brott, 2500000 kr"
    ));
}
