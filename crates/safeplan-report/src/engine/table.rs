//! Tables: one unit per row, header rows shaded and repeated (as artifacts) on every page the
//! table continues on, and a header row never left alone at a page's foot.

use super::blocks::{Inline, Table};
use super::draw::{hline, rect, Item, Mark, NodeId, Paint};
use super::flow::{Flow, Unit, UnitKind};
use super::fonts::Face;
use super::specs::CellAlign;
use super::style::*;
use super::text::Align;

pub fn flow_table(flow: &mut Flow<'_, '_>, t: &Table, x: f32, width: f32, parent: NodeId) {
    let cols = t.columns.len().max(
        t.header
            .iter()
            .chain(&t.body)
            .map(Vec::len)
            .max()
            .unwrap_or(0),
    );
    if cols == 0 || (t.header.is_empty() && t.body.is_empty()) {
        return;
    }
    let widths = column_widths(flow, t, cols, width);
    let table = flow.out.tree.add("Table", parent);
    let first_unit = flow.out.units.len();

    if !t.caption.trim().is_empty() {
        let cap = flow.out.tree.add("Caption", table);
        let spans = vec![super::text::Span::new(
            t.caption.clone(),
            Face::Bold,
            9.5,
            ACCENT,
        )];
        let items = flow.simple_lines(&spans, x, width, Align::Left, 13.0, cap);
        let lines = items.iter().map(|i| i.y).fold(0.0, f32::max);
        let mut u = Unit::new(lines + 6.0, items);
        u.keep_with_next = true;
        flow.push(u);
    }

    let group = flow.out.header_groups.len();
    let mut header_units = Vec::new();
    for row in &t.header {
        let mut u = row_unit(flow, t, row, &widths, x, table, true);
        u.kind = UnitKind::HeaderRow;
        u.keep_with_next = true;
        header_units.push(u.clone());
        flow.push(u);
    }
    for (r, row) in t.body.iter().enumerate() {
        let mut u = row_unit(flow, t, row, &widths, x, table, false);
        if !t.header.is_empty() {
            u.repeat_header = Some(group);
        }
        // The last two rows stay together so a page never ends a table with a lone row.
        u.keep_with_next = t.body.len() >= 3 && r + 2 == t.body.len();
        flow.push(u);
    }
    flow.out.header_groups.push(header_units);
    if let Some(u) = flow.out.units.get_mut(first_unit) {
        u.space_before = 12.0;
    }
    // Breathing room below the table.
    if let Some(u) = flow.out.units.last_mut() {
        u.height += 4.0;
    }
}

/// Relative weights from the block; for Markdown tables (all weights equal) from the content.
fn column_widths(flow: &Flow<'_, '_>, t: &Table, cols: usize, width: f32) -> Vec<f32> {
    let mut weights: Vec<f32> = (0..cols)
        .map(|c| t.columns.get(c).map_or(1.0, |c| c.0))
        .collect();
    if weights.iter().all(|&w| (w - 1.0).abs() < f32::EPSILON) {
        let font = flow.ctx.fonts.face(Face::Regular);
        for (c, w) in weights.iter_mut().enumerate() {
            let longest = t
                .header
                .iter()
                .chain(&t.body)
                .filter_map(|row| row.get(c))
                .map(|cell| {
                    font.width(
                        &cell.iter().map(|i| i.text.as_str()).collect::<String>(),
                        TABLE_SIZE,
                    )
                })
                .fold(0.0, f32::max);
            *w = longest.clamp(40.0, 220.0);
        }
    }
    let total: f32 = weights.iter().sum::<f32>().max(0.001);
    weights.iter().map(|w| width * w / total).collect()
}

fn row_unit(
    flow: &mut Flow<'_, '_>,
    t: &Table,
    row: &[Vec<Inline>],
    widths: &[f32],
    x: f32,
    table: NodeId,
    header: bool,
) -> Unit {
    let tr = flow.out.tree.add("TR", table);
    let mut cells: Vec<Vec<Item>> = Vec::with_capacity(widths.len());
    let mut height: f32 = 0.0;
    let mut cx = x;
    let empty = Vec::new();
    for (c, &w) in widths.iter().enumerate() {
        let cell = flow.out.tree.add(if header { "TH" } else { "TD" }, tr);
        if header {
            flow.out.tree.nodes[cell].scope = Some("Column");
        }
        let content = row.get(c).unwrap_or(&empty);
        let align = match t.columns.get(c).map_or(CellAlign::Left, |c| c.1) {
            CellAlign::Left => Align::Left,
            CellAlign::Right => Align::Right,
            CellAlign::Center => Align::Center,
        };
        let base = if header { Face::Bold } else { Face::Regular };
        let (spans, _) = flow.spans(content, base, TABLE_SIZE, TEXT);
        let inner = (w - 2.0 * CELL_PAD_X).max(8.0);
        let items: Vec<Item> = flow
            .simple_lines(&spans, cx + CELL_PAD_X, inner, align, TABLE_LEADING, cell)
            .into_iter()
            .map(|i| i.shifted(0.0, CELL_PAD_Y))
            .collect();
        let lines = items
            .iter()
            .map(|i| ((i.y - CELL_PAD_Y) / TABLE_LEADING).floor() as i32 + 1)
            .max()
            .unwrap_or(1)
            .max(1);
        height = height.max(lines as f32 * TABLE_LEADING + 2.0 * CELL_PAD_Y);
        cells.push(items);
        cx += w;
    }
    let total_w: f32 = widths.iter().sum();
    let mut items = Vec::new();
    if header {
        items.push(rect(
            x,
            0.0,
            total_w,
            height,
            Paint::Fill(SHADE),
            Mark::Artifact,
        ));
    }
    for c in cells {
        items.extend(c);
    }
    let (rule_color, rule_w) = if header { (ACCENT, 0.9) } else { (RULE, 0.5) };
    items.push(hline(x, height, total_w, rule_color, rule_w));
    Unit::new(height, items)
}
