// A place in words: one figure of an indicator is named by its period, as its row shows it, and an error
// about a comment names the comment's place in the user's language.
import { describe, expect, it } from 'vitest';
import type { Indicator } from '../generated/types';
import { locale } from '../i18n/index.svelte';
import { emptyPlanDocument } from '../plan/fixtures';
import { explainError, explainErrorOf, placeName } from './places';

const doc = emptyPlanDocument();
doc.indicators = [
  {
    id: 'i1',
    name: 'Anmälda rån',
    observations: [
      { period: '2024', value: 12, data_as_of: null, note: '', suppressed: false },
      { period: '2025', value: 9, data_as_of: null, note: '', suppressed: false },
    ],
  } as unknown as Indicator,
];

describe('a place in words', () => {
  it('names one figure by its period, and falls back to the path when the row is gone', () => {
    locale.current = 'en';
    const at = (field: string) => ({ section: 'statistics' as const, id: 'i1', field });
    expect(placeName(doc, at('observations[1]'))).toBe('Statistics › Anmälda rån › Observation 2025');
    expect(placeName(doc, at('observations[7]'))).toBe('Statistics › Anmälda rån › observations[7]');
  });

  it('puts the place core names into the error in the user language', () => {
    const err = { code: 'personal_data_in_comment', place: { section: 'statistics' as const, id: 'i1', field: 'observations[0]' } };
    locale.current = 'sv';
    expect(explainError(err, doc)).toContain('kommentaren om Statistik › Anmälda rån › Observation 2024.');
    expect(explainError({ code: 'no_such_code' }, doc)).toBeNull();
  });

  it('reads a plan that is not open to name the item, and only when the error names one', async () => {
    const err = { code: 'personal_data_in_comment', place: { section: 'statistics' as const, id: 'i1', field: null } };
    locale.current = 'en';
    let reads = 0;
    const load = async () => {
      reads += 1;
      return doc;
    };
    expect(await explainErrorOf(err, load)).toContain('the comment on Statistics › Anmälda rån.');
    expect(reads).toBe(1);
    const failing = () => Promise.reject(new Error('no plan'));
    expect(await explainErrorOf(err, failing)).toContain('the comment on Statistics › (untitled).');
    const onSection = { code: 'personal_data_in_comment', place: { section: 'lagesbild' as const, id: null, field: 'extent' } };
    expect(await explainErrorOf(onSection, load)).toContain('the comment on Situational picture › Extent.');
    expect(reads).toBe(1);
  });
});
