// The open plan, shared by the shell and every step screen. Steps read `current.doc` and change it only
// through `updatePlan`, `saveItem`, `deleteItem`, `moveItem` or `updateDoc`; each change shows at once,
// is one undo step (undo.svelte.ts: a run of typing in one field is one) and is written at once
// (writes.ts). Typing is recognised from the text field's input event (typing.ts), or said with
// `{ typing: true }`. A change made outside the plan that shows in it (the city's partner registry) is
// read back with `refreshDoc` (reads.svelte.ts).
// The page's events reach the plan once the app calls `start()` (main.ts); `stop()` removes them.
//
//   import { current, updatePlan, saveItem } from '../plan/current.svelte';
//   <input value={current.doc!.plan.title} oninput={(e) => updatePlan((p) => (p.title = e.currentTarget.value), { typing: true })} />

import * as api from '../api';
import { ApiError, toApiError } from '../api';
import type {
  Finding,
  ItemRef,
  Plan,
  PlanDocument,
  PlanStatus,
  StatsImported,
  StatsImportRequest,
} from '../generated/types';
import { listen, type Page } from './page';
import { readFindings, RegistryReads } from './reads.svelte';
import { findingsFor as findingsOf, goTo as goToItem, goToStep as goToStepOf, Ledger, PlanState, showDoc } from './state.svelte';
import type { ItemOf, StepId } from './steps';
import { LISTS, newId, Scope, scopedTarget, stableJson, type ItemKind } from './sync';
import { Typing } from './typing';
import { history, UndoHistory } from './undo.svelte';
import { WriteQueue } from './writes';
import { Conversation } from '../review/conversation.svelte';

export type { ItemKind } from './sync';
export { STEPS, stepOfSection, type ItemOf, type StepId } from './steps';
export { BURST_GAP_MS, history } from './undo.svelte';

/** How a change is grouped for undo. It is written at once either way. */
export interface ChangeOptions {
  /** Part of a run of typing: joins the previous undo step if that was typing in the same place under a second ago. */
  typing?: boolean;
}

/**
 * The open plan's state. Its fields are reactive; its methods are the module's functions, so a step can
 * write either `current.saveItem(…)` or `saveItem(…)`.
 */
class CurrentPlan extends PlanState {
  open = (id: string) => open(id);
  close = () => close();
  updatePlan = (mutate: (p: Plan) => void, opts?: ChangeOptions) => updatePlan(mutate, opts);
  updateDoc = (key: string, change: (doc: PlanDocument) => void, opts?: ChangeOptions) =>
    updateDoc(key, change, opts);
  /** As `saveItem`, typed loosely so generic item editors (`T extends { id: string }`) can call it. */
  saveItem = <T extends { id: string }>(kind: ItemKind, item: T, opts?: ChangeOptions) =>
    saveItem(kind, item as unknown as ItemOf<ItemKind>, opts);
  deleteItem = (kind: ItemKind, id: string) => deleteItem(kind, id);
  moveItem = (kind: ItemKind, id: string, index: number) => moveItem(kind, id, index);
  refreshDoc = () => refreshDoc();
  setStatus = (status: PlanStatus) => setStatus(status);
  importStats = (path: string, request: StatsImportRequest) => importStats(path, request);
  undo = () => undo();
  redo = () => redo();
  get canUndo(): boolean {
    return history.undo > 0;
  }
  get canRedo(): boolean {
    return history.redo > 0;
  }
  goTo = (item: ItemRef) => goTo(item);
  refreshFindings = () => refreshFindings();
  flush = () => flush();
  flushAll = () => flushAll();
}

export type { CurrentPlan };

export const current = new CurrentPlan();

const ledger = new Ledger();
const undoHistory = new UndoHistory();
const typing = new Typing(current, () => writes.typingPaused());
const writes = new WriteQueue(current, ledger, undoHistory, () => typing.active);
const registry = new RegistryReads(current, ledger, undoHistory, () => writes.flush());
/** The review's comments, replies, resolutions and decisions on suggestions (review/conversation.svelte.ts). */
export const conversation = new Conversation(current, ledger, undoHistory, writes);

const snap = <T>(v: T): T => $state.snapshot(v) as T;

let stopListening: (() => void) | null = null;

/** Starts listening to the page's events (once, when the app starts; again after `stop`). */
export function start(page?: Page): void {
  if (stopListening) return;
  stopListening = listen({ typed: fieldInput, leaving: () => void flushAll() }, page);
}

/** Stops listening to the page's events. */
export function stop(): void {
  stopListening?.();
  stopListening = null;
}

/** Opens a plan by id or slug; any pending change to the plan open before is written first. */
export async function open(id: string): Promise<void> {
  await close();
  const doc = await api.plan(id);
  ledger.reset(doc);
  undoHistory.clear();
  current.error = null;
  current.incomplete = 0;
  current.savedAt = null;
  current.step = 'plan';
  current.focusTarget = null;
  current.findings = [];
  showDoc(current, ledger, doc);
  await refreshFindings();
}

/** Writes what is pending and closes the plan. */
export async function close(): Promise<void> {
  await flush();
  current.doc = null;
  current.findings = [];
  current.error = null;
  current.incomplete = 0;
  ledger.reset(null);
  writes.forget();
  undoHistory.clear();
}

/**
 * Applies a change to the open plan: shows it now, records an undo step (one per run of typing in the
 * same field), and writes it. The promise settles once the database has it (or the write failed).
 * `key` names what changes (see `Scope.mark`), so the write compares only that part of the plan.
 */
export function updateDoc(key: string, change: (doc: PlanDocument) => void, opts: ChangeOptions = {}): Promise<void> {
  const doc = current.doc;
  if (!doc || !ledger.saved || !ledger.settled) return Promise.resolve();
  const { field, at } = typing.take();
  if (at !== null) writes.keystrokes.typed(at);
  const place = field === null ? key : `${key} ${field}`;
  undoHistory.record(ledger.settled, place, (opts.typing ?? false) || field !== null);
  change(doc);
  const changed = new Scope();
  changed.mark(key);
  ledger.settled = scopedTarget(ledger.settled, doc, changed, snap);
  ledger.pending.merge(changed);
  return flush();
}

/** Changes the plan's own fields (title, period, lägesbild, team, follow-up plan…). */
export function updatePlan(mutate: (p: Plan) => void, opts: ChangeOptions = {}): Promise<void> {
  return updateDoc('plan', (d) => mutate(d.plan), opts);
}

/**
 * Adds or replaces an item (matched by id); an item without an id gets one (set on the object you pass).
 * The list shows it at once; the promise settles once it is written.
 */
export function saveItem<K extends ItemKind>(kind: K, item: ItemOf<K>, opts: ChangeOptions = {}): Promise<void> {
  if (!item.id) item.id = newId();
  return updateDoc(`${kind}:${item.id}`, (d) => {
    const list = d[LISTS[kind]] as ItemOf<K>[];
    const at = list.findIndex((i) => i.id === item.id);
    if (at < 0) list.push(item);
    else if (list[at] !== item) assignChanged(list[at] as Record<string, unknown>, item as Record<string, unknown>);
  }, opts);
}

/**
 * Gives `target` the fields of `source`, setting only those that differ: an item edited in its card
 * stays the same object in the plan, and a keystroke in one field re-renders what shows that field, not
 * everything that shows the item.
 */
function assignChanged(target: Record<string, unknown>, source: Record<string, unknown>): void {
  for (const key of Object.keys(target)) if (!(key in source)) delete target[key];
  for (const [key, value] of Object.entries(source)) {
    if (stableJson(target[key]) !== stableJson(value)) target[key] = value;
  }
}

export function deleteItem(kind: ItemKind, id: string): Promise<void> {
  return updateDoc(`${kind}:${id}:delete`, (d) => {
    const list = LISTS[kind];
    (d as unknown as Record<string, { id: string }[]>)[list] = (d[list] as { id: string }[]).filter((i) => i.id !== id);
  });
}

/**
 * Moves an item to `index` in its list (the planner's order, which the report follows): shown at once,
 * one undo step, written as one `move_item` (one transaction). Nothing happens if it is already there.
 */
export function moveItem(kind: ItemKind, id: string, index: number): Promise<void> {
  const list = current.doc?.[LISTS[kind]] as { id: string }[] | undefined;
  const from = list?.findIndex((i) => i.id === id) ?? -1;
  if (!list || from < 0) return Promise.resolve();
  const to = Math.max(0, Math.min(index, list.length - 1));
  if (to === from) return Promise.resolve();
  return updateDoc(`${kind}:${id}:move`, (d) => {
    const items = d[LISTS[kind]] as { id: string }[];
    const [item] = items.splice(from, 1);
    items.splice(to, 0, item);
  });
}

/**
 * Imports one series of a statistics file into the open plan (a new indicator or an existing one) as one
 * change: core writes it in one transaction, then it shows, and it is one undo step — undo deletes the
 * new indicator or brings the old one back, redo writes the imported one again. Resolves to what was
 * saved; rejects with the ApiError (after `stale_write`, the plan as someone else left it is shown).
 */
export function importStats(path: string, request: StatsImportRequest): Promise<StatsImported> {
  return writes.alone(async () => {
    const planId = current.doc?.plan.id;
    if (!planId) throw new ApiError({ code: 'not_found', message: 'no plan is open' });
    let result: StatsImported;
    try {
      result = await api.importStats(planId, path, request, ledger.revision);
    } catch (e) {
      const err = toApiError(e);
      if (err.code === 'stale_write' && current.doc?.plan.id === planId) await writes.reloadAfterStaleWrite(planId);
      throw err;
    }
    if (current.doc?.plan.id === planId) written('indicator', result.preview.indicator, result.revision);
    return result;
  });
}

/**
 * Shows an item the database already holds (written by a use case of its own, at `revision`) as one
 * undo step: the saved state takes it too, so no write follows, and undo compares against it.
 */
function written<K extends ItemKind>(kind: K, item: ItemOf<K>, revision: number): void {
  const doc = current.doc;
  if (!doc || !ledger.saved || !ledger.settled) return;
  undoHistory.record(ledger.settled, `${kind}:${item.id}`, false);
  // The saved state's item is replaced, never changed in place (as the writes do); the shown one keeps
  // its object, so its card stays the same card.
  const put = (d: PlanDocument, keep: boolean) => {
    const list = d[LISTS[kind]] as ItemOf<K>[];
    const at = list.findIndex((i) => i.id === item.id);
    if (at < 0) list.push(structuredClone(item));
    else if (keep) assignChanged(list[at] as Record<string, unknown>, structuredClone(item) as Record<string, unknown>);
    else list[at] = structuredClone(item);
  };
  put(ledger.saved, false);
  put(doc, true);
  ledger.revision = revision;
  ledger.saved.plan.revision = revision;
  doc.plan.revision = revision;
  const changed = new Scope();
  changed.mark(`${kind}:${item.id}`);
  ledger.settled = scopedTarget(ledger.settled, doc, changed, snap);
  current.savedAt = Date.now();
  current.error = null;
  void refreshFindings();
}

/** Writes every pending change (see `WriteQueue.flush`); resolves when the database has them. */
export function flush(): Promise<void> {
  return writes.flush();
}

function restore(kept: PlanDocument): void {
  const doc = current.doc;
  if (!doc) return;
  // Undo states share their parts with each other: the one brought back is copied, not changed.
  const state = structuredClone(kept);
  // Status and revision are the database's, not part of what undo takes back.
  state.plan.status = doc.plan.status;
  state.plan.revision = ledger.revision;
  showDoc(current, ledger, state);
  // Another state altogether: every part is compared with the database.
  ledger.pending.all = true;
  void flush();
}

export function undo(): void {
  if (!current.doc || !ledger.settled) return;
  const previous = undoHistory.undo(ledger.settled);
  if (previous) restore(previous);
}

export function redo(): void {
  if (!current.doc || !ledger.settled) return;
  const next = undoHistory.redo(ledger.settled);
  if (next) restore(next);
}

/** Moves the plan to another status (a numbered revision is taken). Resolves to the error, if any. */
export async function setStatus(status: PlanStatus): Promise<ApiError | null> {
  await flush();
  const doc = current.doc;
  const saved = ledger.saved;
  if (!doc || !saved) return null;
  try {
    ledger.revision = await api.setStatus(doc.plan.id, ledger.revision, status);
    doc.plan.status = status;
    doc.plan.revision = ledger.revision;
    saved.plan.status = status;
    saved.plan.revision = ledger.revision;
    current.error = null;
    current.savedAt = Date.now();
    await refreshFindings();
    return null;
  } catch (e) {
    const err = toApiError(e);
    if (err.code === 'stale_write') await writes.reloadAfterStaleWrite(doc.plan.id);
    else current.error = { code: err.code, message: err.message };
    return err;
  }
}

/**
 * Reads the open plan again after a change made outside it that shows in it: an edit of the city's
 * partner registry (see `RegistryReads`). What is pending is written first.
 */
export function refreshDoc(): Promise<void> {
  return registry.read();
}

/** Reads the readiness findings again (after each write, and whenever a step asks). */
export function refreshFindings(): Promise<void> {
  return readFindings(current);
}

/** Takes the user to an item: switches to its step and asks the step to focus it. */
export function goTo(item: ItemRef): void {
  goToItem(current, item);
}

export function goToStep(step: StepId): void {
  goToStepOf(current, step);
}

/** The findings that belong to a step, for its badge and its own hints. */
export function findingsFor(step: StepId): Finding[] {
  return findingsOf(current, step);
}

export function dismissError(): void {
  current.error = null;
}

/**
 * Writes everything now. Fields hand their text over on every keystroke, so this is `flush`; the focused
 * field is still asked to hand over (blur and focus again) in case an editor holds something back.
 */
export function flushAll(): Promise<void> {
  takeFromField();
  return flush();
}

/** Makes the focused field hand over what it holds back (fields save on blur too), and keeps the focus there. */
export function takeFromField(): void {
  if (typeof document === 'undefined' || !(document.activeElement instanceof HTMLElement)) return;
  const field = document.activeElement;
  if (field.matches('input, textarea, select, [contenteditable]')) {
    field.blur();
    field.focus({ preventScroll: true });
  }
}

/**
 * A text field's input event (at `timeStamp`) is being handled: what it changes is typing in `field`.
 * Called by the page's input listener (`start`); the tests, which have no DOM, call it themselves.
 */
export function fieldInput(field: string, timeStamp: number): void {
  typing.input(field, timeStamp);
}
