// The open plan's bookkeeping against a fake backend: edits show at once and are written at once (with
// at most one write in flight, later edits coalesced behind it), typing is grouped into undo steps, undo
// and redo write the restored state, revisions are passed along, and a stale write reloads. Reordering
// goes the same way (one move per change of place); a registry edit is read back without touching undo;
// each keystroke gets a keystroke-to-save measure that ends when the write carrying it is committed.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Challenge, Finding, Partner, PlanDocument } from '../generated/types';
import { emptyPlanDocument } from './fixtures';
import { KEYSTROKE_MEASURE } from './keystrokes';

const backend = vi.hoisted(() => {
  const state = {
    doc: null as unknown as PlanDocument,
    calls: [] as string[],
    staleOnce: false,
    failNext: false,
    /** How long each next read of the plan takes to come back (ms; the plan is read when asked). */
    planDelays: [] as number[],
    /** What `check` answers, and how often it was asked. */
    findings: [] as Finding[],
    checks: 0,
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
  const { itemLists } = await import('../generated');
  type Kind = keyof typeof itemLists;
  const listOf = (kind: Kind) => state.doc[itemLists[kind]] as { id: string }[];
  return {
    ...real,
    plan: async () => {
      const copy = structuredClone(state.doc);
      const delay = state.planDelays.shift();
      if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
      return copy;
    },
    check: async () => {
      state.checks++;
      return structuredClone(state.findings);
    },
    updatePlan: async (rev: number, plan: PlanDocument['plan']) => {
      const r = bump(rev, `plan ${plan.title}`);
      state.doc.plan = { ...structuredClone(plan), revision: r };
      return r;
    },
    saveItem: async (_p: string, rev: number, { kind, item }: { kind: Kind; item: { id: string } }) => {
      const r = bump(rev, `save ${itemLists[kind]} ${item.id}`);
      const l = listOf(kind);
      const at = l.findIndex((i) => i.id === item.id);
      if (at >= 0) l[at] = structuredClone(item);
      else l.push(structuredClone(item));
      return r;
    },
    deleteItem: async (_p: string, rev: number, kind: Kind, id: string) => {
      const r = bump(rev, `delete ${itemLists[kind]} ${id}`);
      (state.doc as unknown as Record<string, { id: string }[]>)[itemLists[kind]] = listOf(kind).filter((i) => i.id !== id);
      return r;
    },
    moveItem: async (_p: string, rev: number, kind: Kind, id: string, index: number) => {
      const r = bump(rev, `move ${kind} ${id} ${index}`);
      const l = listOf(kind);
      const [item] = l.splice(l.findIndex((i) => i.id === id), 1);
      l.splice(index, 0, item);
      return r;
    },
  };
});

const {
  current,
  open,
  updatePlan,
  saveItem,
  deleteItem,
  moveItem,
  refreshDoc,
  refreshFindings,
  fieldInput,
  undo,
  redo,
  flush,
  close,
  BURST_GAP_MS,
} = await import('./current.svelte');

function emptyDoc(): PlanDocument {
  return emptyPlanDocument({ id: 'p1', slug: 'p1', title: 'Plan', period: { from_year: 2026, to_year: 2028 }, revision: 3 });
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
  backend.state.planDelays = [];
  backend.state.findings = [];
  backend.state.checks = 0;
  await open('p1');
});

afterEach(async () => {
  // A test's typing must not run on into the next one (the field being typed in is cleared by a timer).
  if (vi.isFakeTimers()) await vi.advanceTimersByTimeAsync(BURST_GAP_MS * 2);
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
    void updatePlan((p) => (p.decision_body = 'Stadsdelsnämnden'), { typing: true });
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

  it('changes an edited item in place, only in the fields that differ', async () => {
    await saveItem('challenge', challenge('c1', 'Skjutningar'));
    const shown = current.doc!.challenges[0];
    await saveItem('challenge', { ...challenge('c1', 'Skjutningar i centrum'), priority: 3 });
    expect(current.doc!.challenges[0]).toBe(shown);
    expect(shown.title).toBe('Skjutningar i centrum');
    expect(shown.priority).toBe(3);
    expect(backend.state.doc.challenges[0]).toEqual({ ...challenge('c1', 'Skjutningar i centrum'), priority: 3 });
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

describe('undo states, which share their unchanged parts', () => {
  it('each bring back exactly the plan as it was, through item edits, typing and moves', async () => {
    const shown = () => ({
      title: current.doc!.plan.title,
      challenges: current.doc!.challenges.map((c) => `${c.id}:${c.title}`),
    });
    await saveItem('challenge', challenge('a', 'Skjutningar'));
    await saveItem('challenge', challenge('b', 'Otrygghet'));
    const states = [shown()];
    await saveItem('challenge', challenge('a', 'Skjutningar i centrum'));
    states.push(shown());
    for (const title of ['N', 'No', 'Nor']) {
      fieldInput('plan-title', performance.now());
      await updatePlan((p) => (p.title = title));
    }
    states.push(shown());
    await moveItem('challenge', 'b', 0);
    states.push(shown());
    await saveItem('challenge', challenge('b', 'Otrygghet på torget'));
    states.push(shown());

    for (let i = states.length - 2; i >= 0; i--) {
      undo();
      await flush();
      expect(shown(), `undo to state ${i}`).toEqual(states[i]);
      expect(backend.state.doc.plan.title).toBe(states[i].title);
      expect(backend.state.doc.challenges.map((c) => `${c.id}:${c.title}`)).toEqual(states[i].challenges);
    }
    for (let i = 1; i < states.length; i++) {
      redo();
      await flush();
      expect(shown(), `redo to state ${i}`).toEqual(states[i]);
      expect(backend.state.doc.challenges.map((c) => `${c.id}:${c.title}`)).toEqual(states[i].challenges);
    }
  });

  it('are not changed by editing a state brought back by undo', async () => {
    await updatePlan((p) => (p.title = 'Första'));
    await updatePlan((p) => (p.title = 'Andra'));
    undo();
    await flush();
    // Edit the restored state in place (a new branch), then go back: the older state is intact.
    await updatePlan((p) => (p.lagesbild.extent = 'Nytt'));
    undo();
    await flush();
    expect(current.doc?.plan.title).toBe('Första');
    expect(current.doc?.plan.lagesbild.extent).toBe('');
    undo();
    await flush();
    expect(current.doc?.plan.title).toBe('Plan');
    expect(backend.state.doc.plan.title).toBe('Plan');
  });
});

describe('readiness findings', () => {
  const finding = (message: string): Finding =>
    ({ level: 'error', code: 'x', message_sv: message, message_en: message, item: { section: 'plan', id: null, field: 'title' } }) as unknown as Finding;

  it('are read once the typing pauses, not after every keystroke', async () => {
    backend.state.checks = 0;
    for (const title of ['N', 'No', 'Nor']) {
      fieldInput('plan-title', performance.now());
      await updatePlan((p) => (p.title = title));
      await vi.advanceTimersByTimeAsync(150);
    }
    expect(backend.state.calls).toEqual(['plan N', 'plan No', 'plan Nor']);
    expect(backend.state.checks).toBe(0);
    backend.state.findings = [finding('Titeln saknas')];
    await vi.advanceTimersByTimeAsync(1000);
    expect(backend.state.checks).toBe(1);
    expect(current.findings.map((f) => f.message_sv)).toEqual(['Titeln saknas']);
  });

  it('are read after a change that is not typing as soon as it is written', async () => {
    backend.state.checks = 0;
    await saveItem('challenge', challenge('c1', 'Skjutningar'));
    expect(backend.state.checks).toBe(1);
  });

  it('are not shown anew when they have not changed', async () => {
    backend.state.findings = [finding('Titeln saknas')];
    await refreshFindings();
    const shown = current.findings;
    await refreshFindings();
    expect(current.findings).toBe(shown);
    backend.state.findings = [];
    await refreshFindings();
    expect(current.findings).toEqual([]);
  });
});

describe('reordering', () => {
  const ids = (d: PlanDocument) => d.challenges.map((c) => c.id);

  beforeEach(async () => {
    for (const [id, title] of [['a', 'Skjutningar'], ['b', 'Otrygghet'], ['c', 'Hatbrott']]) {
      await saveItem('challenge', challenge(id, title));
    }
    backend.state.calls = [];
  });

  it('shows a move at once and writes it as one move', async () => {
    const written = moveItem('challenge', 'c', 0);
    expect(ids(current.doc!)).toEqual(['c', 'a', 'b']);
    await written;
    expect(backend.state.calls).toEqual(['move challenge c 0']);
    expect(ids(backend.state.doc)).toEqual(['c', 'a', 'b']);
    expect(current.doc?.plan.revision).toBe(backend.state.doc.plan.revision);
  });

  it('makes each move one undo step, and undo and redo move the item back in the database', async () => {
    await moveItem('challenge', 'a', 1);
    await moveItem('challenge', 'a', 2);
    expect(ids(backend.state.doc)).toEqual(['b', 'c', 'a']);
    undo();
    await flush();
    expect(ids(current.doc!)).toEqual(['b', 'a', 'c']);
    expect(ids(backend.state.doc)).toEqual(['b', 'a', 'c']);
    undo();
    await flush();
    expect(ids(backend.state.doc)).toEqual(['a', 'b', 'c']);
    redo();
    await flush();
    expect(ids(backend.state.doc)).toEqual(['b', 'a', 'c']);
    // Two moves, two undos, one redo: one move_item each.
    expect(backend.state.calls).toHaveLength(5);
    expect(backend.state.calls.every((c) => c.startsWith('move challenge'))).toBe(true);
  });

  it('is no change, and no undo step, when the item is already there', async () => {
    const before = current.canUndo;
    backend.state.calls = [];
    await moveItem('challenge', 'a', 0);
    await moveItem('challenge', 'zzz', 1);
    expect(backend.state.calls).toEqual([]);
    expect(current.canUndo).toBe(before);
  });

  it('puts an item deleted and brought back by undo at its old place in the database, not at the end', async () => {
    await deleteItem('challenge', 'a');
    undo();
    await flush();
    expect(ids(current.doc!)).toEqual(['a', 'b', 'c']);
    expect(ids(backend.state.doc)).toEqual(['a', 'b', 'c']);
  });
});

describe('an edit of the partner registry', () => {
  const partner = (name: string): Partner => ({ id: 'pa', name, partner_type: 'police', contact_role: '', notes: '' });

  it('is read back into the open plan, is no undo step, and undo or redo never bring back the old entry', async () => {
    backend.state.doc.partners = [partner('Polisen')];
    await close();
    await open('p1');
    await updatePlan((p) => (p.title = 'Ny titel'));
    expect(current.canUndo).toBe(true);
    // The registry is edited (not through the plan): the database's copy changes, the plan's does not yet.
    backend.state.doc.partners = [partner('Lokalpolisområde Norrby')];
    await refreshDoc();
    expect(current.doc?.partners.map((p) => p.name)).toEqual(['Lokalpolisområde Norrby']);
    expect(current.canUndo).toBe(true);
    expect(current.canRedo).toBe(false);
    undo();
    await flush();
    expect(current.doc?.plan.title).toBe('Plan');
    expect(current.doc?.partners.map((p) => p.name)).toEqual(['Lokalpolisområde Norrby']);
    redo();
    await flush();
    expect(current.doc?.plan.title).toBe('Ny titel');
    expect(current.doc?.partners.map((p) => p.name)).toEqual(['Lokalpolisområde Norrby']);
  });

  it('keeps the latest read when two come back out of order', async () => {
    backend.state.doc.partners = [partner('Polisen')];
    backend.state.planDelays = [50, 0];
    const older = refreshDoc();
    await vi.advanceTimersByTimeAsync(0); // the first read has the old entry and is slow to return
    backend.state.doc.partners = [partner('Polisen Norrby')];
    const newer = refreshDoc();
    await vi.advanceTimersByTimeAsync(100);
    await Promise.all([newer, older]);
    expect(current.doc?.partners.map((p) => p.name)).toEqual(['Polisen Norrby']);
  });

  it('writes what is pending first, and keeps the plan’s own content as the user sees it', async () => {
    void updatePlan((p) => (p.title = 'Skrivs först'), { typing: true });
    await refreshDoc();
    expect(backend.state.calls).toEqual(['plan Skrivs först']);
    expect(current.doc?.plan.title).toBe('Skrivs först');
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
    expect(backend.state.calls).toEqual(['plan N', 'plan Nor']);
    const [a, b, c] = entries();
    expect(entries()).toHaveLength(3);
    expect([a.startTime, b.startTime, c.startTime]).toEqual([t0, t0 + 1, t0 + 2]);
    expect(b.startTime + b.duration).toBe(c.startTime + c.duration);
    expect(b.startTime + b.duration).toBeGreaterThanOrEqual(a.startTime + a.duration);
    for (const e of entries()) expect(e.duration).toBeGreaterThanOrEqual(0);
  });

  it('takes no measure for a change that was not typed', async () => {
    await updatePlan((p) => (p.title = 'Vald i en lista'));
    expect(backend.state.calls).toEqual(['plan Vald i en lista']);
    expect(entries()).toHaveLength(0);
  });

  it('ends a keystroke whose write failed only when the retry is committed', async () => {
    await saveItem('challenge', challenge('c9', 'Hat'));
    backend.state.failNext = true;
    const typed = performance.now();
    fieldInput('challenge-c9-title', typed);
    await saveItem('challenge', challenge('c9', 'Hatb'));
    expect(current.error?.code).toBe('validation');
    expect(entries()).toHaveLength(0);
    await updatePlan((p) => (p.title = 'Försöket efter'));
    expect(backend.state.doc.challenges[0].title).toBe('Hatb');
    expect(entries().map((e) => e.startTime)).toEqual([typed]);
  });
});
