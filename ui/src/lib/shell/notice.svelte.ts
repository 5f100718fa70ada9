// Short confirmations ("Exported to …", "Plan imported") shown in a polite live region, so screen readers
// hear them without their focus moving. Errors of the open plan live in `current.error` instead.

export interface Notice {
  id: number;
  text: string;
  kind: 'info' | 'success' | 'error';
}

export const notices = $state<{ list: Notice[] }>({ list: [] });

/**
 * Confirmations on screen at once. A burst (linking eighteen names, gathering a folder) would
 * otherwise stack up the window's side over the controls; each one was read out when it came.
 */
export const MAX_CONFIRMATIONS = 3;

let next = 1;

export function announce(text: string, kind: Notice['kind'] = 'success', ms = 6000): void {
  const notice = { id: next++, text, kind };
  notices.list.push(notice);
  if (kind !== 'error') {
    const shown = notices.list.filter((n) => n.kind !== 'error');
    const dropped = new Set(shown.slice(0, Math.max(0, shown.length - MAX_CONFIRMATIONS)).map((n) => n.id));
    if (dropped.size > 0) notices.list = notices.list.filter((n) => !dropped.has(n.id));
  }
  if (kind !== 'error') setTimeout(() => dismiss(notice.id), ms);
}

export function dismiss(id: number): void {
  notices.list = notices.list.filter((n) => n.id !== id);
}
