//! The words inserted into and deleted from a text, and the values added to and removed from a
//! list, as runs a reader can follow. The diffing itself is the `similar` crate's.

use similar::{capture_diff_slices, Algorithm, ChangeTag, DiffOp, TextDiff};

use super::{Delta, WordOp, WordSpan};

/// How one text field differs. Text without a space on either side is a value (a date, a level, a
/// one-word name), shown whole before and after rather than as a run of one replaced word.
pub(crate) fn text(before: &str, after: &str) -> Delta {
    let prose = |s: &str| s.contains(char::is_whitespace);
    if !prose(before) && !prose(after) {
        return Delta::Value {
            before: (!before.is_empty()).then(|| before.to_string()),
            after: (!after.is_empty()).then(|| after.to_string()),
        };
    }
    let diff = TextDiff::configure()
        .algorithm(Algorithm::Myers)
        .diff_words(before, after);
    let tokens: Vec<(WordOp, &str)> = diff
        .iter_all_changes()
        .map(|c| (op(c.tag()), c.value()))
        .collect();
    Delta::Words {
        spans: replacements(&tokens),
    }
}

/// The longest kept word that a replacement swallows: "och", "i", "the" kept between two rewritten
/// stretches say nothing, and splitting the rewrite around them makes it hard to read.
const SWALLOWED_WORD_CHARS: usize = 4;

/// Joins the tokens into runs. Within a replacement (words deleted and others inserted), a space or
/// one short word kept between two changes joins the deletion and the insertion both, so "old cat" →
/// "new dog" reads as one phrase replaced, not two words each replaced. Both texts stay whole: the
/// older is the kept and deleted runs, the newer the kept and inserted ones.
fn replacements(tokens: &[(WordOp, &str)]) -> Vec<WordSpan> {
    // Runs first: a kept word and the spaces around it are one kept stretch.
    let mut runs: Vec<WordSpan> = Vec::new();
    for &(op, text) in tokens {
        push(&mut runs, op, text);
    }
    let mut spans = Vec::new();
    let (mut deleted, mut inserted) = (String::new(), String::new());
    for (n, run) in runs.iter().enumerate() {
        match run.op {
            WordOp::Delete => deleted.push_str(&run.text),
            WordOp::Insert => inserted.push_str(&run.text),
            WordOp::Equal => {
                let word = run.text.trim();
                let slight = !word.contains(char::is_whitespace)
                    && word.chars().count() <= SWALLOWED_WORD_CHARS;
                let more = runs.get(n + 1).is_some();
                if slight && more && !deleted.is_empty() && !inserted.is_empty() {
                    deleted.push_str(&run.text);
                    inserted.push_str(&run.text);
                    continue;
                }
                flush(&mut spans, &mut deleted, &mut inserted);
                push(&mut spans, WordOp::Equal, &run.text);
            }
        }
    }
    flush(&mut spans, &mut deleted, &mut inserted);
    spans
}

fn flush(spans: &mut Vec<WordSpan>, deleted: &mut String, inserted: &mut String) {
    if !deleted.is_empty() {
        push(spans, WordOp::Delete, &std::mem::take(deleted));
    }
    if !inserted.is_empty() {
        push(spans, WordOp::Insert, &std::mem::take(inserted));
    }
}

/// How a list of plain values differs (the steps of a routine, a measure's themes): each value
/// kept, inserted or deleted, one per line.
pub(super) fn elements(before: &[String], after: &[String]) -> Delta {
    let mut spans = Vec::new();
    for diff_op in capture_diff_slices(Algorithm::Myers, before, after) {
        let (tag, old, new) = diff_op.as_tag_tuple();
        let values = match diff_op {
            DiffOp::Insert { .. } => &after[new],
            _ => &before[old],
        };
        for value in values {
            if !spans.is_empty() {
                push(&mut spans, WordOp::Equal, "\n");
            }
            push(&mut spans, op_of_diff(tag), value);
        }
        // A replaced run is its old values deleted, then its new ones inserted.
        if let DiffOp::Replace {
            new_index, new_len, ..
        } = diff_op
        {
            for value in &after[new_index..new_index + new_len] {
                push(&mut spans, WordOp::Equal, "\n");
                push(&mut spans, WordOp::Insert, value);
            }
        }
    }
    Delta::Words { spans }
}

/// A comment's opening words, as a name for it.
pub(super) fn short(text: &str) -> String {
    const MAX_CHARS: usize = 80;
    let mut name: String = text.chars().take(MAX_CHARS).collect();
    if text.chars().count() > MAX_CHARS {
        name.push('…');
    }
    name
}

fn op(tag: ChangeTag) -> WordOp {
    match tag {
        ChangeTag::Equal => WordOp::Equal,
        ChangeTag::Insert => WordOp::Insert,
        ChangeTag::Delete => WordOp::Delete,
    }
}

fn op_of_diff(tag: similar::DiffTag) -> WordOp {
    match tag {
        similar::DiffTag::Equal => WordOp::Equal,
        similar::DiffTag::Insert => WordOp::Insert,
        similar::DiffTag::Delete | similar::DiffTag::Replace => WordOp::Delete,
    }
}

/// Appends `text`, joining it to the last run when that run has the same op, so a sentence
/// rewritten reads as one deletion and one insertion, not word by word.
fn push(spans: &mut Vec<WordSpan>, op: WordOp, text: &str) {
    match spans.last_mut() {
        Some(last) if last.op == op => last.text.push_str(text),
        _ => spans.push(WordSpan {
            op,
            text: text.to_string(),
        }),
    }
}

/// Unchanged text longer than this is cut to its ends around the changes.
const CONTEXT_CHARS: usize = 40;

/// An unchanged stretch as a listing shows it beside changes: its start kept when a change comes
/// before it, its end when one comes after, the middle as "…". Text with no change beside it is
/// kept whole, as is text short enough to read.
pub fn unchanged_shortened(s: &str, keep_start: bool, keep_end: bool) -> String {
    let chars: Vec<char> = s.chars().collect();
    let keep = CONTEXT_CHARS * (keep_start as usize + keep_end as usize);
    if keep == 0 || chars.len() <= keep + 1 {
        return s.to_string();
    }
    let head: String = if keep_start {
        chars[..CONTEXT_CHARS].iter().collect()
    } else {
        String::new()
    };
    let tail: String = if keep_end {
        chars[chars.len() - CONTEXT_CHARS..].iter().collect()
    } else {
        String::new()
    };
    format!("{head}…{tail}")
}
