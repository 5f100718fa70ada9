//! The heat map: a matrix of counts (challenge categories × prevention levels) whose cells are
//! shaded by their count, so the eye finds the empty and the crowded corners at once. It is tagged
//! as a table (row and column headers, every count as text), so the shading adds to what a screen
//! reader hears rather than carrying it alone; each shade's number is drawn in whichever of the body
//! text colour and white reads better on it, and every pairing meets WCAG 2.1 AA (4.5:1).

use serde::Deserialize;

use super::draw::{hline, rect, Color, Item, Mark, NodeId, Paint};
use super::flow::{Flow, Unit, UnitKind};
use super::fonts::Face;
use super::style::*;
use super::text::{Align, Span};

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HeatmapSpec {
    #[serde(default)]
    pub caption: String,
    /// The title over the row labels ("Kategori").
    #[serde(default)]
    pub corner: String,
    pub columns: Vec<String>,
    pub rows: Vec<HeatRow>,
    /// A sentence saying what the matrix shows, printed under it for every reader.
    #[serde(default)]
    pub alt: String,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HeatRow {
    pub label: String,
    pub values: Vec<u32>,
}

/// Fills from no work at all (white) to the most (the accent's deep blue), in five steps: few
/// enough that a step is seen as a step, in print and in greyscale.
pub const SHADES: [Color; 5] = [
    Color(1.0, 1.0, 1.0),
    Color(0.86, 0.91, 0.96),
    Color(0.62, 0.74, 0.87),
    Color(0.27, 0.45, 0.68),
    Color(0.086, 0.227, 0.420),
];

/// The shade of a count: 0 is always white; the rest spread over the other four by their share of
/// the largest count.
pub fn shade_index(value: u32, max: u32) -> usize {
    if value == 0 || max == 0 {
        return 0;
    }
    let share = value as f32 / max as f32;
    ((share * 4.0).ceil() as usize).clamp(1, 4)
}

/// WCAG 2.1 relative luminance of an sRGB colour.
pub fn luminance(c: Color) -> f32 {
    let lin = |v: f32| {
        if v <= 0.03928 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * lin(c.0) + 0.7152 * lin(c.1) + 0.0722 * lin(c.2)
}

/// WCAG contrast ratio between two colours (1–21).
pub fn contrast(a: Color, b: Color) -> f32 {
    let (la, lb) = (luminance(a), luminance(b));
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

/// The text colour that reads best on a fill.
pub fn ink_on(fill: Color) -> Color {
    if contrast(TEXT, fill) >= contrast(WHITE, fill) {
        TEXT
    } else {
        WHITE
    }
}

const LABEL_SHARE: f32 = 0.4;
const CELL_H: f32 = 20.0;

pub fn flow_heatmap(
    flow: &mut Flow<'_, '_>,
    spec: &HeatmapSpec,
    x: f32,
    width: f32,
    parent: NodeId,
) {
    let cols = spec.columns.len();
    if cols == 0 {
        return;
    }
    let label_w = width * LABEL_SHARE;
    let cell_w = (width - label_w) / cols as f32;
    let max = spec
        .rows
        .iter()
        .flat_map(|r| r.values.iter().copied())
        .max()
        .unwrap_or(0);
    let table = flow.out.tree.add("Table", parent);
    let first_unit = flow.out.units.len();
    if !spec.caption.trim().is_empty() {
        let cap = flow.out.tree.add("Caption", table);
        let spans = vec![Span::new(spec.caption.clone(), Face::Bold, 9.5, ACCENT)];
        let items = flow.simple_lines(&spans, x, width, Align::Left, 13.0, cap);
        let h = items.iter().map(|i| i.y).fold(0.0, f32::max);
        let mut u = Unit::new(h + 6.0, items);
        u.keep_with_next = true;
        flow.push(u);
    }
    // The header row: the corner title, then each column's, centred over its cells.
    let tr = flow.out.tree.add("TR", table);
    let mut cells = vec![(spec.corner.as_str(), x, label_w, Align::Left)];
    for (c, title) in spec.columns.iter().enumerate() {
        cells.push((
            title.as_str(),
            x + label_w + c as f32 * cell_w,
            cell_w,
            Align::Center,
        ));
    }
    let mut items = Vec::new();
    let mut height: f32 = 0.0;
    for (text, cx, w, align) in cells {
        let th = flow.out.tree.add("TH", tr);
        flow.out.tree.nodes[th].scope = Some("Column");
        let spans = vec![Span::new(text.to_string(), Face::Bold, TABLE_SIZE, TEXT)];
        let lines = flow.unhyphenated_lines(
            &spans,
            cx + CELL_PAD_X,
            w - 2.0 * CELL_PAD_X,
            align,
            TABLE_LEADING,
            th,
        );
        let bottom = lines.iter().map(|i| i.y).fold(0.0, f32::max);
        height = height.max(bottom + CELL_PAD_Y + 4.0);
        items.extend(lines.into_iter().map(|i| i.shifted(0.0, CELL_PAD_Y)));
    }
    items.insert(
        0,
        rect(x, 0.0, width, height, Paint::Fill(SHADE), Mark::Artifact),
    );
    items.push(hline(x, height, width, ACCENT, 0.9));
    let mut header = Unit::new(height, items);
    header.kind = UnitKind::HeaderRow;
    header.keep_with_next = true;
    let group = flow.out.header_groups.len();
    flow.push(header.clone());
    for (r, row) in spec.rows.iter().enumerate() {
        let tr = flow.out.tree.add("TR", table);
        let th = flow.out.tree.add("TH", tr);
        flow.out.tree.nodes[th].scope = Some("Row");
        let spans = vec![Span::new(
            row.label.clone(),
            Face::Regular,
            TABLE_SIZE,
            TEXT,
        )];
        let label = flow.simple_lines(
            &spans,
            x + CELL_PAD_X,
            label_w - 2.0 * CELL_PAD_X,
            Align::Left,
            TABLE_LEADING,
            th,
        );
        let label_h = label.iter().map(|i| i.y).fold(0.0, f32::max) + CELL_PAD_Y + 4.0;
        let h = label_h.max(CELL_H);
        let mut items: Vec<Item> = label
            .into_iter()
            .map(|i| i.shifted(0.0, CELL_PAD_Y))
            .collect();
        for c in 0..cols {
            let value = row.values.get(c).copied().unwrap_or(0);
            let fill = SHADES[shade_index(value, max)];
            let cx = x + label_w + c as f32 * cell_w;
            // A hair of white between cells keeps neighbouring shades apart.
            items.push(rect(
                cx + 0.75,
                0.75,
                cell_w - 1.5,
                h - 1.5,
                Paint::Fill(fill),
                Mark::Artifact,
            ));
            let td = flow.out.tree.add("TD", tr);
            let spans = vec![Span::new(
                value.to_string(),
                Face::Bold,
                TABLE_SIZE,
                ink_on(fill),
            )];
            let text =
                flow.unhyphenated_lines(&spans, cx, cell_w, Align::Center, TABLE_LEADING, td);
            let dy = (h - TABLE_LEADING) / 2.0;
            items.extend(text.into_iter().map(|i| i.shifted(0.0, dy)));
        }
        items.push(hline(x, h, width, RULE, 0.5));
        let mut u = Unit::new(h, items);
        u.repeat_header = Some(group);
        u.keep_with_next = spec.rows.len() >= 3 && r + 2 == spec.rows.len();
        flow.push(u);
    }
    flow.out.header_groups.push(vec![header]);
    if let Some(u) = flow.out.units.get_mut(first_unit) {
        u.space_before = 12.0;
    }
    if !spec.alt.trim().is_empty() {
        let p = flow.out.tree.add("P", parent);
        let spans = vec![Span::new(spec.alt.clone(), Face::Italic, SMALL_SIZE, MUTED)];
        let items = flow.simple_lines(&spans, x, width, Align::Left, SMALL_LEADING, p);
        let h = items.iter().map(|i| i.y).fold(0.0, f32::max) + 4.0;
        let mut u = Unit::new(h, items.into_iter().map(|i| i.shifted(0.0, 0.0)).collect());
        u.space_before = 6.0;
        flow.push(u);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shade_has_a_legible_number() {
        for fill in SHADES {
            let ratio = contrast(ink_on(fill), fill);
            assert!(ratio >= 4.5, "{fill:?}: {ratio}");
        }
    }

    #[test]
    fn shades_grow_with_the_count_and_zero_stays_white() {
        assert_eq!(shade_index(0, 9), 0);
        assert_eq!(shade_index(1, 9), 1);
        assert_eq!(shade_index(9, 9), 4);
        assert_eq!(shade_index(5, 9), 3);
        let steps: Vec<usize> = (0..=9).map(|v| shade_index(v, 9)).collect();
        assert!(steps.windows(2).all(|w| w[0] <= w[1]), "{steps:?}");
        assert!(luminance(SHADES[0]) > luminance(SHADES[4]));
    }

    #[test]
    fn the_contrast_formula_matches_wcag() {
        let black = Color(0.0, 0.0, 0.0);
        assert!((contrast(black, WHITE) - 21.0).abs() < 0.01);
        assert!((contrast(WHITE, WHITE) - 1.0).abs() < 0.001);
    }
}
