//! Reading a package's bytes into a checked [`PackageFile`]. Every problem is reported as
//! `BadPackage` naming where it is (a JSON path, or a line and column for broken syntax) before
//! anything touches the database.

use std::collections::HashSet;

use safeplan_model::limits::{COMMENTS_MAX, MARKDOWN_MAX};
use safeplan_model::validate::validate_document;
use safeplan_model::{PlanDocument, Revision};
use serde::Deserialize;
use serde_json::Value;

use super::{PackageFile, FORMAT, MAX_PACKAGE_BYTES, PACKAGE_SCHEMA_VERSION};
use crate::{PackagePlace, StoreError};

/// No list in a real plan comes near this (the longest the model allows is the comments).
const LIST_MAX: usize = COMMENTS_MAX;
/// Revisions are one per status change; hundreds would already be odd.
const REVISIONS_MAX: usize = 5_000;

/// Just enough of the file to decide whether to read the rest: a newer schema must be reported
/// as such, not as a pile of "unknown field" errors.
#[derive(Deserialize)]
struct Header {
    format: Option<Value>,
    schema_version: Option<Value>,
}

pub(crate) fn parse_package(bytes: &[u8]) -> Result<PackageFile, StoreError> {
    let size = bytes.len() as u64;
    if size > MAX_PACKAGE_BYTES {
        return Err(StoreError::TooLarge {
            size,
            limit: MAX_PACKAGE_BYTES,
        });
    }
    if let Err(e) = std::str::from_utf8(bytes) {
        let line = bytes[..e.valid_up_to()]
            .iter()
            .filter(|b| **b == b'\n')
            .count()
            + 1;
        return Err(StoreError::bad_package_at(
            at_line(line),
            "the file is not UTF-8 text",
        ));
    }
    match bytes.iter().position(|b| !b.is_ascii_whitespace()) {
        None => return Err(StoreError::bad_package_at(at_line(1), "the file is empty")),
        Some(at) if bytes[at] != b'{' => {
            let line = bytes[..at].iter().filter(|b| **b == b'\n').count() + 1;
            return Err(StoreError::bad_package_at(
                at_line(line),
                "a plan package is one JSON object (starting with `{`)",
            ));
        }
        Some(_) => {}
    }
    let header: Header = serde_json::from_slice(bytes).map_err(syntax_error)?;
    check_header(&header)?;

    let mut de = serde_json::Deserializer::from_slice(bytes);
    let package: PackageFile = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        let place = PackagePlace {
            path: if path == "." { String::new() } else { path },
            ..at_line(inner.line())
        };
        StoreError::bad_package_at(place, strip_position(&inner.to_string()))
    })?;
    check_sizes(&package)?;
    Ok(package)
}

fn at_line(line: usize) -> PackagePlace {
    PackagePlace {
        line: Some(line),
        ..PackagePlace::default()
    }
}

fn syntax_error(e: serde_json::Error) -> StoreError {
    StoreError::bad_package_at(
        PackagePlace {
            column: Some(e.column()),
            ..at_line(e.line())
        },
        format!("not valid JSON: {}", strip_position(&e.to_string())),
    )
}

/// serde_json appends " at line L column C"; the place is reported separately.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message.to_string(),
    }
}

fn check_header(h: &Header) -> Result<(), StoreError> {
    match &h.format {
        Some(Value::String(f)) if f == FORMAT => {}
        Some(other) => {
            return Err(StoreError::bad_package(
                "format",
                format!("is {other}; expected \"{FORMAT}\""),
            ));
        }
        None => {
            return Err(StoreError::bad_package(
                "format",
                format!("is missing; expected \"{FORMAT}\""),
            ))
        }
    }
    match &h.schema_version {
        Some(Value::Number(n)) => match n.as_i64() {
            Some(v) if v > PACKAGE_SCHEMA_VERSION => Err(StoreError::NewerSchema {
                found: v,
                supported: PACKAGE_SCHEMA_VERSION,
            }),
            Some(v) if v >= 1 => Ok(()),
            _ => Err(StoreError::bad_package(
                "schema_version",
                format!("is {n}; expected a whole number from 1 to {PACKAGE_SCHEMA_VERSION}"),
            )),
        },
        Some(other) => Err(StoreError::bad_package(
            "schema_version",
            format!("is {other}; expected a number"),
        )),
        None => Err(StoreError::bad_package("schema_version", "is missing")),
    }
}

/// Bounds on every text and list, revisions' snapshots included, so that a hostile file cannot
/// smuggle megabytes into a field the model's validation does not look at.
fn check_sizes(package: &PackageFile) -> Result<(), StoreError> {
    if package.revisions.len() > REVISIONS_MAX {
        return Err(StoreError::bad_package(
            "revisions",
            format!(
                "has {} entries; at most {REVISIONS_MAX} are accepted",
                package.revisions.len()
            ),
        ));
    }
    let value =
        serde_json::to_value(package).map_err(|e| StoreError::bad_package("", e.to_string()))?;
    walk_sizes(&value, &mut String::new())
}

fn walk_sizes(value: &Value, path: &mut String) -> Result<(), StoreError> {
    match value {
        Value::String(s) => {
            let chars = s.chars().count();
            if chars > MARKDOWN_MAX {
                return Err(StoreError::bad_package(
                    path.clone(),
                    format!("is {chars} characters long; at most {MARKDOWN_MAX} are accepted"),
                ));
            }
        }
        Value::Array(items) => {
            if items.len() > LIST_MAX {
                return Err(StoreError::bad_package(
                    path.clone(),
                    format!(
                        "has {} entries; at most {LIST_MAX} are accepted",
                        items.len()
                    ),
                ));
            }
            for (i, item) in items.iter().enumerate() {
                let len = path.len();
                path.push_str(&format!("[{i}]"));
                walk_sizes(item, path)?;
                path.truncate(len);
            }
        }
        Value::Object(map) => {
            for (key, item) in map {
                let len = path.len();
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
                walk_sizes(item, path)?;
                path.truncate(len);
            }
        }
        _ => {}
    }
    Ok(())
}

/// The checks of a whole document and its history before it is stored: the model's validation,
/// plus what a package must hold to be self-contained (its unit, only the partners it uses) and
/// a history that fits the plan. Paths are the package's.
pub(crate) fn check_document(doc: &PlanDocument, revisions: &[Revision]) -> Result<(), StoreError> {
    if let Err(errors) = validate_document(doc) {
        // The first problem is the headline (its path is the place); the rest follow in full.
        let Some((first, rest)) = errors.0.split_first() else {
            return Err(StoreError::bad_package("", "the plan does not validate"));
        };
        let mut message = first.message.clone();
        let shown: Vec<String> = rest.iter().take(9).map(|e| e.to_string()).collect();
        if !shown.is_empty() {
            message.push_str(&format!("; also {}", shown.join("; ")));
        }
        if rest.len() > shown.len() {
            message.push_str(&format!("; and {} more", rest.len() - shown.len()));
        }
        return Err(StoreError::bad_package(first.path.clone(), message));
    }
    match (&doc.plan.unit_id, &doc.unit) {
        (Some(id), None) => {
            return Err(StoreError::bad_package(
                "unit",
                format!("is missing; the plan names unit \"{id}\""),
            ));
        }
        (None, Some(u)) => {
            return Err(StoreError::bad_package(
                "unit",
                format!("is \"{}\" but the plan names no unit", u.id),
            ));
        }
        _ => {}
    }
    let used: HashSet<&str> = doc
        .measures
        .iter()
        .flat_map(|m| m.partners.iter().map(|p| p.partner_id.as_str()))
        .collect();
    if let Some((i, p)) = doc
        .partners
        .iter()
        .enumerate()
        .find(|(_, p)| !used.contains(p.id.as_str()))
    {
        return Err(StoreError::bad_package(
            format!("partners[{i}]"),
            format!("\"{}\" is not used by any measure; a package carries only the partners its measures name", p.id),
        ));
    }
    let mut previous = 0;
    for (i, r) in revisions.iter().enumerate() {
        if r.number <= previous {
            return Err(StoreError::bad_package(
                format!("revisions[{i}].number"),
                format!(
                    "is {}; expected numbers that rise from 1 (after {previous})",
                    r.number
                ),
            ));
        }
        previous = r.number;
        if r.snapshot.plan.id != doc.plan.id {
            return Err(StoreError::bad_package(
                format!("revisions[{i}].snapshot.plan.id"),
                format!(
                    "is \"{}\"; a revision must be of the same plan (\"{}\")",
                    r.snapshot.plan.id, doc.plan.id
                ),
            ));
        }
    }
    Ok(())
}
