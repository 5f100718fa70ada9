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

/// Column widths. Every column gets at least its longest word (a header word in bold), so no word is
/// split while the table fits the page at all. Markdown tables (all weights equal) take their natural
/// width when that is narrower than the column of text, and otherwise share the rest by how much more
/// each column's longest cell wants; template tables keep their relative weights within those minimums.
fn column_widths(flow: &Flow<'_, '_>, t: &Table, cols: usize, width: f32) -> Vec<f32> {
    let weights: Vec<f32> = (0..cols)
        .map(|c| t.columns.get(c).map_or(1.0, |c| c.0))
        .filter(|w| w.is_finite())
        .collect();
    let markdown = weights.len() < cols || weights.iter().all(|&w| (w - 1.0).abs() < f32::EPSILON);
    let regular = flow.ctx.fonts.face(Face::Regular);
    let bold = flow.ctx.fonts.face(Face::Bold);
    let pad = 2.0 * CELL_PAD_X + 1.0;
    // Header words must fit whole; body words should, but may hyphenate when the page is too narrow.
    let mut header_least = vec![0.0f32; cols];
    let mut least = vec![0.0f32; cols];
    let mut natural = vec![0.0f32; cols];
    let rows = t
        .header
        .iter()
        .map(|r| (r, true))
        .chain(t.body.iter().map(|r| (r, false)));
    for (row, header) in rows {
        let face = if header { bold } else { regular };
        for (c, cell) in row.iter().enumerate().take(cols) {
            let text: String = cell.iter().map(|i| i.text.as_str()).collect();
            let words = text.split_whitespace().map(|w| face.width(w, TABLE_SIZE));
            // Body words may still hyphenate: a long one (a URL) must not claim the whole table.
            let longest = words.fold(0.0, f32::max);
            let longest = if header {
                longest
            } else {
                longest.min(width / 3.0)
            };
            least[c] = least[c].max(longest + pad);
            if header {
                header_least[c] = header_least[c].max(longest + pad);
            }
            natural[c] = natural[c].max(face.width(&text, TABLE_SIZE) + pad);
        }
    }
    let header_least: Vec<f32> = header_least.iter().map(|w| w.max(24.0)).collect();
    let least: Vec<f32> = least
        .iter()
        .zip(&header_least)
        .map(|(l, h)| l.max(*h))
        .collect();
    let natural: Vec<f32> = natural.iter().zip(&least).map(|(n, l)| n.max(*l)).collect();
    if least.iter().sum::<f32>() > width {
        let header_total: f32 = header_least.iter().sum();
        if header_total >= width {
            // Even the header words do not fit side by side: shrink them alike (words will break).
            return header_least
                .iter()
                .map(|w| width * w / header_total)
                .collect();
        }
        // Header words whole; the rest goes where long body words need it most.
        let want: Vec<f32> = least
            .iter()
            .zip(&header_least)
            .map(|(l, h)| l - h)
            .collect();
        return share(&header_least, &want, width);
    }
    if markdown {
        let natural_total: f32 = natural.iter().sum();
        // A little air beyond the longest cell, so a narrow table does not look cramped.
        let airy: Vec<f32> = natural.iter().map(|n| n + 8.0).collect();
        if airy.iter().sum::<f32>() <= width {
            return airy;
        }
        if natural_total <= width {
            return natural;
        }
        let want: Vec<f32> = natural.iter().zip(&least).map(|(n, l)| n - l).collect();
        return share(&least, &want, width);
    }
    // A template table whose content needs well under the text width (an indicator's table without
    // comments) would leave wide gaps between its columns: it gets its content's width plus air instead.
    let roomy: Vec<f32> = natural.iter().map(|n| n + 16.0).collect();
    if roomy.iter().sum::<f32>() <= width * 0.6 {
        return roomy;
    }
    let total: f32 = weights.iter().sum::<f32>().max(0.001);
    let weighted: Vec<f32> = weights.iter().map(|w| width * w / total).collect();
    let want: Vec<f32> = weighted
        .iter()
        .zip(&least)
        .map(|(w, l)| (w - l).max(0.0))
        .collect();
    share(&least, &want, width)
}

/// `least` for every column, and the rest of `width` in proportion to `want`.
fn share(least: &[f32], want: &[f32], width: f32) -> Vec<f32> {
    let spare = (width - least.iter().sum::<f32>()).max(0.0);
    let want_total: f32 = want.iter().sum();
    least
        .iter()
        .zip(want)
        .map(|(l, w)| match want_total > 0.0 {
            true => l + spare * w / want_total,
            false => l + spare / least.len().max(1) as f32,
        })
        .collect()
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
        let lines = if header {
            flow.unhyphenated_lines(&spans, cx + CELL_PAD_X, inner, align, TABLE_LEADING, cell)
        } else {
            flow.simple_lines(&spans, cx + CELL_PAD_X, inner, align, TABLE_LEADING, cell)
        };
        let items: Vec<Item> = lines
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
