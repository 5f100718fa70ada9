// The open plan's writes against a fake backend (fakeApi.ts): at most one write in flight, later edits
// coalesced behind it; a stale write reloads, a failed one is kept and retried; each keystroke gets a
// keystroke-to-save measure that ends when the write carrying it is committed.

import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BURST_GAP_MS, close, current, fieldInput, flush, open, saveItem, updatePlan } from './current.svelte';
import { backend, challenge, openFreshPlan } from './fakeApi';
import { KEYSTROKE_MEASURE } from './keystrokes';

vi.mock('../api', async (real) => (await import('./fakeApi')).fakeApi(await real<typeof import('../api')>()));

openFreshPlan({ open, close }, BURST_GAP_MS * 2);

describe('writes', () => {
  it('coalesces keystrokes made while a write is in flight into one write of the latest text', async () => {
    const first = updatePlan((p) => (p.title = 'N'), { typing: true });
    await Promise.resolve();
    await Promise.resolve();
    // 'N' is being written; these arrive meanwhile and wait as one write.
    for (const title of ['No', 'Nor', 'Norr']) void updatePlan((p) => (p.title = title), { typing: true });
    await first;
    await flush();
    expect(backend.calls).toEqual(['plan N', 'plan Norr']);
    expect(backend.doc.plan.title).toBe('Norr');
    expect(current.saving).toBe(false);
  });

  it('has every keystroke written by the time a flush (window blur or close) resolves', async () => {
    updatePlan((p) => (p.decision_body = 'Stadsdelsnämnden'), { typing: true });
    await flush();
    expect(backend.doc.plan.decision_body).toBe('Stadsdelsnämnden');
  });

  it('reloads the plan and says so when someone else wrote it first', async () => {
    backend.staleOnce = true;
    backend.doc.plan.title = 'Their title';
    await updatePlan((p) => (p.title = 'Mine'));
    expect(current.error?.code).toBe('stale_write');
    expect(current.doc?.plan.title).toBe('Their title');
    expect(current.canUndo).toBe(false);
  });

  it('keeps a change that failed to save, shows the error, and writes it on the next try', async () => {
    await saveItem('challenge', challenge('c2', 'Hatbrott'));
    backend.failNext = true;
    await saveItem('challenge', challenge('c2', 'Hatbrott på nätet'));
    expect(current.error?.code).toBe('validation');
    expect(current.doc?.challenges[0].title).toBe('Hatbrott på nätet');
    expect(backend.doc.challenges[0].title).toBe('Hatbrott');
    await updatePlan((p) => (p.title = 'Ny titel'));
    expect(current.error).toBeNull();
    expect(backend.doc.challenges[0].title).toBe('Hatbrott på nätet');
    expect(backend.doc.plan.title).toBe('Ny titel');
  });

  it('holds a new item back without an error while a required field is empty, then writes it', async () => {
    backend.failNext = true;
    const c = challenge('c3', '');
    await saveItem('challenge', c);
    expect(current.error).toBeNull();
    expect(current.incomplete).toBe(1);
    await saveItem('challenge', { ...c, title: 'Otrygghet i centrum' });
    expect(current.incomplete).toBe(0);
    expect(backend.doc.challenges.map((x) => x.title)).toEqual(['Otrygghet i centrum']);
  });
});

describe('keystroke-to-save measures', () => {
  const entries = () => performance.getEntriesByName(KEYSTROKE_MEASURE, 'measure');

  beforeEach(() => {
    vi.useRealTimers();
    performance.clearMeasures(KEYSTROKE_MEASURE);
  });

  /** A key typed into a field: its input event, then the field's handler changing the plan. */
  function key(at: number, title: string): Promise<void> {
    fieldInput('plan-title', at);
    return updatePlan((p) => (p.title = title));
  }

  it('ends one measure per keystroke when the write carrying it is committed, coalesced keystrokes together', async () => {
    // Stamped a little in the past, as input events are by the time they are handled: a write can
    // commit within 2 ms, and a measure never starts after it ends (it would be clamped to its end).
    const t0 = performance.now() - 10;
    const first = key(t0, 'N');
    expect(entries()).toHaveLength(0);
    await Promise.resolve();
    // 'N' is being written; these two wait and go as one write of 'Nor'.
    void key(t0 + 1, 'No');
    void key(t0 + 2, 'Nor');
    await first;
    expect(entries()).toHaveLength(1);
    await flush();
    expect(backend.calls).toEqual(['plan N', 'plan Nor']);
    const [a, b, c] = entries();
    expect(entries()).toHaveLength(3);
    expect([a.startTime, b.startTime, c.startTime]).toEqual([t0, t0 + 1, t0 + 2]);
    expect(b.startTime + b.duration).toBe(c.startTime + c.duration);
    expect(b.startTime + b.duration).toBeGreaterThanOrEqual(a.startTime + a.duration);
    for (const e of entries()) expect(e.duration).toBeGreaterThanOrEqual(0);
  });

  it('takes no measure for a change that was not typed', async () => {
    await updatePlan((p) => (p.title = 'Vald i en lista'));
    expect(backend.calls).toEqual(['plan Vald i en lista']);
    expect(entries()).toHaveLength(0);
  });

  it('ends a keystroke whose write failed only when the retry is committed', async () => {
    await saveItem('challenge', challenge('c9', 'Hat'));
    backend.failNext = true;
    const typed = performance.now();
    fieldInput('challenge-c9-title', typed);
    await saveItem('challenge', challenge('c9', 'Hatb'));
    expect(current.error?.code).toBe('validation');
    expect(entries()).toHaveLength(0);
    await updatePlan((p) => (p.title = 'Försöket efter'));
    expect(backend.doc.challenges[0].title).toBe('Hatb');
    expect(entries().map((e) => e.startTime)).toEqual([typed]);
  });
});
