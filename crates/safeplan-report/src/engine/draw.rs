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
    /// What a reader should get when copying, when it differs from `text` (hyphenated words).
    pub actual_text: Option<String>,
    pub width: f32,
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
