// The city view's state against a stubbed backend: gathering reports progress per file, then one line
// per file and a notice with the counts, and reads the city again; a refused link is said aloud and
// the city is read again, so links made before the refusal show.

import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CityFigures, GatheredFile, GatherProgress } from '../generated/types';

const figures = { year: 2026, plans: [], coverage: { levels: [], rows: [], top_priority_gaps: [] }, measure_gaps: [], partner_load: [], lookalikes: [] } as CityFigures;

const calls = { figures: 0 };
vi.mock('../api', async (real) => ({
  ...(await real<typeof import('../api')>()),
  cityFigures: vi.fn(async () => {
    calls.figures += 1;
    return figures;
  }),
  cityLinks: vi.fn(async () => ({ city_partners: [], partners: [], city_indicators: [], indicators: [] })),
  linkSuggestions: vi.fn(async () => []),
  units: vi.fn(async () => [{ id: 'u', name: 'Alby', kind: 'district', city: 'Testby' }]),
  cityLook: vi.fn(async () => ({ name: '', logo: null, template_name: null, template_locales: [] })),
  gatherPackages: vi.fn(async (paths: string[], onProgress: (p: GatherProgress) => void): Promise<GatheredFile[]> => {
    paths.forEach((_, i) => onProgress({ done: i + 1, total: paths.length }));
    return [
      { file: paths[0], outcome: 'updated', plan: { plan_id: 'p', slug: 'alby', title: 'Alby' }, kept_comments: 2, reason: null, code: null, refusal: null },
      { file: paths[1], outcome: 'refused', plan: null, kept_comments: 0, reason: 'not a valid plan package: line 1: the file is empty', code: 'bad_package', refusal: { kind: 'bad_package', path: '', line: 1, column: null, detail: 'the file is empty' } },
    ];
  }),
  linkPartner: vi.fn(async () => {
    throw { code: 'not_found', message: 'no partner "x"' };
  }),
}));

const { city, gather, linkPartner, loadCity } = await import('./city.svelte');
const { notices } = await import('../shell/notice.svelte');
const { setLocale, t } = await import('../i18n/index.svelte');
const { refusalText } = await import('./refusal');

describe('the city view state', () => {
  beforeEach(() => {
    notices.list = [];
    calls.figures = 0;
  });

  it('reads the city with the name its units give', async () => {
    await loadCity();
    expect(city.figures).toEqual(figures);
    expect(city.name).toBe('Testby');
  });

  it('gathers with progress, lists every file and reads the city again', async () => {
    await gather(['/a/alby.safeplan', '/a/broken.safeplan']);
    expect(city.progress).toEqual({ done: 2, total: 2 });
    expect(city.gathered?.map((f) => f.outcome)).toEqual(['updated', 'refused']);
    expect(city.gathering).toBe(false);
    expect(calls.figures).toBe(1);
    expect(notices.list[0].text).toBe(t('city.gather_done', { imported: 0, updated: 1, unchanged: 0, refused: 1 }));
    expect(notices.list[0].kind).toBe('info');
  });

  it('says why a link was refused and reads the city again', async () => {
    const ok = await linkPartner('x', 'X', 'Polisen');
    expect(ok).toBe(false);
    expect(notices.list[0]).toMatchObject({ kind: 'error', text: `${t('errors.not_found')} no partner "x"` });
    expect(calls.figures).toBe(1);
  });

  it('words a refused file in the user\'s language from its kind and parameters', () => {
    const older = { kind: 'older_package', title: 'Trygg i Alby', here: 4, package: 3 } as const;
    setLocale('sv');
    const sv = refusalText(older);
    expect(sv).toContain('Trygg i Alby');
    expect(sv).toMatch(/revision 4\b.*revision 3\b/);
    expect(sv).toContain('nyare');
    setLocale('en');
    const en = refusalText(older);
    expect(en).toMatch(/revision 4\b.*revision 3\b/);
    expect(en).toContain('newer');
    expect(en).not.toBe(sv);
    expect(refusalText({ kind: 'too_large', size: 60000000, limit: 52428800 })).toContain('52,428,800');
    setLocale('sv');
    expect(refusalText({ kind: 'bad_package', path: '', line: 3, column: 7, detail: 'expected value' })).toBe(
      'Filen är inte ett giltigt planpaket. Var: rad 3, kolumn 7. Fel: expected value',
    );
    expect(refusalText({ kind: 'bad_package', path: 'measures[2].title', line: 40, column: null, detail: 'x' })).toContain(
      'Var: measures[2].title (rad 40).',
    );
    expect(refusalText({ kind: 'bad_package', path: '', line: null, column: null, detail: 'x' })).toContain('Var: hela filen.');
  });
});
