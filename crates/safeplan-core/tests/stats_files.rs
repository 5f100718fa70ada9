//! Each statistics fixture (made by scripts/make-stats-fixtures.py from the formats' published
//! descriptions) read, one series selected, and its values asserted; each malformed file refused
//! with the place named.

use std::path::PathBuf;

use safeplan_core::stats::{
    read_table, select_series, CellKind, DimensionRole, FileError, Series, SeriesQuery,
    SheetChoice, StatTable, StatsFormat,
};

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/stats")
        .join(name)
}

fn read(name: &str, choice: &SheetChoice) -> Result<StatTable, FileError> {
    read_table(&std::fs::read(fixture(name)).unwrap(), name, choice)
}

fn table(name: &str) -> StatTable {
    read(name, &SheetChoice::default()).unwrap_or_else(|e| panic!("{e}"))
}

fn query(select: &[(&str, &str)]) -> SeriesQuery {
    SeriesQuery {
        select: select
            .iter()
            .map(|(d, v)| (d.to_string(), v.to_string()))
            .collect(),
        ..SeriesQuery::default()
    }
}

/// `(period, value, kind)` of each point.
fn series(t: &StatTable, q: &SeriesQuery) -> Vec<(String, Option<f64>, CellKind)> {
    rows(&select_series(t, q).unwrap_or_else(|e| panic!("{e}")))
}

/// A series' points as (period, value, kind), to compare with a list of [`p`]s.
fn rows(s: &Series) -> Vec<(String, Option<f64>, CellKind)> {
    s.points
        .iter()
        .map(|x| (x.period.clone(), x.cell.value, x.cell.kind))
        .collect()
}

fn p(period: &str, value: Option<f64>, kind: CellKind) -> (String, Option<f64>, CellKind) {
    (period.to_string(), value, kind)
}

#[test]
fn px_in_windows_1252_with_several_stub_and_heading_variables() {
    let t = table("offences.px");
    assert_eq!(t.format, StatsFormat::Px);
    assert_eq!(t.source.as_deref(), Some("Brottsförebyggande rådet (Brå)"));
    assert_eq!(
        t.updated.as_ref().map(|d| d.to_string()).as_deref(),
        Some("2024-03-21")
    );
    assert_eq!(t.units.as_deref(), Some("antal"));
    assert_eq!(
        t.title.as_deref(),
        Some("Anmälda brott efter region, brottstyp, kön och år")
    );
    let names: Vec<&str> = t.dimensions.iter().map(|d| d.label.as_str()).collect();
    assert_eq!(names, ["region", "brottstyp", "kön", "år"]);
    assert_eq!(t.dimensions[3].role, Some(DimensionRole::Time));
    assert_eq!(t.dimensions[0].categories[0].label, "Malmö");
    assert_eq!(t.dimensions[0].categories[1].code, "1480");

    // By label and by code alike.
    let q = query(&[("region", "Malmö"), ("brottstyp", "SK"), ("kön", "män")]);
    use CellKind::*;
    assert_eq!(
        series(&t, &q),
        [
            p("2019", Some(65.0), Value),
            p("2020", Some(40.0), Value),
            p("2021", Some(20.0), Value)
        ]
    );
    let women = select_series(
        &t,
        &query(&[
            ("region", "1280"),
            ("brottstyp", "Skjutningar"),
            ("kön", "2"),
        ]),
    )
    .unwrap();
    // "-" is a true zero; ".." is "too uncertain to give" in this file, so held back.
    assert_eq!(
        rows(&women),
        [
            p("2019", Some(0.0), Nil),
            p("2020", Some(1.0), Value),
            p("2021", None, Suppressed)
        ]
    );
    assert!(
        women.points[0]
            .cell
            .note
            .contains("Inget finns att redovisa"),
        "{}",
        women.points[0].cell.note
    );
    assert!(
        women.points[2].cell.note.contains("(..)"),
        "{}",
        women.points[2].cell.note
    );

    let assault = series(
        &t,
        &query(&[
            ("region", "Malmö"),
            ("brottstyp", "Misshandel"),
            ("kön", "män"),
        ]),
    );
    assert_eq!(
        assault,
        [
            p("2019", Some(1234.5), Value),
            p("2020", Some(1200.0), Value),
            p("2021", None, Missing)
        ]
    );
    let assault_women = series(
        &t,
        &query(&[("region", "Malmö"), ("brottstyp", "MH"), ("kön", "kvinnor")]),
    );
    assert_eq!(
        assault_women[1],
        p("2020", None, Suppressed),
        "\":\" is confidential"
    );

    let gbg = series(
        &t,
        &query(&[("region", "Göteborg"), ("brottstyp", "SK"), ("kön", "män")]),
    );
    assert_eq!(
        gbg,
        [
            p("2019", None, Missing),
            p("2020", None, Missing),
            p("2021", None, Missing)
        ]
    );
    let gbg_women = series(
        &t,
        &query(&[
            ("region", "Göteborg"),
            ("brottstyp", "SK"),
            ("kön", "kvinnor"),
        ]),
    );
    assert_eq!(
        gbg_women[0],
        p("2019", None, Suppressed),
        "DATASYMBOL6 says Sekretessbelagd"
    );
    let last = series(
        &t,
        &query(&[
            ("region", "Göteborg"),
            ("brottstyp", "MH"),
            ("kön", "kvinnor"),
        ]),
    );
    assert_eq!(last[2], p("2021", Some(123456789.12345679), Value));

    let counts = t.summary().cells;
    assert_eq!(
        (counts.values, counts.nil, counts.suppressed, counts.missing),
        (16, 1, 3, 4)
    );
}

#[test]
fn ambiguous_or_unknown_selections_list_the_choices() {
    let t = table("offences.px");
    let err = select_series(&t, &query(&[("region", "Malmö")]))
        .unwrap_err()
        .to_string();
    assert!(err.contains("ambiguous"), "{err}");
    assert!(err.contains("Skjutningar, Misshandel"), "{err}");
    assert!(err.contains("män, kvinnor"), "{err}");
    let err = select_series(&t, &query(&[("region", "Lund")]))
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("no value \"Lund\"") && err.contains("Malmö, Göteborg"),
        "{err}"
    );
    let err = select_series(&t, &query(&[("kommun", "Malmö")]))
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("no dimension \"kommun\"") && err.contains("\"brottstyp\""),
        "{err}"
    );
}

#[test]
fn json_stat_2_with_sparse_values_and_status() {
    let t = table("jsonstat2.json");
    assert_eq!(t.format, StatsFormat::JsonStat);
    assert_eq!(
        t.source.as_deref(),
        Some("Malmö stad, trygghetsundersökningen")
    );
    assert_eq!(
        t.updated.as_ref().map(|d| d.to_string()).as_deref(),
        Some("2024-02-15")
    );
    assert_eq!(t.dimensions[0].role, Some(DimensionRole::Geo));
    assert_eq!(t.dimensions[0].categories[0].label, "Rosengård");
    let s = select_series(&t, &query(&[("område", "rosengard")])).unwrap();
    use CellKind::*;
    assert_eq!(
        rows(&s),
        [
            p("2019", Some(41.5), Value),
            p("2020", Some(40.25), Value),
            p("2021", None, Missing),
            p("2022", None, Suppressed)
        ]
    );
    assert_eq!(s.points[1].cell.note, "status p");
    let centre = series(&t, &query(&[("omrade", "Centrum")]));
    assert_eq!(centre[3], p("2022", Some(10.5), Value));
}

#[test]
fn json_stat_1_wrapped_in_dataset() {
    let t = table("jsonstat1.json");
    assert_eq!(t.source.as_deref(), Some("Statistics Norway"));
    let oslo = series(&t, &query(&[("Region", "Oslo")]));
    use CellKind::*;
    assert_eq!(
        oslo,
        [
            p("2023-Q1", Some(12034.0), Value),
            p("2023-Q2", Some(11876.5), Value),
            p("2023-Q3", None, Missing)
        ]
    );
    let skien = series(&t, &query(&[("region", "3807")]));
    assert_eq!(skien[1], p("2023-Q2", None, Suppressed));
}

#[test]
fn csv_utf8_with_bom_semicolons_spaces_and_decimal_commas() {
    let t = table("bra-utf8-bom-semicolon.csv");
    let names: Vec<&str> = t.dimensions.iter().map(|d| d.label.as_str()).collect();
    assert_eq!(names, ["Kommun", "År", "value column"]);
    assert_eq!(t.dimensions[1].role, Some(DimensionRole::Time));
    assert_eq!(t.dimensions[2].categories[1].label, "Per 100 000\r\ninv.");
    assert_eq!(t.dimensions[0].categories[2].label, "Malung–Sälen");
    use CellKind::*;
    let mut q = query(&[("Kommun", "Malmö")]);
    q.value = Some("Antal".into());
    assert_eq!(
        series(&t, &q),
        [p("2022", None, Suppressed), p("2023", Some(45678.0), Value)]
    );
    q.value = Some("Per 100 000\r\ninv.".into());
    assert_eq!(
        series(&t, &q),
        [p("2022", None, Missing), p("2023", Some(12345.6), Value)]
    );
    let mut ale = query(&[("Kommun", "Ale")]);
    ale.value = Some("Antal".into());
    assert_eq!(
        series(&t, &ale),
        [
            p("2022", Some(1234.0), Value),
            p("2023", Some(1301.0), Value)
        ]
    );
    let err = select_series(&t, &query(&[("Kommun", "Ale")]))
        .unwrap_err()
        .to_string();
    assert!(err.contains("Antal"), "{err}");
}

#[test]
fn csv_utf8_comma_separated_with_years_as_columns() {
    let t = table("wide-utf8-comma.csv");
    assert_eq!(t.dimensions[1].role, Some(DimensionRole::Time));
    use CellKind::*;
    assert_eq!(
        series(&t, &query(&[("Region", "Malmö")])),
        [
            p("2019", Some(1234.5), Value),
            p("2020", None, Missing),
            p("2021", Some(12.0), Value)
        ]
    );
    assert_eq!(
        series(&t, &query(&[("Region", "Göteborg")]))[2],
        p("2021", Some(0.0), Nil)
    );
}

#[test]
fn csv_windows_1252_tabs_without_a_header() {
    let t = table("survey-cp1252-tab.csv");
    assert_eq!(t.dimensions[0].categories[1].label, "Södra Innerstaden");
    assert_eq!(t.dimensions[1].role, Some(DimensionRole::Time));
    let mut q = query(&[("column 1", "Rosengård")]);
    q.value = Some("column 3".into());
    use CellKind::*;
    assert_eq!(
        series(&t, &q),
        [
            p("2019-Q1", Some(61.5), Value),
            p("2019-Q2", Some(63.25), Value)
        ]
    );
    q.value = Some("column 4".into());
    assert_eq!(
        series(&t, &q),
        [
            p("2019-Q1", Some(1204.0), Value),
            p("2019-Q2", None, Missing)
        ]
    );
}

#[test]
fn csv_windows_1252_semicolons_and_norways_na() {
    let t = table("oslo-cp1252-semicolon.csv");
    use CellKind::*;
    assert_eq!(
        series(&t, &query(&[("Bydel", "Grünerløkka")])),
        [
            p("2021", Some(3456.0), Value),
            p("2022", None, Missing),
            p("2023", Some(3210.5), Value)
        ]
    );
}

#[test]
fn xlsx_sheet_chosen_with_title_rows_above_the_table() {
    let choice = SheetChoice {
        sheet: Some("Tabell 1".into()),
        range: None,
    };
    let t = read("safety-survey.xlsx", &choice).unwrap();
    assert_eq!(t.format, StatsFormat::Spreadsheet);
    assert_eq!(t.title.as_deref(), Some("Upplevd trygghet per stadsdel"));
    use CellKind::*;
    assert_eq!(
        series(&t, &query(&[("Stadsdel", "Rosengård")])),
        [
            p("2019", Some(61.5), Value),
            p("2020", Some(63.25), Value),
            p("2021", None, Suppressed)
        ]
    );
    assert_eq!(
        series(&t, &query(&[("Stadsdel", "Centrum")]))[2],
        p("2021", Some(123456789.12345679), Value)
    );
    // The same table by its range, on the sheet's number.
    let ranged = SheetChoice {
        sheet: Some("2".into()),
        range: Some("A3:C5".into()),
    };
    let t = read("safety-survey.xlsx", &ranged).unwrap();
    assert_eq!(
        series(&t, &query(&[("Stadsdel", "Centrum")])),
        [p("2019", Some(80.0), Value), p("2020", Some(81.5), Value)]
    );
    // The first sheet holds no table, and a missing sheet lists the others.
    let err = read("safety-survey.xlsx", &SheetChoice::default()).unwrap_err();
    assert!(err.to_string().contains("Källa"), "{err}");
    let err = read(
        "safety-survey.xlsx",
        &SheetChoice {
            sheet: Some("Blad9".into()),
            range: None,
        },
    )
    .unwrap_err();
    assert!(err.to_string().contains("Källa, Tabell 1"), "{err}");
}

#[test]
fn ods_reads_like_xlsx() {
    let t = table("safety-survey.ods");
    use CellKind::*;
    assert_eq!(
        series(&t, &query(&[("Stadsdel", "Rosengård")])),
        [
            p("2019", Some(61.5), Value),
            p("2020", Some(63.25), Value),
            p("2021", None, Suppressed)
        ]
    );
}

#[test]
fn malformed_files_are_refused_with_the_place() {
    let cases = [
        ("broken-data-count.px", "DATA", "23 cells; expected 24"),
        (
            "broken-data-token.px",
            "line 41",
            "`twelve` in DATA is not a number",
        ),
        (
            "broken-index.json",
            "$.dimension.t.category.index.2021",
            "expected a position from 0 to 1",
        ),
        ("broken-syntax.json", "line 4, column 0", "not valid JSON"),
        ("broken-rows.csv", "line 3", "has 4 cells; expected 3"),
        ("broken.xlsx", "workbook", "not readable"),
    ];
    for (file, place, message) in cases {
        let err = read(file, &SheetChoice::default()).unwrap_err();
        assert_eq!(err.file, file);
        assert!(
            err.place.contains(place),
            "{file}: place {:?}, want {place}",
            err.place
        );
        assert!(
            err.message.contains(message),
            "{file}: {:?}, want {message}",
            err.message
        );
    }
}
