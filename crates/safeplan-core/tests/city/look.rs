//! The city's own look: set once, checked when set, kept in the database, and used by every plan
//! export that names no template or logo of its own.

use std::path::{Path, PathBuf};

use safeplan_core::city::{CityLookChange, LookSource, MAX_LOGO_BYTES};
use safeplan_core::PdfOptions;
use safeplan_model::Locale;

use super::town::town;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn logo() -> PathBuf {
    repo().join("src-tauri/icons/32x32.png")
}

/// A copy of the built-in district template named `testby`, its Swedish cover carrying `cover`.
fn city_templates(dir: &Path, cover: &str) -> PathBuf {
    let folder = dir.join("testby");
    for locale in ["sv", "en"] {
        let from = repo().join("templates/district-plan").join(locale);
        std::fs::create_dir_all(folder.join(locale)).unwrap();
        for entry in std::fs::read_dir(&from).unwrap() {
            let path = entry.unwrap().path();
            std::fs::copy(&path, folder.join(locale).join(path.file_name().unwrap())).unwrap();
        }
    }
    std::fs::write(folder.join("sv/cover.md"), cover).unwrap();
    folder
}

fn change(logo: LookSource, templates: LookSource) -> CityLookChange {
    CityLookChange {
        name: "  Testby stad ".into(),
        logo,
        templates,
    }
}

/// Appends to the Swedish measures file of `folder` a chart block whose data does not parse, inside
/// `{% if <only_if> %}` when given; returns the line of the chart's fence.
fn append_broken_chart(folder: &Path, only_if: Option<&str>) -> usize {
    let measures = folder.join("sv/measures.md");
    let mut text = std::fs::read_to_string(&measures).unwrap();
    if !text.ends_with('\n') {
        text.push('\n');
    }
    text.push('\n');
    if let Some(condition) = only_if {
        text.push_str(&format!("{{% if {condition} %}}\n"));
    }
    let fence_line = text.lines().count() + 1;
    text.push_str("```chart\n{\"kind\": \"pie\"}\n```\n");
    if only_if.is_some() {
        text.push_str("{% endif %}\n");
    }
    std::fs::write(&measures, text).unwrap();
    fence_line
}

/// The error is a template's, at the broken chart's fence in the Swedish measures file.
fn assert_names_the_chart(err: &safeplan_core::CoreError, fence_line: usize) {
    assert_eq!(err.code(), "template", "{err}");
    let message = err.to_string();
    assert!(
        message.contains(&format!("testby/sv/measures.md:{fence_line}")),
        "{message}"
    );
    assert!(message.contains("chart"), "{message}");
}

#[test]
fn the_look_is_checked_kept_and_used_by_the_plan_export() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = town();
    assert_eq!(app.city_look().unwrap().name, "");
    let folder = city_templates(dir.path(), "{{ cover(subtitle=\"Testby egen mall\") }}\n");
    let look = app
        .set_city_look(&change(
            LookSource::From(logo()),
            LookSource::From(folder.clone()),
        ))
        .unwrap();
    assert_eq!(look.name, "Testby stad");
    let info = look.logo.unwrap();
    assert_eq!(
        (info.media_type.as_str(), info.width, info.height),
        ("image/png", 32, 32)
    );
    // The window shows the logo from its data URL: the PNG's own bytes, base64 encoded.
    assert!(
        info.data_url
            .starts_with("data:image/png;base64,iVBORw0KGgo"),
        "{}",
        &info.data_url[..40.min(info.data_url.len())]
    );
    assert_eq!(look.template_name.as_deref(), Some("testby"));
    assert_eq!(look.template_locales, [Locale::Sv, Locale::En]);
    assert_eq!(
        app.city_look().unwrap().template_name.as_deref(),
        Some("testby")
    );

    // The folder may go: the templates were kept in the database.
    std::fs::remove_dir_all(&folder).unwrap();
    let used = app
        .report_look(&PdfOptions::default(), Locale::Sv, "district-plan")
        .unwrap();
    assert_eq!(used.template_name, "testby");
    assert!(used.template["cover.md"].contains("Testby egen mall"));
    assert_eq!(
        used.logo.as_deref(),
        Some(std::fs::read(logo()).unwrap().as_slice())
    );
    assert_eq!(used.city_name.as_deref(), Some("Testby stad"));
    // Another built-in report keeps its own template, with the city's logo.
    let other = app
        .report_look(&PdfOptions::default(), Locale::Sv, "no-such-report")
        .unwrap_err();
    assert_eq!(other.code(), "template");
    let pdf = app
        .export_pdf("alby-2025", &PdfOptions::default(), &mut |_| {})
        .unwrap();
    assert!(pdf.pages > 0);

    // Keep leaves both as they are; Remove takes them away.
    let kept = app
        .set_city_look(&change(LookSource::Keep, LookSource::Keep))
        .unwrap();
    assert_eq!(kept.template_name.as_deref(), Some("testby"));
    let removed = app
        .set_city_look(&change(LookSource::Remove, LookSource::Remove))
        .unwrap();
    assert!(removed.logo.is_none() && removed.template_name.is_none());
    let used = app
        .report_look(&PdfOptions::default(), Locale::Sv, "district-plan")
        .unwrap();
    assert_eq!(used.template_name, "district-plan");
}

#[test]
fn a_broken_template_is_refused_with_its_file_and_line_and_nothing_is_kept() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = town();
    let folder = city_templates(dir.path(), "Rad ett\n{{ cover(subtitle=\"x\") }\n");
    let err = app
        .set_city_look(&change(LookSource::From(logo()), LookSource::From(folder)))
        .unwrap_err();
    assert_eq!(err.code(), "template");
    let message = err.to_string();
    assert!(message.contains("cover.md"), "{message}");
    assert!(message.contains(":2"), "{message}");
    let look = app.city_look().unwrap();
    assert!(look.name.is_empty() && look.logo.is_none() && look.template_name.is_none());
}

/// A block the layout cannot use is refused when the look is set, not first when the city prints:
/// the check lays the first plan out whole, past the template stage that lets such a block through.
#[test]
fn a_template_whose_block_cannot_be_laid_out_is_refused_when_set() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = town();
    let folder = city_templates(dir.path(), "{{ cover(subtitle=\"Testby egen mall\") }}\n");
    let fence_line = append_broken_chart(&folder, None);
    let err = app
        .set_city_look(&change(LookSource::From(logo()), LookSource::From(folder)))
        .unwrap_err();
    assert_names_the_chart(&err, fence_line);
    let look = app.city_look().unwrap();
    assert!(look.name.is_empty() && look.logo.is_none() && look.template_name.is_none());
}

#[test]
fn a_logo_that_is_not_an_image_or_too_big_is_refused_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = town();
    let text = dir.path().join("logo.png");
    std::fs::write(&text, "not an image").unwrap();
    let err = app
        .set_city_look(&change(LookSource::From(text.clone()), LookSource::Keep))
        .unwrap_err();
    assert_eq!(err.code(), "validation");
    assert!(err.to_string().contains("logo.png"), "{err}");
    let big = dir.path().join("big.png");
    std::fs::write(&big, vec![0u8; MAX_LOGO_BYTES as usize + 1]).unwrap();
    let err = app
        .set_city_look(&change(LookSource::From(big), LookSource::Keep))
        .unwrap_err();
    assert_eq!(err.code(), "too_large");
    let err = app
        .set_city_look(&CityLookChange {
            name: "x".repeat(121),
            logo: LookSource::Keep,
            templates: LookSource::Keep,
        })
        .unwrap_err();
    assert_eq!(err.code(), "validation");
    assert!(err.to_string().starts_with("name:"), "{err}");
}

/// The city plan takes the city's logo too when it names none of its own.
#[test]
fn the_city_plan_takes_the_citys_logo() {
    let images = |app: &safeplan_core::Safeplan| {
        let dir = tempfile::tempdir().unwrap();
        let options = safeplan_core::city::ConsolidateOptions {
            date: Some("2026-05-01".parse().unwrap()),
            ..Default::default()
        };
        let pdf = app.consolidate(&options, &mut |_| {}).unwrap();
        let file = dir.path().join("city.pdf");
        std::fs::write(&file, &pdf.bytes).unwrap();
        let out = std::process::Command::new("pdfimages")
            .arg("-list")
            .arg(&file)
            .output()
            .unwrap();
        // The header and its rule line, then one line an image.
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .count()
            .saturating_sub(2)
    };
    let mut app = town();
    assert_eq!(images(&app), 0, "no logo before the look is set");
    app.set_city_look(&change(LookSource::From(logo()), LookSource::Keep))
        .unwrap();
    assert!(images(&app) >= 1, "the cover carries the city's logo");
}

/// The city's own templates write the unit chapters of the city plan too, and a block in them the
/// layout rejects is reported at its file and line, as a district plan's export reports it.
#[test]
fn a_city_template_that_cannot_be_laid_out_names_its_file_and_line_in_the_city_plan() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = town();
    let folder = city_templates(dir.path(), "{{ cover(subtitle=\"Testby egen mall\") }}\n");
    // The broken chart only in another live plan's chapter than the one the look is checked with
    // when set (the first plan), as a template that varies with the data can be.
    let first = app.plans().unwrap()[0].slug.clone();
    let other = ["alby-2025", "bro-2026"]
        .into_iter()
        .find(|slug| *slug != first)
        .unwrap();
    let fence_line = append_broken_chart(&folder, Some(&format!("plan.slug == \"{other}\"")));
    app.set_city_look(&change(LookSource::Keep, LookSource::From(folder)))
        .unwrap();
    let options = safeplan_core::city::ConsolidateOptions {
        date: Some("2026-05-01".parse().unwrap()),
        ..Default::default()
    };
    let err = app.consolidate(&options, &mut |_| {}).unwrap_err();
    assert_names_the_chart(&err, fence_line);
    // The English files are whole: the city plan in English prints.
    let en = safeplan_core::city::ConsolidateOptions {
        locale: Some(Locale::En),
        ..options
    };
    assert!(app.consolidate(&en, &mut |_| {}).unwrap().pages > 0);
}
