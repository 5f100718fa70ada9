//! The bodies of the `table` blocks the template functions write: an indicator's observations, the
//! measures at a level, every follow-up target, and the readiness findings. Column widths are weights
//! chosen for what each column holds, so short headers such as "Målår" never wrap.

use safeplan_model::{IndicatorUnit, IsoDate, Locale};
use serde_json::{json, Value as Json};

use super::context::{FindingView, IndicatorView, MeasureView, TargetView};
use super::format;
use super::words::Words;

pub(super) fn column(title: &str, width: f32, right: bool) -> Json {
    json!({"title": title, "width": width, "align": if right { "right" } else { "left" }})
}

fn table(columns: Vec<Json>, rows: Vec<Vec<String>>, caption: Option<String>) -> Json {
    // The column titles are the header row; no row of `rows` is a header.
    let mut table = json!({"columns": columns, "rows": rows, "header_rows": 0});
    if let Some(caption) = caption {
        table["caption"] = json!(caption);
    }
    table
}

/// How many decimals a column of values needs so that every value shows the same number (at most two).
fn shared_decimals(values: impl Iterator<Item = f64>) -> usize {
    values
        .map(|v| {
            let text = format!("{:.2}", v.abs());
            let fraction = text.split('.').nth(1).unwrap_or("").trim_end_matches('0');
            fraction.len()
        })
        .max()
        .unwrap_or(0)
}

/// An indicator's observations. The "data as of" and note columns are left out when they would repeat
/// one date (already in the text above the table) or stay empty.
pub fn indicator(ind: &IndicatorView, caption: Option<String>, locale: Locale) -> Json {
    let w = Words::of(locale);
    let decimals = shared_decimals(ind.observations.iter().filter_map(|o| o.value));
    let mut dates: Vec<&IsoDate> = ind
        .observations
        .iter()
        .filter_map(|o| o.data_as_of.as_ref())
        .collect();
    dates.sort_unstable();
    dates.dedup();
    let with_dates = dates.len() > 1
        || (dates.len() == 1 && ind.observations.iter().any(|o| o.data_as_of.is_none()));
    let with_notes = ind
        .observations
        .iter()
        .any(|o| !o.note.trim().is_empty() || o.suppressed);
    let mut columns = vec![column(w.period, 2.0, false)];
    columns.push(column(
        &format!("{} ({})", w.value, ind.unit.label(locale)),
        2.5,
        true,
    ));
    if with_dates {
        columns.push(column(w.data_as_of_column, 2.0, false));
    }
    if with_notes {
        columns.push(column(w.note, 4.5, false));
    }
    let rows = ind
        .observations
        .iter()
        .map(|o| {
            let value = match (o.value, o.suppressed) {
                (_, true) => "–".to_string(),
                (Some(v), false) => format::number(v, Some(decimals), locale),
                (None, false) => "–".to_string(),
            };
            let mut row = vec![o.period_label.clone(), value];
            if with_dates {
                row.push(
                    o.data_as_of
                        .as_ref()
                        .map(IsoDate::to_string)
                        .unwrap_or_default(),
                );
            }
            if with_notes {
                let note = match (o.suppressed, o.note.trim().is_empty()) {
                    (true, true) => w.suppressed.to_string(),
                    (true, false) => format!("{} ({})", o.note.trim(), w.suppressed),
                    (false, _) => o.note.trim().to_string(),
                };
                row.push(note);
            }
            row
        })
        .collect();
    let caption = caption.unwrap_or_else(|| format!("{} ({})", ind.name, ind.unit.label(locale)));
    table(columns, rows, Some(caption))
}

fn or_not_given(text: &str, locale: Locale) -> String {
    if text.trim().is_empty() {
        Words::of(locale).not_given.to_string()
    } else {
        text.to_string()
    }
}

/// Measures at one level, or every measure with a level column.
pub fn measures(
    measures: &[&MeasureView],
    with_level: bool,
    caption: Option<String>,
    locale: Locale,
) -> Json {
    let w = Words::of(locale);
    let mut columns = vec![column(w.measure, 4.0, false)];
    if with_level {
        columns.push(column(w.level, 2.5, false));
    }
    columns.extend([
        column(w.owner, 3.0, false),
        column(w.timeframe, 3.0, false),
        column(w.status, 1.8, false),
    ]);
    let rows = measures
        .iter()
        .map(|m| {
            let mut row = vec![m.title.clone()];
            if with_level {
                row.push(
                    m.level
                        .map(|l| l.label(locale).to_string())
                        .unwrap_or_else(|| w.not_given.to_string()),
                );
            }
            row.push(or_not_given(&m.owner, locale));
            row.push(or_not_given(&m.timeframe, locale));
            row.push(m.status.label(locale).to_string());
            row
        })
        .collect();
    table(columns, rows, caption)
}

/// Every follow-up target: measure, indicator, baseline, target and target year.
pub fn targets(targets: &[TargetView], caption: Option<String>, locale: Locale) -> Json {
    let w = Words::of(locale);
    let columns = vec![
        column(w.measure, 4.0, false),
        column(w.indicator, 4.0, false),
        column(w.baseline, 2.8, true),
        column(w.target, 1.8, true),
        column(w.target_year, 1.9, true),
    ];
    // Percentages carry their sign; the other units are named in the indicator's own section.
    let number = |v: Option<f64>, unit: Option<IndicatorUnit>| {
        let suffix = match unit {
            Some(IndicatorUnit::Percent) => format::unit_suffix(IndicatorUnit::Percent, locale),
            _ => "",
        };
        v.map_or_else(
            || "–".to_string(),
            |v| format!("{}{suffix}", format::number(v, None, locale)),
        )
    };
    let rows = targets
        .iter()
        .map(|t| {
            let indicator = if t.target.indicator_name.is_empty() {
                t.target.indicator_id.clone()
            } else {
                t.target.indicator_name.clone()
            };
            vec![
                t.measure_title.clone(),
                indicator,
                number(t.target.baseline, t.target.unit),
                number(t.target.target, t.target.unit),
                t.target
                    .target_year
                    .map_or_else(|| "–".to_string(), |y| y.to_string()),
            ]
        })
        .collect();
    table(columns, rows, caption)
}

/// The readiness findings: rule, level, part of the plan and the message in the report's language.
pub fn findings(findings: &[FindingView], caption: Option<String>, locale: Locale) -> Json {
    let w = Words::of(locale);
    let columns = vec![
        column(w.rule, 1.2, false),
        column(w.finding_level, 1.6, false),
        column(w.part_of_plan, 2.6, false),
        column(w.what_is_missing, 7.0, false),
    ];
    let rows = findings
        .iter()
        .map(|f| {
            vec![
                f.rule.key().to_string(),
                f.level.label(locale).to_string(),
                f.section.label(locale).to_string(),
                f.message.clone(),
            ]
        })
        .collect();
    table(columns, rows, caption)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_column_of_values_shares_its_decimals() {
        assert_eq!(shared_decimals([61.5, 62.0, 60.75].into_iter()), 2);
        assert_eq!(shared_decimals([4190.0, 3260.0].into_iter()), 0);
        assert_eq!(shared_decimals(std::iter::empty()), 0);
    }
}
