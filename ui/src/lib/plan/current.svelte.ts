// The open plan, shared by the shell and every step screen. Steps read `current.doc` and change it only
// through `updatePlan`, `saveItem`, `deleteItem`, `moveItem` or `updateDoc`; each change shows at once and
// is written to the database by `sync.ts` at once — every keystroke, with no timer. Writes never pile up:
// while one is in flight, later changes wait as one pending write, which takes the latest state as soon as
// the previous write returns (so a crash or kill loses at most the keystroke in flight).
// Undo is grouped apart from saving: a run of typing in one field (pauses under a second) is one undo
// step; any other change is a step of its own. Typing is recognised from the text field's input event, or
// said with `{ typing: true }`.
// A change made outside the plan that shows in it (the city's partner registry) is read back with
// `refreshDoc`. Each keystroke's time to the database is recorded as a performance measure (keystrokes.ts).
//
//   import { current, updatePlan, saveItem } from '../plan/current.svelte';
//   <input value={current.doc!.plan.title} oninput={(e) => updatePlan((p) => (p.title = e.currentTarget.value), { typing: true })} />

import * as api from '../api';
import { ApiError, toApiError } from '../api';
import type {
  ErrorPayload,
  Finding,
  ItemRef,
  Plan,
  PlanDocument,
  PlanStatus,
} from '../generated/types';
import { t } from '../i18n/index.svelte';
import { diff, LISTS, newId, reorder, Scope, scopedTarget, stableJson, type ItemKind, type SyncOp } from './sync';
import { Keystrokes } from './keystrokes';
import { stepOfSection, type ItemOf, type StepId } from './steps';

export type { ItemKind } from './sync';

export { STEPS, stepOfSection, type ItemOf, type StepId } from './steps';

/** How a change is grouped for undo. It is written at once either way. */
export interface ChangeOptions {
  /** Part of a run of typing: joins the previous undo step if that was typing in the same place under a second ago. */
  typing?: boolean;
}

/**
 * The open plan's state. Its fields are reactive; its methods are the module's functions, so a step can
 * write either `current.saveItem(…)` or `saveItem(…)`.
 */
class CurrentPlan {
  doc = $state<PlanDocument | null>(null);
  findings = $state<Finding[]>([]);
  /** True while a change waits to be written or is being written. */
  saving = $state(false);
  /** When the last write succeeded (ms since the epoch). */
  savedAt = $state<number | null>(null);
  error = $state<ErrorPayload | null>(null);
  /**
   * New items not written yet because a required field is still empty (validation refuses them). They
   * stay on screen and are written as soon as they are complete; no error is raised for them meanwhile.
   */
  incomplete = $state(0);
  step = $state<StepId>('plan');
  /** Set by `goTo`: the step should focus this item's field, then clear it. */
  focusTarget = $state<ItemRef | null>(null);

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

/** How many steps can be undone and redone (reactive, for the buttons). */
export const history = $state({ undo: 0, redo: 0 });

const MAX_UNDO = 200;

// Not reactive: the bookkeeping behind `current`.
let saved: PlanDocument | null = null; // what the database holds, as far as we know
// The plan as shown, as a plain copy kept in step with every change: the next undo point, and what a
// write copies from. A change replaces only the part it touched (`scopedTarget`) and shares the rest with
// the state before, so a keystroke copies one field's part of the plan, not the whole plan, and undo
// steps cost no copies. These states are never changed in place: a restored one is copied first.
let settled: PlanDocument | null = null;
let pending = new Scope(); // the parts changed since the last write began, which the next write compares
let revision = 0;
let undoStack: PlanDocument[] = [];
let redoStack: PlanDocument[] = [];
let burst: string | null = null; // the field being typed in, so one run of typing is one undo step
let burstAt = 0;
/** Typing in the same field with pauses shorter than this is one undo step. */
export const BURST_GAP_MS = 1000;
let queue: Promise<void> = Promise.resolve(); // the write in flight (or done)
let queued: Promise<void> | null = null; // the one write waiting behind it; later changes join it
let syncing = 0;
let findingsStale = false; // written since the findings were last read
const keystrokes = new Keystrokes();
let refreshes = 0; // calls of refreshDoc, so an older read never overwrites a newer one

const snap = <T>(v: T): T => $state.snapshot(v) as T;
const same = <T>(v: T): T => v;
const clone = <T>(v: T): T => structuredClone(v);

function countHistory(): void {
  history.undo = undoStack.length;
  history.redo = redoStack.length;
}

function showDoc(doc: PlanDocument): void {
  burst = null;
  settled = clone(doc);
  current.doc = doc;
}

/** Opens a plan by id or slug; any pending change to the plan open before is written first. */
export async function open(id: string): Promise<void> {
  await close();
  const doc = await api.plan(id);
  saved = clone(doc);
  pending = new Scope();
  revision = doc.plan.revision;
  undoStack = [];
  redoStack = [];
  countHistory();
  current.error = null;
  current.incomplete = 0;
  current.savedAt = null;
  current.step = 'plan';
  current.focusTarget = null;
  current.findings = [];
  showDoc(doc);
  await refreshFindings();
}

/** Writes what is pending and closes the plan. */
export async function close(): Promise<void> {
  await flush();
  current.doc = null;
  current.findings = [];
  current.error = null;
  current.incomplete = 0;
  saved = settled = null;
  pending = new Scope();
  burst = null;
  findingsStale = false;
  keystrokes.clear();
  undoStack = [];
  redoStack = [];
  countHistory();
}

/**
 * Applies a change to the open plan: shows it now, records an undo step (one per run of typing in the
 * same field), and writes it. The promise settles once the database has it (or the write failed).
 * `key` names what changes (see `Scope.mark`), so the write compares only that part of the plan.
 */
export function updateDoc(key: string, change: (doc: PlanDocument) => void, opts: ChangeOptions = {}): Promise<void> {
  const doc = current.doc;
  if (!doc || !saved || !settled) return Promise.resolve();
  const field = typingIn;
  if (field !== null && typedAt !== null) {
    // One input event is one keystroke, however many changes its handler makes.
    keystrokes.typed(typedAt);
    typedAt = null;
  }
  const typing = (opts.typing ?? false) || field !== null;
  const place = field === null ? key : `${key} ${field}`;
  const now = Date.now();
  if (!(typing && burst === place && now - burstAt < BURST_GAP_MS)) {
    undoStack.push(settled);
    if (undoStack.length > MAX_UNDO) undoStack.shift();
    redoStack = [];
  }
  change(doc);
  const changed = new Scope();
  changed.mark(key);
  settled = scopedTarget(settled, doc, changed, snap);
  pending.merge(changed);
  countHistory();
  burst = typing ? place : null;
  burstAt = now;
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
 * Writes every pending change: now if nothing is being written, else as soon as the write in flight
 * returns. Calls made meanwhile share that one pending write, which diffs the state as it is when it
 * starts, so typing faster than the database never queues a write per keystroke. Resolves when the
 * database has the changes (or the write failed).
 */
export function flush(): Promise<void> {
  if (queued) return queued;
  current.saving = true;
  const start = () => {
    queued = null;
    return sync();
  };
  const next = queue.then(start, start);
  queued = next;
  queue = next;
  return next;
}

async function sync(): Promise<void> {
  try {
    await write();
  } finally {
    current.saving = queued !== null || syncing > 0 || typingRun !== null;
  }
  // Read the findings once the writing stops: while changes keep coming, the next write reads them. While
  // typing goes on they wait for its pause (`holdSavingStatus`): reading them and showing what changed
  // takes the page's time, which the next keystroke's save should have.
  if (findingsStale && queued === null && typingRun === null && current.doc) {
    findingsStale = false;
    await refreshFindings();
  }
}

async function write(): Promise<void> {
  const base = saved;
  const shown = settled;
  if (!current.doc || !base || !shown) return;
  const planId = base.plan.id;
  const scope = pending;
  pending = new Scope();
  // `settled` is already a plain copy of what is shown: the write takes its parts as they are.
  const target = scopedTarget(base, shown, scope, same);
  // Every keystroke made so far is in `target`: this write carries it.
  const carried = keystrokes.take();
  const changes = diff(base, target, scope);
  if (changes.length === 0 && reorder(base, target).length === 0) return;
  syncing++;
  current.saving = true;
  let failure: ApiError | null = null;
  let wrote = false;
  let incomplete = 0;
  const run = async (ops: SyncOp[]) => {
    for (const op of ops) {
      try {
        revision = await op.run(planId, revision);
        base.plan.revision = revision;
        op.apply(base);
        wrote = true;
      } catch (e) {
        const err = toApiError(e);
        if (op.isNew && err.code === 'validation') {
          incomplete++;
          continue;
        }
        failure ??= err;
        if (failure.code === 'stale_write') break;
      }
    }
  };
  await run(changes);
  // The order is compared once the items are written (a new or restored item is appended by its save).
  // (`run` sets `failure`; the cast tells the type checker so.)
  if ((failure as ApiError | null) === null) await run(reorder(base, target));
  current.incomplete = incomplete;
  syncing--;
  // What was not written (refused, failed, or not reached) is compared again by the next write.
  if ((failure as ApiError | null) !== null || incomplete > 0) pending.merge(scope);
  const stillOpen = current.doc?.plan.id === planId;
  if (stillOpen && current.doc) current.doc.plan.revision = revision;
  if (!stillOpen) return;
  const failed = failure as ApiError | null;
  if (failed?.code === 'stale_write') {
    await reloadAfterStaleWrite(planId);
  } else if (failed) {
    keystrokes.giveBack(carried);
    current.error = { code: failed.code, message: failed.message };
  } else {
    // A new item held back for a missing required field is not in the database: no measure ends for it.
    if (incomplete === 0) keystrokes.committed(carried);
    current.error = null;
    current.savedAt = Date.now();
  }
  if (wrote) findingsStale = true;
}

/** Someone else wrote the plan: show their version, and say so (our unsaved change is lost, not merged). */
async function reloadAfterStaleWrite(planId: string): Promise<void> {
  try {
    const fresh = await api.plan(planId);
    saved = clone(fresh);
    pending = new Scope();
    revision = fresh.plan.revision;
    keystrokes.clear();
    undoStack = [];
    redoStack = [];
    countHistory();
    showDoc(fresh);
    current.error = { code: 'stale_write', message: t('app.stale_write') };
  } catch (e) {
    const err = toApiError(e);
    current.error = { code: err.code, message: err.message };
  }
}

function restore(kept: PlanDocument): void {
  const doc = current.doc;
  if (!doc) return;
  // Undo states share their parts with each other: the one brought back is copied, not changed.
  const state = clone(kept);
  // Status and revision are the database's, not part of what undo takes back.
  state.plan.status = doc.plan.status;
  state.plan.revision = revision;
  burst = null;
  showDoc(state);
  // Another state altogether: every part is compared with the database.
  pending.all = true;
  countHistory();
  void flush();
}

export function undo(): void {
  const previous = undoStack.pop();
  if (!previous || !current.doc || !settled) return;
  redoStack.push(settled);
  restore(previous);
}

export function redo(): void {
  const next = redoStack.pop();
  if (!next || !current.doc || !settled) return;
  undoStack.push(settled);
  restore(next);
}

/** Moves the plan to another status (a numbered revision is taken). Resolves to the error, if any. */
export async function setStatus(status: PlanStatus): Promise<ApiError | null> {
  await flush();
  const doc = current.doc;
  if (!doc || !saved) return null;
  try {
    revision = await api.setStatus(doc.plan.id, revision, status);
    doc.plan.status = status;
    doc.plan.revision = revision;
    saved.plan.status = status;
    saved.plan.revision = revision;
    current.error = null;
    current.savedAt = Date.now();
    await refreshFindings();
    return null;
  } catch (e) {
    const err = toApiError(e);
    if (err.code === 'stale_write') await reloadAfterStaleWrite(doc.plan.id);
    else current.error = { code: err.code, message: err.message };
    return err;
  }
}

/**
 * Reads the open plan again after a change made outside it that shows in it: an edit of the city's
 * partner registry, whose entries the plan carries for the partners its measures name (`doc.partners`).
 * What is pending is written first. The registry is the city's, shared by every plan, not this plan's:
 * its edit is no undo step here, and undo and redo keep the fresh entries (as they keep status and
 * revision) instead of bringing back an old name. The plan's own content is not replaced: it is what
 * the user sees, and its own writes keep the database in step with it.
 */
export async function refreshDoc(): Promise<void> {
  const call = ++refreshes;
  await flush();
  const id = current.doc?.plan.id;
  if (!id) return;
  let fresh: PlanDocument;
  try {
    fresh = await api.plan(id);
  } catch (e) {
    const err = toApiError(e);
    current.error = { code: err.code, message: err.message };
    return;
  }
  // A registry card saves as it is typed, so reads can overlap: only the latest counts, whatever order they return in.
  const doc = current.doc;
  if (call !== refreshes || !doc || doc.plan.id !== id) return;
  doc.partners = clone(fresh.partners);
  // Each state is given its own copy (their other parts may be shared; `partners` is replaced, not changed).
  for (const state of [saved, settled, ...undoStack, ...redoStack]) {
    if (state) state.partners = clone(fresh.partners);
  }
}

/** Reads the readiness findings again (after each write, and whenever a step asks). */
export async function refreshFindings(): Promise<void> {
  const id = current.doc?.plan.id;
  if (!id) return;
  try {
    const findings = await api.check(id);
    // Most writes change no finding: the same list is not shown again (every field's hints and the
    // step list would render anew for nothing).
    if (current.doc?.plan.id === id && stableJson(findings) !== stableJson($state.snapshot(current.findings))) {
      current.findings = findings;
    }
  } catch (e) {
    const err = toApiError(e);
    current.error = { code: err.code, message: err.message };
  }
}

/** Takes the user to an item: switches to its step and asks the step to focus it. */
export function goTo(item: ItemRef): void {
  current.step = stepOfSection(item.section);
  current.focusTarget = item;
}

export function goToStep(step: StepId): void {
  current.step = step;
  current.focusTarget = null;
}

/** The findings that belong to a step, for its badge and its own hints. */
export function findingsFor(step: StepId): Finding[] {
  if (step === 'check') return current.findings;
  return current.findings.filter((f) => stepOfSection(f.item.section) === step);
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
 * The text field whose input event is being handled right now, or null: a change made while it is set
 * is typing in that field, for undo grouping. Set before the field's own handler runs (capture phase)
 * and cleared once the event is over.
 */
let typingIn: string | null = null;
/** The time of that input event (its `timeStamp`), for the keystroke-to-save measure. */
let typedAt: number | null = null;
const TEXT_INPUTS = new Set(['text', 'search', 'email', 'url', 'tel', 'number', 'date', 'password']);

function noteTyping(e: Event): void {
  const el = e.target;
  const text =
    el instanceof HTMLTextAreaElement ||
    (el instanceof HTMLInputElement && TEXT_INPUTS.has(el.type)) ||
    (el instanceof HTMLElement && el.isContentEditable);
  if (!text) return;
  fieldInput((el as HTMLElement).id || (el as HTMLElement).dataset.testid || 'field', e.timeStamp);
}

/**
 * A text field's input event (at `timeStamp`) is being handled: what it changes is typing in `field`.
 * Called by the document's input listener; the tests, which have no DOM, call it themselves.
 */
export function fieldInput(field: string, timeStamp: number): void {
  typingIn = field;
  typedAt = timeStamp;
  setTimeout(() => {
    if (typingIn === field) typingIn = typedAt = null;
  }, 0);
  holdSavingStatus();
}

/**
 * Every keystroke is written within milliseconds, so "Saving…" would blink (and a screen reader would
 * hear it) at every key. While typing goes on, the status therefore stays at "Saving…" until a short
 * pause after the last key. Only what is shown waits: the writes themselves never do.
 */
const STATUS_HOLD_MS = 500;
let typingRun: ReturnType<typeof setTimeout> | null = null;

function holdSavingStatus(): void {
  if (!current.doc) return;
  current.saving = true;
  if (typingRun !== null) clearTimeout(typingRun);
  typingRun = setTimeout(() => {
    typingRun = null;
    current.saving = queued !== null || syncing > 0;
    // The findings held back during the typing; a write still under way reads them when it is done.
    if (findingsStale && queued === null && syncing === 0 && current.doc) {
      findingsStale = false;
      void refreshFindings();
    }
  }, STATUS_HOLD_MS);
}

// Nothing typed is lost when the window loses focus, is hidden or goes away.
if (typeof window !== 'undefined') {
  document.addEventListener('input', noteTyping, true);
  window.addEventListener('blur', () => void flushAll());
  window.addEventListener('pagehide', () => void flushAll());
  window.addEventListener('beforeunload', () => void flushAll());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') void flushAll();
  });
}
