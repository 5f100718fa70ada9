// The plan's life as the check step offers it: which status changes the user's role may make, which of
// them readiness errors block, and which comes first. All of it is read from the workflow table
// generated from Rust (safeplan-model `TRANSITIONS`); core refuses the same moves, so offering only
// these keeps the user from meeting a refusal.

import { transitions } from '../../generated';
import type { PlanStatus, Role } from '../../generated/types';

export type Status = PlanStatus;

export interface StatusAction {
  to: Status;
  /** Why it cannot be taken now, as a message key; null when it can. */
  blockedBy: 'errors' | null;
  /** The main action of the current status, shown first and prominent. */
  primary: boolean;
}

export function statusActions(from: Status, errors: number, role: Role): StatusAction[] {
  return transitions
    .filter((t) => t.from === from && t.roles.includes(role))
    .map((t) => ({
      to: t.to,
      blockedBy: t.needs_ready && errors > 0 ? ('errors' as const) : null,
      primary: t.primary,
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
