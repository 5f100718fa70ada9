// What a Markdown field's preview shows. A value from outside (opening the plan, undo, redo) shows at
// once; what is typed shows after a pause in the typing. Every keystroke also comes back from the plan
// as a new value: following it at once would ask core for a tree and lay out a long preview at each
// key, in the time that key's save needs. The tree itself comes from the report engine (followTree), so
// the preview is the print.

import { previewMarkdown } from '../api';
import type { PreviewBlock, PreviewPlace } from '../generated/types';
import { debounce } from '../steps/fields/debounce';

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

/** What a field's preview draws: the report engine's tree of the shown text (reactive). */
export interface Tree {
  readonly blocks: PreviewBlock[];
  /** The last request failed; `blocks` still hold the last good tree. */
  readonly failed: boolean;
}

/**
 * Call during component setup. Asks core for the tree of `text()` as the PDF would print it at `place()`:
 * one call each time the shown text (or the place) really changes, which `followPreview` already limits
 * to pauses in the typing. An answer that arrives after a newer question is dropped, so a slow reply can
 * never put an older text back.
 */
export function followTree(
  text: () => string,
  place: () => PreviewPlace,
  ask: (text: string, place: PreviewPlace) => Promise<PreviewBlock[]> = previewMarkdown,
): Tree {
  let blocks = $state.raw<PreviewBlock[]>([]);
  let failed = $state(false);
  let asked = '';
  let latest = 0;

  $effect(() => {
    const t = text();
    const { template, language, field } = place();
    // The place is rebuilt whenever the plan changes; only a different question is asked again.
    const question = JSON.stringify([t, template, language, field]);
    if (question === asked) return;
    asked = question;
    const mine = ++latest;
    if (t.trim() === '') {
      blocks = [];
      failed = false;
      return;
    }
    ask(t, { template, language, field }).then(
      (answer) => {
        if (mine !== latest) return;
        blocks = answer;
        failed = false;
      },
      () => {
        if (mine === latest) failed = true;
      },
    );
  });

  return {
    get blocks() {
      return blocks;
    },
    get failed() {
      return failed;
    },
  };
}
