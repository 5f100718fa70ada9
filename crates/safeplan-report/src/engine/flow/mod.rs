//! Blocks in, a flow of units out. A unit is what pagination never splits (a line of a paragraph,
//! a table row, a chart) and carries its own drawing, relative to its top, and its tags.

mod cover;
pub mod paragraph;
mod toc;

use super::blocks::{Block, Inline};
use super::draw::{hline, rect, Item, ItemKind, LinkTarget, Mark, NodeId, Paint};
use super::fonts::{Face, Fonts};
use super::images::ImageStore;
use super::numbers::Lang;
use super::style::*;
use super::tagging::{StructTree, ROOT};
use super::text::hyphenate::Hyphenator;
use super::text::{set_text, Align, SetLine, Span};
use super::{EngineError, Progress};

pub struct Context<'a> {
    pub fonts: &'a Fonts<'a>,
    pub images: &'a ImageStore,
    pub lang: Lang,
    /// The BCP 47 tag, for the few words the engine writes itself (the logo's alternate text).
    pub lang_tag: String,
    pub hyphenator: Hyphenator,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnitKind {
    Flow,
    /// Starts a new page unless the current one is empty.
    PageBreak,
    /// A page of its own, drawn in page coordinates (no header or footer).
    Cover,
    /// A table header row: repeated (as an artifact) at the top of pages the table continues on.
    HeaderRow,
}

#[derive(Clone, Debug)]
pub struct Unit {
    pub height: f32,
    pub space_before: f32,
    pub keep_with_next: bool,
    /// x in page coordinates, y from the unit's top.
    pub items: Vec<Item>,
    pub kind: UnitKind,
    /// Index into `Flowed::headings` when this unit starts a heading.
    pub heading: Option<usize>,
    /// The table header group to repeat when a page break falls before this unit.
    pub repeat_header: Option<usize>,
}

impl Unit {
    pub fn new(height: f32, items: Vec<Item>) -> Unit {
        Unit {
            height,
            space_before: 0.0,
            keep_with_next: false,
            items,
            kind: UnitKind::Flow,
            heading: None,
            repeat_header: None,
        }
    }
}

#[derive(Clone, Debug)]
pub struct HeadingInfo {
    pub level: u8,
    pub text: String,
}

pub struct Flowed {
    pub units: Vec<Unit>,
    pub headings: Vec<HeadingInfo>,
    pub header_groups: Vec<Vec<Unit>>,
    pub tree: StructTree,
}

/// State while flowing: the units so far, the tag tree, the headings.
pub struct Flow<'c, 'a> {
    pub ctx: &'c Context<'a>,
    pub out: Flowed,
    /// Headings of the whole document, known before layout (the table of contents needs them).
    all_headings: Vec<HeadingInfo>,
    next_heading: usize,
    /// The space after the last heading, which replaces the next unit's space before.
    pending_after: Option<f32>,
    list_depth: usize,
    /// Inside a block quote: paragraphs set in italic, a shade softer.
    quote_depth: usize,
}

pub fn flow_document(
    ctx: &Context<'_>,
    blocks: &[Block],
    progress: &mut dyn FnMut(Progress),
) -> Result<Flowed, EngineError> {
    let all_headings = blocks
        .iter()
        .filter_map(|b| match b {
            Block::Heading { level, text } => Some(HeadingInfo {
                level: *level,
                text: plain_text(text),
            }),
            _ => None,
        })
        .collect();
    let mut flow = Flow {
        ctx,
        out: Flowed {
            units: Vec::new(),
            headings: Vec::new(),
            header_groups: Vec::new(),
            tree: StructTree::default(),
        },
        all_headings,
        next_heading: 0,
        pending_after: None,
        list_depth: 0,
        quote_depth: 0,
    };
    let total = blocks.len();
    let mut starts = Vec::with_capacity(blocks.len() + 1);
    for (i, block) in blocks.iter().enumerate() {
        let first = flow.out.units.len();
        starts.push(first);
        flow.block(block, MARGIN_LEFT, CONTENT_W, ROOT, true)?;
        if paragraph::is_lead_in(block, flow.out.units.len() - first, blocks.get(i + 1)) {
            if let Some(last) = flow.out.units.last_mut() {
                last.keep_with_next = true;
            }
        }
        if i % 16 == 0 {
            progress(Progress::Laying { done: i, total });
        }
    }
    starts.push(flow.out.units.len());
    paragraph::keep_headings_with_figures(blocks, &starts, &mut flow.out.units);
    progress(Progress::Laying { done: total, total });
    Ok(flow.out)
}

pub fn plain_text(inlines: &[Inline]) -> String {
    let s: String = inlines.iter().map(|i| i.text.as_str()).collect();
    s.replace('\u{ad}', "")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

impl Flow<'_, '_> {
    pub fn push(&mut self, mut unit: Unit) {
        if let Some(after) = self.pending_after.take() {
            unit.space_before = after;
        }
        self.out.units.push(unit);
    }

    /// `top_level`: headings count for the outline and the table of contents only at the top.
    fn block(
        &mut self,
        block: &Block,
        x: f32,
        width: f32,
        parent: NodeId,
        top_level: bool,
    ) -> Result<(), EngineError> {
        match block {
            Block::Heading { level, text } if top_level => self.heading(*level, text),
            Block::Heading { text, .. } => {
                let node = self.out.tree.add("P", parent);
                let spans = self.spans(text, Face::Bold, BODY_SIZE, TEXT);
                self.text_units(
                    &spans.0,
                    &spans.1,
                    x,
                    width,
                    Align::Left,
                    BODY_LEADING,
                    PARA_SPACE,
                    node,
                );
            }
            Block::Paragraph(inl) => {
                let node = self.out.tree.add("P", parent);
                let (face, color) = if self.quote_depth > 0 {
                    (Face::Italic, QUOTE_TEXT)
                } else {
                    (Face::Regular, TEXT)
                };
                let (spans, links) = self.spans(inl, face, BODY_SIZE, color);
                self.text_units(
                    &spans,
                    &links,
                    x,
                    width,
                    Align::Justify,
                    BODY_LEADING,
                    PARA_SPACE,
                    node,
                );
            }
            Block::List {
                ordered,
                start,
                items,
            } => self.list(*ordered, *start, items, x, width, parent)?,
            Block::Quote(inner) => {
                let node = self.out.tree.add("BlockQuote", parent);
                let first = self.out.units.len();
                let indent = if width > 160.0 { QUOTE_INDENT } else { 0.0 };
                self.quote_depth += 1;
                let laid: Result<(), EngineError> = inner
                    .iter()
                    .try_for_each(|b| self.block(b, x + indent, width - indent, node, false));
                self.quote_depth -= 1;
                laid?;
                // A rule down the left side of the quote, bridging the space between its
                // paragraphs (the space above the first line is left alone).
                for (k, u) in self.out.units[first..].iter_mut().enumerate() {
                    let above = if k == 0 { 0.0 } else { u.space_before };
                    let bar = rect(
                        x + 2.0,
                        -above - 0.25,
                        2.2,
                        u.height + above + 0.5,
                        Paint::Fill(RULE),
                        Mark::Artifact,
                    );
                    u.items.push(bar);
                }
            }
            Block::Code(code) => {
                let node = self.out.tree.add("Code", parent);
                let spans = vec![Span::new(
                    code.clone(),
                    Face::Regular,
                    SMALL_SIZE + 0.5,
                    TEXT,
                )];
                let first = self.out.units.len();
                self.text_units(
                    &spans,
                    &[],
                    x + 8.0,
                    width - 16.0,
                    Align::Left,
                    SMALL_LEADING + 1.0,
                    PARA_SPACE,
                    node,
                );
                for u in &mut self.out.units[first..] {
                    u.items.insert(
                        0,
                        rect(x, 0.0, width, u.height, Paint::Fill(SHADE), Mark::Artifact),
                    );
                }
            }
            Block::Rule => {
                let mut u = Unit::new(12.0, vec![hline(x, 6.0, width, RULE, 0.75)]);
                u.space_before = PARA_SPACE;
                self.push(u);
            }
            Block::Image { alt, name } => self.image(alt, name, x, width, parent)?,
            Block::Table(t) => super::table::flow_table(self, t, x, width, parent),
            Block::Heatmap(h) => super::heatmap::flow_heatmap(self, h, x, width, parent),
            Block::Cover(spec) => cover::flow_cover(self, spec)?,
            Block::Toc(spec) => {
                let headings = self.all_headings.clone();
                toc::flow_toc(self, spec, &headings);
            }
            Block::PageBreak => {
                let mut u = Unit::new(0.0, Vec::new());
                u.kind = UnitKind::PageBreak;
                self.push(u);
            }
            Block::Chart(spec) => {
                let h = super::chart::chart_height(width);
                let mut items = Vec::new();
                let node = self.out.tree.add("Figure", parent);
                self.out.tree.nodes[node].alt = Some(super::chart::alt_text(spec));
                let frame = super::chart::Frame::of(self.ctx, spec, width);
                super::chart::draw_chart(self.ctx, spec, frame, x, 0.0, width, h, node, &mut items);
                let mut u = Unit::new(h, items);
                u.space_before = 12.0;
                self.push(u);
            }
            Block::ChartPair(pair) => {
                let gap = 22.0;
                let w = (width - gap) / 2.0;
                let h = super::chart::chart_height(w).max(super::chart::chart_height(width) * 0.9);
                let mut items = Vec::new();
                let frame = super::chart::Frame::of(self.ctx, &pair.left, w)
                    .union(super::chart::Frame::of(self.ctx, &pair.right, w));
                for (i, spec) in [&pair.left, &pair.right].into_iter().enumerate() {
                    let node = self.out.tree.add("Figure", parent);
                    self.out.tree.nodes[node].alt = Some(super::chart::alt_text(spec));
                    let cx = x + i as f32 * (w + gap);
                    super::chart::draw_chart(
                        self.ctx, spec, frame, cx, 0.0, w, h, node, &mut items,
                    );
                }
                let mut u = Unit::new(h, items);
                u.space_before = 12.0;
                self.push(u);
            }
        }
        Ok(())
    }

    fn heading(&mut self, level: u8, text: &[Inline]) {
        let st = heading(level);
        let tag = match level {
            1 => "H1",
            2 => "H2",
            3 => "H3",
            4 => "H4",
            5 => "H5",
            _ => "H6",
        };
        let node = self.out.tree.add(tag, ROOT);
        let plain: Vec<Inline> = text
            .iter()
            .map(|i| Inline {
                bold: true,
                ..i.clone()
            })
            .collect();
        let (spans, links) = self.spans(&plain, Face::Bold, st.size, st.color);
        let first = self.out.units.len();
        self.text_units(
            &spans,
            &links,
            MARGIN_LEFT,
            CONTENT_W,
            Align::Left,
            st.leading,
            st.space_before,
            node,
        );
        let idx = self.next_heading;
        self.next_heading += 1;
        self.out.headings.push(HeadingInfo {
            level,
            text: plain_text(text),
        });
        let n = self.out.units.len();
        if n > first {
            self.out.units[first].heading = Some(idx);
            for u in &mut self.out.units[first..n] {
                u.keep_with_next = true;
            }
            if level == 1 {
                // A thin accent rule under chapter headings.
                let last = &mut self.out.units[n - 1];
                last.height += 4.0;
                last.items
                    .push(hline(MARGIN_LEFT, last.height - 1.0, 36.0, ACCENT, 1.6));
            }
            // The space after a heading is the next block's space before: keep it small.
            self.pending_after = Some(st.space_after);
        }
    }

    /// Spans for inline text in a base face; returns the spans and each span's link target.
    pub fn spans(
        &self,
        inl: &[Inline],
        base: Face,
        size: f32,
        color: Color,
    ) -> (Vec<Span>, Vec<Option<LinkTarget>>) {
        let mut spans = Vec::with_capacity(inl.len());
        let mut links = Vec::with_capacity(inl.len());
        for i in inl {
            let face = Face::from_style(i.bold || base.is_bold(), i.italic || base.is_italic());
            let target = i.link.as_ref().map(|l| self.link_target(l));
            let color = if target.is_some() { LINK } else { color };
            let mut s = Span::new(i.text.clone(), face, size, color);
            s.strike = i.strike;
            if target.is_some() {
                s.link = Some(links.len());
            }
            links.push(target);
            spans.push(s);
        }
        (spans, links)
    }

    fn link_target(&self, dest: &str) -> LinkTarget {
        if let Some(anchor) = dest.strip_prefix('#') {
            let wanted = anchor.to_lowercase();
            if let Some(i) = self
                .all_headings
                .iter()
                .position(|h| slug(&h.text) == wanted)
            {
                return LinkTarget::Heading(i);
            }
        }
        LinkTarget::Uri(dest.to_string())
    }
}

use super::draw::Color;

/// The anchor a heading gets, as GitHub writes it: lowercase, spaces to dashes, punctuation gone.
pub fn slug(text: &str) -> String {
    text.to_lowercase()
        .chars()
        .filter_map(|c| match c {
            ' ' => Some('-'),
            c if c.is_alphanumeric() || c == '-' || c == '_' => Some(c),
            _ => None,
        })
        .collect()
}

/// The run of a set line drawn at (x, baseline) in page coordinates.
pub fn line_items(line: &SetLine, x: f32, baseline: f32, mark: Mark) -> Vec<Item> {
    line.runs
        .iter()
        .map(|r| Item {
            x: x + r.x,
            y: baseline,
            kind: ItemKind::Text(r.run.clone()),
            mark,
        })
        .collect()
}

pub fn set(ctx: &Context<'_>, spans: &[Span], width: f32, align: Align) -> Vec<SetLine> {
    set_text(ctx.fonts, &ctx.hyphenator, spans, width, align)
}
