// Plan packages through the app's own commands (the native file dialogs in front of them cannot be
// driven by WebDriver): export writes a file; importing it again is refused until the user chooses
// "keep both" or "replace"; errors arrive as {code, message}.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { byTestId, freshDb, invoke, launch, quit, WORK } from '../lib/app.mjs';

test('export a package, import it back as a copy, and see it in the list', async () => {
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
