// The keyboard alone: Alt+digit moves between steps, Ctrl+Z / Ctrl+Shift+Z take a change back and redo
// it (and the database follows), the skip link leads into the content.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { byTestId, createPlan, freshDb, invoke, launch, quit, typeInto, waitSaved } from '../lib/app.mjs';

const step = (browser) => browser.$('#main').getAttribute('data-step');

test('shortcuts for steps, undo and redo', async () => {
  const browser = await launch(freshDb('keys'));
  try {
    await (await byTestId(browser, 'load-demo')).click();
    await (await byTestId(browser, 'plan-list')).waitForDisplayed({ timeout: 15000 });
    await createPlan(browser, 'Tangentbordsplanen');

    await browser.keys(['Alt', '2']);
    await browser.waitUntil(async () => (await step(browser)) === 'lagesbild', { timeoutMsg: 'Alt+2 did not open step 2' });
    await browser.keys(['Alt', '1']);
    await browser.waitUntil(async () => (await step(browser)) === 'plan');

    const field = await byTestId(browser, 'plan-decision-body');
    await typeInto(field, 'Kommunstyrelsen');
    await waitSaved(browser);
    const planId = (await invoke(browser, 'plans')).find((p) => p.title === 'Tangentbordsplanen').id;
    const decisionBody = async () => (await invoke(browser, 'plan', { id: planId })).plan.decision_body;
    assert.equal(await decisionBody(), 'Kommunstyrelsen');

    await browser.keys(['Control', 'z']);
    await browser.waitUntil(async () => (await field.getValue()) === '', { timeoutMsg: 'Ctrl+Z did not undo' });
    await waitSaved(browser);
    assert.equal(await decisionBody(), '');

    await browser.keys(['Control', 'Shift', 'z']);
    await browser.waitUntil(async () => (await field.getValue()) === 'Kommunstyrelsen', { timeoutMsg: 'Ctrl+Shift+Z did not redo' });
    await waitSaved(browser);
    assert.equal(await decisionBody(), 'Kommunstyrelsen');
    assert.equal(await (await byTestId(browser, 'undo')).isEnabled(), true);
  } finally {
    await quit(browser);
  }
});

test('the skip link is the first stop and leads to the content', async () => {
  const browser = await launch(freshDb('skip'));
  try {
    await browser.execute(() => document.activeElement?.blur());
    await browser.keys('Tab');
    const first = await browser.execute(() => ({ text: document.activeElement?.textContent, href: document.activeElement?.getAttribute('href') }));
    assert.equal(first.href, '#main');
    assert.ok(first.text.length > 0);
    assert.ok(await browser.$('main#main').isExisting());
  } finally {
    await quit(browser);
  }
});
