import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { debounce } from './debounce';

describe('debounce', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs once with the last value after a pause', () => {
    const seen: string[] = [];
    const d = debounce((v: string) => seen.push(v), 300);
    d('a');
    d('ab');
    vi.advanceTimersByTime(299);
    expect(seen).toEqual([]);
    d('abc');
    vi.advanceTimersByTime(300);
    expect(seen).toEqual(['abc']);
  });

  it('flushes a pending value at once, and nothing when there is none', () => {
    const seen: string[] = [];
    const d = debounce((v: string) => seen.push(v), 300);
    d('x');
    expect(d.pending()).toBe(true);
    d.flush();
    d.flush();
    expect(seen).toEqual(['x']);
    vi.advanceTimersByTime(1000);
    expect(seen).toEqual(['x']);
  });

  it('drops a cancelled value', () => {
    const seen: string[] = [];
    const d = debounce((v: string) => seen.push(v), 300);
    d('x');
    d.cancel();
    vi.advanceTimersByTime(1000);
    expect(seen).toEqual([]);
  });
});
