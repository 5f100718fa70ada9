// What must be written to bring the database from the last saved state of a plan to what the user sees.
// The open plan is edited locally (instantly, undoably) and then synced by diffing: each difference is
// one core call. This keeps undo simple — restoring an older state is just another diff — and means a
// failed write is retried by the next sync instead of being lost. The order of each list is the
// planner's (the report follows it) and is synced the same way: `reorder` turns a difference in order
// into the fewest moves, each one `move_item` call (one transaction).
// A keystroke changes one field of one part: `Scope` names the parts changed since the last write, so a
// write copies and compares only those (a whole long plan would cost milliseconds at every key).

import * as api from '../api';
import { itemLists, order } from '../generated';
import type { ItemKind, PlanDocument, PlanItem } from '../generated/types';

export type { ItemKind } from '../generated/types';

/** The list in a PlanDocument that holds each kind (generated from the Rust `ItemKind`). */
export const LISTS = itemLists;

/** Every kind, in the order upserts must run (things referred to first). */
export const KINDS: readonly ItemKind[] = order.ItemKind;

type Item = { id: string };

/** One write: `run` calls core and resolves to the new revision; `apply` records it in the saved state. */
export interface SyncOp {
  label: string;
  /** A new item's first write: while its required fields are still empty, validation refuses it. */
  isNew?: boolean;
  run(planId: string, revision: number): Promise<number>;
  apply(saved: PlanDocument): void;
}

/** JSON with sorted keys, so two equal values compare equal however their keys were added. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

const clone = <T>(v: T): T => structuredClone(v);

/** The plan's own fields without the two that are not the user's to edit here (revision, status). */
function planFields(doc: PlanDocument): string {
  const { revision: _r, status: _s, ...rest } = doc.plan;
  return stableJson(rest);
}

/**
 * The writes that turn `saved` into `target`: the plan's fields, then new and changed items (challenges
 * before the measures that answer them), then removed items (measures before the challenges they answered).
 * Only what `scope` names is compared (everything, unless told otherwise).
 */
export function diff(saved: PlanDocument, target: PlanDocument, scope: Scope = Scope.everything()): SyncOp[] {
  const ops: SyncOp[] = [];
  if (scope.all || scope.plan) {
    const op = planOp(saved, target);
    if (op) ops.push(op);
  }
  for (const kind of KINDS) {
    const list = LISTS[kind];
    const whole = scope.all || scope.lists.has(kind);
    const ids = scope.items.get(kind);
    if (!whole && !ids) continue;
    const before = new Map((saved[list] as Item[]).map((i) => [i.id, i]));
    for (const item of target[list] as Item[]) {
      if (!whole && !ids?.has(item.id)) continue;
      const old = before.get(item.id);
      if (old && stableJson(old) === stableJson(item)) continue;
      ops.push(saveOp(kind, item, old === undefined));
    }
  }
  for (const kind of [...KINDS].reverse()) {
    if (!scope.all && !scope.lists.has(kind)) continue;
    const list = LISTS[kind];
    const kept = new Set((target[list] as Item[]).map((i) => i.id));
    for (const item of saved[list] as Item[]) {
      if (!kept.has(item.id)) ops.push(deleteOp(kind, item.id));
    }
  }
  return ops;
}

function planOp(saved: PlanDocument, target: PlanDocument): SyncOp | null {
  if (planFields(saved) === planFields(target)) return null;
  const plan = clone(target.plan);
  return {
    label: 'plan',
    run: (_planId, rev) => api.updatePlan(rev, { ...plan, revision: rev, status: saved.plan.status }),
    apply: (s) => {
      s.plan = { ...clone(plan), revision: s.plan.revision, status: s.plan.status };
    },
  };
}

function saveOp(kind: ItemKind, item: Item, isNew: boolean): SyncOp {
  const list = LISTS[kind];
  const copy = clone(item);
  return {
    label: `save ${kind} ${item.id}`,
    isNew,
    run: (planId, rev) => api.saveItem(planId, rev, { kind, item: copy } as PlanItem),
    apply: (s) => {
      const items = s[list] as Item[];
      const at = items.findIndex((i) => i.id === copy.id);
      if (at >= 0) items[at] = clone(copy);
      else items.push(clone(copy));
    },
  };
}

function deleteOp(kind: ItemKind, id: string): SyncOp {
  const list = LISTS[kind];
  return {
    label: `delete ${kind} ${id}`,
    run: (planId, rev) => api.deleteItem(planId, rev, kind, id),
    apply: (s) => {
      (s as Record<string, unknown>)[list] = (s[list] as Item[]).filter((i) => i.id !== id);
    },
  };
}

/**
 * The parts of the open plan changed since the last write, by the keys changes are made under
 * (`current.svelte.ts`): `plan` (the plan's own fields), `kind:id` (one item), `kind:id:delete` and
 * `kind:id:move` (the item's list: who is in it, and in which order). Any other key, and undo, redo or a
 * failed write, mean "compare everything".
 */
export class Scope {
  all = false;
  plan = false;
  /** Items whose fields may have changed (a new one too): compared one by one. */
  readonly items = new Map<ItemKind, Set<string>>();
  /** Lists whose members or order may have changed: compared whole. */
  readonly lists = new Set<ItemKind>();

  static everything(): Scope {
    const s = new Scope();
    s.all = true;
    return s;
  }

  get empty(): boolean {
    return !this.all && !this.plan && this.items.size === 0 && this.lists.size === 0;
  }

  /** Notes a change made under `key`. */
  mark(key: string): void {
    if (key === 'plan') {
      this.plan = true;
      return;
    }
    const [kind, id, what, ...rest] = key.split(':');
    if (!(kind in LISTS) || !id || rest.length > 0) {
      this.all = true;
    } else if (what === undefined) {
      const ids = this.items.get(kind as ItemKind) ?? new Set<string>();
      ids.add(id);
      this.items.set(kind as ItemKind, ids);
    } else if (what === 'delete' || what === 'move') {
      this.lists.add(kind as ItemKind);
    } else {
      this.all = true;
    }
  }

  /** Adds what `other` covers (a write that failed hands its scope back to the next one). */
  merge(other: Scope): void {
    this.all ||= other.all;
    this.plan ||= other.plan;
    for (const [kind, ids] of other.items) {
      const mine = this.items.get(kind) ?? new Set<string>();
      for (const id of ids) mine.add(id);
      this.items.set(kind, mine);
    }
    for (const kind of other.lists) this.lists.add(kind);
  }
}

/**
 * `saved` with the parts `scope` names taken from `live` (copied with `snap`: the reactive plan's
 * snapshot, or nothing for a plain state); the rest is `saved`'s own, shared, not copied. Used to keep a
 * plain copy of the plan in step with a change, and for the state a write compares with the database
 * (unchanged parts then compare equal and nothing is written for them). A new item goes after the
 * saved ones, in `live`'s order. Neither `saved` nor `live` is changed.
 */
export function scopedTarget(
  saved: PlanDocument,
  live: PlanDocument,
  scope: Scope,
  snap: <T>(value: T) => T,
): PlanDocument {
  if (scope.all) return snap(live);
  const target: PlanDocument = { ...saved };
  if (scope.plan) {
    // A change of the plan's unit changes the unit it names (`doc.unit`) in the same step.
    target.plan = snap(live.plan);
    target.unit = snap(live.unit);
  }
  for (const kind of KINDS) {
    const list = LISTS[kind];
    if (scope.lists.has(kind)) {
      (target as Record<string, unknown>)[list] = snap(live[list]);
      continue;
    }
    const ids = scope.items.get(kind);
    if (!ids) continue;
    const items = [...(saved[list] as Item[])];
    for (const item of live[list] as Item[]) {
      if (!ids.has(item.id)) continue;
      const at = items.findIndex((i) => i.id === item.id);
      if (at >= 0) items[at] = snap(item);
      else items.push(snap(item));
    }
    (target as Record<string, unknown>)[list] = items;
  }
  return target;
}

/**
 * The moves that turn the order `from` into the order `to` (both lists of the same ids): as few as the
 * orders allow (the ids outside a longest run already in order), each `{ id, index }` meaning "take the
 * item out and put it back at `index`" — what core's `move_item` does.
 */
export function moves(from: readonly string[], to: readonly string[]): { id: string; index: number }[] {
  const at = new Map(from.map((id, i) => [id, i]));
  const keep = longestIncreasingRun(to.map((id) => at.get(id) ?? -1));
  const order = [...from];
  const out: { id: string; index: number }[] = [];
  for (let i = 0; i < to.length; i++) {
    if (keep.has(i)) continue;
    // Everything before `to[i]` in the target is either kept or already moved: put it right after that one.
    const id = to[i];
    order.splice(order.indexOf(id), 1);
    const index = i === 0 ? 0 : order.indexOf(to[i - 1]) + 1;
    order.splice(index, 0, id);
    out.push({ id, index });
  }
  return out;
}

/** The positions (into `xs`) of one longest strictly increasing subsequence of `xs`. */
function longestIncreasingRun(xs: number[]): Set<number> {
  const tails: number[] = []; // tails[k]: position of the smallest tail of a run of length k + 1
  const prev: number[] = new Array(xs.length).fill(-1);
  for (let i = 0; i < xs.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (xs[tails[mid]] < xs[i]) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1];
    tails[lo] = i;
  }
  const run = new Set<number>();
  for (let i = tails.length ? tails[tails.length - 1] : -1; i >= 0; i = prev[i]) run.add(i);
  return run;
}

/**
 * The moves that give each list of `saved` the order it has in `target`, for the items both hold. Run
 * after `diff`'s writes have been applied to `saved` (a new item is appended where it is first saved, a
 * restored one too), so the order is compared as the database has it.
 */
export function reorder(saved: PlanDocument, target: PlanDocument): SyncOp[] {
  const ops: SyncOp[] = [];
  for (const kind of KINDS) {
    const list = LISTS[kind];
    const savedIds = (saved[list] as Item[]).map((i) => i.id);
    const present = new Set(savedIds);
    // A new item still held back (not in the database) has no place to move to yet.
    const targetIds = (target[list] as Item[]).map((i) => i.id).filter((id) => present.has(id));
    // An item whose delete failed is still in the database: indexes would be off; the next sync retries.
    if (targetIds.length !== savedIds.length) continue;
    for (const { id, index } of moves(savedIds, targetIds)) {
      ops.push({
        label: `move ${kind} ${id} to ${index}`,
        run: (planId, rev) => api.moveItem(planId, rev, kind, id, index),
        apply: (s) => {
          const items = s[list] as Item[];
          const from = items.findIndex((i) => i.id === id);
          if (from < 0) return;
          const [item] = items.splice(from, 1);
          items.splice(index, 0, item);
        },
      });
    }
  }
  return ops;
}

/** A fresh id for a new item, so the UI knows it before the first save. */
export function newId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
