//! Subsetting the faces to the glyphs the pages use, and registering each subset with printpdf,
//! which embeds it as a CID font (Type0 / CIDFontType2, Identity-H) with widths and a ToUnicode
//! map built from the text every glyph stands for.
//!
//! The subsetting is ours (the `subsetter` crate), not printpdf's: printpdf subsets only with its
//! `text_layout` feature, which pulls in its whole layout stack, and its subsets renumber glyphs
//! behind our back. printpdf gets the finished subset as if it were a whole font, so the glyph
//! ids the content carries are the subset's ids we chose.

use std::collections::BTreeMap;

use printpdf::{Codepoint, Op, PdfDocument, PdfFont, PdfFontHandle, Pt, TextItem};

use crate::engine::draw::ItemKind;
use crate::engine::fonts::{Face, FontFace, Fonts};
use crate::engine::paginate::Page;
use crate::engine::EngineError;

/// Old glyph id → new (subset) glyph id, and the text each glyph stands for.
#[derive(Default)]
pub struct GlyphMap {
    /// The character each glyph copies out as: the first one it was set for, U+FFFD for the
    /// replacement glyph. One per glyph, since ToUnicode maps each glyph once.
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
                // Outlined runs (parts of hyphenated words) are paths, not text.
                let ItemKind::Text(run) = &item.kind else {
                    continue;
                };
                if !run.word.outlined() {
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

/// Registers the subset of `face` with printpdf under the resource name [`super::content::font_id`].
pub fn register(
    pdf: &mut PdfDocument,
    fonts: &Fonts<'_>,
    maps: &GlyphMaps,
    face: Face,
) -> Result<(), EngineError> {
    let font = fonts.face(face);
    let map = maps.map(face);
    let (name, program) = match &map.subset {
        Some(bytes) => (
            format!("{}+{}", subset_tag(map, face), postscript_name(font)),
            bytes.clone(),
        ),
        None => (postscript_name(font), font.data.to_vec()),
    };
    let mut warnings = Vec::new();
    let mut parsed =
        printpdf::ParsedFont::from_bytes(&program, 0, &mut warnings).ok_or_else(|| {
            EngineError::Font {
                which: format!("{face:?}"),
                message: format!("printpdf cannot read the subset: {warnings:?}"),
            }
        })?;
    // Without a name printpdf would call the font by its resource name.
    parsed.font_name = Some(name);
    pdf.resources
        .fonts
        .map
        .insert(super::content::font_id(face), PdfFont::new(parsed));
    Ok(())
}

/// printpdf builds each font's /W widths and ToUnicode map from the glyphs the pages' operations
/// show. The content streams are ours, so these operations show it every glyph of every face
/// once, with the text it stands for; they go on a page whose content stream is then replaced.
pub fn usage_ops(maps: &GlyphMaps) -> Vec<Op> {
    let mut ops = Vec::new();
    for face in Face::ALL {
        let map = maps.map(face);
        if map.used.is_empty() {
            continue;
        }
        let glyphs = map
            .used
            .iter()
            .map(|(&old, &c)| Codepoint {
                gid: map.new_id(old),
                offset: 0.0,
                cid: Some(c.to_string()),
            })
            .collect();
        ops.push(Op::StartTextSection);
        ops.push(Op::SetFont {
            font: PdfFontHandle::External(super::content::font_id(face)),
            size: Pt(1.0),
        });
        ops.push(Op::ShowText {
            items: vec![TextItem::GlyphIds(glyphs)],
        });
        ops.push(Op::EndTextSection);
    }
    ops
}
