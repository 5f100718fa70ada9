// Runs a function with the last value after a pause. Not for saving — fields hand every keystroke over
// and the plan coalesces the writes (plan/writes.ts) — but for what may lag the typing, such as
// the Markdown preview.

export interface Debounced<T> {
  (value: T): void;
  /** Runs a pending call now (on blur, before the component goes away). */
  flush(): void;
  cancel(): void;
  pending(): boolean;
}

export function debounce<T>(run: (value: T) => void, ms = 500): Debounced<T> {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let last: { value: T } | null = null;
  const call = ((value: T) => {
    last = { value };
    if (timer) clearTimeout(timer);
    timer = setTimeout(fire, ms);
  }) as Debounced<T>;
  function fire() {
    if (timer) clearTimeout(timer);
    timer = null;
    const pending = last;
    last = null;
    if (pending) run(pending.value);
  }
  call.flush = fire;
  call.cancel = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    last = null;
  };
  call.pending = () => last !== null;
  return call;
}
