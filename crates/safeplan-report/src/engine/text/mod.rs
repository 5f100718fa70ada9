//! Setting text: styled spans in, lines of positioned glyph runs out.

pub mod hyphenate;
mod linebreak;
mod setline;

use super::draw::{Color, TextRun, WordPart};
use super::fonts::{Face, Fonts};

pub use linebreak::set_text;

/// A stretch of text in one style. `link` indexes the paragraph's own list of link targets.
#[derive(Clone, Debug)]
pub struct Span {
    pub text: String,
    pub face: Face,
    pub size: f32,
    pub color: Color,
    pub link: Option<usize>,
    pub strike: bool,
}

impl Span {
    pub fn new(text: impl Into<String>, face: Face, size: f32, color: Color) -> Span {
        Span {
            text: text.into(),
            face,
            size,
            color,
            link: None,
            strike: false,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    Justify,
    Left,
    Right,
    Center,
}

#[derive(Clone, Debug)]
pub struct PlacedRun {
    /// From the line's left edge.
    pub x: f32,
    pub run: TextRun,
    /// Index of the span the run came from (for its link).
    pub span: usize,
}

#[derive(Clone, Debug, Default)]
pub struct SetLine {
    pub runs: Vec<PlacedRun>,
    pub width: f32,
    /// The line ends in a hyphen the breaking inserted.
    pub hyphenated: bool,
}

/// One run of text on one line with no breaking: labels, numbers, headers.
pub fn single_run(fonts: &Fonts<'_>, text: &str, face: Face, size: f32, color: Color) -> TextRun {
    let font = fonts.face(face);
    let mut glyphs = Vec::with_capacity(text.len());
    let mut clean = String::with_capacity(text.len());
    let mut kerns: Vec<i16> = Vec::with_capacity(text.len());
    let mut units = 0i64;
    for c in text.chars().filter(|c| !c.is_control() && *c != '\u{ad}') {
        let (gid, adv) = font.glyph(c);
        if let (Some(&prev), Some(k)) = (glyphs.last(), kerns.last_mut()) {
            *k = font.kern(prev, gid);
            units += i64::from(*k);
        }
        glyphs.push(gid);
        kerns.push(0);
        clean.push(c);
        units += i64::from(adv);
    }
    TextRun {
        face,
        size,
        color,
        text: clean,
        glyphs,
        kerns,
        space_extra: 0.0,
        word: WordPart::None,
        width: units as f32 * size / font.units_per_em,
    }
}
