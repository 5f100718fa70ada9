// A fake of the app's API for the open plan's unit tests (imported only by *.test.ts files, never by the
// app): one plan held in memory, with the database's revision check, and switches to make the next write
// fail or find the plan written by someone else. A test file replaces the API with it:
//
//   vi.mock('../api', async (real) => (await import('./fakeApi')).fakeApi(await real()));
//   import { backend, openFreshPlan } from './fakeApi';

import { afterEach, beforeEach, vi } from 'vitest';
import type { Challenge, Finding, Indicator, PlanDocument, StatsImported } from '../generated/types';
import { itemLists } from '../generated';
import { emptyPlanDocument } from './fixtures';

/** What the fake database holds and what it was asked. */
export const backend = {
  doc: null as unknown as PlanDocument,
  calls: [] as string[],
  staleOnce: false,
  failNext: false,
  /** How long each next read of the plan takes to come back (ms; the plan is read when asked). */
  planDelays: [] as number[],
  /** What `check` answers, and how often it was asked. */
  findings: [] as Finding[],
  checks: 0,
  /** What the next statistics import writes (core's merge of the file's series into the indicator). */
  imported: null as Indicator | null,
  /** The error the next statistics import fails with, before anything is written. */
  importFails: null as { code: string; message: string } | null,
};

function bump(expected: number, what: string): number {
  backend.calls.push(what);
  if (backend.failNext) {
    backend.failNext = false;
    throw { code: 'validation', message: 'title: must not be empty' };
  }
  if (backend.staleOnce) {
    backend.staleOnce = false;
    throw { code: 'stale_write', message: 'stale' };
  }
  if (expected !== backend.doc.plan.revision) throw { code: 'stale_write', message: `expected ${expected}` };
  backend.doc.plan.revision += 1;
  return backend.doc.plan.revision;
}

type Kind = keyof typeof itemLists;

/** The fake database's list of one item kind (the same list the real store writes: `itemLists`). */
const listOf = (kind: Kind) => backend.doc[itemLists[kind]] as { id: string }[];

/** The real API module with the open plan's calls answered by `backend`. */
export function fakeApi<T extends object>(real: T): T {
  return {
    ...real,
    plan: async () => {
      const copy = structuredClone(backend.doc);
      const delay = backend.planDelays.shift();
      if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
      return copy;
    },
    check: async () => {
      backend.checks++;
      return structuredClone(backend.findings);
    },
    updatePlan: async (rev: number, plan: PlanDocument['plan']) => {
      const r = bump(rev, `plan ${plan.title}`);
      backend.doc.plan = { ...structuredClone(plan), revision: r };
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
      (backend.doc as unknown as Record<string, { id: string }[]>)[itemLists[kind]] = listOf(kind).filter(
        (i) => i.id !== id,
      );
      return r;
    },
    importStats: async (_p: string, path: string, _request: unknown, rev: number): Promise<StatsImported> => {
      const failure = backend.importFails;
      backend.importFails = null;
      if (failure) throw failure;
      const indicator = structuredClone(backend.imported!);
      const r = bump(rev, `import ${path} ${indicator.id}`);
      const l = listOf('indicator');
      const at = l.findIndex((i) => i.id === indicator.id);
      const creates = at < 0;
      if (creates) l.push(structuredClone(indicator));
      else l[at] = structuredClone(indicator);
      const preview = {
        indicator_id: indicator.id,
        indicator_name: indicator.name,
        creates,
        chosen: [],
        rows: [],
        kept: 0,
        source: indicator.source,
        data_as_of: null,
        indicator,
      };
      return { preview, revision: r };
    },
    moveItem: async (_p: string, rev: number, kind: Kind, id: string, index: number) => {
      const r = bump(rev, `move ${kind} ${id} ${index}`);
      const l = listOf(kind);
      const [item] = l.splice(
        l.findIndex((i) => i.id === id),
        1,
      );
      l.splice(index, 0, item);
      return r;
    },
  };
}

/** A challenge with only an id and a title of its own. */
export const challenge = (id: string, title: string): Challenge => ({
  id,
  title,
  category: 'gang_crime',
  description: '',
  affected_groups: '',
  places: '',
  trend: 'unknown',
  priority: 1,
});

/**
 * Gives every test a fresh plan in the fake database, opened with fake timers, and closes it after
 * (`open` and `close` are current.svelte.ts's; `settle` is how long typing's timers run on at the end).
 */
export function openFreshPlan(
  plan: { open(id: string): Promise<void>; close(): Promise<void> },
  settle: number,
): void {
  beforeEach(async () => {
    vi.useFakeTimers();
    backend.doc = emptyPlanDocument({ id: 'p1', slug: 'p1', title: 'Plan', period: { from_year: 2026, to_year: 2028 }, revision: 3 });
    backend.calls = [];
    backend.staleOnce = false;
    backend.failNext = false;
    backend.planDelays = [];
    backend.findings = [];
    backend.checks = 0;
    backend.imported = null;
    backend.importFails = null;
    await plan.open('p1');
  });

  afterEach(async () => {
    // A test's typing must not run on into the next one (the field being typed in is cleared by a timer).
    if (vi.isFakeTimers()) await vi.advanceTimersByTimeAsync(settle);
    await plan.close();
    vi.useRealTimers();
  });
}
