//! R1–R3: the plan's frame (period, unit, decision body), the lägesbild the law requires, and
//! challenges that measures answer.

use super::{finding, is_blank, Name};
use crate::document::PlanDocument;
use crate::enums::Section;
use crate::finding::{Finding, RuleId};
use crate::review::ItemRef;

/// R1. One finding per missing part, each pointing at its own field.
pub(super) fn period_unit_decision_body(doc: &PlanDocument, out: &mut Vec<Finding>) {
    let plan = &doc.plan;
    if plan.period.is_none() {
        out.push(finding(
            RuleId::R1,
            ItemRef::field(Section::Plan, "period"),
            "Planen saknar period: ange vilka år den gäller (från år – till år).".into(),
            "The plan has no period: set the years it covers (from year – to year).".into(),
        ));
    }
    // The unit counts as set when the plan names one or the document carries one.
    let has_unit = plan.unit_id.as_deref().is_some_and(|id| !is_blank(id)) || doc.unit.is_some();
    if !has_unit {
        out.push(finding(
            RuleId::R1,
            ItemRef::field(Section::Plan, "unit_id"),
            "Planen är inte kopplad till någon enhet: välj stadsdelsförvaltningen eller fackförvaltningen som äger den.".into(),
            "The plan is not linked to a unit: choose the district or department that owns it.".into(),
        ));
    }
    if is_blank(&plan.decision_body) {
        out.push(finding(
            RuleId::R1,
            ItemRef::field(Section::Plan, "decision_body"),
            "Planen saknar beslutande organ, till exempel stadsdelsnämnden.".into(),
            "The plan has no decision body, for example the district board.".into(),
        ));
    }
}

/// R2. Lag (2023:196) §4: the extent of crime, its consequences and an analysis of its causes.
pub(super) fn lagesbild(doc: &PlanDocument, out: &mut Vec<Finding>) {
    let l = &doc.plan.lagesbild;
    let parts = [
        (
            "extent",
            &l.extent,
            "brottslighetens omfattning",
            "the extent of crime",
        ),
        (
            "consequences",
            &l.consequences,
            "brottslighetens konsekvenser",
            "the consequences of crime",
        ),
        (
            "cause_analysis",
            &l.cause_analysis,
            "en orsaksanalys (risk- och skyddsfaktorer)",
            "a cause analysis (risk and protective factors)",
        ),
    ];
    for (field, text, sv, en) in parts {
        if is_blank(text) {
            out.push(finding(
                RuleId::R2,
                ItemRef::field(Section::Lagesbild, field),
                format!("Lägesbilden beskriver inte {sv}, som lagen (2023:196) 4 § kräver."),
                format!(
                    "The situational picture does not describe {en}, as Act 2023:196 §4 requires."
                ),
            ));
        }
    }
}

/// R3. One finding when there is no challenge at all, else one per challenge no measure answers.
pub(super) fn challenges_answered(doc: &PlanDocument, out: &mut Vec<Finding>) {
    if doc.challenges.is_empty() {
        out.push(finding(
            RuleId::R3,
            ItemRef::section(Section::Challenges),
            "Planen har inga utmaningar. Lägg till minst en utmaning som åtgärderna ska möta."
                .into(),
            "The plan has no challenges. Add at least one challenge for the measures to answer."
                .into(),
        ));
        return;
    }
    for challenge in &doc.challenges {
        if doc.measures_for(&challenge.id).next().is_none() {
            let name = Name::of(&challenge.title, &challenge.id);
            out.push(finding(
                RuleId::R3,
                ItemRef::item(Section::Challenges, &challenge.id),
                format!("Utmaningen {} besvaras inte av någon åtgärd.", name.sv),
                format!("The challenge {} is not answered by any measure.", name.en),
            ));
        }
    }
}
