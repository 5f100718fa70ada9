//! Problems found while laying out are traced back to the template line that wrote the block, and odd
//! plans (nothing published, one observation) still export.

mod report_fixture;

use safeplan_model::Locale;
use safeplan_report::{
    builtin, render, render_markdown, ReportError, ReportRequest, TemplateFiles,
};

fn export(
    doc: &safeplan_model::PlanDocument,
    template: &TemplateFiles,
    logo: Option<&[u8]>,
) -> Result<usize, ReportError> {
    let fonts = builtin::fonts();
    let req = ReportRequest {
        document: doc,
        findings: &[],
        template,
        locale: Locale::Sv,
        fonts: &fonts,
        logo,
        date: &"2025-03-12".parse().unwrap(),
    };
    render(&req, &mut |_| {}).map(|r| r.pages)
}

#[test]
fn a_block_the_engine_rejects_is_traced_to_its_template_line() {
    let doc = report_fixture::plan();
    let mut template = builtin::template("district-plan", Locale::Sv).expect("built-in");
    template.insert(
        "cover.md".into(),
        "{{ cover() }}\n\n```chart\n{\"kind\": \"pie\"}\n```\n".into(),
    );
    match export(&doc, &template, None) {
        Err(ReportError::Template {
            file,
            line,
            message,
        }) => {
            assert_eq!((file.as_str(), line), ("district-plan/sv/cover.md", 3));
            assert!(message.contains("chart"), "{message}");
        }
        other => panic!("expected a template error, got {other:?}"),
    }
}

#[test]
fn a_logo_that_is_not_an_image_is_an_engine_error_not_a_panic() {
    let doc = report_fixture::plan();
    let template = builtin::template("district-plan", Locale::Sv).expect("built-in");
    assert!(matches!(
        export(&doc, &template, Some(b"not a png")),
        Err(ReportError::Engine(_))
    ));
}

#[test]
fn indicators_with_nothing_published_say_so_instead_of_drawing_an_empty_chart() {
    let mut doc = report_fixture::plan();
    for o in &mut doc.indicators[1].observations {
        o.suppressed = true;
    }
    doc.indicators[0].observations.truncate(1);
    let template = builtin::template("district-plan", Locale::Sv).expect("built-in");
    let fonts = builtin::fonts();
    let req = ReportRequest {
        document: &doc,
        findings: &[],
        template: &template,
        locale: Locale::Sv,
        fonts: &fonts,
        logo: None,
        date: &"2025-03-12".parse().unwrap(),
    };
    let md = render_markdown(&req).expect("renders");
    assert!(!md.contains("```chart-pair"));
    assert!(md.contains(
        "Känner sig trygga utomhus på kvällen: inga publicerade värden att visa i diagram ännu."
    ));
    assert!(export(&doc, &template, None).expect("exports") >= 4);
}
