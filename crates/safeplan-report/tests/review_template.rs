//! The review report's built-in template: every file in its folder is compiled into the binary, in
//! each language its manifest names. (What it prints is checked through core, which gathers its data:
//! crates/safeplan-core/tests/review_report.rs.)

use safeplan_model::Locale;
use safeplan_report::builtin;

#[test]
fn every_review_report_file_is_embedded() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../templates")
        .join(builtin::REVIEW_REPORT);
    let manifest = builtin::manifest(builtin::REVIEW_REPORT).expect("manifest");
    assert_eq!(manifest.languages, ["sv", "en"]);
    for lang in &manifest.languages {
        let locale = Locale::from_key(lang).expect("a report locale");
        let embedded = builtin::template(builtin::REVIEW_REPORT, locale).expect("embedded");
        let mut on_disk: Vec<String> = std::fs::read_dir(root.join(lang))
            .expect("template folder")
            .filter_map(|e| e.ok()?.file_name().into_string().ok())
            .collect();
        on_disk.sort();
        assert_eq!(
            embedded.keys().cloned().collect::<Vec<_>>(),
            on_disk,
            "{lang}"
        );
    }
    assert!(
        !builtin::names().contains(&builtin::REVIEW_REPORT),
        "not offered as a plan's own template"
    );
}
