// Undo and redo of the open plan. Undo is grouped apart from saving: a run of typing in one place
// (pauses under a second) is one undo step; any other change is a step of its own. A step is the plan as
// it was (`Ledger.settled` before the change): states share their unchanged parts, so they are never
// changed in place, and one brought back is copied first.

import type { PlanDocument } from '../generated/types';

/** Typing in the same field with pauses shorter than this is one undo step. */
export const BURST_GAP_MS = 1000;

const MAX_UNDO = 200;

/** How many steps can be undone and redone (reactive, for the buttons). */
export const history = $state({ undo: 0, redo: 0 });

/** The undo and redo steps of the open plan. */
export class UndoHistory {
  private undoStack: PlanDocument[] = [];
  private redoStack: PlanDocument[] = [];
  /** Where the last run of typing was, so one run is one undo step. */
  private burst: string | null = null;
  private burstAt = 0;

  /**
   * A change is about to be made to the plan in `before`, at `place`: it starts a new undo step unless it
   * is typing that goes on in the same place as the last change, under a second later.
   */
  record(before: PlanDocument, place: string, typing: boolean): void {
    const now = Date.now();
    if (!(typing && this.burst === place && now - this.burstAt < BURST_GAP_MS)) {
      this.undoStack.push(before);
      if (this.undoStack.length > MAX_UNDO) this.undoStack.shift();
      this.redoStack = [];
    }
    this.burst = typing ? place : null;
    this.burstAt = now;
    this.count();
  }

  /** The state to bring back, with `now` (the plan as shown) kept for redo; null when there is none. */
  undo(now: PlanDocument): PlanDocument | null {
    const previous = this.undoStack.pop();
    if (!previous) return null;
    this.redoStack.push(now);
    this.endRun();
    return previous;
  }

  /** The state to bring back again, with `now` kept for undo; null when there is none. */
  redo(now: PlanDocument): PlanDocument | null {
    const next = this.redoStack.pop();
    if (!next) return null;
    this.undoStack.push(now);
    this.endRun();
    return next;
  }

  /** Whatever comes next starts an undo step of its own (another plan, or another state, is shown). */
  endRun(): void {
    this.burst = null;
    this.count();
  }

  /** Forgets every step (the plan was closed or read anew). */
  clear(): void {
    this.undoStack = [];
    this.redoStack = [];
    this.endRun();
  }

  /** Every kept state, for a change that undo must not take back (the city's partner registry). */
  states(): PlanDocument[] {
    return [...this.undoStack, ...this.redoStack];
  }

  private count(): void {
    history.undo = this.undoStack.length;
    history.redo = this.redoStack.length;
  }
}
