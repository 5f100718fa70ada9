//! Every finite number the model accepts (a magnitude up to 10^12) comes back from a package exactly as it went in: import
//! → SQLite → export → import again, bit for bit, in observations, follow-up baselines and
//! targets, and the revision snapshots that hold them as JSON.

mod common;

use common::*;
use proptest::prelude::*;
use safeplan_model::limits::VALUE_MAGNITUDE_MAX;
use safeplan_model::{PlanDocument, PlanStatus, Revision};
use safeplan_store::{ImportMode, Store};

/// `document()` with `values` as the first indicator's observations (and the first and last as
/// a follow-up baseline and target), with a revision snapshot of itself.
fn document_with(values: &[f64]) -> (PlanDocument, Vec<Revision>) {
    let mut doc = document();
    doc.indicators[0] = indicator("i1", values.len());
    for (o, v) in doc.indicators[0].observations.iter_mut().zip(values) {
        o.value = Some(*v);
    }
    let target = &mut doc.measures[0].follow_up[0];
    target.baseline = values.first().copied();
    target.target = values.last().copied();
    let revision = Revision {
        number: 1,
        status: PlanStatus::Submitted,
        created_at: "2025-03-02T09:00:00Z".into(),
        author_name: String::new(),
        author_role: None,
        message: String::new(),
        snapshot: Box::new(doc.clone()),
    };
    (doc, vec![revision])
}

/// The values' bits, with -0 read as 0: SQLite keeps a REAL without a fraction as an integer,
/// which has no sign of zero. The two are the same number (`-0.0 == 0.0`) and print alike in a
/// plan; every other value must keep every bit.
fn bits(doc: &PlanDocument) -> Vec<u64> {
    let exact = |v: Option<f64>| (v.unwrap() + 0.0).to_bits();
    let mut out: Vec<u64> = doc.indicators[0]
        .observations
        .iter()
        .map(|o| exact(o.value))
        .collect();
    let t = &doc.measures[0].follow_up[0];
    out.push(exact(t.baseline));
    out.push(exact(t.target));
    out
}

/// Stores the values, exports, imports the package into a new database and exports again.
fn round_trip(values: &[f64]) {
    let (doc, revisions) = document_with(values);
    let mut first = Store::open_in_memory().unwrap();
    first
        .import_document(&doc, &revisions, ImportMode::Refuse)
        .unwrap();
    let exported = first.export_package("plan-norrby").unwrap();
    let mut second = Store::open_in_memory().unwrap();
    second
        .import_package(&exported, ImportMode::Refuse)
        .unwrap();
    let again = second.export_package("plan-norrby").unwrap();
    assert_eq!(
        String::from_utf8_lossy(&again),
        String::from_utf8_lossy(&exported)
    );
    let stored = second.load_document("plan-norrby").unwrap();
    assert_eq!(bits(&stored), bits(&doc), "values {values:?}");
    let history = second.revisions("plan-norrby").unwrap();
    assert_eq!(
        bits(&history[0].snapshot),
        bits(&doc),
        "snapshot of {values:?}"
    );
}

#[test]
fn the_fuzzers_number_survives() {
    round_trip(&[
        123456789.12345679,
        0.1,
        1e-300,
        5e-324,
        VALUE_MAGNITUDE_MAX,
        -VALUE_MAGNITUDE_MAX,
        f64::MIN_POSITIVE,
        -2.5,
    ]);
}

#[test]
fn whole_numbers_stored_as_integers_come_back_as_they_were() {
    // SQLite writes a REAL without a fraction as an integer on disk.
    round_trip(&[0.0, 1.0, -7.0, 4294967297.0, 999999999999.0, -1e12, 1e12]);
}

/// Decimals as people and statistics offices write them: up to 17 significant digits, within the
/// model's bound on a statistic (the model refuses larger ones before anything is stored).
fn decimal() -> impl Strategy<Value = f64> {
    (0u64..100_000_000_000_000_000, 0u32..20, any::<bool>()).prop_map(|(m, e, neg)| {
        let v: f64 = format!("{m}e-{e}").parse().unwrap();
        let v = v % VALUE_MAGNITUDE_MAX;
        if neg {
            -v
        } else {
            v
        }
    })
}

fn finite() -> impl Strategy<Value = f64> {
    prop_oneof![
        decimal(),
        // Any double's bits, brought within the bound by an exact remainder.
        any::<f64>()
            .prop_filter("finite", |v| v.is_finite())
            .prop_map(|v| v % VALUE_MAGNITUDE_MAX),
        (-1_000_000i64..1_000_000).prop_map(|n| n as f64),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn every_finite_value_comes_back_exactly(values in prop::collection::vec(finite(), 1..40)) {
        round_trip(&values);
    }
}
