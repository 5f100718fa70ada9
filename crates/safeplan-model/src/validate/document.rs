//! The whole document: every item under its path, list lengths, ids unique within each list, and
//! the references between items.

use std::collections::HashSet;

use super::entities;
use super::fields::{self, at, index};
use super::Problems;
use crate::document::PlanDocument;
use crate::limits::*;

pub(super) fn check(p: &mut Problems, doc: &PlanDocument) {
    if let Some(unit) = &doc.unit {
        entities::unit(p, "unit", unit);
        if let Some(unit_id) = &doc.plan.unit_id {
            if unit_id != &unit.id {
                p.add(
                    "plan.unit_id".to_string(),
                    format!("the plan names unit `{unit_id}` but the document holds unit `{}`; expected the same id", unit.id),
                );
            }
        }
    }
    entities::plan(p, "plan", &doc.plan);

    items(
        p,
        "challenges",
        &doc.challenges,
        CHALLENGES_MAX,
        |c| &c.id,
        entities::challenge,
    );
    items(
        p,
        "indicators",
        &doc.indicators,
        INDICATORS_MAX,
        |i| &i.id,
        entities::indicator,
    );
    items(
        p,
        "measures",
        &doc.measures,
        MEASURES_MAX,
        |m| &m.id,
        entities::measure,
    );
    items(
        p,
        "partners",
        &doc.partners,
        PARTNERS_MAX,
        |x| &x.id,
        entities::partner,
    );
    items(
        p,
        "responsibilities",
        &doc.responsibilities,
        RESPONSIBILITIES_MAX,
        |r| &r.id,
        entities::responsibility,
    );
    items(
        p,
        "comments",
        &doc.comments,
        COMMENTS_MAX,
        |c| &c.id,
        entities::comment,
    );

    references(p, doc);
}

/// Checks each item under `list[i]`, the list's length, and that no id is used twice.
fn items<T>(
    p: &mut Problems,
    list: &str,
    values: &[T],
    max: usize,
    id: impl Fn(&T) -> &String,
    check: impl Fn(&mut Problems, &str, &T),
) {
    fields::list_len(p, list.to_string(), values.len(), max);
    for (i, value) in values.iter().enumerate() {
        check(p, &index("", list, i), value);
    }
    fields::no_duplicates(
        p,
        values,
        |v| id(v).as_str(),
        |i| at(&index("", list, i), "id"),
        "id",
    );
}

fn references(p: &mut Problems, doc: &PlanDocument) {
    let challenges: HashSet<&str> = doc.challenges.iter().map(|c| c.id.as_str()).collect();
    let indicators: HashSet<&str> = doc.indicators.iter().map(|i| i.id.as_str()).collect();
    let partners: HashSet<&str> = doc.partners.iter().map(|x| x.id.as_str()).collect();
    let comments: HashSet<&str> = doc.comments.iter().map(|c| c.id.as_str()).collect();

    for (m, measure) in doc.measures.iter().enumerate() {
        let base = index("", "measures", m);
        for (i, id) in measure.challenge_ids.iter().enumerate() {
            if !challenges.contains(id.as_str()) {
                p.add(
                    index(&base, "challenge_ids", i),
                    format!("challenge `{id}` is not in this plan; a measure may only answer the plan's own challenges"),
                );
            }
        }
        for (i, target) in measure.follow_up.iter().enumerate() {
            let id = &target.indicator_id;
            if !indicators.contains(id.as_str()) {
                p.add(
                    at(&index(&base, "follow_up", i), "indicator_id"),
                    format!("indicator `{id}` is not in this plan; follow-up must use the plan's own indicators"),
                );
            }
        }
        for (i, mp) in measure.partners.iter().enumerate() {
            let id = &mp.partner_id;
            if !partners.contains(id.as_str()) {
                p.add(
                    at(&index(&base, "partners", i), "partner_id"),
                    format!("partner `{id}` is not among the document's partners; expected an id from `partners`"),
                );
            }
        }
    }

    for (c, comment) in doc.comments.iter().enumerate() {
        if let Some(parent) = &comment.parent_id {
            if parent != &comment.id && !comments.contains(parent.as_str()) {
                p.add(
                    at(&index("", "comments", c), "parent_id"),
                    format!("comment `{parent}` does not exist; a reply must answer a comment of this plan"),
                );
            }
        }
    }
}
