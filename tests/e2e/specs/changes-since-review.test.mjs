// "Changes since review" in the real window: the demo plan that came back with changes requested (a plan
// the planner may edit) gets its cause analysis rewritten and a measure removed; the step list marks the
// two steps, the view lists both changes under their steps with the deleted and inserted words marked
// (<del>/<ins>, with words for screen readers), a change's link goes to its field, and the view opens
// from the check step too, where another revision can be chosen to compare from.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { allByTestId, byTestId, freshDb, goToStep, invoke, launch, pictureOnFailure, quit, screenshot, typeInto, waitSaved, WORK } from '../lib/app.mjs';

const NEW_CAUSE = 'Trångboddhet och få vuxna i rörelse på kvällarna.';

async function openPlan(browser, planId) {
  await (await byTestId(browser, 'plan-list')).waitForDisplayed({ timeout: 15000 });
  await browser.$(`[data-testid="plan-row"][data-plan-id="${planId}"] [data-testid="open-plan"]`).click();
  await (await byTestId(browser, 'plan-title')).waitForDisplayed();
}

/** The text of an element as a screen reader gets it (visually hidden words included). */
const spoken = async (el) => (await el.getProperty('textContent')).replace(/\s+/g, ' ').trim();

test('changes since the last review are listed by step, marked, and lead to their place', async () => {
  const browser = await launch(freshDb('changes'));
  try {
    await (await byTestId(browser, 'lang-en')).click();
    await browser.waitUntil(async () => (await browser.execute(() => document.documentElement.lang)) === 'en');
    await (await byTestId(browser, 'load-demo')).click();
    await (await byTestId(browser, 'plan-list')).waitForDisplayed({ timeout: 15000 });
    const plan = (await invoke(browser, 'plans')).find((p) => p.status === 'changes_requested');
    assert.ok(plan, 'the demo has a plan with changes requested');
    const revisions = await invoke(browser, 'revisions', { id: plan.id });
    const decision = revisions.findLast((r) => r.status === 'changes_requested').number;
    const doc = await invoke(browser, 'plan', { id: plan.id });
    let removed;
    const oldCause = doc.plan.lagesbild.cause_analysis;
    const untouched = await invoke(browser, 'plan_diff', { id: plan.id, from: null, to: null });
    await openPlan(browser, plan.id);

    await pictureOnFailure(browser, 'changes-edit', async () => {
      await goToStep(browser, 'lagesbild');
      const cause = await byTestId(browser, 'lagesbild-cause-analysis');
      await cause.waitForDisplayed();
      await typeInto(cause, NEW_CAUSE);
      await waitSaved(browser);

      await goToStep(browser, 'measures');
      // The first measure of the level shown (the cards sit in one tab per prevention level).
      let card;
      for (const c of await allByTestId(browser, 'measure-card')) {
        if (await c.isDisplayed()) {
          card = c;
          break;
        }
      }
      const cardId = (await card.getAttribute('id')).replace(/^measure-/, '');
      removed = doc.measures.find((m) => m.id === cardId);
      assert.ok(removed, `a shown card is a measure of the plan: ${cardId}`);
      await card.$('summary').click();
      await (await card.$('[data-testid="measure-delete"]')).click();
      await (await card.$('[data-testid="measure-delete-confirm"]')).click();
      await waitSaved(browser);
      assert.ok(!(await invoke(browser, 'plan', { id: plan.id })).measures.some((m) => m.id === removed.id));
    });

    await pictureOnFailure(browser, 'changes-view', async () => {
      // The step list marks the two steps, in words.
      for (const step of ['lagesbild', 'measures']) {
        await browser.waitUntil(async () => (await (await byTestId(browser, `step-${step}`)).$('[data-testid="step-changed"]')).isExisting(), {
          timeout: 5000,
          timeoutMsg: `the ${step} step is not marked as changed`,
        });
        assert.match(await spoken(await (await byTestId(browser, `step-${step}`)).$('[data-testid="step-changed"]')), new RegExp(`Changed: \\d+ changes? since revision ${decision}`));
      }

      await (await byTestId(browser, 'open-changes')).click();
      const view = await byTestId(browser, 'screen-changes');
      await view.waitForDisplayed();
      assert.equal(await (await byTestId(browser, 'changes-heading')).getText(), `Changes since revision ${decision}`);
      assert.equal(await browser.execute(() => document.activeElement?.dataset.testid), 'changes-heading');
      assert.equal(await (await byTestId(browser, 'changes-from')).getValue(), String(decision));
      assert.equal(await (await byTestId(browser, 'changes-count')).getText(), `${untouched.items.length + 2} changes`);

      // The removed measure: named, marked in words, no link (it has no place any more).
      const gone = await browser.$(`[data-testid="change"][data-change="removed"][data-id="${removed.id}"]`);
      assert.ok(await gone.isExisting(), 'the removed measure is listed');
      assert.match(await gone.getText(), new RegExp(`Removed\\s+Measure: ${removed.title.replace(/[()]/g, '.')}`));
      assert.equal(await (await gone.$('[data-testid="change-link"]')).isExisting(), false);
      const measuresSection = await gone.$('..').$('..');
      assert.equal(await (await measuresSection.$('h3')).getText(), 'Measures');

      // The rewritten cause analysis: the old words deleted, the new inserted, each named for a screen reader.
      const field = await browser.$('[data-testid="change-field"][data-field="cause_analysis"]');
      assert.ok(await field.isExisting(), 'the cause analysis is listed');
      const texts = async (tag) => {
        const out = [];
        for (const el of await field.$$(tag)) out.push(await spoken(el));
        return out.join(' ');
      };
      const inserted = await texts('ins');
      const deleted = await texts('del');
      assert.ok(inserted.startsWith('inserted: '), inserted);
      assert.ok(deleted.startsWith('deleted: '), deleted);
      for (const word of ['Trångboddhet', 'kvällarna.']) assert.ok(inserted.includes(word), `${word} in ${inserted}`);
      assert.ok(deleted.includes(oldCause.split(/\s+/)[0]), deleted);
      const marks = await browser.execute((el) => {
        const del = el.querySelector('del');
        return { del: getComputedStyle(del).textDecorationLine, ins: getComputedStyle(el.querySelector('ins')).textDecorationLine };
      }, field);
      assert.deepEqual(marks, { del: 'line-through', ins: 'underline' }, 'not by colour alone');

      await screenshot(browser, path.join(process.env.E2E_ARTIFACTS ?? WORK, 'changes-since-review.png'));

      // The field's link goes to the field in its step.
      await (await field.$('[data-testid="field-link"]')).click();
      await browser.waitUntil(async () => (await browser.$('#main').getAttribute('data-step')) === 'lagesbild');
      await browser.waitUntil(async () => (await browser.execute(() => document.activeElement?.id)) === 'lagesbild-cause-analysis', {
        timeout: 5000,
        timeoutMsg: 'the link did not focus the cause analysis',
      });
      assert.equal(await (await byTestId(browser, 'screen-changes')).isExisting(), false);
    });

    await pictureOnFailure(browser, 'changes-from-check', async () => {
      // From the check step, compared with the first revision instead.
      await goToStep(browser, 'check');
      await (await byTestId(browser, 'check-open-changes')).click();
      await (await byTestId(browser, 'screen-changes')).waitForDisplayed();
      await browser.execute((el) => {
        el.value = '1';
        el.dispatchEvent(new Event('change', { bubbles: true }));
      }, await byTestId(browser, 'changes-from'));
      await browser.waitUntil(async () => (await (await byTestId(browser, 'changes-heading')).getText()) === 'Changes since revision 1');
      const fromFirst = await invoke(browser, 'plan_diff', { id: plan.id, from: 1, to: null });
      assert.equal((await allByTestId(browser, 'change')).length, fromFirst.items.length);
      await (await byTestId(browser, 'changes-close')).click();
      await (await byTestId(browser, 'screen-check')).waitForDisplayed();
    });
  } finally {
    await quit(browser);
  }
});
