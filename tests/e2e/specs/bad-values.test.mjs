// A value the model refuses, sent by the window, comes back as a validation error that names its field
// (not as an internal error from the command's argument decoding), and nothing is saved.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { byTestId, freshDb, invoke, launch, quit } from '../lib/app.mjs';

async function refusal(browser, command, args) {
  try {
    await invoke(browser, command, args);
  } catch (e) {
    return e;
  }
  assert.fail(`${command} accepted a value the model refuses`);
}

test('an impossible date is refused with a validation error naming the field', async () => {
  const browser = await launch(freshDb('bad-values'));
  try {
    await (await byTestId(browser, 'load-demo')).click();
    await (await byTestId(browser, 'plan-list')).waitForDisplayed({ timeout: 15000 });
    const summaries = await invoke(browser, 'plans');
    const drafts = summaries.filter((s) => s.status === 'draft');
    const docs = await Promise.all(drafts.map((s) => invoke(browser, 'plan', { id: s.id })));
    const doc = docs.find((d) => d.measures.length > 0);
    const measure = doc.measures[0];

    const actor = { role: 'planner', name: 'Lena Holm' };
    const item = await refusal(browser, 'save_item', {
      actor,
      planId: doc.plan.id,
      expectedRevision: doc.plan.revision,
      item: { kind: 'measure', item: { ...measure, start: '2026-02-31' } },
    });
    assert.equal(item.code, 'validation', item.message);
    assert.match(item.message, /^item\.item\.start: .*2026-02-31/);

    const plan = await refusal(browser, 'update_plan', {
      actor,
      expectedRevision: doc.plan.revision,
      plan: { ...doc.plan, adoption_date: '2027-13-01' },
    });
    assert.equal(plan.code, 'validation', plan.message);
    assert.match(plan.message, /^plan\.adoption_date: .*2027-13-01/);

    const after = await invoke(browser, 'plan', { id: doc.plan.id });
    assert.equal(after.plan.revision, doc.plan.revision, 'nothing was written');
    assert.deepEqual(after.measures[0], measure);
  } finally {
    await quit(browser);
  }
});
