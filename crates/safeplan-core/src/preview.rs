//! The live preview of a Markdown field (the lägesbild's, a challenge's or measure's description, an
//! indicator's definition), drawn from the report engine's own reading of the text so it agrees with
//! the PDF (safeplan_report::preview). It needs no database: the app asks for it as the
//! planner types, and it must never wait behind a save.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex, OnceLock};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use safeplan_model::{Language, Locale};
use safeplan_report::builtin;
use safeplan_report::preview::{self, PreviewBlock, DEFAULT_HEADING_LEVEL};

use crate::error::CoreError;
use crate::{locale_for, Safeplan};

/// Where a text will be printed: the plan's template and language, and the field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PreviewPlace {
    /// A built-in template's name, as in the plan (`district-plan`).
    pub template: String,
    pub language: Language,
    /// A lägesbild field's name as in the plan (`extent`, `cause_analysis`…), or an item's field by
    /// its section: `challenges.description`, `indicators.definition`, `measures.description`.
    pub field: String,
}

type Levels = Arc<BTreeMap<String, u8>>;

/// Each built-in template's field levels, found once per template and language: the templates are
/// compiled into the binary, so the answer never changes while the app runs.
fn levels(template: &str, locale: Locale) -> Result<Levels, CoreError> {
    static FOUND: OnceLock<Mutex<BTreeMap<(String, &'static str), Levels>>> = OnceLock::new();
    let key = (template.to_string(), locale.key());
    let cache = FOUND.get_or_init(Mutex::default);
    if let Some(found) = cache.lock().ok().and_then(|c| c.get(&key).cloned()) {
        return Ok(found);
    }
    let files = builtin::template(template, locale).ok_or_else(|| {
        CoreError::Template(format!(
            "there is no built-in template \"{template}\" in {} (built in: {})",
            locale.key(),
            builtin::names().join(", ")
        ))
    })?;
    // The demo's first plan has every kind of item, so each field's marker is printed somewhere.
    let sample = crate::demo::sundholm()
        .plans
        .into_iter()
        .next()
        .map(|p| p.document)
        .ok_or_else(|| CoreError::Template("the demo city has no plan to probe with".into()))?;
    let found = Arc::new(
        preview::field_heading_levels(&files, locale, &sample)
            .map_err(|e| CoreError::Template(format!("{}:{}: {}", e.file, e.line, e.message)))?,
    );
    if let Ok(mut c) = cache.lock() {
        c.insert(key, found.clone());
    }
    Ok(found)
}

impl Safeplan {
    /// A Markdown field as the plan's PDF prints it: headings at the level the template puts
    /// them, nested lists, tables, quotes and code, and raw HTML as text. Refused with `validation` for
    /// a field that is not Markdown and with `template` for an unknown built-in template.
    pub fn preview_markdown(
        text: &str,
        place: &PreviewPlace,
    ) -> Result<Vec<PreviewBlock>, CoreError> {
        let locale = locale_for(place.language);
        let template = match place.template.trim() {
            "" => builtin::names()[0],
            name => name,
        };
        let levels = levels(template, locale)?;
        let fields = preview::markdown_fields();
        if !fields.contains(&place.field) {
            return Err(CoreError::Validation(format!(
                "field: \"{}\" is not a Markdown field of a plan (those are {})",
                place.field,
                fields.join(", ")
            )));
        }
        // A template that prints the field without the filter, or not at all, still gets a preview:
        // the filter's own default level.
        let level = levels
            .get(&place.field)
            .copied()
            .unwrap_or(DEFAULT_HEADING_LEVEL);
        Ok(preview::markdown_field(text, level))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place(field: &str) -> PreviewPlace {
        PreviewPlace {
            template: "district-plan".into(),
            language: Language::Sv,
            field: field.into(),
        }
    }

    fn first_heading(blocks: &[PreviewBlock]) -> Option<u8> {
        blocks.iter().find_map(|b| match b {
            PreviewBlock::Heading { level, .. } => Some(*level),
            _ => None,
        })
    }

    #[test]
    fn each_field_previews_at_its_printed_level() {
        let extent = Safeplan::preview_markdown("# Rubrik", &place("extent")).unwrap();
        assert_eq!(first_heading(&extent), Some(3));
        let risks = Safeplan::preview_markdown("# Rubrik", &place("risk_factors")).unwrap();
        assert_eq!(first_heading(&risks), Some(4));
        let measure =
            Safeplan::preview_markdown("# Rubrik", &place("measures.description")).unwrap();
        assert_eq!(first_heading(&measure), Some(4));
        let challenge =
            Safeplan::preview_markdown("# Rubrik", &place("challenges.description")).unwrap();
        assert_eq!(first_heading(&challenge), Some(3));
    }

    #[test]
    fn an_unknown_field_or_template_is_named() {
        let err = Safeplan::preview_markdown("x", &place("extnt")).unwrap_err();
        assert_eq!(err.code(), "validation");
        assert!(err.to_string().contains("\"extnt\""), "{err}");
        let err = Safeplan::preview_markdown(
            "x",
            &PreviewPlace {
                template: "town-plan".into(),
                ..place("extent")
            },
        )
        .unwrap_err();
        assert_eq!(err.code(), "template");
        assert!(err.to_string().contains("town-plan"), "{err}");
    }
}
