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
        model::Actor,
        model::Suggestion,
        model::ItemKind,
        model::PlanItem,
        model::Transition,
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
        model::Role,
        model::SuggestionState,
        // The use cases' own arguments and results.
        core::NewPlan,
        core::NewComment,
        core::CommentView,
        core::SuggestionPick,
        core::AcceptedText,
        core::Decided,
        core::ErrorCode,
        core::ImportMode,
        core::Imported,
        core::DemoLoaded,
        core::ErrorPayload,
        core::PdfOptions,
        core::PreviewPlace,
        core::PreviewSpan,
        core::PreviewAlign,
        core::PreviewBlock,
        core::PdfExport,
        model::IsoDate,
        // What changed since a review.
        core::PlanDiff,
        core::DiffEnd,
        core::ItemChange,
        core::FieldChange,
        core::ChangeKind,
        core::Delta,
        core::WordSpan,
        core::WordOp,
        // The city executive office: gathering plans and the city-wide picture.
        model::CityPartner,
        model::CityIndicator,
        model::PartnerLink,
        model::IndicatorLink,
        core::GatherOutcome,
        core::GatheredFile,
        core::RefusalReason,
        core::GatherProgress,
        core::city::PlanState,
        core::city::PlanRow,
        core::city::UnitPlanRow,
        core::city::MeasureRef,
        core::city::MeasureProblem,
        core::city::MeasureGap,
        core::city::Coverage,
        core::city::CoverageRow,
        core::city::PriorityGap,
        core::city::PartnerLoad,
        core::city::LookalikeGroup,
        core::city::CityIndicatorView,
        core::city::UnitSeries,
        core::city::LinkKind,
        core::city::LinkSuggestion,
        core::city::CityFigures,
        core::city::LinkablePartner,
        core::city::LinkableIndicator,
        core::city::CityLinks,
        core::city::CityLook,
        core::city::LogoInfo,
        core::city::LookSource,
        core::city::CityLookChange,
        core::city::ConsolidateOptions,
        // Statistics files and their import.
        core::stats::StatsFormat,
        core::stats::DimensionRole,
        core::stats::Category,
        core::stats::Dimension,
        core::stats::CellKind,
        core::stats::CellCounts,
        core::stats::TableSummary,
        core::stats::SeriesQuery,
        core::stats::StatsTarget,
        core::stats::StatsImportRequest,
        core::stats::PreviewRow,
        core::stats::ImportPreview,
        core::stats::StatsImported,
        // The review file's import.
        model::ReviewNoteKind,
        model::UnseenReply,
        model::NoteReason,
        model::ReviewNote,
        core::DecisionOutcome,
        core::Decision,
        core::ReviewImported,
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
        ItemKind,
        Role,
        SuggestionState,
    );
    format!(
        "{HEADER}\n/** Each value's Swedish and English label, from the Rust enums' `label()`. */\n\
         export const labels = {{\n{labels}}} as const;\n\n\
         /** Each enum's values in the order a form or a report lists them (`ALL` in Rust). */\n\
         export const order = {{\n{order}}} as const;\n\n\
         export type LabelledEnum = keyof typeof labels;\n"
    )
}

/// The rules and limits the UI enforces or offers, as values made from the Rust ones: the status
/// workflow, the model's limits, the built-in templates, which document list holds each item kind,
/// and every error code.
fn rules_ts() -> String {
    use model::limits::*;
    let transitions = model::TRANSITIONS
        .iter()
        .map(|t| {
            format!(
                "  {},\n",
                serde_json::to_string(t).expect("a transition serialises")
            )
        })
        .collect::<String>();
    let limits = [
        ("ID_MAX", ID_MAX as i64),
        ("SLUG_MAX", SLUG_MAX as i64),
        ("TITLE_MAX", TITLE_MAX as i64),
        ("SHORT_TEXT_MAX", SHORT_TEXT_MAX as i64),
        ("MARKDOWN_MAX", MARKDOWN_MAX as i64),
        ("YEAR_MIN", YEAR_MIN as i64),
        ("YEAR_MAX", YEAR_MAX as i64),
        ("PRIORITY_MIN", PRIORITY_MIN as i64),
        ("PRIORITY_MAX", PRIORITY_MAX as i64),
        ("TEAM_MAX", TEAM_MAX as i64),
        ("TERMS_MAX", TERMS_MAX as i64),
        (
            "STEPS_PER_RESPONSIBILITY_MAX",
            STEPS_PER_RESPONSIBILITY_MAX as i64,
        ),
        (
            "OBSERVATIONS_PER_INDICATOR_MAX",
            OBSERVATIONS_PER_INDICATOR_MAX as i64,
        ),
        ("VALUE_MAGNITUDE_MAX", VALUE_MAGNITUDE_MAX as i64),
    ]
    .iter()
    .map(|(name, value)| format!("export const {name} = {value};\n"))
    .collect::<String>();
    let lists = model::ItemKind::ALL
        .iter()
        .map(|k| format!("  {}: {},\n", k.key(), json(k.list())))
        .collect::<String>();
    let templates = list(core::builtin_templates().iter().copied());
    let codes = list(core::ErrorCode::ALL.iter().map(|c| c.key()));
    let read_only = list(
        model::PlanStatus::ALL
            .iter()
            .filter(|s| s.is_read_only())
            .map(|s| s.key()),
    );
    format!(
        "{HEADER}\nimport type {{ ErrorCode, ItemKind, PlanDocument, PlanStatus, Transition }} from './types';\n\n\
         /** Every status change a plan may make (safeplan-model's `TRANSITIONS`). */\n\
         export const transitions: readonly Transition[] = [\n{transitions}];\n\n\
         /** The statuses in which a plan's text is read-only (`PlanStatus::is_read_only`). */\n\
         export const readOnlyStatuses: readonly PlanStatus[] = {read_only};\n\n\
         /** The model's limits (safeplan-model `limits.rs`). */\n{limits}\n\
         /** The report templates built into the app. */\n\
         export const builtinTemplates = {templates} as const;\n\n\
         /** The list in a PlanDocument that holds each item kind, in the order writes must run. */\n\
         export const itemLists = {{\n{lists}}} as const satisfies Record<ItemKind, keyof PlanDocument>;\n\n\
         /** Every error code a command can fail with. */\n\
         export const errorCodes: readonly ErrorCode[] = {codes};\n"
    )
}

/// The commands the window may call, from src/commands/list.rs.
fn commands_ts() -> String {
    format!(
        "{HEADER}\n/** Every command the app answers (src-tauri/src/commands/list.rs). */\n\
         export const commands = {} as const;\n\n\
         export type Command = (typeof commands)[number];\n",
        list(COMMANDS.iter().copied())
    )
}

include!("../src/commands/list.rs");

const COMMANDS: &[&str] = app_commands!(command_names);

fn list<'a>(items: impl Iterator<Item = &'a str>) -> String {
    format!("[{}]", items.map(json).collect::<Vec<_>>().join(", "))
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
        &format!(
            "{HEADER}\nexport * from './types';\nexport * from './labels';\nexport * from './rules';\nexport * from './commands';\n"
        ),
    );
}

#[test]
fn labels_match_the_rust_enums() {
    check_or_write("labels.ts", &labels_ts());
}

#[test]
fn rules_match_the_rust_rules() {
    check_or_write("rules.ts", &rules_ts());
}

#[test]
fn commands_match_the_command_list() {
    check_or_write("commands.ts", &commands_ts());
}
