//! The lopdf pass over the document printpdf built: what printpdf does not write. printpdf
//! leaves a PDF 1.3 file with no structure tree, no /Lang or MarkInfo, a flat outline only,
//! link annotations without structure parents and a random /ID; this pass adds the tag tree
//! and its parent tree (/StructParents on pages and links), the link annotations, the nested
//! outline, the catalog entries, the XMP packet, our /ID and version 1.7, and compresses the
//! streams printpdf left plain.

use lopdf::{dictionary, Document, Object, ObjectId, Stream};
use printpdf::{OffsetDateTime, PdfDocumentInfo};
use safeplan_model::IsoDate;

use super::content::AnnotSpec;
use super::structure;
use crate::engine::draw::{LinkTarget, NodeId};
use crate::engine::paginate::Document as Laid;
use crate::engine::style::PAGE_H;
use crate::engine::tagging::StructTree;
use crate::engine::{EngineError, PageSetup};

/// printpdf's document information, with the dates from the setup rather than the clock.
pub fn document_info(setup: &PageSetup) -> PdfDocumentInfo {
    let date = day_start(&setup.creation_date);
    PdfDocumentInfo {
        document_title: setup.title.clone(),
        author: setup.author.clone(),
        subject: setup.subject.clone(),
        creator: "Safeplan".into(),
        producer: "safeplan-report".into(),
        creation_date: date,
        modification_date: date,
        metadata_date: date,
        ..Default::default()
    }
}

/// Midnight UTC of the date.
fn day_start(date: &IsoDate) -> OffsetDateTime {
    // Four-digit years are all inside what OffsetDateTime holds; the fallback is never reached.
    OffsetDateTime::from_unix_timestamp(date.days_since_epoch() * 86_400)
        .unwrap_or_else(|_| PdfDocumentInfo::default().creation_date)
}

pub fn finish(
    doc: &mut Document,
    laid: &Laid,
    setup: &PageSetup,
    tree: &mut StructTree,
    annots: &[AnnotSpec],
    parent_tree_pages: &[Vec<NodeId>],
    deflater: &mut Deflater,
) -> Result<(), EngineError> {
    doc.version = "1.7".into();
    let page_ids: Vec<ObjectId> = doc.get_pages().into_values().collect();
    if page_ids.len() != laid.pages.len() {
        return Err(EngineError::Pdf(format!(
            "printpdf wrote {} pages of {}",
            page_ids.len(),
            laid.pages.len()
        )));
    }

    // Link annotations, each with its own parent-tree key after the pages'. They are made
    // here and not as printpdf's LinkAnnotation ops, which carry no /StructParent.
    let mut page_annots: Vec<Vec<Object>> = vec![Vec::new(); page_ids.len()];
    let mut annot_ids = Vec::with_capacity(annots.len());
    for (k, a) in annots.iter().enumerate() {
        let action = match &a.target {
            LinkTarget::Uri(uri) => dictionary! {
                "S" => "URI",
                "URI" => Object::string_literal(uri.as_bytes().to_vec()),
            },
            LinkTarget::Heading(h) => {
                let p = laid.heading_pages.get(*h).copied().unwrap_or(0);
                let top = laid.heading_y.get(*h).map_or(PAGE_H, |y| PAGE_H - y + 4.0);
                dictionary! {
                    "S" => "GoTo",
                    "D" => vec![page_ids[p.min(page_ids.len() - 1)].into(), "XYZ".into(), Object::Null, top.into(), Object::Null],
                }
            }
        };
        let contents_text = if a.contents.is_empty() {
            match &a.target {
                LinkTarget::Uri(u) => u.clone(),
                LinkTarget::Heading(_) => "Link within the document".into(),
            }
        } else {
            a.contents.clone()
        };
        let id = doc.add_object(dictionary! {
            "Type" => "Annot",
            "Subtype" => "Link",
            "Rect" => a.rect.iter().map(|&v| Object::Real(v)).collect::<Vec<_>>(),
            "Border" => vec![0.into(), 0.into(), 0.into()],
            "F" => 4,
            "A" => action,
            "Contents" => structure::text(&contents_text),
            "StructParent" => (page_ids.len() + k) as i64,
            "P" => page_ids[a.page],
        });
        tree.add_annot(a.node, a.page, k);
        page_annots[a.page].push(id.into());
        annot_ids.push(id);
    }

    for (i, &page_id) in page_ids.iter().enumerate() {
        let page = doc
            .get_object_mut(page_id)
            .and_then(Object::as_dict_mut)
            .map_err(|e| EngineError::Pdf(e.to_string()))?;
        page.set("StructParents", i as i64);
        page.set("Tabs", "S");
        if page_annots[i].is_empty() {
            page.remove(b"Annots");
        } else {
            page.set("Annots", std::mem::take(&mut page_annots[i]));
        }
    }

    let struct_root = structure::write_tree(doc, tree, &page_ids, parent_tree_pages, &annot_ids);
    let outlines = structure::write_outline(doc, laid, &page_ids);
    let metadata = structure::write_metadata(doc, setup);
    let catalog_id = doc
        .trailer
        .get(b"Root")
        .and_then(Object::as_reference)
        .map_err(|e| EngineError::Pdf(e.to_string()))?;
    let catalog = doc
        .get_object_mut(catalog_id)
        .and_then(Object::as_dict_mut)
        .map_err(|e| EngineError::Pdf(e.to_string()))?;
    catalog.set("Lang", Object::string_literal(lang_tag(&setup.lang)));
    catalog.set("MarkInfo", dictionary! { "Marked" => true });
    catalog.set("StructTreeRoot", struct_root);
    catalog.set(
        "ViewerPreferences",
        dictionary! { "DisplayDocTitle" => true },
    );
    catalog.set("Metadata", metadata);
    if let Some(o) = outlines {
        catalog.set("Outlines", o);
        catalog.set("PageMode", "UseOutlines");
    }

    // printpdf's /Info names an (empty) PDF/X version and identifier: this is no PDF/X file.
    if let Ok(info_id) = doc.trailer.get(b"Info").and_then(Object::as_reference) {
        if let Ok(info) = doc.get_object_mut(info_id).and_then(Object::as_dict_mut) {
            for key in ["GTS_PDFXVersion", "Identifier", "Keywords", "Trapped"] {
                info.remove(key.as_bytes());
            }
        }
    }
    // printpdf draws its /ID at random; ours comes from the setup.
    let id = structure::document_id_bytes(&setup.document_id);
    doc.trailer.set(
        "ID",
        vec![
            Object::String(id.clone(), lopdf::StringFormat::Hexadecimal),
            Object::String(id, lopdf::StringFormat::Hexadecimal),
        ],
    );

    for object in doc.objects.values_mut() {
        if let Object::Stream(stream) = object {
            if stream.allows_compression && !stream.dict.has(b"Filter") {
                deflater.deflate(stream);
            }
        }
    }
    Ok(())
}

/// Flate at a middle level: level 9 (lopdf's default) spent three quarters of the render time
/// for a few per cent of size. One compressor serves every stream of a document: a new one per
/// stream cost a few hundred kilobytes of tables allocated and cleared each time.
pub struct Deflater {
    encoder: flate2::write::ZlibEncoder<Vec<u8>>,
}

impl Deflater {
    pub fn new() -> Deflater {
        Deflater {
            encoder: flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::fast()),
        }
    }

    /// The bytes deflated, and whether they were: kept plain unless deflating saves more than
    /// the filter's entry costs.
    pub fn compressed(&mut self, bytes: Vec<u8>) -> (Vec<u8>, bool) {
        match self.packed(&bytes) {
            Some(p) => (p, true),
            None => (bytes, false),
        }
    }

    fn deflate(&mut self, stream: &mut Stream) {
        if let Some(packed) = self.packed(&stream.content) {
            stream.dict.set("Filter", "FlateDecode");
            stream.set_content(packed);
        }
    }

    fn packed(&mut self, bytes: &[u8]) -> Option<Vec<u8>> {
        use std::io::Write as _;
        // The output of the stream before, if it failed half-way, goes with the reset.
        self.encoder
            .reset(Vec::with_capacity(bytes.len() / 3))
            .ok()?;
        self.encoder.write_all(bytes).ok()?;
        self.encoder.try_finish().ok()?;
        let packed = std::mem::take(self.encoder.get_mut());
        (packed.len() + 19 < bytes.len()).then_some(packed)
    }
}

pub fn lang_tag(lang: &str) -> String {
    let t = lang.trim();
    if t.is_empty() {
        "sv".into()
    } else {
        t.chars()
            .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
            .collect()
    }
}
