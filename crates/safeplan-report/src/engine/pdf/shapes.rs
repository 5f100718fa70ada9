//! Shapes as path operations in the content stream (rectangles, polylines, circles, glyph
//! outlines), and the bounding boxes the tag tree gives figures.

use super::content::{r2, y};
use super::stream::ContentStream;
use crate::engine::draw::{Color, Item, ItemKind, Paint, Shape};
use crate::engine::fonts::OutlinePoint;

/// A colour as the three operands of `rg` or `RG`, rounded to two decimals.
pub fn rgb(out: &mut ContentStream, c: Color) -> &mut ContentStream {
    out.real(r2(c.0)).real(r2(c.1)).real(r2(c.2))
}

/// The points of one subpath: `m` to the first, then `l` to each corner and `c` through two
/// control points (marked `true`) to the next point. A control point without its pair is taken
/// as a corner.
fn subpath(out: &mut ContentStream, points: &[(f32, f32, bool)]) {
    let Some(&(x, y, _)) = points.first() else {
        return;
    };
    out.real(r2(x)).real(r2(y)).op("m");
    let mut i = 1;
    while i < points.len() {
        let (x, y, control) = points[i];
        if control && i + 2 < points.len() && points[i + 1].2 {
            let (x2, y2, _) = points[i + 1];
            let (x3, y3, _) = points[i + 2];
            out.reals(&[r2(x), r2(y), r2(x2), r2(y2), r2(x3), r2(y3)])
                .op("c");
            i += 3;
        } else {
            out.real(r2(x)).real(r2(y)).op("l");
            i += 1;
        }
    }
}

/// A glyph's contours as one filled path (nonzero winding, as fonts are drawn).
pub fn filled_outline(out: &mut ContentStream, contours: &[Vec<OutlinePoint>]) {
    if contours.is_empty() {
        return;
    }
    for c in contours {
        subpath(out, c);
    }
    out.op("h");
    out.op("f");
}

pub fn bbox(item: &Item) -> Option<[f32; 4]> {
    match &item.kind {
        ItemKind::Image { w, h, .. } => Some([item.x, y(item.y + h), item.x + w, y(item.y)]),
        ItemKind::Shape(Shape::Rect { w, h }, _) => {
            Some([item.x, y(item.y + h), item.x + w, y(item.y)])
        }
        ItemKind::Shape(Shape::Polyline(pts), _) => {
            let (mut x0, mut y0, mut x1, mut y1) = (f32::MAX, f32::MAX, f32::MIN, f32::MIN);
            for (px, py) in pts {
                x0 = x0.min(item.x + px);
                x1 = x1.max(item.x + px);
                y0 = y0.min(y(item.y + py));
                y1 = y1.max(y(item.y + py));
            }
            (x0 <= x1).then_some([x0, y0, x1, y1])
        }
        ItemKind::Text(r) => Some([
            item.x,
            y(item.y) - r.size * 0.25,
            item.x + r.width,
            y(item.y) + r.size * 0.8,
        ]),
        _ => None,
    }
}

/// Colour and line style, then the path, all inside q … Q so nothing leaks to the next item.
pub fn shape_ops(out: &mut ContentStream, x: f32, top: f32, shape: &Shape, paint: &Paint) {
    out.op("q");
    let stroke = match paint {
        Paint::Fill(c) => {
            rgb(out, *c).op("rg");
            false
        }
        Paint::Stroke(c, w) => {
            rgb(out, *c).op("RG");
            out.real(r2(*w)).op("w");
            out.int(0).op("J");
            out.int(1).op("j");
            true
        }
        Paint::Dotted(c, d, gap) => {
            // Round caps on zero-length dashes: dots of the line's width.
            rgb(out, *c).op("RG");
            out.real(r2(*d)).op("w");
            out.int(1).op("J");
            out.real_array(&[0.0, r2(*gap)]).real(0.0).op("d");
            true
        }
    };
    let paint_op = if stroke { "S" } else { "f" };
    match shape {
        Shape::Rect { w, h } => {
            out.reals(&[r2(x), r2(y(top + h)), r2(*w), r2(*h)]).op("re");
            out.op(paint_op);
        }
        // A line through no points draws nothing (a filled one still closes its empty path).
        Shape::Polyline(pts) if stroke && pts.is_empty() => {}
        Shape::Polyline(pts) => {
            let points: Vec<(f32, f32, bool)> = pts
                .iter()
                .map(|(px, py)| (x + px, y(top + py), false))
                .collect();
            subpath(out, &points);
            // An open line is stroked as it is; a filled one is closed back to its start.
            if !stroke {
                out.op("h");
            }
            out.op(paint_op);
        }
        Shape::Circle { r } => {
            // Four Bézier quarter arcs around (x, top).
            let k = 0.5523 * r;
            let (cx, cy) = (x, y(top));
            let mut points = vec![(cx + r, cy, false)];
            for [a, b, c] in [
                [(cx + r, cy + k), (cx + k, cy + r), (cx, cy + r)],
                [(cx - k, cy + r), (cx - r, cy + k), (cx - r, cy)],
                [(cx - r, cy - k), (cx - k, cy - r), (cx, cy - r)],
                [(cx + k, cy - r), (cx + r, cy - k), (cx + r, cy)],
            ] {
                points.push((a.0, a.1, true));
                points.push((b.0, b.1, true));
                points.push((c.0, c.1, false));
            }
            subpath(out, &points);
            out.op("h");
            out.op(paint_op);
        }
    }
    out.op("Q");
}
