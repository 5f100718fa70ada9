// Undo and redo of the open plan against a fake backend (fakeApi.ts): a run of typing in one field is
// one undo step, undo and redo write the restored state, and the states, which share their unchanged
// parts, each bring back exactly the plan as it was.

import { describe, expect, it, vi } from 'vitest';
import { BURST_GAP_MS, close, current, fieldInput, flush, moveItem, open, redo, saveItem, undo, updatePlan } from './current.svelte';
import { backend, challenge, openFreshPlan } from './fakeApi';

vi.mock('../api', async (real) => (await import('./fakeApi')).fakeApi(await real<typeof import('../api')>()));

openFreshPlan({ open, close }, BURST_GAP_MS * 2);

describe('undo of typing', () => {
  it('makes one run of typing one write and one undo step', async () => {
    for (const title of ['N', 'No', 'Nor']) updatePlan((p) => (p.title = title), { typing: true });
    await flush();
    expect(backend.calls).toEqual(['plan Nor']);
    expect(current.canUndo).toBe(true);
    undo();
    await flush();
    expect(current.doc?.plan.title).toBe('Plan');
    expect(backend.doc.plan.title).toBe('Plan');
    expect(current.canUndo).toBe(false);
    redo();
    await flush();
    expect(backend.doc.plan.title).toBe('Nor');
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
    expect(backend.doc.plan.decision_body).toBe('Stadsdelsnämnden');
    undo();
    await flush();
    expect(backend.doc.plan.decision_body).toBe('');
    expect(current.canUndo).toBe(false);
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
      expect(backend.doc.plan.title).toBe(states[i].title);
      expect(backend.doc.challenges.map((c) => `${c.id}:${c.title}`)).toEqual(states[i].challenges);
    }
    for (let i = 1; i < states.length; i++) {
      redo();
      await flush();
      expect(shown(), `redo to state ${i}`).toEqual(states[i]);
      expect(backend.doc.challenges.map((c) => `${c.id}:${c.title}`)).toEqual(states[i].challenges);
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
    expect(backend.doc.plan.title).toBe('Plan');
  });
});
