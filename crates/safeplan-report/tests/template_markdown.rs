//! The template stage on the built-in district plan: every section and block is there, in both languages.

mod report_fixture;

use safeplan_model::{readiness, Locale, PlanDocument, PlanStatus};
use safeplan_report::{builtin, render_markdown, ReportRequest};

fn markdown(doc: &PlanDocument, locale: Locale, logo: Option<&[u8]>) -> String {
    let template = builtin::template("district-plan", locale).expect("built-in template");
    let findings = readiness::check(doc);
    let fonts = builtin::fonts();
    let req = ReportRequest {
        document: doc,
        findings: &findings,
        template: &template,
        locale,
        fonts: &fonts,
        logo,
        date: &"2025-03-12".parse().unwrap(),
    };
    render_markdown(&req).unwrap_or_else(|e| panic!("{e}"))
}

/// The JSON bodies of every fenced block of one kind.
fn blocks(md: &str, kind: &str) -> Vec<serde_json::Value> {
    let fence = format!("```{kind}\n");
    md.split(&fence)
        .skip(1)
        .map(|rest| {
            let end = if rest.starts_with("```") {
                0
            } else {
                rest.find("\n```").expect("closed fence")
            };
            let body = &rest[..end];
            if body.trim().is_empty() {
                serde_json::Value::Null
            } else {
                serde_json::from_str(body)
                    .unwrap_or_else(|e| panic!("{kind} block is not JSON: {e}\n{body}"))
            }
        })
        .collect()
}

#[test]
fn swedish_plan_has_every_section_and_block() {
    let md = markdown(&report_fixture::plan(), Locale::Sv, Some(b"png"));
    for heading in [
        "# Inledning",
        "## Begrepp",
        "# Lägesbild",
        "## Orsaksanalys",
        "### Riskfaktorer",
        "### Skyddsfaktorer",
        "## Källor och metod",
        "# Utmaningar",
        "# Statistik",
        "## Anmälda brott och upplevd trygghet",
        "# Åtgärder",
        "## Universell prevention",
        "## Selektiv prevention",
        "## Indikerad prevention",
        "### Sluta skjut (Group Violence Intervention)",
        "# Samverkansparter",
        "# Ansvar och rutiner",
        "# Uppföljning",
        "# Bilaga: Kontroll inför beslut",
    ] {
        assert!(
            md.lines().any(|l| l == heading),
            "missing {heading:?} in\n{md}"
        );
    }
    let cover = &blocks(&md, "cover")[0];
    assert_eq!(cover["title"], "Trygghetsplan för Norrby 2025–2027");
    assert_eq!(cover["logo"], "logo");
    assert!(cover["lines"].to_string().contains("Norrby stadsdelsnämnd"));
    assert_eq!(blocks(&md, "toc")[0]["title"], "Innehåll");
    assert_eq!(blocks(&md, "pagebreak").len(), 1);
    assert!(
        md.contains("![Logotyp för Norrby stadsdelsförvaltning](logo)") || !md.contains("](logo)")
    );

    let pair = &blocks(&md, "chart-pair")[0];
    assert_eq!(pair["left"]["title"], "Anmälda brott");
    assert_eq!(
        pair["right"]["title"],
        "Känner sig trygga utomhus på kvällen"
    );
    assert_eq!(
        pair["left"]["alt"],
        "Anmälda brott minskade från 4\u{a0}190 år 2017 till 3\u{a0}260 år 2024."
    );
    assert_eq!(pair["left"]["x_labels"].as_array().map(Vec::len), Some(8));
    assert!(pair["right"]["source"]
        .as_str()
        .unwrap_or_default()
        .contains("trygghetsundersökning"));
    // Both indicators are in the pair, so neither gets a chart of its own; both get a table.
    assert!(blocks(&md, "chart").is_empty());
    let tables = blocks(&md, "table");
    let captions: Vec<String> = tables
        .iter()
        .map(|t| t["caption"].as_str().unwrap_or_default().to_string())
        .collect();
    assert!(
        captions.iter().any(|c| c.starts_with("Anmälda brott")),
        "{captions:?}"
    );
    let crime = tables
        .iter()
        .find(|t| {
            t["caption"]
                .as_str()
                .unwrap_or_default()
                .starts_with("Anmälda brott")
        })
        .unwrap();
    assert_eq!(crime["rows"][0][1], "4\u{a0}190");
    assert_eq!(crime["header_rows"], 0);
    // One measures table per prevention level.
    let has_column = |t: &serde_json::Value, title: &str| {
        t["columns"]
            .as_array()
            .is_some_and(|c| c.iter().any(|c| c["title"] == title))
    };
    assert_eq!(
        tables.iter().filter(|t| has_column(t, "Ansvarig")).count(),
        3
    );
    // Every follow-up target in one table, with the target year in a column of its own.
    let targets = tables
        .iter()
        .find(|t| has_column(t, "Målår"))
        .expect("targets table");
    assert_eq!(targets["rows"].as_array().map(Vec::len), Some(3));
    // Percentages share their decimals; one "data as of" date for all is said once, above the table.
    let safety = tables
        .iter()
        .find(|t| {
            t["caption"]
                .as_str()
                .unwrap_or_default()
                .starts_with("Känner")
        })
        .expect("safety table");
    assert_eq!(safety["rows"][1][1], "62,0");
    assert!(!has_column(safety, "Uppgift per"));

    for text in [
        "lagen (2023:196)",
        "Brås",
        "Tidig insats",
        "Åsa Öberg",
        "**Ansvarig:** Socialtjänsten, enheten för unga vuxna",
        "Polisen, lokalpolisområde Norrby (huvudansvarig)",
        "utgångsvärde 3\u{a0}260, mål 2\u{a0}800 år 2027",
        "utgångsvärde 63,1\u{a0}%, mål 68\u{a0}% år 2027",
        "Rektor tillsammans med elevhälsan",
        "1. Samtal med eleven och vårdnadshavare",
        "Varje höst, inför budgeten",
        "**anmälda brott**",
        "- Låg vuxennärvaro kvällstid",
    ] {
        assert!(md.contains(text), "missing {text:?} in\n{md}");
    }
}

#[test]
fn english_plan_uses_english_words_and_numbers() {
    let md = markdown(&report_fixture::plan(), Locale::En, None);
    for heading in [
        "# Introduction",
        "# Situational picture",
        "# Challenges",
        "# Statistics",
        "# Measures",
        "## Universal prevention",
        "# Partners",
        "# Responsibilities and routines",
        "# Follow-up",
        "# Appendix: Check before adoption",
    ] {
        assert!(
            md.lines().any(|l| l == heading),
            "missing {heading:?} in\n{md}"
        );
    }
    let pair = &blocks(&md, "chart-pair")[0];
    assert_eq!(
        pair["left"]["alt"],
        "Anmälda brott fell from 4,190 in 2017 to 3,260 in 2024."
    );
    assert_eq!(
        pair["right"]["alt"],
        "Känner sig trygga utomhus på kvällen rose from 61.5% in 2017 to 63.1% in 2024."
    );
    assert_eq!(blocks(&md, "cover")[0]["logo"], serde_json::Value::Null);
    assert!(!md.contains("](logo)"));
    assert!(md.contains("Page") || md.contains("Contents"));
}

#[test]
fn an_approved_plan_has_no_findings_appendix() {
    let mut doc = report_fixture::plan();
    doc.plan.status = PlanStatus::Approved;
    doc.plan.adoption_date = Some("2025-02-20".parse().unwrap());
    let md = markdown(&doc, Locale::Sv, None);
    assert!(!md.contains("# Bilaga"));
    assert!(blocks(&md, "cover")[0]["lines"]
        .to_string()
        .contains("20 februari 2025"));
}

#[test]
fn an_empty_plan_says_what_is_missing_instead_of_leaving_blank_sections() {
    let mut doc = report_fixture::plan();
    doc.challenges.clear();
    doc.indicators.clear();
    doc.measures.clear();
    doc.partners.clear();
    doc.responsibilities.clear();
    doc.plan.lagesbild = Default::default();
    doc.plan.terms.clear();
    doc.plan.follow_up = Default::default();
    doc.unit = None;
    doc.plan.period = None;
    let md = markdown(&doc, Locale::Sv, None);
    for text in [
        "Omfattningen har inte beskrivits ännu.",
        "Inga utmaningar har lagts in ännu.",
        "Inga indikatorer har lagts in ännu.",
        "Inga åtgärder har lagts in här ännu.",
        "Inga samverkansparter har lagts in ännu.",
        "Inga rutiner har lagts in ännu.",
        "Uppföljningsplanen har inte skrivits ännu.",
        "Inga åtgärder har fått uppföljningsindikatorer ännu.",
    ] {
        assert!(md.contains(text), "missing {text:?} in\n{md}");
    }
    let md = markdown(&doc, Locale::En, None);
    assert!(md.contains("No challenges have been entered yet."));
}

#[test]
fn every_built_in_template_file_is_embedded() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../templates");
    for name in builtin::names() {
        let manifest = builtin::manifest(name).expect("manifest");
        for lang in &manifest.languages {
            let locale = Locale::from_key(lang).expect("a report locale");
            let embedded = builtin::template(name, locale).expect("embedded");
            let on_disk: Vec<String> = std::fs::read_dir(root.join(name).join(lang))
                .expect("template folder")
                .filter_map(|e| e.ok()?.file_name().into_string().ok())
                .collect();
            for file in &on_disk {
                assert!(
                    embedded.contains_key(file),
                    "{name}/{lang}/{file} is not embedded in builtin.rs"
                );
            }
            assert_eq!(embedded.len(), on_disk.len());
        }
    }
}
