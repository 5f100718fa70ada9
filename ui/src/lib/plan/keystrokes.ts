// Keystroke-to-save, measured inside the app: for every key typed into a field, one User Timing measure
// named `safeplan:keystroke-to-save`, from the key's input event (its `timeStamp`) to the moment the write
// that carries it is committed (the save command's promise resolved). Writes are coalesced — keys typed
// while one is in flight wait as one pending write — so one write may carry several keys and ends each
// of their measures. Read them with `performance.getEntriesByName('safeplan:keystroke-to-save')`
// (tests/e2e/bench.mjs does). Only timing is recorded: nothing here changes what is saved or when.

export const KEYSTROKE_MEASURE = 'safeplan:keystroke-to-save';

/**
 * Measures kept before they are cleared in one go: a day of typing must not grow the entry buffer
 * without end, and a benchmark reads far fewer than this.
 */
export const KEPT_MEASURES = 1000;

/** The part of `performance` used here (so the tests can watch it). */
export type Timeline = Pick<Performance, 'now' | 'measure' | 'clearMeasures' | 'timeOrigin'>;

/**
 * An input event's time on the `performance.now()` clock. Event.timeStamp is that clock in current
 * engines; an engine that still gives milliseconds since the epoch is brought onto it.
 */
export function eventTime(timeStamp: number, timeline: Timeline = performance): number {
  const now = timeline.now();
  return timeStamp > now + 60_000 ? timeStamp - timeline.timeOrigin : timeStamp;
}

/** The keystrokes typed but not yet written, and the measures ended for those that were. */
export class Keystrokes {
  private waiting: number[] = [];
  private measured = 0;

  constructor(private readonly timeline: Timeline = performance) {}

  /** A keystroke (its input event's time) changed the plan. */
  typed(at: number): void {
    this.waiting.push(eventTime(at, this.timeline));
  }

  /** A write starts from the plan as it is now: it carries every keystroke typed so far. */
  take(): number[] {
    const carried = this.waiting;
    this.waiting = [];
    return carried;
  }

  /** The write failed and the next one retries it: its keystrokes wait for that one. */
  giveBack(carried: number[]): void {
    this.waiting = [...carried, ...this.waiting];
  }

  /** The write carrying these keystrokes is committed: one measure for each, ending now. */
  committed(carried: number[]): void {
    if (carried.length === 0) return;
    const end = this.timeline.now();
    if (this.measured + carried.length > KEPT_MEASURES) {
      this.timeline.clearMeasures(KEYSTROKE_MEASURE);
      this.measured = 0;
    }
    for (const start of carried) {
      this.timeline.measure(KEYSTROKE_MEASURE, { start: Math.min(start, end), end });
      this.measured++;
    }
  }

  /** The plan was closed or reloaded: what was typed is not going to be written. */
  clear(): void {
    this.waiting = [];
  }
}
