// What the open plan is, in two halves: what the screens show (`PlanState`, reactive), and the
// bookkeeping behind it that the writes and undo share (`Ledger`, plain, so a keystroke that changes it
// re-renders nothing). Where the user is in the plan (the step, the item to focus) is part of the shown
// half. Nothing here talks to the database: `current.svelte.ts` ties these to the writes.

import type { ErrorPayload, Finding, ItemRef, PlanDocument } from '../generated/types';
import { Scope } from './sync';
import { stepOfSection, type StepId } from './steps';

/** The open plan as the screens show it. */
export class PlanState {
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
}

/**
 * The bookkeeping behind the shown plan. `settled` is the plan as shown, as a plain copy kept in step
 * with every change: the next undo point, and what a write copies from. A change replaces only the part
 * it touched (`scopedTarget`) and shares the rest with the state before, so a keystroke copies one
 * field's part of the plan, not the whole plan, and undo steps cost no copies. These states are never
 * changed in place: a restored one is copied first.
 */
export class Ledger {
  /** What the database holds, as far as we know. */
  saved: PlanDocument | null = null;
  settled: PlanDocument | null = null;
  /** The parts changed since the last write began, which the next write compares. */
  pending = new Scope();
  /** The plan's revision counter as the database last answered it. */
  revision = 0;

  /** Starts over from `doc` as read from the database. */
  reset(doc: PlanDocument | null): void {
    this.saved = doc ? structuredClone(doc) : null;
    this.settled = null;
    this.pending = new Scope();
    this.revision = doc?.plan.revision ?? 0;
  }
}

/** Shows `doc` as the plan, with `ledger.settled` its plain copy. */
export function showDoc(state: PlanState, ledger: Ledger, doc: PlanDocument): void {
  ledger.settled = structuredClone(doc);
  state.doc = doc;
}

/** Takes the user to an item: switches to its step and asks the step to focus it. */
export function goTo(state: PlanState, item: ItemRef): void {
  state.step = stepOfSection(item.section);
  state.focusTarget = item;
}

export function goToStep(state: PlanState, step: StepId): void {
  state.step = step;
  state.focusTarget = null;
}

/** The findings that belong to a step, for its badge and its own hints. */
export function findingsFor(state: PlanState, step: StepId): Finding[] {
  if (step === 'check') return state.findings;
  return state.findings.filter((f) => stepOfSection(f.item.section) === step);
}
