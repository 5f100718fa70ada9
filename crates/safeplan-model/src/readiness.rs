//! The readiness rules R1–R10 (domain.md): what a plan still lacks before it can be submitted.
//! Each finding names its rule and level, says in Swedish and English what is wrong with which
//! item, and carries an [`ItemRef`] (section, item id, field) so the app can take the user there.
//!
//! Findings come in rule order, and within a rule in the document's order. A plan is ready to
//! submit when no finding is at [`Level::Error`]; while R9 fires, export and sharing refuse.

mod free_text;
mod measures;
mod privacy;
mod statistics;
mod structure;

use crate::document::PlanDocument;
use crate::enums::Level;
use crate::finding::{Finding, RuleId};
use crate::identity_number::mask_identity_numbers;
use crate::review::ItemRef;

pub use free_text::{free_texts, FreeText};
pub use privacy::personal_data;

/// Every finding for a plan, in rule order. A plan is ready to submit when none is at error level.
pub fn check(doc: &PlanDocument) -> Vec<Finding> {
    let mut findings = Vec::new();
    structure::period_unit_decision_body(doc, &mut findings);
    structure::lagesbild(doc, &mut findings);
    structure::challenges_answered(doc, &mut findings);
    measures::every_level(doc, &mut findings);
    measures::complete(doc, &mut findings);
    statistics::source_and_trend(doc, &mut findings);
    measures::top_priority_levels(doc, &mut findings);
    measures::partners_for_targeted(doc, &mut findings);
    privacy::identity_numbers(doc, &mut findings);
    statistics::small_counts(doc, &mut findings);
    findings
}

/// Whether a plan with these findings may be submitted: no finding at error level.
pub fn is_ready(findings: &[Finding]) -> bool {
    findings.iter().all(|f| f.level != Level::Error)
}

/// The level each rule reports at (domain.md's table).
pub fn level_of(rule: RuleId) -> Level {
    match rule {
        RuleId::R1 | RuleId::R2 | RuleId::R3 | RuleId::R5 | RuleId::R9 => Level::Error,
        RuleId::R4 | RuleId::R6 | RuleId::R7 | RuleId::R8 | RuleId::R10 => Level::Warning,
    }
}

fn finding(rule: RuleId, item: ItemRef, message_sv: String, message_en: String) -> Finding {
    Finding {
        rule,
        level: level_of(rule),
        message_sv,
        message_en,
        item,
    }
}

/// How a message shows an item: its title in quotes (Swedish ”…”, English “…”), shortened, with
/// any identity number masked so that no message repeats one; the id when the title is empty.
struct Name {
    sv: String,
    en: String,
}

impl Name {
    fn of(title: &str, id: &str) -> Name {
        const MAX_CHARS: usize = 160;
        let title = title.trim();
        if title.is_empty() {
            let id = mask_identity_numbers(id);
            return Name {
                sv: format!("(utan titel, id {id})"),
                en: format!("(untitled, id {id})"),
            };
        }
        let masked = mask_identity_numbers(title);
        let mut short: String = masked.chars().take(MAX_CHARS).collect();
        if masked.chars().count() > MAX_CHARS {
            short.push('…');
        }
        Name {
            sv: format!("”{short}”"),
            en: format!("“{short}”"),
        }
    }
}

/// "a, b och c" / "a, b and c".
fn join_list(parts: &[&str], and: &str) -> String {
    match parts {
        [] => String::new(),
        [one] => (*one).to_string(),
        [init @ .., last] => format!("{} {and} {last}", init.join(", ")),
    }
}

/// A label such as "Selektiv prevention" as it reads inside a sentence.
fn lower_first(label: &str) -> String {
    let mut chars = label.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn is_blank(s: &str) -> bool {
    s.trim().is_empty()
}
