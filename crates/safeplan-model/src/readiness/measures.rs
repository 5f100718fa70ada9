//! R4, R5, R7 and R8: measures at every prevention level, complete enough to act on and follow
//! up (Brå step 4), top-priority challenges met at several levels, partners where the work is
//! targeted.

use std::collections::BTreeSet;

use super::{finding, is_blank, join_list, lower_first, Name};
use crate::document::PlanDocument;
use crate::enums::{PreventionLevel, Section};
use crate::finding::{Finding, RuleId};
use crate::labels::Locale;
use crate::review::ItemRef;

/// R4. One finding per prevention level that no measure is at.
pub(super) fn every_level(doc: &PlanDocument, out: &mut Vec<Finding>) {
    for &level in PreventionLevel::ALL {
        if !doc.measures.iter().any(|m| m.level == Some(level)) {
            out.push(finding(
                RuleId::R4,
                ItemRef::section(Section::Measures),
                format!(
                    "Ingen åtgärd är på nivån {}.",
                    lower_first(level.label(Locale::Sv))
                ),
                format!(
                    "No measure is at the {} level.",
                    lower_first(level.label(Locale::En))
                ),
            ));
        }
    }
}

/// R5. One finding per incomplete measure, listing every missing part and pointing at the first.
pub(super) fn complete(doc: &PlanDocument, out: &mut Vec<Finding>) {
    for m in &doc.measures {
        let mut missing: Vec<(&str, &str, &str)> = Vec::new();
        if is_blank(&m.owner) {
            missing.push((
                "owner",
                "ansvarig (en roll eller enhet)",
                "an owner (a role or unit)",
            ));
        }
        if m.level.is_none() {
            missing.push(("level", "preventionsnivå", "a prevention level"));
        }
        match (&m.start, &m.end) {
            (Some(_), Some(_)) => {}
            (None, _) => missing.push((
                "start",
                "tidsram (start och slut)",
                "a timeframe (start and end)",
            )),
            (Some(_), None) => {
                missing.push(("end", "tidsram (slutdatum)", "a timeframe (end date)"))
            }
        }
        // A follow-up entry counts only if its indicator is in the plan; a dangling one is a
        // validation error and follows nothing up.
        if !m
            .follow_up
            .iter()
            .any(|t| doc.indicator(&t.indicator_id).is_some())
        {
            missing.push((
                "follow_up",
                "uppföljningsindikator",
                "a follow-up indicator",
            ));
        }
        if let Some((field, _, _)) = missing.first() {
            let name = Name::of(&m.title, &m.id);
            let sv: Vec<&str> = missing.iter().map(|p| p.1).collect();
            let en: Vec<&str> = missing.iter().map(|p| p.2).collect();
            out.push(finding(
                RuleId::R5,
                ItemRef::item_field(Section::Measures, &m.id, field),
                format!("Åtgärden {} saknar {}.", name.sv, join_list(&sv, "och")),
                format!("The measure {} lacks {}.", name.en, join_list(&en, "and")),
            ));
        }
    }
}

/// R7. Every priority-1 challenge met at two or more prevention levels. An unanswered one fires
/// here too (at zero levels), beside its R3 error, because the rule holds for it as written.
pub(super) fn top_priority_levels(doc: &PlanDocument, out: &mut Vec<Finding>) {
    for c in doc.challenges.iter().filter(|c| c.priority == 1) {
        let levels: BTreeSet<PreventionLevel> =
            doc.measures_for(&c.id).filter_map(|m| m.level).collect();
        if levels.len() >= 2 {
            continue;
        }
        let name = Name::of(&c.title, &c.id);
        let (sv_levels, en_levels) = match levels.iter().next() {
            Some(level) => (
                format!("bara på en nivå ({})", lower_first(level.label(Locale::Sv))),
                format!(
                    "at only one level ({})",
                    lower_first(level.label(Locale::En))
                ),
            ),
            None => (
                "inte på någon preventionsnivå".to_string(),
                "at no prevention level".to_string(),
            ),
        };
        out.push(finding(
            RuleId::R7,
            ItemRef::item(Section::Challenges, &c.id),
            format!(
                "Utmaningen {} har prioritet 1 men möts {sv_levels}. Möt den på minst två preventionsnivåer.",
                name.sv
            ),
            format!("The challenge {} has priority 1 but is met {en_levels}. Meet it at two or more prevention levels.", name.en),
        ));
    }
}

/// R8. Selective and indicated work needs partners (social services, police, school…).
pub(super) fn partners_for_targeted(doc: &PlanDocument, out: &mut Vec<Finding>) {
    for m in &doc.measures {
        let Some(level) = m
            .level
            .filter(|l| matches!(l, PreventionLevel::Selective | PreventionLevel::Indicated))
        else {
            continue;
        };
        if m.partners.is_empty() {
            let name = Name::of(&m.title, &m.id);
            out.push(finding(
                RuleId::R8,
                ItemRef::item_field(Section::Measures, &m.id, "partners"),
                format!(
                    "Åtgärden {} är på nivån {} men har ingen samverkanspart.",
                    name.sv,
                    lower_first(level.label(Locale::Sv))
                ),
                format!(
                    "The measure {} is at the {} level but has no partner.",
                    name.en,
                    lower_first(level.label(Locale::En))
                ),
            ));
        }
    }
}
