//! Page content streams: text as glyph ids in TJ arrays, shapes, images and watermark outlines,
//! each stretch wrapped in marked content (an MCID for structure content, /Artifact otherwise).

use std::fmt::Write as _;

use super::fontfile::GlyphMaps;
use crate::engine::draw::{Color, Item, ItemKind, LinkTarget, Mark, NodeId, Paint, Shape, TextRun};
use crate::engine::fonts::{Face, Fonts, OutlinePath};
use crate::engine::style::PAGE_H;
use crate::engine::tagging::StructTree;

/// A link annotation to create: page, rectangle in PDF coordinates, target, structure node.
pub struct AnnotSpec {
    pub page: usize,
    pub rect: [f32; 4],
    pub target: LinkTarget,
    pub node: NodeId,
    /// The link's text, for /Contents (PDF/UA wants a description on every annotation).
    pub contents: String,
}

pub struct PageContent {
    pub bytes: Vec<u8>,
    /// Structure node of each MCID on the page, in MCID order (the page's parent-tree entry).
    pub mcid_nodes: Vec<NodeId>,
}

pub struct ContentWriter<'f> {
    pub fonts: &'f Fonts<'f>,
    pub glyphs: &'f GlyphMaps,
    pub annots: Vec<AnnotSpec>,
    /// The watermark's operators, made once: every page draws the same.
    pub watermark_ops: Option<(String, String)>,
}

fn y(v: f32) -> f32 {
    PAGE_H - v
}

/// Numbers with at most two decimals, trailing zeros dropped: `format!("{:.2}")` was a third of
/// the render time.
fn num(out: &mut String, v: f32) {
    let mut n = (f64::from(v) * 100.0).round() as i64;
    if n < 0 {
        out.push('-');
        n = -n;
    }
    push_int(out, n / 100);
    let frac = n % 100;
    if frac != 0 {
        out.push('.');
        out.push(char::from(b'0' + (frac / 10) as u8));
        if frac % 10 != 0 {
            out.push(char::from(b'0' + (frac % 10) as u8));
        }
    }
}

fn push_int(out: &mut String, mut n: i64) {
    let mut buf = [0u8; 20];
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 || i == 0 {
            break;
        }
    }
    out.push_str(std::str::from_utf8(&buf[i..]).unwrap_or("0"));
}

/// Space-separated numbers followed by a space.
fn nums(out: &mut String, values: &[f32]) {
    for &v in values {
        num(out, v);
        out.push(' ');
    }
}

fn color(out: &mut String, c: Color, stroke: bool) {
    nums(out, &[c.0, c.1, c.2]);
    out.push_str(if stroke { "RG\n" } else { "rg\n" });
}

const HEX: &[u8; 16] = b"0123456789ABCDEF";

fn push_hex4(out: &mut String, v: u16) {
    for shift in [12, 8, 4, 0] {
        out.push(char::from(HEX[usize::from((v >> shift) & 0xF)]));
    }
}

/// A PDF text string as UTF-16BE hex with a byte order mark.
pub fn utf16_hex(s: &str) -> String {
    let mut out = String::from("<FEFF");
    for u in s.encode_utf16() {
        let _ = write!(out, "{u:04X}");
    }
    out.push('>');
    out
}

impl ContentWriter<'_> {
    pub fn page(
        &mut self,
        page_index: usize,
        items: &[Item],
        tree: &mut StructTree,
    ) -> PageContent {
        let mut out = String::with_capacity(items.len() * 80);
        let mut mcid_nodes = Vec::new();
        let mut open: Option<Mark> = None;
        let mut text_of: std::collections::BTreeMap<NodeId, String> = Default::default();
        for item in items {
            if let (ItemKind::Text(run), Mark::Content(node)) = (&item.kind, item.mark) {
                let t = text_of.entry(node).or_default();
                if !t.is_empty() && !t.ends_with(' ') {
                    t.push(' ');
                }
                t.push_str(
                    run.actual_text
                        .as_deref()
                        .unwrap_or(run.text.trim_end_matches('-')),
                );
            }
            if let ItemKind::Link { w, h, target } = &item.kind {
                if let Mark::Content(node) = item.mark {
                    self.annots.push(AnnotSpec {
                        page: page_index,
                        rect: [item.x, y(item.y + h), item.x + w, y(item.y)],
                        target: target.clone(),
                        node,
                        contents: text_of
                            .get(&node)
                            .map_or_else(String::new, |t| t.trim().to_string()),
                    });
                }
                continue;
            }
            if open != Some(item.mark) {
                if open.is_some() {
                    out.push_str("EMC\n");
                }
                match item.mark {
                    Mark::Artifact => out.push_str("/Artifact BMC\n"),
                    Mark::Content(node) => {
                        let mcid = mcid_nodes.len() as u32;
                        mcid_nodes.push(node);
                        tree.add_content(node, page_index, mcid);
                        let tag = tree.nodes.get(node).map_or("Span", |n| n.tag);
                        let _ = writeln!(out, "/{tag} <</MCID {mcid}>> BDC");
                    }
                }
                open = Some(item.mark);
            }
            if let (Mark::Content(node), Some(b)) = (item.mark, bbox(item)) {
                if tree.nodes.get(node).is_some_and(|n| n.tag == "Figure") {
                    tree.grow_bbox(node, b);
                }
            }
            self.item(&mut out, item);
        }
        if open.is_some() {
            out.push_str("EMC\n");
        }
        PageContent {
            bytes: out.into_bytes(),
            mcid_nodes,
        }
    }

    fn item(&mut self, out: &mut String, item: &Item) {
        match &item.kind {
            ItemKind::Text(run) => self.text(out, item.x, item.y, run),
            ItemKind::Shape(shape, paint) => shape_ops(out, item.x, item.y, shape, paint),
            ItemKind::Image { index, w, h } => {
                let _ = writeln!(
                    out,
                    "q {w:.2} 0 0 {h:.2} {:.2} {:.2} cm /Im{index} Do Q",
                    item.x,
                    y(item.y + h)
                );
            }
            ItemKind::Watermark(text) => {
                let cached = self.watermark_ops.as_ref().filter(|(t, _)| t == text);
                if let Some((_, ops)) = cached {
                    out.push_str(ops);
                } else {
                    let mut ops = String::new();
                    self.watermark(&mut ops, item.x, item.y, text);
                    out.push_str(&ops);
                    self.watermark_ops = Some((text.clone(), ops));
                }
            }
            ItemKind::Link { .. } | ItemKind::PageNumberOf { .. } => {}
        }
    }

    fn text(&self, out: &mut String, x: f32, baseline: f32, run: &TextRun) {
        if run.glyphs.is_empty() {
            return;
        }
        if let Some(actual) = &run.actual_text {
            let _ = writeln!(out, "/Span <</ActualText {}>> BDC", utf16_hex(actual));
        }
        let map = self.glyphs.map(run.face);
        out.push_str("BT /F");
        push_int(out, run.face as i64);
        out.push(' ');
        num(out, run.size);
        out.push_str(" Tf ");
        color(out, run.color, false);
        out.push_str("1 0 0 1 ");
        nums(out, &[x, y(baseline)]);
        out.push_str("Tm [<");
        let adjust = -run.space_extra * 1000.0 / run.size.max(0.1);
        let to_thousandths = -1000.0 / self.fonts.face(run.face).units_per_em;
        for (i, (g, c)) in run.glyphs.iter().zip(run.text.chars()).enumerate() {
            push_hex4(out, map.new_id(*g));
            let kern = run.kerns.get(i).copied().unwrap_or(0);
            let mut shift = f32::from(kern) * to_thousandths;
            if c == ' ' {
                shift += adjust;
            }
            if shift.abs() > 0.01 {
                out.push_str("> ");
                num(out, shift);
                out.push_str(" <");
            }
        }
        out.push_str(">] TJ ET\n");
        if run.actual_text.is_some() {
            out.push_str("EMC\n");
        }
    }

    /// The watermark as filled glyph outlines at 45°, light and translucent.
    fn watermark(&self, out: &mut String, cx: f32, cy: f32, text: &str) {
        let font = self.fonts.face(Face::Bold);
        let units: f32 = text.chars().map(|c| f32::from(font.glyph(c).1)).sum();
        if units <= 0.0 {
            return;
        }
        // As wide as about 70 % of the page diagonal, and never taller than 140 pt.
        let size = (640.0 * font.units_per_em / units).min(140.0);
        let scale = size / font.units_per_em;
        let (s, c) = std::f32::consts::FRAC_PI_4.sin_cos();
        let _ = writeln!(out, "q /GSwm gs 0.55 0.6 0.68 rg");
        let _ = writeln!(
            out,
            "{c:.4} {s:.4} {:.4} {c:.4} {cx:.2} {:.2} cm",
            -s,
            y(cy)
        );
        let cap = font.cap_height(size);
        let _ = writeln!(
            out,
            "{scale:.5} 0 0 {scale:.5} {:.2} {:.2} cm",
            -units * scale / 2.0,
            -cap / 2.0
        );
        let mut pen = 0.0f32;
        for ch in text.chars() {
            let (gid, adv) = font.glyph(ch);
            let mut path = OutlinePath::default();
            if font
                .face
                .outline_glyph(ttf_parser::GlyphId(gid), &mut path)
                .is_some()
            {
                let _ = writeln!(out, "q 1 0 0 1 {pen:.0} 0 cm");
                out.push_str(&path.ops);
                out.push_str("f Q\n");
            }
            pen += f32::from(adv);
        }
        out.push_str("Q\n");
    }
}

fn bbox(item: &Item) -> Option<[f32; 4]> {
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

fn shape_ops(out: &mut String, x: f32, top: f32, shape: &Shape, paint: &Paint) {
    out.push_str("q ");
    let op = match paint {
        Paint::Fill(c) => {
            color(out, *c, false);
            "f"
        }
        Paint::Stroke(c, w) => {
            color(out, *c, true);
            num(out, *w);
            out.push_str(" w 0 J 1 j\n");
            "S"
        }
        Paint::Dotted(c, d, gap) => {
            color(out, *c, true);
            num(out, *d);
            out.push_str(" w 1 J [0 ");
            num(out, *gap);
            out.push_str("] 0 d\n");
            "S"
        }
    };
    match shape {
        Shape::Rect { w, h } => {
            nums(out, &[x, y(top + h), *w, *h]);
            out.push_str("re ");
            out.push_str(op);
            out.push('\n');
        }
        Shape::Polyline(pts) => {
            for (i, (px, py)) in pts.iter().enumerate() {
                nums(out, &[x + px, y(top + py)]);
                out.push_str(if i == 0 { "m " } else { "l " });
            }
            out.push_str(op);
            out.push('\n');
        }
        Shape::Circle { r } => {
            // Four Bézier quarter arcs around (x, top).
            let k = 0.5523 * r;
            let (cx, cy) = (x, y(top));
            nums(out, &[cx + r, cy]);
            out.push_str("m ");
            nums(out, &[cx + r, cy + k, cx + k, cy + r, cx, cy + r]);
            out.push_str("c ");
            nums(out, &[cx - k, cy + r, cx - r, cy + k, cx - r, cy]);
            out.push_str("c ");
            nums(out, &[cx - r, cy - k, cx - k, cy - r, cx, cy - r]);
            out.push_str("c ");
            nums(out, &[cx + k, cy - r, cx + r, cy - k, cx + r, cy]);
            out.push_str("c ");
            out.push_str(op);
            out.push('\n');
        }
    }
    out.push_str("Q\n");
}
