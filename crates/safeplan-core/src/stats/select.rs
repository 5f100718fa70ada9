//! Choosing one series from a table: every dimension but time fixed to one category (by the
//! planner's `DIM=VALUE`, by label or code, or because it has only one), time running along.
//! Anything left open is refused with the choices listed, never guessed.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::table::{Cell, Dimension, DimensionRole, StatTable};

/// What the planner chose.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SeriesQuery {
    /// `(dimension, value)`, each by label or code.
    pub select: Vec<(String, String)>,
    /// The time dimension, where the file does not say which it is.
    pub period: Option<String>,
    /// The column of figures, where the table has several (a spreadsheet's "Antal", "Per 100 000").
    pub value: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SeriesPoint {
    /// In the model's form: `2019`, `2019-H1`, `2019-Q3`, `2019-05`.
    pub period: String,
    pub cell: Cell,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    /// The fixed choices, `dimension: value`, for the preview and the indicator's definition.
    pub chosen: Vec<String>,
    pub points: Vec<SeriesPoint>,
}

/// Why a selection cannot be made: what is open or wrong, with the choices.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct SelectionError(pub String);

fn same(a: &str, b: &str) -> bool {
    a.trim().eq_ignore_ascii_case(b.trim())
}

fn choices(list: impl Iterator<Item = String>) -> String {
    let all: Vec<String> = list.collect();
    let shown: Vec<&str> = all.iter().take(30).map(String::as_str).collect();
    let more = all.len().saturating_sub(shown.len());
    if more > 0 {
        format!("{} … and {more} more", shown.join(", "))
    } else {
        shown.join(", ")
    }
}

fn name(d: &Dimension) -> String {
    if d.code == d.label {
        format!("\"{}\"", d.label)
    } else {
        format!("\"{}\" ({})", d.label, d.code)
    }
}

fn find_dim(table: &StatTable, wanted: &str) -> Result<usize, SelectionError> {
    table
        .dimensions
        .iter()
        .position(|d| same(&d.code, wanted) || same(&d.label, wanted))
        .ok_or_else(|| {
            SelectionError(format!(
                "the file has no dimension \"{wanted}\"; its dimensions are: {}",
                choices(table.dimensions.iter().map(name))
            ))
        })
}

fn find_category(d: &Dimension, wanted: &str) -> Result<u32, SelectionError> {
    let by_code = d.categories.iter().position(|c| same(&c.code, wanted));
    by_code
        .or_else(|| d.categories.iter().position(|c| same(&c.label, wanted)))
        .map(|i| i as u32)
        .ok_or_else(|| {
            SelectionError(format!(
                "{} has no value \"{wanted}\"; its values are: {}",
                name(d),
                choices(d.categories.iter().map(|c| c.label.clone()))
            ))
        })
}

pub fn select_series(table: &StatTable, query: &SeriesQuery) -> Result<Series, SelectionError> {
    let time = match &query.period {
        Some(p) => find_dim(table, p)?,
        None => {
            let times: Vec<usize> = (0..table.dimensions.len())
                .filter(|i| table.dimensions[*i].role == Some(DimensionRole::Time))
                .collect();
            match times.as_slice() {
                [one] => *one,
                _ => {
                    return Err(SelectionError(format!(
                    "the file does not say which dimension is time; choose one with --period: {}",
                    choices(table.dimensions.iter().map(name))
                )))
                }
            }
        }
    };
    let mut fixed: Vec<Option<u32>> = vec![None; table.dimensions.len()];
    if let Some(v) = &query.value {
        let metric = table
            .dimensions
            .iter()
            .position(|d| d.role == Some(DimensionRole::Metric))
            .filter(|m| *m != time)
            .ok_or_else(|| {
                SelectionError(
                    "the file has a single column of figures; --value is not needed".to_string(),
                )
            })?;
        fixed[metric] = Some(find_category(&table.dimensions[metric], v)?);
    }
    for (dim, value) in &query.select {
        let d = find_dim(table, dim)?;
        if d == time {
            return Err(SelectionError(format!(
                "{} is the time dimension: the series runs along it, so it cannot be fixed",
                name(&table.dimensions[d])
            )));
        }
        fixed[d] = Some(find_category(&table.dimensions[d], value)?);
    }
    let mut chosen = Vec::new();
    let mut open = Vec::new();
    for (i, d) in table.dimensions.iter().enumerate() {
        if i == time {
            continue;
        }
        if fixed[i].is_none() && d.categories.len() == 1 {
            fixed[i] = Some(0);
        }
        match fixed[i] {
            Some(c) => chosen.push(format!("{}: {}", d.label, d.categories[c as usize].label)),
            None => open.push(format!(
                "choose one value of {} with --select \"{}=VALUE\": {}",
                name(d),
                d.label,
                choices(d.categories.iter().map(|c| c.label.clone()))
            )),
        }
    }
    if !open.is_empty() {
        return Err(SelectionError(format!(
            "the selection is ambiguous: {}",
            open.join("; ")
        )));
    }
    let time_dim = &table.dimensions[time];
    let mut points = Vec::new();
    let mut at: Vec<u32> = fixed.iter().map(|f| f.unwrap_or(0)).collect();
    for (t, category) in time_dim.categories.iter().enumerate() {
        at[time] = t as u32;
        let Some(cell) = table.cell(&at) else {
            continue;
        };
        let period = to_period(&category.code).or_else(|| to_period(&category.label)).ok_or_else(|| {
            SelectionError(format!(
                "the period \"{}\" of {} is not a year, half, quarter or month; expected e.g. 2019, 2019H1, 2019K3, 2019Q3 or 2019M05",
                category.label,
                name(time_dim)
            ))
        })?;
        points.push(SeriesPoint {
            period,
            cell: cell.clone(),
        });
    }
    Ok(Series { chosen, points })
}

/// A statistics office's period code in the model's form: `2019`, `2019H1`/`2019-H1`,
/// `2019K3`/`2019Q3`/`2019-Q3` (K is the Nordic kvartal), `2019M05`/`2019-05`.
pub(crate) fn to_period(text: &str) -> Option<String> {
    let t = text.trim();
    let year = t
        .get(0..4)
        .filter(|y| y.bytes().all(|b| b.is_ascii_digit()))?;
    let rest = t[4..].trim_start_matches(['-', ' ']);
    let period = match rest.chars().next() {
        None => year.to_string(),
        Some(c) => part(year, c.to_ascii_uppercase(), rest)?,
    };
    safeplan_model::validate::parse_observation_period(&period)
        .ok()
        .map(|_| period)
}

fn part(year: &str, kind: char, rest: &str) -> Option<String> {
    let n: u32 = rest.get(1..)?.parse().ok()?;
    let period = match kind {
        'H' if (1..=2).contains(&n) => format!("{year}-H{n}"),
        'K' | 'Q' if (1..=4).contains(&n) => format!("{year}-Q{n}"),
        'M' if (1..=12).contains(&n) => format!("{year}-{n:02}"),
        c if c.is_ascii_digit()
            && rest.len() == 2
            && (1..=12).contains(&rest.parse::<u32>().ok()?) =>
        {
            format!("{year}-{rest}")
        }
        _ => return None,
    };
    Some(period)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn period_codes() {
        for (code, period) in [
            ("2019", "2019"),
            ("2019H1", "2019-H1"),
            ("2019K3", "2019-Q3"),
            ("2019Q3", "2019-Q3"),
            ("2019-Q3", "2019-Q3"),
            ("2019M05", "2019-05"),
            ("2019-05", "2019-05"),
        ] {
            assert_eq!(to_period(code).as_deref(), Some(period), "{code}");
        }
        for code in ["Malmö", "2019K5", "2019M13", "1800", "2019-1-1"] {
            assert_eq!(to_period(code), None, "{code}");
        }
    }
}
