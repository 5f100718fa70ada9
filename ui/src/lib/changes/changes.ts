// What changed since a review, arranged for the screen: the changes grouped by the guided step that
// shows them, which steps and items changed (for their markers), and each field's difference as runs of
// kept, deleted and inserted text. Pure, so it is tested without the app.

import type { Delta, ItemChange, PlanDiff, Section, WordSpan } from '../generated/types';
import { STEPS, stepOfSection, type StepId } from '../plan/steps';

/** The changes one step shows, in the diff's order. */
export interface StepChanges {
  step: StepId;
  items: ItemChange[];
}

/** The diff's changes by step, in the order of the steps. */
export function groupByStep(diff: PlanDiff | null): StepChanges[] {
  if (!diff) return [];
  const groups = new Map<StepId, ItemChange[]>();
  for (const item of diff.items) {
    const step = stepOfSection(item.place.section);
    groups.set(step, [...(groups.get(step) ?? []), item]);
  }
  return STEPS.filter((s) => groups.has(s)).map((step) => ({ step, items: groups.get(step)! }));
}

/** How many changes each step has since the diff's start (steps without changes are absent). */
export function changesPerStep(diff: PlanDiff | null): Map<StepId, number> {
  return new Map(groupByStep(diff).map((g) => [g.step, g.items.length]));
}

/** Whether an item (by section and id) was added or changed since the diff's start. */
export function itemChanged(diff: PlanDiff | null, section: Section, id: string): boolean {
  return !!diff?.items.some((c) => c.change !== 'removed' && c.place.section === section && c.id === id);
}

/** A field's difference as runs of text: a changed value reads as the old one deleted, the new inserted. */
export function spansOf(delta: Delta): WordSpan[] {
  if (delta.type === 'words') return delta.spans;
  const spans: WordSpan[] = [];
  if (delta.before !== null) spans.push({ op: 'delete', text: delta.before });
  if (delta.after !== null) spans.push({ op: 'insert', text: delta.after });
  return spans;
}

/** Unchanged text longer than this is cut to its ends around the changes, as the command line does. */
export const CONTEXT_CHARS = 80;

/** The spans with long unchanged stretches shortened: the start after a change, the end before one. */
export function condensed(spans: WordSpan[], context = CONTEXT_CHARS): WordSpan[] {
  return spans.map((s, i) => {
    if (s.op !== 'equal') return s;
    const chars = [...s.text];
    const keepStart = i > 0;
    const keepEnd = i < spans.length - 1;
    const keep = context * (Number(keepStart) + Number(keepEnd));
    // Text with no change beside it is shown whole: there is nothing to shorten it around.
    if (keep === 0 || chars.length <= keep + 1) return s;
    const head = keepStart ? chars.slice(0, context).join('') : '';
    const tail = keepEnd ? chars.slice(chars.length - context).join('') : '';
    return { op: 'equal', text: `${head}…${tail}` };
  });
}

/** A field path as a message key: `observations[2].value` → `observations.value`, `team[0].name` → `team.name`. */
export function fieldKey(field: string): string {
  return field.replace(/\[\d+\]/g, '');
}
