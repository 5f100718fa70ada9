// Reordering the items of a list by keyboard and by buttons (challenges, indicators, measures, routines):
// one piece for every list. A move goes through the plan's normal path (`current.moveItem`: shown at once,
// one undo step, one `move_item` write), keeps the focus on the moved item so a keyboard user can go on
// moving it, and is announced in a live region ("… is now in position 2 of 5").

import { tick } from 'svelte';
import type { Attachment } from 'svelte/attachments';
import { t } from '../../i18n/index.svelte';
import { current, type ItemKind } from '../../plan/current.svelte';
import { LISTS } from '../../plan/sync';

export type Direction = -1 | 1;

export interface Reorder {
  /** The item's place among those shown (from 0), and how many are shown. */
  place(id: string): { index: number; count: number };
  /** Moves the item one place up (-1) or down (1) among those shown. */
  move(id: string, by: Direction): Promise<void>;
  /** On a card: Alt+ArrowUp and Alt+ArrowDown move it while its header or move buttons have the focus. */
  keys(id: string): Attachment<HTMLElement>;
  /** The element id of the item's move button: `${kind}-${id}-move-up` / `-move-down`, beside its card `${kind}-${id}`. */
  buttonId(id: string, by: Direction): string;
  /** The last move, in words, for the list's live region. */
  readonly message: string;
}

const FORM_FIELD = 'input, textarea, select, [contenteditable]:not([contenteditable="false"])';

/**
 * Reordering for one list. `shown` is the list as the screen shows it (a part of the plan's list, or
 * all of it); each item's card has the element id `${kind}-${id}`.
 */
export function createReorder<T extends { id: string }>(
  kind: ItemKind,
  shown: () => T[],
  nameOf: (item: T) => string,
): Reorder {
  let message = $state('');
  const buttonId = (id: string, by: Direction) => `${kind}-${id}-move-${by < 0 ? 'up' : 'down'}`;

  async function move(id: string, by: Direction): Promise<void> {
    const list = shown();
    const from = list.findIndex((x) => x.id === id);
    const to = from + by;
    const doc = current.doc;
    if (!doc || from < 0 || to < 0 || to >= list.length) return;
    // To the neighbour's index in the whole list: taken out first, the item then lands just before the
    // neighbour when moving up and just after it when moving down, also when the list shown is a part of
    // the whole (the measures of one prevention level).
    const index = (doc[LISTS[kind]] as { id: string }[]).findIndex((x) => x.id === list[to].id);
    // Read before the move: `list` may be the plan's own array, which the move changes.
    const said = t('steps-common.moved', { name: nameOf(list[from]), position: to + 1, count: list.length });
    const focused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const written = current.moveItem(kind, id, index);
    message = said;
    await tick();
    keepFocus(focused, id, by);
    await written;
  }

  // The moved card's elements move in the document, which can drop the focus: put it back where it was.
  // A move button now at its end is disabled: its partner takes the focus.
  function keepFocus(focused: HTMLElement | null, id: string, by: Direction) {
    if (!focused?.isConnected) return;
    const stuck = focused instanceof HTMLButtonElement && focused.disabled && focused.id === buttonId(id, by);
    const next = stuck ? document.getElementById(buttonId(id, by < 0 ? 1 : -1)) : focused;
    if (next && document.activeElement !== next) next.focus();
  }

  return {
    place(id) {
      const list = shown();
      return { index: list.findIndex((x) => x.id === id), count: list.length };
    },
    move,
    buttonId,
    keys(id) {
      return (card) => {
        const onkey = (e: KeyboardEvent) => {
          if (!e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
          if (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') return;
          // In a field, Alt+arrows belong to the field (a select opens its list with Alt+ArrowDown).
          if (e.target instanceof Element && e.target.closest(FORM_FIELD)) return;
          e.preventDefault();
          void move(id, e.key === 'ArrowUp' ? -1 : 1);
        };
        card.addEventListener('keydown', onkey);
        return () => card.removeEventListener('keydown', onkey);
      };
    },
    get message() {
      return message;
    },
  };
}
