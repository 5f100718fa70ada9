// Plan packages. Through the window as a person works: the export button and the native save dialog
// write a package; the import button and the native open dialog bring it back, and as the plan is
// already here the app asks: keep both, replace, or cancel (the GTK dialogs are answered with keys,
// lib/desktop.mjs). Through the app's own commands: importing an existing plan is refused unless a
// choice is given; errors arrive as {code, message}.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { allByTestId, appPid, byTestId, freshDb, goToStep, invoke, launch, pictureOnFailure, quit, ROOT, typeInto, waitSaved, withdrawToDraft, WORK } from '../lib/app.mjs';
import { answerFileDialog, cancelFileDialog, dialogTitle, waitForWindow } from '../lib/desktop.mjs';

const rows = async (browser) => (await allByTestId(browser, 'plan-row')).length;
const summary = (plans) => plans.map((p) => `${p.id} ${p.title} r${p.revision ?? ''}`).sort();

/** The start screen's message `key` in the app's language, with its {placeholders} filled from `params`. */
async function startMessage(browser, key, params = {}) {
  const lang = await browser.execute(() => document.documentElement.lang);
  const start = JSON.parse(fs.readFileSync(path.join(ROOT, 'ui', 'src', 'lib', 'i18n', 'messages', 'start.json'), 'utf8'))[lang];
  return start[key].replace(/\{(\w+)\}/g, (_, name) => (name in params ? params[name] : start[name]));
}

/** Calls a command and fails if no answer comes within `ms` (a hung app never answers). */
async function answersWithin(browser, ms, command) {
  let timer;
  const late = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer to ${command} within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([invoke(browser, command), late]);
  } finally {
    clearTimeout(timer);
  }
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
    // The spec edits it after the export: a plan sent on is read-only until withdrawn.
    await withdrawToDraft(browser, plan.id);
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
        // The dialog stays and says why, in words about this choice (not core's "changed elsewhere"),
        // and the way on is keeping both: Replace is gone, "Keep both" has the keyboard.
        const refusal = await byTestId(browser, 'import-replace-refused');
        await refusal.waitForDisplayed({ timeoutMsg: 'no word that the plan was not replaced' });
        const keepBoth = await startMessage(browser, 'import_copy');
        assert.equal(await refusal.getText(), await startMessage(browser, 'import_replace_refused', { button: keepBoth }));
        assert.ok(await choice.isDisplayed(), 'the dialog stays open');
        assert.equal(await (await byTestId(browser, 'import-replace')).isExisting(), false, 'Replace is no longer offered');
        assert.equal(await browser.execute(() => document.activeElement?.getAttribute('data-testid')), 'import-copy');
        assert.equal((await allByTestId(browser, 'notice-error')).length, 0, 'no error toast besides the dialog');
        assert.equal((await invoke(browser, 'plan', { id: plan.id })).plan.decision_body, edited);
        assert.deepEqual(summary(await invoke(browser, 'plans')), before);

        // "Keep both" right there: the package comes in as a copy, the local edits stay.
        await (await byTestId(browser, 'import-copy')).click();
        await choice.waitForDisplayed({ reverse: true, timeoutMsg: 'the copy was not imported' });
        const after = await invoke(browser, 'plans');
        const added = after.filter((p) => !before.some((b) => b.startsWith(`${p.id} `)));
        assert.equal(added.length, 1, 'one plan added');
        assert.equal((await invoke(browser, 'plan', { id: added[0].id })).plan.decision_body, exportedBody);
        assert.equal((await invoke(browser, 'plan', { id: plan.id })).plan.decision_body, edited);
        assert.deepEqual(summary(after.filter((p) => p.id !== added[0].id)), before);
      }),
    );

    await t.test('import, "cancel" in the app\'s dialog, and cancel in the file dialog: nothing changes', () =>
      pictureOnFailure(browser, 'packages-cancel', async () => {
        const before = summary(await invoke(browser, 'plans'));
        const choice = await importThroughWindow(browser, file);
        await (await byTestId(browser, 'import-cancel')).click();
        await choice.waitForDisplayed({ reverse: true });
        assert.deepEqual(summary(await invoke(browser, 'plans')), before);

        await (await byTestId(browser, 'import-package')).click();
        await cancelFileDialog(await dialogTitle(browser, 'import_title'), { appPid: appPid() });
        assert.equal(await choice.isDisplayed(), false);
        assert.deepEqual(summary(await invoke(browser, 'plans')), before);
        assert.equal(await rows(browser), before.length);
      }),
    );

    await t.test('while the file dialog is open, Import, Export and Ctrl+O open no second one; the app still answers', () =>
      pictureOnFailure(browser, 'packages-one-dialog', async () => {
        const title = await dialogTitle(browser, 'import_title');
        const importButton = await byTestId(browser, 'import-package');
        await importButton.click();
        await waitForWindow(title);
        // The window still takes clicks and keys beside the GTK chooser; a second chooser used to leave
        // every later command unanswered.
        await importButton.click();
        await importButton.click();
        await (await browser.$(`[data-testid="plan-row"][data-plan-id="${plan.id}"] [data-testid="export-package"]`)).click();
        await browser.keys(['Control', 'o']);
        const plans = await answersWithin(browser, 5000, 'plans');
        assert.ok(plans.some((p) => p.id === plan.id));
        // One chooser to cancel, and then none is left (a second one would still be open).
        await cancelFileDialog(title, { appPid: appPid() });
        await answersWithin(browser, 5000, 'plans');

        // Closed, the next Import opens the chooser again.
        await importButton.click();
        await cancelFileDialog(title, { appPid: appPid() });
        assert.equal(await (await byTestId(browser, 'import-choice-dialog')).isDisplayed(), false);
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
