//! The review report's data, gathered from what core already knows: the revisions as a signed
//! history, the comments as threads by step (each reply under its first comment, each thread's
//! item named even after it was removed), the open suggestions set word by word against the field's
//! text now, and the diff as the appendix prints it.

use std::collections::HashMap;

use safeplan_model::{
    Comment, ItemKind, ItemRef, Locale, PlanDocument, Revision, Role, Section, SuggestionState,
};
use safeplan_report::review::{
    ChangeEnd, ChangeSection, ChangedField, ChangedItem, Changes, CommentEntry, ReviewData,
    RevisionEntry, SectionThreads, SuggestionEntry, Thread, WordRun,
};

use crate::anchors::{current_text, quote};
use crate::diff::{text_delta, unchanged_shortened};
use crate::{ChangeKind, CommentView, Delta, DiffEnd, PlanDiff, WordOp};

/// The day of an RFC 3339 time, as the template's `date` filter reads it.
fn day(at: &str) -> String {
    at.chars().take(10).collect()
}

pub(super) fn review_data(
    doc: &PlanDocument,
    revisions: &[Revision],
    comments: &[CommentView],
    changes: Option<Changes>,
    locale: Locale,
) -> ReviewData {
    let names = ItemNames { doc, revisions };
    let threads = threads(comments, &names, locale);
    let open_threads = threads.iter().filter(|(_, t)| !t.resolved).count();
    let sections = Section::ALL
        .iter()
        .filter_map(|section| {
            let mine: Vec<Thread> = threads
                .iter()
                .filter(|(s, _)| s == section)
                .map(|(_, t)| t.clone())
                .collect();
            (!mine.is_empty()).then_some(SectionThreads {
                key: *section,
                threads: mine,
            })
        })
        .collect();
    ReviewData {
        revisions: revisions
            .iter()
            .map(|r| RevisionEntry {
                number: r.number,
                status: r.status,
                author_name: r.author_name.clone(),
                author_role: r.author_role,
                date: day(&r.created_at),
                message: r.message.clone(),
            })
            .collect(),
        sections,
        open_threads,
        resolved_threads: threads.len() - open_threads,
        suggestions: comments
            .iter()
            .filter(|v| {
                v.comment
                    .suggestion
                    .as_ref()
                    .is_some_and(|s| s.state == SuggestionState::Open)
            })
            .map(|v| suggestion(doc, v, &names, locale))
            .collect(),
        changes,
    }
}

/// What an anchor's item is called: as it reads now, else as the newest revision that still had it
/// read, else its id. The plan's own fields have no item name.
struct ItemNames<'a> {
    doc: &'a PlanDocument,
    revisions: &'a [Revision],
}

impl ItemNames<'_> {
    fn of(&self, anchor: &ItemRef) -> String {
        let Some(id) = &anchor.id else {
            return String::new();
        };
        let item = ItemRef {
            field: None,
            ..anchor.clone()
        };
        std::iter::once(self.doc)
            .chain(self.revisions.iter().rev().map(|r| &*r.snapshot))
            .find_map(|doc| quote(doc, &item))
            .unwrap_or_else(|| id.clone())
    }
}

/// Each thread with its step: a first comment and every reply under it (a reply to a reply too), in
/// the order written. A reply whose thread is gone stands as a thread of its own rather than vanish.
fn threads(comments: &[CommentView], names: &ItemNames, locale: Locale) -> Vec<(Section, Thread)> {
    let by_id: HashMap<&str, &Comment> = comments
        .iter()
        .map(|v| (v.comment.id.as_str(), &v.comment))
        .collect();
    let mut order: Vec<&str> = Vec::new();
    let mut members: HashMap<&str, Vec<&CommentView>> = HashMap::new();
    for v in comments {
        let root = crate::comments::thread_root(&by_id, &v.comment);
        if !members.contains_key(root) {
            order.push(root);
        }
        members.entry(root).or_default().push(v);
    }
    order
        .into_iter()
        .filter_map(|root| {
            let mut list = members.remove(root)?;
            // The first comment leads even when a reply was stored before it.
            list.sort_by_key(|v| v.comment.id != root);
            let first = list.first()?;
            let c = &first.comment;
            let thread = Thread {
                anchor: c.anchor.to_string(),
                item_name: names.of(&c.anchor),
                field: c.anchor.field.clone(),
                quote: c.quote.clone(),
                resolved: c.resolved,
                resolved_by: c.resolved_by.clone(),
                on_removed_content: first.on_removed_content,
                // Without a quote (comments written before quotes were kept) there is nothing to
                // say the text changed from.
                changed_to: first.changed_to.clone().filter(|_| !c.quote.is_empty()),
                comments: list.iter().map(|v| entry(&v.comment, locale)).collect(),
            };
            Some((c.anchor.section, thread))
        })
        .collect()
}

/// A role key in words; a title the author gave instead is kept as written.
fn role_words(role: &str, locale: Locale) -> String {
    Role::from_key(role).map_or_else(|| role.to_string(), |r| r.label(locale).to_string())
}

fn entry(c: &Comment, locale: Locale) -> CommentEntry {
    CommentEntry {
        author_name: c.author_name.clone(),
        author_role: role_words(&c.author_role, locale),
        date: day(&c.created_at),
        text: c.text.clone(),
        suggestion: c.suggestion.as_ref().map(|s| s.text.clone()),
        suggestion_state: c.suggestion.as_ref().map(|s| s.state),
    }
}

fn suggestion(
    doc: &PlanDocument,
    v: &CommentView,
    names: &ItemNames,
    locale: Locale,
) -> SuggestionEntry {
    let c = &v.comment;
    let proposed = c
        .suggestion
        .as_ref()
        .map(|s| s.text.clone())
        .unwrap_or_default();
    let current = current_text(doc, &c.anchor);
    let words = current
        .as_deref()
        .map(|now| runs(&text_delta(now, &proposed), false))
        .unwrap_or_default();
    SuggestionEntry {
        section: c.anchor.section,
        anchor: c.anchor.to_string(),
        item_name: names.of(&c.anchor),
        author_name: c.author_name.clone(),
        author_role: role_words(&c.author_role, locale),
        date: day(&c.created_at),
        text: c.text.clone(),
        quote: c.quote.clone(),
        changed_since: current.as_deref().is_some_and(|now| now != c.quote),
        current,
        proposed,
        words,
    }
}

/// A delta as marked runs. A value (no prose on either side) is its old text deleted and its new
/// one inserted. `shorten` cuts long unchanged stretches to their ends next to a change.
fn runs(delta: &Delta, shorten: bool) -> Vec<WordRun> {
    match delta {
        Delta::Words { spans } => spans
            .iter()
            .enumerate()
            .map(|(n, s)| match s.op {
                WordOp::Insert => WordRun::new("insert", &s.text),
                WordOp::Delete => WordRun::new("delete", &s.text),
                WordOp::Equal if shorten => WordRun::new(
                    "equal",
                    &unchanged_shortened(&s.text, n > 0, n + 1 < spans.len()),
                ),
                WordOp::Equal => WordRun::new("equal", &s.text),
            })
            .collect(),
        Delta::Value { before, after } => {
            let before = before.iter().map(|b| WordRun::new("delete", b));
            let after = after.iter().map(|a| WordRun::new("insert", a));
            before.chain(after).collect()
        }
    }
}

fn change_key(change: ChangeKind) -> &'static str {
    match change {
        ChangeKind::Added => "added",
        ChangeKind::Removed => "removed",
        ChangeKind::Changed => "changed",
    }
}

fn end(end: &DiffEnd) -> ChangeEnd {
    ChangeEnd {
        revision: end.revision,
        status: end.status,
        date: end.created_at.as_deref().map(day),
    }
}

/// The diff as the appendix prints it: items grouped by step, fields with their word changes.
pub(super) fn changes(diff: &PlanDiff) -> Changes {
    let mut sections: Vec<ChangeSection> = Vec::new();
    // Comments are the threads the report already prints; the appendix is about the plan's text.
    for item in diff
        .items
        .iter()
        .filter(|i| i.kind != Some(ItemKind::Comment))
    {
        let fields = item
            .fields
            .iter()
            .map(|f| {
                let (words, before, after) = match &f.delta {
                    Delta::Words { .. } => (runs(&f.delta, true), None, None),
                    Delta::Value { before, after } => (Vec::new(), before.clone(), after.clone()),
                };
                ChangedField {
                    field: f.field.clone(),
                    element: f.element.clone(),
                    change: change_key(f.change),
                    words,
                    before,
                    after,
                }
            })
            .collect();
        let changed = ChangedItem {
            section: item.place.section,
            kind: item.kind,
            name: item.name.clone(),
            change: change_key(item.change),
            fields,
        };
        match sections.last_mut() {
            Some(last) if last.key == item.place.section => last.items.push(changed),
            _ => sections.push(ChangeSection {
                key: item.place.section,
                items: vec![changed],
            }),
        }
    }
    // Within a step, items added or removed whole come first, as one list, before the changed
    // items and their fields under their own headings.
    for section in &mut sections {
        section.items.sort_by_key(|i| !i.fields.is_empty());
    }
    Changes {
        older: end(&diff.from),
        newer: end(&diff.to),
        sections,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn view(id: &str, parent: Option<&str>) -> CommentView {
        CommentView {
            comment: Comment {
                id: id.into(),
                anchor: ItemRef::field(Section::Lagesbild, "extent"),
                author_name: "Erik Lund".into(),
                author_role: "advisor".into(),
                text: format!("text {id}"),
                created_at: "2026-05-06T10:00:00Z".into(),
                parent_id: parent.map(str::to_string),
                resolved: false,
                quote: String::new(),
                suggestion: None,
                resolved_by: String::new(),
            },
            on_removed_content: false,
            changed_to: Some("the text now".into()),
        }
    }

    /// Any plan: these comments name no item, so none is looked up in it.
    fn some_plan() -> PlanDocument {
        let mut app = crate::Safeplan::open_in_memory().unwrap();
        app.load_demo(false).unwrap();
        app.plan("norrby-2027").unwrap()
    }

    fn texts(comments: &[CommentView]) -> Vec<Vec<String>> {
        let doc = some_plan();
        let names = ItemNames {
            doc: &doc,
            revisions: &[],
        };
        threads(comments, &names, Locale::En)
            .into_iter()
            .map(|(_, t)| t.comments.into_iter().map(|c| c.text).collect())
            .collect()
    }

    #[test]
    fn replies_to_replies_stand_in_their_thread_and_orphans_stand_alone() {
        let comments = [
            // A reply stored before its thread's first comment still comes after it.
            view("b", Some("a")),
            view("a", None),
            view("c", Some("b")),
            view("x", Some("gone")),
        ];
        assert_eq!(
            texts(&comments),
            [vec!["text a", "text b", "text c"], vec!["text x"]]
        );
    }

    #[test]
    fn a_cycle_from_a_damaged_file_ends() {
        let comments = [view("a", Some("b")), view("b", Some("a"))];
        let threads = texts(&comments);
        assert_eq!(threads.concat().len(), 2, "{threads:?}");
    }

    #[test]
    fn a_thread_without_a_quote_does_not_claim_its_text_changed() {
        let doc = some_plan();
        let names = ItemNames {
            doc: &doc,
            revisions: &[],
        };
        let (_, thread) = threads(&[view("a", None)], &names, Locale::Sv).remove(0);
        assert_eq!(thread.changed_to, None);
        assert_eq!(thread.comments[0].author_role, "Rådgivare");
    }
}
