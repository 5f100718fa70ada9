//! The page setup of the engine's sample report, shared by the engine benchmark and the
//! `render_md` example that times the engine against typst (scripts/typst-compare.py).

use safeplan_report::engine::PageSetup;

pub fn setup(watermark: Option<&str>) -> PageSetup {
    PageSetup {
        title: "Trygghet i Norrby 2025–2027".into(),
        author: "Norrby stadsdelsförvaltning".into(),
        subject: "Handlingsplan".into(),
        lang: "sv".into(),
        header_text: "Trygghet i Norrby 2025–2027".into(),
        footer_template: "Sida {page} av {pages}".into(),
        watermark: watermark.map(String::from),
        creation_date: "2026-11-22".parse().expect("a date"),
        document_id: "00112233445566778899aabbccddeeff".into(),
    }
}
