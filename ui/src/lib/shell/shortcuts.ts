// The keyboard shortcuts. Undo and redo are the plan's, not the text field's: one Ctrl+Z takes back one
// change however it was made (typing, a choice, adding or deleting an item), in any field.

import { current, flushAll, goToStep, redo, STEPS, takeFromField, undo } from '../plan/current.svelte';
import { largerText, resetTextSize, smallerText } from './textSize.svelte';
import { importFromFile, view } from './view.svelte';

/** Handles a key press; returns true when it was a shortcut (the caller then prevents the default). */
export function handleShortcut(e: KeyboardEvent): boolean {
  const ctrl = e.ctrlKey || e.metaKey;
  const key = e.key.toLowerCase();
  // Text size works everywhere, dialogs included: by e.key, so Ctrl and the plus key of a Nordic
  // keyboard (no Shift) and Ctrl+= of an English one both enlarge.
  if (ctrl && !e.altKey && (key === '+' || key === '=')) {
    largerText();
    return true;
  }
  if (ctrl && !e.altKey && key === '-') {
    smallerText();
    return true;
  }
  if (ctrl && !e.altKey && !e.shiftKey && key === '0') {
    resetTextSize();
    return true;
  }
  const inDialog = document.querySelector('dialog[open]') !== null;
  if (inDialog) return false;

  if (ctrl && !e.altKey && key === 'z' && current.doc) {
    // Text still held by the field becomes its own change first, so Ctrl+Z takes back exactly that.
    takeFromField();
    if (e.shiftKey) redo();
    else undo();
    return true;
  }
  if (ctrl && !e.altKey && !e.shiftKey && key === 'y' && current.doc) {
    takeFromField();
    redo();
    return true;
  }
  if (ctrl && !e.shiftKey && key === 's') {
    // Everything saves by itself; Ctrl+S out of habit just makes it happen now.
    void flushAll();
    return true;
  }
  if (ctrl && !e.shiftKey && key === 'o') {
    void importFromFile();
    return true;
  }
  if (ctrl && !e.shiftKey && key === 'n' && !current.doc) {
    view.newPlanOpen = true;
    return true;
  }
  if (e.altKey && !ctrl && current.doc) {
    // e.code, not e.key: Alt+digit gives other characters on some Nordic layouts.
    const digit = /^Digit([1-8])$/.exec(e.code)?.[1];
    if (digit) {
      goToStep(STEPS[Number(digit) - 1]);
      return true;
    }
  }
  return false;
}
