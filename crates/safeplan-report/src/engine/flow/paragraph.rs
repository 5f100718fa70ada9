//! Paragraph lines, lists and images as units.

use std::collections::BTreeMap;

use super::{line_items, set, Flow, Unit};
use crate::engine::blocks::Block;
use crate::engine::draw::{Item, ItemKind, LinkTarget, Mark, NodeId, WordPart};
use crate::engine::fonts::Face;
use crate::engine::style::*;
use crate::engine::text::hyphenate::Hyphenator;
use crate::engine::text::{set_text, single_run, Align, SetLine, Span};
use crate::engine::EngineError;

/// Where the baseline sits in a line box of `leading` for type of `size`.
/// A short paragraph (two lines at most, or one ending with a colon) that introduces the table, chart
/// or list after it: a reader should not meet it at a page's foot with what it introduces overleaf.
pub fn is_lead_in(block: &Block, lines: usize, next: Option<&Block>) -> bool {
    let Block::Paragraph(inlines) = block else {
        return false;
    };
    let introduces = matches!(
        next,
        Some(
            Block::Table(_)
                | Block::Chart(_)
                | Block::ChartPair(_)
                | Block::Heatmap(_)
                | Block::Image { .. }
                | Block::List { .. }
        )
    );
    introduces && (lines <= 2 || super::plain_text(inlines).ends_with(':'))
}

/// Lines of text a heading may carry before its figure and still be kept on one page with it.
const MAX_LINES_BEFORE_FIGURE: usize = 6;

/// A heading whose section opens with a few lines and then a chart, table or image (an
/// indicator: its name, definition and source, then its chart) stays on the page of that
/// figure's start, rather than ending a page with the figure on the next. `starts[i]` is the
/// first unit of block `i`, with one more entry for the end.
pub fn keep_headings_with_figures(blocks: &[Block], starts: &[usize], units: &mut [Unit]) {
    for (i, block) in blocks.iter().enumerate() {
        if !matches!(block, Block::Heading { .. }) {
            continue;
        }
        let mut j = i + 1;
        while matches!(blocks.get(j), Some(Block::Paragraph(_)))
            && starts[j + 1] - starts[i + 1] <= MAX_LINES_BEFORE_FIGURE
        {
            j += 1;
        }
        let figure = matches!(
            blocks.get(j),
            Some(
                Block::Chart(_)
                    | Block::ChartPair(_)
                    | Block::Heatmap(_)
                    | Block::Table(_)
                    | Block::Image { .. }
            )
        );
        if figure && starts[j] - starts[i + 1] <= MAX_LINES_BEFORE_FIGURE {
            for u in &mut units[starts[i]..starts[j]] {
                u.keep_with_next = true;
            }
        }
    }
}

pub fn baseline(leading: f32, size: f32) -> f32 {
    (leading - size) / 2.0 + size * 0.8
}

impl Flow<'_, '_> {
    /// One unit per line, keeping at least two lines together at a paragraph's start and end.
    #[allow(clippy::too_many_arguments)]
    pub fn text_units(
        &mut self,
        spans: &[Span],
        links: &[Option<LinkTarget>],
        x: f32,
        width: f32,
        align: Align,
        leading: f32,
        space_before: f32,
        node: NodeId,
    ) {
        let lines = set(self.ctx, spans, width, align);
        let n = lines.len();
        let size = spans.iter().map(|s| s.size).fold(0.0, f32::max);
        let base = baseline(leading, size);
        let mut link_nodes: BTreeMap<usize, NodeId> = BTreeMap::new();
        for (i, line) in lines.iter().enumerate() {
            // The line's strike-throughs come first, under its text: drawn between a hyphenated
            // word's head and its hyphen, one would end the word's /ActualText early and poppler
            // would read the word's rest twice. Drawn in the text's colour, they look the same.
            let mut strikes = Vec::new();
            let mut items = Vec::with_capacity(line.runs.len() + 1);
            for r in &line.runs {
                // The invisible rest of a hyphenated word lies over the hyphen: struck and
                // linked with it already.
                let rest = r.run.word == WordPart::Rest;
                if !rest && spans.get(r.span).is_some_and(|s| s.strike) {
                    let y = base - r.run.size * 0.28;
                    // Not through the space that ends the run.
                    let trailing = r.run.text.len() - r.run.text.trim_end_matches(' ').len();
                    let space = self.ctx.fonts.face(r.run.face).char_width(' ', r.run.size)
                        + r.run.space_extra;
                    let w = r.run.width - trailing as f32 * space;
                    strikes.push(crate::engine::draw::hline(x + r.x, y, w, r.run.color, 0.6));
                }
                let link = spans.get(r.span).and_then(|s| s.link);
                let target = link.and_then(|l| links.get(l).cloned().flatten());
                let mark = match (link, &target) {
                    (Some(l), Some(_)) => {
                        let id = *link_nodes
                            .entry(l)
                            .or_insert_with(|| self.out.tree.add("Link", node));
                        Mark::Content(id)
                    }
                    _ => Mark::Content(node),
                };
                items.push(Item {
                    x: x + r.x,
                    y: base,
                    kind: ItemKind::Text(r.run.clone()),
                    mark,
                });
                if let Some(target) = target.filter(|_| !rest) {
                    items.push(Item {
                        x: x + r.x,
                        y: 0.0,
                        kind: ItemKind::Link {
                            w: r.run.width,
                            h: leading,
                            target,
                        },
                        mark,
                    });
                }
            }
            strikes.append(&mut items);
            let mut u = Unit::new(leading, strikes);
            if i == 0 {
                u.space_before = space_before;
            }
            // Orphans: the first line keeps with the second; widows: the last two stay together.
            // A word broken at a page's foot reads badly, so a hyphenated line keeps with the next.
            u.keep_with_next = n >= 2 && (i == 0 || i + 2 == n) || line.hyphenated;
            self.push(u);
        }
    }

    pub fn list(
        &mut self,
        ordered: bool,
        start: u64,
        items: &[Vec<Block>],
        x: f32,
        width: f32,
        parent: NodeId,
    ) -> Result<(), EngineError> {
        let list = self.out.tree.add("L", parent);
        self.list_depth += 1;
        // Deep nesting stops indenting once the column gets narrow.
        let indent = if width > 160.0 {
            LIST_INDENT + if ordered { 4.0 } else { 0.0 }
        } else {
            0.0
        };
        for (k, item) in items.iter().enumerate() {
            let li = self.out.tree.add("LI", list);
            let lbl = self.out.tree.add("Lbl", li);
            let body = self.out.tree.add("LBody", li);
            let first = self.out.units.len();
            for (j, b) in item.iter().enumerate() {
                let before = self.out.units.len();
                self.block(b, x + indent, width - indent, body, false)?;
                if is_lead_in(b, self.out.units.len() - before, item.get(j + 1)) {
                    if let Some(last) = self.out.units.last_mut() {
                        last.keep_with_next = true;
                    }
                }
            }
            if self.out.units.len() == first {
                continue;
            }
            let label = if ordered {
                format!("{}.", start.saturating_add(k as u64))
            } else if self.list_depth % 2 == 1 {
                "•".to_string()
            } else {
                "–".to_string()
            };
            let u = &mut self.out.units[first];
            if k > 0 || self.list_depth > 1 {
                u.space_before = u.space_before.min(3.5);
            }
            let (y, size, color) = u
                .items
                .iter()
                .find_map(|i| match &i.kind {
                    ItemKind::Text(r) => Some((i.y, r.size, r.color)),
                    _ => None,
                })
                .unwrap_or((baseline(BODY_LEADING, BODY_SIZE), BODY_SIZE, TEXT));
            let color = if color == LINK { TEXT } else { color };
            let run = single_run(
                self.ctx.fonts,
                &label,
                Face::Regular,
                size,
                if ordered { color } else { ACCENT },
            );
            let lx = x + indent - 6.0 - run.width;
            // First in the content stream: readers that ignore the tags read in drawing order,
            // and "1." belongs before its line, not after it.
            u.items.insert(
                0,
                Item {
                    x: lx,
                    y,
                    kind: ItemKind::Text(run),
                    mark: Mark::Content(lbl),
                },
            );
        }
        self.list_depth -= 1;
        Ok(())
    }

    pub fn image(
        &mut self,
        alt: &str,
        name: &str,
        x: f32,
        width: f32,
        parent: NodeId,
    ) -> Result<(), EngineError> {
        let index = self.ctx.images.index_of(name)?;
        let (pw, ph) = self.ctx.images.size(index);
        // Pixels at 150 dpi, never wider than the column nor taller than half the page.
        let mut w = (pw as f32 * 72.0 / 150.0).min(width);
        let mut h = w * ph as f32 / pw.max(1) as f32;
        let max_h = (BODY_BOTTOM - BODY_TOP) * 0.5;
        if h > max_h {
            w *= max_h / h;
            h = max_h;
        }
        let node = self.out.tree.add("Figure", parent);
        self.out.tree.nodes[node].alt = Some(if alt.trim().is_empty() {
            name.to_string()
        } else {
            alt.to_string()
        });
        let item = Item {
            x: x + (width - w) / 2.0,
            y: 0.0,
            kind: ItemKind::Image { index, w, h },
            mark: Mark::Content(node),
        };
        let mut u = Unit::new(h, vec![item]);
        u.space_before = 10.0;
        self.push(u);
        Ok(())
    }

    /// Lines of `spans` as units marked as `node`, without widow control (captions, cells).
    pub fn simple_lines(
        &mut self,
        spans: &[Span],
        x: f32,
        width: f32,
        align: Align,
        leading: f32,
        node: NodeId,
    ) -> Vec<Item> {
        let lines = set(self.ctx, spans, width, align);
        self.lines_at(&lines, spans, x, leading, node)
    }

    /// Lines broken without hyphenation (a word breaks only when it cannot fit on a line at all).
    pub fn unhyphenated_lines(
        &mut self,
        spans: &[Span],
        x: f32,
        width: f32,
        align: Align,
        leading: f32,
        node: NodeId,
    ) -> Vec<Item> {
        let none = Hyphenator::none();
        let lines = set_text(self.ctx.fonts, &none, spans, width, align);
        self.lines_at(&lines, spans, x, leading, node)
    }

    fn lines_at(
        &self,
        lines: &[SetLine],
        spans: &[Span],
        x: f32,
        leading: f32,
        node: NodeId,
    ) -> Vec<Item> {
        let size = spans.iter().map(|s| s.size).fold(0.0, f32::max);
        let base = baseline(leading, size);
        let mut items = Vec::new();
        for (i, l) in lines.iter().enumerate() {
            items.extend(line_items(
                l,
                x,
                base + i as f32 * leading,
                Mark::Content(node),
            ));
        }
        items
    }
}
