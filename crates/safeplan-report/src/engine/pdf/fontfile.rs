//! Embedding the faces as subset CID fonts (Type0 / CIDFontType2, Identity-H) with widths and a
//! ToUnicode map, so text copies out as the characters that were set.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use lopdf::{dictionary, Document, Object, ObjectId, Stream};

use crate::engine::draw::ItemKind;
use crate::engine::fonts::{Face, FontFace, Fonts};
use crate::engine::paginate::Page;

/// Old glyph id → new (subset) glyph id, and the text each glyph stands for.
#[derive(Default)]
pub struct GlyphMap {
    pub used: BTreeMap<u16, char>,
    remap: BTreeMap<u16, u16>,
    pub subset: Option<Vec<u8>>,
}

impl GlyphMap {
    pub fn new_id(&self, old: u16) -> u16 {
        self.remap.get(&old).copied().unwrap_or(0)
    }
}

pub struct GlyphMaps {
    maps: [GlyphMap; 4],
}

impl GlyphMaps {
    pub fn map(&self, face: Face) -> &GlyphMap {
        &self.maps[face as usize]
    }

    /// Collects every glyph the pages use and subsets each face to those.
    pub fn collect(pages: &[Page], fonts: &Fonts<'_>) -> GlyphMaps {
        let mut maps: [GlyphMap; 4] = Default::default();
        for page in pages {
            for item in &page.items {
                if let ItemKind::Text(run) = &item.kind {
                    let used = &mut maps[run.face as usize].used;
                    for (g, c) in run.glyphs.iter().zip(run.text.chars()) {
                        used.entry(*g).or_insert(c);
                    }
                }
            }
        }
        for face in Face::ALL {
            let map = &mut maps[face as usize];
            if map.used.is_empty() {
                continue;
            }
            let replacement = fonts.face(face).face.glyph_index('\u{fffd}').map(|g| g.0);
            if let Some(r) = replacement {
                if let Some(c) = map.used.get_mut(&r) {
                    *c = '\u{fffd}';
                }
            }
            let mut remapper = subsetter::GlyphRemapper::new();
            remapper.remap(0);
            for &g in map.used.keys() {
                remapper.remap(g);
            }
            match subsetter::subset(fonts.face(face).data, 0, &remapper) {
                Ok(bytes) => {
                    map.remap = map
                        .used
                        .keys()
                        .map(|&g| (g, remapper.get(g).unwrap_or(0)))
                        .collect();
                    map.subset = Some(bytes);
                }
                Err(_) => {
                    // Embed the whole font rather than fail: ids stay as they are.
                    map.remap = map.used.keys().map(|&g| (g, g)).collect();
                }
            }
        }
        GlyphMaps { maps }
    }
}

fn postscript_name(font: &FontFace<'_>) -> String {
    let name = font
        .face
        .names()
        .into_iter()
        .filter(|n| n.name_id == ttf_parser::name_id::POST_SCRIPT_NAME)
        .find_map(|n| n.to_string())
        .unwrap_or_else(|| "Font".to_string());
    name.chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect()
}

/// Six capitals derived from the glyph set: the same subset always gets the same tag.
fn subset_tag(map: &GlyphMap, face: Face) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325 ^ face as u64;
    for (&g, &c) in &map.used {
        h = (h ^ u64::from(g)).wrapping_mul(0x100_0000_01b3);
        h = (h ^ u64::from(c as u32)).wrapping_mul(0x100_0000_01b3);
    }
    (0..6)
        .map(|i| char::from(b'A' + ((h >> (i * 5)) % 26) as u8))
        .collect()
}

/// Adds the Type0 font for `face` and returns its object id.
pub fn add_font(doc: &mut Document, fonts: &Fonts<'_>, maps: &GlyphMaps, face: Face) -> ObjectId {
    let font = fonts.face(face);
    let map = maps.map(face);
    let upem = font.units_per_em;
    let scale = |v: f32| (v * 1000.0 / upem).round() as i64;
    let (base, program) = match &map.subset {
        Some(bytes) => (
            format!("{}+{}", subset_tag(map, face), postscript_name(font)),
            bytes.clone(),
        ),
        None => (postscript_name(font), font.data.to_vec()),
    };
    let mut file = Stream::new(dictionary! { "Length1" => program.len() as i64 }, program);
    super::deflate(&mut file);
    let file_id = doc.add_object(file);

    let bbox = font.face.global_bounding_box();
    let italic = face.is_italic();
    let descriptor = dictionary! {
        "Type" => "FontDescriptor",
        "FontName" => Object::Name(base.clone().into_bytes()),
        "Flags" => if italic { 96 } else { 32 },
        "FontBBox" => vec![
            scale(f32::from(bbox.x_min)).into(), scale(f32::from(bbox.y_min)).into(),
            scale(f32::from(bbox.x_max)).into(), scale(f32::from(bbox.y_max)).into(),
        ],
        "ItalicAngle" => font.face.italic_angle() as i64,
        "Ascent" => scale(font.ascender),
        "Descent" => scale(font.descender),
        "CapHeight" => scale(font.face.capital_height().map_or(font.ascender * 0.7, f32::from)),
        "StemV" => if face.is_bold() { 140 } else { 80 },
        "FontFile2" => file_id,
    };
    let descriptor_id = doc.add_object(descriptor);

    // Widths by new glyph id, in runs of consecutive ids.
    let mut by_new: BTreeMap<u16, (u16, char)> = BTreeMap::new();
    for (&old, &c) in &map.used {
        by_new.insert(map.new_id(old), (old, c));
    }
    let mut widths: Vec<Object> = Vec::new();
    let mut run: Vec<Object> = Vec::new();
    let mut run_start: Option<u16> = None;
    let mut last = 0u16;
    for (&new, &(old, _)) in &by_new {
        if run_start.is_some() && new != last + 1 {
            widths.push(i64::from(run_start.unwrap_or(0)).into());
            widths.push(Object::Array(std::mem::take(&mut run)));
            run_start = None;
        }
        if run_start.is_none() {
            run_start = Some(new);
        }
        run.push(scale(f32::from(font.advance_of(old))).into());
        last = new;
    }
    if let Some(s) = run_start {
        widths.push(i64::from(s).into());
        widths.push(Object::Array(run));
    }
    let cid = dictionary! {
        "Type" => "Font",
        "Subtype" => "CIDFontType2",
        "BaseFont" => Object::Name(base.clone().into_bytes()),
        "CIDSystemInfo" => dictionary! {
            "Registry" => Object::string_literal("Adobe"),
            "Ordering" => Object::string_literal("Identity"),
            "Supplement" => 0,
        },
        "FontDescriptor" => descriptor_id,
        "W" => widths,
        "CIDToGIDMap" => "Identity",
    };
    let cid_id = doc.add_object(cid);

    let mut cmap = Stream::new(dictionary! {}, to_unicode(&by_new).into_bytes());
    super::deflate(&mut cmap);
    let cmap_id = doc.add_object(cmap);
    doc.add_object(dictionary! {
        "Type" => "Font",
        "Subtype" => "Type0",
        "BaseFont" => Object::Name(base.into_bytes()),
        "Encoding" => "Identity-H",
        "DescendantFonts" => vec![cid_id.into()],
        "ToUnicode" => cmap_id,
    })
}

fn to_unicode(by_new: &BTreeMap<u16, (u16, char)>) -> String {
    let mut s = String::from(
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n\
         /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n\
         /CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n\
         1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n",
    );
    let entries: Vec<(u16, char)> = by_new.iter().map(|(&n, &(_, c))| (n, c)).collect();
    for chunk in entries.chunks(100) {
        let _ = writeln!(s, "{} beginbfchar", chunk.len());
        for (gid, c) in chunk {
            let mut hex = String::new();
            let mut buf = [0u16; 2];
            for u in c.encode_utf16(&mut buf) {
                let _ = write!(hex, "{u:04X}");
            }
            let _ = writeln!(s, "<{gid:04X}> <{hex}>");
        }
        s.push_str("endbfchar\n");
    }
    s.push_str("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
    s
}
