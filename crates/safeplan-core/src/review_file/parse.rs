//! Reading a review file's bytes: its size, UTF-8, JSON syntax, format name and schema version, then
//! the layout with every unknown field refused. Each refusal names the file and the place in it
//! (a line and column for broken syntax, a JSON path such as `comments[2].anchor` otherwise).

use serde::Deserialize;
use serde_json::Value;

use super::{ReviewFile, MAX_REVIEW_BYTES, REVIEW_FORMAT, REVIEW_SCHEMA_VERSION};
use crate::error::CoreError;

/// A refusal of `file` at `place`.
pub(crate) fn bad(file: &str, place: &str, message: impl std::fmt::Display) -> CoreError {
    CoreError::BadReviewFile(format!(
        "not a valid review file: {file}: {place}: {message}"
    ))
}

/// Just enough of the file to say "newer schema" or "not a review file" before anything else.
#[derive(Deserialize)]
struct Header {
    format: Option<Value>,
    schema_version: Option<Value>,
}

fn line_of(bytes: &[u8], at: usize) -> usize {
    bytes[..at].iter().filter(|b| **b == b'\n').count() + 1
}

/// serde_json appends " at line L column C"; the place is reported first instead.
fn strip_position(message: &str) -> &str {
    message
        .rfind(" at line ")
        .map_or(message, |i| &message[..i])
}

/// Parses a review file named `file` (its name is only used in messages).
pub fn parse_review(bytes: &[u8], file: &str) -> Result<ReviewFile, CoreError> {
    let size = bytes.len() as u64;
    if size > MAX_REVIEW_BYTES {
        return Err(CoreError::TooLarge(format!(
            "{file}: the review file is {size} bytes; review files over {MAX_REVIEW_BYTES} bytes are refused"
        )));
    }
    if let Err(e) = std::str::from_utf8(bytes) {
        let line = line_of(bytes, e.valid_up_to());
        return Err(bad(
            file,
            &format!("line {line}"),
            "the file is not UTF-8 text",
        ));
    }
    match bytes.iter().position(|b| !b.is_ascii_whitespace()) {
        None => return Err(bad(file, "line 1", "the file is empty")),
        Some(at) if bytes[at] != b'{' => {
            return Err(bad(
                file,
                &format!("line {}", line_of(bytes, at)),
                "a review file is one JSON object (starting with `{`)",
            ))
        }
        Some(_) => {}
    }
    let header: Header = serde_json::from_slice(bytes).map_err(|e| {
        bad(
            file,
            &format!("line {}, column {}", e.line(), e.column()),
            format!("not valid JSON: {}", strip_position(&e.to_string())),
        )
    })?;
    check_header(&header, file)?;
    let mut de = serde_json::Deserializer::from_slice(bytes);
    serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        let place = if path == "." {
            format!("line {}", inner.line())
        } else {
            format!("{path} (line {})", inner.line())
        };
        bad(file, &place, strip_position(&inner.to_string()))
    })
}

fn check_header(h: &Header, file: &str) -> Result<(), CoreError> {
    match &h.format {
        Some(Value::String(f)) if f == REVIEW_FORMAT => {}
        Some(other) => {
            return Err(bad(
                file,
                "format",
                format!("is {other}; expected \"{REVIEW_FORMAT}\""),
            ))
        }
        None => {
            return Err(bad(
                file,
                "format",
                format!("is missing; expected \"{REVIEW_FORMAT}\""),
            ))
        }
    }
    match h.schema_version.as_ref().and_then(Value::as_i64) {
        Some(v) if v > REVIEW_SCHEMA_VERSION => Err(CoreError::NewerSchema(format!(
            "{file}: made by a newer Safeplan (review file schema version {v}; this version reads up to \
             {REVIEW_SCHEMA_VERSION}); update Safeplan to import it"
        ))),
        Some(v) if v >= 1 => Ok(()),
        _ => Err(bad(
            file,
            "schema_version",
            format!(
                "is {}; expected a whole number from 1 to {REVIEW_SCHEMA_VERSION}",
                h.schema_version
                    .as_ref()
                    .map_or("missing".to_string(), Value::to_string)
            ),
        )),
    }
}
