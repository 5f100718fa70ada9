//! Markdown in, a tree of blocks out: CommonMark with GFM tables and strikethrough, plus the fenced
//! blocks whose info string names one of ours (cover, toc, pagebreak, chart, chart-pair, table,
//! heatmap).

use pulldown_cmark::{Alignment, CodeBlockKind, Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use super::specs::{CellAlign, ChartPairSpec, ChartSpec, CoverSpec, TableSpec, TocSpec};
use super::EngineError;

/// Inline text with its emphasis and link.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Inline {
    pub text: String,
    pub bold: bool,
    pub italic: bool,
    pub code: bool,
    pub strike: bool,
    pub link: Option<String>,
}

#[derive(Clone, Debug)]
pub struct Table {
    pub caption: String,
    pub columns: Vec<(f32, CellAlign)>,
    pub header: Vec<Vec<Vec<Inline>>>,
    pub body: Vec<Vec<Vec<Inline>>>,
}

#[derive(Clone, Debug)]
pub enum Block {
    Heading {
        level: u8,
        text: Vec<Inline>,
    },
    Paragraph(Vec<Inline>),
    List {
        ordered: bool,
        start: u64,
        items: Vec<Vec<Block>>,
    },
    Quote(Vec<Block>),
    Code(String),
    Rule,
    Image {
        alt: String,
        name: String,
    },
    Table(Table),
    Cover(CoverSpec),
    Toc(TocSpec),
    PageBreak,
    Chart(ChartSpec),
    ChartPair(ChartPairSpec),
    Heatmap(super::heatmap::HeatmapSpec),
}

pub fn parse(markdown: &str) -> Result<Vec<Block>, EngineError> {
    let opts = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    let mut events = Parser::new_ext(markdown, opts)
        .into_offset_iter()
        .peekable();
    let mut reader = Reader {
        markdown,
        events: &mut events,
        depth: 0,
    };
    reader.blocks(None)
}

type Events<'a> = std::iter::Peekable<pulldown_cmark::OffsetIter<'a>>;

struct Reader<'m, 'e> {
    markdown: &'m str,
    events: &'e mut Events<'m>,
    /// Quote and list nesting so far: past MAX_DEPTH the structure is flattened, so hostile
    /// input cannot exhaust the stack.
    depth: usize,
}

const MAX_DEPTH: usize = 16;

#[derive(Clone, Copy, Default)]
struct Style {
    bold: bool,
    italic: bool,
    strike: bool,
}

impl<'m> Reader<'m, '_> {
    fn line_of(&self, offset: usize) -> usize {
        let end = offset.min(self.markdown.len());
        self.markdown.as_bytes()[..end]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
            + 1
    }

    /// Blocks until the end tag `until` (consumed) or the end of input.
    fn blocks(&mut self, until: Option<TagEnd>) -> Result<Vec<Block>, EngineError> {
        let mut out = Vec::new();
        let mut loose: Vec<Inline> = Vec::new();
        let mut loose_stack: Vec<Tag<'m>> = Vec::new();
        while let Some((event, range)) = self.events.next() {
            match event {
                Event::End(end) if Some(end) == until => break,
                Event::End(end) if !loose_stack.is_empty() => {
                    self.inline_event(Event::End(end), &mut loose, &mut loose_stack, &mut out);
                }
                Event::End(_) => {}
                Event::Start(Tag::Paragraph) => {
                    flush(&mut out, &mut loose);
                    let inl = self.inlines(TagEnd::Paragraph, &mut out);
                    push_paragraph(&mut out, inl);
                }
                Event::Start(Tag::Heading { level, .. }) => {
                    flush(&mut out, &mut loose);
                    let end = TagEnd::Heading(level);
                    let text = self.inlines(end, &mut out);
                    out.push(Block::Heading {
                        level: heading_level(level),
                        text,
                    });
                }
                Event::Start(Tag::BlockQuote(_) | Tag::List(_) | Tag::Item)
                    if self.depth >= MAX_DEPTH =>
                {
                    flush(&mut out, &mut loose);
                }
                Event::Start(Tag::BlockQuote(_)) => {
                    flush(&mut out, &mut loose);
                    self.depth += 1;
                    let inner = self.blocks(Some(TagEnd::BlockQuote(None)));
                    self.depth -= 1;
                    out.push(Block::Quote(inner?));
                }
                Event::Start(Tag::List(start)) => {
                    flush(&mut out, &mut loose);
                    let ordered = start.is_some();
                    let mut items = Vec::new();
                    loop {
                        match self.events.next() {
                            Some((Event::Start(Tag::Item), _)) => {
                                self.depth += 1;
                                let item = self.blocks(Some(TagEnd::Item));
                                self.depth -= 1;
                                items.push(item?);
                            }
                            Some((Event::End(TagEnd::List(_)), _)) | None => break,
                            Some(_) => {}
                        }
                    }
                    out.push(Block::List {
                        ordered,
                        start: start.unwrap_or(1),
                        items,
                    });
                }
                Event::Start(Tag::CodeBlock(kind)) => {
                    flush(&mut out, &mut loose);
                    let info = match &kind {
                        CodeBlockKind::Fenced(info) => info.trim().to_string(),
                        CodeBlockKind::Indented => String::new(),
                    };
                    let mut body = String::new();
                    for (ev, _) in self.events.by_ref() {
                        match ev {
                            Event::Text(t) => body.push_str(&t),
                            Event::End(TagEnd::CodeBlock) => break,
                            _ => {}
                        }
                    }
                    let line = self.line_of(range.start);
                    out.push(fenced(&info, &body, line)?);
                }
                Event::Start(Tag::Table(aligns)) => {
                    flush(&mut out, &mut loose);
                    let t = self.gfm_table(&aligns, &mut out);
                    out.push(Block::Table(t));
                }
                Event::Start(Tag::HtmlBlock) => {
                    // Raw HTML has no place in a printed plan: skip it.
                    for (ev, _) in self.events.by_ref() {
                        if ev == Event::End(TagEnd::HtmlBlock) {
                            break;
                        }
                    }
                }
                Event::Rule => {
                    flush(&mut out, &mut loose);
                    out.push(Block::Rule);
                }
                Event::Start(tag) => {
                    // Inline content straight inside a tight list item.
                    self.inline_event(Event::Start(tag), &mut loose, &mut loose_stack, &mut out);
                }
                other => {
                    self.inline_event(other, &mut loose, &mut loose_stack, &mut out);
                }
            }
        }
        flush(&mut out, &mut loose);
        Ok(out)
    }

    /// Inline content until `end` (consumed). Images become blocks of their own in `blocks_out`.
    fn inlines(&mut self, end: TagEnd, blocks_out: &mut Vec<Block>) -> Vec<Inline> {
        let mut out = Vec::new();
        let mut stack: Vec<Tag<'m>> = Vec::new();
        while let Some((event, _)) = self.events.next() {
            if event == Event::End(end) && stack.is_empty() {
                break;
            }
            self.inline_event(event, &mut out, &mut stack, blocks_out);
        }
        out
    }

    fn inline_event(
        &mut self,
        event: Event<'m>,
        out: &mut Vec<Inline>,
        stack: &mut Vec<Tag<'m>>,
        blocks_out: &mut Vec<Block>,
    ) {
        let style = stack.iter().fold(Style::default(), |s, t| match t {
            Tag::Strong => Style { bold: true, ..s },
            Tag::Emphasis => Style { italic: true, ..s },
            Tag::Strikethrough => Style { strike: true, ..s },
            _ => s,
        });
        let link = stack.iter().rev().find_map(|t| match t {
            Tag::Link { dest_url, .. } => Some(dest_url.to_string()),
            _ => None,
        });
        let push = |out: &mut Vec<Inline>, text: &str, code: bool| {
            out.push(Inline {
                text: text.to_string(),
                bold: style.bold,
                italic: style.italic,
                strike: style.strike,
                code,
                link: link.clone(),
            })
        };
        match event {
            Event::Start(Tag::Image { dest_url, .. }) => {
                let mut alt = String::new();
                for (ev, _) in self.events.by_ref() {
                    match ev {
                        Event::Text(t) | Event::Code(t) => alt.push_str(&t),
                        Event::End(TagEnd::Image) => break,
                        _ => {}
                    }
                }
                flush(blocks_out, out);
                blocks_out.push(Block::Image {
                    alt,
                    name: dest_url.to_string(),
                });
            }
            Event::Start(tag) => stack.push(tag),
            Event::End(_) => {
                stack.pop();
            }
            Event::Text(t) | Event::Html(t) | Event::InlineHtml(t) if t.is_empty() => {}
            Event::Text(t) => push(out, &t, false),
            Event::Code(t) | Event::InlineMath(t) | Event::DisplayMath(t) => push(out, &t, true),
            Event::SoftBreak => push(out, " ", false),
            Event::HardBreak => push(out, "\n", false),
            Event::FootnoteReference(t) => push(out, &format!("[{t}]"), false),
            Event::TaskListMarker(done) => push(out, if done { "☑ " } else { "☐ " }, false),
            Event::Html(_) | Event::InlineHtml(_) | Event::Rule => {}
        }
    }

    fn gfm_table(&mut self, aligns: &[Alignment], blocks_out: &mut Vec<Block>) -> Table {
        let mut header = Vec::new();
        let mut body = Vec::new();
        let mut row: Vec<Vec<Inline>> = Vec::new();
        let mut in_head = false;
        while let Some((event, _)) = self.events.next() {
            match event {
                Event::Start(Tag::TableHead) => in_head = true,
                Event::End(TagEnd::TableHead) => {
                    header.push(std::mem::take(&mut row));
                    in_head = false;
                }
                Event::Start(Tag::TableRow) => row.clear(),
                Event::End(TagEnd::TableRow) => body.push(std::mem::take(&mut row)),
                Event::Start(Tag::TableCell) => {
                    let cell = self.inlines(TagEnd::TableCell, blocks_out);
                    row.push(cell);
                }
                Event::End(TagEnd::Table) => break,
                _ => {}
            }
        }
        let _ = in_head;
        let columns = aligns
            .iter()
            .map(|a| {
                let align = match a {
                    Alignment::Right => CellAlign::Right,
                    Alignment::Center => CellAlign::Center,
                    _ => CellAlign::Left,
                };
                (1.0, align)
            })
            .collect();
        Table {
            caption: String::new(),
            columns,
            header,
            body,
        }
    }
}

fn flush(out: &mut Vec<Block>, loose: &mut Vec<Inline>) {
    if loose.iter().any(|i| !i.text.trim().is_empty()) {
        out.push(Block::Paragraph(std::mem::take(loose)));
    }
    loose.clear();
}

fn push_paragraph(out: &mut Vec<Block>, inl: Vec<Inline>) {
    if inl.iter().any(|i| !i.text.trim().is_empty()) {
        out.push(Block::Paragraph(inl));
    }
}

fn heading_level(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

fn fenced(info: &str, body: &str, line: usize) -> Result<Block, EngineError> {
    let kind = info.split_whitespace().next().unwrap_or("");
    fn json<T: serde::de::DeserializeOwned>(
        kind: &str,
        body: &str,
        line: usize,
    ) -> Result<T, EngineError> {
        serde_json::from_str(body).map_err(|e| EngineError::Block {
            line,
            kind: kind.to_string(),
            message: e.to_string(),
        })
    }
    Ok(match kind {
        "cover" => Block::Cover(json(kind, body, line)?),
        "toc" => {
            if body.trim().is_empty() {
                Block::Toc(json(kind, "{}", line)?)
            } else {
                Block::Toc(json(kind, body, line)?)
            }
        }
        "pagebreak" => Block::PageBreak,
        "chart" => Block::Chart(json(kind, body, line)?),
        "chart-pair" => Block::ChartPair(json(kind, body, line)?),
        "heatmap" => Block::Heatmap(json(kind, body, line)?),
        "table" => {
            let spec: TableSpec = json(kind, body, line)?;
            Block::Table(table_from_spec(spec))
        }
        _ => Block::Code(body.trim_end_matches('\n').to_string()),
    })
}

fn plain(text: &str) -> Vec<Inline> {
    vec![Inline {
        text: text.to_string(),
        ..Inline::default()
    }]
}

/// Column titles make the first header row; `header_rows` counts it, and any further header rows
/// are taken from the start of `rows`. Without titles, the first `header_rows` rows are headers.
fn table_from_spec(spec: TableSpec) -> Table {
    let n = spec.columns.len();
    let fit = |row: &Vec<String>| -> Vec<Vec<Inline>> {
        (0..n)
            .map(|i| plain(row.get(i).map_or("", String::as_str)))
            .collect()
    };
    let has_titles = spec.columns.iter().any(|c| !c.title.is_empty());
    let mut header = Vec::new();
    if has_titles {
        header.push(spec.columns.iter().map(|c| plain(&c.title)).collect());
    }
    let extra = spec
        .header_rows
        .saturating_sub(usize::from(has_titles))
        .min(spec.rows.len());
    header.extend(spec.rows[..extra].iter().map(fit));
    let body = spec.rows[extra..].iter().map(fit).collect();
    Table {
        caption: spec.caption,
        columns: spec
            .columns
            .iter()
            .map(|c| (c.width.clamp(0.05, 100.0), c.align))
            .collect(),
        header,
        body,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bad_block_names_its_fence_line() {
        let md = "# T\n\nText.\n\n```chart\n{\"kind\": \"pie\"}\n```\n";
        match parse(md) {
            Err(EngineError::Block { line, kind, .. }) => {
                assert_eq!(line, 5);
                assert_eq!(kind, "chart");
            }
            other => panic!("expected a block error, got {other:?}"),
        }
    }

    #[test]
    fn tight_list_items_keep_their_text() {
        let blocks = parse("- one\n- two **bold**\n").unwrap_or_default();
        let Some(Block::List { items, .. }) = blocks.first() else {
            panic!("no list");
        };
        assert_eq!(items.len(), 2);
        assert!(matches!(&items[1][0], Block::Paragraph(p) if p.iter().any(|i| i.bold)));
    }
}
