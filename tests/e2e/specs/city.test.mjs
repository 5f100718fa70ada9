// The city executive office in the real window: the 18-unit generated city already gathered, then a
// folder chosen in the native dialog holding a newer version of one plan, an older one of another, an
// unchanged one and a broken file; the per-file result; linking two partners and two indicators; the
// city view's figures against what core says; a measure opened from the list of measures to review;
// and axe-core on every panel in Swedish and English.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {
  allByTestId,
  appPid,
  byTestId,
  freshDb,
  invoke,
  launch,
  pictureOnFailure,
  quit,
  ROOT,
  screenshot,
  setNative,
  typeInto,
  WORK,
} from '../lib/app.mjs';
import { cli, generatedCity, press, secondRound, showPanel } from '../lib/city.mjs';
import { answerFileDialog, dialogTitle } from '../lib/desktop.mjs';

const AXE_SOURCE = fs.readFileSync(path.join(ROOT, 'ui', 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
const PANELS = ['plans', 'coverage', 'measures', 'partners', 'lookalikes', 'indicators', 'look'];
const SHOTS = process.env.E2E_ARTIFACTS ?? path.join(WORK, 'shots');

async function axe(browser) {
  const loaded = await browser.execute(`${AXE_SOURCE}\n;return typeof window.axe === 'object';`);
  assert.ok(loaded, 'axe-core did not load into the window');
  await browser.execute(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const result = await browser.executeAsync((tags, done) => {
    window.axe
      .run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
      .then(
        (r) => done({ violations: r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) })) }),
        (e) => done({ error: String(e) }),
      );
  }, TAGS);
  assert.ok(!result.error, `axe failed: ${result.error}`);
  return result.violations;
}

test('the executive office gathers a folder, links, reads the city view and opens a measure', async () => {
  const source = path.join(WORK, `city-source-${process.pid}.db`);
  const packages = generatedCity(source, path.join(WORK, 'city-first'));
  const slugs = Object.keys(packages).sort();
  assert.equal(slugs.length, 18);

  // This computer has gathered the city once already.
  const db = freshDb('city');
  const first = JSON.parse(cli(db, 'import', path.join(WORK, 'city-first'), '--json'));
  assert.equal(first.filter((f) => f.outcome === 'imported').length, 18);

  // The second round: a newer version of one plan, an older one of another, one unchanged, one broken.
  const folder = path.join(WORK, 'city-second');
  secondRound(packages, folder);

  const browser = await launch(db);
  try {
    await pictureOnFailure(browser, 'city', async () => {
      // The executive office's home is the city view.
      await browser.execute(() => localStorage.setItem('safeplan.actor', JSON.stringify({ role: 'executive_office', name: 'Stadsledningskontoret' })));
      await browser.refresh();
      await (await byTestId(browser, 'gather-folder')).waitForDisplayed({ timeout: 15000 });
      await (await byTestId(browser, 'city-plans')).waitForDisplayed({ timeout: 15000 });
      assert.equal((await allByTestId(browser, 'city-plan-row')).length >= 18, true);

      // GTK's folder chooser opens on its recent places, where typing searches instead of going to a
      // path; so the packages are chosen as several files, every file in the folder.
      await (await byTestId(browser, 'gather-files')).click();
      await answerFileDialog(await dialogTitle(browser, 'gather_files_title'), folder, { mode: 'all-in-folder', appPid: appPid() });
      const result = await byTestId(browser, 'gather-result');
      await result.waitForDisplayed({ timeout: 15000 });
      const lines = await allByTestId(browser, 'gathered-file');
      const outcomes = {};
      for (const line of lines) {
        const name = await (await line.$('th')).getText();
        outcomes[name] = [await line.getAttribute('data-outcome'), await line.getText()];
      }
      assert.equal(outcomes['a-newer.safeplan'][0], 'updated');
      assert.match(outcomes['a-newer.safeplan'][1], /reviderad/);
      assert.equal(outcomes['b-older.safeplan'][0], 'refused');
      assert.equal(outcomes['c-same.safeplan'][0], 'unchanged');
      assert.equal(outcomes['d-broken.safeplan'][0], 'refused');
      assert.ok(outcomes['d-broken.safeplan'][1].length > 'd-broken.safeplan'.length + 10, 'a refused file says why');
      const bar = await byTestId(browser, 'gather-progress');
      assert.equal(await bar.getAttribute('value'), '4');
      assert.equal(await bar.getAttribute('max'), '4');
      await screenshot(browser, path.join(SHOTS, 'city-gathered.png'));

      // Coverage: every cell's count is what core computes.
      const figures = await invoke(browser, 'city_figures');
      await showPanel(browser, 'coverage');
      const rows = await allByTestId(browser, 'coverage-row');
      assert.equal(rows.length, figures.coverage.rows.length);
      for (const [i, row] of rows.entries()) {
        const shown = [];
        for (const cell of await row.$$('td')) shown.push(parseInt(await cell.getText(), 10));
        const want = figures.coverage.rows[i];
        assert.deepEqual(shown, [want.units_with_challenge, ...want.units_by_level], want.category);
      }
      await screenshot(browser, path.join(SHOTS, 'city-coverage.png'));

      // Two partners linked by hand to one city partner.
      await showPanel(browser, 'partners');
      const links = await invoke(browser, 'city_links');
      const police = links.partners.filter((p) => p.partner_type === 'police').slice(0, 2);
      assert.equal(police.length, 2, 'the generated city has police partners');
      for (const [n, p] of police.entries()) {
        await setNative(browser, await byTestId(browser, 'link-partner-which'), p.partner_id);
        await typeInto(await byTestId(browser, 'link-partner-city'), 'Polismyndigheten');
        await press(browser, 'link-partner-submit');
        await browser.waitUntil(async () => {
          const now = await invoke(browser, 'city_links');
          return now.partners.find((x) => x.partner_id === p.partner_id)?.city_partner_id;
        }, { timeoutMsg: `${p.name} was not linked` });
        await browser.waitUntil(async () => (await allByTestId(browser, 'partner-link')).length === n + 1, { timeout: 30000 });
      }
      await browser.waitUntil(async () => (await allByTestId(browser, 'partner-link')).length === 2, { timeout: 30000 });
      // And one group of suggested names linked at once.
      const group = (await allByTestId(browser, 'suggestion-group'))[0];
      const groupSize = Number((await (await group.$('[data-testid="accept-group"]')).getText()).match(/\d+/)[0]);
      // From the keyboard: the notices of the links just made sit over the right-hand buttons.
      await browser.execute((el) => el.focus(), await group.$('[data-testid="accept-group"]'));
      await browser.keys('Enter');
      await browser.waitUntil(async () => (await allByTestId(browser, 'partner-link')).length === 2 + groupSize, {
        timeout: 30000,
        timeoutMsg: `the group of ${groupSize} suggested names was not linked`,
      });
      // The partner load counts the two linked partners as one, as core does.
      const load = (await invoke(browser, 'city_figures')).partner_load.find((p) => p.name === 'Polismyndigheten');
      assert.ok(load.units >= 2, JSON.stringify(load));
      let loadRow = null;
      for (const row of await browser.$$('[data-testid="partner-load-row"][data-city="yes"]')) {
        if ((await (await row.$('th')).getText()).startsWith('Polismyndigheten')) loadRow = row;
      }
      assert.ok(loadRow, 'Polismyndigheten is a row of the partner load');
      assert.equal(await (await loadRow.$('[data-testid="partner-units"]')).getText(), String(load.units));
      await screenshot(browser, path.join(SHOTS, 'city-partners.png'));

      // Two indicators of the same kind, unit and direction linked to one city indicator.
      await showPanel(browser, 'indicators');
      const all = (await invoke(browser, 'city_links')).indicators;
      const first = all[0];
      const twin = all.find((i) => i.plan_id !== first.plan_id && i.kind === first.kind && i.unit === first.unit && i.direction === first.direction);
      assert.ok(twin, 'two plans share an indicator of one kind, unit and direction');
      for (const [n, i] of [first, twin].entries()) {
        await setNative(browser, await byTestId(browser, 'link-indicator-which'), `${i.plan_id}/${i.indicator_id}`);
        await typeInto(await byTestId(browser, 'link-indicator-city'), 'Stadens indikator');
        await press(browser, 'link-indicator-submit');
        await browser.waitUntil(async () => (await invoke(browser, 'city_links')).indicators.find((x) => x.plan_id === i.plan_id && x.indicator_id === i.indicator_id)?.city_indicator_id, { timeoutMsg: `${i.name} was not linked` });
        await browser.waitUntil(async () => (await allByTestId(browser, 'indicator-link')).length === n + 1, { timeout: 30000 });
      }
      const table = await byTestId(browser, 'city-indicator-table');
      await table.waitForDisplayed({ timeout: 10000 });
      await browser.waitUntil(async () => (await table.$$('tbody tr')).length === 2, { timeout: 30000, timeoutMsg: 'both units side by side' });
      assert.ok(await browser.$('#city-indicator-chart-title').isExisting(), 'the chart is drawn');
      await (await browser.$('#city-indicator')).scrollIntoView({ block: 'start' });
      await screenshot(browser, path.join(SHOTS, 'city-indicators.png'));

      // Look-alike measures: as many groups as core finds.
      await showPanel(browser, 'lookalikes');
      const groups = await allByTestId(browser, 'lookalike-group');
      assert.equal(groups.length, figures.lookalikes.length);
      assert.ok(groups.length > 0, 'the generated city has look-alike measures');
      await screenshot(browser, path.join(SHOTS, 'city-lookalikes.png'));

      // The city's look: its name and logo, chosen in the native dialog, kept and shown.
      await showPanel(browser, 'look');
      await typeInto(await byTestId(browser, 'look-name'), 'Storholms stad');
      await press(browser, 'look-choose-logo');
      await answerFileDialog(await dialogTitle(browser, 'logo_title'), path.join(ROOT, 'src-tauri/icons/32x32.png'), { mode: 'open', appPid: appPid() });
      await browser.waitUntil(async () => (await (await byTestId(browser, 'look-logo-state')).getText()).includes('32x32.png'));
      await press(browser, 'look-save');
      await browser.waitUntil(async () => (await (await byTestId(browser, 'look-logo-state')).getText()).includes('32 × 32'), { timeout: 30000, timeoutMsg: 'the logo was not kept' });
      const look = await invoke(browser, 'city_look');
      assert.equal(look.name, 'Storholms stad');
      assert.equal(look.logo.width, 32);
      // A file that is not an image is refused, and the message says which file.
      const notImage = path.join(WORK, 'not-a-logo.png');
      fs.writeFileSync(notImage, 'text, not an image');
      await press(browser, 'look-choose-logo');
      await answerFileDialog(await dialogTitle(browser, 'logo_title'), notImage, { mode: 'open', appPid: appPid() });
      await press(browser, 'look-save');
      const lookError = await byTestId(browser, 'look-error');
      await lookError.waitForDisplayed({ timeout: 10000 });
      assert.match(await lookError.getText(), /not-a-logo\.png/);
      await screenshot(browser, path.join(SHOTS, 'city-look.png'));

      // axe on every panel, in both languages. The city's panels are long (hundreds of rows and
      // links), so axe may take longer than WebDriver's default half minute on a busy machine.
      await browser.setTimeout({ script: 180000 });
      for (const lang of ['sv', 'en']) {
        await (await byTestId(browser, `lang-${lang}`)).click();
        for (const p of PANELS) {
          await showPanel(browser, p);
          const violations = await axe(browser);
          assert.deepEqual(violations, [], `${lang} ${p}: ${JSON.stringify(violations, null, 1)}`);
        }
      }

      // A measure from the list of measures to review opens in its plan.
      await showPanel(browser, 'measures');
      const open = await byTestId(browser, 'open-measure');
      const measureId = await open.getAttribute('data-measure-id');
      await open.click();
      await browser.waitUntil(async () => (await browser.$('#main').getAttribute('data-step')) === 'measures', { timeout: 10000 });
      await screenshot(browser, path.join(SHOTS, 'city-measure-opened.png'));
      assert.ok(measureId);
      await (await byTestId(browser, 'back-to-plans')).click();
      await (await byTestId(browser, 'city-panel')).waitForDisplayed({ timeout: 10000 });
      assert.equal(await (await byTestId(browser, 'city-tab-measures')).getAttribute('aria-selected'), 'true');

      // The city action plan, printed from the city view: every live plan's title is in it, and the
      // readers' basic checks pass.
      const pdf = path.join(WORK, 'city-e2e.pdf');
      fs.rmSync(pdf, { force: true });
      await (await byTestId(browser, 'city-print')).click();
      await answerFileDialog(await dialogTitle(browser, 'city_pdf_title'), pdf, { mode: 'save', appPid: appPid() });
      const status = await byTestId(browser, 'city-print-status');
      await browser.waitUntil(async () => (await status.getAttribute('data-state')) !== 'running', {
        timeout: 120000,
        timeoutMsg: 'the city plan did not finish printing',
      });
      assert.equal(await status.getAttribute('data-state'), 'done', await status.getText());
      execFileSync('qpdf', ['--check', pdf]);
      assert.match(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }), /Tagged:\s+yes/);
      const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      const plans = (await invoke(browser, 'plans')).filter((p) => p.status !== 'archived');
      assert.ok(plans.length >= 18);
      for (const p of plans) {
        const title = p.title.replace(/\s+/g, ' ');
        assert.ok(text.includes(title.slice(0, 40)), `the city plan has no "${title}"`);
      }
    });
  } finally {
    // The next spec starts as the planner, as a fresh install does (the role is kept in the window's storage).
    await browser.execute(() => localStorage.removeItem('safeplan.actor')).catch(() => {});
    await quit(browser);
  }
});
