//! Text runs and glyph outlines in the content stream: a run as one kerned and justified TJ of
//! glyph ids, the parts of a hyphenated word as outlines or invisible text (`WordPart`), and the
//! watermark as outlines.

use super::content::{font_id, r2, watermark_gs_id, y, ContentWriter};
use super::shapes;
use super::stream::ContentStream;
use crate::engine::draw::{TextRun, WordPart};
use crate::engine::fonts::{Face, OutlinePath};

impl ContentWriter<'_> {
    pub(super) fn text(&mut self, ops: &mut ContentStream, x: f32, baseline: f32, run: &TextRun) {
        if run.glyphs.is_empty() {
            return;
        }
        let font = self.fonts.face(run.face);
        let upem = font.units_per_em;
        if run.word.outlined() {
            let scale = run.size / upem;
            let mut pen = 0.0f32;
            let mut placed = Vec::with_capacity(run.glyphs.len());
            for (i, (g, c)) in run.glyphs.iter().zip(run.text.chars()).enumerate() {
                placed.push((*g, pen));
                pen += f32::from(font.advance_of(*g))
                    + f32::from(run.kerns.get(i).copied().unwrap_or(0));
                if c == ' ' {
                    pen += run.space_extra / scale;
                }
            }
            ops.op("q");
            shapes::rgb(ops, run.color).op("rg");
            let s = (scale * 100_000.0).round() / 100_000.0;
            ops.reals(&[s, 0.0, 0.0, s, r2(x), r2(y(baseline))])
                .op("cm");
            self.outlines(ops, run.face, &placed);
            ops.op("Q");
            return;
        }
        let map = self.glyphs.map(run.face);
        let adjust = -run.space_extra * 1000.0 / run.size.max(0.1);
        let to_thousandths = -1000.0 / upem;
        // printpdf writes each glyph's /W width cut down to whole thousandths of an em, and
        // the viewer advances by that. `drift` is how far the pen has fallen behind the
        // layout's exact advances; it rides along in the next offset the line needs anyway
        // (or in its own once it reaches half a thousandth), so lines end where they were set.
        let mut drift = 0.0f32;
        let mut natural = 0.0f32;
        let mut glyphs = Vec::with_capacity(run.glyphs.len());
        for (i, (g, c)) in run.glyphs.iter().zip(run.text.chars()).enumerate() {
            let exact = f32::from(font.advance_of(*g)) * 1000.0 / upem;
            drift += exact - (exact as i64) as f32;
            let kern = run.kerns.get(i).copied().unwrap_or(0);
            natural += exact - f32::from(kern) * to_thousandths;
            let mut shift = f32::from(kern) * to_thousandths;
            if c == ' ' {
                shift += adjust;
            }
            let offset = if shift.abs() > 0.01 || drift > 0.5 {
                let o = r2(shift - drift);
                drift = 0.0;
                o
            } else {
                0.0
            };
            glyphs.push((map.new_id(*g), offset));
        }
        let invisible = run.word == WordPart::Rest;
        ops.op("BT");
        ops.name(&font_id(run.face).0).real(r2(run.size)).op("Tf");
        let (x, y) = (r2(x), r2(y(baseline)));
        let matrix = if invisible {
            // The rest of a hyphenated word, unseen, scaled down to fit the hyphen's width:
            // readers join it to the head as they join any two touching glyphs. Scaled by the
            // text matrix, not squeezed (Tz), since poppler drops a letter that lands within a
            // tenth of the size of the same letter ("våldsbejak nde").
            ops.int(3).op("Tr");
            let k = (run.width * 1000.0 / (natural * run.size).max(0.001) * 10_000.0).round()
                / 10_000.0;
            [k, 0.0, 0.0, k, x, y]
        } else {
            shapes::rgb(ops, run.color).op("rg");
            [1.0, 0.0, 0.0, 1.0, x, y]
        };
        ops.reals(&matrix).op("Tm");
        ops.glyph_array(glyphs.into_iter()).op("TJ");
        if invisible {
            // Text state outlives BT/ET: back to what every other run assumes. poppler takes
            // the size for the word's /ActualText from the last text shown, so an empty show
            // at the word's own size comes last.
            ops.int(0).op("Tr");
            ops.reals(&[1.0, 0.0, 0.0, 1.0, x, y]).op("Tm");
            ops.glyph_array(std::iter::empty()).op("TJ");
        }
        ops.op("ET");
    }

    /// Glyphs of `face` as filled outlines, each at its pen position in font units along the
    /// current matrix's x axis (the caller scales units to the page and sets the colour).
    fn outlines(&mut self, ops: &mut ContentStream, face: Face, placed: &[(u16, f32)]) {
        for &(gid, pen) in placed {
            // A glyph's path is the same wherever it stands (only the `cm` before it moves),
            // and the same few hyphens and word tails recur on every page: written once.
            let path = self.outline_paths.entry((face, gid)).or_insert_with(|| {
                let mut path = OutlinePath::default();
                let font = self.fonts.face(face);
                font.face
                    .outline_glyph(ttf_parser::GlyphId(gid), &mut path)
                    .map(|_| {
                        let mut s = ContentStream::default();
                        shapes::filled_outline(&mut s, &path.contours);
                        s
                    })
            });
            if let Some(path) = path {
                ops.op("q");
                ops.reals(&[1.0, 0.0, 0.0, 1.0, pen.round(), 0.0]).op("cm");
                ops.ops_from(path);
                ops.op("Q");
            }
        }
    }

    /// The watermark as filled glyph outlines at 45°, light and translucent.
    pub(super) fn watermark(&mut self, ops: &mut ContentStream, cx: f32, cy: f32, text: &str) {
        let font = self.fonts.face(Face::Bold);
        let units: f32 = text.chars().map(|c| f32::from(font.glyph(c).1)).sum();
        if units <= 0.0 {
            return;
        }
        // As wide as about 70 % of the page diagonal, and never taller than 140 pt.
        let size = (640.0 * font.units_per_em / units).min(140.0);
        let scale = size / font.units_per_em;
        let (s, c) = std::f32::consts::FRAC_PI_4.sin_cos();
        let r4 = |v: f32| (v * 10_000.0).round() / 10_000.0;
        let r5 = |v: f32| (v * 100_000.0).round() / 100_000.0;
        ops.op("q");
        ops.name(&watermark_gs_id().0).op("gs");
        shapes::rgb(ops, crate::engine::draw::Color(0.55, 0.6, 0.68)).op("rg");
        let cap = font.cap_height(size);
        for m in [
            [r4(c), r4(s), r4(-s), r4(c), r2(cx), r2(y(cy))],
            [
                r5(scale),
                0.0,
                0.0,
                r5(scale),
                r2(-units * scale / 2.0),
                r2(-cap / 2.0),
            ],
        ] {
            ops.reals(&m).op("cm");
        }
        let mut pen = 0.0f32;
        let mut placed = Vec::with_capacity(text.len());
        for ch in text.chars() {
            let (gid, adv) = font.glyph(ch);
            placed.push((gid, pen));
            pen += f32::from(adv);
        }
        self.outlines(ops, Face::Bold, &placed);
        ops.op("Q");
    }
}
