// The plan's life (safeplan-model `PlanStatus::next`): which status changes the check step offers, and
// which of them readiness errors block. The backend enforces the same; offering only allowed moves keeps
// the planner from meeting a refusal.

export type Status = 'draft' | 'submitted' | 'in_review' | 'changes_requested' | 'approved' | 'archived';

export const NEXT: Record<Status, Status[]> = {
  draft: ['submitted', 'archived'],
  submitted: ['in_review', 'draft', 'archived'],
  in_review: ['changes_requested', 'approved', 'archived'],
  changes_requested: ['draft', 'submitted', 'archived'],
  approved: ['draft', 'archived'],
  archived: ['draft'],
};

export interface StatusAction {
  to: Status;
  /** Why it cannot be taken now, as a message key; null when it can. */
  blockedBy: 'errors' | null;
  /** The main action of the current status, shown first and prominent. */
  primary: boolean;
}

/** Sending a plan on (submitting, approving) needs a plan without readiness errors. */
const NEEDS_READY: Status[] = ['submitted', 'approved'];
const PRIMARY: Partial<Record<Status, Status>> = {
  draft: 'submitted',
  changes_requested: 'submitted',
  submitted: 'in_review',
  in_review: 'approved',
};

export function statusActions(from: Status, errors: number): StatusAction[] {
  return NEXT[from]
    .map((to) => ({
      to,
      blockedBy: NEEDS_READY.includes(to) && errors > 0 ? ('errors' as const) : null,
      primary: PRIMARY[from] === to,
    }))
    .sort((a, b) => Number(b.primary) - Number(a.primary));
}

/** A file name (without extension) from the plan's slug or title, safe on every file system. */
export function fileBaseName(slug: string, title: string): string {
  const base = (slug || title || 'plan')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return base || 'plan';
}
