//! The table of contents: entries with dot leaders and right-aligned page numbers. The numbers are
//! filled in after pagination; the entries' height does not depend on them (the number column is
//! reserved), so one layout pass gives the right numbers.

use super::{line_items, set, Flow, HeadingInfo, Unit};
use crate::engine::draw::{Item, ItemKind, LinkTarget, Mark, Paint, Shape};
use crate::engine::fonts::Face;
use crate::engine::specs::TocSpec;
use crate::engine::style::*;
use crate::engine::tagging::ROOT;
use crate::engine::text::{Align, Span};

const NUMBER_COLUMN: f32 = 34.0;

pub fn flow_toc(flow: &mut Flow<'_, '_>, spec: &TocSpec, headings: &[HeadingInfo]) {
    // The title is a paragraph before the TOC element: a TOC holds only its items.
    let title = flow.out.tree.add("P", ROOT);
    let first_unit = flow.out.units.len();
    let toc = flow.out.tree.add("TOC", ROOT);
    if !spec.title.trim().is_empty() {
        let st = heading(1);
        let node = title;
        let spans = vec![Span::new(spec.title.clone(), Face::Bold, st.size, st.color)];
        flow.text_units(
            &spans,
            &[],
            MARGIN_LEFT,
            CONTENT_W,
            Align::Left,
            st.leading,
            0.0,
            node,
        );
        if let Some(u) = flow.out.units.last_mut() {
            u.height += 12.0;
            u.keep_with_next = true;
        }
    }
    let title_h: f32 = flow.out.units[first_unit..]
        .iter()
        .map(|u| u.height + u.space_before)
        .sum();
    let entries: Vec<Entry> = headings
        .iter()
        .enumerate()
        .filter(|(_, h)| h.level <= spec.max_level.max(1) && !h.text.is_empty())
        .map(|(i, h)| Entry::set(flow, i, h))
        .collect();
    let squeeze = squeeze(&entries, title_h);
    for (k, e) in entries.iter().enumerate() {
        let mut u = e.unit(flow, toc, squeeze);
        u.keep_with_next = keeps_with_next(&entries, k);
        flow.push(u);
    }
    // After the contents, the document starts on a new page.
    let mut brk = Unit::new(0.0, Vec::new());
    brk.kind = super::UnitKind::PageBreak;
    flow.push(brk);
}

/// One entry of the contents, set but not yet placed.
struct Entry {
    heading: usize,
    level: u8,
    lines: Vec<crate::engine::text::SetLine>,
    face: Face,
    size: f32,
    leading: f32,
    indent: f32,
    space_before: f32,
}

/// The body's height: what one page of contents holds.
const PAGE_BODY: f32 = BODY_BOTTOM - BODY_TOP;
/// Lines are never closer than this many times their size.
const MIN_LEADING: f32 = 1.2;

/// How much the entries' spacing shrinks so the contents end a page sooner: a last page that would
/// hold only a few entries is folded into the pages before by closing up the lines (never below
/// [`MIN_LEADING`]). 1.0 when that does not save a page.
fn squeeze(entries: &[Entry], title_h: f32) -> f32 {
    let natural = pages_needed(entries, title_h, 1.0);
    if natural < 2 {
        return 1.0;
    }
    let least = entries
        .iter()
        .map(|e| e.size * MIN_LEADING / e.leading)
        .fold(0.0f32, f32::max);
    // The loosest spacing that saves the page, in steps of 1 %.
    (0..=20)
        .map(|k| 1.0 - k as f32 / 100.0)
        .take_while(|&f| f >= least)
        .find(|&f| pages_needed(entries, title_h, f) < natural)
        .unwrap_or(1.0)
}

/// Pages the contents take with their spacing scaled by `factor`, placed as the paginator places
/// them: entries whole, and a chapter's entry kept with its first sections.
fn pages_needed(entries: &[Entry], title_h: f32, factor: f32) -> usize {
    let heights: Vec<(f32, f32)> = entries
        .iter()
        .map(|e| {
            (
                e.space_before * factor,
                e.leading * factor * e.lines.len().max(1) as f32,
            )
        })
        .collect();
    let mut pages = 1;
    let mut y = title_h;
    for (k, &(space, h)) in heights.iter().enumerate() {
        let mut chain = space + h;
        let mut j = k;
        while keeps_with_next(entries, j) && j + 1 < heights.len() {
            chain += heights[j + 1].0 + heights[j + 1].1;
            j += 1;
        }
        if y > 0.0 && y + chain > PAGE_BODY {
            pages += 1;
            y = 0.0;
        }
        y += if y > 0.0 { space + h } else { h };
    }
    pages
}

/// A group's heading never ends a page without its first two entries.
fn keeps_with_next(entries: &[Entry], k: usize) -> bool {
    let level = entries[k].level;
    let next_is_child = entries.get(k + 1).is_some_and(|n| n.level > level);
    let first_child = k > 0
        && entries[k - 1].level < level
        && entries.get(k + 2).is_some_and(|n| n.level >= level);
    next_is_child || first_child
}

impl Entry {
    fn set(flow: &Flow<'_, '_>, heading: usize, h: &HeadingInfo) -> Entry {
        let top_level = h.level <= 1;
        let indent = if top_level {
            0.0
        } else {
            16.0 * f32::from(h.level - 1)
        };
        let (face, size, leading) = if top_level {
            (Face::Bold, 10.5, 16.0)
        } else {
            (Face::Regular, 10.0, 15.0)
        };
        let spans = [Span::new(h.text.clone(), face, size, TEXT)];
        let lines = set(
            flow.ctx,
            &spans,
            CONTENT_W - indent - NUMBER_COLUMN,
            Align::Left,
        );
        Entry {
            heading,
            level: h.level,
            lines,
            face,
            size,
            leading,
            indent,
            space_before: if top_level { 7.0 } else { 1.0 },
        }
    }

    fn unit(&self, flow: &mut Flow<'_, '_>, toc: usize, squeeze: f32) -> Unit {
        let right = MARGIN_LEFT + CONTENT_W;
        let (face, size, indent) = (self.face, self.size, self.indent);
        let leading = self.leading * squeeze;
        let item = flow.out.tree.add("TOCI", toc);
        let link = flow.out.tree.add("Link", item);
        let base = crate::engine::flow::paragraph::baseline(leading, size);
        let mut items = Vec::new();
        for (n, line) in self.lines.iter().enumerate() {
            items.extend(line_items(
                line,
                MARGIN_LEFT + indent,
                base + n as f32 * leading,
                Mark::Content(link),
            ));
        }
        let last_y = base + (self.lines.len().max(1) - 1) as f32 * leading;
        let text_end = MARGIN_LEFT + indent + self.lines.last().map_or(0.0, |l| l.width);
        // Dot leaders as a dotted vector line: seen, but not read out or copied.
        let start = ((text_end + 6.0) / 4.5).ceil() * 4.5;
        if start < right - 24.0 {
            items.push(Item {
                x: start,
                y: last_y - 0.6,
                kind: ItemKind::Shape(
                    Shape::Polyline(vec![(0.0, 0.0), (right - 24.0 - start, 0.0)]),
                    Paint::Dotted(MUTED, 1.1, 4.5),
                ),
                mark: Mark::Artifact,
            });
        }
        items.push(Item {
            x: right,
            y: last_y,
            kind: ItemKind::PageNumberOf {
                heading: self.heading,
                face,
                size,
                color: TEXT,
            },
            mark: Mark::Content(link),
        });
        let height = leading * self.lines.len().max(1) as f32;
        items.push(Item {
            x: MARGIN_LEFT + indent,
            y: 0.0,
            kind: ItemKind::Link {
                w: CONTENT_W - indent,
                h: height,
                target: LinkTarget::Heading(self.heading),
            },
            mark: Mark::Content(link),
        });
        let mut u = Unit::new(height, items);
        u.space_before = self.space_before * squeeze;
        u
    }
}
