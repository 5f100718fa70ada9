//! `shift_headings(n)`: pushes every heading of a piece of rendered Markdown `n` levels down, so a
//! district plan's chapters (`# Lägesbild`, `## Omfattning`) can sit inside a unit's chapter of the
//! city plan (`## Lägesbild`, `### Omfattning`) without a copy of their files. Headings are found
//! by the same CommonMark reader the engine uses, so a `#` inside a fenced block, a code span or a
//! paragraph's continuation is never taken for one; the deepest level stays 6.

use std::ops::Range;

use minijinja::value::Value;
use minijinja::{Error, ErrorKind};
use pulldown_cmark::{Event, Options, Parser, Tag};

use super::headings::{level_number, relevel};

/// The Markdown with each heading `by` levels deeper (at most level 6); a setext heading is written
/// as an ATX one at its new level (see [`headings`](super::headings)).
pub fn shift_headings(markdown: &str, by: usize) -> String {
    if by == 0 {
        return markdown.to_string();
    }
    let opts = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    let mut edits: Vec<(Range<usize>, String)> = Vec::new();
    for (event, range) in Parser::new_ext(markdown, opts).into_offset_iter() {
        let Event::Start(Tag::Heading { level, .. }) = event else {
            continue;
        };
        let level = level_number(level);
        edits.extend(relevel(markdown, range, level, level + by));
    }
    let mut out = String::with_capacity(markdown.len() + edits.len() * by);
    let mut from = 0;
    for (range, with) in edits {
        out.push_str(&markdown[from..range.start]);
        out.push_str(&with);
        from = range.end;
    }
    out.push_str(&markdown[from..]);
    out
}

/// The filter: `{% filter shift_headings(1) %}{% include "district-plan/lagesbild.md" %}{% endfilter %}`.
pub fn filter(value: Value, by: Option<i64>) -> Result<Value, Error> {
    let by = by.unwrap_or(1);
    if !(0..=5).contains(&by) {
        return Err(Error::new(
            ErrorKind::InvalidOperation,
            format!("shift_headings(): the shift must be 0 to 5 levels, not {by}"),
        ));
    }
    let text = value.as_str().map(str::to_string).unwrap_or_default();
    // The text is the template's own output (already escaped where it printed user text).
    Ok(Value::from_safe_string(shift_headings(&text, by as usize)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_move_down_and_stop_at_six() {
        let md = "# Lägesbild\n\nText.\n\n## Omfattning\n\n###### Deep\n\n##### Five\n";
        assert_eq!(
            shift_headings(md, 1),
            "## Lägesbild\n\nText.\n\n### Omfattning\n\n###### Deep\n\n###### Five\n"
        );
    }

    #[test]
    fn hashes_that_are_not_headings_stay() {
        let md = "```chart\n# not a heading\n```\n\nA line with # in it\n\\# escaped\n\n`# code`\n";
        assert_eq!(shift_headings(md, 2), md);
    }

    #[test]
    fn indented_headings_keep_their_indent() {
        assert_eq!(shift_headings("  # Title\n", 1), "  ## Title\n");
    }

    #[test]
    fn setext_headings_move_down_as_atx_ones() {
        let md = "Lägesbild\n=========\n\nText.\n\nOmfattning\n----------\n\n## Orsaker\n";
        assert_eq!(
            shift_headings(md, 1),
            "## Lägesbild\n\nText.\n\n### Omfattning\n\n### Orsaker\n"
        );
        assert_eq!(shift_headings("Sist\n---", 5), "###### Sist");
    }

    #[test]
    fn the_filter_refuses_a_wild_shift() {
        assert!(filter(Value::from("# a"), Some(9)).is_err());
        assert_eq!(
            filter(Value::from("# a\n"), None).unwrap().as_str(),
            Some("## a\n")
        );
        assert_eq!(
            filter(Value::from("a\n=\n"), Some(2)).unwrap().as_str(),
            Some("### a\n")
        );
    }
}
