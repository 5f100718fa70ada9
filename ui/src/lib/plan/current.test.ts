// The open plan's edits against a fake backend (fakeApi.ts): an edit shows at once and is written at
// once with the revision it last saw; items are added, changed in place and deleted; a move is shown at
// once and written as one move, each one undo step.

import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PlanDocument } from '../generated/types';
import { BURST_GAP_MS, close, current, deleteItem, flush, moveItem, open, redo, saveItem, start, stop, undo, updatePlan } from './current.svelte';
import type { Page } from './page';
import { backend, challenge, openFreshPlan } from './fakeApi';

vi.mock('../api', async (real) => (await import('./fakeApi')).fakeApi(await real<typeof import('../api')>()));

openFreshPlan({ open, close }, BURST_GAP_MS * 2);

describe('the open plan', () => {
  it('shows an edit at once and writes it at once, with no timer, with the revision it last saw', async () => {
    const written = updatePlan((p) => (p.title = 'Norrby'), { typing: true });
    expect(current.doc?.plan.title).toBe('Norrby');
    expect(current.saving).toBe(true);
    await written;
    expect(vi.getTimerCount()).toBe(0);
    expect(backend.calls).toEqual(['plan Norrby']);
    expect(current.doc?.plan.revision).toBe(4);
    expect(current.saving).toBe(false);
    expect(current.savedAt).not.toBeNull();
  });

  it('writes added and deleted items, and undo brings a deleted item back', async () => {
    await saveItem('challenge', challenge('c1', 'Skjutningar'));
    expect(backend.doc.challenges.map((c) => c.title)).toEqual(['Skjutningar']);
    await deleteItem('challenge', 'c1');
    expect(backend.doc.challenges).toEqual([]);
    undo();
    await flush();
    expect(backend.doc.challenges.map((c) => c.id)).toEqual(['c1']);
    expect(current.doc?.plan.revision).toBe(backend.doc.plan.revision);
  });

  it('changes an edited item in place, only in the fields that differ', async () => {
    await saveItem('challenge', challenge('c1', 'Skjutningar'));
    const shown = current.doc!.challenges[0];
    await saveItem('challenge', { ...challenge('c1', 'Skjutningar i centrum'), priority: 3 });
    expect(current.doc!.challenges[0]).toBe(shown);
    expect(shown.title).toBe('Skjutningar i centrum');
    expect(shown.priority).toBe(3);
    expect(backend.doc.challenges[0]).toEqual({ ...challenge('c1', 'Skjutningar i centrum'), priority: 3 });
  });

  it('gives a new item an id before it is written', async () => {
    const c = challenge('', 'Otrygghet');
    await saveItem('challenge', c);
    expect(c.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(backend.doc.challenges[0].id).toBe(c.id);
  });
});

describe('reordering', () => {
  const ids = (d: PlanDocument) => d.challenges.map((c) => c.id);

  beforeEach(async () => {
    for (const [id, title] of [['a', 'Skjutningar'], ['b', 'Otrygghet'], ['c', 'Hatbrott']]) {
      await saveItem('challenge', challenge(id, title));
    }
    backend.calls = [];
  });

  it('shows a move at once and writes it as one move', async () => {
    const written = moveItem('challenge', 'c', 0);
    expect(ids(current.doc!)).toEqual(['c', 'a', 'b']);
    await written;
    expect(backend.calls).toEqual(['move challenge c 0']);
    expect(ids(backend.doc)).toEqual(['c', 'a', 'b']);
    expect(current.doc?.plan.revision).toBe(backend.doc.plan.revision);
  });

  it('makes each move one undo step, and undo and redo move the item back in the database', async () => {
    await moveItem('challenge', 'a', 1);
    await moveItem('challenge', 'a', 2);
    expect(ids(backend.doc)).toEqual(['b', 'c', 'a']);
    undo();
    await flush();
    expect(ids(current.doc!)).toEqual(['b', 'a', 'c']);
    expect(ids(backend.doc)).toEqual(['b', 'a', 'c']);
    undo();
    await flush();
    expect(ids(backend.doc)).toEqual(['a', 'b', 'c']);
    redo();
    await flush();
    expect(ids(backend.doc)).toEqual(['b', 'a', 'c']);
    // Two moves, two undos, one redo: one move_item each.
    expect(backend.calls).toHaveLength(5);
    expect(backend.calls.every((c) => c.startsWith('move challenge'))).toBe(true);
  });

  it('is no change, and no undo step, when the item is already there', async () => {
    const before = current.canUndo;
    backend.calls = [];
    await moveItem('challenge', 'a', 0);
    await moveItem('challenge', 'zzz', 1);
    expect(backend.calls).toEqual([]);
    expect(current.canUndo).toBe(before);
  });

  it('puts an item deleted and brought back by undo at its old place in the database, not at the end', async () => {
    await deleteItem('challenge', 'a');
    undo();
    await flush();
    expect(ids(current.doc!)).toEqual(['a', 'b', 'c']);
    expect(ids(backend.doc)).toEqual(['a', 'b', 'c']);
  });
});

describe('the page’s events', () => {
  it('write what is pending when the window is left, only between start and stop', async () => {
    const window = new EventTarget();
    const document = Object.assign(new EventTarget(), { visibilityState: 'visible' });
    start({ window, document } as unknown as Page);
    window.dispatchEvent(new Event('blur'));
    expect(current.saving).toBe(true);
    await flush();
    expect(current.saving).toBe(false);
    stop();
    window.dispatchEvent(new Event('blur'));
    expect(current.saving).toBe(false);
  });
});
