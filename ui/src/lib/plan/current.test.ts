// The open plan's bookkeeping against a fake backend: edits show at once and are written at once (with
// at most one write in flight, later edits coalesced behind it), typing is grouped into undo steps, undo
// and redo write the restored state, revisions are passed along, and a stale write reloads.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Challenge, PlanDocument } from '../generated/types';

const backend = vi.hoisted(() => {
  const state = {
    doc: null as unknown as PlanDocument,
    calls: [] as string[],
    staleOnce: false,
    failNext: false,
  };
  function bump(expected: number, what: string): number {
    state.calls.push(what);
    if (state.failNext) {
      state.failNext = false;
      throw { code: 'validation', message: 'title: must not be empty' };
    }
    if (state.staleOnce) {
      state.staleOnce = false;
      throw { code: 'stale_write', message: 'stale' };
    }
    if (expected !== state.doc.plan.revision) throw { code: 'stale_write', message: `expected ${expected}` };
    state.doc.plan.revision += 1;
    return state.doc.plan.revision;
  }
  return { state, bump };
});

vi.mock('../api', async (importOriginal) => {
  const real = await importOriginal<typeof import('../api')>();
  const { state, bump } = backend;
  const items = (list: 'challenges' | 'indicators' | 'measures' | 'responsibilities' | 'comments') => ({
    save: async (_p: string, rev: number, item: { id: string }) => {
      const r = bump(rev, `save ${list} ${item.id}`);
      const l = state.doc[list] as { id: string }[];
      const at = l.findIndex((i) => i.id === item.id);
      if (at >= 0) l[at] = structuredClone(item);
      else l.push(structuredClone(item));
      return r;
    },
    del: async (_p: string, rev: number, id: string) => {
      const r = bump(rev, `delete ${list} ${id}`);
      (state.doc as unknown as Record<string, { id: string }[]>)[list] = (state.doc[list] as { id: string }[]).filter((i) => i.id !== id);
      return r;
    },
  });
  const c = items('challenges');
  return {
    ...real,
    plan: async () => structuredClone(state.doc),
    check: async () => [],
    updatePlan: async (rev: number, plan: PlanDocument['plan']) => {
      const r = bump(rev, `plan ${plan.title}`);
      state.doc.plan = { ...structuredClone(plan), revision: r };
      return r;
    },
    saveChallenge: c.save,
    deleteChallenge: c.del,
  };
});

const { current, open, updatePlan, saveItem, deleteItem, undo, redo, flush, close, BURST_GAP_MS } = await import('./current.svelte');

function emptyDoc(): PlanDocument {
  return {
    unit: null,
    plan: {
      id: 'p1',
      slug: 'p1',
      unit_id: null,
      title: 'Plan',
      period: { from_year: 2026, to_year: 2028 },
      status: 'draft',
      language: 'sv',
      template: 'district-plan',
      decision_body: '',
      adoption_date: null,
      team: [],
      revision: 3,
      lagesbild: { extent: '', consequences: '', cause_analysis: '', risk_factors: '', protective_factors: '', sources_and_method: '' },
      terms: [],
      follow_up: { when: '', how: '', by_whom: '', reported_to: '' },
    },
    challenges: [],
    indicators: [],
    measures: [],
    partners: [],
    responsibilities: [],
    comments: [],
  };
}

const challenge = (id: string, title: string): Challenge => ({
  id,
  title,
  category: 'gang_crime',
  description: '',
  affected_groups: '',
  places: '',
  trend: 'unknown',
  priority: 1,
});

beforeEach(async () => {
  vi.useFakeTimers();
  backend.state.doc = emptyDoc();
  backend.state.calls = [];
  await open('p1');
});

afterEach(async () => {
  await close();
  vi.useRealTimers();
});

describe('the open plan', () => {
  it('shows an edit at once and writes it at once, with no timer, with the revision it last saw', async () => {
    const written = updatePlan((p) => (p.title = 'Norrby'), { typing: true });
    expect(current.doc?.plan.title).toBe('Norrby');
    expect(current.saving).toBe(true);
    await written;
    expect(vi.getTimerCount()).toBe(0);
    expect(backend.state.calls).toEqual(['plan Norrby']);
    expect(current.doc?.plan.revision).toBe(4);
    expect(current.saving).toBe(false);
    expect(current.savedAt).not.toBeNull();
  });

  it('coalesces keystrokes made while a write is in flight into one write of the latest text', async () => {
    const first = updatePlan((p) => (p.title = 'N'), { typing: true });
    await Promise.resolve();
    await Promise.resolve();
    // 'N' is being written; these arrive meanwhile and wait as one write.
    for (const title of ['No', 'Nor', 'Norr']) void updatePlan((p) => (p.title = title), { typing: true });
    await first;
    await flush();
    expect(backend.state.calls).toEqual(['plan N', 'plan Norr']);
    expect(backend.state.doc.plan.title).toBe('Norr');
    expect(current.saving).toBe(false);
  });

  it('makes one run of typing one write and one undo step', async () => {
    for (const title of ['N', 'No', 'Nor']) updatePlan((p) => (p.title = title), { typing: true });
    await flush();
    expect(backend.state.calls).toEqual(['plan Nor']);
    expect(current.canUndo).toBe(true);
    undo();
    await flush();
    expect(current.doc?.plan.title).toBe('Plan');
    expect(backend.state.doc.plan.title).toBe('Plan');
    expect(current.canUndo).toBe(false);
    redo();
    await flush();
    expect(backend.state.doc.plan.title).toBe('Nor');
  });

  it('keeps typing in one field with short pauses one undo step, and starts a new one after a pause', async () => {
    void updatePlan((p) => (p.decision_body = 'Stads'), { typing: true });
    await vi.advanceTimersByTimeAsync(400);
    void updatePlan((p) => (p.decision_body = 'Stadsdelsnämnden'), { debounce: true });
    await vi.advanceTimersByTimeAsync(BURST_GAP_MS + 1);
    void updatePlan((p) => (p.decision_body = 'Stadsdelsnämnden i Norrby'), { typing: true });
    await flush();
    undo();
    await flush();
    expect(backend.state.doc.plan.decision_body).toBe('Stadsdelsnämnden');
    undo();
    await flush();
    expect(backend.state.doc.plan.decision_body).toBe('');
    expect(current.canUndo).toBe(false);
  });

  it('writes added and deleted items, and undo brings a deleted item back', async () => {
    await saveItem('challenge', challenge('c1', 'Skjutningar'));
    expect(backend.state.doc.challenges.map((c) => c.title)).toEqual(['Skjutningar']);
    await deleteItem('challenge', 'c1');
    expect(backend.state.doc.challenges).toEqual([]);
    undo();
    await flush();
    expect(backend.state.doc.challenges.map((c) => c.id)).toEqual(['c1']);
    expect(current.doc?.plan.revision).toBe(backend.state.doc.plan.revision);
  });

  it('gives a new item an id before it is written', async () => {
    const c = challenge('', 'Otrygghet');
    await saveItem('challenge', c);
    expect(c.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(backend.state.doc.challenges[0].id).toBe(c.id);
  });

  it('has every keystroke written by the time a flush (window blur or close) resolves', async () => {
    updatePlan((p) => (p.decision_body = 'Stadsdelsnämnden'), { typing: true });
    await flush();
    expect(backend.state.doc.plan.decision_body).toBe('Stadsdelsnämnden');
  });

  it('reloads the plan and says so when someone else wrote it first', async () => {
    backend.state.staleOnce = true;
    backend.state.doc.plan.title = 'Their title';
    await updatePlan((p) => (p.title = 'Mine'));
    expect(current.error?.code).toBe('stale_write');
    expect(current.doc?.plan.title).toBe('Their title');
    expect(current.canUndo).toBe(false);
  });

  it('keeps a change that failed to save, shows the error, and writes it on the next try', async () => {
    await saveItem('challenge', challenge('c2', 'Hatbrott'));
    backend.state.failNext = true;
    await saveItem('challenge', challenge('c2', 'Hatbrott på nätet'));
    expect(current.error?.code).toBe('validation');
    expect(current.doc?.challenges[0].title).toBe('Hatbrott på nätet');
    expect(backend.state.doc.challenges[0].title).toBe('Hatbrott');
    await updatePlan((p) => (p.title = 'Ny titel'));
    expect(current.error).toBeNull();
    expect(backend.state.doc.challenges[0].title).toBe('Hatbrott på nätet');
    expect(backend.state.doc.plan.title).toBe('Ny titel');
  });

  it('holds a new item back without an error while a required field is empty, then writes it', async () => {
    backend.state.failNext = true;
    const c = challenge('c3', '');
    await saveItem('challenge', c);
    expect(current.error).toBeNull();
    expect(current.incomplete).toBe(1);
    await saveItem('challenge', { ...c, title: 'Otrygghet i centrum' });
    expect(current.incomplete).toBe(0);
    expect(backend.state.doc.challenges.map((x) => x.title)).toEqual(['Otrygghet i centrum']);
  });
});
