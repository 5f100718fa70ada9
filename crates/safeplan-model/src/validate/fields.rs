//! Checks of single values — ids, texts, dates, years, numbers — that the entity checks combine.
//! Each records a problem under the path it is given and never panics, whatever the input.

use super::calendar::digits_value;
use super::Problems;
use crate::date::IsoDate;
use crate::limits::{ID_MAX, SLUG_MAX, VALUE_MAGNITUDE_MAX, YEAR_MAX, YEAR_MIN};

/// `base.field`, or `field` at the top of an entity.
pub(super) fn at(base: &str, field: &str) -> String {
    if base.is_empty() {
        field.to_string()
    } else {
        format!("{base}.{field}")
    }
}

/// `base.list[i]`.
pub(super) fn index(base: &str, list: &str, i: usize) -> String {
    format!("{}[{i}]", at(base, list))
}

const ID_EXPECTED: &str = "expected 1 to 64 characters of A-Z, a-z, 0-9, `_` and `-`";

pub(super) fn id(p: &mut Problems, path: String, value: &str) {
    if value.is_empty() {
        p.add(path, format!("the id is empty; {ID_EXPECTED}"));
    } else if value.chars().count() > ID_MAX {
        p.add(
            path,
            format!(
                "the id is {} characters long; {ID_EXPECTED}",
                value.chars().count()
            ),
        );
    } else if let Some(bad) = value
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || *c == '_' || *c == '-'))
    {
        p.add(path, format!("the id contains {bad:?}; {ID_EXPECTED}"));
    }
}

pub(super) fn optional_id(p: &mut Problems, path: String, value: Option<&str>) {
    if let Some(value) = value {
        id(p, path, value);
    }
}

pub(super) fn slug(p: &mut Problems, path: String, value: &str) {
    let expected = "expected 1 to 64 characters of a-z, 0-9 and `-`, such as `norrby-2025`";
    let len = value.chars().count();
    if len == 0 {
        p.add(path, format!("the slug is empty; {expected}"));
    } else if len > SLUG_MAX {
        p.add(
            path,
            format!("the slug is {len} characters long; {expected}"),
        );
    } else if let Some(bad) = value
        .chars()
        .find(|c| !(c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-'))
    {
        p.add(path, format!("the slug contains {bad:?}; {expected}"));
    }
}

/// Free text of at most `max` characters (may be empty).
pub(super) fn text(p: &mut Problems, path: String, value: &str, max: usize) {
    let len = value.chars().count();
    if len > max {
        p.add(
            path,
            format!("is {len} characters long; at most {max} are allowed"),
        );
    }
}

/// Text that must say something: not empty, not only whitespace, at most `max` characters.
pub(super) fn required_text(p: &mut Problems, path: String, value: &str, max: usize) {
    if value.trim().is_empty() {
        p.add(path, "must not be empty or only whitespace");
    } else {
        text(p, path, value, max);
    }
}

/// A title or name: required, and on one line, because lists, headings and file names show it.
pub(super) fn title(p: &mut Problems, path: String, value: &str, max: usize) {
    if !value.trim().is_empty() && value.chars().any(char::is_control) {
        p.add(
            path,
            "must be a single line without control characters such as line breaks",
        );
    } else {
        required_text(p, path, value, max);
    }
}

pub(super) fn year(p: &mut Problems, path: String, value: i32) {
    if !(YEAR_MIN..=YEAR_MAX).contains(&value) {
        p.add(
            path,
            format!(
                "the year {value} is out of range; expected a year from {YEAR_MIN} to {YEAR_MAX}"
            ),
        );
    }
}

/// A date in the years a plan may name (the date itself is checked by [`IsoDate`] when it is read).
pub(super) fn optional_date(p: &mut Problems, path: String, value: Option<&IsoDate>) {
    if let Some(date) = value {
        year(p, path, date.year());
    }
}

/// A value a statistic can have: finite, and of a magnitude no more than [`VALUE_MAGNITUDE_MAX`].
pub(super) fn statistic(p: &mut Problems, path: String, value: Option<f64>) {
    if let Some(v) = value {
        if !v.is_finite() {
            p.add(
                path,
                format!("`{v}` is not a number; expected a finite number"),
            );
        } else if v.abs() > VALUE_MAGNITUDE_MAX {
            p.add(
                path,
                format!(
                    "`{v:e}` is too large for a statistic; expected a number from \
                     -{VALUE_MAGNITUDE_MAX:e} to {VALUE_MAGNITUDE_MAX:e}"
                ),
            );
        }
    }
}

pub(super) fn list_len(p: &mut Problems, path: String, len: usize, max: usize) {
    if len > max {
        p.add(
            path,
            format!("has {len} entries; at most {max} are allowed"),
        );
    }
}

/// An observation's period as a sortable key `(year, kind, number)` (kind 0 year, 1 half, 2 quarter,
/// 3 month), or a message saying what is wrong. Formats: `YYYY`, `YYYY-H1`/`H2`, `YYYY-Q1`…`Q4`, `YYYY-MM`.
pub fn parse_observation_period(value: &str) -> Result<(i32, u8, u32), String> {
    let expected =
        "expected `YYYY`, `YYYY-H1`/`YYYY-H2`, `YYYY-Q1`…`YYYY-Q4` or `YYYY-MM`, such as `2024-Q3`";
    let b = value.as_bytes();
    let year = b
        .get(0..4)
        .and_then(digits_value)
        .and_then(|y| i32::try_from(y).ok());
    let Some(year) = year else {
        return Err(format!("`{value}` is not a period; {expected}"));
    };
    if !(YEAR_MIN..=YEAR_MAX).contains(&year) {
        return Err(format!(
            "the year {year} is out of range; expected a year from {YEAR_MIN} to {YEAR_MAX}"
        ));
    }
    let part = match &b[4..] {
        [] => Some((0, 0)),
        [b'-', b'H', n @ b'1'..=b'2'] => Some((1, u32::from(n - b'0'))),
        [b'-', b'Q', n @ b'1'..=b'4'] => Some((2, u32::from(n - b'0'))),
        [b'-', m1, m2] => digits_value(&[*m1, *m2])
            .filter(|m| (1..=12).contains(m))
            .map(|m| (3, m)),
        _ => None,
    };
    part.map(|(kind, n)| (year, kind, n))
        .ok_or_else(|| format!("`{value}` is not a period; {expected}"))
}

/// ISO 4217 shape: three upper-case letters.
pub(super) fn currency(p: &mut Problems, path: String, value: &str) {
    if !(value.len() == 3 && value.bytes().all(|c| c.is_ascii_uppercase())) {
        p.add(path, format!("`{value}` is not a currency code; expected three upper-case letters such as SEK, NOK, DKK or EUR"));
    }
}

/// RFC 3339 date-time: `YYYY-MM-DDTHH:MM:SS`, optional fraction, then `Z` or `±HH:MM`.
pub(super) fn timestamp(p: &mut Problems, path: String, value: &str) {
    let ok = (|| {
        let b = value.as_bytes();
        IsoDate::parse(value.get(0..10)?).ok()?;
        if !matches!(b.get(10)?, b'T' | b't' | b' ') {
            return None;
        }
        let hms = |s: &[u8]| -> Option<()> {
            let (h, m, sec) = (
                digits_value(s.get(0..2)?)?,
                digits_value(s.get(3..5)?)?,
                digits_value(s.get(6..8)?)?,
            );
            (s[2] == b':' && s[5] == b':' && h < 24 && m < 60 && sec <= 60).then_some(())
        };
        hms(b.get(11..19)?)?;
        let mut rest = &b[19..];
        if rest.first() == Some(&b'.') {
            let digits = rest[1..].iter().take_while(|c| c.is_ascii_digit()).count();
            if digits == 0 {
                return None;
            }
            rest = &rest[1 + digits..];
        }
        match rest {
            [b'Z' | b'z'] => Some(()),
            [b'+' | b'-', h1, h2, b':', m1, m2] => {
                (digits_value(&[*h1, *h2])? < 24 && digits_value(&[*m1, *m2])? < 60).then_some(())
            }
            _ => None,
        }
    })();
    if ok.is_none() {
        p.add(
            path,
            format!("`{value}` is not a timestamp; expected RFC 3339 such as 2025-03-31T14:05:00Z"),
        );
    }
}

/// Records every value of `items` (by `key`) that already appeared earlier in the list.
pub(super) fn no_duplicates<'a, T>(
    p: &mut Problems,
    items: &'a [T],
    key: impl Fn(&'a T) -> &'a str,
    path_of: impl Fn(usize) -> String,
    what: &str,
) {
    let mut seen = std::collections::HashMap::new();
    for (i, item) in items.iter().enumerate() {
        let k = key(item);
        if let Some(first) = seen.insert(k, i) {
            seen.insert(k, first);
            p.add(
                path_of(i),
                format!("{what} `{k}` appears twice; it is already at index {first}"),
            );
        }
    }
}
