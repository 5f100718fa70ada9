// What the statistics import dialog asks of the planner and what it sends: one value of every
// dimension that has several (the series' place in the table), the time dimension where the file does
// not say which it is, and the indicator the series goes into. Core picks the series and refuses a
// selection that is open or wrong (`stats_selection`); this only keeps the dialog from asking core
// before the planner has chosen, and names what is still to choose.

import type {
  Dimension,
  ImportPreview,
  IndicatorKind,
  IndicatorUnit,
  PreviewRow,
  SeriesQuery,
  StatsImportRequest,
  StatsTarget,
  TableSummary,
} from '../../generated/types';

/** The planner's choices so far. `select` is by dimension code, each a category code ('' = not chosen). */
export interface Choices {
  /** The time dimension's code, where the file does not say which it is ('' = not chosen). */
  period: string;
  select: Record<string, string>;
}

/** The indicator the series goes into: a new one, or one of the plan's (`existingId`). */
export interface TargetForm {
  mode: 'new' | 'existing';
  name: string;
  kind: IndicatorKind;
  unit: IndicatorUnit;
  direction: 'down' | 'up';
  existingId: string;
}

/** The time dimension the file itself names (exactly one with the time role), else null. */
export function fileTime(summary: TableSummary): Dimension | null {
  const times = summary.dimensions.filter((d) => d.role === 'time');
  return times.length === 1 ? times[0] : null;
}

/** The dimension the series runs along: the file's, else the planner's choice. */
export function timeDimension(summary: TableSummary, choices: Choices): Dimension | null {
  return fileTime(summary) ?? summary.dimensions.find((d) => d.code === choices.period) ?? null;
}

/** The dimensions the planner picks one value of: all but time, of those with more than one value. */
export function choiceDimensions(summary: TableSummary, choices: Choices): Dimension[] {
  const time = timeDimension(summary, choices);
  return summary.dimensions.filter((d) => d !== time && d.categories.length > 1);
}

/** Nothing chosen yet, but the time dimension where the file names it. */
export function initialChoices(summary: TableSummary): Choices {
  return { period: fileTime(summary)?.code ?? '', select: {} };
}

/** The labels of what is still to choose: the time dimension (as null) and each open dimension. */
export function openChoices(summary: TableSummary, choices: Choices): (string | null)[] {
  const open: (string | null)[] = timeDimension(summary, choices) ? [] : [null];
  for (const d of choiceDimensions(summary, choices)) {
    if (!d.categories.some((c) => c.code === choices.select[d.code])) open.push(d.label);
  }
  return open;
}

/** The query for core, by codes; null while something is still to choose. */
export function toQuery(summary: TableSummary, choices: Choices): SeriesQuery | null {
  if (openChoices(summary, choices).length) return null;
  return {
    select: choiceDimensions(summary, choices).map((d): [string, string] => [d.code, choices.select[d.code]]),
    period: fileTime(summary) ? null : choices.period,
    value: null,
  };
}

/** The labels of the chosen values, for a new indicator's suggested name. */
export function suggestedName(summary: TableSummary, choices: Choices): string {
  const parts = choiceDimensions(summary, choices).flatMap((d) => {
    const c = d.categories.find((x) => x.code === choices.select[d.code]);
    return c ? [c.label] : [];
  });
  return parts.join(', ') || summary.title || '';
}

/** The file's unit in the model's terms, where its words make it plain ("antal", "per 100 000", "procent"). */
export function guessUnit(units: string | null): IndicatorUnit | null {
  const u = (units ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
  if (!u) return null;
  if (/per 100 ?000|100 ?000 inv/.test(u)) return 'per_100k';
  if (/procent|percent|prosent|%|andel|share/.test(u)) return 'percent';
  if (/index/.test(u)) return 'index';
  if (/^(antal|number|count|anzahl|antall|lukumäärä)\b/.test(u)) return 'count';
  return null;
}

export function toTarget(form: TargetForm): StatsTarget | null {
  if (form.mode === 'existing') return form.existingId ? { type: 'indicator', id: form.existingId } : null;
  if (!form.name.trim()) return null;
  return { type: 'new', name: form.name.trim(), kind: form.kind, unit: form.unit, direction: form.direction };
}

/** The whole request; null while the series or the indicator is still to choose. */
export function toRequest(
  summary: TableSummary,
  choices: Choices,
  form: TargetForm,
  sheet: string,
  range: string,
): StatsImportRequest | null {
  const query = toQuery(summary, choices);
  const target = toTarget(form);
  if (!query || !target) return null;
  return { sheet: sheet.trim() || null, range: range.trim() || null, query, target };
}

/** How a preview row's figure reads: a number, or why there is none (never 0 for a held-back cell). */
export type RowFigure = { kind: 'number'; value: number } | { kind: 'suppressed' | 'missing' };

export function rowFigure(row: PreviewRow): RowFigure {
  if (row.kind === 'suppressed' || row.kind === 'missing') return { kind: row.kind };
  return row.value === null ? { kind: 'missing' } : { kind: 'number', value: row.value };
}

/** How many periods the import adds, how many it replaces with a different figure, and how many stay. */
export function previewCounts(preview: ImportPreview): { added: number; replaced: number; kept: number } {
  const replaced = preview.rows.filter((r) => r.replaces !== null).length;
  return { added: preview.rows.length - replaced, replaced, kept: preview.kept };
}
