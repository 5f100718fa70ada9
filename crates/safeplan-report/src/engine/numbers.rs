//! Numbers as a Nordic or English reader expects them: "4 190,5" (narrow no-break space and
//! decimal comma) or "4,190.5".

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lang {
    Nordic,
    English,
}

impl Lang {
    pub fn from_tag(tag: &str) -> Lang {
        if tag.to_ascii_lowercase().starts_with("en") {
            Lang::English
        } else {
            Lang::Nordic
        }
    }
}

/// Formats `value` with `decimals` decimals.
#[allow(clippy::manual_is_multiple_of)] // `is_multiple_of` is newer than the workspace's rust-version
pub fn format(value: f64, decimals: usize, lang: Lang) -> String {
    if !value.is_finite() {
        return String::new();
    }
    let text = format!("{:.*}", decimals, value.abs());
    let (int, frac) = match text.split_once('.') {
        Some((i, f)) => (i.to_string(), Some(f.to_string())),
        None => (text.clone(), None),
    };
    let (group, point) = match lang {
        Lang::Nordic => ('\u{202f}', ','),
        Lang::English => (',', '.'),
    };
    let mut grouped = String::new();
    let digits: Vec<char> = int.chars().collect();
    // Swedish style leaves four-digit numbers ungrouped only in tables of years; in charts a
    // grouped 4 190 reads better, so every number of four digits or more is grouped.
    for (i, c) in digits.iter().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(group);
        }
        grouped.push(*c);
    }
    let mut out = String::new();
    if value < 0.0 && text.chars().any(|c| c.is_ascii_digit() && c != '0') {
        out.push('−');
    }
    out.push_str(&grouped);
    if let Some(f) = frac {
        out.push(point);
        out.push_str(&f);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nordic_and_english() {
        assert_eq!(format(4190.0, 0, Lang::Nordic), "4\u{202f}190");
        assert_eq!(format(1234567.26, 1, Lang::English), "1,234,567.3");
        assert_eq!(format(-2.5, 1, Lang::Nordic), "−2,5");
        assert_eq!(format(0.0, 0, Lang::Nordic), "0");
        assert_eq!(format(950.0, 0, Lang::Nordic), "950");
    }
}
