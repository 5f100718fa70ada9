// The city's partner registry, edited as typed in the real window: a name typed quickly, key by key,
// ends up in the registry exactly as typed (the writes go one at a time, so an older value cannot land
// last), and the open plan shows the new name where its measures name the partner.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { byTestId, freshDb, goToStep, invoke, launch, openPlanTitled, pictureOnFailure, quit, withdrawToDraft } from '../lib/app.mjs';

test('a partner renamed key by key is stored as typed, and the plan shows the new name', async () => {
  const browser = await launch(freshDb('partners'));
  try {
    await pictureOnFailure(browser, 'partners-rename', async () => {
      await (await byTestId(browser, 'load-demo')).click();
      await (await byTestId(browser, 'plan-list')).waitForDisplayed({ timeout: 15000 });
      const plan = (await invoke(browser, 'plans')).find((p) => p.errors === 0);
      // The partners step of a plan sent on shows the read-only notice: withdrawn, it shows the registry.
      await withdrawToDraft(browser, plan.id);
      const doc = await invoke(browser, 'plan', { id: plan.id });
      // A partner that one of this plan's measures names.
      const named = doc.measures.flatMap((m) => m.partners.map((r) => r.partner_id));
      const partner = doc.partners.find((p) => named.includes(p.id));
      assert.ok(partner, 'the demo plan names a partner in a measure');

      await openPlanTitled(browser, plan.title);
      await goToStep(browser, 'partners');
      const card = await browser.$(`#partner-${partner.id}`);
      await card.$('summary').click();
      const field = await card.$('[data-testid="partner-name"]');
      await field.waitForDisplayed();
      await field.click();
      const added = ' – Norra';
      for (const key of added) await field.addValue(key);
      const expected = partner.name + added;

      await browser.waitUntil(
        async () => (await invoke(browser, 'partners')).find((p) => p.id === partner.id)?.name === expected,
        { timeout: 5000, timeoutMsg: 'the registry never held the name as typed' },
      );
      // Nothing sent earlier lands later and overwrites it.
      await browser.pause(300);
      const stored = (await invoke(browser, 'partners')).find((p) => p.id === partner.id);
      assert.equal(stored.name, expected);
      // The open plan reads the registry again: its copy of the partner has the new name.
      await browser.waitUntil(
        async () =>
          (await browser.execute(() => document.body.innerText)).includes(expected),
        { timeout: 5000, timeoutMsg: 'the page does not show the new name' },
      );
    });
  } finally {
    await quit(browser);
  }
});
