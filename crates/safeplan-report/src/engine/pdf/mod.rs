//! Writing the laid-out pages as a PDF 1.7 document with lopdf: fonts, images, pages with their
//! content, link annotations, then the tag tree, the outline and the metadata.

mod content;
mod fontfile;
mod structure;

use lopdf::{dictionary, Document, Object, ObjectId, Stream};

use super::draw::LinkTarget;
use super::fonts::{Face, Fonts};
use super::images::{ImageStore, Pixels};
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
    let mut doc = Document::with_version("1.7");
    let mut tree = laid.tree.clone();
    let glyphs = GlyphMaps::collect(&laid.pages, fonts);

    let mut font_dict = lopdf::Dictionary::new();
    for face in Face::ALL {
        if !glyphs.map(face).used.is_empty() {
            let id = fontfile::add_font(&mut doc, fonts, &glyphs, face);
            font_dict.set(format!("F{}", face as usize), id);
        }
    }
    let mut xobjects = lopdf::Dictionary::new();
    for (i, img) in images.images.iter().enumerate() {
        let id = add_image(&mut doc, img);
        xobjects.set(format!("Im{i}"), id);
    }
    let resources_id = doc.add_object(dictionary! {
        "Font" => font_dict,
        "XObject" => xobjects,
        "ExtGState" => dictionary! {
            "GSwm" => dictionary! { "Type" => "ExtGState", "ca" => 0.16, "CA" => 0.16 },
        },
    });

    let pages_id = doc.new_object_id();
    let page_ids: Vec<ObjectId> = laid.pages.iter().map(|_| doc.new_object_id()).collect();
    let mut writer = ContentWriter {
        fonts,
        glyphs: &glyphs,
        annots: Vec::new(),
        watermark_ops: None,
    };
    let mut parent_tree_pages = Vec::with_capacity(laid.pages.len());
    let mut contents = Vec::with_capacity(laid.pages.len());
    for (i, page) in laid.pages.iter().enumerate() {
        let c = writer.page(i, &page.items, &mut tree);
        let mut stream = Stream::new(dictionary! {}, c.bytes);
        deflate(&mut stream);
        contents.push(doc.add_object(stream));
        parent_tree_pages.push(c.mcid_nodes);
    }

    // Link annotations, each with its own parent-tree key after the pages'.
    let mut page_annots: Vec<Vec<Object>> = vec![Vec::new(); laid.pages.len()];
    let mut annot_ids = Vec::with_capacity(writer.annots.len());
    for (k, a) in writer.annots.iter().enumerate() {
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
            tree_text_hint(&a.target)
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
            "StructParent" => (laid.pages.len() + k) as i64,
            "P" => page_ids[a.page],
        });
        tree.add_annot(a.node, a.page, k);
        page_annots[a.page].push(id.into());
        annot_ids.push(id);
    }

    for (i, &page_id) in page_ids.iter().enumerate() {
        let mut page = dictionary! {
            "Type" => "Page",
            "Parent" => pages_id,
            "MediaBox" => vec![0.into(), 0.into(), PAGE_W.into(), PAGE_H.into()],
            "Resources" => resources_id,
            "Contents" => contents[i],
            "StructParents" => i as i64,
            "Tabs" => "S",
        };
        if !page_annots[i].is_empty() {
            page.set("Annots", std::mem::take(&mut page_annots[i]));
        }
        doc.objects.insert(page_id, Object::Dictionary(page));
    }
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! {
            "Type" => "Pages",
            "Kids" => page_ids.iter().map(|&id| id.into()).collect::<Vec<Object>>(),
            "Count" => page_ids.len() as i64,
        }),
    );

    let struct_root =
        structure::write_tree(&mut doc, &tree, &page_ids, &parent_tree_pages, &annot_ids);
    let outlines = structure::write_outline(&mut doc, laid, &page_ids);
    let metadata = structure::write_metadata(&mut doc, setup);
    let mut catalog = dictionary! {
        "Type" => "Catalog",
        "Pages" => pages_id,
        "Lang" => Object::string_literal(lang_tag(&setup.lang)),
        "MarkInfo" => dictionary! { "Marked" => true },
        "StructTreeRoot" => struct_root,
        "ViewerPreferences" => dictionary! { "DisplayDocTitle" => true },
        "Metadata" => metadata,
    };
    if let Some(o) = outlines {
        catalog.set("Outlines", o);
        catalog.set("PageMode", "UseOutlines");
    }
    let catalog_id = doc.add_object(catalog);
    let info_id = structure::write_info(&mut doc, setup);
    doc.trailer.set("Root", catalog_id);
    doc.trailer.set("Info", info_id);
    let id = structure::document_id_bytes(&setup.document_id);
    doc.trailer.set(
        "ID",
        vec![
            Object::String(id.clone(), lopdf::StringFormat::Hexadecimal),
            Object::String(id, lopdf::StringFormat::Hexadecimal),
        ],
    );
    let mut out = Vec::new();
    doc.save_to(&mut out)
        .map_err(|e| EngineError::Pdf(e.to_string()))?;
    Ok(out)
}

fn tree_text_hint(target: &LinkTarget) -> String {
    match target {
        LinkTarget::Uri(u) => u.clone(),
        LinkTarget::Heading(_) => "Link within the document".into(),
    }
}

/// Flate at a middle level: level 9 (lopdf's default) spent three quarters of the render time
/// for a few per cent of size.
pub(crate) fn deflate(stream: &mut Stream) {
    use std::io::Write as _;
    let mut enc = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::fast());
    if enc.write_all(&stream.content).is_err() {
        return;
    }
    if let Ok(packed) = enc.finish() {
        if packed.len() + 19 < stream.content.len() {
            stream.dict.set("Filter", "FlateDecode");
            stream.set_content(packed);
        }
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

fn add_image(doc: &mut Document, img: &super::images::Image) -> ObjectId {
    match &img.pixels {
        Pixels::Jpeg { data, components } => {
            let cs = match components {
                1 => "DeviceGray",
                4 => "DeviceCMYK",
                _ => "DeviceRGB",
            };
            let mut dict = dictionary! {
                "Type" => "XObject",
                "Subtype" => "Image",
                "Width" => i64::from(img.width),
                "Height" => i64::from(img.height),
                "ColorSpace" => cs,
                "BitsPerComponent" => 8,
                "Filter" => "DCTDecode",
            };
            if *components == 4 {
                // Adobe writes CMYK JPEGs inverted.
                dict.set(
                    "Decode",
                    vec![
                        1.into(),
                        0.into(),
                        1.into(),
                        0.into(),
                        1.into(),
                        0.into(),
                        1.into(),
                        0.into(),
                    ],
                );
            }
            doc.add_object(Stream::new(dict, data.clone()).with_compression(false))
        }
        Pixels::Raw {
            data,
            components,
            alpha,
        } => {
            let mut dict = dictionary! {
                "Type" => "XObject",
                "Subtype" => "Image",
                "Width" => i64::from(img.width),
                "Height" => i64::from(img.height),
                "ColorSpace" => if *components == 1 { "DeviceGray" } else { "DeviceRGB" },
                "BitsPerComponent" => 8,
            };
            if let Some(a) = alpha {
                let mut mask = Stream::new(
                    dictionary! {
                        "Type" => "XObject",
                        "Subtype" => "Image",
                        "Width" => i64::from(img.width),
                        "Height" => i64::from(img.height),
                        "ColorSpace" => "DeviceGray",
                        "BitsPerComponent" => 8,
                    },
                    a.clone(),
                );
                deflate(&mut mask);
                let mask_id = doc.add_object(mask);
                dict.set("SMask", mask_id);
            }
            let mut s = Stream::new(dict, data.clone());
            deflate(&mut s);
            doc.add_object(s)
        }
    }
}
