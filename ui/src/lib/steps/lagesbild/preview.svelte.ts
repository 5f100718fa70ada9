// What a Markdown field's preview shows. A value from outside (opening the plan, undo, redo) shows at
// once; what is typed shows after a pause in the typing. Every keystroke also comes back from the plan
// as a new value: following it at once would parse and lay out a long preview at each key, in the time
// that key's save needs.

import { debounce } from '../fields/debounce';

export interface Preview {
  /** The text the preview shows (reactive). */
  readonly text: string;
  /** The field's input: `value` was typed. */
  typed(value: string): void;
  /** Stops a pending update (the field goes away). */
  stop(): void;
}

/** Call during component setup: `value` is read in an effect. `pauseMs` is the pause that shows what was typed. */
export function followPreview(value: () => string, pauseMs = 200): Preview {
  let text = $state(value());
  let typing: string | null = null;
  const follow = debounce((v: string) => (text = v), pauseMs);

  $effect.pre(() => {
    const incoming = value();
    // Our own keystroke coming back: the pause decides when it shows.
    if (incoming === typing) return;
    follow.cancel();
    typing = null;
    text = incoming;
  });

  return {
    get text() {
      return text;
    },
    typed(v) {
      typing = v;
      follow(v);
    },
    stop: () => follow.cancel(),
  };
}
