// Regenerates docs/screenshots/: the first start, the city's plans and each of the eight steps of one
// demo plan, in Swedish and in English. Run by `make screenshots` through tests/e2e/run.sh.

import { test } from 'node:test';
import path from 'node:path';
import fs from 'node:fs';
import { allByTestId, byTestId, freshDb, invoke, launch, quit, ROOT, screenshot, setNative } from '../lib/app.mjs';

const OUT = path.join(ROOT, 'docs', 'screenshots');
const STEPS = ['plan', 'lagesbild', 'statistics', 'measures', 'partners', 'responsibilities', 'follow_up', 'check'];
// The demo plan shown: the district one with the richest content.
const PLAN_SLUG_PREFIX = process.env.SCREENSHOT_PLAN ?? 'norrby';

async function setLanguage(browser, lang) {
  await (await byTestId(browser, `lang-${lang}`)).click();
  await browser.waitUntil(async () => (await browser.execute(() => document.documentElement.lang)) === lang);
}

test('screenshots of the start screen and every step, in both languages', async () => {
  fs.mkdirSync(OUT, { recursive: true });
  const browser = await launch(freshDb('screenshots'));
  try {
    for (const lang of ['sv', 'en']) {
      await setLanguage(browser, lang);
      if (lang === 'sv') {
        await (await byTestId(browser, 'demo-offer')).waitForDisplayed();
        await screenshot(browser, path.join(OUT, 'sv-00-first-start.png'));
        await (await byTestId(browser, 'load-demo')).click();
      }
      await (await byTestId(browser, 'plan-list')).waitForDisplayed({ timeout: 15000 });
      // Confirmations fade after a few seconds; the pictures show the screens without them.
      await browser.waitUntil(async () => (await allByTestId(browser, 'notice')).length === 0, { timeout: 10000 });
      await screenshot(browser, path.join(OUT, `${lang}-01-plans.png`));
      if (lang === 'sv') {
        await (await byTestId(browser, 'new-plan')).click();
        const unit = await byTestId(browser, 'new-plan-unit');
        await browser.waitUntil(async () => (await unit.$$('option')).length > 1);
        await setNative(browser, unit, await (await unit.$$('option'))[3].getAttribute('value'));
        await screenshot(browser, path.join(OUT, 'sv-01b-new-plan.png'));
        await browser.keys('Escape');
        await (await byTestId(browser, 'new-plan-dialog')).waitForDisplayed({ reverse: true });
      }

      const plans = await invoke(browser, 'plans');
      const plan = plans.find((p) => p.slug.startsWith(PLAN_SLUG_PREFIX)) ?? plans[0];
      const rows = await allByTestId(browser, 'plan-row');
      for (const row of rows) {
        if ((await row.getAttribute('data-plan-id')) === plan.id) {
          await (await row.$('[data-testid="open-plan"]')).click();
          break;
        }
      }
      await (await byTestId(browser, 'plan-title')).waitForDisplayed();
      for (const [i, step] of STEPS.entries()) {
        await (await byTestId(browser, `step-${step}`)).click();
        await browser.waitUntil(async () => (await browser.$('#main').getAttribute('data-step')) === step);
        await browser.pause(300);
        await screenshot(browser, path.join(OUT, `${lang}-${String(i + 2).padStart(2, '0')}-${step}.png`));
      }
      await (await byTestId(browser, 'back-to-plans')).click();
      await (await byTestId(browser, 'plan-list')).waitForDisplayed();
    }

    // A draft that still needs work: the step list and the check step point at what is missing.
    await setLanguage(browser, 'sv');
    const plans = await invoke(browser, 'plans');
    const draft = plans.filter((p) => p.errors > 0).sort((a, b) => b.errors - a.errors)[0];
    if (draft) {
      for (const row of await allByTestId(browser, 'plan-row')) {
        if ((await row.getAttribute('data-plan-id')) === draft.id) {
          await (await row.$('[data-testid="open-plan"]')).click();
          break;
        }
      }
      await (await byTestId(browser, 'plan-title')).waitForDisplayed();
      await (await byTestId(browser, 'step-check')).click();
      await browser.waitUntil(async () => (await browser.$('#main').getAttribute('data-step')) === 'check');
      await browser.pause(300);
      await screenshot(browser, path.join(OUT, 'sv-10-draft-check.png'));
    }
  } finally {
    await quit(browser);
  }
});
