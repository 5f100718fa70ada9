// A statistics import against a fake backend (fakeApi.ts): core writes it as one change, the open plan
// shows it without writing it again, and it is one undo step — undo deletes a new indicator or brings
// the old one back, redo writes the import again.

import { describe, expect, it, vi } from 'vitest';
import type { Indicator, StatsImportRequest } from '../generated/types';
import { BURST_GAP_MS, close, current, flush, importStats, open, redo, saveItem, undo, updatePlan } from './current.svelte';
import { backend, openFreshPlan } from './fakeApi';

vi.mock('../api', async (real) => (await import('./fakeApi')).fakeApi(await real<typeof import('../api')>()));

openFreshPlan({ open, close }, BURST_GAP_MS * 2);

const request: StatsImportRequest = {
  sheet: null,
  range: null,
  query: { select: [['region', '1280']], period: null, value: null },
  target: { type: 'new', name: 'Skjutningar', kind: 'recorded_crime', unit: 'count', direction: 'down' },
};

function indicator(id: string, values: [string, number | null, boolean][]): Indicator {
  return {
    id,
    name: 'Skjutningar',
    kind: 'recorded_crime',
    unit: 'count',
    source: 'Brå',
    definition: '',
    direction: 'down',
    observations: values.map(([period, value, suppressed]) => ({ period, value, data_as_of: null, note: '', suppressed })),
  };
}

const shownIndicators = () => current.doc!.indicators.map((i) => `${i.id}:${i.observations.map((o) => o.value ?? '–').join(',')}`);
const storedIndicators = () => backend.doc.indicators.map((i) => `${i.id}:${i.observations.map((o) => o.value ?? '–').join(',')}`);

describe('a statistics import', () => {
  it('into a new indicator is shown as core wrote it, one undo step that deletes it, and redo writes it again', async () => {
    backend.imported = indicator('new', [['2019', 0, false], ['2020', 1, false], ['2021', null, true]]);
    const result = await importStats('/files/offences.px', request);
    expect(result.revision).toBe(4);
    expect(backend.calls).toEqual(['import /files/offences.px new']);
    expect(shownIndicators()).toEqual(['new:0,1,–']);
    expect(current.doc!.plan.revision).toBe(4);
    // The database has it already: nothing is written again.
    await flush();
    expect(backend.calls).toHaveLength(1);
    expect(current.canUndo).toBe(true);

    undo();
    await flush();
    expect(shownIndicators()).toEqual([]);
    expect(storedIndicators()).toEqual([]);
    expect(backend.calls.slice(1)).toEqual(['delete indicators new']);

    redo();
    await flush();
    expect(shownIndicators()).toEqual(['new:0,1,–']);
    expect(storedIndicators()).toEqual(['new:0,1,–']);
    expect(backend.doc.indicators[0].observations[2].suppressed).toBe(true);
  });

  it('into an existing indicator is undone by bringing the indicator back as it was', async () => {
    await saveItem('indicator', indicator('ind', [['2018', 70, false], ['2019', 60, false]]));
    backend.imported = indicator('ind', [['2018', 70, false], ['2019', 65, false], ['2020', 40, false]]);
    await importStats('/files/offences.px', { ...request, target: { type: 'indicator', id: 'ind' } });
    expect(shownIndicators()).toEqual(['ind:70,65,40']);

    undo();
    await flush();
    expect(shownIndicators()).toEqual(['ind:70,60']);
    expect(storedIndicators()).toEqual(['ind:70,60']);
    undo();
    await flush();
    expect(storedIndicators()).toEqual([]);
    redo();
    redo();
    await flush();
    expect(storedIndicators()).toEqual(['ind:70,65,40']);
  });

  it('writes what is pending first, so it is made against the revision the plan really has', async () => {
    void updatePlan((p) => (p.title = 'Norrby'), { typing: true });
    backend.imported = indicator('new', [['2019', 1, false]]);
    await importStats('/f.px', request);
    expect(backend.calls).toEqual(['plan Norrby', 'import /f.px new']);
    expect(current.error).toBeNull();
    // Typing and the import are two undo steps: one Ctrl+Z takes back the import alone.
    undo();
    await flush();
    expect(backend.doc.plan.title).toBe('Norrby');
    expect(storedIndicators()).toEqual([]);
  });

  it('that fails saves nothing, shows nothing and is no undo step', async () => {
    backend.importFails = { code: 'stats_file', message: 'broken.px, line 40: expected a number or a data mark' };
    await expect(importStats('/broken.px', request)).rejects.toMatchObject({ code: 'stats_file' });
    expect(shownIndicators()).toEqual([]);
    expect(current.canUndo).toBe(false);
    expect(current.doc!.plan.revision).toBe(3);
  });

  it('refused as stale shows the plan as it now is and rejects', async () => {
    backend.staleOnce = true;
    backend.imported = indicator('new', [['2019', 1, false]]);
    await expect(importStats('/f.px', request)).rejects.toMatchObject({ code: 'stale_write' });
    expect(current.error?.code).toBe('stale_write');
    expect(shownIndicators()).toEqual([]);
  });
});
