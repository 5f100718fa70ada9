//! The body font's four faces: glyph lookup and advances for measuring, outlines for the
//! watermark, and the bytes for embedding.

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::HashMap;
use std::io::Read;
use std::sync::OnceLock;

use flate2::read::DeflateDecoder;

use ttf_parser::gpos::{PairAdjustment, PositioningSubtable};
use ttf_parser::GlyphId;

use super::{EngineError, FontSet};

/// Every pair-adjustment subtable reachable from a 'kern' feature, in lookup order.
fn kern_pairs<'a>(face: &ttf_parser::Face<'a>) -> Vec<PairAdjustment<'a>> {
    let Some(gpos) = face.tables().gpos else {
        return Vec::new();
    };
    let mut lookups: Vec<u16> = gpos
        .features
        .into_iter()
        .filter(|f| f.tag == ttf_parser::Tag::from_bytes(b"kern"))
        .flat_map(|f| f.lookup_indices.into_iter())
        .collect();
    lookups.sort_unstable();
    lookups.dedup();
    let mut pairs = Vec::new();
    for index in lookups {
        let Some(lookup) = gpos.lookups.get(index) else {
            continue;
        };
        for i in 0..lookup.subtables.len() {
            if let Some(PositioningSubtable::Pair(p)) =
                lookup.subtables.get::<PositioningSubtable>(i)
            {
                pairs.push(p);
            }
        }
    }
    pairs
}

/// The four faces of Noto Sans, deflated by build.rs from templates/fonts: half the bytes in the
/// binary. Order: regular, bold, italic, bold italic, as [`FACE_FILES`].
const DEFLATED_FACES: [&[u8]; 4] = [
    include_bytes!(concat!(env!("OUT_DIR"), "/NotoSans-Regular.ttf.deflate")),
    include_bytes!(concat!(env!("OUT_DIR"), "/NotoSans-Bold.ttf.deflate")),
    include_bytes!(concat!(env!("OUT_DIR"), "/NotoSans-Italic.ttf.deflate")),
    include_bytes!(concat!(env!("OUT_DIR"), "/NotoSans-BoldItalic.ttf.deflate")),
];

/// The faces' file names in templates/fonts, which also name them to the app window.
pub const FACE_FILES: [&str; 4] = [
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    "NotoSans-Italic.ttf",
    "NotoSans-BoldItalic.ttf",
];

/// Face `index` of [`DEFLATED_FACES`], inflated on first use. Each face on its own, so the app
/// window's first screen (regular and bold) never waits for the italics.
fn face(index: usize) -> &'static [u8] {
    static FACES: [OnceLock<Vec<u8>>; 4] = [const { OnceLock::new() }; 4];
    FACES[index].get_or_init(|| inflate(DEFLATED_FACES[index]))
}

/// Noto Sans, shipped under templates/fonts with its licence (SIL OFL 1.1): covers every Nordic
/// letter including the Sami and Finnish ones (š ž č đ ŋ ŧ ʒ). Inflated once per process; the
/// bytes are those of the TTF files, so the PDFs are the same as when the files were embedded
/// as they are.
pub fn builtin_fonts() -> FontSet {
    FontSet {
        regular: Cow::Borrowed(face(0)),
        bold: Cow::Borrowed(face(1)),
        italic: Cow::Borrowed(face(2)),
        bold_italic: Cow::Borrowed(face(3)),
    }
}

/// One built-in face by its file name (`NotoSans-Bold.ttf`): the app window draws its text with
/// these same bytes, so the typeface is in the binary once. None for any other name.
pub fn builtin_face(file: &str) -> Option<&'static [u8]> {
    FACE_FILES.iter().position(|f| *f == file).map(face)
}

/// A blob that does not inflate (only a damaged binary has one) gives no bytes, which
/// `Fonts::load` reports as an unreadable font instead of panicking.
fn inflate(deflated: &[u8]) -> Vec<u8> {
    let mut bytes = Vec::new();
    match DeflateDecoder::new(deflated).read_to_end(&mut bytes) {
        Ok(_) => bytes,
        Err(_) => Vec::new(),
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Face {
    Regular = 0,
    Bold = 1,
    Italic = 2,
    BoldItalic = 3,
}

impl Face {
    pub const ALL: [Face; 4] = [Face::Regular, Face::Bold, Face::Italic, Face::BoldItalic];

    pub fn from_style(bold: bool, italic: bool) -> Face {
        match (bold, italic) {
            (false, false) => Face::Regular,
            (true, false) => Face::Bold,
            (false, true) => Face::Italic,
            (true, true) => Face::BoldItalic,
        }
    }

    pub fn is_bold(self) -> bool {
        matches!(self, Face::Bold | Face::BoldItalic)
    }

    pub fn is_italic(self) -> bool {
        matches!(self, Face::Italic | Face::BoldItalic)
    }

    pub fn short(self) -> &'static str {
        ["R", "B", "I", "BI"][self as usize]
    }
}

/// Latin, Latin-1, the Latin extensions and IPA are looked up once per render; the rest on demand.
const CACHED_CHARS: usize = 0x300;

pub struct FontFace<'a> {
    pub data: &'a [u8],
    /// The pair adjustments of the GPOS 'kern' feature.
    pairs: Vec<ttf_parser::gpos::PairAdjustment<'a>>,
    kern_cache: RefCell<HashMap<(u16, u16), i16>>,
    pub face: ttf_parser::Face<'a>,
    pub units_per_em: f32,
    pub ascender: f32,
    /// (glyph id, advance in font units) for the first CACHED_CHARS code points.
    cache: Vec<(u16, u16)>,
}

impl<'a> FontFace<'a> {
    fn load(which: &str, data: &'a [u8]) -> Result<Self, EngineError> {
        let face = ttf_parser::Face::parse(data, 0).map_err(|e| EngineError::Font {
            which: which.to_string(),
            message: e.to_string(),
        })?;
        let units_per_em = f32::from(face.units_per_em().max(1));
        let mut font = FontFace {
            data,
            units_per_em,
            ascender: f32::from(face.ascender()),
            pairs: kern_pairs(&face),
            kern_cache: RefCell::default(),
            face,
            cache: Vec::new(),
        };
        font.cache = (0..CACHED_CHARS as u32)
            .map(|cp| char::from_u32(cp).map_or((0, 0), |c| font.lookup(c)))
            .collect();
        if font.glyph('a').0 == 0 {
            return Err(EngineError::Font {
                which: which.to_string(),
                message: "the font has no Latin letters".into(),
            });
        }
        Ok(font)
    }

    fn lookup(&self, c: char) -> (u16, u16) {
        // A character the font lacks is drawn as the replacement character, never as .notdef
        // (PDF/UA forbids it); copying it out gives U+FFFD, which is honest.
        let gid = self
            .face
            .glyph_index(c)
            .or_else(|| self.face.glyph_index('\u{fffd}'))
            .map_or(0, |g| g.0);
        let adv = self
            .face
            .glyph_hor_advance(ttf_parser::GlyphId(gid))
            .unwrap_or(0);
        (gid, adv)
    }

    /// Glyph id and advance in font units.
    pub fn glyph(&self, c: char) -> (u16, u16) {
        match self.cache.get(c as usize) {
            Some(&hit) => hit,
            None => self.lookup(c),
        }
    }

    /// Kerning between two glyphs, in font units (negative pulls them together).
    pub fn kern(&self, left: u16, right: u16) -> i16 {
        if self.pairs.is_empty() || left == 0 || right == 0 {
            return 0;
        }
        if let Some(&k) = self.kern_cache.borrow().get(&(left, right)) {
            return k;
        }
        let k = self.lookup_kern(GlyphId(left), GlyphId(right));
        self.kern_cache.borrow_mut().insert((left, right), k);
        k
    }

    fn lookup_kern(&self, l: GlyphId, r: GlyphId) -> i16 {
        for pair in &self.pairs {
            match pair {
                PairAdjustment::Format1 { coverage, sets } => {
                    if let Some(set) = coverage.get(l).and_then(|i| sets.get(i)) {
                        if let Some((v, _)) = set.get(r) {
                            return v.x_advance;
                        }
                    }
                }
                PairAdjustment::Format2 {
                    coverage,
                    classes,
                    matrix,
                } => {
                    if coverage.contains(l) {
                        if let Some((v, _)) = matrix.get((classes.0.get(l), classes.1.get(r))) {
                            if v.x_advance != 0 {
                                return v.x_advance;
                            }
                        }
                    }
                }
            }
        }
        0
    }

    /// Kerning between two characters, in points.
    pub fn kern_chars(&self, a: char, b: char, size: f32) -> f32 {
        f32::from(self.kern(self.glyph(a).0, self.glyph(b).0)) * size / self.units_per_em
    }

    /// Advance of a glyph in font units (for the /W array).
    pub fn advance_of(&self, gid: u16) -> u16 {
        self.face
            .glyph_hor_advance(ttf_parser::GlyphId(gid))
            .unwrap_or(0)
    }

    pub fn width(&self, text: &str, size: f32) -> f32 {
        let units: u32 = text.chars().map(|c| u32::from(self.glyph(c).1)).sum();
        units as f32 * size / self.units_per_em
    }

    pub fn char_width(&self, c: char, size: f32) -> f32 {
        f32::from(self.glyph(c).1) * size / self.units_per_em
    }

    /// Distance from the baseline to the top of capitals, in points.
    pub fn cap_height(&self, size: f32) -> f32 {
        let cap = self
            .face
            .capital_height()
            .map_or(self.ascender * 0.7, f32::from);
        cap * size / self.units_per_em
    }
}

pub struct Fonts<'a> {
    faces: [FontFace<'a>; 4],
}

impl<'a> Fonts<'a> {
    pub fn load(set: &'a FontSet) -> Result<Self, EngineError> {
        Ok(Fonts {
            faces: [
                FontFace::load("regular", &set.regular)?,
                FontFace::load("bold", &set.bold)?,
                FontFace::load("italic", &set.italic)?,
                FontFace::load("bold_italic", &set.bold_italic)?,
            ],
        })
    }

    pub fn face(&self, face: Face) -> &FontFace<'a> {
        &self.faces[face as usize]
    }
}

/// A point of a glyph outline in font units, and whether it is a Bézier control point.
pub type OutlinePoint = (f32, f32, bool);

/// Collects a glyph outline as closed contours of points, in font units: what a filled path
/// needs. Quadratic curves are raised to cubic ones, the only kind PDF has.
#[derive(Default)]
pub struct OutlinePath {
    pub contours: Vec<Vec<OutlinePoint>>,
    last: (f32, f32),
}

impl OutlinePath {
    fn push(&mut self, x: f32, y: f32, control: bool) {
        if let Some(c) = self.contours.last_mut() {
            c.push((x, y, control));
        }
    }
}

impl ttf_parser::OutlineBuilder for OutlinePath {
    fn move_to(&mut self, x: f32, y: f32) {
        self.contours.push(vec![(x.round(), y.round(), false)]);
        self.last = (x, y);
    }
    fn line_to(&mut self, x: f32, y: f32) {
        self.push(x.round(), y.round(), false);
        self.last = (x, y);
    }
    fn quad_to(&mut self, x1: f32, y1: f32, x: f32, y: f32) {
        let (x0, y0) = self.last;
        let tenth = |v: f32| (v * 10.0).round() / 10.0;
        self.push(
            tenth(x0 + 2.0 / 3.0 * (x1 - x0)),
            tenth(y0 + 2.0 / 3.0 * (y1 - y0)),
            true,
        );
        self.push(
            tenth(x + 2.0 / 3.0 * (x1 - x)),
            tenth(y + 2.0 / 3.0 * (y1 - y)),
            true,
        );
        self.push(x.round(), y.round(), false);
        self.last = (x, y);
    }
    fn curve_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32) {
        self.push(x1.round(), y1.round(), true);
        self.push(x2.round(), y2.round(), true);
        self.push(x.round(), y.round(), false);
        self.last = (x, y);
    }
    fn close(&mut self) {}
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The inflated faces are the shipped TTF files byte for byte: what keeps the PDFs unchanged.
    #[test]
    fn builtin_faces_are_the_font_files() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../templates/fonts");
        let set = builtin_fonts();
        for (bytes, file) in [
            (&set.regular, "NotoSans-Regular.ttf"),
            (&set.bold, "NotoSans-Bold.ttf"),
            (&set.italic, "NotoSans-Italic.ttf"),
            (&set.bold_italic, "NotoSans-BoldItalic.ttf"),
        ] {
            let expected = std::fs::read(dir.join(file)).expect("the font file");
            assert!(bytes[..] == expected[..], "{file} differs after inflating");
            let by_name = builtin_face(file).expect("every face has its file's name");
            assert!(by_name == &bytes[..], "{file} by name is another face");
        }
        assert_eq!(builtin_face("NotoSans-Regular.otf"), None);
        assert_eq!(builtin_face("../fonts/NotoSans-Regular.ttf"), None);
    }

    #[test]
    fn a_damaged_blob_is_a_font_error_not_a_panic() {
        assert!(inflate(b"not deflate data at all").is_empty());
        let set = FontSet {
            regular: inflate(b"not deflate data at all").into(),
            ..builtin_fonts()
        };
        assert!(matches!(
            Fonts::load(&set),
            Err(EngineError::Font { which, .. }) if which == "regular"
        ));
    }
}
