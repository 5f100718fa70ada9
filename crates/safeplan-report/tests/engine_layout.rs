//! Layout a reader would notice, read from the engine's layout dump: table columns wide enough for
//! their header words, narrow Markdown tables at their natural width, chart sources kept within their
//! chart, and a short lead-in kept on the page of the table it introduces.

use std::collections::BTreeMap;

use safeplan_report::engine::{builtin_fonts, layout_dump, Assets, PageSetup};

const LEFT: f32 = 76.0;
const TEXT_WIDTH: f32 = 443.0;

fn setup() -> PageSetup {
    PageSetup {
        title: "Trygghet i Norrby".into(),
        lang: "sv".into(),
        header_text: "Trygghet i Norrby".into(),
        footer_template: "Sida {page} av {pages}".into(),
        creation_date: "2026-11-22".parse().unwrap(),
        document_id: "00112233445566778899aabbccddeeff".into(),
        author: String::new(),
        subject: String::new(),
        watermark: None,
    }
}

/// One text line of the dump: page, x, y, face and size (e.g. "B9.0"), text.
struct Line {
    page: usize,
    x: f32,
    style: String,
    text: String,
}

fn dump(md: &str) -> Vec<Line> {
    let assets = Assets {
        fonts: builtin_fonts(),
        images: BTreeMap::new(),
    };
    let text = layout_dump(md, &setup(), &assets).expect("layout");
    let mut page = 0;
    let mut lines = Vec::new();
    for row in text.lines() {
        if let Some(rest) = row.strip_prefix("== page ") {
            page = rest
                .split_whitespace()
                .next()
                .and_then(|n| n.parse().ok())
                .unwrap_or(0);
            continue;
        }
        let mut parts = row.split_whitespace();
        let (Some(x), Some(_y), Some(style)) = (parts.next(), parts.next(), parts.next()) else {
            continue;
        };
        let Ok(x) = x.parse::<f32>() else { continue };
        let text = parts.collect::<Vec<_>>().join(" ");
        lines.push(Line {
            page,
            x,
            style: style.to_string(),
            text,
        });
    }
    lines
}

fn bold_table_lines(lines: &[Line]) -> Vec<&Line> {
    lines.iter().filter(|l| l.style == "B9.0").collect()
}

#[test]
fn header_words_are_never_split_or_hyphenated() {
    let md = "# Mål\n\n\
| Åtgärd | Indikator | Utgångsvärde | Målvärde | Målår | Ansvarig förvaltning | Kommentar |\n\
|---|---|---:|---:|---:|---|---|\n\
| Trygghetsvandringar med boende, polis och fastighetsägare varje månad | Känner sig otrygg ute sent en kväll i sitt bostadsområde | 31,2 | 25 | 2030 | Stadsmiljöenheten, Norrby stadsdelsförvaltning | Mäts vartannat år i stadens trygghetsundersökning |\n";
    let lines = dump(md);
    let headers: Vec<String> = bold_table_lines(&lines)
        .iter()
        .map(|l| l.text.clone())
        .collect();
    for word in [
        "Åtgärd",
        "Indikator",
        "Utgångsvärde",
        "Målvärde",
        "Målår",
        "Ansvarig",
        "förvaltning",
        "Kommentar",
    ] {
        assert!(
            headers
                .iter()
                .any(|h| h.split_whitespace().any(|w| w == word)),
            "{word} is not whole in the header lines {headers:?}"
        );
    }
    assert!(
        headers.iter().all(|h| !h.ends_with('-')),
        "a hyphenated header: {headers:?}"
    );
}

#[test]
fn a_narrow_markdown_table_takes_its_natural_width() {
    let md = "# Kontakter\n\n| Part | Kontaktperson |\n|---|---|\n| Polisen | Kommunpolis |\n| Skolorna | Rektorer |\n";
    let lines = dump(md);
    let second = bold_table_lines(&lines)
        .into_iter()
        .find(|l| l.text == "Kontaktperson")
        .expect("the second header");
    assert!(
        second.x < LEFT + TEXT_WIDTH / 3.0,
        "the second column starts at {}: the table still spans the page",
        second.x
    );
    // Its body cells line up with its header.
    let cell = lines
        .iter()
        .find(|l| l.text == "Kommunpolis")
        .expect("a cell");
    assert!((cell.x - second.x).abs() < 0.5);
}

/// `|:--|:-:|--:|` sets a column's cells left, centred and right, as the app's preview shows them: a
/// short cell sits at its long neighbour's start, in its middle, or at its end. (Digits all have one
/// width, so the centred cell's offset is half the right-aligned one's.)
#[test]
fn a_markdown_tables_column_alignment_is_printed() {
    let md = "# Tal\n\n| Vänster | Mitten | Höger |\n|:--|:-:|--:|\n| 1 | 2 | 3 |\n\
              | 1111111111111111 | 2222222222222222 | 3333333333333333 |\n";
    let lines = dump(md);
    let x = |text: &str| {
        lines
            .iter()
            .find(|l| l.text == text)
            .unwrap_or_else(|| panic!("no line {text:?}"))
            .x
    };
    let offset = |digit: &str| x(digit) - x(&digit.repeat(16));
    let (left, centre, right) = (offset("1"), offset("2"), offset("3"));
    assert!(left.abs() < 0.5, "left-aligned cell moved by {left}");
    assert!(right > 20.0, "right-aligned cell not pushed right: {right}");
    assert!(
        (centre - right / 2.0).abs() < 1.0,
        "centred cell moved by {centre}, a right-aligned one by {right}"
    );
}

#[test]
fn a_long_source_stays_under_its_own_chart() {
    let source = "Källa: Polismyndigheten, lokalpolisområde Sundholm: geokodade anmälningar, bearbetade av stadsledningskontoret. Uppgifterna hämtades 15 februari 2026";
    let chart = |title: &str| {
        format!(
            "{{\"kind\": \"line\", \"title\": \"{title}\", \"unit\": \"antal\", \"source\": \"{source}\", \"x_labels\": [\"2024\", \"2025\"], \"series\": [{{\"name\": \"A\", \"values\": [1.0, 2.0]}}]}}"
        )
    };
    let md = format!(
        "# Statistik\n\n```chart-pair\n{{\"left\": {}, \"right\": {}}}\n```\n",
        chart("Vänster"),
        chart("Höger")
    );
    let lines = dump(&md);
    let source_lines: Vec<&Line> = lines.iter().filter(|l| l.style == "I7.5").collect();
    let right_x = lines
        .iter()
        .find(|l| l.text == "Höger")
        .expect("the right chart's title")
        .x;
    let left: Vec<&&Line> = source_lines.iter().filter(|l| l.x < right_x).collect();
    let right: Vec<&&Line> = source_lines.iter().filter(|l| l.x >= right_x).collect();
    assert!(
        left.len() >= 3 && left.len() == right.len(),
        "{}",
        left.len()
    );
    let joined = left
        .iter()
        .map(|l| l.text.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    assert!(joined.starts_with("Källa: Polismyndigheten") && joined.ends_with("2026"));
}

#[test]
fn a_short_lead_in_stays_with_its_table() {
    let filler = "Trygghetsvandringar genomförs varje månad tillsammans med boende, polis och fastighetsägare.";
    // Some number of filler lines puts the lead-in at a page's foot; try them all.
    for n in 0..60 {
        let mut md = String::from("# Åtgärder\n\n");
        for _ in 0..n {
            md.push_str(filler);
            md.push_str("\n\n");
        }
        md.push_str("Tabellen visar åtgärderna:\n\n| Åtgärd | Ansvarig |\n|---|---|\n| Vandringar | Polisen |\n| Belysning | Trafikkontoret |\n");
        let lines = dump(&md);
        let lead = lines
            .iter()
            .find(|l| l.text == "Tabellen visar åtgärderna:")
            .expect("the lead-in");
        let header = lines
            .iter()
            .find(|l| l.text == "Ansvarig")
            .expect("the table's header");
        assert_eq!(lead.page, header.page, "with {n} filler paragraphs");
    }
}

#[test]
fn a_list_item_ending_with_a_colon_stays_with_its_sub_list() {
    let filler = "Trygghetsvandringar genomförs varje månad tillsammans med boende, polis och fastighetsägare.";
    for n in 0..60 {
        let mut md = String::from("# Åtgärder\n\n");
        for _ in 0..n {
            md.push_str(filler);
            md.push_str("\n\n");
        }
        md.push_str("- **Ansvarig:** Polisen\n- **Uppföljning:**\n  - Anmäld skadegörelse: mål 1 035 år 2030\n  - Känner sig otrygg: mål 16,7 % år 2030\n");
        let lines = dump(&md);
        let lead = lines
            .iter()
            .find(|l| l.text.starts_with("Uppföljning:"))
            .expect("the lead-in item");
        let first = lines
            .iter()
            .find(|l| l.text.starts_with("Anmäld skadegörelse"))
            .expect("the sub-list's first item");
        assert_eq!(lead.page, first.page, "with {n} filler paragraphs");
    }
}

#[test]
fn an_indicator_heading_stays_with_its_chart() {
    let filler = "Trygghetsvandringar genomförs varje månad tillsammans med boende, polis och fastighetsägare.";
    let definition = "Antalet brott som anmälts till polisen under året, per 1 000 invånare i stadsdelen. \
        Brott som anmälts på nätet räknas till den plats där de begicks, och en anmälan kan gälla flera brott.";
    let chart = r#"{"kind": "line", "title": "Anmälda brott per år", "unit": "antal", "source": "Källa: Polisen", "alt": "Anmälda brott", "x_labels": ["2022","2023","2024"], "series": [{"name": "Anmälda brott", "values": [90.0, 85.0, 80.0]}], "y_min": 0.0}"#;
    // Some number of filler lines puts the heading at a page's foot; try them all.
    let mut moved = 0;
    for n in 0..60 {
        let mut md = String::from("# Statistik\n\n");
        for _ in 0..n {
            md.push_str(filler);
            md.push_str("\n\n");
        }
        md.push_str(&format!(
            "## Anmälda brott per 1 000 invånare\n\n{definition}\n\nKälla: Polisen. Enhet: antal.\n\n```chart\n{chart}\n```\n"
        ));
        let lines = dump(&md);
        let heading = lines
            .iter()
            .find(|l| l.text == "Anmälda brott per 1 000 invånare")
            .expect("the heading");
        let title = lines
            .iter()
            .find(|l| l.text.starts_with("Anmälda brott per år"))
            .expect("the chart's title");
        assert_eq!(heading.page, title.page, "with {n} filler paragraphs");
        moved += usize::from(heading.page > 1);
    }
    assert!(
        moved > 0,
        "no filler count moved the heading to a new page: the check proved nothing"
    );
}
