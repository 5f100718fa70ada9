//! Page content as a content stream: text runs and outlines (drawn in `glyphs`), shapes and
//! images, each stretch wrapped in marked content (an MCID for structure content, /Artifact
//! otherwise), and a hyphenated word's head in an /ActualText for poppler. The MCIDs collected
//! here become the page's parent-tree entry in the lopdf pass.

use std::collections::{BTreeMap, HashMap};

use printpdf::{ExtendedGraphicsStateId, FontId, XObjectId};

use super::fontfile::GlyphMaps;
use super::shapes;
use super::stream::{ContentStream, DictValue};
use crate::engine::draw::{Item, ItemKind, LinkTarget, Mark, NodeId, TextRun, WordPart};
use crate::engine::fonts::{Face, Fonts};
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
    /// The page's content stream, not yet compressed.
    pub stream: Vec<u8>,
    /// Structure node of each MCID on the page, in MCID order (the page's parent-tree entry).
    pub mcid_nodes: Vec<NodeId>,
}

pub struct ContentWriter<'f> {
    pub fonts: &'f Fonts<'f>,
    pub glyphs: &'f GlyphMaps,
    pub annots: Vec<AnnotSpec>,
    /// The watermark's operations, made once: every page draws the same.
    pub watermark_ops: Option<(String, ContentStream)>,
    /// Per paragraph or link, the Span of its last hyphenated word, whose rest may come on the
    /// next line or page.
    pub word_spans: BTreeMap<NodeId, NodeId>,
    /// Each glyph drawn as an outline, as its path operations (none for a glyph without one).
    pub outline_paths: HashMap<(Face, u16), Option<ContentStream>>,
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
pub fn utf16_string(s: &str) -> Vec<u8> {
    let mut data = Vec::with_capacity(2 + 2 * s.len());
    data.extend_from_slice(&[0xFE, 0xFF]);
    for u in s.encode_utf16() {
        data.extend_from_slice(&u.to_be_bytes());
    }
    data
}

impl ContentWriter<'_> {
    pub fn page(
        &mut self,
        page_index: usize,
        items: &[Item],
        tree: &mut StructTree,
    ) -> PageContent {
        // About 60 bytes an item: a text line with its marked content is 100–300, a rule 40.
        let mut ops = ContentStream::with_capacity(items.len() * 64);
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
                    ops.op("EMC");
                }
                if open.is_some() {
                    ops.op("EMC");
                }
                match mark {
                    Mark::Artifact => ops.name("Artifact").op("BMC"),
                    Mark::Content(node) => {
                        let mcid = mcid_nodes.len() as u32;
                        mcid_nodes.push(node);
                        tree.add_content(node, page_index, mcid);
                        let tag = tree.nodes.get(node).map_or("Span", |n| n.tag);
                        ops.name(tag)
                            .dict_entry("MCID", DictValue::Int(i64::from(mcid)))
                            .op("BDC");
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
                    ops.op("EMC");
                }
                ops.name("Span")
                    .dict_entry("ActualText", DictValue::Hex(&utf16_string(word)))
                    .op("BDC");
                in_word = true;
            }
            self.item(&mut ops, item);
            if in_word && matches!(&item.kind, ItemKind::Text(r) if r.word == WordPart::Rest) {
                ops.op("EMC");
                in_word = false;
            }
        }
        if in_word {
            ops.op("EMC");
        }
        if open.is_some() {
            ops.op("EMC");
        }
        PageContent {
            stream: ops.into_bytes(),
            mcid_nodes,
        }
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

    fn item(&mut self, ops: &mut ContentStream, item: &Item) {
        match &item.kind {
            ItemKind::Text(run) => self.text(ops, item.x, item.y, run),
            ItemKind::Shape(shape, paint) => shapes::shape_ops(ops, item.x, item.y, shape, paint),
            ItemKind::Image { index, w, h } => {
                // The placement is the image's own `cm`, inside which it is drawn as the
                // unit square (the identity `cm` is what printpdf wrote there).
                ops.op("q");
                ops.reals(&[r2(*w), 0.0, 0.0, r2(*h), r2(item.x), r2(y(item.y + h))])
                    .op("cm");
                ops.op("q");
                ops.reals(&[1.0, 0.0, 0.0, 1.0, 0.0, 0.0]).op("cm");
                ops.name(&image_id(*index).0).op("Do");
                ops.op("Q");
                ops.op("Q");
            }
            ItemKind::Watermark(text) => {
                let cached = self.watermark_ops.as_ref().filter(|(t, _)| t == text);
                if let Some((_, cached)) = cached {
                    ops.ops_from(cached);
                } else {
                    let mut made = ContentStream::default();
                    self.watermark(&mut made, item.x, item.y, text);
                    ops.ops_from(&made);
                    self.watermark_ops = Some((text.clone(), made));
                }
            }
            ItemKind::Link { .. } | ItemKind::PageNumberOf { .. } => {}
        }
    }
}
