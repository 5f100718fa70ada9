import { afterEach, describe, expect, it, vi } from 'vitest';
import { announce, dismiss, MAX_CONFIRMATIONS, notices } from './notice.svelte';

describe('notices', () => {
  afterEach(() => {
    for (const n of [...notices.list]) dismiss(n.id);
    vi.useRealTimers();
  });

  it('keeps only the newest confirmations on screen, and every error', () => {
    announce('fel', 'error');
    for (let i = 1; i <= MAX_CONFIRMATIONS + 2; i++) announce(`klar ${i}`);
    const texts = notices.list.map((n) => n.text);
    expect(texts).toContain('fel');
    const confirmations = notices.list.filter((n) => n.kind !== 'error').map((n) => n.text);
    expect(confirmations).toHaveLength(MAX_CONFIRMATIONS);
    expect(confirmations.at(-1)).toBe(`klar ${MAX_CONFIRMATIONS + 2}`);
    expect(confirmations).not.toContain('klar 1');
  });

  it('lets confirmations go by themselves and keeps errors until closed', () => {
    vi.useFakeTimers();
    announce('sparad', 'success', 1000);
    announce('trasig', 'error');
    vi.advanceTimersByTime(1001);
    expect(notices.list.map((n) => n.text)).toEqual(['trasig']);
  });
});
