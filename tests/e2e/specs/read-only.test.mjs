// A plan sent on (submitted, in review, approved) is read-only: its steps show a notice that says why
// instead of their fields, and the notice's button withdraws the plan to a draft, after which the fields
// are there again and the withdrawal is a signed revision.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { byTestId, freshDb, goToStep, invoke, launch, openPlanTitled, pictureOnFailure, quit } from '../lib/app.mjs';

test('a submitted plan shows the read-only notice, and withdrawing it opens its fields again', async () => {
  const browser = await launch(freshDb('read-only'));
  try {
    await pictureOnFailure(browser, 'read-only', async () => {
      await (await byTestId(browser, 'lang-en')).click();
      await (await byTestId(browser, 'load-demo')).click();
      await (await byTestId(browser, 'plan-list')).waitForDisplayed({ timeout: 15000 });
      const plan = (await invoke(browser, 'plans')).find((p) => p.status === 'submitted');
      assert.ok(plan, 'the demo has a submitted plan');
      await openPlanTitled(browser, plan.title);
      await goToStep(browser, 'lagesbild');

      const notice = await byTestId(browser, 'read-only-notice');
      await notice.waitForDisplayed();
      const text = await notice.getText();
      assert.match(text, /read-only/);
      assert.match(text, /Withdraw the plan to a draft/);
      assert.equal(await browser.$('[data-testid="lagesbild-extent"]').isExisting(), false, 'no editable field');
      // The notice is a region named by its heading, and its button is reached like any other.
      const labelledBy = await notice.getAttribute('aria-labelledby');
      assert.equal(await browser.$(`#${labelledBy}`).getText(), 'The plan is read-only');

      const before = (await invoke(browser, 'revisions', { id: plan.id })).length;
      await (await byTestId(browser, 'withdraw-to-draft')).click();
      const field = await byTestId(browser, 'lagesbild-extent');
      await field.waitForDisplayed({ timeout: 5000, timeoutMsg: 'the fields did not come back after the withdrawal' });
      const revisions = await invoke(browser, 'revisions', { id: plan.id });
      assert.equal(revisions.length, before + 1);
      const last = revisions[revisions.length - 1];
      assert.equal(last.status, 'draft');
      assert.equal(last.author_role, 'planner');
      assert.equal((await invoke(browser, 'plan', { id: plan.id })).plan.status, 'draft');
    });
  } finally {
    await quit(browser);
  }
});
