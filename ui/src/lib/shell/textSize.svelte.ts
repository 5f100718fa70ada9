// The text size the planner chose. Every text size in the app is relative to the root font size (rem),
// so one scale on it enlarges all text, up to 200 % (WCAG 2.1, 1.4.4 Resize text), without the blur of
// zooming the whole page. Remembered on this computer, like the language.
//
//   import { textSize, largerText, smallerText, resetTextSize } from './textSize.svelte';
//   textSize.percent   // 100, 115, … 200; Ctrl+= / Ctrl+- / Ctrl+0 call the three functions

import { readPreference, writePreference } from '../preferences';

/** The steps, from the normal size up to double. */
export const TEXT_SCALES = [1, 1.15, 1.3, 1.5, 1.75, 2] as const;

const STORAGE_KEY = 'safeplan.textSize';

function storedIndex(): number {
  const stored = Number(readPreference(STORAGE_KEY));
  return Math.max(0, TEXT_SCALES.findIndex((s) => s === stored));
}

class TextSize {
  index = $state(storedIndex());
  readonly percent = $derived(Math.round(TEXT_SCALES[this.index] * 100));
  readonly atSmallest = $derived(this.index === 0);
  readonly atLargest = $derived(this.index === TEXT_SCALES.length - 1);
}

/** The current text size; change it with the functions below. */
export const textSize = new TextSize();

function apply(): void {
  if (typeof document === 'undefined') return;
  const scale = TEXT_SCALES[textSize.index];
  // The normal size leaves the root alone, so the system's default font size still counts.
  document.documentElement.style.fontSize = scale === 1 ? '' : `${scale * 100}%`;
}
apply();

function setIndex(index: number): void {
  const next = Math.min(Math.max(index, 0), TEXT_SCALES.length - 1);
  if (next === textSize.index) return;
  textSize.index = next;
  apply();
  writePreference(STORAGE_KEY, String(TEXT_SCALES[next]));
}

export const largerText = (): void => setIndex(textSize.index + 1);
export const smallerText = (): void => setIndex(textSize.index - 1);
export const resetTextSize = (): void => setIndex(0);
