//! What ends up on a page: positioned text runs, shapes and images, each marked either as content
//! of a structure element or as an artifact. Coordinates are points from the page's top left.

use super::fonts::Face;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Color(pub f32, pub f32, pub f32);

/// Index of a structure element in the [`super::tagging::StructTree`].
pub type NodeId = usize;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    /// Decoration, pagination, repeated table headers: not read aloud, not in the tag tree.
    Artifact,
    Content(NodeId),
}

/// A line's worth of glyphs in one face, size and colour.
#[derive(Clone, Debug)]
pub struct TextRun {
    pub face: Face,
    pub size: f32,
    pub color: Color,
    /// The characters drawn, one per glyph (soft hyphens removed, an inserted hyphen included).
    pub text: String,
    pub glyphs: Vec<u16>,
    /// Kerning after each glyph, in font units (same length as `glyphs`).
    pub kerns: Vec<i16>,
    /// Extra advance after each space glyph, in points: how justified lines are spread.
    pub space_extra: f32,
    /// Which part of a hyphenated word the run is, if any: how it is drawn and tagged.
    pub word: WordPart,
    pub width: f32,
}

/// A word the layout hyphenated, drawn so that every reader's text extraction gets it whole.
/// pdf.js, mupdf and poppler all join glyphs into words by where they stand on the page, and
/// only poppler reads an /ActualText span in the content stream; none of them drops an inserted
/// hyphen. So the text a reader finds is put where the word begins: the head as ordinary text,
/// then the rest of the word as invisible text squeezed into the hyphen's width, while the hyphen
/// and the rest as seen on the next line are glyph outlines, which no reader takes for text. The
/// word's structure Span carries the whole word as /ActualText for screen readers.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum WordPart {
    #[default]
    None,
    /// The first run of a hyphenated word's head (text): opens the word's Span, whose
    /// /ActualText is the whole word.
    Head(String),
    /// A further run of the head (a change of style inside the word): text in the same Span.
    Inner,
    /// The hyphen the layout inserted: outlines.
    Hyphen,
    /// The rest of the word as text, invisible, squeezed into `width` over the hyphen.
    Rest,
    /// The rest of the word as drawn on the next line: outlines.
    Tail,
}

impl WordPart {
    /// Drawn as glyph outlines, so no reader extracts it as text.
    pub fn outlined(&self) -> bool {
        matches!(self, WordPart::Hyphen | WordPart::Tail)
    }
}

#[derive(Clone, Debug)]
pub enum Shape {
    Rect {
        w: f32,
        h: f32,
    },
    /// Points relative to the item's origin.
    Polyline(Vec<(f32, f32)>),
    Circle {
        r: f32,
    },
}

#[derive(Clone, Debug)]
pub enum Paint {
    Fill(Color),
    Stroke(Color, f32),
    /// Round dots of this diameter, this far apart (dot leaders).
    Dotted(Color, f32, f32),
}

#[derive(Clone, Debug)]
pub enum ItemKind {
    /// Baseline at y.
    Text(TextRun),
    Shape(Shape, Paint),
    /// Index into the image store, drawn w × h with its top left at (x, y).
    Image {
        index: usize,
        w: f32,
        h: f32,
    },
    /// A clickable area (top left at x, y).
    Link {
        w: f32,
        h: f32,
        target: LinkTarget,
    },
    /// A page number looked up after pagination (the table of contents), right-aligned at x.
    PageNumberOf {
        heading: usize,
        face: Face,
        size: f32,
        color: Color,
    },
    /// Large diagonal letters centred on (x, y), drawn as outlines so text extraction never sees them.
    Watermark(String),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkTarget {
    Uri(String),
    Heading(usize),
}

#[derive(Clone, Debug)]
pub struct Item {
    pub x: f32,
    pub y: f32,
    pub kind: ItemKind,
    pub mark: Mark,
}

impl Item {
    pub fn shifted(&self, dx: f32, dy: f32) -> Item {
        Item {
            x: self.x + dx,
            y: self.y + dy,
            kind: self.kind.clone(),
            mark: self.mark,
        }
    }

    pub fn as_artifact(&self) -> Item {
        Item {
            mark: Mark::Artifact,
            ..self.clone()
        }
    }
}

pub fn rect(x: f32, y: f32, w: f32, h: f32, paint: Paint, mark: Mark) -> Item {
    Item {
        x,
        y,
        kind: ItemKind::Shape(Shape::Rect { w, h }, paint),
        mark,
    }
}

pub fn hline(x: f32, y: f32, w: f32, color: Color, width: f32) -> Item {
    Item {
        x,
        y,
        kind: ItemKind::Shape(
            Shape::Polyline(vec![(0.0, 0.0), (w, 0.0)]),
            Paint::Stroke(color, width),
        ),
        mark: Mark::Artifact,
    }
}
