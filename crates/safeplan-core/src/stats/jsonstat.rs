//! JSON-stat, the JSON that PxWeb and many statistics offices serve: version 2.0 (a `dataset`
//! object with `id`, `size`, `dimension`, `value`, `status`, `role`) and 1.x (the same wrapped in
//! `{"dataset": …}` or under a name, with `id`, `size` and `role` inside `dimension`).

use safeplan_model::IsoDate;
use serde_json::{Map, Value};

use super::marks::kind_of_explained_mark;
use super::table::{
    Category, Cell, CellKind, Cells, Dimension, DimensionRole, FileError, Located, StatTable,
    StatsFormat,
};

const CELLS_MAX: usize = 20_000_000;

pub(crate) fn read_json_stat(bytes: &[u8], at: &Located) -> Result<StatTable, FileError> {
    let text =
        std::str::from_utf8(bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes)).map_err(|e| {
            at.at(
                format!("byte {}", e.valid_up_to()),
                "the file is not UTF-8; expected JSON text",
            )
        })?;
    let root: Value = serde_json::from_str(text).map_err(|e| {
        at.at(
            format!("line {}, column {}", e.line(), e.column()),
            format!("not valid JSON ({e})"),
        )
    })?;
    let (path, ds) = dataset(&root, at)?;
    let dims = obj(
        ds.get("dimension"),
        &format!("{path}.dimension"),
        "an object of dimensions",
        at,
    )?;
    // 2.0 keeps id/size/role beside `dimension`; 1.x inside it.
    let (holder, holder_path) = if ds.contains_key("id") {
        (ds, path.clone())
    } else {
        (dims, format!("{path}.dimension"))
    };
    let ids = strings(holder.get("id"), &format!("{holder_path}.id"), at)?;
    let sizes = holder
        .get("size")
        .and_then(Value::as_array)
        .ok_or_else(|| {
            at.at(
                format!("{holder_path}.size"),
                "missing; expected an array of dimension sizes",
            )
        })?;
    if sizes.len() != ids.len() {
        return Err(at.at(
            format!("{holder_path}.size"),
            format!(
                "has {} sizes; expected {}, one per id",
                sizes.len(),
                ids.len()
            ),
        ));
    }
    let roles = holder.get("role").and_then(Value::as_object);
    let role_of = |id: &str| {
        let has = |r: &str| {
            roles
                .and_then(|m| m.get(r))
                .and_then(Value::as_array)
                .is_some_and(|a| a.iter().any(|v| v == id))
        };
        if has("time") {
            Some(DimensionRole::Time)
        } else if has("geo") {
            Some(DimensionRole::Geo)
        } else if has("metric") {
            Some(DimensionRole::Metric)
        } else {
            None
        }
    };
    let mut dimensions = Vec::new();
    for (n, id) in ids.iter().enumerate() {
        let dpath = format!("{path}.dimension.{id}");
        let d = obj(dims.get(id.as_str()), &dpath, "a dimension object", at)?;
        let size = sizes[n].as_u64().ok_or_else(|| {
            at.at(
                format!("{holder_path}.size[{n}]"),
                "expected a whole number",
            )
        })? as usize;
        let categories = categories(d, &dpath, size, at)?;
        dimensions.push(Dimension {
            code: id.clone(),
            label: d
                .get("label")
                .and_then(Value::as_str)
                .unwrap_or(id)
                .to_string(),
            role: role_of(id),
            categories,
        });
    }
    let total = dimensions
        .iter()
        .try_fold(1usize, |n, d| n.checked_mul(d.categories.len()))
        .filter(|n| *n <= CELLS_MAX)
        .ok_or_else(|| {
            at.at(
                format!("{holder_path}.size"),
                format!("more than {CELLS_MAX} cells; expected a smaller table"),
            )
        })?;
    let cells = cells(ds, &path, total, at)?;
    let text_of = |k: &str| ds.get(k).and_then(Value::as_str).map(str::to_string);
    Ok(StatTable {
        format: StatsFormat::JsonStat,
        title: text_of("label"),
        source: text_of("source"),
        updated: text_of("updated").and_then(|u| u.get(0..10).and_then(|d| IsoDate::parse(d).ok())),
        units: None,
        dimensions,
        cells: Cells::Dense(cells),
    })
}

/// The dataset object and its JSON path.
fn dataset<'v>(
    root: &'v Value,
    at: &Located,
) -> Result<(String, &'v Map<String, Value>), FileError> {
    let top = root
        .as_object()
        .ok_or_else(|| at.at("$", "expected a JSON object"))?;
    if top.contains_key("version") || top.contains_key("class") {
        return match top.get("class").and_then(Value::as_str) {
            Some("dataset") => Ok(("$".to_string(), top)),
            other => Err(at.at(
                "$.class",
                format!(
                    "is {}; expected \"dataset\"",
                    other.map_or("missing".to_string(), |c| format!("\"{c}\""))
                ),
            )),
        };
    }
    let named: Vec<(&String, &Map<String, Value>)> = top
        .iter()
        .filter_map(|(k, v)| {
            v.as_object()
                .filter(|o| o.contains_key("dimension"))
                .map(|o| (k, o))
        })
        .collect();
    match named.as_slice() {
        [(name, ds)] => Ok((format!("$.{name}"), ds)),
        [] => Err(at.at("$", "no dataset; expected JSON-stat 2.0 (\"class\": \"dataset\") or 1.x ({\"dataset\": {…}})")),
        many => Err(at.at("$", format!(
            "holds {} datasets ({}); expected one",
            many.len(),
            many.iter().map(|(n, _)| n.as_str()).collect::<Vec<_>>().join(", ")
        ))),
    }
}

fn obj<'v>(
    v: Option<&'v Value>,
    path: &str,
    expected: &str,
    at: &Located,
) -> Result<&'v Map<String, Value>, FileError> {
    v.and_then(Value::as_object).ok_or_else(|| {
        at.at(
            path,
            format!("missing or not an object; expected {expected}"),
        )
    })
}

fn strings(v: Option<&Value>, path: &str, at: &Located) -> Result<Vec<String>, FileError> {
    let arr = v
        .and_then(Value::as_array)
        .ok_or_else(|| at.at(path, "missing; expected an array of dimension ids"))?;
    arr.iter()
        .enumerate()
        .map(|(i, s)| {
            s.as_str()
                .map(str::to_string)
                .ok_or_else(|| at.at(format!("{path}[{i}]"), "expected a string"))
        })
        .collect()
}

/// A dimension's categories in index order. `index` is an array of codes or an object code →
/// position; without it, the single category of `label`.
fn categories(
    d: &Map<String, Value>,
    path: &str,
    size: usize,
    at: &Located,
) -> Result<Vec<Category>, FileError> {
    let cat = obj(
        d.get("category"),
        &format!("{path}.category"),
        "an object with index and label",
        at,
    )?;
    let labels = cat.get("label").and_then(Value::as_object);
    let mut codes: Vec<Option<String>> = vec![None; size];
    match cat.get("index") {
        Some(Value::Array(list)) => {
            for (i, code) in list.iter().enumerate() {
                let code = code.as_str().ok_or_else(|| {
                    at.at(format!("{path}.category.index[{i}]"), "expected a string")
                })?;
                if let Some(slot) = codes.get_mut(i) {
                    *slot = Some(code.to_string());
                }
            }
        }
        Some(Value::Object(map)) => {
            for (code, pos) in map {
                let p = pos
                    .as_u64()
                    .map(|p| p as usize)
                    .filter(|p| *p < size)
                    .ok_or_else(|| {
                        at.at(
                            format!("{path}.category.index.{code}"),
                            format!("expected a position from 0 to {}", size.saturating_sub(1)),
                        )
                    })?;
                codes[p] = Some(code.clone());
            }
        }
        None if size == 1 => {
            codes[0] = labels.and_then(|l| l.keys().next().cloned());
        }
        _ => {
            return Err(at.at(
                format!("{path}.category.index"),
                "missing; expected an array of codes or an object of positions",
            ))
        }
    }
    codes
        .into_iter()
        .enumerate()
        .map(|(i, code)| {
            let code = code.ok_or_else(|| {
                at.at(
                    format!("{path}.category.index"),
                    format!(
                        "no category at position {i}; expected {size} categories as the size says"
                    ),
                )
            })?;
            let label = labels
                .and_then(|l| l.get(&code))
                .and_then(Value::as_str)
                .unwrap_or(&code)
                .to_string();
            Ok(Category { code, label })
        })
        .collect()
}

fn cells(
    ds: &Map<String, Value>,
    path: &str,
    total: usize,
    at: &Located,
) -> Result<Vec<Cell>, FileError> {
    let absent = Cell::marked(CellKind::Missing, "missing (no value in the file)");
    let mut cells = vec![absent; total];
    let put =
        |cells: &mut Vec<Cell>, i: usize, v: &Value, vpath: String| -> Result<(), FileError> {
            let slot = cells.get_mut(i).ok_or_else(|| {
                at.at(
                    vpath.clone(),
                    format!("position {i} is past the table's {total} cells"),
                )
            })?;
            match v {
                Value::Null => {}
                Value::Number(n) => {
                    *slot = Cell::number(
                        n.as_f64()
                            .filter(|f| f.is_finite())
                            .ok_or_else(|| at.at(vpath, "expected a finite number"))?,
                    )
                }
                // PxWeb writes some marks as strings in `value`.
                Value::String(s) => {
                    *slot = Cell::marked(kind_of_explained_mark(s), format!("missing ({s})"))
                }
                _ => return Err(at.at(vpath, "expected a number or null")),
            }
            Ok(())
        };
    match ds.get("value") {
        Some(Value::Array(list)) => {
            if list.len() != total {
                return Err(at.at(
                    format!("{path}.value"),
                    format!(
                        "holds {} values; expected {total} (the product of the sizes)",
                        list.len()
                    ),
                ));
            }
            for (i, v) in list.iter().enumerate() {
                put(&mut cells, i, v, format!("{path}.value[{i}]"))?;
            }
        }
        Some(Value::Object(map)) => {
            for (k, v) in map {
                let i = k.parse::<usize>().map_err(|_| {
                    at.at(
                        format!("{path}.value.{k}"),
                        "expected a cell position as the key",
                    )
                })?;
                put(&mut cells, i, v, format!("{path}.value.{k}"))?;
            }
        }
        _ => {
            return Err(at.at(
                format!("{path}.value"),
                "missing; expected an array or an object of values",
            ))
        }
    }
    let mut mark = |i: usize, status: &Value, spath: String| -> Result<(), FileError> {
        let s = status
            .as_str()
            .ok_or_else(|| at.at(spath.clone(), "expected a string"))?;
        let cell = cells.get_mut(i).ok_or_else(|| {
            at.at(
                spath,
                format!("position {i} is past the table's {total} cells"),
            )
        })?;
        if cell.value.is_none() {
            *cell = Cell::marked(status_kind(s), format!("status {s}"));
        } else {
            cell.note = format!("status {s}");
        }
        Ok(())
    };
    match ds.get("status") {
        None | Some(Value::Null) => {}
        Some(Value::String(s)) => {
            for i in 0..total {
                mark(i, &Value::String(s.clone()), format!("{path}.status"))?;
            }
        }
        Some(Value::Array(list)) => {
            for (i, s) in list.iter().enumerate().filter(|(_, s)| !s.is_null()) {
                mark(i, s, format!("{path}.status[{i}]"))?;
            }
        }
        Some(Value::Object(map)) => {
            for (k, s) in map {
                let i = k.parse::<usize>().map_err(|_| {
                    at.at(
                        format!("{path}.status.{k}"),
                        "expected a cell position as the key",
                    )
                })?;
                mark(i, s, format!("{path}.status.{k}"))?;
            }
        }
        Some(_) => {
            return Err(at.at(
                format!("{path}.status"),
                "expected a string, an array or an object",
            ))
        }
    }
    Ok(cells)
}

/// A status on a cell without a value: the PX marks, or a word.
fn status_kind(status: &str) -> CellKind {
    match status.trim() {
        ":" | "c" | "C" | "x" | "XX" => CellKind::Suppressed,
        "-" => CellKind::Nil,
        s => kind_of_explained_mark(s),
    }
}
