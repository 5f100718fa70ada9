//! The city plan's data model and PDF on the hand-made town (town.rs), against answers worked out
//! by hand: the figures carried over unchanged, the archived plan left without a chapter, and a
//! broken city template named by file and line.

use std::process::Command;

use safeplan_core::city::ConsolidateOptions;
use safeplan_model::{ChallengeCategory, Locale, PlanStatus};

use super::town::{date, town};

fn options() -> ConsolidateOptions {
    ConsolidateOptions {
        city: "testby".into(),
        date: Some(date("2026-03-01")),
        ..ConsolidateOptions::default()
    }
}

#[test]
fn the_city_model_carries_the_figures_and_the_live_plans() {
    let mut app = town();
    app.link_indicator("alby-2025", "i1", "Anmälda brott per 100 000")
        .unwrap();
    app.link_indicator("bro-2026", "i1", "Anmälda brott per 100 000")
        .unwrap();
    let report = app.city_report(&options()).unwrap();
    let (city, chapters) = (&report.city, &report.chapters);
    // The name as the units write it, though asked in lower case; the year from the date.
    assert_eq!((city.name.as_str(), city.year), ("Testby", 2026));
    let rows: Vec<(&str, &str, &str)> = city
        .plans
        .iter()
        .map(|r| (r.unit_name.as_str(), r.title.as_str(), r.state.as_str()))
        .collect();
    assert_eq!(
        rows,
        [
            ("Alby", "Plan alby-2019", "out_of_date"),
            ("Alby", "Plan alby-2025", "current"),
            ("Bro", "Plan bro-2026", "current"),
            ("Centrum", "", "missing"),
        ]
    );
    assert_eq!((city.plans[1].errors, city.plans[1].warnings), (1, 3));
    assert_eq!(city.plans[0].status, Some(PlanStatus::Archived));
    // The archived plan is listed but has no chapter.
    let slugs: Vec<&str> = chapters.iter().map(|(d, _)| d.plan.slug.as_str()).collect();
    assert_eq!(slugs, ["alby-2025", "bro-2026"]);
    let gang = city
        .coverage
        .iter()
        .find(|r| r.category == ChallengeCategory::GangCrime)
        .unwrap();
    assert_eq!(
        (gang.units_with_challenge, gang.units_by_level.clone()),
        (2, vec![1, 0, 2])
    );
    assert_eq!(city.priority_gaps.len(), 1);
    assert_eq!(city.priority_gaps[0].unit_name, "Alby");
    assert_eq!(
        city.measure_gaps[0].problems,
        ["no_follow_up", "no_owner", "ends_early"]
    );
    assert_eq!(city.lookalikes.len(), 1);
    let members: Vec<&str> = city.lookalikes[0]
        .measures
        .iter()
        .map(|m| m.unit_name.as_str())
        .collect();
    assert_eq!(members, ["Alby", "Bro"]);
    assert_eq!(city.indicators.len(), 1);
    let series: Vec<(&str, Vec<Option<f64>>)> = city.indicators[0]
        .series
        .iter()
        .map(|s| (s.unit_name.as_str(), s.values.clone()))
        .collect();
    assert_eq!(
        series,
        [
            ("Alby", vec![Some(900.0), Some(850.0), Some(800.0), None]),
            ("Bro", vec![None, Some(700.0), Some(650.0), Some(600.0)]),
        ]
    );
}

#[test]
fn an_unknown_city_lists_the_ones_there_are() {
    let app = town();
    let err = app
        .city_report(&ConsolidateOptions {
            city: "Storstad".into(),
            ..options()
        })
        .unwrap_err();
    assert_eq!(err.code(), "not_found");
    assert!(err.to_string().contains("Testby"), "{err}");
    // With one city in the database the name may be left out.
    let city = app
        .city_report(&ConsolidateOptions {
            city: String::new(),
            ..options()
        })
        .unwrap()
        .city;
    assert_eq!(city.name, "Testby");
}

#[test]
fn the_city_pdf_has_a_chapter_per_live_plan() {
    let app = town();
    let dir = tempfile::tempdir().unwrap();
    for locale in [Locale::Sv, Locale::En] {
        let export = app
            .consolidate(
                &ConsolidateOptions {
                    locale: Some(locale),
                    ..options()
                },
                &mut |_| {},
            )
            .unwrap();
        let file = dir.path().join(format!("{}.pdf", locale.key()));
        std::fs::write(&file, &export.bytes).unwrap();
        let out = Command::new("pdftotext")
            .arg(&file)
            .arg("-")
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&out.stdout).replace('\n', " ");
        for expected in [
            "Testby",
            "Alby",
            "Bro",
            "Centrum",
            "Plan alby-2025",
            "Plan bro-2026",
            "Sluta skjut i Bro",
        ] {
            assert!(text.contains(expected), "{}: no {expected}", locale.key());
        }
        // The archived plan is a line of the status table, with no chapter; a live one has both.
        assert_eq!(
            text.matches("Plan alby-2019").count(),
            1,
            "{}",
            locale.key()
        );
        assert!(
            text.matches("Plan bro-2026").count() >= 2,
            "{}",
            locale.key()
        );
    }
}

#[test]
fn a_broken_city_template_names_its_file_and_line() {
    let app = town();
    let dir = tempfile::tempdir().unwrap();
    let own = dir.path().join("testby-plan");
    std::fs::create_dir_all(own.join("sv")).unwrap();
    std::fs::write(
        own.join("sv/main.md"),
        "# {{ city.name }}\n\n{{ city.nmae }}\n",
    )
    .unwrap();
    let with = |dir: &std::path::Path| ConsolidateOptions {
        template_dir: Some(dir.to_path_buf()),
        ..options()
    };
    let err = app.consolidate(&with(&own), &mut |_| {}).unwrap_err();
    assert_eq!(err.code(), "template");
    assert!(
        err.to_string().contains("testby-plan/sv/main.md:3"),
        "{err}"
    );
    // A unit chapter from the city's folder, including the built-in district chapters: an error in
    // its own copy of a district chapter names that copy.
    std::fs::create_dir_all(own.join("sv/district-plan")).unwrap();
    std::fs::write(
        own.join("sv/main.md"),
        "# {{ city.name }}\n{% for u in units %}\n{% with plan=u.plan, measures=u.measures, levels=u.levels %}\n{% include \"district-plan/measures.md\" %}\n{% endwith %}\n{% endfor %}\n",
    )
    .unwrap();
    std::fs::write(
        own.join("sv/district-plan/measures.md"),
        "# Åtgärder\n{% for m in measures %}{{ m.title }}{% endfor %}\n{{ measures | no_such }}\n",
    )
    .unwrap();
    let err = app.consolidate(&with(&own), &mut |_| {}).unwrap_err();
    assert!(
        err.to_string()
            .contains("testby-plan/sv/district-plan/measures.md:3"),
        "{err}"
    );
    // Without its own copy, the built-in chapter is used and the PDF is made.
    std::fs::remove_file(own.join("sv/district-plan/measures.md")).unwrap();
    let export = app.consolidate(&with(&own), &mut |_| {}).unwrap();
    assert!(export.pages >= 2);
}

/// The app prints from a job read under the database's lock and laid out after it: the same bytes
/// as the CLI's one call, and the job prints even once the database is gone.
#[test]
fn a_city_job_renders_the_same_bytes_as_consolidate() {
    let app = town();
    let job = app.city_job(&options()).unwrap();
    let whole = app.consolidate(&options(), &mut |_| {}).unwrap();
    drop(app);
    let rendered = job.render(&mut |_| {}).unwrap();
    assert!(rendered.pages > 0);
    assert_eq!(rendered, whole);
}
