import { describe, expect, it } from 'vitest';
import { serialWriter } from './serial';

/** A backend whose writes finish only when the test says, in any order it likes. */
function backend() {
  const calls: { value: string; finish: () => void; fail: () => void }[] = [];
  let stored: string | null = null;
  const send = (value: string) =>
    new Promise<string>((resolve, reject) => {
      calls.push({
        value,
        finish: () => {
          stored = value;
          resolve(value);
        },
        fail: () => reject(new Error(`refused ${value}`)),
      });
    });
  return { calls, send, stored: () => stored };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('serialWriter', () => {
  it('sends at once when idle', async () => {
    const b = backend();
    const w = serialWriter(b.send);
    const done = w.write('S');
    expect(b.calls.map((c) => c.value)).toEqual(['S']);
    b.calls[0].finish();
    await expect(done).resolves.toBe('S');
  });

  it('keeps one write in flight; values typed meanwhile go as one write of the newest', async () => {
    const b = backend();
    const w = serialWriter(b.send);
    const first = w.write('S');
    const second = w.write('Sv');
    const third = w.write('Sve');
    // Nothing more is sent while the first is out, so no older value can land after a newer one.
    expect(b.calls.map((c) => c.value)).toEqual(['S']);
    b.calls[0].finish();
    await first;
    await tick();
    expect(b.calls.map((c) => c.value)).toEqual(['S', 'Sve']);
    b.calls[1].finish();
    await expect(second).resolves.toBe('Sve');
    await expect(third).resolves.toBe('Sve');
    expect(b.stored()).toBe('Sve');
  });

  it('sends the waiting value after a failed write, and the failure reaches only its own caller', async () => {
    const b = backend();
    const w = serialWriter(b.send);
    const first = w.write('a');
    const second = w.write('ab');
    b.calls[0].fail();
    await expect(first).rejects.toThrow('refused a');
    await tick();
    expect(b.calls.map((c) => c.value)).toEqual(['a', 'ab']);
    b.calls[1].finish();
    await expect(second).resolves.toBe('ab');
    expect(b.stored()).toBe('ab');
  });

  it('is idle again once everything is written', async () => {
    const b = backend();
    const w = serialWriter(b.send);
    const first = w.write('x');
    b.calls[0].finish();
    await first;
    await tick();
    const again = w.write('xy');
    expect(b.calls.map((c) => c.value)).toEqual(['x', 'xy']);
    b.calls[1].finish();
    await expect(again).resolves.toBe('xy');
  });
});
