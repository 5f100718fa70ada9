//! Calendar arithmetic shared by the date type ([`crate::IsoDate`]), validation (observation
//! periods) and the identity-number scanner (birth dates). Proleptic Gregorian; no clock.

pub(crate) fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub(crate) fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

pub(crate) fn is_valid_date(year: i32, month: u32, day: u32) -> bool {
    (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month)
}

/// A date whose century is unknown (two-digit year): valid if it is valid in some century the
/// number could belong to. Only 29 February depends on the century, and `00` is a leap year in
/// 2000 but not in 1900, so any year divisible by four is accepted.
pub(crate) fn is_valid_date_two_digit_year(yy: u32, month: u32, day: u32) -> bool {
    let year = if yy.is_multiple_of(4) { 2000 } else { 2001 };
    (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month)
}

/// Parses the ASCII digits `s` as a number; `None` if any byte is not a digit.
pub(crate) fn digits_value(s: &[u8]) -> Option<u32> {
    if s.is_empty() || s.len() > 9 {
        return None;
    }
    s.iter().try_fold(0u32, |acc, b| {
        b.is_ascii_digit().then(|| acc * 10 + u32::from(b - b'0'))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_digit_years() {
        assert!(is_valid_date_two_digit_year(0, 2, 29));
        assert!(is_valid_date_two_digit_year(84, 2, 29));
        assert!(!is_valid_date_two_digit_year(83, 2, 29));
        assert!(!is_valid_date_two_digit_year(83, 4, 31));
    }
}
