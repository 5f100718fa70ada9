// The Markdown preview follows a value from outside at once and the typing only after a pause.
import { flushSync } from 'svelte';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { followPreview, type Preview } from './preview.svelte';

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
