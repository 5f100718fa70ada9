// The page events the open plan listens to, added by `listen` when the app starts (main.ts) rather than
// when a module is imported, so a test can add and remove them: typing in a text field (for undo
// grouping and the keystroke measure), and the window being left — nothing typed is lost when it loses
// focus, is hidden or goes away.

/** The page's window and document, or stand-ins for them in a test. */
export interface Page {
  window: Pick<Window, 'addEventListener' | 'removeEventListener'>;
  document: Pick<Document, 'addEventListener' | 'removeEventListener' | 'visibilityState'>;
}

/** What the page's events are handed to. */
export interface PageHandlers {
  /** A text field's input event: the field (its id or test id) and the event's time. */
  typed(field: string, timeStamp: number): void;
  /** The user is leaving the window: write everything now. */
  leaving(): void;
}

const TEXT_INPUTS = new Set(['text', 'search', 'email', 'url', 'tel', 'number', 'date', 'password']);

/** The text field an input event comes from, as its id (or test id), or null when it is no text field. */
export function textField(target: EventTarget | null): string | null {
  const text =
    target instanceof HTMLTextAreaElement ||
    (target instanceof HTMLInputElement && TEXT_INPUTS.has(target.type)) ||
    (target instanceof HTMLElement && target.isContentEditable);
  if (!text) return null;
  const el = target as HTMLElement;
  return el.id || el.dataset.testid || 'field';
}

/** Adds the listeners; the function returned removes them again. */
export function listen(handlers: PageHandlers, page: Page = { window, document }): () => void {
  const onInput = (e: Event) => {
    const field = textField(e.target);
    if (field !== null) handlers.typed(field, e.timeStamp);
  };
  const onLeave = () => handlers.leaving();
  const onVisibility = () => {
    if (page.document.visibilityState === 'hidden') handlers.leaving();
  };
  // Capture: the field is known before its own handler changes the plan. (An options object, not a bare
  // `true`: Node's EventTarget, which the tests run on, does not remove a listener added with `true`.)
  const capture = { capture: true };
  page.document.addEventListener('input', onInput, capture);
  page.window.addEventListener('blur', onLeave);
  page.window.addEventListener('pagehide', onLeave);
  page.window.addEventListener('beforeunload', onLeave);
  page.document.addEventListener('visibilitychange', onVisibility);
  return () => {
    page.document.removeEventListener('input', onInput, capture);
    page.window.removeEventListener('blur', onLeave);
    page.window.removeEventListener('pagehide', onLeave);
    page.window.removeEventListener('beforeunload', onLeave);
    page.document.removeEventListener('visibilitychange', onVisibility);
  };
}
