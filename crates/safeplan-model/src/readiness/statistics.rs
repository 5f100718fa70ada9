//! R6 and R10: indicators that can show a trend, and small counts that could identify people.

use super::{finding, is_blank, Name};
use crate::document::PlanDocument;
use crate::enums::{IndicatorUnit, Section};
use crate::finding::{Finding, RuleId};
use crate::identity_number::mask_identity_numbers;
use crate::review::ItemRef;

/// Observations needed to show a trend.
const MIN_OBSERVATIONS: usize = 3;
/// Counts below this can identify people.
const SMALL_COUNT: f64 = 5.0;

/// R6. One finding per indicator without a source or with too few observations. A suppressed
/// observation counts: the figure exists, it is only hidden.
pub(super) fn source_and_trend(doc: &PlanDocument, out: &mut Vec<Finding>) {
    for ind in &doc.indicators {
        let observed = ind
            .observations
            .iter()
            .filter(|o| o.value.is_some() || o.suppressed)
            .count();
        let no_source = is_blank(&ind.source);
        let too_few = observed < MIN_OBSERVATIONS;
        if !no_source && !too_few {
            continue;
        }
        let name = Name::of(&ind.name, &ind.id);
        let count_sv = format!("har bara {observed} observationer; minst {MIN_OBSERVATIONS} behövs för att visa en trend");
        let count_en = format!("has only {observed} observations; at least {MIN_OBSERVATIONS} are needed to show a trend");
        let (field, sv, en) = match (no_source, too_few) {
            (true, true) => (
                "source",
                format!("saknar källa och {count_sv}"),
                format!("has no source and {count_en}"),
            ),
            (true, false) => (
                "source",
                "saknar källa (till exempel Polisen, Brå, NTU eller stadens trygghetsundersökning)"
                    .to_string(),
                "has no source (for example the police, Brå, NTU or the city's safety survey)"
                    .to_string(),
            ),
            _ => ("observations", count_sv, count_en),
        };
        out.push(finding(
            RuleId::R6,
            ItemRef::item_field(Section::Statistics, &ind.id, field),
            format!("Indikatorn {} {sv}.", name.sv),
            format!("The indicator {} {en}.", name.en),
        ));
    }
}

/// R10. Values from 0 up to (not including) 5 that are not marked suppressed, one finding per
/// indicator listing the periods, pointing at the first such observation.
///
/// Only indicators whose unit is a count are checked: 3.2 percent or 4 per 100 000 inhabitants
/// are not small counts of people, and an index has no people in it at all. Negative values are
/// not counts either.
pub(super) fn small_counts(doc: &PlanDocument, out: &mut Vec<Finding>) {
    for ind in doc
        .indicators
        .iter()
        .filter(|i| i.unit == IndicatorUnit::Count)
    {
        let small: Vec<(usize, &str, f64)> = ind
            .observations
            .iter()
            .enumerate()
            .filter(|(_, o)| !o.suppressed)
            .filter_map(|(i, o)| {
                o.value
                    .filter(|v| (0.0..SMALL_COUNT).contains(v))
                    .map(|v| (i, o.period.as_str(), v))
            })
            .collect();
        let Some(&(first, _, _)) = small.first() else {
            continue;
        };
        let listed = small
            .iter()
            .map(|(_, period, v)| format!("{} ({v})", mask_identity_numbers(period)))
            .collect::<Vec<_>>()
            .join(", ");
        let name = Name::of(&ind.name, &ind.id);
        out.push(finding(
            RuleId::R10,
            ItemRef::item_field(Section::Statistics, &ind.id, &format!("observations[{first}]")),
            format!(
                "Indikatorn {} har värden under 5 som inte är markerade som skyddade: {listed}. Små tal kan röja enskilda personer; markera dem som skyddade.",
                name.sv
            ),
            format!(
                "The indicator {} has values below 5 not marked as suppressed: {listed}. Small counts can identify people; mark them suppressed.",
                name.en
            ),
        ));
    }
}
