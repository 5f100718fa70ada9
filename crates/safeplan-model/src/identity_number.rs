//! Finding Nordic personal identity numbers in free text (readiness rule R9), with their check
//! digits so that ordinary numbers in a plan — years, amounts, phone numbers, statistics,
//! organisation numbers — are not mistaken for people.
//!
//! Recognised forms (`N` a digit, `S` a separator):
//! - Swedish personnummer and samordningsnummer (day + 60): `YYMMDD-NNNN`, `YYMMDD+NNNN`,
//!   `YYMMDDNNNN`, `YYYYMMDDNNNN`, `YYYYMMDD-NNNN`, and `YYMMDD NNNN` as it is often typed; Luhn
//!   over the ten-digit form, real date.
//! - Norwegian fødselsnummer and D-number (day + 40): `DDMMYYNNNNN`, also `DDMMYY NNNNN` as it is
//!   often typed, or `DDMMYY-NNNNN`; both mod-11 control digits, real date.
//! - Danish CPR: `DDMMYY-NNNN` with a real date; bare `DDMMYYNNNN` only if it also passes the
//!   modulus-11 check (see [`checks::danish_unhyphenated`] for why).
//! - Finnish henkilötunnus: `DDMMYY` + century sign (`+`, `-`, `A`–`F`, `U`–`Y`) + three digits +
//!   check character.
//!
//! A candidate must stand alone: digits directly before or after it, or a decimal mark between it
//! and more digits, make it part of a longer number. Separators may be `-`, `+` or an en dash
//! (word processors turn hyphens into dashes). Ten bare digits are ambiguous between countries;
//! the Swedish reading wins, then the Danish one.
//!
//! Known limits, chosen over missing real numbers: a ten-digit phone number written without
//! separators (`0701234567`) is flagged when it happens to pass Luhn and reads as a date; a
//! hyphenated `DDMMYY-NNNN` that is a real date is flagged as a Danish CPR even when it is some
//! other date-based reference. Not recognised: Norwegian H-numbers and synthetic test numbers
//! (month + 40 or + 80), Icelandic kennitala.

mod checks;

use std::ops::Range;

use crate::labels::Locale;

/// Which scheme a found number belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum IdentityNumberKind {
    SwedishPersonnummer,
    SwedishSamordningsnummer,
    NorwegianFodselsnummer,
    NorwegianDNumber,
    DanishCpr,
    FinnishHenkilotunnus,
}

impl IdentityNumberKind {
    /// The kind with its indefinite article, to put in a sentence: "ett svenskt personnummer",
    /// "a Swedish personal identity number".
    pub fn describe(self, locale: Locale) -> &'static str {
        use IdentityNumberKind::*;
        match (locale, self) {
            (Locale::Sv, SwedishPersonnummer) => "ett svenskt personnummer",
            (Locale::Sv, SwedishSamordningsnummer) => "ett svenskt samordningsnummer",
            (Locale::Sv, NorwegianFodselsnummer) => "ett norskt fødselsnummer",
            (Locale::Sv, NorwegianDNumber) => "ett norskt D-nummer",
            (Locale::Sv, DanishCpr) => "ett danskt CPR-nummer",
            (Locale::Sv, FinnishHenkilotunnus) => "en finsk personbeteckning (henkilötunnus)",
            (Locale::En, SwedishPersonnummer) => {
                "a Swedish personal identity number (personnummer)"
            }
            (Locale::En, SwedishSamordningsnummer) => {
                "a Swedish coordination number (samordningsnummer)"
            }
            (Locale::En, NorwegianFodselsnummer) => {
                "a Norwegian national identity number (fødselsnummer)"
            }
            (Locale::En, NorwegianDNumber) => "a Norwegian D number",
            (Locale::En, DanishCpr) => "a Danish CPR number",
            (Locale::En, FinnishHenkilotunnus) => {
                "a Finnish personal identity code (henkilötunnus)"
            }
        }
    }
}

/// One identity number in a text: its byte range and its kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdentityNumberMatch {
    /// Byte offsets into the scanned text; always on character boundaries.
    pub range: Range<usize>,
    pub kind: IdentityNumberKind,
}

impl IdentityNumberMatch {
    /// The number's shape with every digit and letter hidden (`811218-9876` → `******-****`),
    /// so a message can say what was found without repeating it.
    pub fn masked(&self, text: &str) -> String {
        text.get(self.range.clone())
            .unwrap_or_default()
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { '*' } else { c })
            .collect()
    }

    /// 1-based position of the number's first character in `text`, counted in characters, for
    /// telling a person where to look in a long field.
    pub fn char_position(&self, text: &str) -> usize {
        text.get(..self.range.start)
            .map_or(0, |before| before.chars().count())
            + 1
    }
}

/// Every identity number in `text`, in order, without overlaps.
pub fn find_identity_numbers(text: &str) -> Vec<IdentityNumberMatch> {
    let b = text.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() || (i > 0 && b[i - 1].is_ascii_digit()) {
            i += 1;
            continue;
        }
        let run_end = digit_run_end(b, i);
        if !starts_clean(b, i) {
            i = run_end;
            continue;
        }
        match match_at(b, i, run_end) {
            Some((end, kind)) => {
                found.push(IdentityNumberMatch {
                    range: i..end,
                    kind,
                });
                i = end;
            }
            None => i = run_end,
        }
    }
    found
}

/// `text` with every identity number in it masked (see [`IdentityNumberMatch::masked`]), for
/// showing an item's title in a message or a log without repeating a number it may hold.
pub fn mask_identity_numbers(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for m in find_identity_numbers(text) {
        out.push_str(text.get(last..m.range.start).unwrap_or_default());
        out.push_str(&m.masked(text));
        last = m.range.end;
    }
    out.push_str(text.get(last..).unwrap_or_default());
    out
}

fn digit_run_end(b: &[u8], from: usize) -> usize {
    b[from..]
        .iter()
        .position(|c| !c.is_ascii_digit())
        .map_or(b.len(), |n| from + n)
}

fn is_decimal_mark(c: u8) -> bool {
    c == b'.' || c == b','
}

/// Not right after `<digit>.` or `<digit>,` (the decimals of a longer number).
fn starts_clean(b: &[u8], start: usize) -> bool {
    start < 2 || !(is_decimal_mark(b[start - 1]) && b[start - 2].is_ascii_digit())
}

/// Not followed by a digit, nor by a decimal mark and a digit.
fn ends_clean(b: &[u8], end: usize) -> bool {
    match b.get(end) {
        None => true,
        Some(c) if c.is_ascii_digit() => false,
        Some(&c) if is_decimal_mark(c) => !b.get(end + 1).is_some_and(u8::is_ascii_digit),
        Some(_) => true,
    }
}

const EN_DASH: &[u8] = "\u{2013}".as_bytes();

/// The separator at `at`, if any: `-`, `+` or an en dash (written as `-`), with its byte length.
fn separator_at(b: &[u8], at: usize) -> Option<(u8, usize)> {
    match b.get(at)? {
        b'-' => Some((b'-', 1)),
        b'+' => Some((b'+', 1)),
        _ if b[at..].starts_with(EN_DASH) => Some((b'-', EN_DASH.len())),
        _ => None,
    }
}

/// Tries every form that starts with the digit run `b[start..run_end]`; returns the end of the
/// number and its kind.
fn match_at(b: &[u8], start: usize, run_end: usize) -> Option<(usize, IdentityNumberKind)> {
    let run = &b[start..run_end];
    match run.len() {
        12 => checks::swedish_long(run)
            .filter(|_| ends_clean(b, run_end))
            .map(|k| (run_end, k)),
        11 => checks::norwegian(run)
            .filter(|_| ends_clean(b, run_end))
            .map(|k| (run_end, k)),
        10 => checks::swedish_short(run)
            .or_else(|| checks::danish_unhyphenated(run))
            .filter(|_| ends_clean(b, run_end))
            .map(|k| (run_end, k)),
        8 => {
            let (_, sep_len) = separator_at(b, run_end)?;
            let tail = second_run(b, run_end + sep_len, 4)?;
            let twelve = [run, &b[tail.clone()]].concat();
            checks::swedish_long(&twelve).map(|k| (tail.end, k))
        }
        6 => six_digit_forms(b, run_end, run),
        _ => None,
    }
}

/// The digit run starting at `from` if it has exactly `len` digits and ends cleanly.
fn second_run(b: &[u8], from: usize, len: usize) -> Option<Range<usize>> {
    let end = digit_run_end(b, from);
    (end - from == len && ends_clean(b, end)).then_some(from..end)
}

/// `YYMMDD` or `DDMMYY` followed by a separator, a century letter or a space.
fn six_digit_forms(b: &[u8], run_end: usize, date: &[u8]) -> Option<(usize, IdentityNumberKind)> {
    if let Some((sep, sep_len)) = separator_at(b, run_end) {
        let from = run_end + sep_len;
        if let Some(tail) = second_run(b, from, 4) {
            let ten = [date, &b[tail.clone()]].concat();
            let kind = checks::swedish_short(&ten)
                .or_else(|| checks::finnish(date, sep, &ten[6..9], ten[9]))
                .or_else(|| {
                    (sep == b'-')
                        .then(|| checks::danish_hyphenated(&ten))
                        .flatten()
                });
            return kind.map(|k| (tail.end, k));
        }
        if let Some(tail) = second_run(b, from, 5) {
            let eleven = [date, &b[tail.clone()]].concat();
            return checks::norwegian(&eleven).map(|k| (tail.end, k));
        }
        return finnish_with_letter(b, date, sep, from);
    }
    let next = *b.get(run_end)?;
    if next.is_ascii_alphabetic() && checks::is_finnish_sign(next) {
        return finnish_with_letter(b, date, next, run_end + 1);
    }
    if next == b' ' && !(run_end >= 8 && b[run_end - 7] == b' ' && b[run_end - 8].is_ascii_digit())
    {
        // People type `YYMMDD NNNN` (Swedish) and `DDMMYY NNNNN` (Norwegian); a space-grouped
        // amount (`3 120345 6789 kr`) is not one, hence the look at what comes before and after.
        let from = run_end + 1;
        let end = digit_run_end(b, from);
        if !ends_clean(b, end)
            || (b.get(end) == Some(&b' ') && b.get(end + 1).is_some_and(u8::is_ascii_digit))
        {
            return None;
        }
        let joined = [date, &b[from..end]].concat();
        let kind = match joined.len() {
            10 => checks::swedish_short(&joined),
            11 => checks::norwegian(&joined),
            _ => None,
        };
        return kind.map(|k| (end, k));
    }
    None
}

/// Finnish: three digits then a check letter, then nothing alphanumeric.
fn finnish_with_letter(
    b: &[u8],
    date: &[u8],
    sign: u8,
    from: usize,
) -> Option<(usize, IdentityNumberKind)> {
    let individual = b.get(from..from + 3)?;
    let check = *b.get(from + 3)?;
    if !check.is_ascii_alphanumeric() || b.get(from + 4).is_some_and(u8::is_ascii_alphanumeric) {
        return None;
    }
    checks::finnish(date, sign, individual, check).map(|k| (from + 4, k))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Many small texts made of the characters the scanner cares about: it must never panic,
    /// and every match must be on character boundaries, in order and without overlap.
    #[test]
    fn never_panics_and_ranges_are_sound() {
        let alphabet = [
            '0', '1', '2', '3', '5', '8', '9', '-', '+', ' ', '.', ',', 'A', 'T', 'Y', '\u{2013}',
            'å',
        ];
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        for _ in 0..20_000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let len = (seed % 24) as usize;
            let text: String = (0..len)
                .map(|i| alphabet[((seed >> (i % 60)) as usize + i * 7) % alphabet.len()])
                .collect();
            let found = find_identity_numbers(&text);
            let mut last_end = 0;
            for m in &found {
                assert!(
                    m.range.start >= last_end && text.get(m.range.clone()).is_some(),
                    "{text:?}"
                );
                last_end = m.range.end;
            }
            let _ = mask_identity_numbers(&text);
        }
    }

    #[test]
    fn masking_keeps_separators_and_position_counts_characters() {
        let text = "Åsa: 131052-308T";
        let m = &find_identity_numbers(text)[0];
        assert_eq!(m.masked(text), "******-****");
        assert_eq!(m.char_position(text), 6);
    }
}
