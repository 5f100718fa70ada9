//! Shapes as printpdf path operations (rectangles, polylines, circles, glyph outlines), and
//! the bounding boxes the tag tree gives figures.

use printpdf::{
    LineCapStyle, LineDashPattern, LineJoinStyle, LinePoint, Op, PaintMode, Point, Polygon,
    PolygonRing, Pt, Rect, Rgb, WindingOrder,
};

use super::content::{r2, y};
use crate::engine::draw::{Color, Item, ItemKind, Paint, Shape};
use crate::engine::fonts::OutlinePoint;

pub fn rgb(c: Color) -> printpdf::Color {
    printpdf::Color::Rgb(Rgb {
        r: r2(c.0),
        g: r2(c.1),
        b: r2(c.2),
        icc_profile: None,
    })
}

fn point(x: f32, y: f32, bezier: bool) -> LinePoint {
    LinePoint {
        p: Point {
            x: Pt(r2(x)),
            y: Pt(r2(y)),
        },
        bezier,
    }
}

/// A glyph's contours as one filled path (nonzero winding, as fonts are drawn).
pub fn filled_outline(contours: &[Vec<OutlinePoint>]) -> Polygon {
    Polygon {
        rings: contours
            .iter()
            .map(|c| PolygonRing {
                points: c.iter().map(|&(x, y, b)| point(x, y, b)).collect(),
            })
            .collect(),
        mode: PaintMode::Fill,
        winding_order: WindingOrder::NonZero,
    }
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
pub fn shape_ops(ops: &mut Vec<Op>, x: f32, top: f32, shape: &Shape, paint: &Paint) {
    ops.push(Op::SaveGraphicsState);
    let mode = match paint {
        Paint::Fill(c) => {
            ops.push(Op::SetFillColor { col: rgb(*c) });
            PaintMode::Fill
        }
        Paint::Stroke(c, w) => {
            ops.push(Op::SetOutlineColor { col: rgb(*c) });
            ops.push(Op::SetOutlineThickness { pt: Pt(r2(*w)) });
            ops.push(Op::SetLineCapStyle {
                cap: LineCapStyle::Butt,
            });
            ops.push(Op::SetLineJoinStyle {
                join: LineJoinStyle::Round,
            });
            PaintMode::Stroke
        }
        Paint::Dotted(c, d, gap) => {
            // Round caps on zero-length dashes: dots of the line's width.
            ops.push(Op::SetOutlineColor { col: rgb(*c) });
            ops.push(Op::SetOutlineThickness { pt: Pt(r2(*d)) });
            ops.push(Op::SetLineCapStyle {
                cap: LineCapStyle::Round,
            });
            ops.push(Op::SetLineDashPattern {
                dash: LineDashPattern::new(0.0, &[0.0, r2(*gap)]),
            });
            PaintMode::Stroke
        }
    };
    match shape {
        Shape::Rect { w, h } => ops.push(Op::DrawRectangle {
            rectangle: Rect {
                x: Pt(r2(x)),
                y: Pt(r2(y(top + h))),
                width: Pt(r2(*w)),
                height: Pt(r2(*h)),
                mode: Some(mode),
                winding_order: None,
            },
        }),
        Shape::Polyline(pts) => {
            let points = pts
                .iter()
                .map(|(px, py)| point(x + px, y(top + py), false))
                .collect();
            if mode == PaintMode::Stroke {
                // An open line: a polygon would be closed back to its start.
                ops.push(Op::DrawLine {
                    line: printpdf::Line {
                        points,
                        is_closed: false,
                    },
                });
            } else {
                ops.push(Op::DrawPolygon {
                    polygon: Polygon {
                        rings: vec![PolygonRing { points }],
                        mode,
                        winding_order: WindingOrder::NonZero,
                    },
                });
            }
        }
        Shape::Circle { r } => {
            // Four Bézier quarter arcs around (x, top).
            let k = 0.5523 * r;
            let (cx, cy) = (x, y(top));
            let mut points = vec![point(cx + r, cy, false)];
            for [a, b, c] in [
                [(cx + r, cy + k), (cx + k, cy + r), (cx, cy + r)],
                [(cx - k, cy + r), (cx - r, cy + k), (cx - r, cy)],
                [(cx - r, cy - k), (cx - k, cy - r), (cx, cy - r)],
                [(cx + k, cy - r), (cx + r, cy - k), (cx + r, cy)],
            ] {
                points.push(point(a.0, a.1, true));
                points.push(point(b.0, b.1, true));
                points.push(point(c.0, c.1, false));
            }
            ops.push(Op::DrawPolygon {
                polygon: Polygon {
                    rings: vec![PolygonRing { points }],
                    mode,
                    winding_order: WindingOrder::NonZero,
                },
            });
        }
    }
    ops.push(Op::RestoreGraphicsState);
}
