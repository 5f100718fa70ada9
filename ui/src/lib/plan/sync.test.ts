// The diff that turns the last saved state of a plan into what the user sees: the right writes, in an
// order the database accepts (things referred to before the things that refer to them).

import { describe, expect, it } from 'vitest';
import type { Challenge, Measure, PlanDocument } from '../generated/types';

import { emptyPlanDocument } from './fixtures';
import { diff, moves, reorder, Scope, scopedTarget, stableJson } from './sync';

const doc = (): PlanDocument => emptyPlanDocument();

const challenge = (id: string): Challenge => ({
  id, title: id, category: 'other', description: '', affected_groups: '', places: '', trend: 'unknown', priority: 2,
});
const measure = (id: string, challengeIds: string[]): Measure => ({
  id, title: id, description: '', level: 'universal', challenge_ids: challengeIds, themes: [], owner: '', partners: [],
  target_group: '', area: '', start: null, end: null, status: 'planned', budget: null,
  evidence: { level: null, note: '' }, expected_effect: { term: null, text: '' }, follow_up: [],
});

describe('diff', () => {
  it('finds nothing to write when only the revision or status differ', () => {
    const a = doc();
    const b = doc();
    b.plan.revision = 7;
    b.plan.status = 'submitted';
    expect(diff(a, b)).toEqual([]);
  });

  it('writes a challenge before the measure that answers it, and deletes in the opposite order', () => {
    const saved = doc();
    saved.challenges = [challenge('old')];
    saved.measures = [measure('m-old', ['old'])];
    const target = doc();
    target.challenges = [challenge('new')];
    target.measures = [measure('m-new', ['new'])];
    expect(diff(saved, target).map((op) => op.label)).toEqual([
      'save challenge new',
      'save measure m-new',
      'delete measure m-old',
      'delete challenge old',
    ]);
  });

  it('marks only a first write as new', () => {
    const saved = doc();
    saved.challenges = [challenge('a')];
    const target = doc();
    target.challenges = [{ ...challenge('a'), title: 'changed' }, challenge('b')];
    expect(diff(saved, target).map((op) => [op.label, op.isNew])).toEqual([
      ['save challenge a', false],
      ['save challenge b', true],
    ]);
  });

  it('applies each write to the saved state so a later diff is empty', () => {
    const saved = doc();
    const target = doc();
    target.plan.title = 'Ny';
    target.challenges = [challenge('c')];
    for (const op of diff(saved, target)) op.apply(saved);
    expect(diff(saved, target)).toEqual([]);
  });
});

/** `from` after the moves, done the way core's move_item does them (take out, put back at the index). */
function applyMoves(from: string[], ms: { id: string; index: number }[]): string[] {
  const order = [...from];
  for (const { id, index } of ms) {
    order.splice(order.indexOf(id), 1);
    order.splice(index, 0, id);
  }
  return order;
}

describe('moves', () => {
  it('finds nothing to move when the order is the same', () => {
    expect(moves(['a', 'b', 'c'], ['a', 'b', 'c'])).toEqual([]);
  });

  it('makes one move of a swap of neighbours and of one item taken from the top to the bottom', () => {
    expect(moves(['a', 'b', 'c'], ['b', 'a', 'c'])).toHaveLength(1);
    expect(moves(['a', 'b', 'c', 'd'], ['b', 'c', 'd', 'a'])).toEqual([{ id: 'a', index: 3 }]);
    expect(moves(['a', 'b', 'c', 'd'], ['d', 'a', 'b', 'c'])).toEqual([{ id: 'd', index: 0 }]);
  });

  it('reaches any order, with as few moves as the items out of order', () => {
    // A fixed pseudo-random sequence, so a failure can be reproduced.
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let round = 0; round < 200; round++) {
      const n = 1 + Math.floor(random() * 9);
      const from = Array.from({ length: n }, (_, i) => `i${i}`);
      const to = [...from].sort(() => random() - 0.5);
      const ms = moves(from, to);
      expect(applyMoves(from, ms)).toEqual(to);
      // The items already in order relative to each other (a longest increasing run, by plain
      // dynamic programming here) stay; every other one is moved once.
      const rank = to.map((id) => from.indexOf(id));
      const run = rank.map(() => 1);
      for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) if (rank[j] < rank[i]) run[i] = Math.max(run[i], run[j] + 1);
      expect(ms).toHaveLength(n - Math.max(...run));
    }
  });

  it('reverses four items in three moves', () => {
    const ms = moves(['a', 'b', 'c', 'd'], ['d', 'c', 'b', 'a']);
    expect(ms).toHaveLength(3);
    expect(applyMoves(['a', 'b', 'c', 'd'], ms)).toEqual(['d', 'c', 'b', 'a']);
  });
});

describe('reorder', () => {
  it('moves the saved items into the order the user sees, and records each move in the saved state', () => {
    const saved = doc();
    saved.challenges = [challenge('a'), challenge('b'), challenge('c')];
    const target = doc();
    target.challenges = [challenge('c'), challenge('a'), challenge('b')];
    const ops = reorder(saved, target);
    expect(ops.map((op) => op.label)).toEqual(['move challenge c to 0']);
    for (const op of ops) op.apply(saved);
    expect(saved.challenges.map((c) => c.id)).toEqual(['c', 'a', 'b']);
    expect(reorder(saved, target)).toEqual([]);
  });

  it('leaves out a new item not yet written, and waits while a deleted item is still in the database', () => {
    const saved = doc();
    saved.measures = [measure('m1', []), measure('m2', [])];
    const target = doc();
    target.measures = [measure('new', []), measure('m2', []), measure('m1', [])];
    expect(reorder(saved, target).map((op) => op.label)).toEqual(['move measure m2 to 0']);
    target.measures = [measure('m2', [])];
    expect(reorder(saved, target)).toEqual([]);
  });

  it('is not part of diff: an order-only change has no content write', () => {
    const saved = doc();
    saved.challenges = [challenge('a'), challenge('b')];
    const target = doc();
    target.challenges = [challenge('b'), challenge('a')];
    expect(diff(saved, target)).toEqual([]);
    expect(reorder(saved, target)).toHaveLength(1);
  });
});

const scopeOf = (...keys: string[]): Scope => {
  const scope = new Scope();
  for (const key of keys) scope.mark(key);
  return scope;
};

describe('Scope', () => {
  it('reads the keys changes are made under: the plan, one item, or an item’s list', () => {
    const s = scopeOf('plan', 'measure:m1', 'measure:m2', 'challenge:c1:move', 'indicator:i1:delete');
    expect(s.all).toBe(false);
    expect(s.plan).toBe(true);
    expect([...(s.items.get('measure') ?? [])]).toEqual(['m1', 'm2']);
    expect([...s.lists]).toEqual(['challenge', 'indicator']);
    expect(new Scope().empty).toBe(true);
    expect(s.empty).toBe(false);
  });

  it('compares everything for a key it does not know', () => {
    for (const key of ['registry', 'measure', 'measure:', 'planet:x', 'measure:m1:rename', 'measure:m1:move:2']) {
      expect(scopeOf(key).all, key).toBe(true);
    }
  });

  it('merges another scope into itself', () => {
    const s = scopeOf('challenge:a');
    s.merge(scopeOf('plan', 'challenge:b', 'measure:m:move'));
    expect(s.plan).toBe(true);
    expect([...(s.items.get('challenge') ?? [])]).toEqual(['a', 'b']);
    expect([...s.lists]).toEqual(['measure']);
  });
});

describe('a scoped diff', () => {
  it('writes only what its scope names', () => {
    const saved = doc();
    saved.challenges = [challenge('a'), challenge('b')];
    const target = doc();
    target.plan.title = 'Ny';
    target.challenges = [{ ...challenge('a'), title: 'A2' }, { ...challenge('b'), title: 'B2' }, challenge('c')];
    expect(diff(saved, target, scopeOf('challenge:a')).map((op) => op.label)).toEqual(['save challenge a']);
    expect(diff(saved, target, scopeOf('plan')).map((op) => op.label)).toEqual(['plan']);
    expect(diff(saved, target, scopeOf('challenge:c')).map((op) => [op.label, op.isNew])).toEqual([['save challenge c', true]]);
    // A list in scope is compared whole: changed, new and removed items alike.
    target.challenges = target.challenges.slice(1);
    expect(diff(saved, target, scopeOf('challenge:a:delete')).map((op) => op.label)).toEqual([
      'save challenge b',
      'save challenge c',
      'delete challenge a',
    ]);
  });
});

describe('scopedTarget', () => {
  const copy = <T>(v: T): T => structuredClone(v);

  it('copies the parts in scope from the live plan and shares the rest with the saved state', () => {
    const saved = doc();
    saved.challenges = [challenge('a'), challenge('b')];
    saved.measures = [measure('m', ['a'])];
    const live = copy(saved);
    live.plan.title = 'Ny';
    live.challenges[1].title = 'B2';
    live.challenges.push(challenge('c'));
    live.measures[0].title = 'not in scope';
    const before = copy(saved);

    const t = scopedTarget(saved, live, scopeOf('challenge:b', 'challenge:c'), copy);
    expect(t.plan).toBe(saved.plan);
    expect(t.measures).toBe(saved.measures);
    expect(t.challenges[0]).toBe(saved.challenges[0]);
    expect(t.challenges.map((c) => c.title)).toEqual(['a', 'B2', 'c']);
    expect(t.challenges[1]).not.toBe(live.challenges[1]);
    expect(saved).toEqual(before);

    const p = scopedTarget(saved, live, scopeOf('plan'), copy);
    expect(p.plan.title).toBe('Ny');
    expect(p.challenges).toBe(saved.challenges);
    // What the scoped target differs in is exactly what the scoped diff writes.
    expect(diff(saved, p, scopeOf('plan')).map((op) => op.label)).toEqual(['plan']);
    expect(diff(saved, p)).toHaveLength(1);
  });

  it('takes a list in scope whole, in the live order, and everything for an unknown key', () => {
    const saved = doc();
    saved.challenges = [challenge('a'), challenge('b')];
    const live = copy(saved);
    live.challenges.reverse();
    live.plan.title = 'Ny';
    const t = scopedTarget(saved, live, scopeOf('challenge:a:move'), copy);
    expect(t.challenges.map((c) => c.id)).toEqual(['b', 'a']);
    expect(t.plan).toBe(saved.plan);
    expect(scopedTarget(saved, live, scopeOf('registry'), copy)).toEqual(live);
  });
});

describe('stableJson', () => {
  it('ignores the order keys were added in', () => {
    expect(stableJson({ a: 1, b: { c: 2, d: 3 } })).toBe(stableJson({ b: { d: 3, c: 2 }, a: 1 }));
  });
});
