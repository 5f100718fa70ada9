// Nothing typed is lost when the app dies: type, pause briefly as people do, kill the process with
// SIGKILL (no chance to clean up), start it again on the same database and find the text.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appPid, byTestId, createPlan, freshDb, goToStep, launch, openPlanTitled, pictureOnFailure, quit } from '../lib/app.mjs';

const TITLE = 'Planen som överlevde';

test('text typed before a SIGKILL is there after a restart', async () => {
  const db = freshDb('kill');
  let browser = await launch(db);
  const typed = 'Stadsdelsnämnden i Kvarnby, ';
  try {
    await (await byTestId(browser, 'load-demo')).click();
    await (await byTestId(browser, 'plan-list')).waitForDisplayed({ timeout: 15000 });
    await createPlan(browser, TITLE);
    await goToStep(browser, 'plan');
    const field = await byTestId(browser, 'plan-decision-body');
    await field.click();
    // Element keys, not browser.keys: WebKitWebDriver drops a repeated space in an action sequence.
    await field.addValue(typed);
    // A person's pause between words: the field hands the text over and the frame writes it.
    await browser.pause(1000);
    const before = await field.getValue();
    await pictureOnFailure(browser, 'kill-before', async () => assert.equal(before, typed, 'the field shows what was typed'));
    // Still typing when the process dies; these last keystrokes may be lost, the text before them not.
    await field.addValue('på kvällen');
    process.kill(appPid(), 'SIGKILL');
  } finally {
    await quit(browser);
  }

  browser = await launch(db);
  try {
    await openPlanTitled(browser, TITLE);
    await goToStep(browser, 'plan');
    const value = await (await byTestId(browser, 'plan-decision-body')).getValue();
    assert.ok(value.startsWith(typed.trim()), `after the restart the field holds "${value}"`);
  } finally {
    await quit(browser);
  }
});
