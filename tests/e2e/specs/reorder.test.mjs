// Reordering in the real window: a demo plan's challenges moved with the move buttons and with
// Alt+ArrowUp/Down on a card, the focus staying on the moved card so it can be moved again, the new place
// announced, the order in the database after each move and after a restart, and Ctrl+Z putting it back.
// Then a measure moved among those of its prevention level. Also reads the in-app keystroke-to-save
// measures (performance entries) after typing, as tests/e2e/bench.mjs does.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allByTestId, byTestId, freshDb, goToStep, invoke, launch, pictureOnFailure, quit, waitSaved, withdrawToDraft } from '../lib/app.mjs';

/** The titles of the cards `testid` as the screen shows them, top to bottom. */
async function shownTitles(browser, testid) {
  const titles = [];
  for (const card of await allByTestId(browser, testid)) titles.push(await card.$('.item-title').getText());
  return titles;
}

/** What the live region says (visually hidden, so WebDriver's getText, which reads what is shown, gives ''). */
const announced = async (browser) => (await (await byTestId(browser, 'reorder-status')).getProperty('textContent')).trim();

/** The element that has the focus: its id, and the id of the card it is in. */
const focused = (browser) =>
  browser.execute(() => ({ id: document.activeElement?.id ?? '', card: document.activeElement?.closest('li.item-card')?.id ?? '' }));

async function openPlan(browser, planId) {
  await (await byTestId(browser, 'plan-list')).waitForDisplayed({ timeout: 15000 });
  await browser.$(`[data-testid="plan-row"][data-plan-id="${planId}"] [data-testid="open-plan"]`).click();
  await (await byTestId(browser, 'plan-title')).waitForDisplayed();
}

async function expectOrder(browser, planId, ids, titles, message) {
  await browser.waitUntil(async () => (await shownTitles(browser, 'challenge-card')).join('|') === titles.join('|'), {
    timeout: 5000,
    timeoutMsg: `${message}: the screen shows ${(await shownTitles(browser, 'challenge-card')).join(' | ')}`,
  });
  await waitSaved(browser);
  const saved = (await invoke(browser, 'plan', { id: planId })).challenges.map((c) => c.id);
  assert.deepEqual(saved, ids, `${message}: the database's order`);
}

test('challenges reordered by buttons and keyboard are saved, survive a restart, and undo restores them', async () => {
  const db = freshDb('reorder');
  let browser = await launch(db);
  let planId;
  let before;
  try {
    // In Swedish, whatever the system asks for: the labels below are checked word for word.
    await (await byTestId(browser, 'lang-sv')).click();
    await browser.waitUntil(async () => (await browser.execute(() => document.documentElement.lang)) === 'sv');
    await (await byTestId(browser, 'load-demo')).click();
    await (await byTestId(browser, 'plan-list')).waitForDisplayed({ timeout: 15000 });
    // A demo plan with at least three challenges.
    for (const p of await invoke(browser, 'plans')) {
      const doc = await invoke(browser, 'plan', { id: p.id });
      if (doc.challenges.length >= 3) {
        planId = p.id;
        before = doc.challenges;
        break;
      }
    }
    assert.ok(planId, 'no demo plan has three challenges');
    // A plan sent on is read-only: the planner withdraws it to reorder it.
    await withdrawToDraft(browser, planId);
    await openPlan(browser, planId);
    await goToStep(browser, 'lagesbild');

    const [a, b, c, ...rest] = before;
    const ids = (...xs) => [...xs, ...rest].map((x) => x.id);
    const titles = (...xs) => [...xs, ...rest].map((x) => x.title);
    await pictureOnFailure(browser, 'reorder-buttons', async () => {
      assert.deepEqual(await shownTitles(browser, 'challenge-card'), titles(a, b, c));
      const cards = await allByTestId(browser, 'challenge-card');
      const up = await cards[0].$('[data-testid="move-up"]');
      const down = await cards[0].$('[data-testid="move-down"]');
      assert.equal(await up.isEnabled(), false, 'the first card cannot move up');
      assert.equal(await (await cards.at(-1).$('[data-testid="move-down"]')).isEnabled(), false, 'the last cannot move down');
      assert.equal(await down.getAttribute('aria-label'), `Flytta ”${a.title}” nedåt`);

      // The button: the first challenge one place down; the focus stays on its button.
      await down.click();
      await expectOrder(browser, planId, ids(b, a, c), titles(b, a, c), 'after the move-down button');
      assert.deepEqual(await focused(browser), { id: `challenge-${a.id}-move-down`, card: `challenge-${a.id}` });
      assert.equal(
        await announced(browser),
        `”${a.title}” ligger nu på plats 2 av ${before.length}.`,
      );
    });

    await pictureOnFailure(browser, 'reorder-keys', async () => {
      // The keyboard: the third card's header focused, Alt+ArrowUp twice takes it to the top.
      await browser.execute((id) => document.querySelector(`#challenge-${id} summary`).focus(), c.id);
      await browser.keys(['Alt', 'ArrowUp']);
      await expectOrder(browser, planId, ids(b, c, a), titles(b, c, a), 'after one Alt+ArrowUp');
      assert.equal((await focused(browser)).card, `challenge-${c.id}`, 'the focus stays on the moved card');
      await browser.keys(['Alt', 'ArrowUp']);
      await expectOrder(browser, planId, ids(c, b, a), titles(c, b, a), 'after a second Alt+ArrowUp');
      assert.equal((await focused(browser)).card, `challenge-${c.id}`);
      assert.match(await announced(browser), /plats 1 av/);
      // At the top already: nothing moves, nothing is written.
      const revision = (await invoke(browser, 'plan', { id: planId })).plan.revision;
      await browser.keys(['Alt', 'ArrowUp']);
      await browser.pause(300);
      assert.equal((await invoke(browser, 'plan', { id: planId })).plan.revision, revision);
    });
  } finally {
    await quit(browser);
  }

  // A restart on the same database shows the new order.
  browser = await launch(db);
  try {
    const [a, b, c, ...rest] = before;
    const ids = (...xs) => [...xs, ...rest].map((x) => x.id);
    const titles = (...xs) => [...xs, ...rest].map((x) => x.title);
    await openPlan(browser, planId);
    await goToStep(browser, 'lagesbild');
    await pictureOnFailure(browser, 'reorder-restart', async () => {
      await expectOrder(browser, planId, ids(c, b, a), titles(c, b, a), 'after a restart');

      // Undo takes back one move at a time, on screen and in the database; redo does it again.
      await browser.execute((id) => document.querySelector(`#challenge-${id} summary`).focus(), a.id);
      await browser.keys(['Alt', 'ArrowUp']);
      await expectOrder(browser, planId, ids(c, a, b), titles(c, a, b), 'after Alt+ArrowUp on the last');
      await browser.keys(['Control', 'z']);
      await expectOrder(browser, planId, ids(c, b, a), titles(c, b, a), 'after Ctrl+Z');
      await browser.keys(['Control', 'Shift', 'z']);
      await expectOrder(browser, planId, ids(c, a, b), titles(c, a, b), 'after Ctrl+Shift+Z');
      await (await byTestId(browser, 'undo')).click();
      await expectOrder(browser, planId, ids(c, b, a), titles(c, b, a), 'after the undo button');
    });

    // A measure moves among the measures of its prevention level (the tab it is shown in).
    await goToStep(browser, 'measures');
    await pictureOnFailure(browser, 'reorder-measures', async () => {
      const doc = await invoke(browser, 'plan', { id: planId });
      const level = ['universal', 'selective', 'indicated'].find((l) => doc.measures.filter((m) => m.level === l).length >= 2);
      assert.ok(level, 'no level with two measures in the demo plan');
      await (await byTestId(browser, `measures-tab-${level}`)).click();
      const inLevel = doc.measures.filter((m) => m.level === level);
      const cards = await allByTestId(browser, 'measure-card');
      assert.deepEqual(await shownTitles(browser, 'measure-card'), inLevel.map((m) => m.title));
      await (await cards[0].$('[data-testid="move-down"]')).click();
      await waitSaved(browser);
      const after = (await invoke(browser, 'plan', { id: planId })).measures;
      const expected = [inLevel[1], inLevel[0], ...inLevel.slice(2)].map((m) => m.id);
      assert.deepEqual(after.filter((m) => m.level === level).map((m) => m.id), expected);
      // The other levels' measures keep their order.
      const others = (list) => list.filter((m) => m.level !== level).map((m) => m.id);
      assert.deepEqual(others(after), others(doc.measures));
      assert.deepEqual(await focused(browser), { id: `measure-${inLevel[0].id}-move-down`, card: `measure-${inLevel[0].id}` });
    });

    // The in-app keystroke-to-save measures: one per key typed, each from its input event to the save.
    await goToStep(browser, 'plan');
    const field = await byTestId(browser, 'plan-decision-body');
    await field.click();
    await browser.execute(() => performance.clearMeasures('safeplan:keystroke-to-save'));
    const typed = 'Nämnden';
    for (const ch of typed) {
      await field.addValue(ch);
      await browser.pause(60);
    }
    await waitSaved(browser);
    const measures = await browser.execute(() =>
      performance.getEntriesByName('safeplan:keystroke-to-save').map((e) => ({ start: e.startTime, ms: e.duration })),
    );
    assert.equal(measures.length, typed.length, `one measure per keystroke: ${JSON.stringify(measures)}`);
    for (const m of measures) assert.ok(m.ms >= 0 && m.ms < 5000, `a measure of ${m.ms} ms`);
    const sorted = measures.map((m) => m.ms).sort((x, y) => x - y);
    console.log(`in-app keystroke-to-save (debug build, ${sorted.length} keys): median ${sorted[sorted.length >> 1].toFixed(1)} ms, max ${sorted.at(-1).toFixed(1)} ms`);
  } finally {
    await quit(browser);
  }
});
