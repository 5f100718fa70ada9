//! How numbers, dates and statistical periods are written in the report's language. Everything here is
//! total: a malformed date or period comes back as it was given, never as a panic or an empty string.

use safeplan_model::{IndicatorUnit, IsoDate, Locale};

/// Swedish groups thousands with a no-break space so "4 190" never splits over two lines.
const SV_GROUP: char = '\u{a0}';

/// A number in the locale's style: "4 190" and "3,2" in Swedish, "4,190" and "3.2" in English.
/// `decimals` fixes the number of decimals; without it, up to two are shown and trailing zeros dropped.
pub fn number(value: f64, decimals: Option<usize>, locale: Locale) -> String {
    if !value.is_finite() {
        return "–".to_string();
    }
    let places = decimals.unwrap_or(2).min(6);
    // Half away from zero, as statistics are read ("3,25" to one decimal is "3,3"), not to even.
    let factor = 10f64.powi(places as i32);
    let rounded = match (value.abs() * factor).round() / factor {
        r if r.is_finite() => r,
        _ => value.abs(),
    };
    let mut text = format!("{:.*}", places, rounded);
    if decimals.is_none() && text.contains('.') {
        while text.ends_with('0') {
            text.pop();
        }
        if text.ends_with('.') {
            text.pop();
        }
    }
    let (whole, fraction) = match text.split_once('.') {
        Some((w, f)) => (w.to_string(), Some(f.to_string())),
        None => (text.clone(), None),
    };
    let (group, point) = match locale {
        Locale::Sv => (SV_GROUP, ','),
        Locale::En => (',', '.'),
    };
    // Groups of three from the right: the first group takes what is left over.
    let head = match whole.len() % 3 {
        0 => 3.min(whole.len()),
        n => n,
    };
    let mut out = whole[..head].to_string();
    for group_digits in whole.as_bytes()[head..].chunks(3) {
        out.push(group);
        out.extend(group_digits.iter().map(|b| char::from(*b)));
    }
    if let Some(f) = fraction {
        out.push(point);
        out.push_str(&f);
    }
    let is_zero = out.chars().all(|c| c == '0' || c == point || c == group);
    if value < 0.0 && !is_zero {
        out.insert(0, '-');
    }
    out
}

/// What follows a value of the unit: "63,1 %" / "63.1%", "12 per 100 000 invånare"; nothing for counts.
pub fn unit_suffix(unit: IndicatorUnit, locale: Locale) -> &'static str {
    match (unit, locale) {
        (IndicatorUnit::Percent, Locale::Sv) => "\u{a0}%",
        (IndicatorUnit::Percent, Locale::En) => "%",
        (IndicatorUnit::Per100k, Locale::Sv) => " per 100\u{a0}000 invånare",
        (IndicatorUnit::Per100k, Locale::En) => " per 100,000 inhabitants",
        _ => "",
    }
}

const MONTHS_SV: [&str; 12] = [
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn month_name(month: usize, locale: Locale) -> Option<&'static str> {
    let names = match locale {
        Locale::Sv => &MONTHS_SV,
        Locale::En => &MONTHS_EN,
    };
    names.get(month.checked_sub(1)?).copied()
}

/// The styles the `date` filter knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateStyle {
    /// "12 mars 2025" / "12 March 2025".
    Long,
    /// "mars 2025" / "March 2025".
    Month,
    /// "2025-03-12", as given.
    Iso,
}

impl DateStyle {
    pub fn from_name(name: &str) -> Option<DateStyle> {
        match name {
            "long" => Some(DateStyle::Long),
            "month" => Some(DateStyle::Month),
            "iso" | "short" => Some(DateStyle::Iso),
            _ => None,
        }
    }
}

/// A date as the report prints it.
pub fn format_date(date: &IsoDate, style: DateStyle, locale: Locale) -> String {
    let name = month_name(date.month() as usize, locale).unwrap_or_default();
    match style {
        DateStyle::Iso => date.to_string(),
        DateStyle::Long => format!("{} {name} {}", date.day(), date.year()),
        DateStyle::Month => format!("{name} {}", date.year()),
    }
}

/// The `date` filter over whatever a template hands it: a date `YYYY-MM-DD` or a month `YYYY-MM`
/// (each read by the model's [`IsoDate`]); anything else is printed as given.
pub fn date(text: &str, style: DateStyle, locale: Locale) -> String {
    let trimmed = text.trim();
    if let Ok(date) = IsoDate::parse(trimmed) {
        return format_date(&date, style, locale);
    }
    match IsoDate::parse(&format!("{trimmed}-01")) {
        Ok(first) if style != DateStyle::Iso => format_date(&first, DateStyle::Month, locale),
        _ => text.to_string(),
    }
}

/// A statistical period as an axis or table label: `2019`, `2019-H1`, `2019-Q3` or `2019-05`.
pub fn period(text: &str, locale: Locale) -> String {
    let text = text.trim();
    let Some((year, rest)) = text.split_once('-') else {
        return text.to_string();
    };
    if year.parse::<i32>().is_err() {
        return text.to_string();
    }
    let upper = rest.to_ascii_uppercase();
    if let Some(half) = upper.strip_prefix('H').filter(|h| *h == "1" || *h == "2") {
        return format!("H{half} {year}");
    }
    if let Some(q) = upper
        .strip_prefix('Q')
        .filter(|q| matches!(*q, "1" | "2" | "3" | "4"))
    {
        return match locale {
            Locale::Sv => format!("kv. {q} {year}"),
            Locale::En => format!("Q{q} {year}"),
        };
    }
    if let Ok(month) = rest.parse::<usize>() {
        if let Some(name) = month_name(month, locale) {
            return format!("{name} {year}");
        }
    }
    text.to_string()
}

/// A period as it reads inside a sentence: "år 2015" / "in 2015", "kv. 3 2019" / "in Q3 2019".
pub fn period_in_sentence(text: &str, locale: Locale) -> String {
    let label = period(text, locale);
    let is_year = text.trim().len() == 4 && text.trim().parse::<i32>().is_ok();
    match (locale, is_year) {
        (Locale::Sv, true) => format!("år {label}"),
        (Locale::Sv, false) => label,
        (Locale::En, _) => format!("in {label}"),
    }
}

/// "a, b och c" / "a, b and c".
pub fn and_list(items: &[String], locale: Locale) -> String {
    let word = match locale {
        Locale::Sv => "och",
        Locale::En => "and",
    };
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {word} {last}", init.join(", ")),
    }
}

/// A measure's timeframe from its optional ISO start and end dates; empty when neither is set.
pub fn timeframe(start: Option<&IsoDate>, end: Option<&IsoDate>, locale: Locale) -> String {
    let start = start.map(|s| format_date(s, DateStyle::Month, locale));
    let end = end.map(|e| format_date(e, DateStyle::Month, locale));
    match (start, end, locale) {
        (Some(s), Some(e), _) => format!("{s} – {e}"),
        (Some(s), None, Locale::Sv) => format!("från {s}"),
        (Some(s), None, Locale::En) => format!("from {s}"),
        (None, Some(e), Locale::Sv) => format!("till {e}"),
        (None, Some(e), Locale::En) => format!("until {e}"),
        (None, None, _) => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_follow_the_locale() {
        assert_eq!(number(4190.0, None, Locale::Sv), "4\u{a0}190");
        assert_eq!(number(4190.0, None, Locale::En), "4,190");
        assert_eq!(number(3.2, None, Locale::Sv), "3,2");
        assert_eq!(number(3.2, None, Locale::En), "3.2");
        assert_eq!(number(1234567.5, Some(1), Locale::En), "1,234,567.5");
        assert_eq!(number(-0.001, None, Locale::En), "0");
        assert_eq!(number(-12.0, None, Locale::Sv), "-12");
        assert_eq!(number(f64::NAN, None, Locale::Sv), "–");
        assert_eq!(number(999.0, None, Locale::Sv), "999");
        assert_eq!(number(3.25, Some(1), Locale::Sv), "3,3");
        assert!(number(f64::MAX, None, Locale::En).starts_with("179,769"));
    }

    #[test]
    fn dates_and_periods() {
        assert_eq!(
            date("2025-03-12", DateStyle::Long, Locale::Sv),
            "12 mars 2025"
        );
        assert_eq!(
            date("2025-03-12", DateStyle::Long, Locale::En),
            "12 March 2025"
        );
        assert_eq!(
            date("not a date", DateStyle::Long, Locale::En),
            "not a date"
        );
        assert_eq!(
            date("2025-13-01", DateStyle::Long, Locale::En),
            "2025-13-01"
        );
        assert_eq!(
            date("2026-02-31", DateStyle::Long, Locale::En),
            "2026-02-31"
        );
        assert_eq!(date("2025-03", DateStyle::Long, Locale::Sv), "mars 2025");
        assert_eq!(date("2025-03", DateStyle::Iso, Locale::Sv), "2025-03");
        assert_eq!(period("2019-Q3", Locale::Sv), "kv. 3 2019");
        assert_eq!(period("2019-05", Locale::En), "May 2019");
        assert_eq!(period("2019", Locale::En), "2019");
        assert_eq!(period_in_sentence("2015", Locale::Sv), "år 2015");
        assert_eq!(
            timeframe(Some(&"2025-01-01".parse().unwrap()), None, Locale::En),
            "from January 2025"
        );
    }

    #[test]
    fn lists() {
        let items = ["a".to_string(), "b".to_string(), "c".to_string()];
        assert_eq!(and_list(&items, Locale::Sv), "a, b och c");
        assert_eq!(and_list(&items[..1], Locale::En), "a");
    }
}
