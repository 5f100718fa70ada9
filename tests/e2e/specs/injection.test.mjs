// Text that looks like code stays text: a planner may paste anything (a quote from a hate forum, an
// HTML snippet), and none of it may run inside the app.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { byTestId, createPlan, freshDb, goToStep, inLastCard, launch, quit, typeInto, waitSaved } from '../lib/app.mjs';

const PAYLOADS = [
  '<script>window.__pwned = "script"</script>',
  '<img src=x onerror="window.__pwned = \'onerror\'">',
  '[klicka](javascript:window.__pwned=\'link\')',
  '<a href="javascript:window.__pwned=\'href\'">länk</a>',
];

test('injected script, onerror and javascript: text stays inert and is shown as text', async () => {
  const browser = await launch(freshDb('inject'));
  try {
    await (await byTestId(browser, 'load-demo')).click();
    await (await byTestId(browser, 'plan-list')).waitForDisplayed({ timeout: 15000 });
    const title = `Plan ${PAYLOADS[1]}`;
    await createPlan(browser, title);

    // The plan's title is shown in the header as the very characters typed.
    assert.equal(await (await byTestId(browser, 'plan-title')).getText(), title);

    await goToStep(browser, 'lagesbild');
    await typeInto(await byTestId(browser, 'lagesbild-extent'), PAYLOADS.join('\n\n'));
    await (await byTestId(browser, 'challenge-add')).click();
    await typeInto(await inLastCard(browser, 'challenge-card', 'challenge-title'), PAYLOADS[0]);
    await waitSaved(browser);
    // The preview (the report engine's reading of the text) shows the markup as the text it is.
    const preview = await byTestId(browser, 'lagesbild-extent-preview');
    await browser.waitUntil(async () => (await preview.getText()).includes(PAYLOADS[0]), {
      timeout: 5000,
      timeoutMsg: 'the preview does not show the script as text',
    });

    // Every view of that text: the Markdown preview (if the step shows one), the lists, the start screen.
    for (const step of ['lagesbild', 'measures', 'check']) {
      await goToStep(browser, step);
      await browser.pause(200);
    }
    await (await byTestId(browser, 'back-to-plans')).click();
    await (await byTestId(browser, 'plan-list')).waitForDisplayed();
    const listText = await (await byTestId(browser, 'plan-list')).getText();
    assert.ok(listText.includes(title), 'the start screen shows the title as text');

    const state = await browser.execute(() => ({
      pwned: window.__pwned ?? null,
      injectedImages: document.querySelectorAll('img[src="x"]').length,
      javascriptLinks: [...document.querySelectorAll('a[href]')].filter((a) => /^\s*javascript:/i.test(a.getAttribute('href'))).length,
      scriptsInBody: document.body.querySelectorAll('script').length,
    }));
    assert.deepEqual(state, { pwned: null, injectedImages: 0, javascriptLinks: 0, scriptsInBody: 0 });
    // No alert or confirm box was opened by anything injected.
    await assert.rejects(() => browser.getAlertText());
  } finally {
    await quit(browser);
  }
});
