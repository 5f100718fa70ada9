// What a reviewer and a planner do in the review round, as a person does it in the window: choose a role
// and a name in the top bar's picker, open a place's threads from its marker, write and send a comment,
// and open the review panel. Shared by the review specs.

import { byTestId, typeInto } from './app.mjs';

/** Chooses a role and a name through the top bar's picker. */
export async function actAs(browser, role, name) {
  await (await byTestId(browser, 'actor-button')).click();
  const dialog = await byTestId(browser, 'actor-dialog');
  await dialog.waitForDisplayed();
  await (await byTestId(browser, `actor-role-${role}`)).click();
  await typeInto(await byTestId(browser, 'actor-name-input'), name);
  await (await byTestId(browser, 'actor-save')).click();
  await dialog.waitForDisplayed({ reverse: true });
  await browser.waitUntil(async () => (await (await byTestId(browser, 'actor-button')).getAttribute('data-role')) === role);
}

/** Opens the threads at `anchor` from its marker and waits for the dialog. */
export async function openMarker(browser, anchor) {
  const marker = await browser.$(`[data-testid="comment-marker"][data-anchor="${anchor}"]`);
  await marker.waitForDisplayed({ timeout: 5000, timeoutMsg: `no marker for ${anchor}` });
  await marker.click();
  const dialog = await byTestId(browser, 'thread-dialog');
  await dialog.waitForDisplayed();
  return { marker, dialog };
}

export async function closeDialog(browser) {
  await (await byTestId(browser, 'thread-dialog-close')).click();
  await (await byTestId(browser, 'thread-dialog')).waitForDisplayed({ reverse: true });
}

/** Sends what the thread dialog's composer holds; waits for its status line to say `statusText`. */
export async function send(browser, statusText) {
  await (await byTestId(browser, 'compose-send')).click();
  const status = await byTestId(browser, 'compose-status');
  await browser.waitUntil(async () => (await status.getText()).includes(statusText), { timeoutMsg: 'the comment was not saved' });
}

/** Writes a comment on `anchor` from its marker and sends it; the thread dialog stays open. */
export async function commentAt(browser, anchor, text) {
  await openMarker(browser, anchor);
  await typeInto(await byTestId(browser, 'compose-text'), text);
  await send(browser, 'saved');
}

/** Suggests `proposal` for the field at `anchor`, with `text`, from its marker; the dialog stays open. */
export async function suggestAt(browser, anchor, proposal, text) {
  await openMarker(browser, anchor);
  await (await byTestId(browser, 'compose-suggest')).click();
  await typeInto(await byTestId(browser, 'compose-proposal'), proposal);
  await typeInto(await byTestId(browser, 'compose-text'), text);
  await send(browser, 'saved');
}

/** The next spec starts as the planner, as a fresh install does (the choice is kept in the window's storage). */
export async function forgetActor(browser) {
  await browser.execute(() => localStorage.removeItem('safeplan.actor')).catch(() => {});
}

/** Opens the review panel from the plan's top bar. */
export async function openReviewPanel(browser) {
  await (await byTestId(browser, 'open-review-panel')).click();
  const panel = await byTestId(browser, 'review-panel');
  await panel.waitForDisplayed();
  return panel;
}
