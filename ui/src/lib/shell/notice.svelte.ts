// Short confirmations ("Exported to …", "Plan imported") shown in a polite live region, so screen readers
// hear them without their focus moving. Errors of the open plan live in `current.error` instead.

export interface Notice {
  id: number;
  text: string;
  kind: 'info' | 'success' | 'error';
}

export const notices = $state<{ list: Notice[] }>({ list: [] });

let next = 1;

export function announce(text: string, kind: Notice['kind'] = 'success', ms = 6000): void {
  const notice = { id: next++, text, kind };
  notices.list.push(notice);
  if (kind !== 'error') setTimeout(() => dismiss(notice.id), ms);
}

export function dismiss(id: number): void {
  notices.list = notices.list.filter((n) => n.id !== id);
}
