//! The city template's own functions: the city cover, the status table, the coverage heat map, the
//! tables of priority gaps, measures to look at, partner load and look-alike measures, and a chart
//! and a table for each city indicator. Each writes one of the engine's fenced blocks from
//! [`CityData`], with its words in the report's language.

use std::sync::Arc;

use minijinja::value::{Kwargs, Value};
use minijinja::{Environment, Error, ErrorKind};
use safeplan_model::{IndicatorUnit, Locale};
use serde_json::{json, Value as Json};

use super::blocks::{fenced, BlockLog};
use super::city_words::words;
use super::format::{self, DateStyle};
use super::tables::column;
use crate::city::{CityData, CityIndicatorData};

/// A table block, or a sentence when there are no rows (a heading with nothing under it reads as a
/// mistake).
fn table(
    columns: Vec<Json>,
    rows: Vec<Vec<String>>,
    kwargs: &Kwargs,
    locale: Locale,
) -> Result<String, Error> {
    let caption = kwargs.get::<Option<String>>("caption")?;
    kwargs.assert_all_used()?;
    if rows.is_empty() {
        return Ok(format!("\n*{}*\n", words(locale).nothing));
    }
    let mut body = json!({"columns": columns, "rows": rows, "header_rows": 0});
    if let Some(caption) = caption {
        body["caption"] = json!(caption);
    }
    Ok(fenced("table", &body))
}

fn find<'a>(
    city: &'a CityData,
    function: &str,
    arg: &Value,
) -> Result<&'a CityIndicatorData, Error> {
    let id = match arg.as_str() {
        Some(id) => id.to_string(),
        None => arg
            .get_attr("id")?
            .as_str()
            .map(str::to_string)
            .unwrap_or_default(),
    };
    city.indicators.iter().find(|i| i.id == id).ok_or_else(|| {
        Error::new(
            ErrorKind::InvalidOperation,
            format!("{function}(): expected a city indicator (or its id), got `{arg}`"),
        )
    })
}

fn number(v: Option<f64>, unit: IndicatorUnit, locale: Locale) -> String {
    match v {
        Some(v) => format!(
            "{}{}",
            format::number(v, None, locale),
            format::unit_suffix(unit, locale)
        ),
        None => "–".to_string(),
    }
}

/// Each unit's figures as one line, or with more units than the chart has colours, the city's spread
/// (lowest, median, highest per period), which stays readable for any number of units.
fn city_chart(ind: &CityIndicatorData, locale: Locale) -> Json {
    let w = words(locale);
    let series: Vec<Json> = if ind.series.len() <= 5 {
        ind.series
            .iter()
            .map(|s| json!({"name": s.unit_name, "values": s.values}))
            .collect()
    } else {
        let at = |p: usize| -> Vec<f64> {
            let mut v: Vec<f64> = ind
                .series
                .iter()
                .filter_map(|s| s.values.get(p).copied().flatten())
                .collect();
            v.sort_by(f64::total_cmp);
            v
        };
        let pick = |f: &dyn Fn(&[f64]) -> f64| -> Vec<Option<f64>> {
            (0..ind.periods.len())
                .map(|p| Some(at(p)).filter(|v| !v.is_empty()).map(|v| f(&v)))
                .collect()
        };
        let median = |v: &[f64]| {
            let n = v.len();
            if n % 2 == 1 {
                v[n / 2]
            } else {
                (v[n / 2 - 1] + v[n / 2]) / 2.0
            }
        };
        vec![
            json!({"name": w.lowest, "values": pick(&|v| v[0])}),
            json!({"name": w.median, "values": pick(&median)}),
            json!({"name": w.highest, "values": pick(&|v| v[v.len() - 1])}),
        ]
    };
    let labels: Vec<String> = ind
        .periods
        .iter()
        .map(|p| format::period(p, locale))
        .collect();
    let alt = format!(
        "{}: {} {}.",
        ind.name,
        ind.series.len(),
        w.units.to_lowercase()
    );
    json!({
        "kind": if ind.periods.len() >= 3 { "line" } else { "bar" },
        "title": ind.name,
        "unit": ind.unit.label(locale),
        "alt": alt,
        "x_labels": labels,
        "series": series,
        "y_min": if ind.unit == IndicatorUnit::Index { Json::Null } else { json!(0) },
    })
}

pub fn register(
    env: &mut Environment<'static>,
    city: &CityData,
    log: Arc<BlockLog>,
    locale: Locale,
    has_logo: bool,
) {
    let w = words(locale);
    let city = Arc::new(city.clone());
    let (c, l) = (city.clone(), log.clone());
    env.add_function("city_cover", move |date: String, kwargs: Kwargs| -> Result<Value, Error> {
        let date = format::date(&date, DateStyle::Long, locale);
        let units = c.plans.iter().filter(|p| p.status.is_some()).count();
        let body = json!({
            "kicker": kwargs.get::<Option<String>>("kicker")?.unwrap_or_else(|| format!("{} · {}", w.kicker, c.name)),
            "title": kwargs.get::<Option<String>>("title")?.unwrap_or_else(|| c.name.clone()),
            "subtitle": kwargs.get::<Option<String>>("subtitle")?.unwrap_or_else(|| w.subtitle.to_string()),
            "lines": [[w.units, units.to_string()], [w.year, c.year.to_string()], [w.date, date]],
            "logo": if has_logo { json!("logo") } else { Json::Null },
        });
        kwargs.assert_all_used()?;
        l.record(fenced("cover", &body))
    });
    let (c, l) = (city.clone(), log.clone());
    env.add_function(
        "plans_table",
        move |kwargs: Kwargs| -> Result<Value, Error> {
            let rows = c
                .plans
                .iter()
                .map(|p| {
                    let state = match p.state.as_str() {
                        "current" => w.state[0],
                        "out_of_date" => w.state[1],
                        _ => w.state[2],
                    };
                    vec![
                        p.unit_name.clone(),
                        if p.title.is_empty() {
                            w.no_plan.to_string()
                        } else {
                            p.title.clone()
                        },
                        p.status
                            .map(|s| s.label(locale).to_string())
                            .unwrap_or_default(),
                        p.period_text.clone(),
                        if p.status.is_some() {
                            format!("{} / {}", p.errors, p.warnings)
                        } else {
                            String::new()
                        },
                        state.to_string(),
                    ]
                })
                .collect();
            let cols = vec![
                column(w.unit, 3.0, false),
                column(w.plan, 4.0, false),
                column(w.status, 2.0, false),
                column(w.period, 1.6, false),
                column(w.readiness, 1.6, true),
                column(w.state_title, 1.6, false),
            ];
            l.record(table(cols, rows, &kwargs, locale)?)
        },
    );
    let (c, l) = (city.clone(), log.clone());
    env.add_function(
        "coverage_map",
        move |kwargs: Kwargs| -> Result<Value, Error> {
            let caption = kwargs.get::<Option<String>>("caption")?;
            kwargs.assert_all_used()?;
            let mut columns: Vec<String> = vec![w.units_naming.to_string()];
            columns.extend(c.levels.iter().map(|l| l.label(locale).to_string()));
            let rows: Vec<Json> = c
                .coverage
                .iter()
                .map(|r| {
                    let mut values = vec![r.units_with_challenge];
                    values.extend(&r.units_by_level);
                    json!({"label": r.category.label(locale), "values": values})
                })
                .collect();
            l.record(fenced("heatmap", &json!({
            "caption": caption.unwrap_or_default(), "corner": w.category, "columns": columns,
            "rows": rows, "alt": w.map_alt,
        })))
        },
    );
    let (c, l) = (city.clone(), log.clone());
    env.add_function(
        "priority_gaps_table",
        move |kwargs: Kwargs| -> Result<Value, Error> {
            let rows = c
                .priority_gaps
                .iter()
                .map(|g| {
                    vec![
                        g.unit_name.clone(),
                        g.title.clone(),
                        g.category.label(locale).to_string(),
                        if g.levels.is_empty() {
                            w.none.to_string()
                        } else {
                            g.levels
                                .iter()
                                .map(|l| l.label(locale).to_lowercase())
                                .collect::<Vec<_>>()
                                .join(", ")
                        },
                    ]
                })
                .collect();
            let cols = vec![
                column(w.unit, 2.5, false),
                column(w.challenge, 4.0, false),
                column(w.category, 2.5, false),
                column(w.levels, 2.5, false),
            ];
            l.record(table(cols, rows, &kwargs, locale)?)
        },
    );
    let (c, l) = (city.clone(), log.clone());
    env.add_function(
        "measure_gaps_table",
        move |kwargs: Kwargs| -> Result<Value, Error> {
            let rows = c
                .measure_gaps
                .iter()
                .map(|g| {
                    vec![
                        g.unit_name.clone(),
                        g.title.clone(),
                        g.problems
                            .iter()
                            .map(|p| match p.as_str() {
                                "no_follow_up" => w.problems[0],
                                "no_owner" => w.problems[1],
                                _ => w.problems[2],
                            })
                            .collect::<Vec<_>>()
                            .join(", "),
                    ]
                })
                .collect();
            let cols = vec![
                column(w.unit, 2.5, false),
                column(w.measure, 4.5, false),
                column(w.missing, 3.0, false),
            ];
            l.record(table(cols, rows, &kwargs, locale)?)
        },
    );
    let (c, l) = (city.clone(), log.clone());
    env.add_function(
        "partner_table",
        move |kwargs: Kwargs| -> Result<Value, Error> {
            // `min_units=2`: only the partners several units lean on, the city's shared load.
            let least = kwargs.get::<Option<u32>>("min_units")?.unwrap_or(1);
            let rows = c
                .partner_load
                .iter()
                .filter(|p| p.units >= least)
                .map(|p| {
                    vec![
                        p.name.clone(),
                        p.partner_type.label(locale).to_string(),
                        p.units.to_string(),
                        p.measures.to_string(),
                        format!("{} / {} / {}", p.lead, p.partner, p.funder),
                    ]
                })
                .collect();
            let cols = vec![
                column(w.partner, 3.5, false),
                column(w.kind, 2.5, false),
                column(w.units, 1.2, true),
                column(w.measures, 1.4, true),
                column(w.roles, 2.4, true),
            ];
            l.record(table(cols, rows, &kwargs, locale)?)
        },
    );
    let (c, l) = (city.clone(), log.clone());
    env.add_function(
        "lookalike_table",
        move |kwargs: Kwargs| -> Result<Value, Error> {
            // One row a group: its titles (each once: units often share one) and its units, so
            // a method copied by many units takes a row, not a page.
            let rows = c
                .lookalikes
                .iter()
                .enumerate()
                .map(|(g, group)| {
                    let mut titles: Vec<&str> = Vec::new();
                    let mut units: Vec<&str> = Vec::new();
                    for m in &group.measures {
                        if !titles.contains(&m.title.as_str()) {
                            titles.push(&m.title);
                        }
                        if !units.contains(&m.unit_name.as_str()) {
                            units.push(&m.unit_name);
                        }
                    }
                    vec![
                        (g + 1).to_string(),
                        format::number(group.similarity * 100.0, Some(0), locale) + " %",
                        titles.join("; "),
                        format!("{} ({})", units.join(", "), units.len()),
                    ]
                })
                .collect();
            let cols = vec![
                column(w.group, 1.0, true),
                column(w.similarity, 1.3, true),
                column(w.measure, 4.5, false),
                column(w.units, 4.5, false),
            ];
            l.record(table(cols, rows, &kwargs, locale)?)
        },
    );
    let (c, l) = (city.clone(), log.clone());
    env.add_function(
        "city_chart",
        move |indicator: Value| -> Result<Value, Error> {
            let ind = find(&c, "city_chart", &indicator)?;
            if !ind
                .series
                .iter()
                .any(|s| s.values.iter().any(Option::is_some))
            {
                return l.record(format!("\n*{}*\n", w.nothing));
            }
            l.record(fenced("chart", &city_chart(ind, locale)))
        },
    );
    let (c, l) = (city, log);
    env.add_function(
        "city_indicator_table",
        move |indicator: Value, kwargs: Kwargs| -> Result<Value, Error> {
            let ind = find(&c, "city_indicator_table", &indicator)?;
            let ends = |values: &[Option<f64>], last: bool| {
                let mut it = values.iter().enumerate().filter(|(_, v)| v.is_some());
                let found = if last { it.next_back() } else { it.next() };
                found
                    .map(|(p, v)| {
                        format!(
                            "{} ({})",
                            number(*v, ind.unit, locale),
                            format::period(&ind.periods[p], locale)
                        )
                    })
                    .unwrap_or_else(|| "–".to_string())
            };
            let rows = ind
                .series
                .iter()
                .map(|s| {
                    vec![
                        s.unit_name.clone(),
                        ends(&s.values, false),
                        ends(&s.values, true),
                    ]
                })
                .collect();
            let cols = vec![
                column(w.unit, 3.0, false),
                column(w.first, 2.5, true),
                column(w.latest, 2.5, true),
            ];
            l.record(table(cols, rows, &kwargs, locale)?)
        },
    );
}
