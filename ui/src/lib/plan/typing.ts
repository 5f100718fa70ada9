// Typing in the plan's text fields. A change made while a field's input event is being handled is
// typing in that field: it joins the run of typing's undo step, and its keystroke is timed to the
// database. The page's input events reach `input` through the listener `page.ts` adds; the tests, which
// have no DOM, call it themselves.
//
// Every keystroke is written within milliseconds, so "Saving…" would blink (and a screen reader would
// hear it) at every key. While typing goes on, the status therefore stays at "Saving…" until a short
// pause after the last key. Only what is shown waits: the writes themselves never do.

import type { PlanState } from './state.svelte';

/** How long after the last key the saving status shows what is really going on again. */
export const STATUS_HOLD_MS = 500;

/** A change's place in the typing, from `Typing.take`. */
export interface Typed {
  /** The text field being typed in, or null when the change is not typing in a field. */
  field: string | null;
  /** The time of the field's input event (its `timeStamp`), the first time a change of it asks. */
  at: number | null;
}

/** The typing going on in the open plan's fields. */
export class Typing {
  /**
   * The text field whose input event is being handled right now, or null. Set before the field's own
   * handler runs (capture phase) and cleared once the event is over.
   */
  private field: string | null = null;
  private at: number | null = null;
  private run: ReturnType<typeof setTimeout> | null = null;

  /** `paused` is called a short pause after the last key of a run of typing. */
  constructor(
    private readonly state: PlanState,
    private readonly paused: () => void,
  ) {}

  /** True from a key until the pause after the run of typing it belongs to. */
  get active(): boolean {
    return this.run !== null;
  }

  /** A text field's input event (at `timeStamp`) is being handled: what it changes is typing in `field`. */
  input(field: string, timeStamp: number): void {
    this.field = field;
    this.at = timeStamp;
    setTimeout(() => {
      if (this.field === field) this.field = this.at = null;
    }, 0);
    this.holdSavingStatus();
  }

  /** Where a change being made now is typed; one input event is one keystroke, however many changes its handler makes. */
  take(): Typed {
    const field = this.field;
    const at = field === null ? null : this.at;
    if (field !== null) this.at = null;
    return { field, at };
  }

  private holdSavingStatus(): void {
    if (!this.state.doc) return;
    this.state.saving = true;
    if (this.run !== null) clearTimeout(this.run);
    this.run = setTimeout(() => {
      this.run = null;
      this.paused();
    }, STATUS_HOLD_MS);
  }
}
