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

/// Every file of the city-plan template, per language; its unit chapters include the district
/// plan's files, added by [`with_district_chapters`].
const CITY_PLAN_SV: &[(&str, &str)] =
    template_files!("city-plan" / "sv": "main.md", "overview.md", "indicators.md", "unit.md");
const CITY_PLAN_EN: &[(&str, &str)] =
    template_files!("city-plan" / "en": "main.md", "overview.md", "indicators.md", "unit.md");
const CITY_PLAN_MANIFEST: &str = include_str!("../../../templates/city-plan/template.json");

/// The names of the built-in templates a plan is printed with (the review report is printed over a
/// plan's review and the city plan, `city-plan`, over the whole city: [`city_template`]).
pub fn names() -> &'static [&'static str] {
    &["district-plan"]
}

/// A built-in plan template's files in one language (the city plan's: [`city_template`]).
pub fn template(name: &str, locale: Locale) -> Option<TemplateFiles> {
    let files = match (name, locale) {
        ("district-plan", Locale::Sv) => DISTRICT_PLAN_SV,
        ("district-plan", Locale::En) => DISTRICT_PLAN_EN,
        (REVIEW_REPORT, Locale::Sv) => REVIEW_REPORT_SV,
        (REVIEW_REPORT, Locale::En) => REVIEW_REPORT_EN,
        _ => return None,
    };
    Some(owned(files))
}

fn owned(files: &[(&str, &str)]) -> TemplateFiles {
    files
        .iter()
        .map(|(path, text)| (path.to_string(), text.to_string()))
        .collect()
}

/// A built-in template's manifest (name, description, languages).
pub fn manifest(name: &str) -> Option<Manifest> {
    match name {
        "district-plan" => Manifest::parse(DISTRICT_PLAN_MANIFEST).ok(),
        REVIEW_REPORT => Manifest::parse(REVIEW_REPORT_MANIFEST).ok(),
        "city-plan" => Manifest::parse(CITY_PLAN_MANIFEST).ok(),
        _ => None,
    }
}

/// The built-in city-plan template with the district chapters it includes.
pub fn city_template(locale: Locale) -> TemplateFiles {
    let files = match locale {
        Locale::Sv => CITY_PLAN_SV,
        Locale::En => CITY_PLAN_EN,
    };
    with_district_chapters(owned(files), locale)
}

/// Adds the built-in district-plan files under `district-plan/` where a city template's own folder
/// leaves them out, so a city can change its overview without copying the unit chapters.
pub fn with_district_chapters(mut files: TemplateFiles, locale: Locale) -> TemplateFiles {
    for (path, text) in template("district-plan", locale).unwrap_or_default() {
        files
            .entry(format!("{}{path}", crate::template::city::DISTRICT_PREFIX))
            .or_insert(text);
    }
    files
}

/// The body font shipped with the app (Noto Sans, SIL Open Font License), with full Nordic coverage.
pub fn fonts() -> engine::FontSet {
    engine::builtin_fonts()
}

/// One face of [`fonts`] by its file name in templates/fonts (`NotoSans-Bold.ttf`), or None.
pub fn face(file: &str) -> Option<&'static [u8]> {
    engine::builtin_face(file)
}

/// The file names [`face`] answers to.
pub fn face_files() -> &'static [&'static str] {
    &engine::FACE_FILES
}
