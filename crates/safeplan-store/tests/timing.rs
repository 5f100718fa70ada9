//! The write and read budgets: saving one edited measure under 1 ms (median), loading a plan of
//! 40 measures and 12 indicators with 10 observations each under 2 ms. Timings only mean
//! something in an optimised build, so this is opt-in:
//! `cargo test -p safeplan-store --release --test timing -- --ignored --nocapture`.

mod common;

use std::time::{Duration, Instant};

use common::*;
use safeplan_model::*;
use safeplan_store::ImportMode;

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

fn big_document() -> PlanDocument {
    let mut doc = document();
    doc.challenges = (0..20)
        .map(|n| challenge(&format!("c{n}"), &format!("Utmaning {n}")))
        .collect();
    doc.indicators = (0..12).map(|n| indicator(&format!("i{n}"), 10)).collect();
    doc.measures = (0..40)
        .map(|n| {
            let c = format!("c{}", n % 20);
            let i = format!("i{}", n % 12);
            measure(
                &format!("m{n}"),
                &[c.as_str()],
                &[i.as_str()],
                &["police", "school"],
            )
        })
        .collect();
    doc.comments = vec![comment("k1", None)];
    doc.comments[0].anchor = ItemRef::item(Section::Measures, "m0");
    doc
}

#[test]
#[ignore = "timing: run in release with --ignored"]
fn saving_a_measure_and_loading_a_plan_are_fast() {
    let mut db = empty_db();
    db.store
        .import_document(&big_document(), &[], ImportMode::Refuse)
        .unwrap();
    let plan_id = "plan-norrby";

    let mut rev = 0;
    let mut m = db.store.load_document(plan_id).unwrap().measures[17].clone();
    let mut saves = Vec::new();
    for n in 0..500 {
        m.title = format!("Sluta skjut, version {n}");
        let start = Instant::now();
        rev = db.store.save_measure(plan_id, rev, &m).unwrap();
        saves.push(start.elapsed());
    }
    let mut loads = Vec::new();
    for _ in 0..500 {
        let start = Instant::now();
        let doc = db.store.load_document(plan_id).unwrap();
        loads.push(start.elapsed());
        assert_eq!(doc.measures.len(), 40);
    }
    let (save, load) = (median(saves), median(loads));
    println!("save one measure: median {save:?}; load 40-measure plan: median {load:?}");
    if !cfg!(debug_assertions) {
        assert!(
            save < Duration::from_millis(1),
            "saving a measure took {save:?}"
        );
        assert!(
            load < Duration::from_millis(2),
            "loading the plan took {load:?}"
        );
    }
}
