// Writing the open plan to the database: every change is written at once — every keystroke, with no
// timer — and writes never pile up: while one is in flight, later changes wait as one pending write,
// which takes the latest state as soon as the previous write returns (so a crash or kill loses at most
// the keystroke in flight). A write compares only the parts changed since the last one began
// (`Ledger.pending`); what it could not write is compared again by the next. Each keystroke's time to
// the database is recorded as a performance measure (keystrokes.ts).

import * as api from '../api';
import { ApiError, toApiError } from '../api';
import type { PlanDocument } from '../generated/types';
import { t } from '../i18n/index.svelte';
import { Keystrokes } from './keystrokes';
import { readFindings } from './reads.svelte';
import { showDoc, type Ledger, type PlanState } from './state.svelte';
import { diff, reorder, Scope, scopedTarget, type SyncOp } from './sync';
import type { UndoHistory } from './undo.svelte';

const same = <T>(v: T): T => v;

/** The queue of writes of the open plan. */
export class WriteQueue {
  /** The keystrokes typed and not yet written, and the measures of those that were. */
  readonly keystrokes = new Keystrokes();
  private queue: Promise<void> = Promise.resolve(); // the write in flight (or done)
  private queued: Promise<void> | null = null; // the one write waiting behind it; later changes join it
  private syncing = 0;
  /** Written since the findings were last read. */
  private findingsStale = false;

  /** `typing` says whether a run of typing is going on (the findings wait for its pause). */
  constructor(
    private readonly state: PlanState,
    private readonly ledger: Ledger,
    private readonly undo: UndoHistory,
    private readonly typing: () => boolean,
  ) {}

  /**
   * Writes every pending change: now if nothing is being written, else as soon as the write in flight
   * returns. Calls made meanwhile share that one pending write, which diffs the state as it is when it
   * starts, so typing faster than the database never queues a write per keystroke. Resolves when the
   * database has the changes (or the write failed).
   */
  flush(): Promise<void> {
    if (this.queued) return this.queued;
    this.state.saving = true;
    const start = () => {
      this.queued = null;
      return this.sync();
    };
    const next = this.queue.then(start, start);
    this.queued = next;
    this.queue = next;
    return next;
  }

  /**
   * Runs a write that a use case makes itself instead of one found by comparing states (a statistics
   * import): after every pending change is written and with no write beside it, so it is made against
   * the revision the plan really has. Changes made meanwhile are written after it.
   */
  alone<T>(job: () => Promise<T>): Promise<T> {
    const result = this.flush().then(job);
    this.queue = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }

  /** The plan was closed or read anew: nothing written before concerns it. */
  forget(): void {
    this.findingsStale = false;
    this.keystrokes.clear();
  }

  /**
   * A run of typing has paused: the saving status shows what is really going on again, and the findings
   * held back during the typing are read (a write still under way reads them when it is done).
   */
  typingPaused(): void {
    this.state.saving = this.queued !== null || this.syncing > 0;
    if (this.findingsStale && this.queued === null && this.syncing === 0 && this.state.doc) {
      this.findingsStale = false;
      void readFindings(this.state);
    }
  }

  private async sync(): Promise<void> {
    try {
      await this.write();
    } finally {
      this.state.saving = this.queued !== null || this.syncing > 0 || this.typing();
    }
    // Read the findings once the writing stops: while changes keep coming, the next write reads them.
    // While typing goes on they wait for its pause (`typingPaused`): reading them and showing what
    // changed takes the page's time, which the next keystroke's save should have.
    if (this.findingsStale && this.queued === null && !this.typing() && this.state.doc) {
      this.findingsStale = false;
      await readFindings(this.state);
    }
  }

  private async write(): Promise<void> {
    const { state, ledger, keystrokes } = this;
    const base = ledger.saved;
    const shown = ledger.settled;
    if (!state.doc || !base || !shown) return;
    const planId = base.plan.id;
    const scope = ledger.pending;
    ledger.pending = new Scope();
    // `settled` is already a plain copy of what is shown: the write takes its parts as they are.
    const target = scopedTarget(base, shown, scope, same);
    // Every keystroke made so far is in `target`: this write carries it.
    const carried = keystrokes.take();
    const changes = diff(base, target, scope);
    if (changes.length === 0 && reorder(base, target).length === 0) return;
    this.syncing++;
    state.saving = true;
    let failure: ApiError | null = null;
    let wrote = false;
    let incomplete = 0;
    const run = async (ops: SyncOp[]) => {
      for (const op of ops) {
        try {
          ledger.revision = await op.run(planId, ledger.revision);
          base.plan.revision = ledger.revision;
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
    state.incomplete = incomplete;
    this.syncing--;
    // What was not written (refused, failed, or not reached) is compared again by the next write.
    if ((failure as ApiError | null) !== null || incomplete > 0) ledger.pending.merge(scope);
    const stillOpen = state.doc?.plan.id === planId;
    if (stillOpen && state.doc) state.doc.plan.revision = ledger.revision;
    if (!stillOpen) return;
    const failed = failure as ApiError | null;
    if (failed?.code === 'stale_write') {
      await this.reloadAfterStaleWrite(planId);
    } else if (failed) {
      keystrokes.giveBack(carried);
      state.error = { code: failed.code, message: failed.message };
    } else {
      // A new item held back for a missing required field is not in the database: no measure ends for it.
      if (incomplete === 0) keystrokes.committed(carried);
      state.error = null;
      state.savedAt = Date.now();
    }
    if (wrote) this.findingsStale = true;
  }

  /** Someone else wrote the plan: show their version, and say so (our unsaved change is lost, not merged). */
  async reloadAfterStaleWrite(planId: string): Promise<void> {
    let fresh: PlanDocument;
    try {
      fresh = await api.plan(planId);
    } catch (e) {
      const err = toApiError(e);
      this.state.error = { code: err.code, message: err.message };
      return;
    }
    this.ledger.reset(fresh);
    this.keystrokes.clear();
    this.undo.clear();
    showDoc(this.state, this.ledger, fresh);
    this.state.error = { code: 'stale_write', message: t('app.stale_write') };
  }
}
