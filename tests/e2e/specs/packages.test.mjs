// Plan packages. Through the window as a person works: the export button and the native save dialog
// write a package; the import button and the native open dialog bring it back, and as the plan is
// already here the app asks: keep both, replace, or cancel (the GTK dialogs are answered with keys,
// lib/desktop.mjs). Through the app's own commands: importing an existing plan is refused unless a
// choice is given; errors arrive as {code, message}.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { allByTestId, appPid, byTestId, freshDb, goToStep, invoke, launch, pictureOnFailure, quit, ROOT, typeInto, waitSaved, WORK } from '../lib/app.mjs';
import { answerFileDialog, cancelFileDialog, dialogTitle } from '../lib/desktop.mjs';

const rows = async (browser) => (await allByTestId(browser, 'plan-row')).length;
const summary = (plans) => plans.map((p) => `${p.id} ${p.title} r${p.revision ?? ''}`).sort();

/** The button in the open dialog whose text is common.<key> in the app's language. */
async function dialogButton(browser, dialog, key) {
  const lang = await browser.execute(() => document.documentElement.lang);
  const common = JSON.parse(fs.readFileSync(path.join(ROOT, 'ui', 'src', 'lib', 'i18n', 'messages', 'common.json'), 'utf8'));
  for (const button of await dialog.$$('button')) {
    if ((await button.getText()).trim() === common[lang][key]) return button;
  }
  throw new Error(`no "${common[lang][key]}" button in the dialog`);
}

/** Clicks "Import…", answers the native open dialog with `file`; returns the "already here" dialog. */
async function importThroughWindow(browser, file) {
  await (await byTestId(browser, 'import-package')).click();
  await answerFileDialog(await dialogTitle(browser, 'import_title'), file, { mode: 'open', appPid: appPid() });
  const choice = await byTestId(browser, 'import-choice-dialog');
  await choice.waitForDisplayed({ timeout: 10000, timeoutMsg: 'the "plan already here" dialog did not open' });
  return choice;
}

/** Opens the plan with this id from the start screen. */
async function openPlanById(browser, id) {
  await (await browser.$(`[data-testid="plan-row"][data-plan-id="${id}"] [data-testid="open-plan"]`)).click();
  await (await byTestId(browser, 'plan-title')).waitForDisplayed();
}

async function backToPlans(browser) {
  await (await byTestId(browser, 'back-to-plans')).click();
  await (await byTestId(browser, 'plan-list')).waitForDisplayed({ timeout: 15000 });
}

test('through the window: export with the save dialog, import it again as a copy, replace, cancel', async (t) => {
  const browser = await launch(freshDb('packages-ui'));
  const file = path.join(WORK, `exported-${process.pid}.safeplan`);
  try {
    await (await byTestId(browser, 'load-demo')).click();
    await (await byTestId(browser, 'plan-list')).waitForDisplayed({ timeout: 15000 });
    const [plan] = await invoke(browser, 'plans');
    const exportedBody = (await invoke(browser, 'plan', { id: plan.id })).plan.decision_body;

    await t.test('export: the row\'s button, the save dialog, a package on disk', () =>
      pictureOnFailure(browser, 'packages-export', async () => {
        await (await browser.$(`[data-testid="plan-row"][data-plan-id="${plan.id}"] [data-testid="export-package"]`)).click();
        await answerFileDialog(await dialogTitle(browser, 'export_title'), file, { mode: 'save', appPid: appPid() });
        await browser.waitUntil(
          async () => {
            for (const notice of await allByTestId(browser, 'notice')) {
              if ((await notice.getText()).includes(path.basename(file))) return true;
            }
            return false;
          },
          { timeout: 10000, timeoutMsg: 'no notice that the plan was saved as the chosen file' },
        );
        // Saved where it was asked to, not also under the suggested name in the app's folder (run.sh's).
        assert.equal(fs.existsSync(path.join(WORK, `${plan.slug}.safeplan`)), false);
        const pkg = JSON.parse(fs.readFileSync(file, 'utf8'));
        assert.equal(pkg.format, 'safeplan-plan-package');
        assert.equal(pkg.plan.id, plan.id);
        assert.equal(pkg.plan.title, plan.title);
      }),
    );

    await t.test('import, "keep both": a copy of the plan appears next to it', () =>
      pictureOnFailure(browser, 'packages-copy', async () => {
        const before = await invoke(browser, 'plans');
        const choice = await importThroughWindow(browser, file);
        assert.ok((await choice.getText()).includes(path.basename(file)), 'the dialog names the file');
        await (await byTestId(browser, 'import-copy')).click();
        await choice.waitForDisplayed({ reverse: true });
        await browser.waitUntil(async () => (await rows(browser)) === before.length + 1, { timeoutMsg: 'no plan added to the list' });
        const added = (await invoke(browser, 'plans')).filter((p) => !before.some((b) => b.id === p.id));
        assert.equal(added.length, 1);
        assert.notEqual(added[0].title, plan.title, 'the copy is told apart by its title');
        assert.ok(added[0].title.startsWith(plan.title.slice(0, 20)), `the copy "${added[0].title}" keeps the plan's title`);
        assert.ok(await browser.$(`[data-testid="plan-row"][data-plan-id="${added[0].id}"]`).isDisplayed());
      }),
    );

    await t.test('import, "replace": the plan is written again from the package, no plan is added', () =>
      pictureOnFailure(browser, 'packages-replace', async () => {
        const before = await invoke(browser, 'plans');
        const local = before.find((p) => p.id === plan.id);
        const choice = await importThroughWindow(browser, file);
        await (await byTestId(browser, 'import-replace')).click();
        await choice.waitForDisplayed({ reverse: true, timeoutMsg: 'the plan was not replaced' });
        const after = await invoke(browser, 'plans');
        assert.equal(after.length, before.length);
        assert.equal(await rows(browser), before.length);
        // Replacing writes the plan anew, past any revision an open window holds.
        assert.ok(after.find((p) => p.id === plan.id).revision > local.revision, 'the plan was written again');
        assert.equal((await invoke(browser, 'plan', { id: plan.id })).plan.decision_body, exportedBody);
      }),
    );

    await t.test('import, "replace" over edits the package has not seen: the edits are kept', () =>
      pictureOnFailure(browser, 'packages-replace-newer', async () => {
        await openPlanById(browser, plan.id);
        await goToStep(browser, 'plan');
        const edited = 'Ändrat efter exporten';
        await typeInto(await byTestId(browser, 'plan-decision-body'), edited);
        await waitSaved(browser);
        await backToPlans(browser);
        const before = summary(await invoke(browser, 'plans'));

        const choice = await importThroughWindow(browser, file);
        await (await byTestId(browser, 'import-replace')).click();
        const refusal = await byTestId(browser, 'notice-error');
        await refusal.waitForDisplayed({ timeoutMsg: 'no word that the plan was not replaced' });
        if (await choice.isDisplayed()) {
          await (await dialogButton(browser, choice, 'cancel')).click();
          await choice.waitForDisplayed({ reverse: true });
        }
        await (await refusal.$('button')).click();
        assert.equal((await invoke(browser, 'plan', { id: plan.id })).plan.decision_body, edited);
        assert.deepEqual(summary(await invoke(browser, 'plans')), before);
      }),
    );

    await t.test('import, "cancel" in the app\'s dialog, and cancel in the file dialog: nothing changes', () =>
      pictureOnFailure(browser, 'packages-cancel', async () => {
        const before = summary(await invoke(browser, 'plans'));
        const choice = await importThroughWindow(browser, file);
        await (await dialogButton(browser, choice, 'cancel')).click();
        await choice.waitForDisplayed({ reverse: true });
        assert.deepEqual(summary(await invoke(browser, 'plans')), before);

        await (await byTestId(browser, 'import-package')).click();
        await cancelFileDialog(await dialogTitle(browser, 'import_title'), { appPid: appPid() });
        assert.equal(await choice.isDisplayed(), false);
        assert.deepEqual(summary(await invoke(browser, 'plans')), before);
        assert.equal(await rows(browser), before.length);
      }),
    );
  } finally {
    await quit(browser);
  }
});

test('the commands: importing an existing plan is refused without a choice; bad files give clear errors', async () => {
  const browser = await launch(freshDb('packages'));
  try {
    await (await byTestId(browser, 'load-demo')).click();
    await (await byTestId(browser, 'plan-list')).waitForDisplayed({ timeout: 15000 });
    const before = await invoke(browser, 'plans');
    const plan = before.find((p) => p.errors === 0) ?? before[0];
    const file = path.join(WORK, 'plan.safeplan');

    await invoke(browser, 'export_package', { id: plan.id, path: file });
    assert.ok(fs.statSync(file).size > 100);

    await assert.rejects(() => invoke(browser, 'import_package', { path: file, mode: 'refuse' }), { code: 'plan_exists' });
    const copy = await invoke(browser, 'import_package', { path: file, mode: 'as_copy' });
    assert.notEqual(copy.plan_id, plan.id);
    assert.equal((await invoke(browser, 'plans')).length, before.length + 1);

    await assert.rejects(() => invoke(browser, 'import_package', { path: path.join(WORK, 'missing.safeplan'), mode: 'refuse' }), {
      code: 'io',
    });
    fs.writeFileSync(path.join(WORK, 'bad.safeplan'), 'not a package');
    await assert.rejects(() => invoke(browser, 'import_package', { path: path.join(WORK, 'bad.safeplan'), mode: 'refuse' }), {
      code: 'bad_package',
    });
  } finally {
    await quit(browser);
  }
});

test('only the app\'s own commands are callable', async () => {
  const browser = await launch(freshDb('acl'));
  try {
    // A core command the window has no permission for (the file system plugin is not even installed).
    await assert.rejects(() => invoke(browser, 'plugin:fs|read_text_file', { path: path.join(WORK, 'db') }));
    // Tauri core commands outside the capability list.
    await assert.rejects(() => invoke(browser, 'plugin:window|set_fullscreen', { label: 'main', value: true }));
    await assert.rejects(() => invoke(browser, 'plugin:webview|create_webview_window', { options: { label: 'x', url: 'index.html' } }));
    // The prototype is frozen: a script cannot tamper with built-ins.
    const frozen = await browser.execute(() => Object.isFrozen(Object.prototype));
    assert.equal(frozen, true);
  } finally {
    await quit(browser);
  }
});
