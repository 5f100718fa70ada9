// Statistics from a file, through the window as a planner works: "Import from a file…", the native
// open dialog (answered with keys, lib/desktop.mjs), the app's dialog showing what the PX file holds,
// one series chosen, its preview with the suppressed cell marked, the import — then the indicator in
// the chart and the table, one undo taking it all back, redo bringing it again. A malformed file shows
// its located message in the dialog and saves nothing.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import {
  allByTestId,
  appPid,
  byTestId,
  createPlan,
  freshDb,
  goToStep,
  invoke,
  launch,
  pictureOnFailure,
  quit,
  ROOT,
  screenshot,
  setNative,
  waitSaved,
} from '../lib/app.mjs';
import { answerFileDialog, dialogTitle } from '../lib/desktop.mjs';

const FIXTURES = path.join(ROOT, 'crates', 'safeplan-core', 'tests', 'fixtures', 'stats');
const SHOTS = process.env.E2E_ARTIFACTS;

/** Clicks "Import from a file…" and answers the native dialog with `file`; returns the app's dialog. */
async function openImport(browser, file) {
  await (await byTestId(browser, 'stats-import-open')).click();
  await answerFileDialog(await dialogTitle(browser, 'stats_title'), file, { mode: 'open', appPid: appPid() });
  const dialog = await byTestId(browser, 'stats-import-dialog');
  await dialog.waitForDisplayed({ timeout: 10000, timeoutMsg: 'the import dialog did not open' });
  return dialog;
}

async function choose(browser, dim, value) {
  const select = await browser.$(`[data-testid="stats-import-choice"][data-dim="${dim}"]`);
  await setNative(browser, select, value);
}

/** `read` of each element, in order (webdriverio's element arrays are not plain arrays). */
async function each(elements, read) {
  const out = [];
  for (const element of elements) out.push(await read(element));
  return out;
}

async function planIndicators(browser, id) {
  return (await invoke(browser, 'plan', { id })).indicators;
}

test('import a series from a PX file into a new indicator, undo it, redo it; into the existing one; a broken file saves nothing', async (t) => {
  const browser = await launch(freshDb('stats-import'));
  try {
    await (await byTestId(browser, 'load-demo')).click();
    await (await byTestId(browser, 'plan-list')).waitForDisplayed({ timeout: 15000 });
    await createPlan(browser, 'Statistik från fil');
    const plan = (await invoke(browser, 'plans')).find((p) => p.title === 'Statistik från fil');
    assert.ok(plan, 'the plan exists');
    await goToStep(browser, 'statistics');

    await t.test('the dialog shows the dimensions, and a preview with the suppressed cell marked', () =>
      pictureOnFailure(browser, 'stats-import-preview', async () => {
        const dialog = await openImport(browser, path.join(FIXTURES, 'offences.px'));
        const dims = await byTestId(browser, 'stats-import-dimensions');
        await dims.waitForDisplayed({ timeout: 10000, timeoutMsg: 'the file\'s dimensions are not shown' });
        assert.equal(await dims.getText(), 'region × brottstyp × kön × år');
        assert.ok((await dialog.getText()).includes('Göteborg'), 'the values of the dimensions are listed');
        assert.equal(await (await byTestId(browser, 'stats-import-confirm')).isEnabled(), false, 'nothing to import before a choice');

        await choose(browser, 'region', '1280');
        await choose(browser, 'brottstyp', 'SK');
        await choose(browser, 'kön', '2');
        await browser.waitUntil(async () => (await allByTestId(browser, 'stats-preview-row')).length === 3, {
          timeout: 10000,
          timeoutMsg: 'no preview of three periods',
        });
        const rows = await allByTestId(browser, 'stats-preview-row');
        assert.deepEqual(await each(rows, (r) => r.getAttribute('data-kind')), ['nil', 'value', 'suppressed']);
        const suppressed = await rows[2].getText();
        assert.ok(/Skyddat|Suppressed/.test(suppressed), `the suppressed cell is marked: ${suppressed}`);
        assert.ok(!/\b0\b/.test(suppressed.replace('2021', '')), 'the suppressed cell is not shown as 0');
        assert.equal(await (await byTestId(browser, 'stats-import-source')).getText(), 'Brottsförebyggande rådet (Brå)');
        assert.equal(await (await byTestId(browser, 'stats-import-data-as-of')).getText(), '2024-03-21');
        assert.equal(await (await byTestId(browser, 'stats-import-name')).getValue(), 'Malmö, Skjutningar, kvinnor');
        assert.deepEqual(await planIndicators(browser, plan.id), [], 'the preview saved nothing');
        if (SHOTS) {
          await (await byTestId(browser, 'stats-import-preview')).scrollIntoView();
          await screenshot(browser, path.join(SHOTS, 'stats-import-sv.png'));
        }
        if (SHOTS) {
          await (await byTestId(browser, 'stats-import-cancel')).click();
          await (await byTestId(browser, 'lang-en')).click();
          await openImport(browser, path.join(FIXTURES, 'offences.px'));
          await (await byTestId(browser, 'stats-import-dimensions')).waitForDisplayed({ timeout: 10000 });
          await choose(browser, 'region', '1280');
          await choose(browser, 'brottstyp', 'SK');
          await choose(browser, 'kön', '2');
          await browser.waitUntil(async () => (await allByTestId(browser, 'stats-preview-row')).length === 3);
          await screenshot(browser, path.join(SHOTS, 'stats-import-en-top.png'));
          await (await byTestId(browser, 'stats-import-preview')).scrollIntoView();
          await screenshot(browser, path.join(SHOTS, 'stats-import-en.png'));
        }
      }),
    );

    await t.test('the import: the indicator in the chart and the table, the suppressed period marked', () =>
      pictureOnFailure(browser, 'stats-import-done', async () => {
        await (await byTestId(browser, 'stats-import-confirm')).click();
        await (await byTestId(browser, 'stats-import-dialog')).waitForDisplayed({ reverse: true, timeoutMsg: 'the dialog stayed open' });
        const [indicator] = await planIndicators(browser, plan.id);
        assert.equal(indicator.name, 'Malmö, Skjutningar, kvinnor');
        assert.equal(indicator.source, 'Brottsförebyggande rådet (Brå)');
        assert.deepEqual(
          indicator.observations.map((o) => [o.period, o.value, o.suppressed, o.data_as_of]),
          [
            ['2019', 0, false, '2024-03-21'],
            ['2020', 1, false, '2024-03-21'],
            ['2021', null, true, '2024-03-21'],
          ],
        );
        const card = await browser.$(`#indicator-${indicator.id}`);
        await card.waitForDisplayed();
        const chart = await card.$('figure.chart');
        await chart.waitForExist({ timeoutMsg: 'no chart of the imported values' });
        assert.equal((await chart.$$('circle')).length, 2, 'a point for each figure, none for the suppressed period');
        assert.equal((await chart.$$('.suppressed-mark')).length, 1, 'the chart marks the suppressed period');
        const rows = await card.$$('[data-testid="observation-row"]');
        assert.equal(rows.length, 3);
        const marks = await card.$$('[data-testid="observation-suppressed"]');
        assert.deepEqual(await each(marks, (m) => m.isSelected()), [false, false, true]);
        const values = await card.$$('[data-testid="observation-value"]');
        assert.equal(await values[2].getValue(), '', 'the suppressed period holds no figure');
        if (SHOTS) await screenshot(browser, path.join(SHOTS, 'stats-import-imported.png'));
      }),
    );

    await t.test('one undo takes the whole import back; redo brings it again', () =>
      pictureOnFailure(browser, 'stats-import-undo', async () => {
        const before = (await invoke(browser, 'plans')).find((p) => p.id === plan.id).revision;
        await (await byTestId(browser, 'undo')).click();
        await browser.waitUntil(async () => (await allByTestId(browser, 'indicator-card')).length === 0, {
          timeoutMsg: 'the imported indicator is still shown after undo',
        });
        await waitSaved(browser);
        assert.deepEqual(await planIndicators(browser, plan.id), []);
        assert.ok((await invoke(browser, 'plans')).find((p) => p.id === plan.id).revision > before);

        await (await byTestId(browser, 'redo')).click();
        await browser.waitUntil(async () => (await allByTestId(browser, 'indicator-card')).length === 1, {
          timeoutMsg: 'redo did not bring the indicator back',
        });
        await waitSaved(browser);
        const [again] = await planIndicators(browser, plan.id);
        assert.deepEqual(again.observations.map((o) => o.suppressed), [false, false, true]);
      }),
    );

    await t.test('into the existing indicator: the preview says what is replaced, one undo restores it', () =>
      pictureOnFailure(browser, 'stats-import-existing', async () => {
        const [before] = await planIndicators(browser, plan.id);
        await openImport(browser, path.join(FIXTURES, 'offences.px'));
        await (await byTestId(browser, 'stats-import-dimensions')).waitForDisplayed({ timeout: 10000 });
        await choose(browser, 'region', '1280');
        await choose(browser, 'brottstyp', 'SK');
        await choose(browser, 'kön', '1');
        await (await byTestId(browser, 'stats-import-existing')).click();
        await setNative(browser, await byTestId(browser, 'stats-import-indicator'), before.id);
        await browser.waitUntil(
          async () => /ändrar|changes/i.test(await (await byTestId(browser, 'stats-import-summary')).getText().catch(() => '')),
          { timeout: 10000, timeoutMsg: 'no preview of the change to the existing indicator' },
        );
        const summary = await (await byTestId(browser, 'stats-import-summary')).getText();
        assert.ok(/3 (perioder ersätts|periods replaced)/.test(summary), `three periods replaced: ${summary}`);
        const rows = await allByTestId(browser, 'stats-preview-row');
        assert.ok(/(ersätter|replaces) (Skyddat|Suppressed)/.test(await rows[2].getText()), 'the suppressed figure it replaces is named');
        await (await byTestId(browser, 'stats-import-confirm')).click();
        await (await byTestId(browser, 'stats-import-dialog')).waitForDisplayed({ reverse: true });
        const [after] = await planIndicators(browser, plan.id);
        assert.equal(after.id, before.id);
        assert.deepEqual(after.observations.map((o) => o.value), [65, 40, 20]);
        assert.equal(after.name, before.name, 'the indicator keeps its name');

        await (await byTestId(browser, 'undo')).click();
        await browser.waitUntil(
          async () => JSON.stringify((await planIndicators(browser, plan.id))[0].observations) === JSON.stringify(before.observations),
          { timeout: 10000, timeoutMsg: 'undo did not bring the observations back' },
        );
        await waitSaved(browser);
      }),
    );

    await t.test('a malformed file shows its located message and saves nothing', () =>
      pictureOnFailure(browser, 'stats-import-broken', async () => {
        const before = await invoke(browser, 'plan', { id: plan.id });
        await openImport(browser, path.join(FIXTURES, 'broken-data-token.px'));
        const error = await byTestId(browser, 'stats-import-error');
        await error.waitForDisplayed({ timeout: 10000, timeoutMsg: 'no error for the broken file' });
        const text = await error.getText();
        assert.ok(text.includes('broken-data-token.px'), `the message names the file: ${text}`);
        assert.ok(text.includes('line 41'), `the message names the line: ${text}`);
        assert.equal(await (await byTestId(browser, 'stats-import-confirm')).isEnabled(), false);
        if (SHOTS) await screenshot(browser, path.join(SHOTS, 'stats-import-error.png'));
        // Keyboard only: the focus stays in the dialog however far one tabs, and Esc closes it.
        for (let i = 0; i < 6; i++) {
          await browser.keys(['Tab']);
          const inside = await browser.execute(() => document.activeElement?.closest('[data-testid="stats-import-dialog"]') !== null);
          assert.ok(inside, `Tab ${i + 1} left the dialog`);
        }
        await browser.keys(['Escape']);
        await (await byTestId(browser, 'stats-import-dialog')).waitForDisplayed({ reverse: true, timeoutMsg: 'Esc did not close the dialog' });
        const after = await invoke(browser, 'plan', { id: plan.id });
        assert.equal(after.plan.revision, before.plan.revision, 'nothing was written');
        assert.deepEqual(after.indicators, before.indicators);
      }),
    );
  } finally {
    await quit(browser);
  }
});
