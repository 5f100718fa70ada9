// The import dialog's choices: what is asked, what is still open, and the request sent to core.
import { describe, expect, it } from 'vitest';
import type { Dimension, ImportPreview, PreviewRow, TableSummary } from '../../generated/types';
import {
  choiceDimensions,
  guessUnit,
  initialChoices,
  openChoices,
  previewCounts,
  rowFigure,
  suggestedName,
  toQuery,
  toRequest,
  type TargetForm,
} from './importForm';

const dim = (code: string, label: string, role: Dimension['role'], values: [string, string][]): Dimension => ({
  code,
  label,
  role,
  categories: values.map(([c, l]) => ({ code: c, label: l })),
});

/** Like the PX fixture: region × offence × sex × year, time named by the file. */
const px: TableSummary = {
  format: 'px',
  title: 'Anmälda brott',
  source: 'Brå',
  updated: '2024-03-21',
  units: 'antal',
  dimensions: [
    dim('region', 'region', null, [['1280', 'Malmö'], ['1480', 'Göteborg']]),
    dim('brottstyp', 'brottstyp', null, [['SK', 'Skjutningar'], ['MH', 'Misshandel']]),
    dim('kön', 'kön', null, [['1', 'män'], ['2', 'kvinnor']]),
    dim('år', 'år', 'time', [['2019', '2019'], ['2020', '2020']]),
    dim('ContentsCode', 'tabellinnehåll', 'metric', [['N', 'Antal']]),
  ],
  cells: { values: 10, nil: 1, suppressed: 2, missing: 3 },
};

/** Like a CSV: nothing says which column is time, and two columns of figures. */
const csv: TableSummary = {
  ...px,
  format: 'csv',
  title: null,
  dimensions: [
    dim('Kommun', 'Kommun', 'geo', [['Ale', 'Ale'], ['Alingsås', 'Alingsås']]),
    dim('År', 'År', null, [['2022', '2022'], ['2023', '2023']]),
    dim('value', 'value', 'metric', [['Antal', 'Antal'], ['Per 100 000 inv.', 'Per 100 000 inv.']]),
  ],
};

const form: TargetForm = { mode: 'new', name: 'Skjutningar', kind: 'recorded_crime', unit: 'count', direction: 'down', existingId: '' };

describe('the series to import', () => {
  it('asks one value of each dimension with several, not of time or of one with a single value', () => {
    const choices = initialChoices(px);
    expect(choices.period).toBe('år');
    expect(choiceDimensions(px, choices).map((d) => d.code)).toEqual(['region', 'brottstyp', 'kön']);
    expect(openChoices(px, choices)).toEqual(['region', 'brottstyp', 'kön']);
    expect(toQuery(px, choices)).toBeNull();
  });

  it('sends the choices by code once every one is made, with no time dimension where the file names it', () => {
    const choices = { period: 'år', select: { region: '1280', brottstyp: 'SK' } as Record<string, string> };
    expect(openChoices(px, choices)).toEqual(['kön']);
    choices.select['kön'] = '2';
    expect(toQuery(px, choices)).toEqual({
      select: [['region', '1280'], ['brottstyp', 'SK'], ['kön', '2']],
      period: null,
      value: null,
    });
    expect(suggestedName(px, choices)).toBe('Malmö, Skjutningar, kvinnor');
  });

  it('asks which dimension is time where the file does not say, and then not for a value of it', () => {
    const choices = initialChoices(csv);
    expect(choices.period).toBe('');
    expect(openChoices(csv, choices)).toEqual([null, 'Kommun', 'År', 'value']);
    choices.period = 'År';
    expect(choiceDimensions(csv, choices).map((d) => d.code)).toEqual(['Kommun', 'value']);
    choices.select = { Kommun: 'Ale', value: 'Per 100 000 inv.' };
    expect(toQuery(csv, choices)).toEqual({
      select: [['Kommun', 'Ale'], ['value', 'Per 100 000 inv.']],
      period: 'År',
      value: null,
    });
  });

  it('does not take a value the dimension does not have as chosen', () => {
    expect(openChoices(px, { period: 'år', select: { region: 'Oslo', brottstyp: 'SK', kön: '1' } })).toEqual(['region']);
  });
});

describe('the indicator it goes into', () => {
  const choices = { period: 'år', select: { region: '1280', brottstyp: 'SK', kön: '2' } };

  it('is a new one with a name, or one of the plan\'s', () => {
    expect(toRequest(px, choices, form, '', '')?.target).toEqual({
      type: 'new',
      name: 'Skjutningar',
      kind: 'recorded_crime',
      unit: 'count',
      direction: 'down',
    });
    expect(toRequest(px, choices, { ...form, name: '  ' }, '', '')).toBeNull();
    expect(toRequest(px, choices, { ...form, mode: 'existing' }, '', '')).toBeNull();
    const existing = toRequest(px, choices, { ...form, mode: 'existing', existingId: 'ind-1' }, ' Blad2 ', '');
    expect(existing).toMatchObject({ sheet: 'Blad2', range: null, target: { type: 'indicator', id: 'ind-1' } });
  });

  it('takes its unit from the file\'s words where they make it plain', () => {
    expect(guessUnit('antal')).toBe('count');
    expect(guessUnit('Antal per 100 000 invånare')).toBe('per_100k');
    expect(guessUnit('procent')).toBe('percent');
    expect(guessUnit('Index (2015=100)')).toBe('index');
    expect(guessUnit('kronor')).toBeNull();
    expect(guessUnit(null)).toBeNull();
  });
});

describe('the preview', () => {
  const row = (period: string, value: number | null, kind: PreviewRow['kind'], old: number | null = null): PreviewRow => ({
    period,
    value,
    kind,
    note: '',
    replaces: old === null ? null : { period, value: old, data_as_of: null, note: '', suppressed: false },
  });

  it('marks suppressed and missing cells instead of showing a figure, and shows a nil cell as 0', () => {
    expect(rowFigure(row('2019', 0, 'nil'))).toEqual({ kind: 'number', value: 0 });
    expect(rowFigure(row('2020', null, 'suppressed'))).toEqual({ kind: 'suppressed' });
    expect(rowFigure(row('2021', null, 'missing'))).toEqual({ kind: 'missing' });
    expect(rowFigure(row('2022', 12.5, 'value'))).toEqual({ kind: 'number', value: 12.5 });
  });

  it('counts the periods added, replaced and kept', () => {
    const preview = { rows: [row('2019', 1, 'value', 2), row('2020', 3, 'value')], kept: 4 } as ImportPreview;
    expect(previewCounts(preview)).toEqual({ added: 1, replaced: 1, kept: 4 });
  });
});
