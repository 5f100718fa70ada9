// The plan's header follows what is changed in the steps, without reopening the plan.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { byTestId, freshDb, goToStep, invoke, launch, openPlanTitled, quit, setNative, waitSaved, withdrawToDraft } from '../lib/app.mjs';

test("changing the plan's unit changes the unit the header names", async () => {
  const browser = await launch(freshDb('header'));
  try {
    await (await byTestId(browser, 'load-demo')).click();
    await (await byTestId(browser, 'plan-list')).waitForDisplayed({ timeout: 15000 });
    const [plan] = await invoke(browser, 'plans');
    // A plan sent on is read-only: the planner withdraws it to change it.
    await withdrawToDraft(browser, plan.id);
    await openPlanTitled(browser, plan.title);
    await goToStep(browser, 'plan');
    const units = await invoke(browser, 'units');
    const select = await byTestId(browser, 'plan-unit');
    const current = await select.getValue();
    const other = units.find((u) => u.id !== current);
    assert.ok(other, 'the demo city has more than one unit');
    await setNative(browser, select, other.id);
    const eyebrow = await browser.$('.plan-header .eyebrow');
    await browser.waitUntil(async () => (await eyebrow.getText()).includes(other.name), {
      timeout: 3000,
      timeoutMsg: `the header still names ${await eyebrow.getText()}`,
    });
    await waitSaved(browser);
    assert.equal((await invoke(browser, 'plan', { id: plan.id })).unit?.id, other.id, 'the new unit is saved');
  } finally {
    await quit(browser);
  }
});
