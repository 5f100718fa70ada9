//! Import "as a copy": the package's plan is stored beside the existing one, so it gets a new id,
//! new ids for everything it owns (references rewritten to match), a free slug and a title that
//! says it is a copy. Registry entries (unit, partners) are shared, so they keep their ids.

use std::collections::HashMap;

use safeplan_model::limits::{SLUG_MAX, TITLE_MAX};
use safeplan_model::{Language, PlanDocument, Revision, Section};

use safeplan_model::ItemKind;

/// Old id → new id, per kind of item (ids are unique per kind and plan, not across kinds).
#[derive(Default)]
struct IdMap(HashMap<(ItemKind, String), String>);

impl IdMap {
    fn new_id(&mut self, kind: ItemKind, old: &str) -> String {
        self.0
            .entry((kind, old.to_string()))
            .or_insert_with(|| uuid::Uuid::new_v4().to_string())
            .clone()
    }

    /// The new id of an item a comment is anchored to, if the anchor's section holds the plan's
    /// own items; anchors to registry partners or to whole sections stay as they are.
    fn anchor(&mut self, section: Section, old: &str) -> String {
        let kind = match section {
            Section::Challenges => ItemKind::Challenge,
            Section::Statistics => ItemKind::Indicator,
            Section::Measures => ItemKind::Measure,
            Section::Responsibilities => ItemKind::Responsibility,
            _ => return old.to_string(),
        };
        self.new_id(kind, old)
    }
}

fn rewrite(doc: &mut PlanDocument, ids: &mut IdMap, plan_id: &str, slug: &str) {
    doc.plan.id = plan_id.to_string();
    doc.plan.slug = slug.to_string();
    for c in &mut doc.challenges {
        c.id = ids.new_id(ItemKind::Challenge, &c.id);
    }
    for i in &mut doc.indicators {
        i.id = ids.new_id(ItemKind::Indicator, &i.id);
    }
    for m in &mut doc.measures {
        m.id = ids.new_id(ItemKind::Measure, &m.id);
        for c in &mut m.challenge_ids {
            *c = ids.new_id(ItemKind::Challenge, c);
        }
        for f in &mut m.follow_up {
            f.indicator_id = ids.new_id(ItemKind::Indicator, &f.indicator_id);
        }
    }
    for r in &mut doc.responsibilities {
        r.id = ids.new_id(ItemKind::Responsibility, &r.id);
    }
    for c in &mut doc.comments {
        c.id = ids.new_id(ItemKind::Comment, &c.id);
        if let Some(parent) = &mut c.parent_id {
            *parent = ids.new_id(ItemKind::Comment, parent);
        }
        if let Some(anchor) = &mut c.anchor.id {
            *anchor = ids.anchor(c.anchor.section, anchor);
        }
    }
}

/// Turns `doc` and its history into a copy with fresh ids. `slug_taken` says whether a slug is
/// already used in the database.
pub(crate) fn make_copy(
    doc: &mut PlanDocument,
    revisions: &mut [Revision],
    mut slug_taken: impl FnMut(&str) -> Result<bool, crate::StoreError>,
) -> Result<(), crate::StoreError> {
    let plan_id = uuid::Uuid::new_v4().to_string();
    let slug = free_slug(&doc.plan.slug, &mut slug_taken)?;
    let mut ids = IdMap::default();
    rewrite(doc, &mut ids, &plan_id, &slug);
    doc.plan.title = copy_title(&doc.plan.title, doc.plan.language);
    // History keeps its titles (that is what the plan was called then) but follows the new ids,
    // so that "what changed since" still lines items up.
    for r in revisions.iter_mut() {
        rewrite(&mut r.snapshot, &mut ids, &plan_id, &slug);
    }
    Ok(())
}

fn free_slug(
    slug: &str,
    slug_taken: &mut impl FnMut(&str) -> Result<bool, crate::StoreError>,
) -> Result<String, crate::StoreError> {
    let mut n = 1u32;
    loop {
        let suffix = if n == 1 {
            "-copy".to_string()
        } else {
            format!("-copy-{n}")
        };
        // Slugs are ASCII, so cutting at a byte count is safe.
        let keep = slug.len().min(SLUG_MAX - suffix.len());
        let candidate = format!("{}{suffix}", slug[..keep].trim_end_matches('-'));
        if !slug_taken(&candidate)? {
            return Ok(candidate);
        }
        n += 1;
    }
}

fn copy_title(title: &str, language: Language) -> String {
    let mark = match language {
        Language::Sv => " (kopia)",
        Language::Nb | Language::Nn | Language::Da => " (kopi)",
        Language::Fi => " (kopio)",
        Language::Is => " (afrit)",
        Language::En => " (copy)",
    };
    let room = TITLE_MAX.saturating_sub(mark.chars().count());
    let kept: String = title.chars().take(room).collect();
    format!("{}{mark}", kept.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn free_slug_counts_up() {
        let taken = ["plan-copy", "plan-copy-2"];
        let slug = free_slug("plan", &mut |s: &str| Ok(taken.contains(&s))).unwrap();
        assert_eq!(slug, "plan-copy-3");
    }

    #[test]
    fn long_slug_is_cut_to_fit() {
        let long = "a".repeat(SLUG_MAX);
        let slug = free_slug(&long, &mut |_: &str| Ok(false)).unwrap();
        assert_eq!(slug.len(), SLUG_MAX);
        assert!(slug.ends_with("-copy"));
    }

    #[test]
    fn title_is_marked_in_the_plan_language() {
        assert_eq!(
            copy_title("Trygg i Norrby", Language::Sv),
            "Trygg i Norrby (kopia)"
        );
        assert_eq!(
            copy_title("Safe Norrby", Language::En),
            "Safe Norrby (copy)"
        );
    }
}
