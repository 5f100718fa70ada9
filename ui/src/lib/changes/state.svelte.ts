// What changed in the open plan since a review, kept fresh as the plan is saved: the "changes since
// review N" view reads it, and the step list and item cards mark what it lists. The revision to start
// from is core's choice (the revision the last review round read) until the user picks another.

import * as api from '../api';
import { toApiError, type ApiError } from '../api';
import type { PlanDiff, PlanStatus, Revision } from '../generated/types';

/** A revision as the picker lists it (the snapshot itself stays in core). */
export type RevisionChoice = Pick<Revision, 'number' | 'status' | 'created_at'>;

class Changes {
  /** True while the view is shown in place of a step. */
  open = $state(false);
  /** The revision the user picked to start from; null for core's default. */
  chosen = $state<number | null>(null);
  diff = $state<PlanDiff | null>(null);
  revisions = $state<RevisionChoice[]>([]);
  error = $state<ApiError | null>(null);
  private planId: string | null = null;
  private status: PlanStatus | null = null;
  private asked = 0;

  /** The revision the shown diff starts from. */
  get from(): number | null {
    return this.diff?.from.revision ?? null;
  }

  /**
   * Reads the diff for `planId` again (after a save, or another start chosen). The list of revisions is
   * read again only when the plan or its status changed, as only a status change writes one. A plan
   * without revisions has nothing to compare with: no diff, no error. An answer that arrives after a
   * newer question is dropped.
   */
  async refresh(planId: string, status: PlanStatus | null = this.status): Promise<void> {
    const fresh = planId !== this.planId;
    if (fresh) {
      this.planId = planId;
      this.chosen = null;
      this.open = false;
      this.diff = null;
      this.revisions = [];
    }
    const listAgain = fresh || status !== this.status;
    this.status = status;
    const asked = ++this.asked;
    try {
      const [revisions, diff] = await Promise.all([
        listAgain ? api.revisions(planId) : null,
        api.planDiff(planId, this.chosen).catch((e) => {
          if (toApiError(e).code === 'no_revision') return null;
          throw e;
        }),
      ]);
      if (asked !== this.asked) return;
      if (revisions) this.revisions = revisions.map(({ number, status, created_at }) => ({ number, status, created_at }));
      this.diff = diff;
      this.error = null;
    } catch (e) {
      if (asked === this.asked) this.error = toApiError(e);
    }
  }

  /** Starts the comparison at another revision. */
  async choose(from: number): Promise<void> {
    this.chosen = from;
    if (this.planId) await this.refresh(this.planId);
  }

  show(): void {
    this.open = true;
  }

  hide(): void {
    this.open = false;
  }

  /** Forgets the plan (when it is closed). */
  reset(): void {
    this.planId = null;
    this.status = null;
    this.asked++;
    this.open = false;
    this.chosen = null;
    this.diff = null;
    this.revisions = [];
    this.error = null;
  }
}

export const changes = new Changes();
