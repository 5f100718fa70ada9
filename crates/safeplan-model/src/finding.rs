//! What the readiness rules report, and the short summary of a plan that lists show.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::enums::{Level, PlanStatus};
use crate::plan::Period;
use crate::review::ItemRef;

crate::labels::labelled_enum! {
    /// The readiness rules of domain.md.
    RuleId {
        R1 = "R1", "Period, enhet och beslutande organ", "Period, unit and decision body";
        R2 = "R2", "Lägesbild enligt lag (2023:196) 4 §", "Situational picture per Act 2023:196 §4";
        R3 = "R3", "Utmaningar som besvaras av åtgärder", "Challenges answered by measures";
        R4 = "R4", "Alla preventionsnivåer", "Every prevention level";
        R5 = "R5", "Åtgärdernas ansvar, nivå, tid och uppföljning", "Measures' owner, level, timeframe and follow-up";
        R6 = "R6", "Indikatorernas källa och trend", "Indicators' source and trend";
        R7 = "R7", "Högst prioriterade utmaningar på flera nivåer", "Top-priority challenges at several levels";
        R8 = "R8", "Samverkan kring selektiva och indikerade åtgärder", "Partners for selective and indicated measures";
        R9 = "R9", "Inga personnummer", "No personal identity numbers";
        R10 = "R10", "Små tal som inte är skyddade", "Small counts not suppressed";
    }
}

/// One thing a rule found, pointing at the item to fix.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Finding {
    pub rule: RuleId,
    pub level: Level,
    pub message_sv: String,
    pub message_en: String,
    pub item: ItemRef,
}

/// A plan as a list of plans shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct PlanSummary {
    pub id: String,
    pub slug: String,
    pub title: String,
    pub unit_name: Option<String>,
    pub period: Option<Period>,
    pub status: PlanStatus,
    #[ts(type = "number")]
    pub revision: i64,
    /// Findings at error level: 0 means ready to submit.
    pub errors: u32,
    pub warnings: u32,
}

/// One place a registry partner is used: a measure in some plan, and the partner's role there.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct PartnerUse {
    pub plan_id: String,
    pub plan_title: String,
    pub measure_id: String,
    pub measure_title: String,
    pub role: crate::enums::PartnerRole,
}
