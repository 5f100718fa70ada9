//! Page content as printpdf operations: text as glyph ids in one kerned and justified TJ per
//! run, shapes, images and watermark outlines, each stretch wrapped in marked content (an MCID
//! for structure content, /Artifact otherwise). printpdf turns the operations into the content
//! stream; the MCIDs collected here become the page's parent-tree entry in the lopdf pass.

use std::collections::BTreeMap;

use printpdf::{
    Codepoint, DictItem, ExtendedGraphicsStateId, FontId, Op, PdfFontHandle, Pt, TextItem,
    TextMatrix, TextRenderingMode, XObjectId, XObjectTransform,
};

use super::fontfile::GlyphMaps;
use super::shapes;
use crate::engine::draw::{Item, ItemKind, LinkTarget, Mark, NodeId, TextRun, WordPart};
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
    pub ops: Vec<Op>,
    /// Structure node of each MCID on the page, in MCID order (the page's parent-tree entry).
    pub mcid_nodes: Vec<NodeId>,
}

pub struct ContentWriter<'f> {
    pub fonts: &'f Fonts<'f>,
    pub glyphs: &'f GlyphMaps,
    pub annots: Vec<AnnotSpec>,
    /// The watermark's operations, made once: every page draws the same.
    pub watermark_ops: Option<(String, Vec<Op>)>,
    /// Per paragraph or link, the Span of its last hyphenated word, whose rest may come on the
    /// next line or page.
    pub word_spans: BTreeMap<NodeId, NodeId>,
}

/// The resource names: fixed, where printpdf's own constructors draw random ones, so the
/// same input gives the same bytes.
pub fn font_id(face: Face) -> FontId {
    FontId(format!("F{}", face as usize))
}

pub fn image_id(index: usize) -> XObjectId {
    XObjectId(format!("Im{index}"))
}

pub fn watermark_gs_id() -> ExtendedGraphicsStateId {
    ExtendedGraphicsStateId("GSwm".into())
}

pub fn y(v: f32) -> f32 {
    PAGE_H - v
}

/// Two decimals are plenty at 1/7200 in. and keep printpdf's number output short. Rounded in
/// f64, as the numbers were written before printpdf: f32 tips some halves the other way.
pub fn r2(v: f32) -> f32 {
    ((f64::from(v) * 100.0).round() / 100.0) as f32
}

/// A PDF text string as UTF-16BE with a byte order mark (hex in the stream).
pub fn utf16_string(s: &str) -> DictItem {
    let mut data = vec![0xFE, 0xFF];
    for u in s.encode_utf16() {
        data.extend_from_slice(&u.to_be_bytes());
    }
    DictItem::String {
        data,
        literal: false,
    }
}

fn properties(entries: Vec<(&str, DictItem)>) -> DictItem {
    DictItem::Dict {
        map: entries
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect::<BTreeMap<_, _>>(),
    }
}

impl ContentWriter<'_> {
    pub fn page(
        &mut self,
        page_index: usize,
        items: &[Item],
        tree: &mut StructTree,
    ) -> PageContent {
        let mut ops = Vec::with_capacity(items.len() * 8);
        let mut mcid_nodes = Vec::new();
        let mut open: Option<Mark> = None;
        // Inside the /ActualText of a hyphenated word's head.
        let mut in_word = false;
        let mut text_of: BTreeMap<NodeId, String> = BTreeMap::new();
        for item in items {
            let mark = self.word_mark(item, tree);
            // A link's /Contents is its text, hyphenated words included: gathered by its own node.
            if let (ItemKind::Text(run), Mark::Content(node)) = (&item.kind, item.mark) {
                let t = text_of.entry(node).or_default();
                match run.word {
                    WordPart::Hyphen | WordPart::Tail => {}
                    WordPart::Rest | WordPart::Inner => t.push_str(&run.text),
                    WordPart::None | WordPart::Head(_) => {
                        if !t.is_empty() && !t.ends_with(' ') {
                            t.push(' ');
                        }
                        t.push_str(&run.text);
                    }
                }
            }
            if let ItemKind::Link { w, h, target } = &item.kind {
                if let Mark::Content(node) = mark {
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
            if open != Some(mark) {
                if std::mem::take(&mut in_word) {
                    ops.push(Op::EndMarkedContent);
                }
                if open.is_some() {
                    ops.push(Op::EndMarkedContent);
                }
                match mark {
                    Mark::Artifact => ops.push(Op::BeginMarkedContent {
                        tag: "Artifact".into(),
                    }),
                    Mark::Content(node) => {
                        let mcid = mcid_nodes.len() as u32;
                        mcid_nodes.push(node);
                        tree.add_content(node, page_index, mcid);
                        let tag = tree.nodes.get(node).map_or("Span", |n| n.tag);
                        ops.push(Op::BeginMarkedContentWithProperties {
                            tag: tag.to_string(),
                            properties: properties(vec![("MCID", DictItem::Int(i64::from(mcid)))]),
                        });
                    }
                }
                open = Some(mark);
            }
            if let (Mark::Content(node), Some(b)) = (mark, shapes::bbox(item)) {
                if tree.nodes.get(node).is_some_and(|n| n.tag == "Figure") {
                    tree.grow_bbox(node, b);
                }
            }
            // poppler reads the word from an /ActualText around its head, hyphen and invisible
            // rest; it would otherwise split off the rest, set smaller, as a block of its own.
            if let ItemKind::Text(TextRun {
                word: WordPart::Head(word),
                ..
            }) = &item.kind
            {
                if in_word {
                    ops.push(Op::EndMarkedContent);
                }
                ops.push(Op::BeginMarkedContentWithProperties {
                    tag: "Span".into(),
                    properties: properties(vec![("ActualText", utf16_string(word))]),
                });
                in_word = true;
            }
            self.item(&mut ops, item);
            if in_word && matches!(&item.kind, ItemKind::Text(r) if r.word == WordPart::Rest) {
                ops.push(Op::EndMarkedContent);
                in_word = false;
            }
        }
        if in_word {
            ops.push(Op::EndMarkedContent);
        }
        if open.is_some() {
            ops.push(Op::EndMarkedContent);
        }
        PageContent { ops, mcid_nodes }
    }

    /// A hyphenated word's parts become one Span with the whole word as its /ActualText, which
    /// pdf.js hands screen readers from the structure tree. The Span is the one its paragraph (or
    /// link) opened last, so a table cell set between the two lines does not lose it.
    fn word_mark(&mut self, item: &Item, tree: &mut StructTree) -> Mark {
        let (ItemKind::Text(run), Mark::Content(node)) = (&item.kind, item.mark) else {
            return item.mark;
        };
        match &run.word {
            WordPart::None => item.mark,
            WordPart::Head(word) => {
                let span = tree.add("Span", node);
                tree.nodes[span].actual_text = Some(word.clone());
                self.word_spans.insert(node, span);
                Mark::Content(span)
            }
            _ => Mark::Content(self.word_spans.get(&node).copied().unwrap_or(node)),
        }
    }

    fn item(&mut self, ops: &mut Vec<Op>, item: &Item) {
        match &item.kind {
            ItemKind::Text(run) => self.text(ops, item.x, item.y, run),
            ItemKind::Shape(shape, paint) => shapes::shape_ops(ops, item.x, item.y, shape, paint),
            ItemKind::Image { index, w, h } => {
                // The placement goes in our own `cm`: printpdf's automatic scaling would size
                // the image from its pixels at an assumed resolution.
                ops.push(Op::SaveGraphicsState);
                ops.push(Op::SetTransformationMatrix {
                    matrix: printpdf::CurTransMat::Raw([
                        r2(*w),
                        0.0,
                        0.0,
                        r2(*h),
                        r2(item.x),
                        r2(y(item.y + h)),
                    ]),
                });
                ops.push(Op::UseXobject {
                    id: image_id(*index),
                    transform: XObjectTransform {
                        no_auto_scale: true,
                        ..Default::default()
                    },
                });
                ops.push(Op::RestoreGraphicsState);
            }
            ItemKind::Watermark(text) => {
                let cached = self.watermark_ops.as_ref().filter(|(t, _)| t == text);
                if let Some((_, cached)) = cached {
                    ops.extend_from_slice(cached);
                } else {
                    let mut made = Vec::new();
                    self.watermark(&mut made, item.x, item.y, text);
                    ops.extend_from_slice(&made);
                    self.watermark_ops = Some((text.clone(), made));
                }
            }
            ItemKind::Link { .. } | ItemKind::PageNumberOf { .. } => {}
        }
    }

    fn text(&self, ops: &mut Vec<Op>, x: f32, baseline: f32, run: &TextRun) {
        if run.glyphs.is_empty() {
            return;
        }
        let font = self.fonts.face(run.face);
        let upem = font.units_per_em;
        if run.word.outlined() {
            let scale = run.size / upem;
            let mut pen = 0.0f32;
            let mut placed = Vec::with_capacity(run.glyphs.len());
            for (i, (g, c)) in run.glyphs.iter().zip(run.text.chars()).enumerate() {
                placed.push((*g, pen));
                pen += f32::from(font.advance_of(*g))
                    + f32::from(run.kerns.get(i).copied().unwrap_or(0));
                if c == ' ' {
                    pen += run.space_extra / scale;
                }
            }
            ops.push(Op::SaveGraphicsState);
            ops.push(Op::SetFillColor {
                col: shapes::rgb(run.color),
            });
            let s = (scale * 100_000.0).round() / 100_000.0;
            ops.push(Op::SetTransformationMatrix {
                matrix: printpdf::CurTransMat::Raw([s, 0.0, 0.0, s, r2(x), r2(y(baseline))]),
            });
            self.outlines(ops, run.face, &placed);
            ops.push(Op::RestoreGraphicsState);
            return;
        }
        let map = self.glyphs.map(run.face);
        let adjust = -run.space_extra * 1000.0 / run.size.max(0.1);
        let to_thousandths = -1000.0 / upem;
        // printpdf writes each glyph's /W width cut down to whole thousandths of an em, and
        // the viewer advances by that. `drift` is how far the pen has fallen behind the
        // layout's exact advances; it rides along in the next offset the line needs anyway
        // (or in its own once it reaches half a thousandth), so lines end where they were set.
        let mut drift = 0.0f32;
        let mut natural = 0.0f32;
        let mut glyphs = Vec::with_capacity(run.glyphs.len());
        for (i, (g, c)) in run.glyphs.iter().zip(run.text.chars()).enumerate() {
            let exact = f32::from(font.advance_of(*g)) * 1000.0 / upem;
            drift += exact - (exact as i64) as f32;
            let kern = run.kerns.get(i).copied().unwrap_or(0);
            natural += exact - f32::from(kern) * to_thousandths;
            let mut shift = f32::from(kern) * to_thousandths;
            if c == ' ' {
                shift += adjust;
            }
            let offset = if shift.abs() > 0.01 || drift > 0.5 {
                let o = r2(shift - drift);
                drift = 0.0;
                o
            } else {
                0.0
            };
            glyphs.push(Codepoint {
                gid: map.new_id(*g),
                offset,
                cid: Some(map.text_of(*g).to_string()),
            });
        }
        let invisible = run.word == WordPart::Rest;
        ops.push(Op::StartTextSection);
        ops.push(Op::SetFont {
            font: PdfFontHandle::External(font_id(run.face)),
            size: Pt(r2(run.size)),
        });
        let (x, y) = (r2(x), r2(y(baseline)));
        let matrix = if invisible {
            // The rest of a hyphenated word, unseen, scaled down to fit the hyphen's width:
            // readers join it to the head as they join any two touching glyphs. Scaled by the
            // text matrix, not squeezed (Tz), since poppler drops a letter that lands within a
            // tenth of the size of the same letter ("våldsbejak nde").
            ops.push(Op::SetTextRenderingMode {
                mode: TextRenderingMode::Invisible,
            });
            let k = (run.width * 1000.0 / (natural * run.size).max(0.001) * 10_000.0).round()
                / 10_000.0;
            TextMatrix::Raw([k, 0.0, 0.0, k, x, y])
        } else {
            ops.push(Op::SetFillColor {
                col: shapes::rgb(run.color),
            });
            TextMatrix::Translate(Pt(x), Pt(y))
        };
        ops.push(Op::SetTextMatrix { matrix });
        ops.push(Op::ShowText {
            items: vec![TextItem::GlyphIds(glyphs)],
        });
        if invisible {
            // Text state outlives BT/ET: back to what every other run assumes. poppler takes
            // the size for the word's /ActualText from the last text shown, so an empty show
            // at the word's own size comes last.
            ops.push(Op::SetTextRenderingMode {
                mode: TextRenderingMode::Fill,
            });
            ops.push(Op::SetTextMatrix {
                matrix: TextMatrix::Translate(Pt(x), Pt(y)),
            });
            ops.push(Op::ShowText {
                items: vec![TextItem::GlyphIds(Vec::new())],
            });
        }
        ops.push(Op::EndTextSection);
    }

    /// Glyphs of `face` as filled outlines, each at its pen position in font units along the
    /// current matrix's x axis (the caller scales units to the page and sets the colour).
    fn outlines(&self, ops: &mut Vec<Op>, face: Face, placed: &[(u16, f32)]) {
        let font = self.fonts.face(face);
        for &(gid, pen) in placed {
            let mut path = OutlinePath::default();
            if font
                .face
                .outline_glyph(ttf_parser::GlyphId(gid), &mut path)
                .is_some()
            {
                ops.push(Op::SaveGraphicsState);
                ops.push(Op::SetTransformationMatrix {
                    matrix: printpdf::CurTransMat::Raw([1.0, 0.0, 0.0, 1.0, pen.round(), 0.0]),
                });
                ops.push(Op::DrawPolygon {
                    polygon: shapes::filled_outline(&path.contours),
                });
                ops.push(Op::RestoreGraphicsState);
            }
        }
    }

    /// The watermark as filled glyph outlines at 45°, light and translucent.
    fn watermark(&self, ops: &mut Vec<Op>, cx: f32, cy: f32, text: &str) {
        let font = self.fonts.face(Face::Bold);
        let units: f32 = text.chars().map(|c| f32::from(font.glyph(c).1)).sum();
        if units <= 0.0 {
            return;
        }
        // As wide as about 70 % of the page diagonal, and never taller than 140 pt.
        let size = (640.0 * font.units_per_em / units).min(140.0);
        let scale = size / font.units_per_em;
        let (s, c) = std::f32::consts::FRAC_PI_4.sin_cos();
        let r4 = |v: f32| (v * 10_000.0).round() / 10_000.0;
        let r5 = |v: f32| (v * 100_000.0).round() / 100_000.0;
        ops.push(Op::SaveGraphicsState);
        ops.push(Op::LoadGraphicsState {
            gs: watermark_gs_id(),
        });
        ops.push(Op::SetFillColor {
            col: shapes::rgb(crate::engine::draw::Color(0.55, 0.6, 0.68)),
        });
        let cap = font.cap_height(size);
        for m in [
            [r4(c), r4(s), r4(-s), r4(c), r2(cx), r2(y(cy))],
            [
                r5(scale),
                0.0,
                0.0,
                r5(scale),
                r2(-units * scale / 2.0),
                r2(-cap / 2.0),
            ],
        ] {
            ops.push(Op::SetTransformationMatrix {
                matrix: printpdf::CurTransMat::Raw(m),
            });
        }
        let mut pen = 0.0f32;
        let mut placed = Vec::with_capacity(text.len());
        for ch in text.chars() {
            let (gid, adv) = font.glyph(ch);
            placed.push((gid, pen));
            pen += f32::from(adv);
        }
        self.outlines(ops, Face::Bold, &placed);
        ops.push(Op::RestoreGraphicsState);
    }
}
