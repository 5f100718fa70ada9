// The review file in words: what an import did (threads, replies and suggestions added, resolutions
// applied, conflicts kept, what became of the reviewer's decision), each review note the import kept
// beside the plan, and a refused file's located message. A note's reason is core's code with what its
// words need, told here in the user's language; a reason an older Safeplan stored as an English
// sentence is shown as it is.

import type { NoteReason, PlanDocument, PlanStatus, ReviewImported, ReviewNote, ReviewNoteKind, Role } from '../generated/types';
import { toApiError } from '../api';
import { enumLabel, locale, t } from '../i18n/index.svelte';
import { explainError, when } from './places';

/** The lines of an import's result, in the order the status line reads them. */
export function importSummary(r: ReviewImported): string[] {
  if (!r.changed) return [t('reviewfile.nothing_new', { title: r.title })];
  const lines = [
    t('reviewfile.imported_into', { title: r.title }),
    t('reviewfile.added', { threads: r.threads_added, replies: r.replies_added, suggestions: r.suggestions_added }),
    t('reviewfile.applied', { resolutions: r.resolutions_applied, reopenings: r.reopenings_applied }),
  ];
  if (r.conflicts_kept.length) lines.push(t('reviewfile.conflicts_kept', { count: r.conflicts_kept.length }));
  lines.push(decisionLine(r));
  return lines;
}

function decisionLine(r: ReviewImported): string {
  const d = r.decision;
  if (!d) return t('reviewfile.decision_none');
  return t(`reviewfile.decision_${d.outcome}`, { status: statusName(d.status) });
}

function statusName(status: PlanStatus): string {
  return enumLabel('PlanStatus', status).toLowerCase();
}

/** A review note: who did what and when, and why it was kept instead of applied here. */
export function noteText(n: ReviewNote, place: string): string {
  const who = roleName(n.author_name, n.author_role);
  const at = when(n.at, locale.current);
  switch (n.kind) {
    case 'status': {
      const said = n.message ? t('reviewfile.note_message', { message: n.message }) : '';
      return t('reviewfile.note_status', { who, at, status: statusName(n.subject as PlanStatus), said, why: reasonText(n.reason, n.kind) });
    }
    case 'resolution':
      return t('reviewfile.note_resolution', { who, at, place, why: reasonText(n.reason, n.kind) });
    case 'reopening':
      return t('reviewfile.note_reopening', { who, at, place });
  }
}

/** Why a note was kept instead of applied; without a reason, what its kind always means. */
export function reasonText(r: NoteReason | null, kind: ReviewNoteKind): string {
  if (!r) return t(`reviewfile.reason_none_${kind === 'status' ? 'status' : 'resolution'}`);
  switch (r.code) {
    case 'status_moved':
      return t('reviewfile.reason_status_moved', { here: statusName(r.here), was: statusName(r.was), to: statusName(r.to) });
    case 'not_ready':
      return t('reviewfile.reason_not_ready', { to: statusName(r.to) });
    case 'unseen_replies': {
      const replies = r.replies.map((x) => `${x.author_name} (${when(x.at, locale.current)})`).join(', ');
      return t('reviewfile.reason_unseen_replies', { replies });
    }
    case 'text':
      return r.text;
  }
}

// An unknown key (a newer Safeplan's role or status) is shown as it is: enumLabel falls back to the key.
function roleName(name: string, role: string): string {
  return `${name} (${enumLabel('Role', role as Role).toLowerCase()})`;
}

/**
 * A refused export or import, line by line: `lead` (what was not done, when the error's own words do not
 * say it), what is wrong in the user's language (naming the place in `doc` core points at), then core's
 * message naming the file and the place.
 */
export function refusal(e: unknown, lead: string | null = null, doc: PlanDocument | null = null): string[] {
  const err = toApiError(e);
  return [lead, explainError(err, doc), err.message].filter((line): line is string => !!line);
}

/** The file name the save dialog suggests: the plan's slug and the reviewer's name, without odd characters. */
export function reviewFileName(slug: string, reviewer: string): string {
  const clean = (s: string) =>
    s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
  return [clean(slug) || 'plan', clean(reviewer)].filter(Boolean).join('-');
}
