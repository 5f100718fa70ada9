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
    let right = MARGIN_LEFT + CONTENT_W;
    for (i, h) in headings.iter().enumerate() {
        if h.level > spec.max_level.max(1) || h.text.is_empty() {
            continue;
        }
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
        let item = flow.out.tree.add("TOCI", toc);
        let link = flow.out.tree.add("Link", item);
        let spans = [Span::new(h.text.clone(), face, size, TEXT)];
        let lines = set(
            flow.ctx,
            &spans,
            CONTENT_W - indent - NUMBER_COLUMN,
            Align::Left,
        );
        let base = crate::engine::flow::paragraph::baseline(leading, size);
        let mut items = Vec::new();
        for (n, line) in lines.iter().enumerate() {
            items.extend(line_items(
                line,
                MARGIN_LEFT + indent,
                base + n as f32 * leading,
                Mark::Content(link),
            ));
        }
        let last_y = base + (lines.len().max(1) - 1) as f32 * leading;
        let text_end = MARGIN_LEFT + indent + lines.last().map_or(0.0, |l| l.width);
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
                heading: i,
                face,
                size,
                color: TEXT,
            },
            mark: Mark::Content(link),
        });
        let height = leading * lines.len().max(1) as f32;
        items.push(Item {
            x: MARGIN_LEFT + indent,
            y: 0.0,
            kind: ItemKind::Link {
                w: CONTENT_W - indent,
                h: height,
                target: LinkTarget::Heading(i),
            },
            mark: Mark::Content(link),
        });
        let mut u = Unit::new(height, items);
        u.space_before = if top_level { 7.0 } else { 1.0 };
        flow.push(u);
    }
    // After the contents, the document starts on a new page.
    let mut brk = Unit::new(0.0, Vec::new());
    brk.kind = super::UnitKind::PageBreak;
    flow.push(brk);
}
