//! Keeping user text in its place. Every `{{ value }}` a template prints goes through [`escape_inline`], so a
//! title can never start a list, a heading, a table cell or a fenced block. Prose fields that are meant to be
//! Markdown go through [`user_markdown`] instead: their emphasis, lists and links survive, but anything that
//! could take over the rest of the report (a fenced block, raw HTML, an image pulling in an asset, a level-1
//! heading) is turned into plain text or pushed down.

use pulldown_cmark::{CodeBlockKind, Event, Options, Parser, Tag};

use super::headings::{level_number, relevel};

/// Characters with a meaning anywhere in a line of Markdown (or in a GFM table row).
const INLINE_SPECIAL: &str = "\\`*_[]<>|~#!&$";

/// Escapes text so that it reads as itself inside a paragraph, heading, list item or table cell.
/// Line breaks become spaces: a value printed with `{{ }}` is one run of text.
pub fn escape_inline(text: &str) -> String {
    // A space at either end is kept (templates build values such as `" – " ~ note`), but never more:
    // four spaces or a tab at the start of a line would make an indented code block.
    // Only ASCII whitespace is collapsed: a no-break space ("4 190") must stay what it is.
    let ascii_space = |c: char| c.is_ascii_whitespace();
    let has_text = text.chars().any(|c| !c.is_ascii_whitespace());
    let lead = if has_text && text.starts_with(ascii_space) {
        " "
    } else {
        ""
    };
    let trail = if has_text && text.ends_with(ascii_space) {
        " "
    } else {
        ""
    };
    let words: Vec<&str> = text.split(ascii_space).filter(|w| !w.is_empty()).collect();
    let flat = format!("{lead}{}{trail}", words.join(" "));
    let mut out = String::with_capacity(flat.len() + 8);
    for c in flat.chars() {
        if INLINE_SPECIAL.contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    escape_line_start(&out)
}

/// At the start of a line `-`, `+`, `=` and `1.` / `1)` make lists or headings; escape them there.
fn escape_line_start(text: &str) -> String {
    let indent = text.len() - text.trim_start_matches(' ').len();
    let (lead, text) = text.split_at(indent);
    format!("{lead}{}", escape_start(text))
}

fn escape_start(text: &str) -> String {
    // A marker only counts when a space (or the end) follows it: "-12" and "3.14" are just numbers.
    let marker_end = |rest: &str| rest.is_empty() || rest.starts_with([' ', '\t']);
    let mut chars = text.chars();
    match chars.next() {
        // "=" and "-" runs can underline the line before into a heading, or make a rule.
        Some('=') => return format!("\\{text}"),
        Some('-') if marker_end(chars.as_str()) || chars.as_str().starts_with('-') => {
            return format!("\\{text}")
        }
        Some('+') if marker_end(chars.as_str()) => return format!("\\{text}"),
        _ => {}
    }
    let digits = text.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 {
        let rest = &text[digits..];
        if rest.starts_with(['.', ')']) && marker_end(&rest[1..]) {
            return format!("{}\\{}", &text[..digits], rest);
        }
    }
    text.to_string()
}

/// One change to make to the user's text, at a byte offset.
enum Edit {
    /// Put a backslash before every character of the run of `char` that starts at the offset.
    EscapeRun(char),
    /// Put a backslash before the one character at the offset.
    EscapeOne,
    /// Replace the bytes from the offset to the given end: a heading put at the wanted level.
    Replace(usize, String),
}

/// Everything in `text` that must change, found in one reading, or nothing when the text is safe.
/// A setext heading rewritten whole would leave the other edits inside it at stale offsets, so a
/// reading that finds one returns only the headings; the next reading finds the rest.
fn edits(text: &str, min_heading: usize) -> Vec<(usize, Edit)> {
    let mut found = Vec::new();
    let mut headings = Vec::new();
    let parser = Parser::new_ext(text, Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH);
    for (event, range) in parser.into_offset_iter() {
        let at = range.start;
        let rest = text.get(at..).unwrap_or("");
        match event {
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(_))) => {
                // The fence may sit after indentation or a container marker: find its first character.
                if let Some(offset) = rest.find(['`', '~']) {
                    let fence = if rest[offset..].starts_with('`') {
                        '`'
                    } else {
                        '~'
                    };
                    found.push((at + offset, Edit::EscapeRun(fence)));
                }
            }
            Event::Html(_) | Event::InlineHtml(_) => {
                if let Some(offset) = rest.find('<') {
                    found.push((at + offset, Edit::EscapeOne));
                }
            }
            Event::Start(Tag::Image { .. }) if rest.starts_with('!') => {
                found.push((at, Edit::EscapeOne))
            }
            Event::Start(Tag::Heading { level, .. }) => {
                let level = level_number(level);
                let wanted = level.max(min_heading);
                if let Some((range, with)) = relevel(text, range, level, wanted) {
                    let whole = range.end > range.start;
                    let edit = (range.start, Edit::Replace(range.end, with));
                    if whole {
                        headings.push(edit);
                    } else {
                        found.push(edit);
                    }
                }
            }
            _ => {}
        }
    }
    if headings.is_empty() {
        found
    } else {
        headings
    }
}

fn apply(text: &mut String, at: usize, edit: Edit) {
    if !text.is_char_boundary(at) {
        return;
    }
    match edit {
        Edit::EscapeRun(fence) => {
            let run = text[at..].chars().take_while(|c| *c == fence).count();
            let escaped = format!("\\{fence}").repeat(run);
            text.replace_range(at..at + run * fence.len_utf8(), &escaped);
        }
        Edit::EscapeOne => text.insert(at, '\\'),
        Edit::Replace(end, with) => {
            if text.is_char_boundary(end) && end >= at {
                text.replace_range(at..end, &with);
            }
        }
    }
}

/// User-written Markdown made safe to place inside the report: fenced blocks, raw HTML and images become
/// literal text, and headings are pushed down to at least `min_heading` so they nest under the
/// template's own headings (a setext one written as an ATX one, so a later shift moves it too). The result ends with a blank line, so the template's next line starts a new block.
pub fn user_markdown(text: &str, min_heading: usize) -> String {
    let mut out = text.replace("\r\n", "\n").replace('\r', "\n");
    let min_heading = min_heading.clamp(1, 6);
    // Edits only ever make text more literal (an escaped opening fence turns the old closing fence into a
    // new opening one, found on the next reading), so this settles within a few readings. The bound is a
    // safety net: should it ever be reached, the whole text is printed as plain text instead.
    let mut settled = false;
    for _ in 0..64 {
        let mut found = edits(&out, min_heading);
        if found.is_empty() {
            settled = true;
            break;
        }
        // From the end backwards, so earlier offsets stay valid.
        found.sort_by_key(|(at, _)| std::cmp::Reverse(*at));
        found.dedup_by_key(|(at, _)| *at);
        for (at, edit) in found {
            apply(&mut out, at, edit);
        }
    }
    if !settled {
        out = text
            .lines()
            .map(escape_inline)
            .collect::<Vec<_>>()
            .join("\n\n");
    }
    let trimmed = out.trim_end();
    if trimmed.trim().is_empty() {
        return String::new();
    }
    format!("{trimmed}\n\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn events(md: &str) -> Vec<String> {
        Parser::new_ext(md, Options::ENABLE_TABLES)
            .map(|e| format!("{e:?}"))
            .collect()
    }

    #[test]
    fn inline_text_stays_text() {
        assert_eq!(escape_inline("# Rubrik | *x*"), "\\# Rubrik \\| \\*x\\*");
        assert_eq!(escape_inline("- punkt"), "\\- punkt");
        assert_eq!(escape_inline("-12"), "-12");
        assert_eq!(escape_inline("3.14"), "3.14");
        assert_eq!(escape_inline("---"), "\\---");
        assert_eq!(escape_inline("1. första\nrad två"), "1\\. första rad två");
        assert_eq!(
            escape_inline("Trygg i Norrby – 2025"),
            "Trygg i Norrby – 2025"
        );
    }

    #[test]
    fn fences_cannot_open_blocks() {
        let md = user_markdown("Text\n\n```cover\n{\"title\": \"x\"}\n```\n\nMer", 3);
        assert!(!events(&md).iter().any(|e| e.contains("CodeBlock")), "{md}");
        let unclosed = user_markdown("~~~~chart\n{}", 3);
        assert!(
            !events(&unclosed).iter().any(|e| e.contains("CodeBlock")),
            "{unclosed}"
        );
        let nested = user_markdown("> - ```toc\n>   {}\n>   ```", 3);
        assert!(
            !events(&nested).iter().any(|e| e.contains("CodeBlock")),
            "{nested}"
        );
    }

    #[test]
    fn html_and_images_become_text() {
        let md = user_markdown("<script>alert(1)</script>\n\nHej <b>där</b> ![x](logo)", 3);
        let ev = events(&md);
        assert!(
            !ev.iter().any(|e| e.contains("Html") || e.contains("Image")),
            "{md}\n{ev:?}"
        );
        assert!(md.contains("script"));
    }

    /// Random mixes of the characters that matter never panic and never leave a block, HTML or an image.
    #[test]
    fn random_text_stays_text() {
        let pieces = [
            "```",
            "~~~",
            "`",
            "<",
            ">",
            "script",
            "</b>",
            "<!--",
            "-->",
            "![",
            "](logo)",
            "[",
            "]",
            "(",
            ")",
            "#",
            "\n",
            "\n\n",
            "    ",
            "> ",
            "- ",
            "1. ",
            "|",
            "---",
            "===",
            "*",
            "_",
            "\\",
            "&amp;",
            "å",
            "ö",
            "{",
            "}",
            "<?",
            "?>",
            "<![CDATA[",
            "]]>",
            "<div>",
            "\t",
            "\r",
        ];
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        for _ in 0..400 {
            let mut text = String::new();
            for _ in 0..40 {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                text.push_str(pieces[(seed % pieces.len() as u64) as usize]);
            }
            let md = user_markdown(&text, 3);
            let bad = Parser::new_ext(&md, Options::ENABLE_TABLES).find(|e| {
                matches!(
                    e,
                    Event::Html(_)
                        | Event::InlineHtml(_)
                        | Event::Start(Tag::Image { .. })
                        | Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(_)))
                )
            });
            assert!(bad.is_none(), "{text:?} gave {md:?}: {bad:?}");
            let inline = escape_inline(&text);
            assert!(!inline.contains('\n'));
            for placed in [
                format!("{inline}\n"),
                format!("- **Ägare:** {inline}\n"),
                format!("| {inline} | x |\n|---|---|\n"),
            ] {
                let events: Vec<Event> = Parser::new_ext(&placed, Options::ENABLE_TABLES).collect();
                let leaked = events.iter().any(|e| {
                    matches!(
                        e,
                        Event::Html(_)
                            | Event::InlineHtml(_)
                            | Event::Start(
                                Tag::Image { .. } | Tag::CodeBlock(_) | Tag::Heading { .. }
                            )
                    )
                });
                assert!(!leaked, "{text:?} placed as {placed:?} gave {events:?}");
            }
        }
    }

    #[test]
    fn headings_are_pushed_down_and_emphasis_kept() {
        let md = user_markdown("# Stor\n\nEn *viktig* mening.", 4);
        assert!(md.starts_with("#### Stor"), "{md}");
        assert!(md.contains("*viktig*"));
        assert_eq!(user_markdown("  \n ", 3), "");
    }

    #[test]
    fn setext_headings_land_where_atx_ones_do() {
        let md = user_markdown("Stor\n====\n\nMindre\n------\n\n##### Liten", 3);
        assert_eq!(md, "### Stor\n\n### Mindre\n\n##### Liten\n\n");
        let html = user_markdown("Hej <b>där</b>\n===\n", 4);
        assert!(html.starts_with("#### Hej \\<b>där\\</b>"), "{html}");
        assert!(!events(&html).iter().any(|e| e.contains("Html")), "{html}");
    }
}
