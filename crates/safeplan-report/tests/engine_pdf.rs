//! The engine's PDF checked by the readers people use: qpdf, pdfinfo, pdftotext and pdfimages
//! (Debian: qpdf, poppler-utils). A missing tool fails the test with the package to install.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::Command;
use std::sync::OnceLock;

use safeplan_report::engine::{
    builtin_fonts, layout_dump, render, Assets, EngineError, PageSetup, Rendered,
};

const SAMPLE: &str = include_str!("golden/sample_sv.md");

fn setup() -> PageSetup {
    PageSetup {
        title: "Trygghet i Norrby 2025–2027".into(),
        author: "Norrby stadsdelsförvaltning".into(),
        subject: "Handlingsplan mot brott, hat och våldsbejakande extremism".into(),
        lang: "sv".into(),
        header_text: "Trygghet i Norrby 2025–2027".into(),
        footer_template: "Sida {page} av {pages}".into(),
        watermark: Some("UTKAST".into()),
        creation_date: "2026-11-22".parse().unwrap(),
        document_id: "5afe91a7c0ffee0012345678deadbeef".into(),
    }
}

/// A small logo with a transparent half, made here so the test ships no binary.
fn logo_png() -> Vec<u8> {
    let (w, h) = (120u32, 40u32);
    let mut out = Vec::new();
    let mut enc = png::Encoder::new(&mut out, w, h);
    enc.set_color(png::ColorType::Rgba);
    enc.set_depth(png::BitDepth::Eight);
    let mut writer = enc.write_header().expect("png header");
    let data: Vec<u8> = (0..w * h)
        .flat_map(|i| {
            let x = i % w;
            [22, 58, 107, if x < 44 { 255 } else { 90 }]
        })
        .collect();
    writer.write_image_data(&data).expect("png data");
    drop(writer);
    out
}

/// A grey-green "map" without alpha: the RGB path of the PNG decoder.
fn map_png() -> Vec<u8> {
    let (w, h) = (300u32, 160u32);
    let mut out = Vec::new();
    let mut enc = png::Encoder::new(&mut out, w, h);
    enc.set_color(png::ColorType::Rgb);
    let mut writer = enc.write_header().expect("png header");
    let data: Vec<u8> = (0..w * h)
        .flat_map(|i| {
            let (x, y) = (i % w, i / w);
            let road = (x + y) % 60 < 4 || x % 100 < 3;
            if road {
                [250, 250, 245]
            } else {
                [200 - (y % 40) as u8, 215, 195 + (x % 30) as u8]
            }
        })
        .collect();
    writer.write_image_data(&data).expect("png data");
    drop(writer);
    out
}

fn assets() -> Assets {
    let mut images = BTreeMap::new();
    images.insert("logo".to_string(), logo_png());
    images.insert("karta".to_string(), map_png());
    Assets {
        fonts: builtin_fonts(),
        images,
    }
}

fn rendered() -> &'static (Rendered, PathBuf) {
    static R: OnceLock<(Rendered, PathBuf)> = OnceLock::new();
    R.get_or_init(|| {
        let r = render(SAMPLE, &setup(), &assets(), &mut |_| {}).expect("render");
        let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("engine-sample.pdf");
        std::fs::write(&path, &r.pdf).expect("write pdf");
        (r, path)
    })
}

fn tool(name: &str, args: &[&str]) -> String {
    let package = if name == "qpdf" {
        "qpdf"
    } else {
        "poppler-utils"
    };
    let out = Command::new(name).args(args).output().unwrap_or_else(|e| {
        panic!("{name} is needed for this test ({e}): install the Debian package {package}")
    });
    let mut text = String::from_utf8_lossy(&out.stdout).into_owned();
    text.push_str(&String::from_utf8_lossy(&out.stderr));
    assert!(out.status.success(), "{name} {args:?} failed: {text}");
    text
}

fn page_text(path: &str, page: usize) -> String {
    let p = page.to_string();
    tool("pdftotext", &["-f", &p, "-l", &p, path, "-"])
}

#[test]
fn qpdf_finds_no_errors() {
    let (_, path) = rendered();
    let out = tool("qpdf", &["--check", path.to_str().unwrap_or_default()]);
    assert!(out.contains("No syntax or stream encoding errors"), "{out}");
}

#[test]
fn pdfinfo_sees_a_tagged_document_with_the_pages_and_metadata() {
    let (r, path) = rendered();
    let info = tool("pdfinfo", &[path.to_str().unwrap_or_default()]);
    assert!(info.contains("Tagged:          yes"), "{info}");
    assert!(
        info.contains(&format!("Pages:           {}\n", r.pages)),
        "{info}"
    );
    assert!(
        r.pages >= 10,
        "the sample should run past ten pages, got {}",
        r.pages
    );
    assert!(
        info.contains("Title:           Trygghet i Norrby 2025–2027"),
        "{info}"
    );
    assert!(
        info.contains("Author:          Norrby stadsdelsförvaltning"),
        "{info}"
    );
    assert!(info.contains("A4"), "{info}");
}

#[test]
fn the_tag_tree_has_the_expected_elements() {
    let (_, path) = rendered();
    let tree = tool("pdfinfo", &["-struct", path.to_str().unwrap_or_default()]);
    for tag in [
        "Document", "H1", "H2", "H3", "P", "L", "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD",
        "Figure", "Link", "TOC",
    ] {
        let found = tree.lines().any(|l| {
            let t = l.trim_start();
            t == tag || t.starts_with(&format!("{tag} ")) || t.starts_with(&format!("{tag}:"))
        });
        assert!(found, "no {tag} in the tag tree");
    }
}

#[test]
fn copied_text_gives_back_the_words_as_written() {
    let (r, path) = rendered();
    let text = tool("pdftotext", &[path.to_str().unwrap_or_default(), "-"]);
    for h in &r.headings {
        assert!(
            text.contains(&h.text),
            "heading {:?} missing from the text",
            h.text
        );
    }
    for s in [
        "š ž č đ ŋ ŧ ʒ",
        "å ä ö Å Ä Ö, æ ø Æ Ø, þ ð Þ",
        "Áilu Čiekčá",
        "4 190 år 2015 till 3 260 år 2024",
        "2 400 000",
        "Föräldrastödet",
    ] {
        assert!(text.contains(s), "{s:?} missing from the text");
    }
    assert!(
        !text.contains("UTKAST"),
        "the watermark leaks into the text"
    );
    // Every word on the pages is a word of the source: no inserted hyphens, no broken letters.
    let source = format!("{SAMPLE} Sida av Trygghet i Norrby").to_lowercase();
    for token in text.split_whitespace() {
        let word = token.trim_matches(|c: char| !c.is_alphanumeric());
        if word.is_empty() || word.chars().all(|c| c.is_ascii_digit()) {
            continue;
        }
        assert!(
            source.contains(&word.to_lowercase()),
            "{word:?} (from {token:?}) is not in the source"
        );
    }
}

#[test]
fn the_table_of_contents_points_at_the_right_pages() {
    let (r, path) = rendered();
    let path = path.to_str().unwrap_or_default();
    let toc = tool("pdftotext", &["-layout", "-f", "2", "-l", "2", path, "-"]);
    assert!(toc.contains("Innehåll"));
    let mut checked = 0;
    for h in r.headings.iter().filter(|h| h.level <= 2) {
        let line = toc
            .lines()
            .find(|l| {
                l.trim_end()
                    .trim_end_matches(|c: char| c.is_ascii_digit())
                    .trim()
                    == h.text.as_str()
            })
            .unwrap_or_else(|| panic!("no TOC line for {:?} in\n{toc}", h.text));
        let number: usize = line
            .split_whitespace()
            .last()
            .and_then(|n| n.parse().ok())
            .expect("a page number");
        assert_eq!(number, h.page, "TOC number of {:?}", h.text);
        assert!(
            page_text(path, number).contains(&h.text),
            "{:?} is not on page {number}",
            h.text
        );
        checked += 1;
    }
    assert!(checked >= 10, "only {checked} TOC entries checked");
}

#[test]
fn charts_are_vectors_and_only_the_logo_and_the_map_are_images() {
    let (_, path) = rendered();
    let list = tool("pdfimages", &["-list", path.to_str().unwrap_or_default()]);
    let images = list
        .lines()
        .skip(2)
        .filter(|l| l.split_whitespace().nth(2) == Some("image"))
        .count();
    assert_eq!(images, 2, "{list}");
}

#[test]
fn the_same_input_gives_the_same_bytes() {
    let (r, _) = rendered();
    let again = render(SAMPLE, &setup(), &assets(), &mut |_| {}).expect("render");
    assert!(r.pdf == again.pdf, "two renders differ");
}

#[test]
fn a_malformed_block_reports_its_fence_line() {
    let md = "# Rubrik\n\nText.\n\n```table\n{\"columns\": 3}\n```\n";
    match render(md, &setup(), &assets(), &mut |_| {}) {
        Err(EngineError::Block {
            line,
            kind,
            message,
        }) => {
            assert_eq!((line, kind.as_str()), (5, "table"));
            assert!(message.contains("invalid type"), "{message}");
        }
        Err(e) => panic!("wrong error: {e}"),
        Ok(_) => panic!("a malformed block was accepted"),
    }
}

#[test]
fn odd_input_renders_without_panicking() {
    let long_word = "a".repeat(400);
    let cases = [
        String::new(),
        "   \n\n".to_string(),
        format!("# {long_word}\n\n{long_word} {long_word}\n"),
        "```table\n{\"columns\": [], \"rows\": []}\n```\n".to_string(),
        "```table\n{\"columns\": [{\"title\": \"A\"}], \"rows\": [[\"1\", \"extra\"], []]}\n```\n".to_string(),
        "```chart\n{\"kind\": \"bar\", \"series\": []}\n```\n".to_string(),
        "```chart\n{\"kind\": \"line\", \"x_labels\": [\"a\"], \"series\": [{\"name\": \"s\", \"values\": [null]}]}\n```\n".to_string(),
        "```toc\n```\n\n```pagebreak\n```\n\n```pagebreak\n```\n".to_string(),
        "> > - 1. nested\n>\n> text\n\n| a |\n|---|\n".to_string(),
        format!("{}deep\n", "> ".repeat(3000)),
        format!("{}deep\n", "- ".repeat(500)),
        format!("{}deep\n", "1. ".repeat(40)),
    ];
    for md in &cases {
        let r =
            render(md, &setup(), &assets(), &mut |_| {}).unwrap_or_else(|e| panic!("{md:?}: {e}"));
        assert!(r.pages >= 1 && r.pdf.starts_with(b"%PDF-1.7"));
    }
    let missing = render("![x](nowhere)", &setup(), &assets(), &mut |_| {});
    assert!(matches!(missing, Err(EngineError::Image { .. })));
}

#[test]
fn layout_matches_the_golden_dump() {
    let dump = layout_dump(SAMPLE, &setup(), &assets()).expect("layout");
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden/sample_sv.layout.txt");
    // Written only when asked: a missing golden must fail, or deleting it would make the test pass.
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, &dump).expect("write golden");
        return;
    }
    let golden = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "cannot read the golden {} ({e}); run with UPDATE_GOLDEN=1 to write it",
            path.display()
        )
    });
    if golden != dump {
        let line = golden
            .lines()
            .zip(dump.lines())
            .position(|(a, b)| a != b)
            .unwrap_or(0);
        panic!(
            "layout differs from {} at line {} (run with UPDATE_GOLDEN=1 to accept):\n golden: {:?}\n now:    {:?}",
            path.display(),
            line + 1,
            golden.lines().nth(line),
            dump.lines().nth(line)
        );
    }
}

#[test]
fn nothing_is_set_past_the_margins() {
    let long_cell = "Mycket lång cell med text som fortsätter. ".repeat(180);
    let md = format!(
        "# Rubrik\n\n```table\n{{\"columns\": [{{\"title\": \"A\", \"width\": 1}}, {{\"title\": \"B\", \"width\": 3}}], \"rows\": [[\"kort\", \"{long_cell}\"], [\"x\", \"y\"]]}}\n```\n\n{}\n",
        "Ord ".repeat(3000)
    );
    let dump = layout_dump(&md, &setup(), &assets()).expect("layout");
    let mut lines = 0;
    for line in dump.lines().filter(|l| !l.starts_with("==")) {
        let mut f = line.split_whitespace();
        let x: f32 = f.next().and_then(|v| v.parse().ok()).unwrap_or(0.0);
        let y: f32 = f.next().and_then(|v| v.parse().ok()).unwrap_or(0.0);
        // A4 is 595 × 842 pt; the footer sits at 802.
        assert!(
            (0.0..=540.0).contains(&x) && (30.0..=805.0).contains(&y),
            "{line}"
        );
        lines += 1;
    }
    assert!(lines > 100);
}

#[test]
fn english_documents_use_english_words_and_numbers() {
    let md = "# Introduction\n\nThe district's recorded crime fell over the decade, and the perceived safety improved.\n\n```chart\n{\"kind\": \"bar\", \"title\": \"Crime\", \"x_labels\": [\"2023\", \"2024\"], \"series\": [{\"name\": \"All\", \"values\": [12500.5, 11000.0]}]}\n```\n";
    let mut s = setup();
    s.lang = "en".into();
    s.footer_template = "Page {page} of {pages}".into();
    s.watermark = Some("DRAFT".into());
    let r = render(md, &s, &assets(), &mut |_| {}).expect("render");
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("engine-en.pdf");
    std::fs::write(&path, &r.pdf).expect("write");
    let text = tool("pdftotext", &[path.to_str().unwrap_or_default(), "-"]);
    assert!(text.contains("Page 1 of 1"), "{text}");
    assert!(text.contains("12,000") || text.contains("10,000"), "{text}");
    assert!(!text.contains("DRAFT"));
    let info = tool("pdfinfo", &[path.to_str().unwrap_or_default()]);
    assert!(info.contains("Tagged:          yes"));
}

#[test]
fn characters_the_font_lacks_copy_out_as_replacement_characters() {
    let r = render(
        "Tecken utanför typsnittet: 中 och 😀 här.\n",
        &setup(),
        &assets(),
        &mut |_| {},
    )
    .expect("render");
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("engine-missing-glyphs.pdf");
    std::fs::write(&path, &r.pdf).expect("write");
    let text = tool("pdftotext", &[path.to_str().unwrap_or_default(), "-"]);
    assert!(
        text.contains("typsnittet: \u{fffd} och \u{fffd} här."),
        "{text}"
    );
}

#[test]
fn struck_words_broken_at_a_line_end_are_read_once() {
    // The review report strikes deleted words; a struck word hyphenated at a line's end was read
    // by poppler as the whole word and then its rest again ("hatbrottshändelse. brottshändelse.").
    let words = [
        "våldsbejakande",
        "hatbrottshändelser",
        "trygghetsundersökningen",
    ];
    let paragraph: Vec<String> = (0..30)
        .map(|i| format!("~~{}~~", words[i % words.len()]))
        .collect();
    let markdown = format!("{}\n", paragraph.join(" "));
    let dump = layout_dump(&markdown, &setup(), &assets()).expect("layout");
    assert!(
        dump.lines()
            .any(|l| l.contains("-\"") || l.trim_end().ends_with('-')),
        "no word was hyphenated, so the test proves nothing:\n{dump}"
    );
    let r = render(&markdown, &setup(), &assets(), &mut |_| {}).expect("render");
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("engine-struck-hyphenated.pdf");
    std::fs::write(&path, &r.pdf).expect("write");
    let text = tool("pdftotext", &[path.to_str().unwrap_or_default(), "-"]);
    let furniture = ["Trygghet", "i", "Norrby", "2025–2027", "Sida", "av"];
    let read: Vec<&str> = text
        .split_whitespace()
        .filter(|t| !furniture.contains(t) && !t.chars().all(|c| c.is_ascii_digit()))
        .collect();
    let strays: Vec<&&str> = read.iter().filter(|t| !words.contains(t)).collect();
    assert!(
        strays.is_empty(),
        "read beside the words: {strays:?}\n{text}"
    );
    assert_eq!(read.len(), paragraph.len(), "{text}");
}
