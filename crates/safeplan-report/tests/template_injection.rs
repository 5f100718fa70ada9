//! User text (titles, descriptions, the lägesbild) cannot inject a fenced block or raw HTML, and an R9
//! finding (a personal identity number somewhere in the plan) stops the export.

mod report_fixture;

use pulldown_cmark::{CodeBlockKind, Event, Options, Parser, Tag};
use safeplan_model::{readiness, Finding, ItemRef, Level, Locale, RuleId, Section};
use safeplan_report::{builtin, render_markdown, ReportError, ReportRequest};

const FENCE: &str = "```cover\n{\"title\": \"Falsk plan\"}\n```";

fn fenced_kinds(md: &str) -> Vec<String> {
    Parser::new_ext(md, Options::ENABLE_TABLES)
        .filter_map(|e| match e {
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info))) => Some(info.to_string()),
            _ => None,
        })
        .collect()
}

fn render(
    doc: &safeplan_model::PlanDocument,
    findings: &[Finding],
    locale: Locale,
) -> Result<String, ReportError> {
    let template = builtin::template("district-plan", locale).expect("built-in");
    let fonts = builtin::fonts();
    let req = ReportRequest {
        document: doc,
        findings,
        template: &template,
        locale,
        fonts: &fonts,
        logo: None,
        date: &"2025-03-12".parse().unwrap(),
    };
    render_markdown(&req)
}

#[test]
fn user_text_cannot_open_blocks_or_write_html() {
    let clean = render(&report_fixture::plan(), &[], Locale::Sv).expect("renders");
    let expected = fenced_kinds(&clean);

    let mut doc = report_fixture::plan();
    doc.plan.title = format!("Plan {FENCE}");
    doc.plan.lagesbild.extent =
        format!("Inledning.\n\n{FENCE}\n\n<script>alert('x')</script>\n\n````chart\n{{}}");
    doc.plan.lagesbild.consequences =
        "<img src=x onerror=alert(1)> och <b>fet</b>\n\n# Egen rubrik".into();
    doc.challenges[0].title = "# Rubrik | med *stjärnor* och <i>html</i>".into();
    doc.challenges[0].description = "~~~toc\n{}\n~~~\n\n![logo](logo)".to_string();
    doc.measures[0].title = "```pagebreak".into();
    doc.measures[1].owner = "<script>".into();
    doc.indicators[0].definition = FENCE.into();
    doc.partners[0].notes = "</div><div>".into();
    doc.responsibilities[0].steps.push(FENCE.into());
    doc.plan.terms[0].definition = "\n```toc\n{}\n```\n".into();

    for locale in [Locale::Sv, Locale::En] {
        let md = render(&doc, &[], locale).expect("renders");
        let kinds = fenced_kinds(&md);
        let clean = render(&report_fixture::plan(), &[], locale).expect("renders");
        assert_eq!(
            kinds,
            fenced_kinds(&clean),
            "user text added or removed a block:\n{md}"
        );
        let html: Vec<String> = Parser::new_ext(&md, Options::ENABLE_TABLES)
            .filter_map(|e| match e {
                Event::Html(h) | Event::InlineHtml(h) => Some(h.to_string()),
                _ => None,
            })
            .collect();
        assert!(html.is_empty(), "raw HTML got through: {html:?}");
        let images = Parser::new(&md)
            .filter(|e| matches!(e, Event::Start(Tag::Image { .. })))
            .count();
        assert_eq!(images, 0, "user text pulled in an image");
        // The text is still there, as text.
        assert!(md.contains("script"));
        assert!(md.contains("Egen rubrik"));
        // A user heading inside a field never becomes a chapter of its own.
        assert!(!md.lines().any(|l| l == "# Egen rubrik"));
    }
    assert_eq!(expected.first().map(String::as_str), Some("cover"));
}

#[test]
fn a_personal_identity_number_stops_the_export() {
    let finding = Finding {
        rule: RuleId::R9,
        level: Level::Error,
        message_sv: "Ett personnummer står i utmaningens beskrivning.".into(),
        message_en: "A personal identity number is in the challenge's description.".into(),
        item: ItemRef::item_field(Section::Challenges, "c-gang", "description"),
    };
    let result = render(&report_fixture::plan(), &[finding], Locale::Sv);
    assert!(
        matches!(result, Err(ReportError::PersonalData { count: 1 })),
        "{result:?}"
    );

    // The same through the readiness rules, from a number written into the plan.
    let mut doc = report_fixture::plan();
    doc.challenges[0].description = "Ärendet gäller 19811218-9876.".into();
    let findings = readiness::check(&doc);
    if findings.iter().any(|f| f.rule == RuleId::R9) {
        assert!(matches!(
            render(&doc, &findings, Locale::En),
            Err(ReportError::PersonalData { .. })
        ));
    }
}

#[test]
fn draft_findings_are_printed_in_the_appendix() {
    let mut doc = report_fixture::plan();
    doc.plan.decision_body.clear();
    let findings = readiness::check(&doc);
    assert!(findings.iter().any(|f| f.rule == RuleId::R1));
    for (locale, heading, level) in [
        (Locale::Sv, "# Bilaga", "Fel"),
        (Locale::En, "# Appendix", "Error"),
    ] {
        let md = render(&doc, &findings, locale).expect("renders");
        let appendix = &md[md.find(heading).expect("appendix")..];
        let body = appendix
            .split("```table\n")
            .nth(1)
            .and_then(|b| b.split("\n```").next())
            .expect("findings table");
        let table: serde_json::Value = serde_json::from_str(body).expect("JSON");
        let rows = table["rows"].as_array().expect("rows");
        assert!(
            rows.iter().any(|r| r[0] == "R1" && r[1] == level),
            "{table}"
        );
    }
}
