//! Writing the laid-out pages as a PDF. Fonts and images are registered as printpdf resources
//! and printpdf builds the lopdf document with its pages; each page's content stream is ours
//! ([`stream`]), written and compressed as soon as the page is done, and put in place of the
//! empty one printpdf wrote. A lopdf pass ([`tagged`]) then adds what printpdf does not write:
//! the tag tree with its parent tree, link annotations, the nested outline, /Lang, MarkInfo,
//! XMP, the document id and the PDF version.

mod content;
mod fontfile;
mod glyphs;
mod shapes;
mod stream;
mod structure;
mod tagged;

use std::collections::{BTreeMap, HashMap};

use lopdf::{Document, Object};
use printpdf::{
    DictItem, ExtendedGraphicsState, ExternalStream, ExternalXObject, PdfDocument, PdfPage,
    PdfSaveOptions, Pt, RawImage, RawImageData, RawImageFormat, Rect, XObject,
};

use super::fonts::{Face, Fonts};
use super::images::{Image, ImageStore, Pixels};
use super::paginate::Document as Laid;
use super::style::{PAGE_H, PAGE_W};
use super::{EngineError, PageSetup};
use content::ContentWriter;
use fontfile::GlyphMaps;

pub fn write(
    laid: &Laid,
    setup: &PageSetup,
    fonts: &Fonts<'_>,
    images: &ImageStore,
) -> Result<Vec<u8>, EngineError> {
    let mut tree = laid.tree.clone();
    let glyphs = GlyphMaps::collect(&laid.pages, fonts);

    let mut pdf = PdfDocument::new(&setup.title);
    pdf.metadata.info = tagged::document_info(setup);
    for face in Face::ALL {
        if !glyphs.map(face).used.is_empty() {
            fontfile::register(&mut pdf, fonts, &glyphs, face)?;
        }
    }
    for (i, img) in images.images.iter().enumerate() {
        pdf.resources
            .xobjects
            .map
            .insert(content::image_id(i), image_xobject(img));
    }
    pdf.resources.extgstates.map.insert(
        content::watermark_gs_id(),
        ExtendedGraphicsState::default()
            .with_current_fill_alpha(0.16)
            .with_current_stroke_alpha(0.16),
    );

    let mut writer = ContentWriter {
        fonts,
        glyphs: &glyphs,
        annots: Vec::new(),
        watermark_ops: None,
        word_spans: BTreeMap::new(),
        outline_paths: HashMap::new(),
    };
    let a4 = Rect::from_wh(Pt(PAGE_W), Pt(PAGE_H));
    let mut parent_tree_pages = Vec::with_capacity(laid.pages.len());
    let mut streams = Vec::with_capacity(laid.pages.len());
    let mut deflater = tagged::Deflater::new();
    for (i, page) in laid.pages.iter().enumerate() {
        let c = writer.page(i, &page.items, &mut tree);
        streams.push(deflater.compressed(c.stream));
        pdf.pages.push(PdfPage {
            media_box: a4.clone(),
            trim_box: a4.clone(),
            crop_box: a4.clone(),
            ops: Vec::new(),
        });
        parent_tree_pages.push(c.mcid_nodes);
    }
    if let Some(first) = pdf.pages.first_mut() {
        first.ops = fontfile::usage_ops(&glyphs);
    }

    // Subsetting stays off: the fonts handed over are already our subsets.
    let opts = PdfSaveOptions {
        optimize: false,
        subset_fonts: false,
        secure: true,
        image_optimization: None,
    };
    let mut warnings = Vec::new();
    let mut doc = pdf.to_lopdf_document(&opts, &mut warnings);
    // printpdf reports mistakes of ours (text outside BT/ET, colours out of range, a font it
    // cannot embed) as errors but writes the file anyway: refuse it instead.
    if let Some(w) = warnings
        .iter()
        .find(|w| w.severity == printpdf::PdfParseErrorSeverity::Error)
    {
        return Err(EngineError::Pdf(format!("printpdf: {}", w.msg)));
    }
    put_streams(&mut doc, streams)?;
    tagged::finish(
        &mut doc,
        laid,
        setup,
        &mut tree,
        &writer.annots,
        &parent_tree_pages,
        &mut deflater,
    )?;
    // The file is about the size of its streams; the rest (dictionaries, the cross-reference
    // table) is a few per cent of it.
    let streams_len: usize = doc
        .objects
        .values()
        .filter_map(|o| o.as_stream().ok().map(|s| s.content.len()))
        .sum();
    let mut out = Vec::with_capacity(streams_len + streams_len / 4 + 4096);
    doc.save_to(&mut out)
        .map_err(|e| EngineError::Pdf(e.to_string()))?;
    Ok(out)
}

/// Each page's content stream in place of the one printpdf wrote from its (empty) operations.
fn put_streams(doc: &mut Document, streams: Vec<(Vec<u8>, bool)>) -> Result<(), EngineError> {
    let pages: Vec<_> = doc.get_pages().into_values().collect();
    if pages.len() != streams.len() {
        return Err(EngineError::Pdf(format!(
            "printpdf wrote {} pages of {}",
            pages.len(),
            streams.len()
        )));
    }
    let pdf_err = |e: lopdf::Error| EngineError::Pdf(e.to_string());
    for (page, (bytes, deflated)) in pages.into_iter().zip(streams) {
        let contents = doc
            .get_dictionary(page)
            .and_then(|d| d.get(b"Contents"))
            .and_then(Object::as_reference)
            .map_err(pdf_err)?;
        let stream = doc
            .get_object_mut(contents)
            .and_then(Object::as_stream_mut)
            .map_err(pdf_err)?;
        stream.set_content(bytes);
        if deflated {
            stream.dict.set("Filter", "FlateDecode");
        }
        // Tried once: what did not shrink is left plain.
        stream.allows_compression = false;
    }
    Ok(())
}

/// PNG samples go to printpdf as a raw image (it writes them deflated, alpha as a soft mask);
/// JPEG bytes go as a ready image XObject so they stay DCT-compressed as they came.
fn image_xobject(img: &Image) -> XObject {
    match &img.pixels {
        Pixels::Raw {
            data,
            components,
            alpha,
        } => {
            let (pixels, data_format) = match (components, alpha) {
                (1, None) => (data.clone(), RawImageFormat::R8),
                (_, None) => (data.clone(), RawImageFormat::RGB8),
                (c, Some(a)) => {
                    let c = usize::from(*c);
                    let mut px = Vec::with_capacity(a.len() * (c + 1));
                    for (color, alpha) in data.chunks_exact(c).zip(a) {
                        px.extend_from_slice(color);
                        px.push(*alpha);
                    }
                    let format = if c == 1 {
                        RawImageFormat::RG8
                    } else {
                        RawImageFormat::RGBA8
                    };
                    (px, format)
                }
            };
            XObject::Image(RawImage {
                pixels: RawImageData::U8(pixels),
                width: img.width as usize,
                height: img.height as usize,
                data_format,
                tag: Vec::new(),
            })
        }
        Pixels::Jpeg { data, components } => {
            let cs = match components {
                1 => "DeviceGray",
                4 => "DeviceCMYK",
                _ => "DeviceRGB",
            };
            let name = |n: &str| DictItem::Name(n.as_bytes().to_vec());
            let mut dict = BTreeMap::from([
                ("Type".to_string(), name("XObject")),
                ("Subtype".to_string(), name("Image")),
                ("Width".to_string(), DictItem::Int(i64::from(img.width))),
                ("Height".to_string(), DictItem::Int(i64::from(img.height))),
                ("ColorSpace".to_string(), name(cs)),
                ("BitsPerComponent".to_string(), DictItem::Int(8)),
                ("Filter".to_string(), name("DCTDecode")),
            ]);
            if *components == 4 {
                // Adobe writes CMYK JPEGs inverted.
                let decode = [1, 0, 1, 0, 1, 0, 1, 0].map(DictItem::Int).to_vec();
                dict.insert("Decode".to_string(), DictItem::Array(decode));
            }
            XObject::External(ExternalXObject {
                stream: ExternalStream {
                    dict,
                    content: data.clone(),
                    compress: false,
                },
                width: None,
                height: None,
                dpi: None,
            })
        }
    }
}
