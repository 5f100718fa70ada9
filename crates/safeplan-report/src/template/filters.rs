//! The filters a template can use on values: numbers, dates and periods in the report's language, the
//! labels of the plan's vocabularies, and the two ways of placing user text (escaped, or as Markdown).
//! Also the formatter that escapes every printed value, so user text is text unless a filter says otherwise.

use minijinja::value::{Kwargs, Value};
use minijinja::{Environment, Error, ErrorKind, Output, State};
use safeplan_model::*;

use super::format::{self, DateStyle};
use super::markdown;

/// The vocabularies `label` knows, as a template names them.
pub const VOCABULARIES: &[&str] = &[
    "status",
    "language",
    "unit_kind",
    "category",
    "trend",
    "indicator_kind",
    "indicator_unit",
    "direction",
    "level",
    "theme",
    "measure_status",
    "partner_role",
    "partner_type",
    "evidence",
    "effect_term",
    "section",
    "finding_level",
    "rule",
    "role",
    "item_kind",
    "suggestion_state",
];

macro_rules! lookup {
    ($t:ty, $key:expr, $locale:expr) => {
        (
            <$t>::from_key($key).map(|v| v.label($locale)),
            <$t>::ALL.iter().map(|v| v.key()).collect::<Vec<_>>(),
        )
    };
}

/// The label of `key` in `vocabulary`, or the keys the vocabulary has when `key` is not one of them.
fn label_of(
    vocabulary: &str,
    key: &str,
    locale: Locale,
) -> Option<(Option<&'static str>, Vec<&'static str>)> {
    Some(match vocabulary {
        "status" => lookup!(PlanStatus, key, locale),
        "language" => lookup!(Language, key, locale),
        "unit_kind" => lookup!(UnitKind, key, locale),
        "category" => lookup!(ChallengeCategory, key, locale),
        "trend" => lookup!(Trend, key, locale),
        "indicator_kind" => lookup!(IndicatorKind, key, locale),
        "indicator_unit" => lookup!(IndicatorUnit, key, locale),
        "direction" => lookup!(Direction, key, locale),
        "level" => lookup!(PreventionLevel, key, locale),
        "theme" => lookup!(CapitalCodeTheme, key, locale),
        "measure_status" => lookup!(MeasureStatus, key, locale),
        "partner_role" => lookup!(PartnerRole, key, locale),
        "partner_type" => lookup!(PartnerType, key, locale),
        "evidence" => lookup!(EvidenceLevel, key, locale),
        "effect_term" => lookup!(EffectTerm, key, locale),
        "section" => lookup!(Section, key, locale),
        "finding_level" => lookup!(Level, key, locale),
        "rule" => lookup!(RuleId, key, locale),
        "role" => lookup!(Role, key, locale),
        "item_kind" => lookup!(ItemKind, key, locale),
        "suggestion_state" => lookup!(SuggestionState, key, locale),
        _ => return None,
    })
}

fn invalid(message: String) -> Error {
    Error::new(ErrorKind::InvalidOperation, message)
}

fn label(value: Value, vocabulary: Option<String>, locale: Locale) -> Result<String, Error> {
    let Some(vocabulary) = vocabulary else {
        return Err(invalid(format!(
            "label needs the vocabulary, e.g. `label(\"level\")`; one of: {}",
            VOCABULARIES.join(", ")
        )));
    };
    if value.is_none() {
        return Ok(String::new());
    }
    let key = value
        .as_str()
        .map(str::to_string)
        .unwrap_or_else(|| value.to_string());
    match label_of(&vocabulary, &key, locale) {
        None => Err(invalid(format!(
            "unknown vocabulary `{vocabulary}`; one of: {}",
            VOCABULARIES.join(", ")
        ))),
        Some((Some(label), _)) => Ok(label.to_string()),
        Some((None, keys)) => Err(invalid(format!(
            "`{key}` is not in `{vocabulary}` ({})",
            keys.join(", ")
        ))),
    }
}

fn as_number(filter: &str, value: &Value) -> Result<Option<f64>, Error> {
    if value.is_none() || value.is_undefined() {
        return Ok(None);
    }
    f64::try_from(value.clone())
        .map(Some)
        .map_err(|_| invalid(format!("{filter}: expected a number, got `{value}`")))
}

fn number(value: Value, decimals: Option<usize>, locale: Locale) -> Result<String, Error> {
    Ok(match as_number("number", &value)? {
        Some(v) => format::number(v, decimals, locale),
        None => "–".to_string(),
    })
}

/// A number with its unit: `{{ f.target | quantity(f.unit) }}` is "68 %" for a percentage.
fn quantity(value: Value, unit: Option<Value>, locale: Locale) -> Result<String, Error> {
    let Some(v) = as_number("quantity", &value)? else {
        return Ok("–".to_string());
    };
    let unit = match unit.as_ref().filter(|u| !u.is_none() && !u.is_undefined()) {
        None => None,
        Some(u) => {
            let key = u.as_str().unwrap_or_default();
            let unit = IndicatorUnit::from_key(key).ok_or_else(|| {
                invalid(format!(
                    "quantity: unknown unit `{u}` (count, per_100k, percent, index)"
                ))
            })?;
            Some(unit)
        }
    };
    let suffix = unit
        .map(|u| format::unit_suffix(u, locale))
        .unwrap_or_default();
    Ok(format!("{}{suffix}", format::number(v, None, locale)))
}

fn date(value: Value, style: Option<String>, locale: Locale) -> Result<String, Error> {
    if value.is_none() {
        return Ok(String::new());
    }
    let style = match style.as_deref() {
        None => DateStyle::Long,
        Some(name) => DateStyle::from_name(name)
            .ok_or_else(|| invalid(format!("date: unknown style `{name}` (long, month or iso)")))?,
    };
    let text = value
        .as_str()
        .map(str::to_string)
        .unwrap_or_else(|| value.to_string());
    Ok(format::date(&text, style, locale))
}

/// The level a field's own `#` headings are pushed down to when the template names none.
pub const DEFAULT_HEADING_LEVEL: u8 = 4;

fn user_markdown(value: Value, kwargs: Kwargs) -> Result<Value, Error> {
    let heading_level = kwargs
        .get::<Option<usize>>("heading_level")?
        .unwrap_or(usize::from(DEFAULT_HEADING_LEVEL));
    kwargs.assert_all_used()?;
    if value.is_none() {
        return Ok(Value::from_safe_string(String::new()));
    }
    let text = value
        .as_str()
        .map(str::to_string)
        .unwrap_or_else(|| value.to_string());
    Ok(Value::from_safe_string(markdown::user_markdown(
        &text,
        heading_level,
    )))
}

fn md_escape(value: Value) -> Value {
    if value.is_safe() || value.is_none() {
        return value;
    }
    let text = value
        .as_str()
        .map(str::to_string)
        .unwrap_or_else(|| value.to_string());
    Value::from_safe_string(markdown::escape_inline(&text))
}

/// Every printed value is Markdown-escaped unless it is marked safe (blocks, `markdown`, `safe`); `none`
/// prints as nothing rather than the word "none" on a page.
pub fn escape_formatter(out: &mut Output, _state: &State, value: &Value) -> Result<(), Error> {
    let text = if value.is_safe() {
        value.as_str().map(str::to_string).unwrap_or_default()
    } else if value.is_none() || value.is_undefined() {
        String::new()
    } else {
        let plain = value
            .as_str()
            .map(str::to_string)
            .unwrap_or_else(|| value.to_string());
        markdown::escape_inline(&plain)
    };
    out.write_str(&text).map_err(Error::from)
}

pub fn register(env: &mut Environment<'static>, locale: Locale) {
    env.set_formatter(escape_formatter);
    env.add_filter("label", move |v: Value, vocabulary: Option<String>| {
        label(v, vocabulary, locale)
    });
    env.add_filter("number", move |v: Value, decimals: Option<usize>| {
        number(v, decimals, locale)
    });
    env.add_filter("quantity", move |v: Value, unit: Option<Value>| {
        quantity(v, unit, locale)
    });
    env.add_filter("date", move |v: Value, style: Option<String>| {
        date(v, style, locale)
    });
    env.add_filter("period", move |v: String| format::period(&v, locale));
    env.add_filter("and_list", move |v: Vec<String>| {
        format::and_list(&v, locale)
    });
    env.add_filter("markdown", user_markdown);
    env.add_filter("md_escape", md_escape);
    // The built-in HTML escape would be wrong in a Markdown template: make `escape`/`e` mean Markdown.
    env.add_filter("escape", md_escape);
    env.add_filter("e", md_escape);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_vocabulary_resolves() {
        for vocabulary in VOCABULARIES {
            let (_, keys) = label_of(vocabulary, "", Locale::Sv).unwrap_or_default();
            assert!(!keys.is_empty(), "{vocabulary}");
            for key in keys {
                assert!(label_of(vocabulary, key, Locale::En).is_some_and(|(l, _)| l.is_some()));
            }
        }
    }

    #[test]
    fn labels_need_a_known_vocabulary_and_key() {
        assert_eq!(
            label(Value::from("universal"), Some("level".into()), Locale::Sv)
                .ok()
                .as_deref(),
            Some("Universell prevention")
        );
        assert!(label(Value::from("universal"), None, Locale::Sv).is_err());
        assert!(label(Value::from("universal"), Some("levle".into()), Locale::Sv).is_err());
        assert!(label(Value::from("sometimes"), Some("level".into()), Locale::Sv).is_err());
    }
}
