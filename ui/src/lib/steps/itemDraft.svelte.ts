// A card's working copy of one item (challenge, indicator, measure, routine). Edits change the copy and
// are saved at once through `current.saveItem`, every keystroke too: text fields hand over each one
// without waiting, and the plan coalesces the writes (at most one in flight, the rest as one pending
// write) and groups a run of typing into one undo step. The copy
// follows the plan when the item changes from outside — undo, redo, another window — but not when the
// change is only our own save coming back, so nothing typed is lost to a late echo.

import { untrack } from 'svelte';
import { current } from '../plan/current.svelte';

export type ItemKind = 'challenge' | 'indicator' | 'measure' | 'responsibility';

export interface ItemDraft<T> {
  readonly value: T;
  /** Changes the copy with `edit` and saves it. */
  change(edit: (draft: T) => void): void;
}

export function itemDraft<T extends { id: string }>(kind: ItemKind, source: () => T): ItemDraft<T> {
  const initial = untrack(() => $state.snapshot(source())) as T;
  let value = $state(initial);
  let sent = JSON.stringify(initial);

  $effect.pre(() => {
    const incoming = JSON.stringify(source());
    if (incoming !== sent) {
      sent = incoming;
      value = JSON.parse(incoming) as T;
    }
  });

  return {
    get value() {
      return value;
    },
    change(edit) {
      edit(value);
      const snapshot = $state.snapshot(value) as T;
      sent = JSON.stringify(snapshot);
      void current.saveItem(kind, snapshot);
    },
  };
}
