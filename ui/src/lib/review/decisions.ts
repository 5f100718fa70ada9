// Deciding on suggestions: what the thread offers for one (accept, accept anyway after seeing both
// texts, or only reject), and what a decision did, in words for the status line: how many were
// accepted and rejected, and each one left open with core's reason (its field changed, or is gone).

import type { Comment, CommentView, Decided, Role } from '../generated/types';
import { t } from '../i18n/index.svelte';

export function decisionMessage(d: Decided): string {
  const parts: string[] = [];
  if (d.accepted.length) parts.push(t('threads.decided_accepted', { count: d.accepted.length }));
  if (d.rejected.length) parts.push(t('threads.decided_rejected', { count: d.rejected.length }));
  if (d.left_open.length) {
    parts.push(t('threads.decided_left_open', { count: d.left_open.length, reasons: d.left_open.map(([, why]) => why).join('; ') }));
  }
  return parts.length ? parts.join(' ') : t('threads.decided_nothing');
}

/** What the thread offers for one suggestion, from core's view of its field. */
export interface SuggestionChoice {
  /** The user may accept or reject it (the plan's side decides; an advisor suggests). */
  decides: boolean;
  /** Its field is gone: it can only be rejected. */
  removed: boolean;
  /** Its field changed since it was written: both texts are shown, and accepting is "accept anyway". */
  stale: boolean;
  /** The field's text now, which accepting replaces. */
  current: string;
  /** What accepting acknowledges to core: the changed text the user has seen, or null. */
  acknowledged: string | null;
}

/**
 * `now` is the field's text as the window shows it, when the window holds the field: an undo or an edit
 * shows at once, before core is asked again. Without it, core's view of the comment says.
 */
export function suggestionChoice(c: Comment, view: CommentView | undefined, role: Role, now: string | null = null): SuggestionChoice {
  const removed = now === null && (view?.on_removed_content ?? false);
  const changed = now === null ? (view?.changed_to ?? null) : now === c.quote ? null : now;
  return {
    decides: role !== 'advisor' && c.suggestion?.state === 'open',
    removed,
    stale: removed || changed !== null,
    current: changed ?? c.quote,
    acknowledged: removed ? null : changed,
  };
}
