// Reading figures pasted from a spreadsheet (Excel, LibreOffice, a statistics site's table) into an
// indicator's observations. Planners paste what they have, so the reader is forgiving about format
// (Swedish decimal comma, thousands spaces, a header row) and precise about what it could not read.
// What the model accepts (the years of periods and dates, the magnitude of a figure) is its rule,
// generated from Rust into rules.ts: a line the model would refuse is reported here, with its number,
// instead of failing the whole save.

import { VALUE_MAGNITUDE_MAX, YEAR_MAX, YEAR_MIN } from '../../generated';

/** One observation as the plan stores it (mirrors the generated `Observation`). */
export interface PastedObservation {
  period: string;
  value: number | null;
  data_as_of: string | null;
  note: string;
  suppressed: boolean;
}

export type PasteProblem = 'period' | 'value' | 'magnitude' | 'date' | 'duplicate';

/** A line that could not be read; `line` counts from 1 as a spreadsheet user would. */
export interface PasteError {
  line: number;
  text: string;
  problem: PasteProblem;
}

export interface PasteResult {
  rows: PastedObservation[];
  errors: PasteError[];
  headerSkipped: boolean;
}

const PERIOD = /^\d{4}(-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$/;

/** A year the model accepts in a period or a date. */
const yearAccepted = (year: number): boolean => year >= YEAR_MIN && year <= YEAR_MAX;

/** A year, half, quarter or month: `2019`, `2019-H1`, `2019-Q3`, `2019-05`, of a year the model accepts. */
export function normalisePeriod(raw: string): string | null {
  let p = raw.trim().toUpperCase().replace(/\s+/g, '');
  // Common spellings from Swedish sources: "2019 H1", "2019:3" (quarter), "2019K3" (kvartal).
  p = p.replace(/^(\d{4})[-:]?K([1-4])$/, '$1-Q$2').replace(/^(\d{4})[-:]?(Q[1-4]|H[12])$/, '$1-$2');
  p = p.replace(/^(\d{4})M(0[1-9]|1[0-2])$/, '$1-$2');
  return PERIOD.test(p) && yearAccepted(Number(p.slice(0, 4))) ? p : null;
}

/** Whether the model refuses the figure as larger than any statistic can be (`VALUE_MAGNITUDE_MAX`). */
export function tooLarge(value: number | null): boolean {
  return value !== null && Math.abs(value) > VALUE_MAGNITUDE_MAX;
}

/** Signs for "no figure": empty, Statistics Sweden's "..", a dash. */
const NO_VALUE = /^(|\.\.|-|–|—|x)$/i;

/**
 * A number as people write it: `1 234,5`, `1.234,5`, `1,234.5`, `12,5 %`, `−3`.
 * Returns undefined when the text is not a number, null when it deliberately says "no figure".
 */
export function parseNumber(raw: string): number | null | undefined {
  let s = raw.trim().replace(/[\s\u00a0\u202f]/g, '').replace(/%$/, '').replace(/^[−–]/, '-');
  if (NO_VALUE.test(s)) return null;
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  if (lastComma > -1 && lastDot > -1) {
    // Both present: the last one is the decimal mark, the other groups thousands.
    s = lastComma > lastDot ? s.replace(/\./g, '').replace(',', '.') : s.replace(/,/g, '');
  } else if (lastComma > -1) {
    if (s.indexOf(',') !== lastComma) return undefined; // "1,2,3" is not a number
    s = s.replace(',', '.');
  }
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(s)) return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

/** An ISO date, or a Swedish-style `2024-03-01` typed with dots or slashes, of a year the model accepts. */
export function normaliseDate(raw: string): string | null | undefined {
  const s = raw.trim();
  if (s === '') return null;
  const m = /^(\d{4})[-./](\d{1,2})[-./](\d{1,2})$/.exec(s);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (!yearAccepted(y)) return undefined;
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function cells(line: string): string[] {
  // Spreadsheets copy as tab-separated text; a semicolon file (Swedish CSV) is the common other case.
  const sep = line.includes('\t') ? '\t' : ';';
  return line.split(sep).map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
}

/** Reads pasted rows of period, value, and optionally "data as of" and a note. */
export function parseObservationPaste(text: string): PasteResult {
  const rows: PastedObservation[] = [];
  const errors: PasteError[] = [];
  const seen = new Set<string>();
  let headerSkipped = false;
  let firstContent = true;

  text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .forEach((line, index) => {
      if (line.trim() === '') return;
      const lineNo = index + 1;
      const [rawPeriod = '', rawValue = '', rawDate = '', ...rest] = cells(line);
      const period = normalisePeriod(rawPeriod);
      const wasFirst = firstContent;
      firstContent = false;
      if (!period) {
        // A first line with words and no period ("År  Antal") is a header, not a mistake.
        if (wasFirst && /\p{L}/u.test(line)) {
          headerSkipped = true;
          return;
        }
        errors.push({ line: lineNo, text: line, problem: 'period' });
        return;
      }
      const value = parseNumber(rawValue);
      if (value === undefined) {
        errors.push({ line: lineNo, text: line, problem: 'value' });
        return;
      }
      if (tooLarge(value)) {
        errors.push({ line: lineNo, text: line, problem: 'magnitude' });
        return;
      }
      const date = normaliseDate(rawDate);
      if (date === undefined) {
        errors.push({ line: lineNo, text: line, problem: 'date' });
        return;
      }
      if (seen.has(period)) {
        errors.push({ line: lineNo, text: line, problem: 'duplicate' });
        return;
      }
      seen.add(period);
      rows.push({ period, value, data_as_of: date, note: rest.join(' ').trim(), suppressed: false });
    });

  return { rows, errors, headerSkipped };
}

/** Orders periods in time: a year before its halves, quarters and months (all sort as text after it). */
export function comparePeriods(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The observations after a paste: pasted periods replace the ones already there, the rest stay,
 * and a suppressed flag the planner already set is kept.
 */
export function mergeObservations<T extends PastedObservation>(existing: T[], pasted: PastedObservation[]): PastedObservation[] {
  const byPeriod = new Map<string, PastedObservation>(existing.map((o) => [o.period, o]));
  for (const row of pasted) {
    const before = byPeriod.get(row.period);
    byPeriod.set(row.period, { ...row, suppressed: before?.suppressed ?? row.suppressed });
  }
  return [...byPeriod.values()].sort((a, b) => comparePeriods(a.period, b.period));
}
