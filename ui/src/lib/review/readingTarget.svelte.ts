// Following a link to one item (`goTo`: a measure opened from the city view, a finding) into a step
// shown to read because the plan is read-only. The editing steps focus the item's field themselves;
// here the item's card is scrolled to the top of the step and focused, so the reader lands on the
// measure asked for rather than on the read-only notice above a long list.

import { tick, untrack } from 'svelte';
import type { ItemRef, Section } from '../generated/types';
import { current } from '../plan/current.svelte';

/** Call once from the reading view: `section` is the list of items the current step shows. */
export function followToReadingItem(section: () => Section | undefined): void {
  $effect(() => {
    const ref = current.focusTarget;
    const shown = section();
    if (!ref?.id || !shown || ref.section !== shown) return;
    untrack(() => void showItem(ref));
  });
}

async function showItem(ref: ItemRef): Promise<void> {
  await tick();
  let card: HTMLElement | null = null;
  // A frame at least: a newly shown step first scrolls itself to its top (PlanView), and a long list
  // may need a frame or two more to be laid out.
  for (let attempt = 0; attempt < 10 && !card; attempt++) {
    await new Promise((r) => requestAnimationFrame(r));
    card = document.querySelector<HTMLElement>(`[data-testid="reading-item"][data-id="${CSS.escape(ref.id ?? '')}"]`);
  }
  if (card) {
    card.tabIndex = -1;
    card.scrollIntoView({ block: 'start' });
    card.focus({ preventScroll: true });
  }
  // Cleared a frame later, as the editing steps do: while it is set, the frame does not move focus
  // to the top of the newly shown step.
  requestAnimationFrame(() => {
    if (current.focusTarget === ref) current.focusTarget = null;
  });
}
