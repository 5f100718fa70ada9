// The text size: steps from 100 % to 200 %, stops at both ends, scales the root font size (which every
// text size is relative to), and is remembered across starts.

import { beforeEach, describe, expect, it, vi } from 'vitest';

// The tests run in node: a storage and a root element that keep what is written to them.
const stored = new Map<string, string>();
const root = { style: { fontSize: '' } };
vi.stubGlobal('localStorage', {
  getItem: (k: string) => stored.get(k) ?? null,
  setItem: (k: string, v: string) => void stored.set(k, v),
});
vi.stubGlobal('document', { documentElement: root });

/** The module as a new start of the app loads it. */
async function fresh() {
  vi.resetModules();
  return import('./textSize.svelte');
}

beforeEach(() => {
  stored.clear();
  root.style.fontSize = '';
});

describe('text size', () => {
  it('starts at the normal size and leaves the root font size alone', async () => {
    const { textSize } = await fresh();
    expect(textSize.percent).toBe(100);
    expect(textSize.atSmallest).toBe(true);
    expect(root.style.fontSize).toBe('');
  });

  it('steps up to double and no further, scaling the root font size', async () => {
    const { textSize, largerText, TEXT_SCALES } = await fresh();
    const seen: number[] = [];
    for (let i = 0; i < TEXT_SCALES.length + 2; i++) {
      largerText();
      seen.push(textSize.percent);
    }
    expect(seen).toEqual([115, 130, 150, 175, 200, 200, 200, 200]);
    expect(textSize.atLargest).toBe(true);
    expect(root.style.fontSize).toBe('200%');
  });

  it('steps down to the normal size and no further; reset goes straight back', async () => {
    const { textSize, largerText, smallerText, resetTextSize } = await fresh();
    largerText();
    largerText();
    smallerText();
    expect(textSize.percent).toBe(115);
    smallerText();
    smallerText();
    expect(textSize.percent).toBe(100);
    expect(root.style.fontSize).toBe('');
    largerText();
    largerText();
    largerText();
    resetTextSize();
    expect(textSize.percent).toBe(100);
    expect(root.style.fontSize).toBe('');
  });

  it('is remembered: the next start applies the size chosen before', async () => {
    const first = await fresh();
    first.largerText();
    first.largerText();
    expect(first.textSize.percent).toBe(130);
    root.style.fontSize = '';
    const next = await fresh();
    expect(next.textSize.percent).toBe(130);
    expect(root.style.fontSize).toBe('130%');
  });

  it('ignores a stored value that is not one of its steps', async () => {
    stored.set('safeplan.textSize', '7');
    const { textSize } = await fresh();
    expect(textSize.percent).toBe(100);
  });
});
