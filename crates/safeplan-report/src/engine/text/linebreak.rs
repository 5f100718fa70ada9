//! Breaking a paragraph into lines: UAX #14 break opportunities plus hyphenation points, chosen
//! by a total-fit search (the sum of squared badness over the paragraph, as in TeX) rather than
//! greedily, so justified lines are evenly spaced.

use unicode_linebreak::{linebreaks, BreakOpportunity};

use super::hyphenate::Hyphenator;
use super::setline::build_line;
use super::{Align, SetLine, Span};
use crate::engine::fonts::Fonts;

#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Brk {
    /// A space follows; its width in points.
    Space(f32),
    /// A hyphenation point: a hyphen of this width is drawn if the line ends here.
    Hyphen(f32),
    /// A break without space (after a dash or slash, or inside an over-long word).
    Zero,
    Mandatory,
    End,
}

#[derive(Clone, Debug)]
pub(super) struct Frag {
    pub span: usize,
    pub text: String,
}

#[derive(Clone, Debug)]
pub(super) struct Piece {
    pub frags: Vec<Frag>,
    pub width: f32,
    pub brk: Brk,
}

pub fn set_text(
    fonts: &Fonts<'_>,
    hyph: &Hyphenator,
    spans: &[Span],
    width: f32,
    align: Align,
) -> Vec<SetLine> {
    let width = width.max(1.0);
    let pieces = pieces(fonts, hyph, spans, width);
    if pieces.is_empty() {
        return Vec::new();
    }
    let breaks = choose_breaks(&pieces, width, align);
    let mut lines = Vec::with_capacity(breaks.len());
    let mut start = 0;
    for &end in &breaks {
        lines.push(build_line(fonts, spans, &pieces, start, end, width, align));
        start = end;
    }
    lines
}

fn pieces(fonts: &Fonts<'_>, hyph: &Hyphenator, spans: &[Span], width: f32) -> Vec<Piece> {
    // The paragraph as one string with the span of every byte, so UAX #14 sees across spans.
    let mut full = String::new();
    let mut span_starts = Vec::with_capacity(spans.len());
    for s in spans {
        span_starts.push(full.len());
        for c in s.text.chars() {
            let c = if c == '\t' || c == '\r' { ' ' } else { c };
            if c == '\n' || !c.is_control() {
                full.push(c);
            }
        }
    }
    let span_at = |byte: usize| {
        span_starts
            .partition_point(|&s| s <= byte)
            .saturating_sub(1)
    };
    let glyph_width = |span: usize, c: char| {
        let s = &spans[span];
        fonts.face(s.face).char_width(c, s.size)
    };

    let kern = |span: usize, a: char, b: char| {
        let s = &spans[span];
        fonts.face(s.face).kern_chars(a, b, s.size)
    };
    let mut out = Vec::new();
    let mut prev = 0;
    for (idx, opp) in linebreaks(&full) {
        // Keep number ranges such as 2025–2027 whole: UAX #14 allows a break after the dash.
        if opp == BreakOpportunity::Allowed && is_number_range_break(&full, idx) {
            continue;
        }
        let seg = &full[prev..idx];
        let seg_start = prev;
        prev = idx;
        let trimmed = seg.trim_end_matches([' ', '\n']);
        let trailing = &seg[trimmed.len()..];
        let word_chars: Vec<(usize, char)> = trimmed
            .char_indices()
            .map(|(i, c)| (span_at(seg_start + i), c))
            .collect();
        let last_brk = if idx == full.len() {
            Brk::End
        } else if opp == BreakOpportunity::Mandatory {
            Brk::Mandatory
        } else if let Some(first_space) = trailing.chars().next() {
            let sp = span_at(seg_start + trimmed.len());
            Brk::Space(glyph_width(sp, first_space))
        } else {
            Brk::Zero
        };
        split_word(
            &word_chars,
            last_brk,
            hyph,
            &glyph_width,
            &kern,
            width,
            &mut out,
        );
    }
    out
}

fn is_number_range_break(full: &str, idx: usize) -> bool {
    let mut before = full[..idx].chars().rev();
    let dash = before.next();
    let digit_before = before.next().is_some_and(|c| c.is_ascii_digit());
    let digit_after = full[idx..]
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_digit());
    matches!(dash, Some('–' | '-' | '—')) && digit_before && digit_after
}

/// Splits one unbreakable word into pieces at its soft hyphens or hyphenation points.
#[allow(clippy::too_many_arguments)]
fn split_word(
    chars: &[(usize, char)],
    last_brk: Brk,
    hyph: &Hyphenator,
    glyph_width: &dyn Fn(usize, char) -> f32,
    kern: &dyn Fn(usize, char, char) -> f32,
    width: f32,
    out: &mut Vec<Piece>,
) {
    let mut visible: Vec<(usize, char)> = Vec::with_capacity(chars.len());
    let mut cuts: Vec<usize> = Vec::new();
    for &(span, c) in chars {
        if c == '\u{ad}' {
            if !visible.is_empty() {
                cuts.push(visible.len());
            }
        } else {
            visible.push((span, c));
        }
    }
    if cuts.is_empty() {
        // Hyphenate each run of letters on its own: "BRÅ-rapporten" breaks only after the dash.
        let mut i = 0;
        while i < visible.len() {
            if !visible[i].1.is_alphabetic() {
                i += 1;
                continue;
            }
            let start = i;
            while i < visible.len() && visible[i].1.is_alphabetic() {
                i += 1;
            }
            let run: String = visible[start..i].iter().map(|&(_, c)| c).collect();
            for b in hyph.breaks(&run) {
                cuts.push(start + run[..b].chars().count());
            }
        }
    }
    cuts.dedup();
    let mut start = 0;
    for (n, &cut) in cuts
        .iter()
        .chain(std::iter::once(&visible.len()))
        .enumerate()
    {
        if cut <= start && n < cuts.len() {
            continue;
        }
        let part = &visible[start..cut.max(start)];
        let brk = if n == cuts.len() {
            last_brk
        } else {
            let span = part.last().map_or(0, |p| p.0);
            Brk::Hyphen(glyph_width(span, '-'))
        };
        push_piece(part, brk, glyph_width, kern, width, out);
        start = cut;
    }
}

/// Adds a piece, cutting it into line-wide chunks when a single word is wider than the line.
fn push_piece(
    part: &[(usize, char)],
    brk: Brk,
    glyph_width: &dyn Fn(usize, char) -> f32,
    kern: &dyn Fn(usize, char, char) -> f32,
    width: f32,
    out: &mut Vec<Piece>,
) {
    let mut piece = Piece {
        frags: Vec::new(),
        width: 0.0,
        brk,
    };
    let mut prev: Option<(usize, char)> = None;
    for &(span, c) in part {
        let mut w = glyph_width(span, c);
        if let Some((ps, pc)) = prev {
            if ps == span && !piece.frags.is_empty() {
                w += kern(span, pc, c);
            }
        }
        prev = Some((span, c));
        if piece.width + w > width && !piece.frags.is_empty() {
            let mut full = std::mem::replace(
                &mut piece,
                Piece {
                    frags: Vec::new(),
                    width: 0.0,
                    brk,
                },
            );
            full.brk = Brk::Zero;
            out.push(full);
        }
        piece.width += w;
        match piece.frags.last_mut() {
            Some(f) if f.span == span => f.text.push(c),
            _ => piece.frags.push(Frag {
                span,
                text: c.to_string(),
            }),
        }
    }
    out.push(piece);
}

pub(super) fn space_width(brk: Brk) -> f32 {
    match brk {
        Brk::Space(w) => w,
        _ => 0.0,
    }
}

/// Line ends (exclusive piece indices) minimising the paragraph's total demerits.
fn choose_breaks(pieces: &[Piece], width: f32, align: Align) -> Vec<usize> {
    let n = pieces.len();
    let mut best = vec![f64::INFINITY; n + 1];
    let mut from = vec![0usize; n + 1];
    best[0] = 0.0;
    for j in 1..=n {
        let last = &pieces[j - 1];
        let is_last_line = matches!(last.brk, Brk::Mandatory | Brk::End);
        let hyphen = match last.brk {
            Brk::Hyphen(w) => w,
            _ => 0.0,
        };
        let mut w = hyphen;
        let mut spaces = 0usize;
        let mut space_total = 0.0f32;
        for i in (0..j).rev() {
            let p = &pieces[i];
            if i < j - 1 {
                if matches!(p.brk, Brk::Mandatory | Brk::End) {
                    break;
                }
                if let Brk::Space(sw) = p.brk {
                    spaces += 1;
                    space_total += sw;
                }
                w += space_width(p.brk);
            }
            w += p.width;
            if w > width && i < j - 1 {
                break;
            }
            if best[i].is_infinite() {
                continue;
            }
            let slack = width - w;
            let mut cost = if slack < 0.0 {
                1e7
            } else if is_last_line {
                0.0
            } else if align == Align::Justify {
                let ratio = if spaces > 0 {
                    slack / space_total
                } else {
                    slack / width * 20.0
                };
                let badness = (100.0 * f64::from(ratio).powi(3)).min(1e5);
                (10.0 + badness).powi(2)
            } else {
                let b = f64::from(slack / width * 10.0).powi(2);
                (10.0 + b).powi(2)
            };
            if hyphen > 0.0 {
                cost += if align == Align::Justify {
                    3000.0
                } else {
                    8000.0
                };
                if i > 0 && matches!(pieces[i - 1].brk, Brk::Hyphen(_)) {
                    cost += 6000.0;
                }
            }
            let total = best[i] + cost;
            if total < best[j] {
                best[j] = total;
                from[j] = i;
            }
        }
    }
    let mut ends = Vec::new();
    let mut j = n;
    while j > 0 {
        ends.push(j);
        j = from[j];
    }
    ends.reverse();
    ends
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::draw::Color;
    use crate::engine::fonts::{builtin_fonts, Face};

    fn lines(text: &str, width: f32, align: Align) -> Vec<SetLine> {
        let set = builtin_fonts();
        let fonts = Fonts::load(&set).expect("fonts");
        let hyph = Hyphenator::for_lang("sv");
        let spans = [Span::new(text, Face::Regular, 10.5, Color(0.0, 0.0, 0.0))];
        set_text(&fonts, &hyph, &spans, width, align)
    }

    fn text_of(l: &SetLine) -> String {
        l.runs.iter().map(|r| r.run.text.as_str()).collect()
    }

    #[test]
    fn justified_lines_fill_the_measure_and_none_overflows() {
        let t = "Stadsdelsförvaltningen har i uppdrag att förebygga brott, hat och våldsbejakande extremism. \
                 Planen beskriver lägesbilden, målen och åtgärderna under perioden och följs upp varje år.";
        let ls = lines(t, 200.0, Align::Justify);
        assert!(ls.len() > 3);
        for l in &ls[..ls.len() - 1] {
            assert!(l.width <= 200.5, "{} is {} wide", text_of(l), l.width);
        }
        let full = ls.iter().filter(|l| (l.width - 200.0).abs() < 0.5).count();
        assert!(
            full >= ls.len() - 2,
            "most lines should be justified to the measure"
        );
    }

    #[test]
    fn soft_hyphens_are_the_only_breaks_in_their_word() {
        let ls = lines("aa föräl\u{ad}drastöds\u{ad}grupperna", 60.0, Align::Left);
        let all: Vec<String> = ls.iter().map(text_of).collect();
        assert!(all.iter().all(|l| !l.contains('\u{ad}')), "{all:?}");
        let ends: Vec<&String> = all.iter().filter(|l| l.ends_with('-')).collect();
        for e in ends {
            assert!(e.ends_with("föräl-") || e.ends_with("drastöds-"), "{e}");
        }
    }

    #[test]
    fn a_word_wider_than_the_line_is_cut_to_fit() {
        let ls = lines(&"x".repeat(300), 100.0, Align::Justify);
        assert!(ls.len() > 3);
        assert!(ls.iter().all(|l| l.width <= 100.5));
    }

    #[test]
    fn hard_breaks_end_lines() {
        let ls = lines("ett\ntvå", 300.0, Align::Left);
        assert_eq!(ls.iter().map(text_of).collect::<Vec<_>>(), ["ett", "två"]);
    }
}
