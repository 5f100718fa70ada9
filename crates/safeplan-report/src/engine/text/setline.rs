//! Turning the chosen breaks into lines: glyph runs with kerning, justification spread over the
//! spaces, and hyphenated words split into runs of their own ([`WordPart`]: head, hyphen,
//! invisible rest, tail), so every reader copies the word whole and no inserted hyphen.

use super::linebreak::{space_width, Brk, Piece};
use super::{single_run, Align, PlacedRun, SetLine, Span};
use crate::engine::draw::{TextRun, WordPart};
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
    // The head of the word this line breaks: from the word's start, or from after the tail
    // when the word began lines above (then the whole line is its middle and has no head).
    let mut head_start = end - 1;
    while head_start > start && matches!(pieces[head_start - 1].brk, Brk::Hyphen(_)) {
        head_start -= 1;
    }
    if continues && head_start <= cont_end {
        head_start = cont_end + 1;
    }
    let has_head = ends_hyphen && head_start < end;

    let mut line = SetLine::default();
    let mut current: Option<(usize, TextRun)> = None;
    let mut x = offset;
    for k in start..end {
        let p = &pieces[k];
        let part = if continues && k <= cont_end {
            WordPart::Tail
        } else if has_head && k >= head_start {
            // Named with the whole word once the line is built.
            WordPart::Head(String::new())
        } else {
            WordPart::None
        };
        for f in &p.frags {
            let text = Appended {
                span: f.span,
                text: &f.text,
                part: &part,
            };
            append(fonts, spans, &mut line, &mut current, &mut x, text, extra);
        }
        if k == end - 1 && ends_hyphen {
            let span = p.frags.last().map_or(0, |f| f.span);
            let hyphen = Appended {
                span,
                text: "-",
                part: &WordPart::Hyphen,
            };
            append(fonts, spans, &mut line, &mut current, &mut x, hyphen, extra);
            flush(&mut line, &mut current, &mut x);
            if has_head {
                if let (Some(h), Some(s)) = (line.runs.last(), spans.get(span)) {
                    let mut rest =
                        single_run(fonts, &word_rest(&pieces[end..]), s.face, s.size, s.color);
                    rest.word = WordPart::Rest;
                    rest.width = h.run.width;
                    let x = h.x;
                    line.runs.push(PlacedRun { x, run: rest, span });
                }
            }
        }
        if k < end - 1 {
            if let Brk::Space(_) = p.brk {
                let span = p
                    .frags
                    .last()
                    .map_or_else(|| current.as_ref().map_or(0, |c| c.0), |f| f.span);
                // The space after a tail stays with its outlines, so the text a reader finds
                // on this line starts at the next word, not at a space.
                let after_tail = current.as_ref().is_some_and(|c| c.1.word == WordPart::Tail);
                let part = if after_tail {
                    WordPart::Tail
                } else {
                    WordPart::None
                };
                let space = Appended {
                    span,
                    text: " ",
                    part: &part,
                };
                append(fonts, spans, &mut line, &mut current, &mut x, space, extra);
            }
        }
    }
    flush(&mut line, &mut current, &mut x);
    if has_head {
        let mut word: String = pieces[head_start..end]
            .iter()
            .flat_map(|p| p.frags.iter().map(|f| f.text.as_str()))
            .collect();
        word.push_str(&word_rest(&pieces[end..]));
        // The space after the word is drawn with its outlines on the next line, inside the Span:
        // the /ActualText carries it, or the tag tree would read the word joined to the next.
        let last = pieces[end..]
            .iter()
            .find(|q| !matches!(q.brk, Brk::Hyphen(_)));
        if matches!(last.map(|q| q.brk), Some(Brk::Space(_))) {
            word.push(' ');
        }
        let mut heads = line
            .runs
            .iter_mut()
            .filter(|r| matches!(r.run.word, WordPart::Head(_)));
        if let Some(first) = heads.next() {
            first.run.word = WordPart::Head(word);
        }
        for r in heads {
            r.run.word = WordPart::Inner;
        }
    }
    line.width = natural + extra * spaces as f32;
    line.hyphenated = ends_hyphen;
    line
}

/// The letters of a hyphenated word after its break: the pieces up to the word's end.
fn word_rest(after: &[Piece]) -> String {
    let mut rest = String::new();
    for q in after {
        for f in &q.frags {
            rest.push_str(&f.text);
        }
        if !matches!(q.brk, Brk::Hyphen(_)) {
            break;
        }
    }
    rest
}

/// Text to append to a line: its span and which part of a hyphenated word it is.
struct Appended<'a> {
    span: usize,
    text: &'a str,
    part: &'a WordPart,
}

fn flush(line: &mut SetLine, current: &mut Option<(usize, TextRun)>, x: &mut f32) {
    if let Some((span, run)) = current.take() {
        let w = run.width;
        line.runs.push(PlacedRun { x: *x, run, span });
        *x += w;
    }
}

fn append(
    fonts: &Fonts<'_>,
    spans: &[Span],
    line: &mut SetLine,
    current: &mut Option<(usize, TextRun)>,
    x: &mut f32,
    what: Appended<'_>,
    extra: f32,
) {
    let Appended { span, text, part } = what;
    let Some(s) = spans.get(span) else { return };
    if current
        .as_ref()
        .is_some_and(|(cs, run)| *cs != span || run.word != *part)
    {
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
                    word: part.clone(),
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
