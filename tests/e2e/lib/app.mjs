// What every spec needs to drive the real window: start the app on a database of its choosing (through
// tests/e2e/run.sh's wrapper), find things by data-testid, call a command directly, kill the app.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

export const WORK = process.env.E2E_WORK;
export const ROOT = process.env.E2E_ROOT;
if (!WORK || !ROOT) throw new Error('run the specs through tests/e2e/run.sh');

// webdriverio is installed with the UI's packages (one npm ci for everything).
const requireFromUi = createRequire(path.join(ROOT, 'ui', 'package.json'));
const { remote } = await import(pathToFileURL(requireFromUi.resolve('webdriverio')).href);

let counter = 0;

/** A path for a database no other spec uses. */
export function freshDb(name) {
  counter += 1;
  return path.join(WORK, `${name}-${process.pid}-${counter}.db`);
}

/**
 * Starts the app on `db` and waits for its first screen. `config`: a config folder of its own (where the
 * window's size and place are kept), else the one all specs share.
 */
export async function launch(db, { config = '' } = {}) {
  fs.writeFileSync(path.join(WORK, 'db'), db);
  fs.writeFileSync(path.join(WORK, 'config'), config);
  const started = Date.now();
  const browser = await remote({
    hostname: '127.0.0.1',
    port: Number(process.env.E2E_PORT),
    logLevel: 'error',
    connectionRetryCount: 1,
    capabilities: {
      'tauri:options': { application: process.env.E2E_APP },
      'wdio:enforceWebDriverClassic': true,
    },
  });
  await browser.$('.topbar').waitForExist({ timeout: 20000 });
  browser.launchMs = Date.now() - started;
  return browser;
}

/** Ends the session; the app goes with it. Tolerates an app that is already gone. */
export async function quit(browser) {
  try {
    await browser.deleteSession();
  } catch {
    // The app was killed on purpose, or already closed.
  }
}

/** The app's PID, as the launch wrapper recorded it. */
export function appPid() {
  return Number(fs.readFileSync(path.join(WORK, 'app.pid'), 'utf8').trim());
}

export const byTestId = (browser, id) => browser.$(`[data-testid="${id}"]`);
export const allByTestId = (browser, id) => browser.$$(`[data-testid="${id}"]`);

export { invoke, withdrawToDraft } from './invoke.mjs';

/** Waits until the save status says everything is written. */
export async function waitSaved(browser, timeout = 5000) {
  const status = await byTestId(browser, 'save-status');
  await browser.waitUntil(async () => (await status.getAttribute('data-state')) === 'saved', {
    timeout,
    timeoutMsg: 'the plan was not saved in time',
  });
}

/** Types into a field the way a person does (real key events), replacing what was there. */
export async function typeInto(element, text) {
  await element.click();
  await element.clearValue();
  await element.addValue(text);
}

/**
 * A picture of the screen as a person sees it. Taken from the X server (imagemagick's `import`): the
 * WebDriver screenshot of WebKitGTK misses composited content.
 */
export async function screenshot(browser, file) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // Let the last change paint before the picture is taken.
  await browser.execute(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  execFileSync('import', ['-display', process.env.E2E_DISPLAY, '-window', 'root', file]);
}

/** The last element with `testid` inside the last `card` (the one just added). */
export async function inLastCard(browser, card, testid) {
  const cards = await allByTestId(browser, card);
  if (cards.length === 0) throw new Error(`no ${card}`);
  return cards[cards.length - 1].$(`[data-testid="${testid}"]`);
}

/**
 * Sets a field whose native widget WebDriver cannot type into reliably (date inputs, selects) the way
 * the page sees a person's change: the value, then input and change events, then leaving the field.
 */
export async function setNative(browser, element, value) {
  await browser.execute(
    (el, v) => {
      el.focus();
      el.value = v;
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
      el.blur();
    },
    element,
    value,
  );
}

/** Opens the plan with this title from the start screen. */
export async function openPlanTitled(browser, title) {
  const list = await byTestId(browser, 'plan-list');
  await list.waitForDisplayed({ timeout: 15000 });
  for (const button of await allByTestId(browser, 'open-plan')) {
    if ((await button.getText()).includes(title)) {
      await button.click();
      await (await byTestId(browser, 'plan-title')).waitForDisplayed();
      return;
    }
  }
  throw new Error(`no plan titled ${title}`);
}

/** Goes to a step through the step list and waits for its screen. */
export async function goToStep(browser, step) {
  await (await byTestId(browser, `step-${step}`)).click();
  await browser.waitUntil(async () => (await browser.$('#main').getAttribute('data-step')) === step);
}

/** Creates a plan through the "new plan" dialog for the first unit in the list; returns its title. */
export async function createPlan(browser, title) {
  await (await byTestId(browser, 'new-plan')).click();
  const dialog = await byTestId(browser, 'new-plan-dialog');
  await dialog.waitForDisplayed();
  const unit = await byTestId(browser, 'new-plan-unit');
  await browser.waitUntil(async () => (await unit.$$('option')).length > 1, { timeoutMsg: 'no units to choose' });
  const firstUnit = await (await unit.$$('option'))[1].getAttribute('value');
  await setNative(browser, unit, firstUnit);
  await typeInto(await byTestId(browser, 'new-plan-title'), title);
  await (await byTestId(browser, 'new-plan-create')).click();
  await browser.waitUntil(async () => (await (await byTestId(browser, 'plan-title')).getText()) === title, {
    timeout: 10000,
    timeoutMsg: 'the new plan did not open',
  });
  return title;
}

/**
 * On failure, keeps a picture of the window in $E2E_ARTIFACTS (when set) so a red run can be looked at.
 */
export async function pictureOnFailure(browser, name, fn) {
  try {
    await fn();
  } catch (e) {
    if (process.env.E2E_ARTIFACTS) {
      await screenshot(browser, path.join(process.env.E2E_ARTIFACTS, `${name}.png`)).catch(() => {});
    }
    throw e;
  }
}
