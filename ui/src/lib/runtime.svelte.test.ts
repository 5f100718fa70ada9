// vitest compiles and runs Svelte for the browser (vite.config.ts): effects run in tests as in the app.
import { flushSync } from 'svelte';
import { expect, it } from 'vitest';
it('runs $effect', () => {
  let ran = false;
  const stop = $effect.root(() => {
    $effect(() => {
      ran = true;
    });
  });
  flushSync();
  stop();
  expect(ran).toBe(true);
});
