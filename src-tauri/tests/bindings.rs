//! The TypeScript types the UI shares with Rust, rendered from the Rust types with ts-rs into
//! ui/src/lib/generated/ (committed). This test fails when the committed files differ from what the
//! Rust types say now; `UPDATE_BINDINGS=1 cargo test -p safeplan-app --test bindings` rewrites them.
//! The enums' Swedish and English labels and their order come along (labels.ts), so a form's choices
//! and a report's words never drift apart.

use std::path::PathBuf;

use safeplan_core as core;
use safeplan_model as model;
use ts_rs::TS;

const HEADER: &str =
    "// Generated from the Rust types by src-tauri/tests/bindings.rs. Do not edit:\n\
// change the Rust type and run `UPDATE_BINDINGS=1 cargo test -p safeplan-app --test bindings`.\n";

fn decl<T: TS + ?Sized>(out: &mut String) {
    out.push('\n');
    if let Some(docs) = T::DOCS {
        out.push_str(docs);
    }
    out.push_str("export ");
    out.push_str(&T::decl());
    out.push('\n');
}

/// Every type that crosses the IPC boundary, in one file so no type needs an import.
fn types_ts() -> String {
    let mut out = String::from(HEADER);
    macro_rules! all { ($($t:ty),+ $(,)?) => { $(decl::<$t>(&mut out);)+ }; }
    all!(
        // The plan and what it holds.
        model::Unit,
        model::Period,
        model::TeamMember,
        model::Term,
        model::Lagesbild,
        model::FollowUpPlan,
        model::Plan,
        model::PlanDocument,
        model::Challenge,
        model::Observation,
        model::Indicator,
        model::MeasurePartner,
        model::Budget,
        model::Evidence,
        model::ExpectedEffect,
        model::FollowUpTarget,
        model::Measure,
        model::Partner,
        model::Responsibility,
        model::ItemRef,
        model::Comment,
        model::Revision,
        model::Finding,
        model::PlanSummary,
        model::PartnerUse,
        model::Locale,
        // Closed vocabularies.
        model::PlanStatus,
        model::Language,
        model::UnitKind,
        model::ChallengeCategory,
        model::Trend,
        model::IndicatorKind,
        model::IndicatorUnit,
        model::Direction,
        model::PreventionLevel,
        model::CapitalCodeTheme,
        model::MeasureStatus,
        model::PartnerRole,
        model::PartnerType,
        model::EvidenceLevel,
        model::EffectTerm,
        model::Section,
        model::Level,
        model::RuleId,
        // The use cases' own arguments and results.
        core::NewPlan,
        core::NewComment,
        core::ImportMode,
        core::Imported,
        core::DemoLoaded,
        core::ErrorPayload,
        core::PdfOptions,
        core::PdfExport,
        core::ItemKind,
        model::IsoDate,
    );
    out
}

/// `{ EnumName: { key: { sv, en } } }` plus the order a form lists the values in.
fn labels_ts() -> String {
    use model::Locale::{En, Sv};
    let mut labels = String::new();
    let mut order = String::new();
    macro_rules! enums { ($($t:ident),+ $(,)?) => { $(
        labels.push_str(concat!("  ", stringify!($t), ": {\n"));
        order.push_str(concat!("  ", stringify!($t), ": ["));
        for (i, v) in model::$t::ALL.iter().enumerate() {
            let key = json(v.key());
            labels.push_str(&format!("    {key}: {{ sv: {}, en: {} }},\n", json(v.label(Sv)), json(v.label(En))));
            order.push_str(&format!("{}{key}", if i == 0 { "" } else { ", " }));
        }
        labels.push_str("  },\n");
        order.push_str("],\n");
    )+ }; }
    enums!(
        PlanStatus,
        Language,
        UnitKind,
        ChallengeCategory,
        Trend,
        IndicatorKind,
        IndicatorUnit,
        Direction,
        PreventionLevel,
        CapitalCodeTheme,
        MeasureStatus,
        PartnerRole,
        PartnerType,
        EvidenceLevel,
        EffectTerm,
        Section,
        Level,
        RuleId,
    );
    format!(
        "{HEADER}\n/** Each value's Swedish and English label, from the Rust enums' `label()`. */\n\
         export const labels = {{\n{labels}}} as const;\n\n\
         /** Each enum's values in the order a form or a report lists them (`ALL` in Rust). */\n\
         export const order = {{\n{order}}} as const;\n\n\
         export type LabelledEnum = keyof typeof labels;\n"
    )
}

fn json(s: &str) -> String {
    serde_json::to_string(s).expect("a string always serialises")
}

fn generated_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../ui/src/lib/generated")
}

fn check_or_write(name: &str, fresh: &str) {
    let path = generated_dir().join(name);
    if std::env::var_os("UPDATE_BINDINGS").is_some_and(|v| v == "1") {
        std::fs::create_dir_all(generated_dir()).expect("create ui/src/lib/generated");
        std::fs::write(&path, fresh).expect("write the bindings");
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == fresh,
        "ui/src/lib/generated/{name} is out of date with the Rust types; \
         run `UPDATE_BINDINGS=1 cargo test -p safeplan-app --test bindings` and commit the result"
    );
}

#[test]
fn types_match_the_rust_types() {
    check_or_write("types.ts", &types_ts());
}

#[test]
fn index_reexports_both() {
    check_or_write(
        "index.ts",
        &format!("{HEADER}\nexport * from './types';\nexport * from './labels';\n"),
    );
}

#[test]
fn labels_match_the_rust_enums() {
    check_or_write("labels.ts", &labels_ts());
}
