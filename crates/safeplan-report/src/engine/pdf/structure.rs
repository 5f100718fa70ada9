//! The logical side of the PDF: the structure tree with its parent tree, the nested outline and
//! XMP metadata (with the PDF/UA identification).

use lopdf::{dictionary, Dictionary, Document, Object, ObjectId, Stream, StringFormat};

use crate::engine::draw::NodeId;
use crate::engine::paginate::Document as Laid;
use crate::engine::style::PAGE_H;
use crate::engine::tagging::{Kid, StructTree};
use crate::engine::PageSetup;

/// A text string: PDFDocEncoding-safe ASCII as a literal, anything else as UTF-16BE.
pub fn text(s: &str) -> Object {
    if s.bytes().all(|b| (0x20..0x7f).contains(&b)) {
        Object::String(s.as_bytes().to_vec(), StringFormat::Literal)
    } else {
        let mut bytes = vec![0xFE, 0xFF];
        for u in s.encode_utf16() {
            bytes.extend_from_slice(&u.to_be_bytes());
        }
        Object::String(bytes, StringFormat::Hexadecimal)
    }
}

pub fn write_tree(
    doc: &mut Document,
    tree: &StructTree,
    page_ids: &[ObjectId],
    parent_tree_pages: &[Vec<NodeId>],
    annot_ids: &[ObjectId],
) -> ObjectId {
    let root_id = doc.new_object_id();
    // Only nodes that received content (and so were attached) are written.
    let ids: Vec<Option<ObjectId>> = (0..tree.nodes.len())
        .map(|n| (n == 0 || tree.is_attached(n)).then(|| doc.new_object_id()))
        .collect();
    for (n, node) in tree.nodes.iter().enumerate() {
        let Some(id) = ids[n] else { continue };
        let parent = node.parent.and_then(|p| ids[p]).unwrap_or(root_id);
        let mut kids = Vec::with_capacity(node.kids.len());
        let mut first_page = None;
        for kid in &node.kids {
            match kid {
                Kid::Node(k) => {
                    if let Some(kid_id) = ids[*k] {
                        kids.push(Object::Reference(kid_id));
                    }
                }
                Kid::Content { page, mcid } => {
                    first_page.get_or_insert(*page);
                    kids.push(Object::Dictionary(dictionary! {
                        "Type" => "MCR",
                        "Pg" => page_ids[*page],
                        "MCID" => i64::from(*mcid),
                    }));
                }
                Kid::Annot { page, annot } => {
                    kids.push(Object::Dictionary(dictionary! {
                        "Type" => "OBJR",
                        "Pg" => page_ids[*page],
                        "Obj" => annot_ids[*annot],
                    }));
                }
            }
        }
        let mut dict = dictionary! {
            "Type" => "StructElem",
            "S" => node.tag,
            "P" => parent,
            "K" => kids,
        };
        if let Some(p) = first_page {
            dict.set("Pg", page_ids[p]);
        }
        if let Some(alt) = &node.alt {
            dict.set("Alt", text(alt));
        }
        if let Some(actual) = &node.actual_text {
            dict.set("ActualText", text(actual));
        }
        let mut attrs = Dictionary::new();
        if let Some(scope) = node.scope {
            attrs.set("O", "Table");
            attrs.set("Scope", scope);
        } else if let Some(b) = node.bbox {
            attrs.set("O", "Layout");
            attrs.set("Placement", "Block");
            attrs.set(
                "BBox",
                b.iter().map(|&v| Object::Real(v)).collect::<Vec<_>>(),
            );
        }
        if !attrs.is_empty() {
            dict.set("A", attrs);
        }
        doc.objects.insert(id, Object::Dictionary(dict));
    }
    let mut nums = Vec::new();
    for (p, nodes) in parent_tree_pages.iter().enumerate() {
        nums.push(Object::Integer(p as i64));
        let refs: Vec<Object> = nodes
            .iter()
            .map(|&n| {
                ids.get(n)
                    .copied()
                    .flatten()
                    .map_or(Object::Null, Object::Reference)
            })
            .collect();
        nums.push(Object::Array(refs));
    }
    // Annotations point at their Link element directly.
    let mut annot_owner = vec![None; annot_ids.len()];
    for (n, node) in tree.nodes.iter().enumerate() {
        for kid in &node.kids {
            if let Kid::Annot { annot, .. } = kid {
                annot_owner[*annot] = ids[n];
            }
        }
    }
    for (k, owner) in annot_owner.iter().enumerate() {
        nums.push(Object::Integer((parent_tree_pages.len() + k) as i64));
        nums.push(owner.map_or(Object::Null, Object::Reference));
    }
    let parent_tree = doc.add_object(dictionary! { "Nums" => nums });
    let document_elem = ids[0].map_or(Object::Null, Object::Reference);
    doc.objects.insert(
        root_id,
        Object::Dictionary(dictionary! {
            "Type" => "StructTreeRoot",
            "K" => vec![document_elem],
            "ParentTree" => parent_tree,
            "ParentTreeNextKey" => (parent_tree_pages.len() + annot_ids.len()) as i64,
        }),
    );
    root_id
}

/// The outline: one entry per heading, nested by level, each landing on its heading.
pub fn write_outline(doc: &mut Document, laid: &Laid, page_ids: &[ObjectId]) -> Option<ObjectId> {
    if laid.headings.is_empty() || page_ids.is_empty() {
        return None;
    }
    let root = doc.new_object_id();
    let ids: Vec<ObjectId> = laid.headings.iter().map(|_| doc.new_object_id()).collect();
    // Parent of each entry: the nearest earlier heading of a lower level.
    let mut parent: Vec<Option<usize>> = vec![None; ids.len()];
    let mut stack: Vec<usize> = Vec::new();
    for (i, h) in laid.headings.iter().enumerate() {
        while stack
            .last()
            .is_some_and(|&s| laid.headings[s].level >= h.level)
        {
            stack.pop();
        }
        parent[i] = stack.last().copied();
        stack.push(i);
    }
    let children =
        |p: Option<usize>| -> Vec<usize> { (0..ids.len()).filter(|&i| parent[i] == p).collect() };
    let mut descendants = vec![0i64; ids.len()];
    for i in (0..ids.len()).rev() {
        if let Some(p) = parent[i] {
            descendants[p] += 1 + descendants[i];
        }
    }
    for i in 0..ids.len() {
        let siblings = children(parent[i]);
        let pos = siblings.iter().position(|&s| s == i).unwrap_or(0);
        let page = laid.heading_pages[i].min(page_ids.len() - 1);
        let top = PAGE_H - laid.heading_y[i] + 6.0;
        let mut d = dictionary! {
            "Title" => text(&laid.headings[i].text),
            "Parent" => parent[i].map_or(root, |p| ids[p]),
            "Dest" => vec![page_ids[page].into(), "XYZ".into(), Object::Null, top.into(), Object::Null],
        };
        if pos > 0 {
            d.set("Prev", ids[siblings[pos - 1]]);
        }
        if pos + 1 < siblings.len() {
            d.set("Next", ids[siblings[pos + 1]]);
        }
        let kids = children(Some(i));
        if let (Some(&f), Some(&l)) = (kids.first(), kids.last()) {
            d.set("First", ids[f]);
            d.set("Last", ids[l]);
            // Chapters open, deeper levels closed.
            let open = laid.headings[i].level <= 1;
            d.set(
                "Count",
                if open {
                    descendants[i]
                } else {
                    -(kids.len() as i64)
                },
            );
        }
        doc.objects.insert(ids[i], Object::Dictionary(d));
    }
    let top = children(None);
    let visible: i64 = top
        .iter()
        .map(|&t| {
            1 + if laid.headings[t].level <= 1 {
                descendants[t]
            } else {
                0
            }
        })
        .sum();
    let mut d = dictionary! { "Type" => "Outlines", "Count" => visible };
    if let (Some(&f), Some(&l)) = (top.first(), top.last()) {
        d.set("First", ids[f]);
        d.set("Last", ids[l]);
    }
    doc.objects.insert(root, Object::Dictionary(d));
    Some(root)
}

/// 16 bytes from the document id: its hex digits when it is hex, otherwise a hash of it.
pub fn document_id_bytes(id: &str) -> Vec<u8> {
    let hex: Vec<u8> = id
        .as_bytes()
        .chunks(2)
        .map_while(|p| {
            std::str::from_utf8(p)
                .ok()
                .and_then(|s| u8::from_str_radix(s, 16).ok())
        })
        .collect();
    if hex.len() >= 8 && hex.len() * 2 == id.len() {
        let mut v = hex;
        v.resize(16, 0);
        v.truncate(16);
        return v;
    }
    let mut out = Vec::with_capacity(16);
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for round in 0..2u64 {
        h ^= round;
        for b in id.bytes() {
            h = (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3);
        }
        out.extend_from_slice(&h.to_be_bytes());
    }
    out
}

fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

pub fn write_metadata(doc: &mut Document, setup: &PageSetup) -> ObjectId {
    let id: String = document_id_bytes(&setup.document_id)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let uuid = format!(
        "{}-{}-{}-{}-{}",
        &id[..8],
        &id[8..12],
        &id[12..16],
        &id[16..20],
        &id[20..32]
    );
    let date = format!("{}T00:00:00Z", setup.creation_date);
    let xmp = format!(
        r#"<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about=""
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:xmp="http://ns.adobe.com/xap/1.0/"
 xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
 xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/"
 xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
<dc:format>application/pdf</dc:format>
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{title}</rdf:li></rdf:Alt></dc:title>
<dc:creator><rdf:Seq><rdf:li>{author}</rdf:li></rdf:Seq></dc:creator>
<dc:description><rdf:Alt><rdf:li xml:lang="x-default">{subject}</rdf:li></rdf:Alt></dc:description>
<dc:language><rdf:Bag><rdf:li>{lang}</rdf:li></rdf:Bag></dc:language>
<xmp:CreateDate>{date}</xmp:CreateDate>
<xmp:ModifyDate>{date}</xmp:ModifyDate>
<xmp:MetadataDate>{date}</xmp:MetadataDate>
<xmp:CreatorTool>Safeplan</xmp:CreatorTool>
<pdf:Producer>safeplan-report</pdf:Producer>
<xmpMM:DocumentID>uuid:{uuid}</xmpMM:DocumentID>
<xmpMM:InstanceID>uuid:{uuid}</xmpMM:InstanceID>
<pdfuaid:part>1</pdfuaid:part>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"#,
        title = xml_escape(&setup.title),
        author = xml_escape(&setup.author),
        subject = xml_escape(&setup.subject),
        lang = xml_escape(&super::tagged::lang_tag(&setup.lang)),
    );
    let stream = Stream::new(
        dictionary! { "Type" => "Metadata", "Subtype" => "XML" },
        xmp.into_bytes(),
    )
    .with_compression(false);
    doc.add_object(stream)
}
