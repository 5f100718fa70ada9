//! The review report: a PDF of a plan's review, printed by the same engine and page design as the
//! plan. This module gathers what its template sees under `review` — the signed status history, the
//! threads by step (with what became of what they quote), the open suggestions set against the
//! field's text now, and what changed since the last review decision — and hands it with the plan
//! to the pure report engine. Refused while R9 fires: comments are printed too, and they are checked.

use std::collections::HashMap;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use safeplan_model::{
    Comment, IsoDate, ItemKind, ItemRef, Locale, PlanDocument, Revision, Role, Section,
    SuggestionState,
};
use safeplan_report::review::{
    ChangeEnd, ChangeSection, ChangedField, ChangedItem, Changes, CommentEntry, ReviewData,
    RevisionEntry, SectionThreads, SuggestionEntry, Thread, WordRun,
};
use safeplan_report::{builtin, ReportRequest};

use crate::anchors::{current_text, quote};
use crate::diff::{text_delta, unchanged_shortened, REVIEW_DECISIONS};
use crate::error::CoreError;
use crate::packages::refuse_personal_data;
use crate::pdf::{folder_name, read_template_dir, PdfExport};
use crate::pdf_job::report_error;
use crate::{
    clock, locale_for, ChangeKind, CommentView, Delta, DiffEnd, PlanDiff, Safeplan, WordOp,
};

/// How to render a review report. Every field may be left at its default.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
pub struct ReviewReportOptions {
    /// The report's language; default: Swedish for a Swedish plan, else English.
    pub locale: Option<Locale>,
    /// A city's own review-report template folder (`<folder>/sv/main.md`…), instead of the built-in one.
    pub template_dir: Option<PathBuf>,
    /// The date printed on the report; default: today (UTC). Fixing it makes exports reproducible.
    pub date: Option<IsoDate>,
}

impl Safeplan {
    /// Renders the review of a plan as a tagged PDF: its status history, threads, open suggestions
    /// and the changes since the last review decision.
    pub fn review_report(
        &self,
        id_or_slug: &str,
        options: &ReviewReportOptions,
    ) -> Result<PdfExport, CoreError> {
        let mut document = self.plan(id_or_slug)?;
        refuse_personal_data(&document)?;
        let plan_id = document.plan.id.clone();
        let locale = options
            .locale
            .unwrap_or_else(|| locale_for(document.plan.language));
        let date = options.date.clone().unwrap_or_else(clock::today);
        let (name, template) = match &options.template_dir {
            Some(dir) => (folder_name(dir), read_template_dir(dir, locale)?),
            None => {
                let files = builtin::template(builtin::REVIEW_REPORT, locale).ok_or_else(|| {
                    CoreError::Template(format!(
                        "there is no built-in review report in {}",
                        locale.key()
                    ))
                })?;
                (builtin::REVIEW_REPORT.to_string(), files)
            }
        };
        let revisions = self.revisions(&plan_id)?;
        let comments = self.comments(&plan_id)?;
        let changes = match self.diff(&plan_id, since_previous_review(&document, &revisions), None)
        {
            Ok(diff) => Some(changes(&diff)),
            Err(CoreError::NoRevision { .. }) => None,
            Err(e) => return Err(e),
        };
        let review = review_data(&document, &revisions, &comments, changes, locale);
        // The report names template files by the template's name in its messages.
        document.plan.template = name;
        let fonts = builtin::fonts();
        let request = ReportRequest {
            document: &document,
            findings: &[],
            template: &template,
            locale,
            fonts: &fonts,
            logo: None,
            date: &date,
        };
        let report =
            safeplan_report::render_review(&request, &review, &mut |_| {}).map_err(report_error)?;
        Ok(PdfExport {
            bytes: report.pdf,
            pages: report.pages,
        })
    }
}

/// Where "since the previous review" starts. While a review is under way that is the last review
/// decision (core's default); once this round is decided (changes requested, approved), it is the
/// decision before, else the first revision, so the report shows what this round looked at.
fn since_previous_review(doc: &PlanDocument, revisions: &[Revision]) -> Option<i64> {
    if !REVIEW_DECISIONS.contains(&doc.plan.status) {
        return None;
    }
    let mut decisions = revisions
        .iter()
        .rev()
        .filter(|r| REVIEW_DECISIONS.contains(&r.status));
    decisions.next();
    decisions
        .next()
        .or_else(|| revisions.first())
        .map(|r| r.number)
}

/// The day of an RFC 3339 time, as the template's `date` filter reads it.
fn day(at: &str) -> String {
    at.chars().take(10).collect()
}

fn review_data(
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
    // Bounded by the number of comments, so a cycle in a damaged file cannot loop forever.
    fn root_of<'a>(c: &'a Comment, by_id: &HashMap<&str, &'a Comment>, limit: usize) -> &'a str {
        let mut at = c;
        for _ in 0..limit {
            match at.parent_id.as_deref().and_then(|p| by_id.get(p)) {
                Some(parent) => at = parent,
                None => break,
            }
        }
        at.id.as_str()
    }
    let mut order: Vec<&str> = Vec::new();
    let mut members: HashMap<&str, Vec<&CommentView>> = HashMap::new();
    for v in comments {
        let root = root_of(&v.comment, &by_id, comments.len());
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
fn changes(diff: &PlanDiff) -> Changes {
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
    Changes {
        older: end(&diff.from),
        newer: end(&diff.to),
        sections,
    }
}
