import { test } from 'node:test';
import assert from 'node:assert/strict';
import { byTestId, freshDb, launch, quit, screenshot, WORK } from '../lib/app.mjs';

test('the window opens on the start screen and offers the demo city', async () => {
  const browser = await launch(freshDb('smoke'));
  try {
    const offer = await byTestId(browser, 'demo-offer');
    await offer.waitForDisplayed({ timeout: 10000 });
    await screenshot(browser, `${WORK}/../smoke.png`);
    assert.ok(await offer.isDisplayed());
  } finally {
    await quit(browser);
  }
});
