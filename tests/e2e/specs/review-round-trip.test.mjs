// The review round trip by file, in the real window, with two databases: the district's and the
// advisor's, each app launched in turn. The district submits its plan and exports the package; the
// advisor imports it, takes it into review, comments on a measure, suggests a new cause analysis,
// requests changes and exports the review file. Meanwhile the district has withdrawn the plan and
// edited its extent. The district imports the review: the threads are in place, its edit survived,
// the decision it could not make is a review note, and the suggestion is accepted, undone and accepted
// again; the plan is resubmitted and exported. The advisor imports the newer package and sees in
// "changes since review" exactly what changed. Every step a person takes goes through the window (role
// picker, markers, thread dialog, panel buttons, status buttons, native file dialogs); `invoke` only
// looks.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { allByTestId, appPid, byTestId, freshDb, goToStep, invoke, launch, pictureOnFailure, quit, screenshot, typeInto, waitSaved, WORK } from '../lib/app.mjs';
import { checkScreen, setLanguage } from '../lib/axe.mjs';
import { answerFileDialog, dialogTitle } from '../lib/desktop.mjs';
import { actAs, closeDialog, commentAt, forgetActor, openMarker, openReviewPanel, suggestAt } from '../lib/review.mjs';

const NEW_CAUSE = 'Few adults out in the evenings, crowded housing and older youths who recruit younger ones.';
const NEW_EXTENT = 'Reported violence rose by a fifth in 2026, most of it in the evening around the square.';
const QUESTION = 'Who leads this measure after the summer?';
const shots = process.env.E2E_ARTIFACTS ?? WORK;

const shot = (browser, name) => screenshot(browser, path.join(shots, `round-trip-${name}.png`));

async function openPlan(browser, planId) {
  await (await byTestId(browser, 'plan-list')).waitForDisplayed({ timeout: 15000 });
  await browser.$(`[data-testid="plan-row"][data-plan-id="${planId}"] [data-testid="open-plan"]`).click();
  await (await byTestId(browser, 'plan-title')).waitForDisplayed();
}

async function backToPlans(browser) {
  await (await byTestId(browser, 'back-to-plans')).click();
  await (await byTestId(browser, 'plan-list')).waitForDisplayed({ timeout: 15000 });
}

/** Clicks the check step's button for the move to `status` and waits for the plan's status to show it. */
async function move(browser, status, label) {
  await goToStep(browser, 'check');
  await (await byTestId(browser, `status-to-${status}`)).click();
  await browser.waitUntil(async () => (await (await byTestId(browser, 'plan-status')).getText()) === label, {
    timeoutMsg: `the plan did not move to ${status}`,
  });
}

/** Exports the plan's package from its row on the start screen through the native save dialog. */
async function exportPackage(browser, planId, file) {
  fs.rmSync(file, { force: true });
  await browser.$(`[data-testid="plan-row"][data-plan-id="${planId}"] [data-testid="export-package"]`).click();
  await answerFileDialog(await dialogTitle(browser, 'export_title'), file, { mode: 'save', appPid: appPid() });
  await browser.waitUntil(() => fs.existsSync(file), { timeout: 10000, timeoutMsg: 'the package was not written' });
}

/** The review panel's status line, once it says something other than "working". */
async function panelResult(browser, busyText) {
  const result = await byTestId(browser, 'review-file-result');
  await browser.waitUntil(async () => {
    const text = await result.getText();
    return text !== '' && !text.includes(busyText);
  }, { timeout: 10000, timeoutMsg: 'the review file gave no result' });
  return result.getText();
}

test('a review goes to the advisor and back by file, and the advisor sees what changed since', async () => {
  const district = freshDb('round-district');
  const advisor = freshDb('round-advisor');
  const pkg = path.join(WORK, `round-${process.pid}.safeplan`);
  const reviewFile = path.join(WORK, `round-${process.pid}.safeplan-review`);
  let plan;
  let measure;
  let oldCause;
  let reviewed;

  // 1. The district submits its plan and exports the package.
  let browser = await launch(district);
  try {
    await pictureOnFailure(browser, 'round-district-submits', async () => {
      await setLanguage(browser, 'en');
      await (await byTestId(browser, 'load-demo')).click();
      await (await byTestId(browser, 'plan-list')).waitForDisplayed({ timeout: 15000 });
      plan = (await invoke(browser, 'plans')).find((p) => p.errors === 0 && ['draft', 'changes_requested'].includes(p.status));
      assert.ok(plan, 'the demo has a plan without errors that the planner may submit');
      const doc = await invoke(browser, 'plan', { id: plan.id });
      measure = doc.measures[0];
      oldCause = doc.plan.lagesbild.cause_analysis;
      await actAs(browser, 'planner', 'Pia Planner');
      await openPlan(browser, plan.id);
      await move(browser, 'submitted', 'Submitted');
      reviewed = (await invoke(browser, 'revisions', { id: plan.id })).at(-1).number;
      await backToPlans(browser);
      await exportPackage(browser, plan.id, pkg);
      assert.equal(JSON.parse(fs.readFileSync(pkg, 'utf8')).plan.status, 'submitted');
    });
  } finally {
    await forgetActor(browser);
    await quit(browser);
  }

  // 2. The advisor imports it, reviews, requests changes and exports the review file.
  browser = await launch(advisor);
  try {
    await pictureOnFailure(browser, 'round-advisor-reviews', async () => {
      await setLanguage(browser, 'en');
      await (await byTestId(browser, 'import-package')).click();
      await answerFileDialog(await dialogTitle(browser, 'import_title'), pkg, { mode: 'open', appPid: appPid() });
      await browser.$(`[data-testid="plan-row"][data-plan-id="${plan.id}"]`).waitForDisplayed({ timeout: 15000 });
      await actAs(browser, 'advisor', 'Erik Lund');
      await openPlan(browser, plan.id);
      await move(browser, 'in_review', 'In review');

      await goToStep(browser, 'measures');
      await commentAt(browser, `measures/${measure.id}`, QUESTION);
      await closeDialog(browser);
      await goToStep(browser, 'lagesbild');
      await suggestAt(browser, 'lagesbild.cause_analysis', NEW_CAUSE, 'Name the causes the measures answer.');
      await closeDialog(browser);

      await move(browser, 'changes_requested', 'Changes requested');
      await openReviewPanel(browser);
      await (await byTestId(browser, 'review-export')).click();
      await answerFileDialog(await dialogTitle(browser, 'review_export_title'), reviewFile, { mode: 'save', appPid: appPid() });
      assert.match(await panelResult(browser, 'Saving'), /The review file is saved/);
      await shot(browser, 'advisor-exported');
      const review = JSON.parse(fs.readFileSync(reviewFile, 'utf8'));
      assert.equal(review.plan_id, plan.id);
      assert.equal(JSON.stringify(review).includes(oldCause), false, 'no plan text beyond what the comments quote');
    });
  } finally {
    await forgetActor(browser);
    await quit(browser);
  }

  // 3. The district, which withdrew its plan and edited the extent meanwhile, imports the review.
  browser = await launch(district);
  try {
    await pictureOnFailure(browser, 'round-district-imports', async () => {
      await setLanguage(browser, 'en');
      await actAs(browser, 'planner', 'Pia Planner');
      await openPlan(browser, plan.id);
      await goToStep(browser, 'lagesbild');
      await (await byTestId(browser, 'withdraw-to-draft')).click();
      await browser.waitUntil(async () => (await (await byTestId(browser, 'plan-status')).getText()) === 'Draft');
      const extent = await byTestId(browser, 'lagesbild-extent');
      await extent.waitForDisplayed();
      await typeInto(extent, NEW_EXTENT);
      await waitSaved(browser);

      await openReviewPanel(browser);
      await (await byTestId(browser, 'review-import')).click();
      await answerFileDialog(await dialogTitle(browser, 'review_import_title'), reviewFile, { mode: 'open', appPid: appPid() });
      const said = await panelResult(browser, 'Reading');
      assert.match(said, /The review is imported into /);
      assert.match(said, /New threads: 2, suggestions among them: 1\. New replies: 0\./);
      assert.match(said, /Kept with both sides' versions: 1 /);
      assert.match(said, /The reviewer's decision \(changes requested\) was not made here/);
      // The decision not made here stays visible as a review note, with who made it.
      const note = await browser.$('[data-testid="review-note"][data-kind="status"]');
      await note.waitForDisplayed({ timeoutMsg: 'no review note for the decision not made' });
      assert.match(await note.getText(), /^Erik Lund \(advisor\) moved the plan to changes requested /);
      // The panel lists the two new threads (open ones, as it opens).
      await browser.waitUntil(async () => (await allByTestId(browser, 'panel-thread')).length >= 2, { timeoutMsg: 'the threads are not in the panel' });
      await shot(browser, 'district-imported');
      await (await byTestId(browser, 'review-panel-close')).click();

      // The threads sit in place, and the edit made meanwhile survived.
      await goToStep(browser, 'measures');
      const { dialog } = await openMarker(browser, `measures/${measure.id}`);
      assert.match(await dialog.getText(), new RegExp(QUESTION.replace('?', '\\?')));
      assert.match(await dialog.getText(), /Erik Lund/);
      await closeDialog(browser);
      const stored = await invoke(browser, 'plan', { id: plan.id });
      assert.equal(stored.plan.lagesbild.extent, NEW_EXTENT);
      assert.equal(stored.plan.status, 'draft');

      // Accepted, undone, accepted again.
      await goToStep(browser, 'lagesbild');
      const cause = await byTestId(browser, 'lagesbild-cause-analysis');
      const accept = async () => {
        const { dialog: d } = await openMarker(browser, 'lagesbild.cause_analysis');
        const block = await d.$('[data-testid="suggestion"][data-state="open"]');
        assert.equal(await (await block.$('[data-testid="suggestion-text"]')).getText(), NEW_CAUSE);
        await (await block.$('[data-testid="suggestion-accept"]')).click();
        await browser.waitUntil(async () => (await cause.getValue()) === NEW_CAUSE, { timeoutMsg: 'the field did not take the suggestion' });
        await closeDialog(browser);
        await waitSaved(browser);
      };
      await accept();
      await (await byTestId(browser, 'undo')).click();
      await browser.waitUntil(async () => (await cause.getValue()) === oldCause, { timeoutMsg: 'undo did not bring the old text back' });
      await waitSaved(browser);
      let now = await invoke(browser, 'plan', { id: plan.id });
      assert.equal(now.plan.lagesbild.cause_analysis, oldCause);
      assert.equal(now.comments.find((c) => c.suggestion?.text === NEW_CAUSE).suggestion.state, 'open');
      await accept();
      now = await invoke(browser, 'plan', { id: plan.id });
      assert.equal(now.plan.lagesbild.cause_analysis, NEW_CAUSE);
      assert.equal(now.plan.lagesbild.extent, NEW_EXTENT, 'the edit made meanwhile is still there');

      await move(browser, 'submitted', 'Submitted');
      await backToPlans(browser);
      await exportPackage(browser, plan.id, pkg);
    });
  } finally {
    await forgetActor(browser);
    await quit(browser);
  }

  // 4. The advisor takes the newer package in place of the old and reads what changed since the review.
  browser = await launch(advisor);
  try {
    await pictureOnFailure(browser, 'round-advisor-changes', async () => {
      await setLanguage(browser, 'en');
      await actAs(browser, 'advisor', 'Erik Lund');
      await (await byTestId(browser, 'import-package')).click();
      await answerFileDialog(await dialogTitle(browser, 'import_title'), pkg, { mode: 'open', appPid: appPid() });
      const choice = await byTestId(browser, 'import-choice-dialog');
      await choice.waitForDisplayed({ timeout: 10000 });
      await (await byTestId(browser, 'import-replace')).click();
      await choice.waitForDisplayed({ reverse: true, timeoutMsg: 'the newer package did not replace the plan' });
      await openPlan(browser, plan.id);
      assert.equal(await (await byTestId(browser, 'plan-status')).getText(), 'Submitted');

      await goToStep(browser, 'check');
      await (await byTestId(browser, 'check-open-changes')).click();
      await (await byTestId(browser, 'screen-changes')).waitForDisplayed();
      // The newer package brings the district's revisions, none of which holds this review's
      // decision (the district could only record it on its withdrawn plan): the view still opens
      // on the revision the advisor reviewed, the one the district submitted then.
      await browser.waitUntil(async () => (await (await byTestId(browser, 'changes-heading')).getText()) === `Changes since revision ${reviewed}`, {
        timeoutMsg: `the view did not open on revision ${reviewed} by itself`,
      });
      assert.equal(await (await byTestId(browser, 'changes-from')).getValue(), String(reviewed));
      const fields = [];
      for (const f of await allByTestId(browser, 'change-field')) fields.push(await f.getAttribute('data-field'));
      assert.deepEqual(fields.sort(), ['cause_analysis', 'extent'], 'exactly the two fields that changed');
      const diff = await invoke(browser, 'plan_diff', { id: plan.id, from: reviewed, to: null });
      const comments = diff.items.filter((i) => i.kind === 'comment');
      assert.equal(comments.length, 2, 'and the two threads the review brought');
      assert.ok(comments.every((c) => c.change === 'added'));
      assert.equal((await allByTestId(browser, 'change')).length, diff.items.length);
      await shot(browser, 'advisor-changes');
    });
  } finally {
    await forgetActor(browser);
    await quit(browser);
  }
});

test('a review file is refused with its reason: an identity number on export, the place of the fault on import', async () => {
  const browser = await launch(freshDb('round-refused'));
  const out = path.join(WORK, `refused-${process.pid}.safeplan-review`);
  const stray = path.join(WORK, `stray-${process.pid}.safeplan-review`);
  fs.writeFileSync(stray, '{"format": "safeplan-plan-package", "schema_version": 1}');
  try {
    await pictureOnFailure(browser, 'round-refused', async () => {
      await setLanguage(browser, 'en');
      await (await byTestId(browser, 'load-demo')).click();
      await (await byTestId(browser, 'plan-list')).waitForDisplayed({ timeout: 15000 });
      const plan = (await invoke(browser, 'plans')).find((p) => p.status === 'in_review');
      await actAs(browser, 'advisor', 'Erik Lund');
      await openPlan(browser, plan.id);
      await goToStep(browser, 'lagesbild');
      await commentAt(browser, 'lagesbild.extent', 'Ring kontaktpersonen, 121212-1212.');
      await closeDialog(browser);
      const before = await invoke(browser, 'plan', { id: plan.id });

      // R9: the file would carry the number out of the city, so it is not written.
      await openReviewPanel(browser);
      await (await byTestId(browser, 'review-export')).click();
      await answerFileDialog(await dialogTitle(browser, 'review_export_title'), out, { mode: 'save', appPid: appPid() });
      const result = await byTestId(browser, 'review-file-result');
      let said = await panelResult(browser, 'Saving');
      assert.equal(await result.getAttribute('role'), 'alert');
      // It says the number is in a comment, and where: the comment's place, and its thread in core's words.
      assert.match(said, /^The review file was not saved\.\s*A comment contains a personal identity number: the comment on Situational picture › Extent\./);
      assert.match(said, /In the thread \S+ on lagesbild\.extent: /);
      assert.equal(said.includes('121212-1212'), false, 'the message does not repeat the number');
      await setLanguage(browser, 'sv');
      assert.match(await result.getText(), /^Granskningsfilen sparades inte\.\s*En kommentar innehåller ett personnummer: kommentaren om Lägesbild › Omfattning\./);
      await setLanguage(browser, 'en');
      assert.equal(fs.existsSync(out), false, 'no file was written');
      await checkScreen(browser, 'review panel, export refused (en)');

      // A file that is not a review: refused, naming the file and the place in it; nothing changed.
      await (await byTestId(browser, 'review-import')).click();
      await answerFileDialog(await dialogTitle(browser, 'review_import_title'), stray, { mode: 'open', appPid: appPid() });
      await browser.waitUntil(async () => (await result.getText()).includes(path.basename(stray)), { timeout: 10000, timeoutMsg: 'no refusal naming the file' });
      said = await result.getText();
      assert.match(said, /^The review file could not be imported; nothing was changed\./);
      assert.ok(said.includes(`${path.basename(stray)}: format`), said);
      await shot(browser, 'import-refused');
      await setLanguage(browser, 'sv');
      assert.match(await result.getText(), /^Granskningsfilen kunde inte läsas in; inget ändrades\./);
      await checkScreen(browser, 'review panel, import refused (sv)');
      assert.deepEqual(await invoke(browser, 'plan', { id: plan.id }), before);
    });
  } finally {
    await forgetActor(browser);
    await quit(browser);
  }
});
