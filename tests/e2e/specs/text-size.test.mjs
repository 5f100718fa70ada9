// Larger text for those who need it (WCAG 2.1, 1.4.4): Ctrl+plus / Ctrl+minus / Ctrl+0 and the − / +
// buttons in the top bar scale all text from 100 % to 200 %, the size is read out and remembered across
// a restart. (That every step still fits the smallest window at 200 % is layout.test.mjs's.)

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { byTestId, freshDb, launch, pictureOnFailure, quit } from '../lib/app.mjs';

/** The size the control shows, the root font size in px, and the main heading's font size in px. */
async function sizes(browser) {
  const shown = (await (await byTestId(browser, 'text-size')).getText()).replace(/\D/g, '');
  const [root, heading] = await browser.execute(() => [
    parseFloat(getComputedStyle(document.documentElement).fontSize),
    parseFloat(getComputedStyle(document.querySelector('h1')).fontSize),
  ]);
  return { shown: Number(shown), root, heading };
}

async function waitShown(browser, percent, how) {
  await browser.waitUntil(async () => (await sizes(browser)).shown === percent, {
    timeout: 3000,
    timeoutMsg: `${how} did not give ${percent} %`,
  });
}

test('text size: keys and buttons from 100 % to 200 %, remembered across a restart', async () => {
  const db = freshDb('text-size');
  let browser = await launch(db);
  try {
    await pictureOnFailure(browser, 'text-size', async () => {
      await (await byTestId(browser, 'lang-sv')).click();
      const normal = await sizes(browser);
      assert.equal(normal.shown, 100);
      assert.equal(await (await byTestId(browser, 'text-smaller')).isEnabled(), false, '− is off at the normal size');

      await browser.keys(['Control', '=']);
      await waitShown(browser, 115, 'Ctrl+=');
      const larger = await sizes(browser);
      assert.ok(Math.abs(larger.root / normal.root - 1.15) < 0.01, `root ${normal.root} → ${larger.root}`);
      assert.ok(Math.abs(larger.heading / normal.heading - 1.15) < 0.02, `heading ${normal.heading} → ${larger.heading}`);
      await browser.keys(['Control', '-']);
      await waitShown(browser, 100, 'Ctrl+-');

      for (let i = 0; i < 5; i++) await (await byTestId(browser, 'text-larger')).click();
      await waitShown(browser, 200, 'five clicks on +');
      assert.equal(await (await byTestId(browser, 'text-larger')).isEnabled(), false, '+ is off at 200 %');
      assert.ok(Math.abs((await sizes(browser)).root / normal.root - 2) < 0.01);
      // Read out when it changes: the value sits in a polite live region, named by its group.
      assert.equal(await (await byTestId(browser, 'text-size')).getAttribute('aria-live'), 'polite');
    });
    await quit(browser);

    browser = await launch(db);
    await pictureOnFailure(browser, 'text-size-restart', async () => {
      await waitShown(browser, 200, 'a restart');
      await browser.keys(['Control', '0']);
      await waitShown(browser, 100, 'Ctrl+0');
      assert.equal(await browser.execute(() => document.documentElement.style.fontSize), '');
    });
  } finally {
    // The size is kept in the window's storage, which the other specs share: back to normal.
    await browser.execute(() => localStorage.removeItem('safeplan.textSize')).catch(() => {});
    await quit(browser);
  }
});
