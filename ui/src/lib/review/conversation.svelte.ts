// The review's conversation in the open plan: adding comments, replies and suggestions, resolving and
// reopening threads, and the planner's decisions on suggestions. Each is a use case of core's, written
// alone after every pending edit (so it is made against the revision the plan really has), and the
// plan then shows what the database holds.
//
// A comment, a reply or a resolution is conversation, not an edit of the plan: it is no undo step, and
// every kept undo state takes it too (as the partner registry's entries are kept), so undoing an earlier
// edit never deletes a comment. A decision on suggestions changes the plan's text: it is one undo step,
// whatever it accepted, and undo brings back both the old text and the open suggestions.

import * as api from '../api';
import { ApiError, toApiError } from '../api';
import type { Comment, CommentView, Decided, ItemRef, NewComment, ReviewImported, ReviewNote, SuggestionPick } from '../generated/types';
import { showDoc, type Ledger, type PlanState } from '../plan/state.svelte';
import type { UndoHistory } from '../plan/undo.svelte';
import type { WriteQueue } from '../plan/writes';

/** What the review shows beside the plan: core's view of each comment, and what is open on screen. */
export const review = $state<{
  /** Each comment with what became of its anchor (removed, changed since), as core last said. */
  views: CommentView[];
  /** The review panel (every thread, filterable) is shown instead of the step. */
  panelOpen: boolean;
  /** The place whose threads the thread dialog shows, or null when it is closed. */
  at: ItemRef | null;
  /** Its name as the marker said it ("Orsaksanalys", a measure's title). */
  atName: string;
  /** The reviewers' acts an import kept beside the plan instead of applying them. */
  notes: ReviewNote[];
}>({ views: [], panelOpen: false, at: null, atName: '', notes: [] });

/** Opens the thread dialog on the threads at `ref`, named `name`. */
export function openThreads(ref: ItemRef, name: string): void {
  review.at = { section: ref.section, id: ref.id, field: ref.field };
  review.atName = name;
}

export function closeThreads(): void {
  review.at = null;
}

/**
 * `kept`'s comments with the conversation of `fresh` (new comments and replies, who resolved what) but
 * each suggestion's state as `kept` had it: that state is part of the plan's text history, which undo
 * and redo take back and forth.
 */
export function keepConversation(kept: readonly Comment[], fresh: readonly Comment[]): Comment[] {
  const out = kept.map((c) => c);
  for (const c of fresh) {
    const at = out.findIndex((k) => k.id === c.id);
    if (at < 0) out.push(structuredClone(c));
    else out[at] = { ...structuredClone(c), suggestion: structuredClone(out[at].suggestion) };
  }
  return out;
}

/** The open plan's conversation: made with the plan's state, its bookkeeping, its undo and its writes. */
export class Conversation {
  constructor(
    private readonly state: PlanState,
    private readonly ledger: Ledger,
    private readonly undo: UndoHistory,
    private readonly writes: WriteQueue,
  ) {}

  /** Reads core's view of the comments again (after the plan's text changed, a quote may differ now). */
  async refresh(): Promise<void> {
    const id = this.state.doc?.plan.id;
    if (!id) return;
    try {
      const views = await api.comments(id);
      if (this.state.doc?.plan.id === id) review.views = views;
    } catch {
      // The markers keep the comments the plan holds; their "changed since" waits for the next read.
    }
  }

  /** Adds a comment, a reply (`parent_id`) or a suggestion, by the current actor. */
  add(comment: NewComment): Promise<void> {
    return this.spoken((planId, revision) => api.addComment(planId, revision, comment));
  }

  /** Resolves or reopens the thread that starts with `id`. */
  resolve(id: string, resolved: boolean): Promise<void> {
    return this.spoken((planId, revision) => api.resolveThread(planId, revision, id, resolved));
  }

  /**
   * Accepts or rejects the picked open suggestions as one change and one undo step; resolves to what
   * core decided (including the suggestions it left open, and why).
   */
  decide(pick: SuggestionPick, accept: boolean, acknowledged: string | null = null): Promise<Decided> {
    return this.writes.alone(async () => {
      const planId = this.planId();
      const decided = await this.guarded(planId, () =>
        api.decideSuggestions(planId, this.ledger.revision, pick, accept, acknowledged),
      );
      if (decided.revision === this.ledger.revision) return decided;
      const fresh = await api.plan(planId);
      if (this.state.doc?.plan.id !== planId || !this.ledger.settled) return decided;
      this.undo.record(this.ledger.settled, 'suggestions', false);
      this.ledger.saved = structuredClone(fresh);
      this.ledger.revision = fresh.plan.revision;
      showDoc(this.state, this.ledger, fresh);
      this.state.savedAt = Date.now();
      this.state.error = null;
      await this.refresh();
      return decided;
    });
  }

  /** A conversation step: written alone, then the plan's comments are read back into every state. */
  private spoken(write: (planId: string, revision: number) => Promise<number>): Promise<void> {
    return this.writes.alone(async () => {
      const planId = this.planId();
      const revision = await this.guarded(planId, () => write(planId, this.ledger.revision));
      const views = await api.comments(planId);
      this.take(planId, revision, views);
    });
  }

  /** Reads the review notes an import kept beside the open plan (resolutions and decisions not made here). */
  async readNotes(): Promise<void> {
    const id = this.state.doc?.plan.id;
    if (!id) return;
    try {
      const notes = await api.reviewNotes(id);
      if (this.state.doc?.plan.id === id) review.notes = notes;
    } catch {
      // The panel keeps the notes it showed; the next read brings them.
    }
  }

  /**
   * Imports a review file after every pending edit. When it was for the open plan, what it brought shows
   * as a conversation step does (no undo step; every kept undo state takes the new comments), with the
   * status the reviewer's decision may have moved the plan to, and the notes it kept.
   */
  importFile(path: string): Promise<ReviewImported> {
    return this.writes.alone(async () => {
      const result = await api.importReview(path);
      const planId = this.state.doc?.plan.id;
      if (!planId || result.plan_id !== planId || !result.changed) return result;
      const [fresh, views, notes] = await Promise.all([api.plan(planId), api.comments(planId), api.reviewNotes(planId)]);
      if (!this.take(planId, fresh.plan.revision, views)) return result;
      const { state, ledger } = this;
      if (state.doc && ledger.saved) state.doc.plan.status = ledger.saved.plan.status = fresh.plan.status;
      review.notes = notes;
      return result;
    });
  }

  /** Shows the comments core holds at `revision` in the open plan and every kept state; false if it changed. */
  private take(planId: string, revision: number, views: CommentView[]): boolean {
    const { state, ledger } = this;
    if (state.doc?.plan.id !== planId || !ledger.saved || !ledger.settled) return false;
    review.views = views;
    const fresh = views.map((v) => v.comment);
    ledger.revision = revision;
    ledger.saved.plan.revision = revision;
    state.doc.plan.revision = revision;
    ledger.saved.comments = structuredClone(fresh);
    ledger.settled = { ...ledger.settled, comments: structuredClone(fresh) };
    state.doc.comments = structuredClone(fresh);
    for (const kept of this.undo.states()) kept.comments = keepConversation(kept.comments, fresh);
    state.savedAt = Date.now();
    return true;
  }

  private planId(): string {
    const id = this.state.doc?.plan.id;
    if (!id) throw new ApiError({ code: 'not_found', message: 'no plan is open' });
    return id;
  }

  /** Runs a write; after `stale_write` the plan as someone else left it is shown, and the error goes on. */
  private async guarded<T>(planId: string, write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (e) {
      const err = toApiError(e);
      if (err.code === 'stale_write' && this.state.doc?.plan.id === planId) await this.writes.reloadAfterStaleWrite(planId);
      throw err;
    }
  }
}
