//! The layout engine: Markdown with fenced blocks (cover, toc, chart, chart-pair, table, pagebreak)
//! in, a tagged A4 PDF out. Pure: font and image bytes come in through [`Assets`], the date and the
//! document id through [`PageSetup`], so the same input always gives the same bytes.
//!
//! The pipeline: `blocks` parses the Markdown into blocks, `flow` turns blocks into unbreakable
//! units (lines, table rows, charts) that carry their own drawing and tags, `paginate` places the
//! units on pages (widows, orphans, keep-with-next, repeated table headers), `decorate` adds the
//! running header, footer and watermark, and `pdf` writes the document: our layout → content
//! streams and printpdf resources → a lopdf pass.
//!
//! `pdf` writes every page's items as the page's content stream, straight to bytes: marked
//! content with an MCID around each stretch of structure content (BDC) and /Artifact around
//! decoration, each text run as one TJ of glyph ids whose offsets carry kerning and
//! justification together, a hyphenated word's inserted hyphen and its second line as outlines
//! with the word's rest as invisible text where the word begins (`draw::WordPart`), and shapes,
//! images and watermark outlines as path and XObject operations. Fonts are registered with
//! printpdf as subsets we make ourselves (so the glyph ids are ours and printpdf needs no
//! `text_layout` feature), images as printpdf XObjects, and every resource under a fixed name,
//! since printpdf's own ids are random. printpdf builds the lopdf document (0.44, the version it
//! uses) and the pages' streams are put in; the lopdf pass then adds what printpdf does not
//! write — the structure tree with its parent tree, link annotations with their structure
//! parents, the nested outline, /Lang, MarkInfo, XMP, the trailer /ID and PDF 1.7 — and
//! compresses the streams.
//!
//! The table of contents reserves a column for its page numbers, so its height never depends on
//! them: one layout pass places everything, and the numbers are filled in after pagination.

mod axis;
pub(crate) mod blocks;
mod chart;
mod decorate;
mod draw;
mod flow;
mod fonts;
mod heatmap;
mod images;
mod numbers;
mod paginate;
mod pdf;
pub(crate) mod specs;
mod style;
mod table;
mod tagging;
mod text;

use std::borrow::Cow;
use std::collections::BTreeMap;

use safeplan_model::IsoDate;

pub use fonts::{builtin_face, builtin_fonts, FACE_FILES};

/// The four faces of the body font, as TrueType/OpenType bytes: borrowed for the built-in faces
/// (inflated once per process, so a report copies none of their 2 MB), owned for a caller's own.
#[derive(Clone)]
pub struct FontSet {
    pub regular: Cow<'static, [u8]>,
    pub bold: Cow<'static, [u8]>,
    pub italic: Cow<'static, [u8]>,
    pub bold_italic: Cow<'static, [u8]>,
}

/// What the document is and how its pages are dressed.
#[derive(Clone, Debug)]
pub struct PageSetup {
    pub title: String,
    pub author: String,
    pub subject: String,
    /// BCP 47 tag: "sv", "en", "nb", "nn", "da", "fi", "is". Written as /Lang and picks the
    /// hyphenation dictionary and the number format.
    pub lang: String,
    /// The running header (the plan title); not printed on the cover page.
    pub header_text: String,
    /// e.g. "Sida {page} av {pages}".
    pub footer_template: String,
    /// "UTKAST" / "DRAFT" across every page when set.
    pub watermark: Option<String>,
    /// Written as CreationDate and ModDate.
    pub creation_date: IsoDate,
    /// Hex seed for the trailer /ID and the XMP ids.
    pub document_id: String,
}

/// Fonts and images, by name (Markdown `![alt](name)` and the cover's `logo`).
#[derive(Clone)]
pub struct Assets {
    pub fonts: FontSet,
    pub images: BTreeMap<String, Vec<u8>>,
}

/// One heading as laid out: what the table of contents and the outline point at.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HeadingEntry {
    pub level: u8,
    pub text: String,
    /// 1-based physical page number (the cover is page 1 when there is one).
    pub page: usize,
}

/// The finished document.
#[derive(Clone, Debug)]
pub struct Rendered {
    pub pdf: Vec<u8>,
    pub pages: usize,
    pub headings: Vec<HeadingEntry>,
}

/// Where rendering is, for a progress bar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Progress {
    /// Blocks laid out so far.
    Laying { done: usize, total: usize },
    /// Writing the PDF objects.
    Writing,
}

#[derive(Debug, thiserror::Error)]
pub enum EngineError {
    #[error("font {which}: {message}")]
    Font { which: String, message: String },
    #[error("image {name}: {message}")]
    Image { name: String, message: String },
    #[error("line {line}: {kind} block: {message}")]
    Block {
        /// 1-based line of the opening fence in the Markdown.
        line: usize,
        kind: String,
        message: String,
    },
    #[error("pdf: {0}")]
    Pdf(String),
}

/// The width and height of a PNG or JPEG as the engine reads it, or why it cannot place it: a
/// logo can be checked when it is chosen, not first when a report is made.
pub fn image_size(bytes: &[u8]) -> Result<(u32, u32), String> {
    images::decode(bytes).map(|i| (i.width, i.height))
}

/// Lays the Markdown out on A4 pages and writes a tagged PDF.
pub fn render(
    markdown: &str,
    setup: &PageSetup,
    assets: &Assets,
    progress: &mut dyn FnMut(Progress),
) -> Result<Rendered, EngineError> {
    let fonts = fonts::Fonts::load(&assets.fonts)?;
    let images = images::ImageStore::load(assets)?;
    let doc = build(markdown, setup, &fonts, &images, progress)?;
    progress(Progress::Writing);
    let pdf = pdf::write(&doc, setup, &fonts, &images)?;
    Ok(Rendered {
        pdf,
        pages: doc.pages.len(),
        headings: doc.heading_entries(),
    })
}

/// A plain-text dump of every text line and figure on every page with its position (points from
/// the top left, one decimal): what the golden tests compare.
pub fn layout_dump(
    markdown: &str,
    setup: &PageSetup,
    assets: &Assets,
) -> Result<String, EngineError> {
    let fonts = fonts::Fonts::load(&assets.fonts)?;
    let images = images::ImageStore::load(assets)?;
    let doc = build(markdown, setup, &fonts, &images, &mut |_| {})?;
    Ok(doc.dump())
}

fn build(
    markdown: &str,
    setup: &PageSetup,
    fonts: &fonts::Fonts<'_>,
    images: &images::ImageStore,
    progress: &mut dyn FnMut(Progress),
) -> Result<paginate::Document, EngineError> {
    let parsed = blocks::parse(markdown)?;
    let ctx = flow::Context {
        fonts,
        images,
        lang: numbers::Lang::from_tag(&setup.lang),
        lang_tag: setup.lang.clone(),
        hyphenator: text::hyphenate::Hyphenator::for_lang(&setup.lang),
    };
    let flowed = flow::flow_document(&ctx, &parsed, progress)?;
    let mut doc = paginate::paginate(flowed);
    decorate::decorate(&mut doc, setup, fonts);
    Ok(doc)
}
