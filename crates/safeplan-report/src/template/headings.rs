//! Moving one heading to another level, for the two places that do: the `markdown` filter (a field's
//! headings sit under the template's own) and `shift_headings` (a district plan's chapters inside the
//! city plan). An ATX heading (`## Title`) moves by gaining `#`s. A setext heading (`Title` over a line
//! of `===` or `---`) has only two levels, so it is written again as one ATX line at the wanted level,
//! with its text unchanged: a planner who underlines a title gets the level a `#` would have given.

use std::ops::Range;

use pulldown_cmark::HeadingLevel;

/// 1 to 6, as the PDF's H1–H6 (the reader numbers its levels so).
pub fn level_number(level: HeadingLevel) -> usize {
    level as usize
}

/// The edit that puts the heading the reader found at `range` of `markdown` (at `level`) at level
/// `to`: the bytes to replace and what to put there. None when nothing needs to change (an ATX
/// heading already at `to` or deeper; ATX headings are never raised).
pub fn relevel(
    markdown: &str,
    range: Range<usize>,
    level: usize,
    to: usize,
) -> Option<(Range<usize>, String)> {
    let source = markdown.get(range.clone())?;
    let to = to.clamp(1, 6);
    if let Some(atx) = setext_as_atx(source, to) {
        return Some((range, atx));
    }
    if to <= level {
        return None;
    }
    // The reader's range may start at the line's indentation; the `#`s go before the first `#`.
    let indent = source.len() - source.trim_start_matches([' ', '\t']).len();
    let at = range.start + indent;
    Some((at..at, "#".repeat(to - level)))
}

/// `source` (a heading as the reader found it, underline included) as an ATX heading at `level`, or
/// None when it is an ATX heading already. An ATX heading is always one line and a setext one never
/// is, which tells them apart even for a text such as `#tag` underlined with `===`.
fn setext_as_atx(source: &str, level: usize) -> Option<String> {
    let body = source.trim_end_matches(['\n', '\r']);
    let ending = &source[body.len()..];
    let underline_at = body.rfind('\n')?;
    let lines: Vec<String> = body[..underline_at]
        .split('\n')
        .enumerate()
        .map(|(i, line)| {
            // Lines after the first carry their container's marks (`> ` in a quote, the indent in a
            // list item); a paragraph line never starts with them, so they can all go.
            let line = if i == 0 {
                line
            } else {
                line.trim_start_matches([' ', '\t', '>'])
            };
            without_hard_break(line.trim()).to_string()
        })
        .filter(|line| !line.is_empty())
        .collect();
    let mut text = lines.join(" ");
    // A closing run of `#`s would be read as the ATX heading's optional closing sequence and
    // dropped: escaping its first `#` keeps every one as text.
    if text.ends_with('#') {
        let run = text.len() - text.trim_end_matches('#').len();
        text.insert(text.len() - run, '\\');
    }
    Some(format!("{} {text}{ending}", "#".repeat(level)))
}

/// A line's closing backslash is a hard break inside a heading of several lines; the ATX line has
/// none to break, so it goes (an escaped backslash, `\\`, is text and stays).
fn without_hard_break(line: &str) -> &str {
    let slashes = line.len() - line.trim_end_matches('\\').len();
    if slashes % 2 == 1 {
        line[..line.len() - 1].trim_end()
    } else {
        line
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use pulldown_cmark::{Event, Options, Parser, Tag};

    /// Every heading in `md` moved to `to`, as the filter and the shift apply the edits.
    fn all_to(md: &str, to: usize) -> String {
        let mut edits: Vec<(Range<usize>, String)> = Parser::new_ext(md, Options::ENABLE_TABLES)
            .into_offset_iter()
            .filter_map(|(event, range)| match event {
                Event::Start(Tag::Heading { level, .. }) => {
                    relevel(md, range, level_number(level), to)
                }
                _ => None,
            })
            .collect();
        edits.sort_by_key(|(r, _)| std::cmp::Reverse(r.start));
        let mut out = md.to_string();
        for (r, with) in edits {
            out.replace_range(r, &with);
        }
        out
    }

    /// (level, text) of every heading, as the engine reads them.
    fn headings(md: &str) -> Vec<(usize, String)> {
        let mut out = Vec::new();
        let mut current: Option<(usize, String)> = None;
        for event in Parser::new_ext(md, Options::ENABLE_TABLES) {
            match event {
                Event::Start(Tag::Heading { level, .. }) => {
                    current = Some((level_number(level), String::new()))
                }
                Event::Text(t) | Event::Code(t) => {
                    if let Some((_, s)) = current.as_mut() {
                        s.push_str(&t)
                    }
                }
                Event::SoftBreak | Event::HardBreak => {
                    if let Some((_, s)) = current.as_mut() {
                        s.push(' ')
                    }
                }
                Event::End(pulldown_cmark::TagEnd::Heading(_)) => out.extend(current.take()),
                _ => {}
            }
        }
        out
    }

    #[test]
    fn a_setext_heading_becomes_an_atx_one_at_the_level() {
        assert_eq!(all_to("Titel\n=====\n\nText.\n", 3), "### Titel\n\nText.\n");
        assert_eq!(all_to("Under\n---\n", 4), "#### Under\n");
        assert_eq!(all_to("Titel\n===", 2), "## Titel");
    }

    #[test]
    fn a_setext_heading_keeps_its_text() {
        for md in [
            "Två *rader*\noch `kod`\n===\n",
            "Slutar med #\n===\n",
            "#tagg\n===\n",
            "C# och F##\n---\n",
            "Bryts här\\\nsen\n===\n",
            "> Citat\n> två\n> ---\n",
            "- Punkt\n  ===\n",
            "   Indragen\n   ===\n",
        ] {
            let before = headings(md);
            assert_eq!(before.len(), 1, "{md:?} is one setext heading: {before:?}");
            let after = headings(&all_to(md, 4));
            let want = before[0].1.replace('\n', " ");
            assert_eq!(after, [(4, want)], "{md:?} gave {:?}", all_to(md, 4));
        }
    }

    #[test]
    fn an_atx_heading_only_gains_hashes() {
        assert_eq!(
            all_to("# Stor\n\n  ## Indragen\n", 3),
            "### Stor\n\n  ### Indragen\n"
        );
        assert_eq!(all_to("##### Djup\n", 3), "##### Djup\n");
        assert_eq!(relevel("## a\n", 0..5, 2, 2), None);
    }
}
