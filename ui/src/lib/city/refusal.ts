// The words for a gathered file's refusal in the user's language, from the kind and parameters core
// gives (RefusalReason); what only the file can say (a parser's complaint, a field's rule) follows as
// core wrote it. A city failure shown elsewhere in the view gets the same treatment through `refusal`:
// the error's meaning in the user's language, then core's message naming the file and place.

import type { RefusalReason } from '../generated/types';
import { formatNumber, t } from '../i18n/index.svelte';
import { refusal } from '../review/reviewFile';

export function refusalText(r: RefusalReason): string {
  switch (r.kind) {
    case 'too_large':
      return t('city.refusal_too_large', { size: formatNumber(r.size), limit: formatNumber(r.limit) });
    case 'newer_schema':
      return t('city.refusal_newer_schema', { found: r.found, supported: r.supported });
    case 'bad_package':
      return t('city.refusal_bad_package', { place: placeText(r.path, r.line, r.column), detail: r.detail });
    case 'older_package':
      return t('city.refusal_older_package', { title: r.title, here: r.here, package: r.package });
    case 'unreadable':
    case 'validation':
    case 'other':
      return t(`city.refusal_${r.kind}`, { detail: r.detail });
  }
}

/** Where in a package: the field's path as the file writes it, and the line and column in words. */
function placeText(path: string, line: number | null, column: number | null): string {
  const at =
    line === null ? '' : column === null ? t('city.place_line', { line }) : t('city.place_line_column', { line, column });
  if (path && at) return `${path} (${at})`;
  return path || at || t('city.place_whole_file');
}

/** A failed city action in words: what it means in the user's language, then core's own message. */
export function failureText(e: unknown): string {
  return refusal(e).join(' ');
}
