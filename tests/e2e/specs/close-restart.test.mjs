// Closing the window the way a person does (the window manager's close, a WM_DELETE_WINDOW request, not
// a kill) ends the app with nothing lost: text typed just before is there after a restart, and the
// window comes back with the size and place it had (tauri-plugin-window-state).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { appPid, byTestId, createPlan, freshDb, goToStep, launch, openPlanTitled, pictureOnFailure, quit, WORK } from '../lib/app.mjs';
import { closeWindow, mainWindow, waitForExit, xdotool } from '../lib/desktop.mjs';

/** Closes the window through the window manager and waits for the app to end by itself. */
async function closeLikeAPerson() {
  const pid = appPid();
  await closeWindow(pid);
  await waitForExit(pid);
}

test('text typed right before the window is closed is there after a restart', async () => {
  const db = freshDb('close');
  const config = path.join(WORK, `config-close-${process.pid}`);
  const title = 'Planen som stängdes';
  const typed = 'Kommunstyrelsen, på sitt möte i maj';
  let browser = await launch(db, { config });
  try {
    await pictureOnFailure(browser, 'close-typed', async () => {
      await (await byTestId(browser, 'load-demo')).click();
      await (await byTestId(browser, 'plan-list')).waitForDisplayed({ timeout: 15000 });
      await createPlan(browser, title);
      await goToStep(browser, 'plan');
      const field = await byTestId(browser, 'plan-decision-body');
      await field.click();
      await field.addValue(typed);
      // No wait for the save: the window is closed straight after the last key.
      await closeLikeAPerson();
    });
  } finally {
    await quit(browser);
  }

  browser = await launch(db, { config });
  try {
    await openPlanTitled(browser, title);
    await goToStep(browser, 'plan');
    assert.equal(await (await byTestId(browser, 'plan-decision-body')).getValue(), typed);
  } finally {
    await quit(browser);
  }
});

/** The window's place and size as the X server has them (outer edge: no frame under evilwm --bw 0). */
function geometry(win) {
  const out = xdotool('getwindowgeometry', '--shell', win);
  const v = Object.fromEntries(out.split('\n').map((l) => l.split('=')));
  return { x: Number(v.X), y: Number(v.Y), width: Number(v.WIDTH), height: Number(v.HEIGHT) };
}

test('the window opens again with the size and place it had when it was closed', async () => {
  const wanted = { x: 96, y: 64, width: 1000, height: 660 };
  const db = freshDb('window');
  const config = path.join(WORK, `config-window-${process.pid}`);
  let browser = await launch(db, { config });
  try {
    // Smaller than the default 1280×800 and away from where it first opens, within the screen.
    assert.notDeepEqual(await browser.getWindowRect(), wanted);
    await browser.setWindowRect(wanted.x, wanted.y, wanted.width, wanted.height);
    const win = await mainWindow(appPid());
    await browser.waitUntil(async () => JSON.stringify(geometry(win)) === JSON.stringify(wanted), {
      timeout: 5000,
      timeoutMsg: `the window did not take ${JSON.stringify(wanted)}: ${JSON.stringify(geometry(win))}`,
    });
    await closeLikeAPerson();
  } finally {
    await quit(browser);
  }

  browser = await launch(db, { config });
  try {
    const again = geometry(await mainWindow(appPid()));
    assert.deepEqual(again, wanted, 'the X server shows the window where it was closed');
    assert.deepEqual(await browser.getWindowRect(), wanted);
  } finally {
    await quit(browser);
  }
});
