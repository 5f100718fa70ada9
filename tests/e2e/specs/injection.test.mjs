// Text that looks like code stays text: a planner may paste anything (a quote from a hate forum, an
// HTML snippet), and none of it may run inside the app. Nor may what a review file from outside the
// city brings: its comments, replies and suggestions are shown as text in the thread, the review panel
// and, once a suggestion is accepted, the reading view.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { allByTestId, appPid, byTestId, createPlan, freshDb, goToStep, inLastCard, invoke, launch, pictureOnFailure, quit, setNative, typeInto, waitSaved, WORK } from '../lib/app.mjs';
import { answerFileDialog, dialogTitle } from '../lib/desktop.mjs';
import { actAs, closeDialog, forgetActor, openMarker, openReviewPanel } from '../lib/review.mjs';

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

    await assertInert(browser);
  } finally {
    await quit(browser);
  }
});

/** Nothing injected ran, became an element, or opened a box. */
async function assertInert(browser) {
  const state = await browser.execute(() => ({
    pwned: window.__pwned ?? null,
    injectedImages: document.querySelectorAll('img[src="x"]').length,
    javascriptLinks: [...document.querySelectorAll('a[href]')].filter((a) => /^\s*javascript:/i.test(a.getAttribute('href'))).length,
    scriptsInBody: document.body.querySelectorAll('script').length,
  }));
  assert.deepEqual(state, { pwned: null, injectedImages: 0, javascriptLinks: 0, scriptsInBody: 0 });
  // No alert or confirm box was opened by anything injected.
  await assert.rejects(() => browser.getAlertText());
}

const ADVISOR = { role: 'advisor', name: 'Hostile Reviewer' };

/** Adds a comment as the advisor at the plan's current revision; resolves to its id. */
async function comment(browser, planId, c) {
  const { plan } = await invoke(browser, 'plan', { id: planId });
  await invoke(browser, 'add_comment', { actor: ADVISOR, planId, expectedRevision: plan.revision, comment: { suggestion: null, parent_id: null, ...c } });
  return (await invoke(browser, 'comments', { id: planId })).at(-1).comment.id;
}

test('comments, replies and suggestions from a review file stay inert in the thread, the panel and the reading view', async () => {
  const district = freshDb('inject-district');
  const pkg = path.join(WORK, `inject-${process.pid}.safeplan`);
  const review = path.join(WORK, `inject-${process.pid}.safeplan-review`);
  const suggested = PAYLOADS.join('\n\n');
  let plan;
  let measure;

  // Set-up: the district's plan in review goes to a reviewer, who writes hostile text into a review file.
  let browser = await launch(district);
  try {
    await (await byTestId(browser, 'load-demo')).click();
    await (await byTestId(browser, 'plan-list')).waitForDisplayed({ timeout: 15000 });
    plan = (await invoke(browser, 'plans')).find((p) => p.status === 'in_review');
    assert.ok(plan, 'the demo has a plan in review');
    measure = (await invoke(browser, 'plan', { id: plan.id })).measures[0];
    await invoke(browser, 'export_package', { id: plan.id, path: pkg });
  } finally {
    await quit(browser);
  }
  browser = await launch(freshDb('inject-advisor'));
  try {
    await invoke(browser, 'import_package', { path: pkg, mode: 'refuse' });
    const thread = await comment(browser, plan.id, { anchor: { section: 'measures', id: measure.id, field: null }, text: PAYLOADS[1] });
    await comment(browser, plan.id, { anchor: null, text: `${PAYLOADS[0]} ${PAYLOADS[3]}`, parent_id: thread });
    await comment(browser, plan.id, { anchor: { section: 'lagesbild', id: null, field: 'cause_analysis' }, text: PAYLOADS[2], suggestion: suggested });
    const { plan: p } = await invoke(browser, 'plan', { id: plan.id });
    await invoke(browser, 'set_status', { planId: plan.id, expectedRevision: p.revision, status: 'changes_requested', actor: ADVISOR, message: PAYLOADS[3] });
    await invoke(browser, 'export_review', { actor: ADVISOR, planId: plan.id, path: review });
  } finally {
    await quit(browser);
  }

  // The district imports it through the review panel and reads it everywhere it shows.
  browser = await launch(district);
  try {
    await pictureOnFailure(browser, 'inject-review-file', async () => {
      await actAs(browser, 'planner', 'Pia Planner');
      await browser.$(`[data-testid="plan-row"][data-plan-id="${plan.id}"] [data-testid="open-plan"]`).click();
      await (await byTestId(browser, 'plan-title')).waitForDisplayed();
      const panel = await openReviewPanel(browser);
      await (await byTestId(browser, 'review-import')).click();
      await answerFileDialog(await dialogTitle(browser, 'review_import_title'), review, { mode: 'open', appPid: appPid() });
      await browser.waitUntil(async () => (await allByTestId(browser, 'panel-thread')).length > 0 && (await (await byTestId(browser, 'review-file-result')).getAttribute('class')).includes('notice-ok'), {
        timeout: 10000,
        timeoutMsg: 'the review file was not imported',
      });
      await setNative(browser, await byTestId(browser, 'filter-author'), ADVISOR.name);
      await browser.waitUntil(async () => (await allByTestId(browser, 'panel-thread')).length === 2, { timeoutMsg: "the panel does not list the reviewer's two threads" });
      const listed = await panel.getText();
      for (const payload of PAYLOADS) assert.ok(listed.includes(payload), `the panel shows ${payload} as text`);
      await assertInert(browser);

      // The thread, opened from the measure's marker (the plan came back with changes requested: editable).
      await (await byTestId(browser, 'review-panel-close')).click();
      await goToStep(browser, 'measures');
      const { dialog } = await openMarker(browser, `measures/${measure.id}`);
      const text = await dialog.getText();
      for (const payload of [PAYLOADS[1], PAYLOADS[0], PAYLOADS[3]]) assert.ok(text.includes(payload), `the thread shows ${payload} as text`);
      await closeDialog(browser);
      await assertInert(browser);

      // Accepted, the suggestion's text is the field's, and the reading view shows it as text.
      await goToStep(browser, 'lagesbild');
      const { dialog: d } = await openMarker(browser, 'lagesbild.cause_analysis');
      const block = await d.$('[data-testid="suggestion"][data-state="open"]');
      assert.equal(await (await block.$('[data-testid="suggestion-text"]')).getText(), suggested);
      await (await block.$('[data-testid="suggestion-accept"]')).click();
      await browser.waitUntil(async () => (await (await byTestId(browser, 'lagesbild-cause-analysis')).getValue()) === suggested, { timeoutMsg: 'not accepted' });
      await closeDialog(browser);
      await waitSaved(browser);
      await actAs(browser, 'advisor', 'Eva Advisor');
      await goToStep(browser, 'plan');
      await goToStep(browser, 'lagesbild');
      const reading = await browser.$('[data-testid="reading-field"][data-field="cause_analysis"]');
      await reading.waitForDisplayed({ timeoutMsg: 'no reading view for the advisor' });
      const read = await reading.getText();
      for (const payload of PAYLOADS) assert.ok(read.includes(payload), `the reading view shows ${payload} as text`);
      await assertInert(browser);
    });
  } finally {
    await forgetActor(browser);
    await quit(browser);
  }
});
