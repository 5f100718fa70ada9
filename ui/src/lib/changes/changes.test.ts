import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ItemChange, PlanDiff, Revision } from '../generated/types';
import { changesPerStep, condensed, fieldKey, groupByStep, itemChanged, spansOf } from './changes';

const answers = vi.hoisted(() => ({
  diff: [] as Array<() => Promise<unknown>>,
  revisions: vi.fn(),
}));

vi.mock('../api', async (real) => {
  const api = await real<typeof import('../api')>();
  return {
    ...api,
    revisions: answers.revisions,
    planDiff: vi.fn(() => answers.diff.shift()!()),
  };
});

const { changes } = await import('./state.svelte');

function item(section: ItemChange['place']['section'], id: string | null, change: ItemChange['change']): ItemChange {
  return { place: { section, id, field: null }, kind: null, id, change, name: id ?? '', fields: [] };
}

function diff(items: ItemChange[], from = 3): PlanDiff {
  return {
    plan_id: 'p',
    from: { revision: from, status: 'changes_requested', created_at: '2026-11-02T10:30:00Z' },
    to: { revision: null, status: 'draft', created_at: null },
    items,
  };
}

describe('changes grouped for the screen', () => {
  const d = diff([
    item('plan', null, 'changed'),
    item('challenges', 'c1', 'added'),
    item('lagesbild', null, 'changed'),
    item('measures', 'm1', 'changed'),
    item('measures', 'm2', 'removed'),
  ]);

  it('groups by the step that shows each section, in the order of the steps', () => {
    const groups = groupByStep(d);
    expect(groups.map((g) => g.step)).toEqual(['plan', 'lagesbild', 'measures']);
    // Challenges are edited in the lägesbild step: both land there, in the diff's order.
    expect(groups[1].items.map((c) => c.place.section)).toEqual(['challenges', 'lagesbild']);
    expect(changesPerStep(d)).toEqual(new Map([['plan', 1], ['lagesbild', 2], ['measures', 2]]));
    expect(groupByStep(null)).toEqual([]);
  });

  it('marks items added or changed, not removed ones nor other sections', () => {
    expect(itemChanged(d, 'measures', 'm1')).toBe(true);
    expect(itemChanged(d, 'challenges', 'c1')).toBe(true);
    expect(itemChanged(d, 'measures', 'm2')).toBe(false);
    expect(itemChanged(d, 'statistics', 'm1')).toBe(false);
    expect(itemChanged(null, 'measures', 'm1')).toBe(false);
  });
});

describe('a field’s difference as text', () => {
  it('reads a changed value as the old deleted and the new inserted', () => {
    expect(spansOf({ type: 'value', before: '2026', after: '2027' })).toEqual([
      { op: 'delete', text: '2026' },
      { op: 'insert', text: '2027' },
    ]);
    expect(spansOf({ type: 'value', before: null, after: 'Polisen' })).toEqual([{ op: 'insert', text: 'Polisen' }]);
    const words = [{ op: 'equal' as const, text: 'a ' }, { op: 'insert' as const, text: 'b' }];
    expect(spansOf({ type: 'words', spans: words })).toBe(words);
  });

  it('shortens long unchanged text to its ends next to the changes', () => {
    const long = 'x'.repeat(50) + 'MIDDLE' + 'y'.repeat(50);
    const out = condensed(
      [
        { op: 'equal', text: long },
        { op: 'delete', text: 'old' },
        { op: 'equal', text: long },
        { op: 'insert', text: 'new' },
        { op: 'equal', text: long },
      ],
      10,
    );
    expect(out.map((s) => s.text)).toEqual([
      '…' + 'y'.repeat(10),
      'old',
      'x'.repeat(10) + '…' + 'y'.repeat(10),
      'new',
      'x'.repeat(10) + '…',
    ]);
    const short = [{ op: 'equal' as const, text: 'kort text' }];
    expect(condensed(short, 10)).toEqual(short);
  });

  it('names a field path without its indexes', () => {
    expect(fieldKey('observations[2].value')).toBe('observations.value');
    expect(fieldKey('team[0].name')).toBe('team.name');
    expect(fieldKey('cause_analysis')).toBe('cause_analysis');
  });
});

describe('the changes of the open plan', () => {
  const rev = (number: number): Revision =>
    ({ number, status: 'submitted', created_at: '2026-01-01T00:00:00Z', snapshot: {} }) as unknown as Revision;

  beforeEach(() => {
    changes.reset();
    answers.diff = [];
    answers.revisions.mockReset();
    answers.revisions.mockResolvedValue([rev(1), rev(2)]);
  });

  it('keeps the default start from core, then the one the user picks', async () => {
    answers.diff.push(async () => diff([item('measures', 'm1', 'changed')], 2));
    await changes.refresh('p', 'draft');
    expect(changes.from).toBe(2);
    expect(changes.revisions.map((r) => r.number)).toEqual([1, 2]);
    expect(changes.revisions[0]).not.toHaveProperty('snapshot');

    answers.diff.push(async () => diff([], 1));
    await changes.choose(1);
    expect(changes.from).toBe(1);
    expect(changes.chosen).toBe(1);
    // The same plan and status: the list of revisions is not read again.
    expect(answers.revisions).toHaveBeenCalledTimes(1);
  });

  it('has no diff and no error for a plan without revisions', async () => {
    answers.revisions.mockResolvedValue([]);
    answers.diff.push(async () => Promise.reject({ code: 'no_revision', message: 'no revision yet' }));
    await changes.refresh('p', 'draft');
    expect(changes.diff).toBeNull();
    expect(changes.error).toBeNull();
  });

  it('drops an answer that arrives after a newer one', async () => {
    let late: (d: PlanDiff) => void = () => {};
    answers.diff.push(() => new Promise((resolve) => (late = resolve)));
    answers.diff.push(async () => diff([], 2));
    const first = changes.refresh('p', 'draft');
    await changes.refresh('p', 'draft');
    late(diff([item('plan', null, 'changed')], 1));
    await first;
    expect(changes.from).toBe(2);
    expect(changes.diff!.items).toEqual([]);
  });

  it('shows another failure, and forgets the choice for another plan', async () => {
    answers.diff.push(async () => Promise.reject({ code: 'storage', message: 'disk' }));
    await changes.refresh('p', 'draft');
    expect(changes.error?.code).toBe('storage');
    changes.chosen = 1;
    changes.open = true;
    answers.diff.push(async () => diff([], 3));
    await changes.refresh('q', 'draft');
    expect(changes.chosen).toBeNull();
    expect(changes.open).toBe(false);
    expect(changes.error).toBeNull();
  });
});
