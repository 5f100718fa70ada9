// The executive office gathers a whole folder through the native folder chooser: the second round of
// the generated city's packages (a newer version of one plan, an older one of another, an unchanged
// one and a broken file), each refusal worded in Swedish and then in English from its typed reason.
// Then the partner load of the unlinked city (one partner's name in several units is one line), and
// a measure of an approved plan opened from the city view: shown, read-only, in the measures step.
// The city's logo, set in the app, stands beside the view's heading.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { allByTestId, appPid, byTestId, freshDb, invoke, launch, pictureOnFailure, quit, ROOT, screenshot, WORK } from '../lib/app.mjs';
import { cli, generatedCity, press, secondRound, showPanel } from '../lib/city.mjs';
import { answerFileDialog, dialogTitle } from '../lib/desktop.mjs';

const SHOTS = process.env.E2E_ARTIFACTS ?? path.join(WORK, 'shots');
const messages = JSON.parse(fs.readFileSync(path.join(ROOT, 'ui', 'src', 'lib', 'i18n', 'messages', 'city.json'), 'utf8'));

/** Each gathered file's line, by file name: [outcome, the text of its plan-or-reason cell]. */
async function gatheredLines(browser) {
  const lines = {};
  for (const line of await allByTestId(browser, 'gathered-file')) {
    const name = await (await line.$('th')).getText();
    lines[name] = [await line.getAttribute('data-outcome'), await (await line.$('td:last-child')).getText()];
  }
  return lines;
}

/** The fixed words of a message (the text between its `{placeholders}`), to find them in a longer text. */
const fixedWords = (message) => message.split(/\{[a-z_]+\}/).map((s) => s.trim()).filter((s) => s.length > 3);

test('a folder chosen in the folder chooser is gathered, refusals in both languages, and an approved plan opens at its measure', async () => {
  const source = path.join(WORK, `city-folder-source-${process.pid}.db`);
  const packages = generatedCity(source, path.join(WORK, 'city-folder-first'));
  const db = freshDb('city-folder');
  cli(db, 'import', path.join(WORK, 'city-folder-first'), '--json');
  const folder = path.join(WORK, 'city-folder-second');
  const { olderSlug } = secondRound(packages, folder);
  const olderTitle = JSON.parse(cli(db, 'plans', '--json')).find((p) => p.slug === olderSlug).title;

  const browser = await launch(db);
  try {
    await pictureOnFailure(browser, 'city-folder', async () => {
      await browser.execute(() => localStorage.setItem('safeplan.actor', JSON.stringify({ role: 'executive_office', name: 'Stadsledningskontoret' })));
      // The city's own look, set before: its logo is shown beside the city view's heading.
      const icon = path.join(ROOT, 'src-tauri/icons/32x32.png');
      await invoke(browser, 'set_city_look', { change: { name: 'Storholms stad', logo: { action: 'from', path: icon }, templates: { action: 'keep' } } });
      await browser.refresh();
      await (await byTestId(browser, 'lang-sv')).click();
      await (await byTestId(browser, 'gather-folder')).waitForDisplayed({ timeout: 15000 });
      const logo = await byTestId(browser, 'city-logo');
      await logo.waitForDisplayed({ timeout: 10000 });
      assert.equal(await browser.execute((img) => img.complete && img.naturalWidth, logo), 32);
      assert.match(await (await browser.$('#page-title')).getText(), /Storholms stad/);

      // The whole folder, chosen in the native folder chooser.
      await press(browser, 'gather-folder');
      await answerFileDialog(await dialogTitle(browser, 'gather_folder_title'), folder, { mode: 'folder', appPid: appPid() });
      await (await byTestId(browser, 'gather-result')).waitForDisplayed({ timeout: 15000 });
      let lines = await gatheredLines(browser);
      assert.deepEqual(Object.keys(lines).sort(), ['a-newer.safeplan', 'b-older.safeplan', 'c-same.safeplan', 'd-broken.safeplan']);
      assert.equal(lines['a-newer.safeplan'][0], 'updated');
      assert.match(lines['a-newer.safeplan'][1], /reviderad/);
      assert.equal(lines['c-same.safeplan'][0], 'unchanged');
      assert.equal(lines['b-older.safeplan'][0], 'refused');
      assert.equal(lines['d-broken.safeplan'][0], 'refused');
      const bar = await byTestId(browser, 'gather-progress');
      assert.equal(await bar.getAttribute('value'), '4');

      // The refusals in Swedish, with the older plan's title and both revisions; then in English.
      const older = (await invoke(browser, 'plans')).find((p) => p.slug === olderSlug);
      assert.equal(older.title, olderTitle, 'the older package changed nothing');
      for (const lang of ['sv', 'en']) {
        await (await byTestId(browser, `lang-${lang}`)).click();
        await browser.waitUntil(async () => (await browser.execute(() => document.documentElement.lang)) === lang);
        lines = await gatheredLines(browser);
        const [olderText, brokenText] = [lines['b-older.safeplan'][1], lines['d-broken.safeplan'][1]];
        for (const words of fixedWords(messages[lang].refusal_older_package)) assert.ok(olderText.includes(words), `${lang}: "${olderText}" lacks "${words}"`);
        assert.ok(olderText.includes(olderTitle), olderText);
        for (const words of fixedWords(messages[lang].refusal_bad_package)) assert.ok(brokenText.includes(words), `${lang}: "${brokenText}" lacks "${words}"`);
        await screenshot(browser, path.join(SHOTS, `city-folder-gathered-${lang}.png`));
      }
      await (await byTestId(browser, 'lang-sv')).click();

      // Partner load before anything is linked: a partner's name used in several units is one line,
      // as core counts it, and says that it is not linked yet.
      await showPanel(browser, 'partners');
      const figures = await invoke(browser, 'city_figures');
      const shared = figures.partner_load.filter((p) => !p.city_partner_id && p.units > 1);
      assert.ok(shared.length > 0, 'the generated city has one name in several units');
      const rows = await browser.$$('[data-testid="partner-load-row"][data-city="no"]');
      let found = 0;
      for (const row of rows) {
        const units = Number(await (await row.$('[data-testid="partner-units"]')).getText());
        if (units > 1) {
          found += 1;
          assert.match(await (await row.$('[data-testid="partner-unlinked"]')).getText(), new RegExp(`${units} förvaltningar`));
        }
      }
      assert.equal(found, shared.length);
      await screenshot(browser, path.join(SHOTS, 'city-folder-partners.png'));

      // A measure of an approved plan, opened from the look-alike measures: its step shows it, read-only.
      // The one furthest down its plan's list, so the step has to bring it into view.
      await showPanel(browser, 'lookalikes');
      const approved = new Set(figures.plans.filter((r) => r.plan?.status === 'approved').map((r) => r.plan.id));
      const listed = figures.lookalikes.flatMap((g) => g.measures);
      const lists = {};
      let [index, depth] = [-1, -1];
      for (const [i, m] of listed.entries()) {
        if (!approved.has(m.plan_id)) continue;
        lists[m.plan_id] ??= (await invoke(browser, 'plan', { id: m.plan_id })).measures.map((x) => x.id);
        const at = lists[m.plan_id].indexOf(m.measure_id);
        if (at > depth) [index, depth] = [i, at];
      }
      assert.ok(depth >= 3, `an approved plan has a look-alike measure far down its list (${depth})`);
      const measure = listed[index];
      const open = (await allByTestId(browser, 'open-lookalike'))[index];
      assert.equal(await open.getAttribute('data-measure-id'), measure.measure_id);
      await open.scrollIntoView({ block: 'center' });
      await open.click();
      await browser.waitUntil(async () => (await browser.$('#main').getAttribute('data-step')) === 'measures', { timeout: 10000 });
      await (await byTestId(browser, 'read-only-notice')).waitForDisplayed({ timeout: 10000 });
      const card = await browser.$(`[data-testid="reading-item"][data-id="${measure.measure_id}"]`);
      await card.waitForDisplayed({ timeout: 10000 });
      await browser.waitUntil(
        async () => (await browser.execute(() => document.activeElement?.getAttribute('data-id'))) === measure.measure_id,
        { timeout: 10000, timeoutMsg: 'the opened measure did not get the focus' },
      );
      const inView = await browser.execute((el) => {
        const r = el.getBoundingClientRect();
        return r.top >= 0 && r.top < window.innerHeight;
      }, card);
      assert.ok(inView, 'the opened measure is in view');
      assert.match(await card.getText(), new RegExp(measure.title.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
      await screenshot(browser, path.join(SHOTS, 'city-folder-measure.png'));
      await (await byTestId(browser, 'back-to-plans')).click();
      await (await byTestId(browser, 'city-panel')).waitForDisplayed({ timeout: 10000 });
    });
  } finally {
    // The next spec starts as the planner, in Swedish, as a fresh install does.
    await browser.execute(() => {
      localStorage.removeItem('safeplan.actor');
      localStorage.removeItem('safeplan.locale');
    }).catch(() => {});
    await quit(browser);
  }
});
