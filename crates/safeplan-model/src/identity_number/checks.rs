//! The four Nordic identity-number schemes: each function takes the digits (and letters) of one
//! candidate, checks its date and its check digit(s), and says what kind of number it is.
//! Inputs are ASCII slices the scanner has already cut out; nothing here panics on any input.

use super::IdentityNumberKind;
use crate::validate::calendar::{digits_value, is_valid_date, is_valid_date_two_digit_year};

/// Luhn (mod 10) over ten digits, weights 2,1,2,1… from the left: Skatteverket's check digit.
fn luhn_ok(ten: &[u8]) -> bool {
    let sum: u32 = ten
        .iter()
        .enumerate()
        .map(|(i, b)| {
            let d = u32::from(b - b'0');
            if i % 2 == 0 {
                let p = d * 2;
                p / 10 + p % 10
            } else {
                d
            }
        })
        .sum();
    sum.is_multiple_of(10)
}

fn all_digits(s: &[u8]) -> bool {
    s.iter().all(u8::is_ascii_digit)
}

fn two(s: &[u8]) -> Option<u32> {
    digits_value(s)
}

/// Swedish, ten digits `YYMMDDNNNN` (the century is unknown: the separator `-`/`+` only says
/// whether the person is over 100). Samordningsnummer carry day + 60.
pub(super) fn swedish_short(ten: &[u8]) -> Option<IdentityNumberKind> {
    if ten.len() != 10 || !all_digits(ten) || !luhn_ok(ten) {
        return None;
    }
    let (yy, mm, dd) = (two(&ten[0..2])?, two(&ten[2..4])?, two(&ten[4..6])?);
    swedish_kind(dd, |day| is_valid_date_two_digit_year(yy, mm, day))
}

/// Swedish, twelve digits `YYYYMMDDNNNN`; the Luhn check runs over the last ten.
pub(super) fn swedish_long(twelve: &[u8]) -> Option<IdentityNumberKind> {
    if twelve.len() != 12 || !all_digits(twelve) || !luhn_ok(&twelve[2..]) {
        return None;
    }
    let century = two(&twelve[0..2])?;
    if !(18..=20).contains(&century) {
        return None;
    }
    let year = i32::try_from(digits_value(&twelve[0..4])?).ok()?;
    let (mm, dd) = (two(&twelve[4..6])?, two(&twelve[6..8])?);
    swedish_kind(dd, |day| is_valid_date(year, mm, day))
}

fn swedish_kind(dd: u32, valid: impl Fn(u32) -> bool) -> Option<IdentityNumberKind> {
    if dd > 60 && valid(dd - 60) {
        Some(IdentityNumberKind::SwedishSamordningsnummer)
    } else if valid(dd) {
        Some(IdentityNumberKind::SwedishPersonnummer)
    } else {
        None
    }
}

/// Norwegian, eleven digits `DDMMYYIIIKK` with two mod-11 control digits. D-numbers carry day + 40.
pub(super) fn norwegian(eleven: &[u8]) -> Option<IdentityNumberKind> {
    if eleven.len() != 11 || !all_digits(eleven) {
        return None;
    }
    let d: Vec<u32> = eleven.iter().map(|b| u32::from(b - b'0')).collect();
    let control = |weights: &[u32]| -> Option<u32> {
        let sum: u32 = weights.iter().zip(&d).map(|(w, x)| w * x).sum();
        match 11 - sum % 11 {
            11 => Some(0),
            10 => None,
            k => Some(k),
        }
    };
    let k1 = control(&[3, 7, 6, 1, 8, 9, 4, 5, 2])?;
    let k2 = control(&[5, 4, 3, 2, 7, 6, 5, 4, 3, 2])?;
    if k1 != d[9] || k2 != d[10] {
        return None;
    }
    // The century follows from the individual number, but only 29 February of 1900 vs 2000
    // depends on it: a two-digit-year check is enough.
    let (dd, mm, yy) = (
        two(&eleven[0..2])?,
        two(&eleven[2..4])?,
        two(&eleven[4..6])?,
    );
    if dd > 40 && is_valid_date_two_digit_year(yy, mm, dd - 40) {
        Some(IdentityNumberKind::NorwegianDNumber)
    } else if is_valid_date_two_digit_year(yy, mm, dd) {
        Some(IdentityNumberKind::NorwegianFodselsnummer)
    } else {
        None
    }
}

fn danish_date_ok(ten: &[u8]) -> bool {
    match (two(&ten[0..2]), two(&ten[2..4]), two(&ten[4..6])) {
        (Some(dd), Some(mm), Some(yy)) => is_valid_date_two_digit_year(yy, mm, dd),
        _ => false,
    }
}

/// Danish CPR written `DDMMYY-SSSS`: the hyphen and a real date are enough. The modulus-11
/// check is not required, because CPR numbers issued since 2007 need not satisfy it.
pub(super) fn danish_hyphenated(ten: &[u8]) -> Option<IdentityNumberKind> {
    (ten.len() == 10 && all_digits(ten) && danish_date_ok(ten))
        .then_some(IdentityNumberKind::DanishCpr)
}

/// Danish CPR written as ten bare digits. Any ten-digit run that starts with a date would match
/// on the date alone (account numbers, references, phone numbers), so here the modulus-11 check
/// must pass too. The price: a post-2007 CPR without a valid modulus, written without its hyphen,
/// goes unnoticed.
pub(super) fn danish_unhyphenated(ten: &[u8]) -> Option<IdentityNumberKind> {
    if ten.len() != 10 || !all_digits(ten) || !danish_date_ok(ten) {
        return None;
    }
    let weights = [4u32, 3, 2, 7, 6, 5, 4, 3, 2, 1];
    let sum: u32 = weights
        .iter()
        .zip(ten)
        .map(|(w, b)| w * u32::from(b - b'0'))
        .sum();
    sum.is_multiple_of(11)
        .then_some(IdentityNumberKind::DanishCpr)
}

const FINNISH_CHECK_CHARS: &[u8; 31] = b"0123456789ABCDEFHJKLMNPRSTUVWXY";

/// Finnish henkilötunnus `DDMMYY` + century sign + `ZZZ` + check character, where the check
/// character indexes `DDMMYYZZZ mod 31` in [`FINNISH_CHECK_CHARS`].
pub(super) fn finnish(
    date: &[u8],
    sign: u8,
    individual: &[u8],
    check: u8,
) -> Option<IdentityNumberKind> {
    if date.len() != 6 || individual.len() != 3 || !all_digits(date) || !all_digits(individual) {
        return None;
    }
    let century = match sign.to_ascii_uppercase() {
        b'+' => 1800,
        b'-' | b'U'..=b'Y' => 1900,
        b'A'..=b'F' => 2000,
        _ => return None,
    };
    let (dd, mm, yy) = (two(&date[0..2])?, two(&date[2..4])?, two(&date[4..6])?);
    let year = century + i32::try_from(yy).ok()?;
    if !is_valid_date(year, mm, dd) {
        return None;
    }
    let number = digits_value(date)? * 1000 + digits_value(individual)?;
    let expected = FINNISH_CHECK_CHARS[(number % 31) as usize];
    (check.to_ascii_uppercase() == expected).then_some(IdentityNumberKind::FinnishHenkilotunnus)
}

/// Whether `c` can be a Finnish century sign.
pub(super) fn is_finnish_sign(c: u8) -> bool {
    matches!(c.to_ascii_uppercase(), b'+' | b'-' | b'A'..=b'F' | b'U'..=b'Y')
}

#[cfg(test)]
mod tests {
    use super::*;
    use IdentityNumberKind::*;

    #[test]
    fn swedish_luhn_and_dates() {
        assert_eq!(swedish_short(b"8112189876"), Some(SwedishPersonnummer));
        assert_eq!(swedish_short(b"8112189875"), None, "wrong check digit");
        assert_eq!(swedish_short(b"7010632391"), Some(SwedishSamordningsnummer));
        assert_eq!(swedish_long(b"191212121212"), Some(SwedishPersonnummer));
        assert_eq!(
            swedish_long(b"171212121212"),
            None,
            "no one alive was born in the 1700s"
        );
        // 5566778899 passes no date: month 66.
        assert_eq!(swedish_short(b"5566778899"), None);
    }

    #[test]
    fn finnish_official_example() {
        assert_eq!(
            finnish(b"131052", b'-', b"308", b'T'),
            Some(FinnishHenkilotunnus)
        );
        assert_eq!(finnish(b"131052", b'-', b"308", b'U'), None);
        assert_eq!(finnish(b"131052", b'G', b"308", b'T'), None);
    }
}
