// What every step needs from the frame, in one place: the plan being edited, the findings, enum labels,
// new ids, and following `current.focusTarget` to the field a finding points at.

import { tick, untrack } from 'svelte';
import { current } from '../plan/current.svelte';
import { enumLabel, has, pick, t } from '../i18n/index.svelte';
import type { LabelledEnum } from '../generated/labels';
import { focusFirst, targetIds, type SectionKey } from './findings';
import type { Finding, ItemRef } from './model';

/** An enum value's label from the Rust enums (generated): `label('Trend', 'rising')` → "Ökande" / "Rising". */
export function label(vocabulary: LabelledEnum, key: string | null | undefined): string {
  return key ? enumLabel(vocabulary, key) : '';
}

/**
 * A message about a number of things: `key_one` when there is exactly one (where the file has it),
 * so the planner reads "1 åtgärd", not "1 åtgärder".
 */
export function tn(key: string, count: number, params: Record<string, string | number> = {}): string {
  const one = `${key}_one`;
  return t(count === 1 && has(one) ? one : key, { ...params, count });
}

/** The finding's message in the app's language. */
export function findingText(f: Finding): string {
  return pick(f.message_sv, f.message_en);
}

/** Messages of findings about exactly this field, to show under it and link with aria-describedby. */
export function problemsAt(section: SectionKey, id: string | null, field: string): string[] {
  return current.findings
    .filter((f) => f.item.section === section && (f.item.id ?? null) === id && f.item.field === field)
    .map(findingText);
}

export function newId(): string {
  return crypto.randomUUID();
}

/**
 * Follows `current.focusTarget` into this step: when it points at one of `sections`, `reveal` opens what
 * hides the target (a tab, a collapsed card), then the field is scrolled to and focused. The target is
 * cleared once handled, so the same finding can be followed again.
 */
export function followFocusTarget(sections: SectionKey[], reveal?: (ref: ItemRef) => void): void {
  $effect(() => {
    const ref = current.focusTarget;
    if (!ref || !sections.includes(ref.section as SectionKey)) return;
    untrack(() => {
      reveal?.(ref);
      void focusWhenRendered(ref, targetIds(ref as Parameters<typeof targetIds>[0]));
    });
  });
}

async function focusWhenRendered(ref: ItemRef, ids: string[]): Promise<void> {
  await tick();
  // A card that has just been opened may need a frame or two to lay out its fields.
  let found = false;
  for (let attempt = 0; attempt < 10 && !found; attempt++) {
    found = focusFirst(ids.slice(0, -1));
    if (!found) await new Promise((r) => requestAnimationFrame(r));
  }
  if (!found) focusFirst(ids);
  // Cleared a frame later: while it is set, the frame does not move focus to the top of a newly shown
  // step, which would take it away from the field just focused.
  requestAnimationFrame(() => {
    if (current.focusTarget === ref) current.focusTarget = null;
  });
}
