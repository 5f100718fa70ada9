//! The preview asks the template where each Markdown field's headings are printed: the lägesbild's
//! fields and the items' (challenge and measure descriptions, indicator definitions).

mod report_fixture;

use safeplan_model::Locale;
use safeplan_report::preview::{field_heading_levels, markdown_fields};
use safeplan_report::{builtin, TemplateFiles};

#[test]
fn the_district_plan_says_where_each_field_sits() {
    let sample = report_fixture::plan();
    for locale in [Locale::Sv, Locale::En] {
        let files = builtin::template("district-plan", locale).expect("built in");
        let levels = field_heading_levels(&files, locale, &sample).expect("renders");
        let at = |f: &str| levels.get(f).copied();
        assert_eq!(at("extent"), Some(3), "{locale:?}: {levels:?}");
        assert_eq!(at("risk_factors"), Some(4), "{locale:?}: {levels:?}");
        assert_eq!(
            at("challenges.description"),
            Some(3),
            "{locale:?}: {levels:?}"
        );
        assert_eq!(
            at("indicators.definition"),
            Some(3),
            "{locale:?}: {levels:?}"
        );
        assert_eq!(
            at("measures.description"),
            Some(4),
            "{locale:?}: {levels:?}"
        );
        // Every field the preview offers is printed through the filter by the district plan.
        let mut printed: Vec<&String> = levels.keys().collect();
        printed.sort();
        let mut offered = markdown_fields();
        offered.sort();
        assert_eq!(printed, offered.iter().collect::<Vec<_>>(), "{locale:?}");
    }
}

#[test]
fn a_template_without_the_filter_leaves_the_field_out() {
    let mut files = TemplateFiles::new();
    files.insert(
        "main.md".into(),
        "# Plan\n\n{{ plan.lagesbild.extent | markdown(heading_level=2) }}\n{{ plan.lagesbild.consequences }}\n\
         {% for m in measures %}{{ m.description }}{% endfor %}\n"
            .into(),
    );
    let levels =
        field_heading_levels(&files, Locale::Sv, &report_fixture::plan()).expect("renders");
    assert_eq!(levels.get("extent"), Some(&2));
    assert_eq!(levels.get("consequences"), None);
    assert_eq!(levels.get("measures.description"), None);
}

#[test]
fn a_sample_without_items_marks_only_the_lagesbild() {
    let mut sample = report_fixture::plan();
    sample.measures.clear();
    let files = builtin::template("district-plan", Locale::Sv).expect("built in");
    let levels = field_heading_levels(&files, Locale::Sv, &sample).expect("renders");
    assert_eq!(levels.get("extent"), Some(&3));
    assert_eq!(levels.get("measures.description"), None);
}
