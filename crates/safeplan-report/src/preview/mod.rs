//! The preview the app shows beside a Markdown field, read by the code that prints the field: the
//! template's `markdown` filter makes the text safe and pushes its headings down
//! ([`crate::template::user_markdown`]), and the engine's own reader turns it into blocks. What the planner
//! sees is therefore what the board reads: the same heading levels, the same nesting, the same tables,
//! and raw HTML as the same inert text. The tree holds only plain data, so the UI draws it with ordinary
//! elements and never parses or injects markup.
//!
//! The heading level a field is printed at is the template's choice (`markdown(heading_level=3)`), so it
//! is asked of the template itself ([`levels`]).

use serde::Serialize;
use ts_rs::TS;

use crate::engine::blocks::{self, Block, Inline};
use crate::engine::specs::CellAlign;
use crate::template;

mod levels;
pub use levels::{field_heading_levels, markdown_fields};

/// A run of text in one style. A link is plain text here, as it is on paper: the PDF prints its words in
/// the link colour and keeps the target in the link annotation; the preview shows the target on hover.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct PreviewSpan {
    pub text: String,
    pub strong: bool,
    pub emphasis: bool,
    pub strike: bool,
    pub code: bool,
    pub link: Option<String>,
}

/// One cell of a table: its text runs.
pub type PreviewCell = Vec<PreviewSpan>;

/// How a table column's cells are set, as the PDF sets them: `|:--|` and a plain `|---|` left,
/// `|:-:|` centred, `|--:|` right.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum PreviewAlign {
    Left,
    Center,
    Right,
}

impl From<CellAlign> for PreviewAlign {
    fn from(align: CellAlign) -> Self {
        match align {
            CellAlign::Left => PreviewAlign::Left,
            CellAlign::Center => PreviewAlign::Center,
            CellAlign::Right => PreviewAlign::Right,
        }
    }
}

/// A block of the preview, as the PDF lays it out and tags it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum PreviewBlock {
    /// A heading at the level the PDF prints (H1–H6). Only top-level headings are headings in the PDF:
    /// one inside a list or quote is printed as a bold paragraph, and previewed as one.
    Heading {
        level: u8,
        spans: Vec<PreviewSpan>,
    },
    Paragraph {
        spans: Vec<PreviewSpan>,
    },
    /// Each item is a list of blocks, so lists nest.
    List {
        ordered: bool,
        #[ts(type = "number")]
        start: u64,
        items: Vec<Vec<PreviewBlock>>,
    },
    Quote {
        blocks: Vec<PreviewBlock>,
    },
    Code {
        text: String,
    },
    Rule,
    /// `header` rows are printed as TH cells, `rows` as TD cells; `align` holds each column's setting,
    /// header cells included.
    Table {
        align: Vec<PreviewAlign>,
        header: Vec<Vec<PreviewCell>>,
        rows: Vec<Vec<PreviewCell>>,
    },
}

/// The heading level the `markdown` filter uses when a template names none.
pub const DEFAULT_HEADING_LEVEL: u8 = template::DEFAULT_HEADING_LEVEL;

/// A field's Markdown as the report prints it when the template places it at `heading_level`.
pub fn markdown_field(text: &str, heading_level: u8) -> Vec<PreviewBlock> {
    let safe = template::user_markdown(text, usize::from(heading_level));
    match blocks::parse(&safe) {
        Ok(parsed) => convert(&parsed, true),
        // The filter escapes every fence, so no block of ours can fail to parse; should one ever do, the
        // text is still shown, as text.
        Err(_) => vec![PreviewBlock::Paragraph {
            spans: vec![plain(text)],
        }],
    }
}

fn plain(text: &str) -> PreviewSpan {
    PreviewSpan {
        text: text.to_string(),
        strong: false,
        emphasis: false,
        strike: false,
        code: false,
        link: None,
    }
}

fn spans(inlines: &[Inline], strong: bool) -> Vec<PreviewSpan> {
    inlines
        .iter()
        .map(|i| PreviewSpan {
            text: i.text.clone(),
            strong: i.bold || strong,
            emphasis: i.italic,
            strike: i.strike,
            code: i.code,
            link: i.link.clone(),
        })
        .collect()
}

/// Mirrors the engine's `flow`: what it tags H1–H6 only at the top, and what it skips.
fn convert(parsed: &[Block], top_level: bool) -> Vec<PreviewBlock> {
    parsed
        .iter()
        .filter_map(|block| {
            Some(match block {
                Block::Heading { level, text } if top_level => PreviewBlock::Heading {
                    level: *level,
                    spans: spans(text, false),
                },
                Block::Heading { text, .. } => PreviewBlock::Paragraph {
                    spans: spans(text, true),
                },
                Block::Paragraph(text) => PreviewBlock::Paragraph {
                    spans: spans(text, false),
                },
                Block::List {
                    ordered,
                    start,
                    items,
                } => PreviewBlock::List {
                    ordered: *ordered,
                    start: *start,
                    items: items.iter().map(|item| convert(item, false)).collect(),
                },
                Block::Quote(inner) => PreviewBlock::Quote {
                    blocks: convert(inner, false),
                },
                Block::Code(text) => PreviewBlock::Code { text: text.clone() },
                Block::Rule => PreviewBlock::Rule,
                Block::Table(table) => {
                    let rows = |rows: &[Vec<Vec<Inline>>]| -> Vec<Vec<PreviewCell>> {
                        rows.iter()
                            .map(|row| row.iter().map(|cell| spans(cell, false)).collect())
                            .collect()
                    };
                    PreviewBlock::Table {
                        align: table.columns.iter().map(|(_, a)| (*a).into()).collect(),
                        header: rows(&table.header),
                        rows: rows(&table.body),
                    }
                }
                // The filter turns images and our fenced blocks into text, so a field never holds these.
                Block::Image { .. }
                | Block::Cover(_)
                | Block::Toc(_)
                | Block::PageBreak
                | Block::Chart(_)
                | Block::ChartPair(_)
                | Block::Heatmap(_) => return None,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text_of(spans: &[PreviewSpan]) -> String {
        spans.iter().map(|s| s.text.as_str()).collect()
    }

    /// Every text anywhere in the tree, joined: what a reader of the preview sees.
    fn all_text(blocks: &[PreviewBlock]) -> String {
        let mut out = String::new();
        for b in blocks {
            match b {
                PreviewBlock::Heading { spans, .. } | PreviewBlock::Paragraph { spans } => {
                    out.push_str(&text_of(spans))
                }
                PreviewBlock::List { items, .. } => items.iter().for_each(|i| out += &all_text(i)),
                PreviewBlock::Quote { blocks } => out += &all_text(blocks),
                PreviewBlock::Code { text } => out += text,
                PreviewBlock::Rule => {}
                PreviewBlock::Table { header, rows, .. } => {
                    for cell in header.iter().chain(rows).flatten() {
                        out += &text_of(cell);
                    }
                }
            }
            out.push('\n');
        }
        out
    }

    #[test]
    fn headings_take_the_level_the_report_prints() {
        let blocks = markdown_field("# Stor\n\n## Mindre\n\n##### Liten\n\nText.", 3);
        let levels: Vec<u8> = blocks
            .iter()
            .filter_map(|b| match b {
                PreviewBlock::Heading { level, .. } => Some(*level),
                _ => None,
            })
            .collect();
        assert_eq!(levels, [3, 3, 5]);
    }

    /// The heading levels of a preview, with their text.
    fn headings(blocks: &[PreviewBlock]) -> Vec<(u8, String)> {
        blocks
            .iter()
            .filter_map(|b| match b {
                PreviewBlock::Heading { level, spans } => Some((*level, text_of(spans))),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn setext_headings_take_the_level_of_the_atx_ones_of_their_rank() {
        let md = "Stor\n====\n\nText.\n\nMindre *här*\n---\n\n# Också stor\n";
        assert_eq!(
            headings(&markdown_field(md, 4)),
            [
                (4, "Stor".to_string()),
                (4, "Mindre här".to_string()),
                (4, "Också stor".to_string())
            ]
        );
        assert_eq!(
            headings(&markdown_field(md, 1)),
            [
                (1, "Stor".to_string()),
                (2, "Mindre här".to_string()),
                (1, "Också stor".to_string())
            ]
        );
    }

    #[test]
    fn lists_nest_and_tables_keep_their_header() {
        let md = "- ett\n  - ett a\n    1. djupast\n- två\n\n| Brott | 2024 |\n|---|--:|\n| Rån | 12 |\n";
        let blocks = markdown_field(md, 3);
        let PreviewBlock::List { ordered, items, .. } = &blocks[0] else {
            panic!("no list first: {blocks:?}");
        };
        assert!(!ordered);
        assert_eq!(items.len(), 2);
        let Some(PreviewBlock::List { items: inner, .. }) = items[0].get(1) else {
            panic!("no nested list: {:?}", items[0]);
        };
        assert!(matches!(
            inner[0].get(1),
            Some(PreviewBlock::List { ordered: true, .. })
        ));
        let PreviewBlock::Table { header, rows, .. } = &blocks[1] else {
            panic!("no table: {blocks:?}");
        };
        assert_eq!(text_of(&header[0][0]), "Brott");
        assert_eq!(rows.len(), 1);
        assert_eq!(text_of(&rows[0][1]), "12");
    }

    #[test]
    fn tables_carry_each_columns_alignment() {
        let md = "| Brott | Ort | 2024 | Not |\n|:--|:-:|--:|---|\n| Rån | Torget | 12 | – |\n";
        let PreviewBlock::Table { align, .. } = &markdown_field(md, 3)[0] else {
            panic!("no table");
        };
        use PreviewAlign::*;
        assert_eq!(align, &[Left, Center, Right, Left]);
    }

    #[test]
    fn a_heading_inside_a_list_is_a_bold_paragraph_as_in_the_pdf() {
        let blocks = markdown_field("- # inne i listan", 3);
        let PreviewBlock::List { items, .. } = &blocks[0] else {
            panic!("{blocks:?}");
        };
        assert!(
            matches!(&items[0][0], PreviewBlock::Paragraph { spans } if spans.iter().all(|s| s.strong)),
            "{items:?}"
        );
    }

    #[test]
    fn script_and_html_come_out_as_text() {
        for hostile in [
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "Hej <b onmouseover=alert(1)>där</b>",
            "```cover\n{\"title\": \"x\"}\n```",
            "![x](logo)",
            "[klick](javascript:alert(1))",
        ] {
            let blocks = markdown_field(hostile, 3);
            let shown = all_text(&blocks);
            assert!(!shown.trim().is_empty(), "{hostile:?} vanished");
            assert!(
                !blocks
                    .iter()
                    .any(|b| matches!(b, PreviewBlock::Code { .. })),
                "{hostile:?} opened a block: {blocks:?}"
            );
            if hostile.starts_with('<') {
                assert!(shown.contains('<'), "{hostile:?} shown as {shown:?}");
            }
        }
        let blocks = markdown_field("<script>alert(1)</script>", 3);
        assert_eq!(all_text(&blocks).trim(), "<script>alert(1)</script>");
    }

    #[test]
    fn links_are_text_with_their_target() {
        let blocks = markdown_field("Se [Brå](https://bra.se).", 3);
        let PreviewBlock::Paragraph { spans } = &blocks[0] else {
            panic!("{blocks:?}");
        };
        let link = spans
            .iter()
            .find(|s| s.link.is_some())
            .expect("a link span");
        assert_eq!(link.text, "Brå");
        assert_eq!(link.link.as_deref(), Some("https://bra.se"));
    }
}
