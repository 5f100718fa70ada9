//! The district's newer package back at the advisor's, by a replacing import: comments the advisor
//! wrote do not make the plan here "newer"; text edits the package has not seen still do.

use safeplan_core::ErrorCode;
use safeplan_model::PlanStatus;

use crate::{advisor, planner, say, submitted, ImportMode, Pair};

#[test]
fn an_advisor_whose_comments_ran_the_counter_ahead_takes_the_newer_package() {
    let mut pair = submitted();
    let id = pair.plan_id.clone();
    let a = &mut pair.advisor;
    let questions = [
        "Vem leder?",
        "Hur mäts det?",
        "När följs det upp?",
        "Med vilka?",
    ];
    for q in questions {
        let rev = Pair::rev(a, &id);
        a.add_comment(&advisor(), &id, rev, &say("lagesbild", q))
            .unwrap();
    }

    // The district withdraws, edits once and resubmits: three writes against the advisor's four.
    let d = &mut pair.district;
    let rev = Pair::rev(d, &id);
    let rev = d
        .set_status(&id, rev, PlanStatus::Draft, &planner(), None)
        .unwrap();
    let mut plan = Pair::doc(d, &id).plan;
    plan.lagesbild.extent = "Utbredningen enligt 2026 års mätning.".into();
    let rev = d.update_plan(&planner(), rev, &plan).unwrap();
    d.set_status(&id, rev, PlanStatus::Submitted, &planner(), None)
        .unwrap();
    let package = d.export_package(&id).unwrap();
    assert!(Pair::rev(&pair.advisor, &id) > Pair::rev(&pair.district, &id));

    let a = &mut pair.advisor;
    a.import_package(&package, ImportMode::Replace).unwrap();
    let now = Pair::doc(a, &id);
    assert_eq!(
        now.plan.lagesbild.extent,
        "Utbredningen enligt 2026 års mätning."
    );
    for q in questions {
        assert!(now.comments.iter().any(|c| c.text == q), "{q} was kept");
    }
}

#[test]
fn a_planner_with_newer_text_here_is_refused_naming_both_revisions() {
    let mut pair = submitted();
    let id = pair.plan_id.clone();
    let d = &mut pair.district;
    let rev = Pair::rev(d, &id);
    let rev = d
        .set_status(&id, rev, PlanStatus::Draft, &planner(), None)
        .unwrap();
    let package = d.export_package(&id).unwrap();
    let mut plan = Pair::doc(d, &id).plan;
    plan.lagesbild.extent = "Skrivet efter exporten.".into();
    let edited = d.update_plan(&planner(), rev, &plan).unwrap();

    let err = d.import_package(&package, ImportMode::Replace).unwrap_err();
    assert_eq!(err.code(), ErrorCode::StaleWrite);
    let said = err.to_string();
    assert!(
        said.contains(&format!("has edits (revision {edited})"))
            && said.contains(&format!("this package (revision {rev})")),
        "{said}"
    );
    assert_eq!(
        Pair::doc(d, &id).plan.lagesbild.extent,
        "Skrivet efter exporten."
    );
}
