// Swedish and English, switched while the app runs; the choice is remembered across a restart.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { byTestId, freshDb, launch, openPlanTitled, quit } from '../lib/app.mjs';

async function heading(browser) {
  return (await browser.$('h1')).getText();
}

test('the language switch changes the visible strings, and is remembered', async () => {
  const db = freshDb('lang');
  let browser = await launch(db);
  try {
    await (await byTestId(browser, 'lang-sv')).click();
    await (await byTestId(browser, 'load-demo')).click();
    await (await byTestId(browser, 'plan-list')).waitForDisplayed({ timeout: 15000 });
    assert.match(await heading(browser), /^Handlingsplaner/);
    assert.equal(await (await byTestId(browser, 'new-plan')).getText(), 'Ny plan');

    await (await byTestId(browser, 'lang-en')).click();
    assert.match(await heading(browser), /^Action plans/);
    assert.equal(await (await byTestId(browser, 'new-plan')).getText(), 'New plan');
    assert.equal(await browser.execute(() => document.documentElement.lang), 'en');
    assert.equal(await (await byTestId(browser, 'lang-en')).getAttribute('aria-pressed'), 'true');

    // Inside a plan too: the step list and the save status follow the switch.
    const plans = await browser.execute(() => [...document.querySelectorAll('[data-testid="open-plan"] .plan-title')].map((e) => e.textContent));
    await openPlanTitled(browser, plans[0]);
    assert.match(await (await byTestId(browser, 'step-lagesbild')).getText(), /Situational picture/);
    await (await byTestId(browser, 'lang-sv')).click();
    assert.match(await (await byTestId(browser, 'step-lagesbild')).getText(), /Lägesbild/);
    await (await byTestId(browser, 'lang-en')).click();
  } finally {
    await quit(browser);
  }

  browser = await launch(db);
  try {
    await (await byTestId(browser, 'plan-list')).waitForDisplayed({ timeout: 15000 });
    assert.match(await heading(browser), /^Action plans/, 'English is remembered after a restart');
  } finally {
    await quit(browser);
  }
});
