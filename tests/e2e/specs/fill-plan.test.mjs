// A planner's whole journey: load the demo city (for its units), create a plan, fill every step through
// the screens, watch the readiness turn green, and export a PDF that holds the plan's title.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {
  allByTestId,
  byTestId,
  createPlan,
  freshDb,
  goToStep,
  inLastCard,
  invoke,
  launch,
  pictureOnFailure,
  quit,
  setNative,
  typeInto,
  waitSaved,
  WORK,
} from '../lib/app.mjs';

const TITLE = 'Trygghetsplan Testby 2027–2029';

async function type(browser, testid, text) {
  const field = await byTestId(browser, testid);
  await field.waitForDisplayed();
  await typeInto(field, text);
}

test('create a plan, fill every step, see it ready, export a PDF', async (t) => {
  const browser = await launch(freshDb('fill'));
  try {
    await (await byTestId(browser, 'load-demo')).click();
    await (await byTestId(browser, 'plan-list')).waitForDisplayed({ timeout: 15000 });
    await createPlan(browser, TITLE);

    await t.test('step 1: the plan', async () => {
      await goToStep(browser, 'plan');
      await type(browser, 'plan-decision-body', 'Stadsdelsnämnden i Testby');
      await waitSaved(browser);
    });

    await t.test('step 2: the situational picture and a challenge', async () => {
      await goToStep(browser, 'lagesbild');
      await type(browser, 'lagesbild-extent', 'Anmälda brott ökade i centrum under 2025.');
      await type(browser, 'lagesbild-consequences', 'Boende undviker torget på kvällarna.');
      await type(browser, 'lagesbild-cause-analysis', 'Få vuxna i rörelse; unga rekryteras till kriminella nätverk.');
      await (await byTestId(browser, 'challenge-add')).click();
      await typeInto(await inLastCard(browser, 'challenge-card', 'challenge-title'), 'Rekrytering av unga till nätverk');
      await waitSaved(browser);
    });

    await t.test('step 3: statistics with an indicator and three observations', async () => {
      await goToStep(browser, 'statistics');
      await (await byTestId(browser, 'indicator-add')).click();
      await typeInto(await inLastCard(browser, 'indicator-card', 'indicator-name'), 'Anmälda rån i centrum');
      await typeInto(await inLastCard(browser, 'indicator-card', 'indicator-source'), 'Polisen, öppen statistik');
      for (const [period, value] of [['2023', '41'], ['2024', '37'], ['2025', '33']]) {
        await (await inLastCard(browser, 'indicator-card', 'observation-add')).click();
        const rows = await allByTestId(browser, 'observation-row');
        const row = rows[rows.length - 1];
        await typeInto(await row.$('[data-testid="observation-period"]'), period);
        await typeInto(await row.$('[data-testid="observation-value"]'), value);
      }
      await waitSaved(browser);
    });

    await t.test('step 4: a measure that answers the challenge, with owner, time and follow-up', async () => {
      await goToStep(browser, 'measures');
      await (await byTestId(browser, 'measure-add-universal')).click();
      await typeInto(await inLastCard(browser, 'measure-card', 'measure-title'), 'Vuxna på torget');
      await typeInto(await inLastCard(browser, 'measure-card', 'measure-owner'), 'Fritidsenheten');
      const challenges = await inLastCard(browser, 'measure-card', 'measure-challenges');
      const box = await challenges.$('input[type="checkbox"]');
      if (!(await box.isSelected())) await box.click();
      await setNative(browser, await inLastCard(browser, 'measure-card', 'measure-start'), '2027-01-01');
      await setNative(browser, await inLastCard(browser, 'measure-card', 'measure-end'), '2029-12-31');
      await (await inLastCard(browser, 'measure-card', 'measure-follow-up-add')).click();
      // A partner from the city's registry, with its role.
      const choose = await inLastCard(browser, 'measure-card', 'measure-partner-choose');
      const option = await (await choose.$$('option'))[1].getAttribute('value');
      await setNative(browser, choose, option);
      await (await inLastCard(browser, 'measure-card', 'measure-partner-add')).click();
      await browser.waitUntil(async () => (await allByTestId(browser, 'measure-partner-row')).length > 0);
      await waitSaved(browser);
    });

    await t.test('step 5: the partners step shows the registry and who the plan leans on', async () => {
      await goToStep(browser, 'partners');
      await browser.waitUntil(async () => (await allByTestId(browser, 'partner-card')).length > 0);
      assert.notEqual(await (await byTestId(browser, 'step-partners')).getAttribute('data-state'), 'not_started');
    });

    await t.test('step 5: a new partner in the registry', () =>
      pictureOnFailure(browser, 'fill-partners', async () => {
        const before = (await allByTestId(browser, 'partner-card')).length;
        // Without a name nothing is saved: the field says what is missing.
        await (await byTestId(browser, 'partner-add')).click();
        assert.equal(await (await byTestId(browser, 'partner-new-name')).getAttribute('aria-invalid'), 'true');
        assert.equal((await allByTestId(browser, 'partner-card')).length, before);
        await typeInto(await byTestId(browser, 'partner-new-name'), 'Testbys idrottsförening');
        await (await byTestId(browser, 'partner-add')).click();
        await browser.waitUntil(async () => (await allByTestId(browser, 'partner-card')).length === before + 1, {
          timeout: 3000,
          timeoutMsg: 'no new partner card',
        });
        await browser.waitUntil(
          async () => (await invoke(browser, 'partners')).some((p) => p.name === 'Testbys idrottsförening'),
          { timeout: 5000, timeoutMsg: 'the partner was not saved' },
        );
        // Its card is open for the rest: the type is chosen there and saved to the registry.
        const type = await browser.$('[data-testid="partner-type"]:focus');
        await type.waitForExist({ timeout: 3000, timeoutMsg: 'the new card\'s type is not focused' });
        await setNative(browser, type, 'civil_society_sports');
        await browser.waitUntil(
          async () => (await invoke(browser, 'partners')).some((p) => p.name === 'Testbys idrottsförening' && p.partner_type === 'civil_society_sports'),
          { timeout: 5000, timeoutMsg: 'the partner type was not saved' },
        );
        assert.equal(await (await byTestId(browser, 'partner-new-name')).getValue(), '', 'the add field is emptied');
      }),
    );

    await t.test('step 6: a routine', async () => {
      await goToStep(browser, 'responsibilities');
      await (await byTestId(browser, 'responsibility-add')).click();
      await typeInto(await inLastCard(browser, 'responsibility-card', 'responsibility-situation'), 'En skjutning i området');
      await typeInto(await inLastCard(browser, 'responsibility-card', 'responsibility-who-acts'), 'Trygghetssamordnaren');
      await waitSaved(browser);
    });

    await t.test('step 7: the follow-up plan', async () => {
      await goToStep(browser, 'follow_up');
      await type(browser, 'follow-up-when', 'Varje halvår');
      await type(browser, 'follow-up-how', 'Indikatorerna och åtgärdernas status');
      await type(browser, 'follow-up-by-whom', 'Trygghetssamordnaren');
      await type(browser, 'follow-up-reported-to', 'Stadsdelsnämnden');
      await waitSaved(browser);
    });

    await t.test('step 8: the readiness is green', async () => {
      await goToStep(browser, 'check');
      const summary = await byTestId(browser, 'readiness-summary');
      await browser.waitUntil(async () => (await summary.getAttribute('class')).includes('summary-ok'), {
        timeout: 8000,
        timeoutMsg: `not ready: ${await summary.getText()}`,
      });
      for (const step of ['plan', 'lagesbild', 'measures', 'check']) {
        const state = await (await byTestId(browser, `step-${step}`)).getAttribute('data-state');
        assert.notEqual(state, 'attention', `${step} still needs attention`);
      }
    });

    await t.test('the start screen shows the plan as ready to submit', async () => {
      await (await byTestId(browser, 'back-to-plans')).click();
      const row = await browser.waitUntil(
        async () => {
          for (const r of await allByTestId(browser, 'plan-row')) {
            if ((await r.getText()).includes(TITLE)) return r;
          }
          return false;
        },
        { timeout: 8000, timeoutMsg: 'the plan is not in the list' },
      );
      const badge = await row.$('[data-testid="readiness"]');
      assert.match(await badge.getAttribute('class'), /tag-success/);
    });

    await t.test('a PDF export holds the plan title', async () => {
      const plans = await invoke(browser, 'plans');
      const plan = plans.find((p) => p.title === TITLE);
      const pdf = path.join(WORK, 'testby.pdf');
      const pages = await invoke(browser, 'export_pdf', {
        id: plan.id,
        path: pdf,
        options: { template: '', locale: null, template_dir: null, logo: null, date: '2027-01-15' },
      });
      assert.ok(pages >= 1);
      assert.ok(fs.statSync(pdf).size > 1000);
      const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      assert.ok(text.includes('Trygghetsplan Testby'), 'the PDF names the plan');
    });
  } finally {
    await quit(browser);
  }
});
