// The keystroke-to-save bookkeeping on a timeline of its own: which keystrokes a write carries, the
// measures it ends, the epoch-clock fallback for an event's time, and the bound on kept measures.

import { describe, expect, it } from 'vitest';
import { eventTime, KEPT_MEASURES, KEYSTROKE_MEASURE, Keystrokes, type Timeline } from './keystrokes';

function timeline(start = 5000) {
  const measures: { name: string; start: number; end: number }[] = [];
  let now = start;
  let cleared = 0;
  const fake: Timeline = {
    now: () => now,
    timeOrigin: 1_700_000_000_000,
    measure: ((name: string, opts: { start: number; end: number }) => {
      measures.push({ name, start: opts.start, end: opts.end });
      return undefined as unknown as PerformanceMeasure;
    }) as Timeline['measure'],
    clearMeasures: (name?: string) => {
      if (name === KEYSTROKE_MEASURE) {
        measures.length = 0;
        cleared++;
      }
    },
  };
  return { fake, measures, advance: (ms: number) => (now += ms), cleared: () => cleared };
}

describe('Keystrokes', () => {
  it('gives a write every keystroke typed before it started, and ends their measures when it is committed', () => {
    const t = timeline();
    const keys = new Keystrokes(t.fake);
    keys.typed(5000);
    keys.typed(5010);
    const carried = keys.take();
    keys.typed(5020); // typed while the write is in flight: the next write's
    t.advance(40);
    keys.committed(carried);
    expect(t.measures).toEqual([
      { name: KEYSTROKE_MEASURE, start: 5000, end: 5040 },
      { name: KEYSTROKE_MEASURE, start: 5010, end: 5040 },
    ]);
    t.advance(10);
    keys.committed(keys.take());
    expect(t.measures.at(-1)).toEqual({ name: KEYSTROKE_MEASURE, start: 5020, end: 5050 });
  });

  it('keeps a failed write’s keystrokes, first, for the write that retries it; forgets them on clear', () => {
    const t = timeline();
    const keys = new Keystrokes(t.fake);
    keys.typed(5000);
    const carried = keys.take();
    keys.typed(5001);
    keys.giveBack(carried);
    expect(keys.take()).toEqual([5000, 5001]);
    keys.typed(5002);
    keys.clear();
    expect(keys.take()).toEqual([]);
  });

  it('clears its measures in one go before they pass the bound', () => {
    const t = timeline();
    const keys = new Keystrokes(t.fake);
    for (let i = 0; i < KEPT_MEASURES; i++) keys.typed(5000);
    keys.committed(keys.take());
    expect(t.measures).toHaveLength(KEPT_MEASURES);
    expect(t.cleared()).toBe(0);
    keys.typed(5000);
    keys.committed(keys.take());
    expect(t.cleared()).toBe(1);
    expect(t.measures).toHaveLength(1);
  });
});

describe('eventTime', () => {
  it('keeps a time on the performance clock and brings an epoch time onto it', () => {
    const t = timeline(5000);
    expect(eventTime(4990, t.fake)).toBe(4990);
    expect(eventTime(t.fake.timeOrigin + 4990, t.fake)).toBe(4990);
  });
});
