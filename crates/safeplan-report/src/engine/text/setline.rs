//! Turning the chosen breaks into lines: glyph runs with kerning, justification spread over the
//! spaces, and hyphenated words split into runs of their own that carry /ActualText, so copying
//! gives the word whole and no inserted hyphen.

use super::linebreak::{space_width, Brk, Piece};
use super::{Align, PlacedRun, SetLine, Span};
use crate::engine::draw::TextRun;
use crate::engine::fonts::Fonts;

/// A justified line may spread its spaces to this many times their width before it is set ragged.
const MAX_STRETCH: f32 = 2.6;

pub(super) fn build_line(
    fonts: &Fonts<'_>,
    spans: &[Span],
    pieces: &[Piece],
    start: usize,
    end: usize,
    width: f32,
    align: Align,
) -> SetLine {
    let last = &pieces[end - 1];
    let ends_hyphen = matches!(last.brk, Brk::Hyphen(_));
    let continues = start > 0 && matches!(pieces[start - 1].brk, Brk::Hyphen(_));
    let is_last_line = matches!(last.brk, Brk::Mandatory | Brk::End);

    let mut natural = 0.0;
    let mut space_total = 0.0;
    let mut spaces = 0usize;
    for (k, p) in pieces[start..end].iter().enumerate() {
        natural += p.width;
        if start + k < end - 1 {
            natural += space_width(p.brk);
            if let Brk::Space(sw) = p.brk {
                space_total += sw;
                spaces += 1;
            }
        }
    }
    if let Brk::Hyphen(hw) = last.brk {
        natural += hw;
    }
    let slack = (width - natural).max(0.0);
    let mut extra = 0.0;
    let mut offset = 0.0;
    match align {
        Align::Justify if !is_last_line && spaces > 0 && slack <= space_total * MAX_STRETCH => {
            extra = slack / spaces as f32;
        }
        Align::Right => offset = slack,
        Align::Center => offset = slack / 2.0,
        _ => {}
    }

    // The rest of a word hyphenated on the previous line: pieces up to the word's end.
    let mut cont_end = start;
    while continues && cont_end < end - 1 && matches!(pieces[cont_end].brk, Brk::Hyphen(_)) {
        cont_end += 1;
    }
    let mut line = SetLine::default();
    let mut current: Option<(usize, TextRun)> = None;
    let mut x = offset;
    for k in start..end {
        let p = &pieces[k];
        // A hyphenated word's parts get runs of their own so they can carry /ActualText.
        let own_run = (continues && k <= cont_end) || (k == end - 1 && ends_hyphen);
        let run_starts = (continues && k == start)
            || (k == end - 1 && ends_hyphen && !(continues && k <= cont_end));
        if run_starts {
            flush(&mut line, &mut current, &mut x);
        }
        for f in &p.frags {
            append(
                fonts,
                spans,
                &mut line,
                &mut current,
                &mut x,
                f.span,
                &f.text,
                extra,
            );
        }
        if k == end - 1 && ends_hyphen {
            let span = p.frags.last().map_or(0, |f| f.span);
            append(
                fonts,
                spans,
                &mut line,
                &mut current,
                &mut x,
                span,
                "-",
                extra,
            );
            let mut rest = String::new();
            if !(continues && k <= cont_end) {
                for f in &p.frags {
                    rest.push_str(&f.text);
                }
                for q in &pieces[end..] {
                    for f in &q.frags {
                        rest.push_str(&f.text);
                    }
                    if !matches!(q.brk, Brk::Hyphen(_)) {
                        break;
                    }
                }
            }
            if let Some((_, run)) = current.as_mut() {
                run.actual_text = Some(rest);
            }
        } else if own_run && k == cont_end {
            if let Some((_, run)) = current.as_mut() {
                run.actual_text = Some(String::new());
            }
        }
        if own_run && (k == cont_end || k == end - 1) {
            flush(&mut line, &mut current, &mut x);
        }
        if k < end - 1 {
            if let Brk::Space(_) = p.brk {
                let span = p
                    .frags
                    .last()
                    .map_or_else(|| current.as_ref().map_or(0, |c| c.0), |f| f.span);
                append(
                    fonts,
                    spans,
                    &mut line,
                    &mut current,
                    &mut x,
                    span,
                    " ",
                    extra,
                );
            }
        }
    }
    flush(&mut line, &mut current, &mut x);
    line.width = natural + extra * spaces as f32;
    line.hyphenated = ends_hyphen;
    line
}

fn flush(line: &mut SetLine, current: &mut Option<(usize, TextRun)>, x: &mut f32) {
    if let Some((span, run)) = current.take() {
        let w = run.width;
        line.runs.push(PlacedRun { x: *x, run, span });
        *x += w;
    }
}

#[allow(clippy::too_many_arguments)]
fn append(
    fonts: &Fonts<'_>,
    spans: &[Span],
    line: &mut SetLine,
    current: &mut Option<(usize, TextRun)>,
    x: &mut f32,
    span: usize,
    text: &str,
    extra: f32,
) {
    let Some(s) = spans.get(span) else { return };
    if current.as_ref().is_some_and(|(cs, _)| *cs != span) {
        flush(line, current, x);
    }
    let font = fonts.face(s.face);
    let run = &mut current
        .get_or_insert_with(|| {
            (
                span,
                TextRun {
                    face: s.face,
                    size: s.size,
                    color: s.color,
                    text: String::new(),
                    glyphs: Vec::new(),
                    kerns: Vec::new(),
                    space_extra: extra,
                    actual_text: None,
                    width: 0.0,
                },
            )
        })
        .1;
    // Kerning only between letters appended together (one fragment), exactly as measured.
    let mut prev: Option<u16> = None;
    for c in text.chars() {
        let (gid, adv) = font.glyph(c);
        if let (Some(p), Some(k)) = (prev, run.kerns.last_mut()) {
            *k = font.kern(p, gid);
            run.width += f32::from(*k) * s.size / font.units_per_em;
        }
        prev = Some(gid);
        run.kerns.push(0);
        run.glyphs.push(gid);
        run.text.push(c);
        run.width += f32::from(adv) * s.size / font.units_per_em;
        if c == ' ' {
            run.width += extra;
        }
    }
}
