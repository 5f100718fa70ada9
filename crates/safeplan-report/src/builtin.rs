//! The templates and fonts that ship inside the binary, so exporting a PDF needs no files at run time.
//! A city's own template is read by the caller (`--template-dir`) into the same [`TemplateFiles`] shape.

use safeplan_model::Locale;

use crate::engine;
use crate::template::{Manifest, TemplateFiles};

macro_rules! template_files {
    ($lang:literal: $($file:literal),+ $(,)?) => {
        &[$(($file, include_str!(concat!("../../../templates/district-plan/", $lang, "/", $file)))),+]
    };
    ($template:literal / $lang:literal: $($file:literal),+ $(,)?) => {
        &[$(($file, include_str!(concat!("../../../templates/", $template, "/", $lang, "/", $file)))),+]
    };
}

/// Every file of the district-plan template, per language. A test checks this list against the folder.
const DISTRICT_PLAN_SV: &[(&str, &str)] = template_files!("sv":
    "main.md", "cover.md", "introduction.md", "lagesbild.md", "challenges.md", "statistics.md", "measures.md",
    "measure.md", "partners.md", "responsibilities.md", "follow-up.md", "appendix-findings.md",
);
const DISTRICT_PLAN_EN: &[(&str, &str)] = template_files!("en":
    "main.md", "cover.md", "introduction.md", "lagesbild.md", "challenges.md", "statistics.md", "measures.md",
    "measure.md", "partners.md", "responsibilities.md", "follow-up.md", "appendix-findings.md",
);
const DISTRICT_PLAN_MANIFEST: &str = include_str!("../../../templates/district-plan/template.json");

/// The review report's template: printed over a plan and its review, not chosen for a plan's own PDF,
/// so it is not among [`names`].
pub const REVIEW_REPORT: &str = "review-report";
const REVIEW_REPORT_SV: &[(&str, &str)] = template_files!("review-report" / "sv":
    "main.md", "history.md", "threads.md", "thread.md", "suggestions.md", "changes.md", "marks.md",
);
const REVIEW_REPORT_EN: &[(&str, &str)] = template_files!("review-report" / "en":
    "main.md", "history.md", "threads.md", "thread.md", "suggestions.md", "changes.md", "marks.md",
);
const REVIEW_REPORT_MANIFEST: &str = include_str!("../../../templates/review-report/template.json");

/// The names of the built-in templates.
pub fn names() -> &'static [&'static str] {
    &["district-plan"]
}

/// A built-in template's files in one language.
pub fn template(name: &str, locale: Locale) -> Option<TemplateFiles> {
    let files = match (name, locale) {
        ("district-plan", Locale::Sv) => DISTRICT_PLAN_SV,
        ("district-plan", Locale::En) => DISTRICT_PLAN_EN,
        (REVIEW_REPORT, Locale::Sv) => REVIEW_REPORT_SV,
        (REVIEW_REPORT, Locale::En) => REVIEW_REPORT_EN,
        _ => return None,
    };
    Some(
        files
            .iter()
            .map(|(path, text)| (path.to_string(), text.to_string()))
            .collect(),
    )
}

/// A built-in template's manifest (name, description, languages).
pub fn manifest(name: &str) -> Option<Manifest> {
    match name {
        "district-plan" => Manifest::parse(DISTRICT_PLAN_MANIFEST).ok(),
        REVIEW_REPORT => Manifest::parse(REVIEW_REPORT_MANIFEST).ok(),
        _ => None,
    }
}

/// The body font shipped with the app (Noto Sans, SIL Open Font License), with full Nordic coverage.
pub fn fonts() -> engine::FontSet {
    engine::builtin_fonts()
}
