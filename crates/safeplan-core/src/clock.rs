//! The wall clock, read here and nowhere else in the workspace: RFC 3339 timestamps and ISO dates in UTC.
//! The calendar arithmetic is the model's ([`IsoDate::from_days_since_epoch`]), so the core needs no
//! date library.

use std::time::{SystemTime, UNIX_EPOCH};

use safeplan_model::IsoDate;

/// Now, as `2026-11-22T03:48:24Z`.
pub(crate) fn now_rfc3339() -> String {
    let secs = unix_now();
    let rem = secs.rem_euclid(86_400);
    format!(
        "{}T{:02}:{:02}:{:02}Z",
        day_of(secs),
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

/// Today, as `2026-11-22`: the default date on a PDF report.
pub(crate) fn today() -> IsoDate {
    day_of(unix_now())
}

fn day_of(unix_secs: i64) -> IsoDate {
    // Seconds since 1970 held in an i64 reach past year 9999 only through a broken clock.
    IsoDate::from_days_since_epoch(unix_secs.div_euclid(86_400))
        .unwrap_or_else(|| IsoDate::parse("9999-12-31").expect("a real date"))
}

fn unix_now() -> i64 {
    // A clock before 1970 is a broken clock; treat it as the epoch rather than fail a save over it.
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::day_of;

    #[test]
    fn known_days() {
        assert_eq!(day_of(0).as_str(), "1970-01-01");
        assert_eq!(day_of(11_016 * 86_400 + 86_399).as_str(), "2000-02-29");
        assert_eq!(day_of(20_454 * 86_400).as_str(), "2026-01-01");
        assert_eq!(day_of(i64::MAX).as_str(), "9999-12-31");
    }
}
