//! One series from a file into a plan's indicator, as one saved change: the file's periods replace
//! the indicator's observations of the same periods and the others stay. The preview shows the
//! same merge before anything is written.

use std::path::Path;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use safeplan_model::limits::SHORT_TEXT_MAX;
use safeplan_model::validate::parse_observation_period;
use safeplan_model::{
    Actor, Direction, Indicator, IndicatorKind, IndicatorUnit, IsoDate, ItemKind, Observation,
    PlanDocument, PlanItem,
};

use super::select::{select_series, SeriesQuery};
use super::spreadsheet::SheetChoice;
use super::table::{CellKind, StatTable};
use crate::error::CoreError;
use crate::Safeplan;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case", tag = "type")]
pub enum StatsTarget {
    /// An indicator already in the plan.
    Indicator { id: String },
    /// A new indicator with this name.
    New {
        name: String,
        kind: IndicatorKind,
        unit: IndicatorUnit,
        direction: Direction,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct StatsImportRequest {
    pub sheet: Option<String>,
    pub range: Option<String>,
    pub query: SeriesQuery,
    pub target: StatsTarget,
}

/// One period of the series as it will be stored, and what it replaces.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct PreviewRow {
    pub period: String,
    pub value: Option<f64>,
    pub kind: CellKind,
    pub note: String,
    pub replaces: Option<Observation>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ImportPreview {
    pub indicator_id: String,
    pub indicator_name: String,
    /// True when the import creates the indicator.
    pub creates: bool,
    /// The fixed choices, `dimension: value`.
    pub chosen: Vec<String>,
    pub rows: Vec<PreviewRow>,
    /// Observations of other periods, kept as they are.
    pub kept: u32,
    /// The source the indicator will name (the file's, where the indicator had none).
    pub source: String,
    pub data_as_of: Option<IsoDate>,
    /// The whole indicator as it will be saved.
    pub indicator: Indicator,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct StatsImported {
    pub preview: ImportPreview,
    /// The plan's revision after the import.
    #[ts(type = "number")]
    pub revision: i64,
}

fn clip(text: String) -> String {
    if text.chars().count() <= SHORT_TEXT_MAX {
        text
    } else {
        text.chars().take(SHORT_TEXT_MAX).collect()
    }
}

fn period_key(period: &str) -> (i32, u8, u32) {
    parse_observation_period(period).unwrap_or((i32::MAX, u8::MAX, u32::MAX))
}

/// The indicator as the import leaves it, and the preview of that change.
pub(crate) fn plan_import(
    doc: &PlanDocument,
    table: &StatTable,
    file: &str,
    query: &SeriesQuery,
    target: &StatsTarget,
) -> Result<ImportPreview, CoreError> {
    let series = select_series(table, query)?;
    if series.points.is_empty() {
        return Err(CoreError::StatsSelection(format!(
            "{file} holds no cell for this selection ({}); nothing to import",
            series.chosen.join(", ")
        )));
    }
    let (mut indicator, creates) = match target {
        StatsTarget::Indicator { id } => {
            let found = doc
                .indicators
                .iter()
                .find(|i| i.id == *id)
                .cloned()
                .ok_or_else(|| {
                    CoreError::NotFound(format!(
                        "the plan has no indicator \"{id}\"; its indicators are: {}",
                        doc.indicators
                            .iter()
                            .map(|i| format!("{} ({})", i.id, i.name))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ))
                })?;
            (found, false)
        }
        StatsTarget::New {
            name,
            kind,
            unit,
            direction,
        } => (
            Indicator {
                id: uuid::Uuid::new_v4().to_string(),
                name: name.trim().to_string(),
                kind: *kind,
                unit: *unit,
                source: String::new(),
                definition: clip(format!("From {file}: {}", series.chosen.join("; "))),
                direction: *direction,
                observations: Vec::new(),
            },
            true,
        ),
    };
    if indicator.source.trim().is_empty() {
        if let Some(source) = &table.source {
            indicator.source = clip(source.clone());
        }
    }
    let mut rows = Vec::new();
    let old = std::mem::take(&mut indicator.observations);
    let mut replaced = vec![false; old.len()];
    let mut observations = Vec::new();
    for point in &series.points {
        let note = match point.cell.kind {
            CellKind::Value | CellKind::Nil | CellKind::Suppressed => point.cell.note.clone(),
            CellKind::Missing => format!("missing: {}", point.cell.note),
        };
        let observation = Observation {
            period: point.period.clone(),
            value: point.cell.value,
            data_as_of: table.updated.clone(),
            note: clip(note),
            suppressed: point.cell.kind == CellKind::Suppressed,
        };
        let key = period_key(&point.period);
        let replaces = old.iter().position(|o| period_key(&o.period) == key);
        if let Some(i) = replaces {
            replaced[i] = true;
        }
        rows.push(PreviewRow {
            period: observation.period.clone(),
            value: observation.value,
            kind: point.cell.kind,
            note: observation.note.clone(),
            replaces: replaces.map(|i| old[i].clone()),
        });
        observations.push(observation);
    }
    let kept: Vec<Observation> = old
        .into_iter()
        .zip(&replaced)
        .filter(|(_, r)| !**r)
        .map(|(o, _)| o)
        .collect();
    let kept_count = kept.len() as u32;
    observations.extend(kept);
    observations.sort_by_key(|o| period_key(&o.period));
    indicator.observations = observations;
    Ok(ImportPreview {
        indicator_id: indicator.id.clone(),
        indicator_name: indicator.name.clone(),
        creates,
        chosen: series.chosen,
        rows,
        kept: kept_count,
        source: indicator.source.clone(),
        data_as_of: table.updated.clone(),
        indicator,
    })
}

impl Safeplan {
    /// What importing one series from the file would do, without saving anything.
    pub fn preview_stats_import(
        &self,
        plan: &str,
        path: &Path,
        request: &StatsImportRequest,
    ) -> Result<ImportPreview, CoreError> {
        let doc = self.plan(plan)?;
        let choice = SheetChoice {
            sheet: request.sheet.clone(),
            range: request.range.clone(),
        };
        let table = super::read_file(path, &choice)?;
        plan_import(
            &doc,
            &table,
            &file_name(path),
            &request.query,
            &request.target,
        )
    }

    /// Imports one series from the file into the plan as `actor`, as one change made against
    /// `expected_revision` (the plan's current revision when absent). Refused as stale when the
    /// plan has changed since, and like every edit while the plan is read-only for the actor.
    pub fn import_stats(
        &mut self,
        actor: &Actor,
        plan: &str,
        path: &Path,
        request: &StatsImportRequest,
        expected_revision: Option<i64>,
    ) -> Result<StatsImported, CoreError> {
        let doc = self.plan(plan)?;
        self.may_edit(&doc.plan.id, actor, Some(ItemKind::Indicator))?;
        let preview = self.preview_stats_import(&doc.plan.id, path, request)?;
        let expected = expected_revision.unwrap_or(doc.plan.revision);
        let item = PlanItem::Indicator(preview.indicator.clone());
        let revision = self.store.save_item(&doc.plan.id, expected, &item)?;
        Ok(StatsImported { preview, revision })
    }
}

fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}
