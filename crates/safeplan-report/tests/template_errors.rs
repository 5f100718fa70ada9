//! A broken template gives a message naming the file, the line and the problem: never a panic, never a
//! silently blank report.

mod report_fixture;

use safeplan_model::Locale;
use safeplan_report::{builtin, render_markdown, ReportError, ReportRequest, TemplateFiles};

fn render_with(edit: impl FnOnce(&mut TemplateFiles)) -> Result<String, ReportError> {
    let doc = report_fixture::plan();
    let mut template = builtin::template("district-plan", Locale::Sv).expect("built-in");
    edit(&mut template);
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
    render_markdown(&req)
}

/// Inserts `line` into `file` so that it becomes line `at` (1-based).
fn insert(files: &mut TemplateFiles, file: &str, at: usize, line: &str) {
    let text = files.get_mut(file).expect("file exists");
    let mut lines: Vec<&str> = text.lines().collect();
    lines.insert(at - 1, line);
    *text = lines.join("\n") + "\n";
}

fn template_error(result: Result<String, ReportError>) -> (String, usize, String) {
    match result {
        Err(ReportError::Template {
            file,
            line,
            message,
        }) => (file, line, message),
        other => panic!("expected a template error, got {other:?}"),
    }
}

#[test]
fn unknown_variable_names_file_and_line() {
    let (file, line, message) = template_error(render_with(|t| {
        insert(t, "statistics.md", 3, "{{ plan.titel }}")
    }));
    assert_eq!(file, "district-plan/sv/statistics.md");
    assert_eq!(line, 3);
    assert!(
        message.contains("undefined") && message.contains("plan.titel"),
        "{message}"
    );
}

#[test]
fn syntax_error_in_an_included_file_points_into_that_file() {
    let (file, line, message) = template_error(render_with(|t| {
        insert(t, "challenges.md", 5, "{{ plan.title | }}")
    }));
    assert_eq!(file, "district-plan/sv/challenges.md");
    assert_eq!(line, 5);
    assert!(message.contains("syntax error"), "{message}");
}

#[test]
fn unknown_filter_reads_like_the_issue_says() {
    let err = render_with(|t| insert(t, "main.md", 2, "{{ plan.title | fmt_nmber }}")).unwrap_err();
    let text = err.to_string();
    assert!(
        text.starts_with("district-plan/sv/main.md:2: unknown filter `fmt_nmber`"),
        "{text}"
    );
}

#[test]
fn unknown_function_and_bad_arguments_are_located() {
    let (file, line, message) = template_error(render_with(|t| {
        insert(t, "measures.md", 4, "{{ chrat(recorded_crime) }}")
    }));
    assert_eq!((file.as_str(), line), ("district-plan/sv/measures.md", 4));
    assert!(message.contains("`chrat`"), "{message}");

    let (file, line, message) = template_error(render_with(|t| {
        insert(t, "statistics.md", 2, "{{ chart(\"no-such-id\") }}")
    }));
    assert_eq!((file.as_str(), line), ("district-plan/sv/statistics.md", 2));
    assert!(message.contains("chart()"), "{message}");

    let (_, _, message) = template_error(render_with(|t| {
        insert(
            t,
            "statistics.md",
            2,
            "{{ plan.status | label(\"levle\") }}",
        )
    }));
    assert!(message.contains("unknown vocabulary `levle`"), "{message}");
}

#[test]
fn typos_on_lines_this_plan_never_reaches_are_still_errors() {
    let (file, line, message) = template_error(render_with(|t| {
        insert(t, "measure.md", 3, "{{ m.title | fmt_nmber }}")
    }));
    assert_eq!((file.as_str(), line), ("district-plan/sv/measure.md", 3));
    assert!(message.contains("unknown filter `fmt_nmber`"), "{message}");

    let (file, line, message) = template_error(render_with(|t| {
        insert(
            t,
            "follow-up.md",
            2,
            "{% if false %}{{ plna.title }}{% endif %}",
        )
    }));
    assert_eq!((file.as_str(), line), ("district-plan/sv/follow-up.md", 2));
    assert!(message.contains("`plna`"), "{message}");
}

#[test]
fn missing_files_are_named() {
    let (file, line, message) = template_error(render_with(|t| {
        t.remove("partners.md");
    }));
    assert_eq!(file, "district-plan/sv/main.md");
    assert!(line > 0);
    assert!(message.contains("partners.md"), "{message}");

    let err = render_with(|t| {
        t.remove("main.md");
    })
    .unwrap_err();
    assert!(
        err.to_string().starts_with("district-plan/sv/main.md: "),
        "{err}"
    );
    let (file, _, message) = template_error(Err(err));
    assert_eq!(file, "district-plan/sv/main.md");
    assert!(message.contains("main.md"), "{message}");

    let (_, _, message) = template_error(render_with(|t| {
        t.insert("main.md".into(), "{# nothing #}\n".into());
    }));
    assert!(message.contains("wrote nothing"), "{message}");
}

#[test]
fn odd_templates_never_panic() {
    for text in [
        "{{",
        "{% for %}",
        "{{ 1 / 0 }}",
        "{% include \"main.md\" %}",
        "{{ cover(nonsense=1) }}",
        "{{ toc(max_level=\"x\") }}",
        "{{ measures_table(\"sometimes\") }}",
        "{{ indicators[99].name }}",
        "{{ none | number }}{{ \"x\" | number }}",
        "{{ logo() }}{{ page_break() }}",
    ] {
        let result = render_with(|t| {
            t.insert("main.md".into(), format!("# Rubrik\n\n{text}\n"));
        });
        if let Err(e) = &result {
            assert!(
                matches!(e, ReportError::Template { line, .. } if *line > 0),
                "{text}: {e}"
            );
        }
    }
}
