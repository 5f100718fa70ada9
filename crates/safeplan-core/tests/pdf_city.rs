//! Acceptance tests for the city action plan: the demo city Sundholm (7 plans) and the generated
//! Storholm of 18 units, each in Swedish and in English, with their recorded-crime and
//! perceived-safety indicators linked to city indicators, read back by the same tools as the
//! district plan (qpdf, pdfinfo, pdftotext, pdfimages) and qpdf's outline.

use std::path::Path;
use std::sync::OnceLock;

use safeplan_core::city::ConsolidateOptions;
use safeplan_core::Safeplan;
use safeplan_model::{IndicatorKind, Locale, PlanStatus};

use reader::{pdfinfo_field, squash, toc_entries, Read};

mod reader;

const DATE: &str = "2026-11-22";

struct City {
    name: String,
    locale: Locale,
    pages: usize,
    bytes: Vec<u8>,
    second_run_identical: bool,
    read: Read,
    /// Each live plan's unit name and title: every one must have its chapter.
    chapters: Vec<(String, String)>,
    city_indicators: Vec<String>,
    outline: serde_json::Value,
}

/// Links every plan's recorded-crime and perceived-safety indicators to one city indicator per
/// kind, unit and direction (the only links the city accepts).
fn link_indicators(app: &mut Safeplan) -> Vec<String> {
    let mut names = Vec::new();
    for summary in app.plans().expect("plans") {
        let doc = app.plan(&summary.id).expect("plan");
        for i in &doc.indicators {
            if !matches!(
                i.kind,
                IndicatorKind::RecordedCrime | IndicatorKind::PerceivedSafety
            ) {
                continue;
            }
            let name = format!(
                "{} ({}, {})",
                i.kind.label(Locale::Sv),
                i.unit.key(),
                i.direction.key()
            );
            app.link_indicator(&doc.plan.id, &i.id, &name)
                .expect("same kind, unit and direction");
            if !names.contains(&name) {
                names.push(name);
            }
        }
    }
    names
}

fn render(app: &Safeplan, dir: &Path, name: &str, locale: Locale, indicators: &[String]) -> City {
    let options = ConsolidateOptions {
        locale: Some(locale),
        date: Some(DATE.parse().unwrap()),
        ..ConsolidateOptions::default()
    };
    let export = app
        .consolidate(&options, &mut |_| {})
        .unwrap_or_else(|e| panic!("{name}: {e}"));
    let again = app.consolidate(&options, &mut |_| {}).expect("second run");
    let file = dir.join(format!("{name}.pdf"));
    std::fs::write(&file, &export.bytes).expect("write");
    let outline = reader::run(
        "qpdf",
        "qpdf",
        &[Path::new("--json"), Path::new("--json-key=outlines"), &file],
    );
    assert!(outline.ok, "{name}: {}", outline.text);
    let chapters = app
        .plans()
        .expect("plans")
        .into_iter()
        .filter(|p| p.status != PlanStatus::Archived)
        .map(|p| {
            let doc = app.plan(&p.id).expect("plan");
            (doc.unit.expect("a unit").name, doc.plan.title)
        })
        .collect();
    City {
        name: name.to_string(),
        locale,
        pages: export.pages,
        second_run_identical: again.bytes == export.bytes,
        bytes: export.bytes,
        read: reader::read_back(&file),
        chapters,
        city_indicators: indicators.to_vec(),
        outline: serde_json::from_str::<serde_json::Value>(&outline.text).expect("json")
            ["outlines"]
            .clone(),
    }
}

/// Both cities in both languages, rendered once for all the tests (one thread per city).
fn cities() -> &'static [City] {
    static CITIES: OnceLock<Vec<City>> = OnceLock::new();
    CITIES.get_or_init(|| {
        let dir = tempfile::tempdir().expect("temp dir");
        std::thread::scope(|s| {
            let handles: Vec<_> = [None, Some(18)]
                .into_iter()
                .map(|units| {
                    let dir = dir.path();
                    s.spawn(move || {
                        let mut app = Safeplan::open_in_memory().expect("open");
                        let name = match units {
                            None => {
                                app.load_demo(false).expect("demo");
                                "sundholm"
                            }
                            Some(n) => {
                                app.load_generated_city(n, false).expect("generated");
                                "storholm-18"
                            }
                        };
                        let indicators = link_indicators(&mut app);
                        [Locale::Sv, Locale::En].map(|l| {
                            render(&app, dir, &format!("{name}-{}", l.key()), l, &indicators)
                        })
                    })
                })
                .collect();
            handles
                .into_iter()
                .flat_map(|h| h.join().expect("a render thread panicked"))
                .collect()
        })
    })
}

fn text(c: &City) -> String {
    squash(&c.read.page_texts.join("\n"))
}

#[test]
fn every_city_plan_passes_qpdf_and_is_tagged() {
    for c in cities() {
        assert!(
            c.read.qpdf.ok
                && c.read
                    .qpdf
                    .text
                    .contains("No syntax or stream encoding errors"),
            "{}: {}",
            c.name,
            c.read.qpdf.text
        );
        assert_eq!(pdfinfo_field(&c.read.pdfinfo, &c.name, "Tagged"), "yes");
        let pages: usize = pdfinfo_field(&c.read.pdfinfo, &c.name, "Pages")
            .parse()
            .expect("pages");
        assert_eq!(pages, c.pages, "{}", c.name);
        assert_eq!(c.read.page_texts.len(), c.pages, "{}", c.name);
    }
}

#[test]
fn every_unit_has_its_chapter_with_the_district_chapters_inside() {
    for c in cities() {
        let text = text(c);
        assert!(c.chapters.len() >= 7, "{}: {:?}", c.name, c.chapters);
        for (unit, title) in &c.chapters {
            assert!(text.contains(&squash(unit)), "{}: no {unit}", c.name);
            assert!(text.contains(&squash(title)), "{}: no {title}", c.name);
        }
        let (lagesbild, measures) = match c.locale {
            Locale::Sv => ("Lägesbild", "Åtgärder"),
            Locale::En => ("Situational picture", "Measures"),
        };
        // The outline nests city → unit → section: each unit's entry holds the district chapters.
        let units: Vec<&serde_json::Value> = c
            .outline
            .as_array()
            .expect("an outline")
            .iter()
            .filter(|o| c.chapters.iter().any(|(u, _)| o["title"] == u.as_str()))
            .collect();
        assert_eq!(units.len(), c.chapters.len(), "{}: {:?}", c.name, c.outline);
        for unit in units {
            let kids: Vec<&str> = unit["kids"]
                .as_array()
                .expect("kids")
                .iter()
                .filter_map(|k| k["title"].as_str())
                .collect();
            assert!(
                kids.contains(&lagesbild) && kids.contains(&measures),
                "{}: {} has {kids:?}",
                c.name,
                unit["title"]
            );
        }
    }
}

#[test]
fn the_city_picture_has_its_heat_map_and_indicators() {
    for c in cities() {
        let text = text(c);
        let (gang, median) = match c.locale {
            Locale::Sv => ("Gängkriminalitet", "Median"),
            Locale::En => ("Gang crime", "Median"),
        };
        assert!(text.contains(gang), "{}: the heat map's rows", c.name);
        assert!(!c.city_indicators.is_empty(), "{}", c.name);
        for name in &c.city_indicators {
            assert!(text.contains(&squash(name)), "{}: no {name}", c.name);
        }
        // More than five units on one indicator: the chart shows the city's spread.
        if c.chapters.len() > 5 {
            assert!(text.contains(median), "{}: no spread legend", c.name);
        }
    }
}

#[test]
fn every_contents_entry_points_at_the_page_of_its_heading() {
    for c in cities() {
        let entries = toc_entries(&c.read.page_texts, c.locale, &c.name);
        assert!(
            entries.len() >= 3 * c.chapters.len(),
            "{}: {entries:?}",
            c.name
        );
        for (heading, page) in &entries {
            assert!(
                (1..=c.pages).contains(page),
                "{}: {heading} on {page}",
                c.name
            );
            let heading = heading.trim_end_matches('…').trim_end();
            let on_page = &c.read.page_texts[page - 1];
            let starts_a_line = on_page.lines().map(squash).any(|line| {
                !line.is_empty() && (heading.starts_with(&line) || line.starts_with(heading))
            });
            assert!(
                starts_a_line && squash(on_page).contains(heading),
                "{}: the contents put {heading:?} on page {page}, which reads:\n{on_page}",
                c.name
            );
        }
    }
}

#[test]
fn charts_are_vector_and_two_runs_are_the_same_bytes() {
    for c in cities() {
        let images: Vec<&str> = c.read.pdfimages.lines().skip(2).collect();
        assert!(images.is_empty(), "{}: images {images:?}", c.name);
        assert!(c.bytes.starts_with(b"%PDF-"), "{}", c.name);
        assert!(c.second_run_identical, "{}: two runs differ", c.name);
    }
}
