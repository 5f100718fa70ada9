//! R9: no personal identity number anywhere in the plan's text. One finding per field that holds
//! any; the message masks the number and says where in the field it starts.

use super::finding;
use super::free_text::free_texts;
use crate::document::PlanDocument;
use crate::finding::{Finding, RuleId};
use crate::identity_number::find_identity_numbers;
use crate::labels::Locale;
use crate::review::Comment;

pub(super) fn identity_numbers(doc: &PlanDocument, out: &mut Vec<Finding>) {
    out.extend(personal_data(doc).into_iter().map(|(f, _)| f));
}

/// R9's findings, each with the comment whose text holds the number (none for the plan's own
/// text), so that a refusal can say the number is in a comment and in which thread.
pub fn personal_data(doc: &PlanDocument) -> Vec<(Finding, Option<&Comment>)> {
    let mut out = Vec::new();
    for field in free_texts(doc) {
        let found = find_identity_numbers(field.text);
        let Some(first) = found.first() else {
            continue;
        };
        let masked = first.masked(field.text);
        let position = first.char_position(field.text);
        let (remove_sv, remove_en) = if found.len() == 1 {
            ("numret", "it")
        } else {
            ("numren", "them")
        };
        let (what_sv, what_en) = if found.len() == 1 {
            (
                format!(
                    "{}, {masked} vid tecken {position}",
                    first.kind.describe(Locale::Sv)
                ),
                format!(
                    "{}, {masked} at character {position}",
                    first.kind.describe(Locale::En)
                ),
            )
        } else {
            (
                format!(
                    "{} identitetsnummer, det första {masked} vid tecken {position}",
                    found.len()
                ),
                format!(
                    "{} identity numbers, the first {masked} at character {position}",
                    found.len()
                ),
            )
        };
        let found = finding(
            RuleId::R9,
            field.item.clone(),
            format!(
                "Fältet ”{}” i {} innehåller {what_sv}. Ta bort {remove_sv}: en plan får inte innehålla personnummer.",
                field.field_sv, field.item_sv
            ),
            format!(
                "The field “{}” of {} contains {what_en}. Remove {remove_en}: a plan must not hold personal identity numbers.",
                field.field_en, field.item_en
            ),
        );
        out.push((found, field.comment));
    }
    out
}
