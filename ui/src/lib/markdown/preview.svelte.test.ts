// The Markdown preview follows a value from outside at once and the typing only after a pause, and asks
// core for the printed tree once per change of what it shows.
import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PreviewBlock, PreviewPlace } from '../generated/types';
import { followPreview, followTree, type Preview, type Tree } from './preview.svelte';

let value = $state('');
let preview: Preview;
let stop: () => void;

beforeEach(() => {
  vi.useFakeTimers();
  value = 'Första';
  stop = $effect.root(() => {
    preview = followPreview(() => value, 200);
  });
  flushSync();
});

afterEach(() => {
  stop();
  vi.useRealTimers();
});

/** A keystroke: the field reports it, then the plan hands the new text back as the value. */
function type(text: string) {
  preview.typed(text);
  value = text;
  flushSync();
}

it('shows the first value at once', () => {
  expect(preview.text).toBe('Första');
});

it('does not follow each keystroke, and shows the text once the typing pauses', () => {
  type('Första r');
  vi.advanceTimersByTime(150);
  type('Första ra');
  vi.advanceTimersByTime(150);
  type('Första rad');
  expect(preview.text).toBe('Första');
  vi.advanceTimersByTime(200);
  expect(preview.text).toBe('Första rad');
});

it('shows a change from outside (undo) at once, and drops the typing it replaces', () => {
  type('Första r');
  value = 'Första';
  flushSync();
  expect(preview.text).toBe('Första');
  value = 'Något helt annat';
  flushSync();
  expect(preview.text).toBe('Något helt annat');
  vi.advanceTimersByTime(500);
  expect(preview.text).toBe('Något helt annat');
});

describe('the tree from core', () => {
  const PLACE: PreviewPlace = { template: 'district-plan', language: 'sv', field: 'extent' };
  let shown = $state('');
  let place = $state<PreviewPlace>(PLACE);
  let tree: Tree;
  let stopTree: () => void;
  let asked: { text: string; answer: (b: PreviewBlock[]) => void; fail: () => void }[];

  const para = (text: string): PreviewBlock[] => [
    { kind: 'paragraph', spans: [{ text, strong: false, emphasis: false, strike: false, code: false, link: null }] },
  ];
  /** Lets answered promises run their callbacks. */
  const settle = () => vi.runAllTimersAsync();

  beforeEach(() => {
    shown = 'Ett';
    place = PLACE;
    asked = [];
    stopTree = $effect.root(() => {
      tree = followTree(
        () => shown,
        () => place,
        (text) =>
          new Promise((answer, fail) => {
            asked.push({ text, answer, fail: () => fail(new Error('no')) });
          }),
      );
    });
    flushSync();
  });

  afterEach(() => stopTree());

  it('asks once per change of the shown text, not when the plan around it changes', async () => {
    expect(asked.map((a) => a.text)).toEqual(['Ett']);
    asked[0].answer(para('Ett'));
    await settle();
    expect(tree.blocks).toEqual(para('Ett'));
    place = { ...PLACE };
    flushSync();
    expect(asked).toHaveLength(1);
    shown = 'Två';
    flushSync();
    expect(asked.map((a) => a.text)).toEqual(['Ett', 'Två']);
    place = { ...PLACE, field: 'risk_factors' };
    flushSync();
    expect(asked).toHaveLength(3);
  });

  it('never lets a late answer replace a newer one', async () => {
    shown = 'Två';
    flushSync();
    asked[1].answer(para('Två'));
    asked[0].answer(para('Ett'));
    await settle();
    expect(tree.blocks).toEqual(para('Två'));
  });

  it('keeps the last tree when a request fails, and says so', async () => {
    asked[0].answer(para('Ett'));
    await settle();
    shown = 'Två';
    flushSync();
    asked[1].fail();
    await settle();
    expect(tree.failed).toBe(true);
    expect(tree.blocks).toEqual(para('Ett'));
  });

  it('asks nothing for an empty text', () => {
    shown = '  ';
    flushSync();
    expect(asked).toHaveLength(1);
    expect(tree.blocks).toEqual([]);
  });
});
