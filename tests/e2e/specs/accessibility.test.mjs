// Accessibility in the real window: axe-core on every screen (first start, plan list, dialogs, the eight
// steps of a demo plan with their cards open), in Swedish and English; and the keyboard: every step
// reached and its controls operated without a mouse, with a focus ring you can see.
//
// axe's source is read from the UI's node_modules and run through WebDriver's executeScript, which the
// page's Content-Security-Policy does not govern (the spec checks that axe really loaded).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import {
  allByTestId,
  appPid,
  byTestId,
  freshDb,
  goToStep,
  invoke,
  launch,
  openPlanTitled,
  pictureOnFailure,
  quit,
  ROOT,
  setNative,
  WORK,
  withdrawToDraft,
} from '../lib/app.mjs';
import { answerFileDialog, dialogTitle } from '../lib/desktop.mjs';
import { checkScreen, setLanguage } from '../lib/axe.mjs';

const STEPS = ['plan', 'lagesbild', 'statistics', 'measures', 'partners', 'responsibilities', 'follow_up', 'check'];

/** Opens every card and disclosure on the step, as a person reading it through would. */
async function expandAll(browser) {
  await browser.execute(() => {
    for (const d of document.querySelectorAll('#main details:not([open])')) d.open = true;
  });
  await browser.pause(300);
}

async function stepsOfPlan(t, browser, lang) {
  for (const step of STEPS) {
    await t.test(`${lang}: step ${step}`, () =>
      pictureOnFailure(browser, `a11y-${lang}-${step}`, async () => {
        await goToStep(browser, step);
        await expandAll(browser);
        await checkScreen(browser, `${lang} step ${step}`);
        // The measures step shows one prevention level at a time: the other tabs too.
        if (step === 'measures') {
          for (const tab of await browser.$$('#main [role="tab"]')) {
            if ((await tab.getAttribute('aria-selected')) === 'true') continue;
            await tab.click();
            await expandAll(browser);
            await checkScreen(browser, `${lang} step measures, tab ${await tab.getAttribute('id')}`);
          }
        }
      }),
    );
  }
}

/** The "new plan" dialog, then closed with Escape. */
async function newPlanDialog(browser, lang) {
  await (await byTestId(browser, 'new-plan')).click();
  await (await byTestId(browser, 'new-plan-dialog')).waitForDisplayed();
  await checkScreen(browser, `${lang} new-plan dialog`);
  await browser.keys('Escape');
  await (await byTestId(browser, 'new-plan-dialog')).waitForDisplayed({ reverse: true });
}

/**
 * The "plan already here" dialog: an exported package imported again, picked in the native file dialog
 * as a person does (lib/desktop.mjs), then closed with Escape.
 */
async function importChoiceDialog(browser, lang, file) {
  await (await byTestId(browser, 'import-package')).click();
  await answerFileDialog(await dialogTitle(browser, 'import_title'), file, { mode: 'open', appPid: appPid() });
  const dialog = await byTestId(browser, 'import-choice-dialog');
  await dialog.waitForDisplayed({ timeout: 10000 });
  await checkScreen(browser, `${lang} import-choice dialog`);
  await browser.keys('Escape');
  await dialog.waitForDisplayed({ reverse: true });
}

/**
 * The statistics step's import dialog with a PX file read, a series chosen and its preview shown (the
 * file picked in the native dialog as a person does), then closed with Escape.
 */
async function statsImportDialog(browser, lang) {
  await goToStep(browser, 'statistics');
  await (await byTestId(browser, 'stats-import-open')).click();
  const file = path.join(ROOT, 'crates', 'safeplan-core', 'tests', 'fixtures', 'stats', 'offences.px');
  await answerFileDialog(await dialogTitle(browser, 'stats_title'), file, { mode: 'open', appPid: appPid() });
  const dialog = await byTestId(browser, 'stats-import-dialog');
  await dialog.waitForDisplayed({ timeout: 10000 });
  for (const [dim, value] of [['region', '1280'], ['brottstyp', 'SK'], ['kön', '2']]) {
    const select = await browser.$(`[data-testid="stats-import-choice"][data-dim="${dim}"]`);
    await select.waitForExist({ timeout: 10000 });
    await setNative(browser, select, value);
  }
  await (await byTestId(browser, 'stats-import-preview')).waitForExist({ timeout: 10000 });
  await checkScreen(browser, `${lang} statistics import dialog`);
  await browser.keys('Escape');
  await dialog.waitForDisplayed({ reverse: true });
}

test('axe-core finds no serious violation on any screen, in Swedish and English', async (t) => {
  const browser = await launch(freshDb('a11y'));
  try {
    for (const lang of ['sv', 'en']) {
      await t.test(`${lang}: first start (empty database)`, async () => {
        await setLanguage(browser, lang);
        await (await byTestId(browser, 'load-demo')).waitForDisplayed();
        await checkScreen(browser, `${lang} first start`);
      });
    }
    await setLanguage(browser, 'sv');
    await (await byTestId(browser, 'load-demo')).click();
    await (await byTestId(browser, 'plan-list')).waitForDisplayed({ timeout: 15000 });
    const plans = await invoke(browser, 'plans');
    const demo = plans[0];
    // Its steps are checked with their fields, as a planner edits them: a plan sent on is read-only.
    await withdrawToDraft(browser, demo.id);
    const file = path.join(WORK, `a11y-${process.pid}.safeplan`);
    await invoke(browser, 'export_package', { id: demo.id, path: file });

    for (const lang of ['sv', 'en']) {
      await setLanguage(browser, lang);
      await t.test(`${lang}: plan list`, () => checkScreen(browser, `${lang} plan list`));
      await t.test(`${lang}: new-plan dialog`, () => newPlanDialog(browser, lang));
      await t.test(`${lang}: import-choice dialog`, () =>
        pictureOnFailure(browser, `a11y-${lang}-import-choice`, () => importChoiceDialog(browser, lang, file)),
      );
      await pictureOnFailure(browser, `a11y-${lang}-open`, () => openPlanTitled(browser, demo.title));
      await stepsOfPlan(t, browser, lang);
      await t.test(`${lang}: statistics import dialog`, () =>
        pictureOnFailure(browser, `a11y-${lang}-stats-import`, () => statsImportDialog(browser, lang)),
      );
      await (await byTestId(browser, 'back-to-plans')).click();
      await (await byTestId(browser, 'plan-list')).waitForDisplayed({ timeout: 15000 });
    }
  } finally {
    await quit(browser);
  }
});

/** What the focused element looks like: whether a focus ring (outline or box-shadow) shows. */
async function focusRing(browser) {
  return browser.execute(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { visible: false, what: 'nothing focused' };
    const s = getComputedStyle(el);
    const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
    const shadow = s.boxShadow && s.boxShadow !== 'none';
    return {
      visible: Boolean(outline || shadow),
      what: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.dataset.testid ? `[${el.dataset.testid}]` : ''}`,
    };
  });
}

/** Presses Tab (or Shift+Tab) until `match` holds for the focused element; returns how many presses. */
async function tabTo(browser, match, { back = false, max = 80 } = {}) {
  for (let i = 1; i <= max; i++) {
    if (back) await browser.keys(['Shift', 'Tab']);
    else await browser.keys('Tab');
    if (await browser.execute(match)) return i;
  }
  throw new Error(`not reached with ${max} presses of ${back ? 'Shift+Tab' : 'Tab'}`);
}

test('keyboard only: every step is reached and operated, and focus is always visible', async (t) => {
  const browser = await launch(freshDb('a11y-keys'));
  try {
    await setLanguage(browser, 'sv');
    await (await byTestId(browser, 'load-demo')).click();
    await (await byTestId(browser, 'plan-list')).waitForDisplayed({ timeout: 15000 });
    const plans = await invoke(browser, 'plans');
    // The steps are operated as a planner edits them: plans sent on are read-only until withdrawn.
    for (const p of plans) await withdrawToDraft(browser, p.id);

    await t.test('the plan list: Tab to a plan, Enter opens it', async () => {
      await browser.execute(() => document.activeElement?.blur());
      await tabTo(browser, () => document.activeElement?.dataset.testid === 'open-plan');
      const ring = await focusRing(browser);
      assert.ok(ring.visible, `no visible focus on ${ring.what}`);
      await browser.keys('Enter');
      await (await byTestId(browser, 'plan-title')).waitForDisplayed({ timeout: 10000 });
      assert.ok(plans.some((p) => p.title.length > 0));
    });

    for (const step of STEPS) {
      await t.test(`step ${step}: reached with Tab and Enter, its first field operable, focus visible`, () =>
        pictureOnFailure(browser, `a11y-keys-${step}`, async () => {
          // From the top of the page, Tab into the step list, then on to the wanted step.
          await browser.execute(() => document.activeElement?.blur());
          await tabTo(browser, () => document.activeElement?.dataset.testid === 'step-plan');
          for (let i = 0; i < STEPS.indexOf(step); i++) await browser.keys('Tab');
          assert.equal(await browser.execute(() => document.activeElement?.dataset.testid), `step-${step}`);
          const ring = await focusRing(browser);
          assert.ok(ring.visible, `no visible focus on ${ring.what}`);
          await browser.keys('Enter');
          await browser.waitUntil(async () => (await browser.$('#main').getAttribute('data-step')) === step);
          // Tab onwards into the step: the next control is in the step's content and shows its focus.
          await tabTo(browser, () => {
            const el = document.activeElement;
            return Boolean(el && el.closest('#main') && el.matches('input, select, textarea, button, summary, a[href], [tabindex="0"]'));
          });
          const inner = await focusRing(browser);
          assert.ok(inner.visible, `no visible focus on ${inner.what}`);
        }),
      );
    }

    await t.test('a card opens and closes with Enter and Space on its summary', async () => {
      await goToStep(browser, 'partners');
      const summary = await browser.$('[data-testid="partner-card"] summary');
      await summary.waitForExist();
      await browser.execute((el) => el.focus(), summary);
      const open = () => browser.execute(() => document.activeElement?.closest('details')?.open ?? null);
      const before = await open();
      await browser.keys('Enter');
      assert.equal(await open(), !before, 'Enter toggles the card');
      await browser.keys('Space');
      assert.equal(await open(), before, 'Space toggles the card back');
    });

    await t.test('the measures step: its level tabs follow the arrow keys', async () => {
      await goToStep(browser, 'measures');
      const tabs = await browser.$$('#main [role="tab"]');
      if (tabs.length < 2) return;
      const selected = async () => browser.execute(() => document.querySelector('#main [role="tab"][aria-selected="true"]')?.id);
      await browser.execute(() => document.querySelector('#main [role="tab"][aria-selected="true"]')?.focus());
      const first = await selected();
      await browser.keys('ArrowRight');
      await browser.waitUntil(async () => (await selected()) !== first, { timeoutMsg: 'ArrowRight did not move to the next tab' });
      assert.equal(await browser.execute(() => document.activeElement?.getAttribute('role')), 'tab');
      await browser.keys('ArrowLeft');
      await browser.waitUntil(async () => (await selected()) === first, { timeoutMsg: 'ArrowLeft did not come back' });
    });

    await t.test('the partners step: a partner is added with the keyboard alone', async () => {
      await goToStep(browser, 'partners');
      const before = (await allByTestId(browser, 'partner-card')).length;
      await browser.execute(() => document.getElementById('partner-new-name')?.focus());
      const ring = await focusRing(browser);
      assert.ok(ring.visible, `no visible focus on ${ring.what}`);
      await browser.keys([...'Tangentbordets förening']);
      await browser.keys('Enter');
      await browser.waitUntil(async () => (await allByTestId(browser, 'partner-card')).length === before + 1, {
        timeout: 5000,
        timeoutMsg: 'Enter in the name field did not add the partner',
      });
      assert.ok((await invoke(browser, 'partners')).some((p) => p.name === 'Tangentbordets förening'));
    });
  } finally {
    await quit(browser);
  }
});
