// The page's events the open plan listens to: only between `listen` and the stop it returns, typing in
// a text field is handed over with the field and the event's time, and leaving the window asks for
// everything to be written.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listen, textField, type Page } from './page';

// The tests run without a DOM: just enough of the element classes for `textField` to tell fields apart.
class FakeElement extends EventTarget {
  id = '';
  dataset: Record<string, string> = {};
  isContentEditable = false;
}
class FakeInput extends FakeElement {
  type = 'text';
}
class FakeTextArea extends FakeElement {}

/** A document that is itself a text field, so an input event dispatched on it comes from a field. */
class FakeDocument extends FakeTextArea {
  visibilityState: DocumentVisibilityState = 'visible';
}

function fakePage(): { page: Page; window: EventTarget; document: FakeDocument } {
  const window = new EventTarget();
  const document = new FakeDocument();
  document.id = 'extent';
  return { page: { window, document } as unknown as Page, window, document };
}

beforeEach(() => {
  vi.stubGlobal('HTMLElement', FakeElement);
  vi.stubGlobal('HTMLInputElement', FakeInput);
  vi.stubGlobal('HTMLTextAreaElement', FakeTextArea);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the page listeners', () => {
  it('ask for everything to be written when the window is left, hidden or closed, until stopped', () => {
    const { page, window, document } = fakePage();
    const handlers = { typed: vi.fn(), leaving: vi.fn() };
    const stop = listen(handlers, page);
    for (const type of ['blur', 'pagehide', 'beforeunload']) window.dispatchEvent(new Event(type));
    expect(handlers.leaving).toHaveBeenCalledTimes(3);
    document.dispatchEvent(new Event('visibilitychange'));
    expect(handlers.leaving).toHaveBeenCalledTimes(3);
    document.visibilityState = 'hidden';
    document.dispatchEvent(new Event('visibilitychange'));
    expect(handlers.leaving).toHaveBeenCalledTimes(4);

    stop();
    window.dispatchEvent(new Event('blur'));
    document.dispatchEvent(new Event('visibilitychange'));
    expect(handlers.leaving).toHaveBeenCalledTimes(4);
  });

  it('hand over typing in a text field with the field and the event’s time, until stopped', () => {
    const { page, document } = fakePage();
    const handlers = { typed: vi.fn(), leaving: vi.fn() };
    const stop = listen(handlers, page);
    const input = new Event('input');
    document.dispatchEvent(input);
    expect(handlers.typed).toHaveBeenCalledWith('extent', input.timeStamp);
    stop();
    document.dispatchEvent(new Event('input'));
    expect(handlers.typed).toHaveBeenCalledTimes(1);
    expect(handlers.leaving).not.toHaveBeenCalled();
  });
});

describe('a text field', () => {
  it('is a text area, a text-like input or an editable element, named by its id or test id', () => {
    const area = new FakeTextArea();
    area.id = 'extent';
    expect(textField(area)).toBe('extent');
    const search = new FakeInput();
    search.type = 'search';
    search.dataset.testid = 'filter';
    expect(textField(search)).toBe('filter');
    const editable = new FakeElement();
    editable.isContentEditable = true;
    expect(textField(editable)).toBe('field');
  });

  it('is not a checkbox, a plain element or no element at all', () => {
    const box = new FakeInput();
    box.type = 'checkbox';
    expect(textField(box)).toBeNull();
    expect(textField(new FakeElement())).toBeNull();
    expect(textField(null)).toBeNull();
  });
});
