import { describe, expect, it } from 'vitest';
import { VALUE_MAGNITUDE_MAX, YEAR_MAX, YEAR_MIN } from '../../generated';
import { mergeObservations, normaliseDate, normalisePeriod, parseNumber, parseObservationPaste, tooLarge } from './paste';

describe('numbers as people write them', () => {
  it.each([
    ['65', 65],
    ['12,5', 12.5],
    ['1 234,5', 1234.5],
    ['1\u00a0234', 1234],
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['12,5 %', 12.5],
    ['−3', -3],
    ['0.75', 0.75],
  ])('%s is %d', (raw, n) => expect(parseNumber(raw)).toBe(n));

  it.each(['', '..', '-', '–'])('"%s" means no figure', (raw) => expect(parseNumber(raw)).toBeNull());
  it.each(['abc', '1,2,3', '12a', '1e5x'])('"%s" is not a number', (raw) => expect(parseNumber(raw)).toBeUndefined());
});

describe('periods and dates', () => {
  it('accepts years, halves, quarters and months', () => {
    expect(normalisePeriod('2019')).toBe('2019');
    expect(normalisePeriod('2019-h1')).toBe('2019-H1');
    expect(normalisePeriod('2019 Q3')).toBe('2019-Q3');
    expect(normalisePeriod('2019K2')).toBe('2019-Q2');
    expect(normalisePeriod('2019-05')).toBe('2019-05');
    expect(normalisePeriod('2019M05')).toBe('2019-05');
    expect(normalisePeriod('2019-13')).toBeNull();
    expect(normalisePeriod('år')).toBeNull();
  });

  it('accepts the years the model accepts, and no other (its generated limits)', () => {
    expect(normalisePeriod(String(YEAR_MIN))).toBe(String(YEAR_MIN));
    expect(normalisePeriod(`${YEAR_MAX}-Q4`)).toBe(`${YEAR_MAX}-Q4`);
    expect(normalisePeriod(String(YEAR_MIN - 1))).toBeNull();
    expect(normalisePeriod(`${YEAR_MAX + 1}-05`)).toBeNull();
    expect(normaliseDate(`${YEAR_MIN}-01-01`)).toBe(`${YEAR_MIN}-01-01`);
    expect(normaliseDate(`${YEAR_MIN - 1}-12-31`)).toBeUndefined();
    expect(normaliseDate(`${YEAR_MAX + 1}-01-01`)).toBeUndefined();
  });

  it('accepts real dates only', () => {
    expect(normaliseDate('2024-03-01')).toBe('2024-03-01');
    expect(normaliseDate('2024.3.1')).toBe('2024-03-01');
    expect(normaliseDate('')).toBeNull();
    expect(normaliseDate('2024-02-30')).toBeUndefined();
    expect(normaliseDate('1/3/2024')).toBeUndefined();
  });
});

describe('a pasted table', () => {
  it('reads the Malmö shootings with a header row and a Swedish decimal comma', () => {
    const r = parseObservationPaste('År\tAntal\tUttag\tNotering\n2017\t65\t2021-02-01\tPolisen\n2018\t48,0\n2019\t34\n2020\t20\t\t');
    expect(r.headerSkipped).toBe(true);
    expect(r.errors).toEqual([]);
    expect(r.rows.map((o) => [o.period, o.value])).toEqual([
      ['2017', 65],
      ['2018', 48],
      ['2019', 34],
      ['2020', 20],
    ]);
    expect(r.rows[0]).toEqual({ period: '2017', value: 65, data_as_of: '2021-02-01', note: 'Polisen', suppressed: false });
  });

  it('reports each bad line with its number and what was wrong', () => {
    const r = parseObservationPaste('2017\t65\nfoo\t1\n2018\tmånga\n2019\t3\t2019-02-31\n2017\t66\n\n2020\t..');
    expect(r.headerSkipped).toBe(false);
    expect(r.errors).toEqual([
      { line: 2, text: 'foo\t1', problem: 'period' },
      { line: 3, text: '2018\tmånga', problem: 'value' },
      { line: 4, text: '2019\t3\t2019-02-31', problem: 'date' },
      { line: 5, text: '2017\t66', problem: 'duplicate' },
    ]);
    expect(r.rows).toEqual([
      { period: '2017', value: 65, data_as_of: null, note: '', suppressed: false },
      { period: '2020', value: null, data_as_of: null, note: '', suppressed: false },
    ]);
  });

  it('refuses a figure larger than the model accepts, on its line, and keeps the largest it accepts', () => {
    const max = VALUE_MAGNITUDE_MAX;
    const r = parseObservationPaste(`2019\t${max}\n2020\t-${max}\n2021\t1 000 000 000 001\n2022\t1e13`);
    expect(r.rows.map((o) => o.value)).toEqual([max, -max]);
    expect(r.errors).toEqual([
      { line: 3, text: '2021\t1 000 000 000 001', problem: 'magnitude' },
      { line: 4, text: '2022\t1e13', problem: 'value' },
    ]);
    expect(tooLarge(max)).toBe(false);
    expect(tooLarge(-max - 1)).toBe(true);
    expect(tooLarge(null)).toBe(false);
  });

  it('takes semicolon-separated lines and Windows line ends', () => {
    const r = parseObservationPaste('2021;12,5\r\n2022;13\r\n');
    expect(r.rows.map((o) => o.value)).toEqual([12.5, 13]);
  });

  it('only treats the first line as a header', () => {
    const r = parseObservationPaste('2021\t1\nSumma\t2');
    expect(r.headerSkipped).toBe(false);
    expect(r.errors).toEqual([{ line: 2, text: 'Summa\t2', problem: 'period' }]);
  });
});

describe('merging a paste into what is there', () => {
  it('replaces pasted periods, keeps the rest and the suppressed flags, in time order', () => {
    const existing = [
      { period: '2019', value: 3, data_as_of: null, note: '', suppressed: true },
      { period: '2017', value: 60, data_as_of: null, note: 'old', suppressed: false },
    ];
    const pasted = [
      { period: '2019', value: 4, data_as_of: null, note: '', suppressed: false },
      { period: '2018', value: 50, data_as_of: null, note: '', suppressed: false },
    ];
    expect(mergeObservations(existing, pasted)).toEqual([
      { period: '2017', value: 60, data_as_of: null, note: 'old', suppressed: false },
      { period: '2018', value: 50, data_as_of: null, note: '', suppressed: false },
      { period: '2019', value: 4, data_as_of: null, note: '', suppressed: true },
    ]);
  });
});
