//! The city plan's template stage over two units' plans: each unit's chapter is the district
//! template's own chapters with their headings one level down, and the district functions print
//! the unit whose plan is in scope (not the first one, not all of them).

mod report_fixture;

use safeplan_model::{readiness, ChallengeCategory, Locale, PlanDocument, PreventionLevel};
use safeplan_report::builtin;
use safeplan_report::city::{
    render_city_markdown, CityData, CityRequest, CoverageRowData, UnitPlan,
};

fn two_units() -> (PlanDocument, PlanDocument) {
    let norrby = report_fixture::plan();
    let mut soder = report_fixture::plan();
    soder.plan.id = "soder-plan".into();
    soder.plan.title = "Trygghetsplan för Söder".into();
    if let Some(unit) = soder.unit.as_mut() {
        unit.name = "Söders stadsdelsförvaltning".into();
    }
    // Söder keeps one measure, renamed, so its tables can be told from Norrby's.
    soder.measures.truncate(1);
    soder.measures[0].title = "Söders enda åtgärd".into();
    (norrby, soder)
}

fn city() -> CityData {
    CityData {
        name: "Teststad".into(),
        year: 2026,
        levels: PreventionLevel::ALL.to_vec(),
        coverage: vec![CoverageRowData {
            category: ChallengeCategory::GangCrime,
            units_with_challenge: 2,
            units_by_level: vec![0, 1, 2],
        }],
        ..CityData::default()
    }
}

fn markdown(locale: Locale) -> String {
    let (norrby, soder) = two_units();
    markdown_of(locale, &norrby, &soder)
}

fn markdown_of(locale: Locale, norrby: &PlanDocument, soder: &PlanDocument) -> String {
    let findings = [readiness::check(norrby), readiness::check(soder)];
    let plans = [
        UnitPlan {
            document: norrby,
            findings: &findings[0],
        },
        UnitPlan {
            document: soder,
            findings: &findings[1],
        },
    ];
    let template = builtin::city_template(locale);
    let fonts = builtin::fonts();
    let city = city();
    let req = CityRequest {
        city: &city,
        plans: &plans,
        template: &template,
        template_name: "city-plan",
        district_name: None,
        locale,
        fonts: &fonts,
        logo: None,
        date: &"2026-11-22".parse().unwrap(),
    };
    render_city_markdown(&req).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn each_unit_is_a_chapter_of_the_district_chapters_one_level_down() {
    let md = markdown(Locale::Sv);
    let norrby = md
        .find("\n# Norrby stadsdelsförvaltning")
        .expect("Norrby's chapter");
    let soder = md
        .find("\n# Söders stadsdelsförvaltning")
        .expect("Söder's chapter");
    assert!(norrby < soder);
    for heading in [
        "\n## Lägesbild\n",
        "\n### Omfattning\n",
        "\n#### Riskfaktorer\n",
        "\n## Åtgärder\n",
    ] {
        assert_eq!(md.matches(heading).count(), 2, "{heading:?}");
    }
    // No district chapter heading is left at the city's chapter level.
    assert!(!md.contains("\n# Lägesbild"));
    // Söder's measures table and measure list hold its own one measure, Norrby's its own.
    let (norrby_part, soder_part) = (&md[norrby..soder], &md[soder..]);
    assert!(soder_part.contains("Söders enda åtgärd"));
    assert!(!norrby_part.contains("Söders enda åtgärd"));
    let norrby_measure = &two_units().0.measures[1].title;
    assert!(norrby_part.contains(norrby_measure.as_str()));
    assert!(!soder_part.contains(norrby_measure.as_str()));
}

/// A title a planner underlined in a field goes one level down with the chapter around it, as a `#`
/// title does: the filter writes it as an ATX heading, which the city plan's shift then moves.
#[test]
fn a_setext_heading_in_a_field_moves_down_with_its_chapter() {
    let (mut norrby, soder) = two_units();
    norrby.plan.lagesbild.extent =
        "Understruken rubrik\n===\n\nText.\n\nStreckad rubrik\n---\n\n# Rubrik med brädgård\n"
            .into();
    let md = markdown_of(Locale::Sv, &norrby, &soder);
    for heading in [
        "\n#### Understruken rubrik\n",
        "\n#### Streckad rubrik\n",
        "\n#### Rubrik med brädgård\n",
    ] {
        assert_eq!(md.matches(heading).count(), 1, "{heading:?}");
    }
    assert!(!md.contains("\n==="), "an underline is left");
}

#[test]
fn the_city_picture_has_its_heat_map_in_both_languages() {
    for (locale, words) in [
        (
            Locale::Sv,
            ["```heatmap", "Gängkriminalitet", "Stadens samlade bild"],
        ),
        (
            Locale::En,
            ["```heatmap", "Gang crime", "The city-wide picture"],
        ),
    ] {
        let md = markdown(locale);
        for w in words {
            assert!(md.contains(w), "{}: no {w}", locale.key());
        }
        // No city indicator is linked: the section says so instead of standing empty.
        let none = match locale {
            Locale::Sv => "Staden har ännu inte kopplat någon indikator",
            Locale::En => "The city has not linked any indicator",
        };
        assert!(md.contains(none), "{}", locale.key());
    }
}

#[test]
fn every_city_plan_file_is_embedded_with_the_district_chapters() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../templates/city-plan");
    for locale in [Locale::Sv, Locale::En] {
        let embedded = builtin::city_template(locale);
        let district = builtin::template("district-plan", locale).expect("district");
        let on_disk: Vec<String> = std::fs::read_dir(root.join(locale.key()))
            .expect("folder")
            .filter_map(|e| e.ok()?.file_name().into_string().ok())
            .collect();
        for file in &on_disk {
            assert!(embedded.contains_key(file), "{file} is not embedded");
        }
        for file in district.keys() {
            assert!(
                embedded.contains_key(&format!("district-plan/{file}")),
                "{file}"
            );
        }
        assert_eq!(embedded.len(), on_disk.len() + district.len());
    }
}
