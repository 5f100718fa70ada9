// What a decision on suggestions did, in words for the status line: how many were accepted and rejected,
// and each one left open with core's reason (its field changed since it was written, or is gone).

import type { Decided } from '../generated/types';
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
