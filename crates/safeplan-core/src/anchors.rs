//! Where a comment points. An anchor is written as `check` prints a finding's place:
//! `lagesbild.cause_analysis` (a field of the plan), `measures/ID` (an item), `measures/ID.title`
//! (one field of an item). This module reads that text (with the position of a mistake), finds what
//! the anchor names in a plan, and reads or writes the text of a field a suggestion may change.

use safeplan_model::{ItemRef, PlanDocument, PlanItem, Section};
use safeplan_store::Change;

use crate::error::CoreError;

/// Reads `lagesbild.cause_analysis`, `measures/m1` or `measures/m1.title`.
pub fn parse_anchor(text: &str) -> Result<ItemRef, CoreError> {
    let bad = |at: usize, what: &str| {
        CoreError::Validation(format!(
            "anchor \"{text}\", at character {}: {what}; expected SECTION, SECTION.FIELD, SECTION/ID or SECTION/ID.FIELD (as check prints them)",
            at + 1
        ))
    };
    let end = text.find(['/', '.']).unwrap_or(text.len());
    let section = Section::from_key(&text[..end]).ok_or_else(|| {
        let keys: Vec<&str> = Section::ALL.iter().map(|s| s.key()).collect();
        bad(
            0,
            &format!(
                "\"{}\" is not a section ({})",
                &text[..end],
                keys.join(", ")
            ),
        )
    })?;
    let mut anchor = ItemRef::section(section);
    let mut rest = &text[end..];
    if let Some(after) = rest.strip_prefix('/') {
        let id_end = after.find('.').unwrap_or(after.len());
        let id = &after[..id_end];
        if id.is_empty()
            || !id
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "-_".contains(c))
        {
            return Err(bad(end + 1, &format!("\"{id}\" is not an item id")));
        }
        anchor.id = Some(id.to_string());
        rest = &after[id_end..];
    }
    if let Some(field) = rest.strip_prefix('.') {
        if field.is_empty() {
            return Err(bad(text.len() - 1, "the field name is missing"));
        }
        anchor.field = Some(field.to_string());
    } else if !rest.is_empty() {
        return Err(bad(text.len() - rest.len(), "unexpected text"));
    }
    Ok(anchor)
}

/// What an anchor names in a plan.
pub(crate) enum Target<'a> {
    /// A text field: what a suggestion may replace.
    Text(&'a mut String),
    /// A section, an item, or a field that is not free text (a period, a list, a number).
    Other,
}

/// The list of a section's items and the index of `id` in it, as a mutable reference to the text
/// of `field`, or `Other` without one.
fn item_target<'a>(
    doc: &'a mut PlanDocument,
    section: Section,
    id: &str,
    field: Option<&str>,
) -> Option<Target<'a>> {
    let text = match section {
        Section::Challenges => {
            let c = doc.challenges.iter_mut().find(|c| c.id == id)?;
            match field {
                Some("title") => Some(&mut c.title),
                Some("description") => Some(&mut c.description),
                Some("affected_groups") => Some(&mut c.affected_groups),
                Some("places") => Some(&mut c.places),
                _ => None,
            }
        }
        Section::Statistics => {
            let i = doc.indicators.iter_mut().find(|i| i.id == id)?;
            match field {
                Some("name") => Some(&mut i.name),
                Some("source") => Some(&mut i.source),
                Some("definition") => Some(&mut i.definition),
                _ => None,
            }
        }
        Section::Measures => {
            let m = doc.measures.iter_mut().find(|m| m.id == id)?;
            match field {
                Some("title") => Some(&mut m.title),
                Some("description") => Some(&mut m.description),
                Some("owner") => Some(&mut m.owner),
                Some("target_group") => Some(&mut m.target_group),
                Some("area") => Some(&mut m.area),
                _ => None,
            }
        }
        Section::Responsibilities => {
            let r = doc.responsibilities.iter_mut().find(|r| r.id == id)?;
            match field {
                Some("situation") => Some(&mut r.situation),
                Some("who_acts") => Some(&mut r.who_acts),
                Some("escalation") => Some(&mut r.escalation),
                _ => None,
            }
        }
        // A partner is the city's, shared by its plans: commented on, never changed by a suggestion.
        Section::Partners => {
            doc.partners.iter().find(|p| p.id == id)?;
            None
        }
        Section::Plan | Section::Lagesbild | Section::FollowUp => return None,
    };
    Some(text.map_or(Target::Other, Target::Text))
}

/// What `anchor` names in `doc`, or None when it names nothing there (an item that was removed).
pub(crate) fn target<'a>(doc: &'a mut PlanDocument, anchor: &ItemRef) -> Option<Target<'a>> {
    let field = anchor.field.as_deref();
    if let Some(id) = &anchor.id {
        return item_target(doc, anchor.section, id, field);
    }
    let plan = &mut doc.plan;
    let text = match (anchor.section, field) {
        (_, None) => return Some(Target::Other),
        (Section::Plan, Some("title")) => &mut plan.title,
        (Section::Plan, Some("decision_body")) => &mut plan.decision_body,
        (
            Section::Plan,
            Some("period" | "unit_id" | "adoption_date" | "language" | "team" | "terms"),
        ) => return Some(Target::Other),
        (Section::Lagesbild, Some("extent")) => &mut plan.lagesbild.extent,
        (Section::Lagesbild, Some("consequences")) => &mut plan.lagesbild.consequences,
        (Section::Lagesbild, Some("cause_analysis")) => &mut plan.lagesbild.cause_analysis,
        (Section::Lagesbild, Some("risk_factors")) => &mut plan.lagesbild.risk_factors,
        (Section::Lagesbild, Some("protective_factors")) => &mut plan.lagesbild.protective_factors,
        (Section::Lagesbild, Some("sources_and_method")) => &mut plan.lagesbild.sources_and_method,
        (Section::FollowUp, Some("when")) => &mut plan.follow_up.when,
        (Section::FollowUp, Some("how")) => &mut plan.follow_up.how,
        (Section::FollowUp, Some("by_whom")) => &mut plan.follow_up.by_whom,
        (Section::FollowUp, Some("reported_to")) => &mut plan.follow_up.reported_to,
        _ => return None,
    };
    Some(Target::Text(text))
}

/// The text `anchor` names now (a field's), or "" for a section or an item; None when it names
/// nothing in the plan.
pub(crate) fn current_text(doc: &PlanDocument, anchor: &ItemRef) -> Option<String> {
    let mut copy = doc.clone();
    match target(&mut copy, anchor)? {
        Target::Text(text) => Some(text.clone()),
        Target::Other => Some(String::new()),
    }
}

/// What an item anchor quotes: the item's title (name, situation).
pub(crate) fn quote(doc: &PlanDocument, anchor: &ItemRef) -> Option<String> {
    if anchor.id.is_none() || anchor.field.is_some() {
        return current_text(doc, anchor);
    }
    let title = match anchor.section {
        Section::Statistics => "name",
        Section::Responsibilities => "situation",
        Section::Partners => {
            let id = anchor.id.as_deref()?;
            return doc
                .partners
                .iter()
                .find(|p| p.id == id)
                .map(|p| p.name.clone());
        }
        _ => "title",
    };
    current_text(
        doc,
        &ItemRef {
            field: Some(title.into()),
            ..anchor.clone()
        },
    )
}

/// Gives the field `anchor` names the text `text`, in `doc`.
pub(crate) fn set_text(
    doc: &mut PlanDocument,
    anchor: &ItemRef,
    text: &str,
) -> Result<(), CoreError> {
    match target(doc, anchor) {
        Some(Target::Text(field)) => {
            *field = text.to_string();
            Ok(())
        }
        Some(Target::Other) => Err(CoreError::Validation(format!(
            "{anchor} is not a text field; a suggestion proposes text for one"
        ))),
        None => Err(CoreError::NotFound(format!(
            "{anchor} names nothing in the plan (was it removed?)"
        ))),
    }
}

/// The write that stores what `anchor`'s field is part of: the whole item, or the plan's fields.
pub(crate) fn holder(doc: &PlanDocument, anchor: &ItemRef) -> Change {
    let id = anchor.id.as_deref().unwrap_or_default();
    let item = match anchor.section {
        Section::Challenges => doc
            .challenges
            .iter()
            .find(|i| i.id == id)
            .cloned()
            .map(PlanItem::from),
        Section::Statistics => doc
            .indicators
            .iter()
            .find(|i| i.id == id)
            .cloned()
            .map(PlanItem::from),
        Section::Measures => doc
            .measures
            .iter()
            .find(|i| i.id == id)
            .cloned()
            .map(PlanItem::from),
        Section::Responsibilities => doc
            .responsibilities
            .iter()
            .find(|i| i.id == id)
            .cloned()
            .map(PlanItem::from),
        _ => None,
    };
    match item {
        Some(item) => Change::Item(Box::new(item)),
        None => Change::Plan(Box::new(doc.plan.clone())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn anchors_read_as_check_prints_them() {
        let a = parse_anchor("lagesbild.cause_analysis").unwrap();
        assert_eq!(a, ItemRef::field(Section::Lagesbild, "cause_analysis"));
        assert_eq!(a.to_string(), "lagesbild.cause_analysis");
        let m = parse_anchor("measures/m-1").unwrap();
        assert_eq!(m, ItemRef::item(Section::Measures, "m-1"));
        let f = parse_anchor("measures/m-1.title").unwrap();
        assert_eq!(f, ItemRef::item_field(Section::Measures, "m-1", "title"));
        assert_eq!(f.to_string(), "measures/m-1.title");
        assert_eq!(
            parse_anchor("plan").unwrap(),
            ItemRef::section(Section::Plan)
        );
    }

    #[test]
    fn a_bad_anchor_says_where() {
        for (text, at, what) in [
            ("measure/m1", "character 1", "\"measure\" is not a section"),
            ("measures/", "character 10", "is not an item id"),
            ("measures/m 1", "character 10", "\"m 1\" is not an item id"),
            ("lagesbild.", "character 10", "field name is missing"),
        ] {
            let err = parse_anchor(text).unwrap_err().to_string();
            assert!(err.contains(at) && err.contains(what), "{text}: {err}");
        }
    }
}
