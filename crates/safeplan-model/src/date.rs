//! One calendar date, `YYYY-MM-DD`: a plan's adoption date, a measure's start and end, an
//! observation's "data as of", the date printed on a report. It is parsed and checked here and
//! nowhere else, so every way in (the app, a package, the database, the command line) accepts the
//! same dates and refuses `2026-02-31` with the same words.
//!
//! A comment's or revision's `created_at` is not a date but an instant (time and offset, written by
//! the app's clock, never typed by a person), so it stays RFC 3339 text; its date part is checked
//! with [`IsoDate::parse`] all the same.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use ts_rs::TS;

use crate::validate::calendar::{days_in_month, digits_value};

/// A real date of the proleptic Gregorian calendar with a four-digit year, always written
/// `YYYY-MM-DD`; in JSON and in the database it is that string. Ordered in time.
///
/// Any four-digit year parses: whether a year is one a plan may name (`limits::YEAR_MIN` to
/// `limits::YEAR_MAX`) is validation's rule, reported at the field like every other limit.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, TS)]
pub struct IsoDate(String);

/// Why a text is not an [`IsoDate`]; the caller names the field.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    #[error("`{0}` is not a date; expected an ISO date YYYY-MM-DD such as 2025-03-31")]
    Form(String),
    #[error("`{0}` is not a real calendar date: there is no month {1}")]
    Month(String, u32),
    #[error("`{0}` is not a real calendar date: month {month} of {year} has {days} days", month = .1, year = .2, days = .3)]
    Day(String, u32, i32, u32),
}

impl IsoDate {
    /// `YYYY-MM-DD` exactly: four-digit year, two-digit month and day, a day the month has.
    pub fn parse(text: &str) -> Result<IsoDate, DateError> {
        let b = text.as_bytes();
        let number = |range: std::ops::Range<usize>| b.get(range).and_then(digits_value);
        let (Some(year), Some(month), Some(day)) = (number(0..4), number(5..7), number(8..10))
        else {
            return Err(DateError::Form(shown(text)));
        };
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(DateError::Form(shown(text)));
        }
        // Four digits always fit.
        let year = year as i32;
        if !(1..=12).contains(&month) {
            return Err(DateError::Month(text.to_string(), month));
        }
        let days = days_in_month(year, month);
        if day == 0 || day > days {
            return Err(DateError::Day(text.to_string(), month, year, days));
        }
        Ok(IsoDate(text.to_string()))
    }

    /// The date `days` days after 1970-01-01 (before it when negative); `None` past year 9999 or
    /// before year 0. Howard Hinnant's `civil_from_days`.
    pub fn from_days_since_epoch(days: i64) -> Option<IsoDate> {
        let z = days.checked_add(719_468)?;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = doy - (153 * mp + 2) / 5 + 1;
        let m = if mp < 10 { mp + 3 } else { mp - 9 };
        let y = yoe + era * 400 + i64::from(m <= 2);
        (0..=9999)
            .contains(&y)
            .then(|| IsoDate(format!("{y:04}-{m:02}-{d:02}")))
    }

    /// Days from 1970-01-01 to this date (negative before it): the inverse of
    /// [`IsoDate::from_days_since_epoch`]. Howard Hinnant's `days_from_civil`.
    pub fn days_since_epoch(&self) -> i64 {
        let (m, d) = (i64::from(self.month()), i64::from(self.day()));
        let y = i64::from(self.year()) - i64::from(m <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let doy = (153 * ((m + 9) % 12) + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    pub fn year(&self) -> i32 {
        self.part(0..4) as i32
    }

    pub fn month(&self) -> u32 {
        self.part(5..7)
    }

    pub fn day(&self) -> u32 {
        self.part(8..10)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    fn part(&self, range: std::ops::Range<usize>) -> u32 {
        // Checked digits since `parse`; 0 can never be seen.
        digits_value(&self.0.as_bytes()[range]).unwrap_or(0)
    }
}

/// A long mistaken text is cut in the message: the point is where it is, not all of it.
fn shown(text: &str) -> String {
    const MAX: usize = 40;
    match text.char_indices().nth(MAX) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_string(),
    }
}

impl FromStr for IsoDate {
    type Err = DateError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        IsoDate::parse(s)
    }
}

impl TryFrom<&str> for IsoDate {
    type Error = DateError;
    fn try_from(s: &str) -> Result<Self, Self::Error> {
        IsoDate::parse(s)
    }
}

impl fmt::Display for IsoDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Serialize for IsoDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for IsoDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = std::borrow::Cow::<str>::deserialize(deserializer)?;
        IsoDate::parse(&text).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(s: &str) -> bool {
        IsoDate::parse(s).is_ok()
    }

    #[test]
    fn real_dates_only() {
        assert!(ok("2024-02-29"));
        assert!(ok("2000-02-29"));
        assert!(!ok("2100-02-29"));
        assert!(!ok("1900-02-29"));
        assert!(!ok("2026-02-31"));
        assert!(!ok("2023-04-31"));
        assert!(ok("2023-12-31"));
        assert!(!ok("2023-13-01"));
        assert!(!ok("2023-00-10"));
        assert!(!ok("2023-01-00"));
        assert!(ok("0000-01-01"));
        assert!(ok("9999-12-31"));
    }

    #[test]
    fn only_the_one_form() {
        for bad in [
            "",
            "2023-1-01",
            "2023-01-1",
            "2023-01-01T00",
            "+023-01-01",
            "12/03/2026",
            "2023/01/01",
            " 2023-01-01",
            "2023-01-01 ",
            "10000-01-01",
            "2023-٠١-01",
            "2023-01-0١",
            "२०२३-01-01",
        ] {
            assert!(
                matches!(IsoDate::parse(bad), Err(DateError::Form(_))),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn messages_say_what_is_wrong() {
        let e = |s: &str| IsoDate::parse(s).unwrap_err().to_string();
        assert_eq!(
            e("2026-02-31"),
            "`2026-02-31` is not a real calendar date: month 2 of 2026 has 28 days"
        );
        assert_eq!(
            e("2026-13-01"),
            "`2026-13-01` is not a real calendar date: there is no month 13"
        );
        assert!(e("31.12.2026").contains("expected an ISO date YYYY-MM-DD"));
        assert!(e(&"9".repeat(5000)).chars().count() < 120);
    }

    #[test]
    fn days_since_the_epoch_both_ways() {
        for (text, days) in [
            ("1970-01-01", 0),
            ("1969-12-31", -1),
            ("2000-02-29", 11_016),
            ("2026-01-01", 20_454),
            ("0000-03-01", -719_468),
            ("9999-12-31", 2_932_896),
        ] {
            let date = IsoDate::parse(text).unwrap();
            assert_eq!(date.days_since_epoch(), days, "{text}");
            assert_eq!(IsoDate::from_days_since_epoch(days), Some(date), "{days}");
        }
        assert_eq!(IsoDate::from_days_since_epoch(2_932_897), None);
        assert_eq!(IsoDate::from_days_since_epoch(-719_529), None);
        assert_eq!(IsoDate::from_days_since_epoch(i64::MAX), None);
    }

    #[test]
    fn serde_is_the_plain_string_and_order_is_time() {
        let date: IsoDate = serde_json::from_str("\"2025-03-31\"").unwrap();
        assert_eq!(serde_json::to_string(&date).unwrap(), "\"2025-03-31\"");
        assert_eq!((date.year(), date.month(), date.day()), (2025, 3, 31));
        let err = serde_json::from_str::<IsoDate>("\"2025-02-29\"").unwrap_err();
        assert!(
            err.to_string().contains("month 2 of 2025 has 28 days"),
            "{err}"
        );
        assert!(IsoDate::parse("2025-12-31").unwrap() < IsoDate::parse("2026-01-01").unwrap());
        assert_eq!(IsoDate::decl(), "type IsoDate = string;");
    }
}
