//! Where a template prints each Markdown field's own headings. The level is the template's choice
//! (`{{ m.description | markdown(heading_level=4) }}`), so it is asked of the template itself: the
//! template is rendered once over a sample plan whose Markdown fields hold marker headings, and the
//! level each marker landed at is read back.
//!
//! A field is named as the preview asks for it: a lägesbild field by its own name (`extent`,
//! `cause_analysis`…), an item's field by its section and field (`measures.description`).

use std::collections::BTreeMap;

use safeplan_model::{Lagesbild, Language, Locale, PlanDocument};

use crate::template::{self, TemplateError, TemplateFiles};

/// The items' Markdown fields: every one the district plan prints through the `markdown` filter.
const ITEM_FIELDS: [&str; 3] = [
    "challenges.description",
    "indicators.definition",
    "measures.description",
];

const MARKER: &str = "safeplan-field-marker-";

/// Every field a preview can be asked for: the lägesbild's fields, read from the model's own type so a
/// new one needs no change here, then the items' Markdown fields.
pub fn markdown_fields() -> Vec<String> {
    let mut fields: Vec<String> = match serde_json::to_value(Lagesbild::default()) {
        Ok(serde_json::Value::Object(map)) => map.keys().cloned().collect(),
        _ => Vec::new(),
    };
    fields.extend(ITEM_FIELDS.iter().map(|f| f.to_string()));
    fields
}

fn marker(field: &str) -> String {
    format!("# {MARKER}{field}\n")
}

/// `sample` with a marker heading in each Markdown field: the lägesbild's, and the first challenge's,
/// indicator's and measure's. A kind the sample has none of stays unmarked.
fn marked(sample: &PlanDocument, locale: Locale) -> PlanDocument {
    let mut doc = sample.clone();
    doc.plan.language = match locale {
        Locale::Sv => Language::Sv,
        Locale::En => Language::En,
    };
    let lagesbild: serde_json::Map<String, serde_json::Value> = markdown_fields()
        .into_iter()
        .filter(|f| !f.contains('.'))
        .map(|f| {
            let text = marker(&f);
            (f, serde_json::Value::String(text))
        })
        .collect();
    doc.plan.lagesbild = serde_json::from_value(serde_json::Value::Object(lagesbild))
        .unwrap_or_else(|_| Lagesbild::default());
    if let Some(c) = doc.challenges.first_mut() {
        c.description = marker(ITEM_FIELDS[0]);
    }
    if let Some(i) = doc.indicators.first_mut() {
        i.definition = marker(ITEM_FIELDS[1]);
    }
    if let Some(m) = doc.measures.first_mut() {
        m.description = marker(ITEM_FIELDS[2]);
    }
    doc
}

/// The heading level at which `files` prints each Markdown field's own `#` headings, by field name (see
/// the module's note). `sample` is any plan with at least one challenge, indicator and measure; its
/// texts are replaced. A field the template prints without the `markdown` filter, or not at all, is
/// missing from the map.
pub fn field_heading_levels(
    files: &TemplateFiles,
    locale: Locale,
    sample: &PlanDocument,
) -> Result<BTreeMap<String, u8>, TemplateError> {
    let document = marked(sample, locale);
    // Any date serves: only where the headings land is read.
    let date = safeplan_model::IsoDate::from_days_since_epoch(0).expect("1970-01-01 is a date");
    let input = template::Input {
        document: &document,
        findings: &[],
        locale,
        date: &date,
        has_logo: false,
        file_prefix: String::new(),
        review: None,
    };
    let rendered = template::render(files, &input)?;
    let mut levels = BTreeMap::new();
    for line in rendered.markdown.lines() {
        let hashes = line.len() - line.trim_start_matches('#').len();
        let Some(name) = line[hashes..].trim().strip_prefix(MARKER) else {
            continue;
        };
        if (1..=6).contains(&hashes) {
            levels.entry(name.to_string()).or_insert(hashes as u8);
        }
    }
    Ok(levels)
}
