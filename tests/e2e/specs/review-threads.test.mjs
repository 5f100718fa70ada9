// A review round in the real window. The advisor (chosen with the role picker) comments on a measure
// and suggests a new cause analysis on the demo plan that is in review, reading the plan where its fields
// are hidden. The planner then sees the open comments in the step list, opens the thread from its
// marker and replies; once the advisor has requested changes, the planner accepts the suggestion, undoes
// it (the old text and the open suggestion come back), and accepts it again. The review panel filters
// the threads, and axe-core finds no serious violation on the panel or a thread, in Swedish and English.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { allByTestId, byTestId, freshDb, goToStep, invoke, launch, pictureOnFailure, quit, screenshot, setNative, typeInto, waitSaved } from '../lib/app.mjs';
import { checkScreen, setLanguage } from '../lib/axe.mjs';
import { actAs, closeDialog, commentAt, forgetActor, openMarker, suggestAt } from '../lib/review.mjs';

const NEW_CAUSE = 'Few adults out in the evenings, crowded housing and older youths who recruit younger ones.';
const shots = process.env.E2E_ARTIFACTS;

async function shot(browser, name) {
  if (shots) await screenshot(browser, path.join(shots, `review-${name}.png`));
}

/** Switches the language under an open dialog (the top bar is behind it, as the keyboard shortcut would). */
async function switchLanguage(browser, lang) {
  await browser.execute((l) => document.querySelector(`[data-testid="lang-${l}"]`).click(), lang);
  await browser.waitUntil(async () => (await browser.execute(() => document.documentElement.lang)) === lang);
}

const stepThreads = async (browser, step) => {
  const mark = await browser.$(`[data-testid="step-${step}"] [data-testid="step-threads"]`);
  return (await mark.isExisting()) ? Number(await mark.getAttribute('data-count')) : 0;
};

test('the advisor comments and suggests; the planner replies, accepts, undoes and accepts again', async () => {
  const browser = await launch(freshDb('review-threads'));
  try {
    await setLanguage(browser, 'en');
    await (await byTestId(browser, 'load-demo')).click();
    await (await byTestId(browser, 'plan-list')).waitForDisplayed({ timeout: 15000 });
    const plan = (await invoke(browser, 'plans')).find((p) => p.status === 'in_review');
    assert.ok(plan, 'the demo has a plan in review');
    const doc = await invoke(browser, 'plan', { id: plan.id });
    const oldCause = doc.plan.lagesbild.cause_analysis;
    const measure = doc.measures[0];
    const indicator = doc.indicators.find((i) => i.observations.length > 0);
    const partner = doc.partners[0];
    assert.ok(indicator && partner, 'the plan has an indicator with figures and a partner');
    const before = (await invoke(browser, 'comments', { id: plan.id })).length;

    await pictureOnFailure(browser, 'review-advisor', async () => {
      await actAs(browser, 'advisor', 'Eva Advisor');
      // Always in view: the role and the name.
      assert.equal(await (await byTestId(browser, 'actor-role')).getProperty('textContent'), 'Advisor');
      assert.equal(await (await byTestId(browser, 'actor-name')).getProperty('textContent'), 'Eva Advisor');
      await browser.$(`[data-testid="plan-row"][data-plan-id="${plan.id}"] [data-testid="open-plan"]`).click();
      await (await byTestId(browser, 'plan-title')).waitForDisplayed();

      // The advisor reads the measures where the fields are hidden, and comments on one from its marker.
      await goToStep(browser, 'measures');
      await (await byTestId(browser, 'read-only-notice')).waitForDisplayed();
      await (await byTestId(browser, 'reading-view')).waitForDisplayed();
      await shot(browser, 'advisor-reading');
      await commentAt(browser, `measures/${measure.id}`, 'Who leads this after the summer? <img src=x onerror="document.title=1">');
      await closeDialog(browser);

      // …and suggests a new cause analysis.
      await goToStep(browser, 'lagesbild');
      await suggestAt(browser, 'lagesbild.cause_analysis', NEW_CAUSE, 'Name the causes the measures answer.');
      await shot(browser, 'advisor-suggests');
      await closeDialog(browser);

      const comments = await invoke(browser, 'comments', { id: plan.id });
      assert.equal(comments.length, before + 2);
      const suggestion = comments.at(-1).comment;
      assert.equal(suggestion.author_name, 'Eva Advisor');
      assert.equal(suggestion.author_role, 'advisor');
      assert.equal(suggestion.suggestion.text, NEW_CAUSE);
      assert.equal(suggestion.quote, oldCause);

      // One figure of an indicator, read where the table is hidden, has its own marker too.
      await goToStep(browser, 'statistics');
      await commentAt(browser, `statistics/${indicator.id}.observations[0]`, 'Is this figure before or after the new boundaries?');
      await closeDialog(browser);
      const last = (await invoke(browser, 'comments', { id: plan.id })).at(-1).comment;
      assert.deepEqual(last.anchor, { section: 'statistics', id: indicator.id, field: 'observations[0]' });
    });

    await pictureOnFailure(browser, 'review-planner-replies', async () => {
      await actAs(browser, 'planner', 'Pia Planner');
      // The plan is still in review: read-only for the planner too, with the markers there.
      assert.ok((await stepThreads(browser, 'measures')) >= 1, 'the measures step counts its open thread');
      assert.ok((await stepThreads(browser, 'lagesbild')) >= 1, 'the lägesbild step counts its open thread');
      const label = await (await browser.$('[data-testid="step-measures"] [data-testid="step-threads"]')).getText();
      assert.match(label, /open comment/);

      await goToStep(browser, 'measures');
      const { marker, dialog } = await openMarker(browser, `measures/${measure.id}`);
      assert.match(await marker.getAttribute('aria-label'), /comments? on /);
      const thread = await dialog.$('[data-testid="thread"]');
      // A reviewer's text is shown as text, never as markup.
      assert.match(await thread.getText(), /Who leads this after the summer\? <img src=x onerror="document.title=1">/);
      assert.equal(await thread.$('img').isExisting(), false);
      assert.match(await thread.getText(), /Eva Advisor/);
      await typeInto(await thread.$('[data-testid="reply-text"]'), 'Our youth unit, from August.');
      await (await thread.$('[data-testid="reply-send"]')).click();
      await browser.waitUntil(async () => (await dialog.$$('[data-testid="thread-comment"]')).length >= 2, {
        timeoutMsg: 'the reply did not show in the thread',
      });
      await shot(browser, 'planner-replies');
      await switchLanguage(browser, 'sv');
      await checkScreen(browser, 'thread dialog (sv)');
      await switchLanguage(browser, 'en');
      await checkScreen(browser, 'thread dialog (en)');
      await closeDialog(browser);
      const replies = (await invoke(browser, 'comments', { id: plan.id })).filter((c) => c.comment.parent_id);
      assert.ok(replies.some((c) => c.comment.author_name === 'Pia Planner' && c.comment.author_role === 'planner'));
    });

    await pictureOnFailure(browser, 'review-changes-requested', async () => {
      // The advisor sends the plan back; the check step offers the advisor's moves only.
      await actAs(browser, 'advisor', 'Eva Advisor');
      await goToStep(browser, 'check');
      await (await byTestId(browser, 'status-to-changes_requested')).click();
      await browser.waitUntil(async () => (await (await byTestId(browser, 'plan-status')).getText()) === 'Changes requested');
      await actAs(browser, 'planner', 'Pia Planner');
    });

    await pictureOnFailure(browser, 'review-accept-undo', async () => {
      // Back with the planner, the fields are there again, each card and text with its marker.
      await goToStep(browser, 'measures');
      await browser.$(`[data-testid="comment-marker"][data-anchor="measures/${measure.id}"]`).waitForDisplayed();
      await shot(browser, 'planner-measures');
      await goToStep(browser, 'lagesbild');
      const cause = await byTestId(browser, 'lagesbild-cause-analysis');
      await cause.waitForDisplayed();
      const accept = async () => {
        const { dialog } = await openMarker(browser, 'lagesbild.cause_analysis');
        const block = await dialog.$('[data-testid="suggestion"][data-state="open"]');
        assert.equal(await (await block.$('[data-testid="suggestion-text"]')).getText(), NEW_CAUSE);
        // The words it changes, marked as the changes view marks them (core's word diff).
        const diff = await block.$('[data-testid="suggestion-diff"]');
        await diff.waitForExist({ timeoutMsg: 'no word diff beside the suggestion' });
        const inserted = await browser.execute((el) => [...el.querySelectorAll('ins')].map((i) => i.textContent).join(' '), diff);
        assert.match(inserted, /crowded housing/);
        assert.ok((await diff.$$('del')).length > 0, 'the words it replaces are marked deleted');
        await (await block.$('[data-testid="suggestion-accept"]')).click();
        await browser.waitUntil(async () => (await cause.getValue()) === NEW_CAUSE, { timeoutMsg: 'the field did not take the suggestion' });
        await closeDialog(browser);
      };
      // A suggestion's thread (texts, word diff, decisions) passes axe as well.
      await openMarker(browser, 'lagesbild.cause_analysis');
      await checkScreen(browser, 'suggestion thread (en)');
      await closeDialog(browser);
      await accept();
      await waitSaved(browser);
      let stored = await invoke(browser, 'plan', { id: plan.id });
      assert.equal(stored.plan.lagesbild.cause_analysis, NEW_CAUSE);
      assert.equal(stored.comments.find((c) => c.suggestion?.text === NEW_CAUSE).suggestion.state, 'accepted');

      await (await byTestId(browser, 'undo')).click();
      await browser.waitUntil(async () => (await cause.getValue()) === oldCause, { timeoutMsg: 'undo did not bring the old text back' });
      await waitSaved(browser);
      stored = await invoke(browser, 'plan', { id: plan.id });
      assert.equal(stored.plan.lagesbild.cause_analysis, oldCause);
      assert.equal(stored.comments.find((c) => c.suggestion?.text === NEW_CAUSE).suggestion.state, 'open');

      await accept();
      await waitSaved(browser);
      stored = await invoke(browser, 'plan', { id: plan.id });
      assert.equal(stored.plan.lagesbild.cause_analysis, NEW_CAUSE);
      await shot(browser, 'planner-accepted');
    });

    await pictureOnFailure(browser, 'review-more-markers', async () => {
      // Where the planner edits again, the plan's header fields, a partner's card and each figure's
      // row have markers as well, named for a screen reader, each opening its own thread.
      await goToStep(browser, 'plan');
      for (const field of ['title', 'decision_body']) {
        const { marker } = await openMarker(browser, `plan.${field}`);
        assert.match(await marker.getAttribute('aria-label'), /^Comment on /);
        await closeDialog(browser);
      }
      await goToStep(browser, 'partners');
      const onPartner = `partners/${partner.id}`;
      const { marker: partnerMarker } = await openMarker(browser, onPartner);
      assert.equal(await partnerMarker.getAttribute('aria-label'), `Comment on ${partner.name}`);
      await closeDialog(browser);
      await commentAt(browser, onPartner, 'Does the youth unit lead the evening walks?');
      await closeDialog(browser);
      assert.equal(await partnerMarker.getAttribute('data-count'), '1');

      await goToStep(browser, 'statistics');
      await browser.$(`#indicator-${indicator.id} summary`).click();
      const { marker, dialog } = await openMarker(browser, `statistics/${indicator.id}.observations[0]`);
      assert.match(await marker.getAttribute('aria-label'), new RegExp(`^1 comment on The figure for ${indicator.observations[0].period} in `));
      assert.match(await dialog.getText(), /before or after the new boundaries/);
      await switchLanguage(browser, 'sv');
      assert.match(await marker.getAttribute('aria-label'), new RegExp(`^1 kommentar om Värdet för ${indicator.observations[0].period} i `));
      await switchLanguage(browser, 'en');
      await closeDialog(browser);
      const anchors = (await invoke(browser, 'comments', { id: plan.id })).map((c) => c.comment.anchor);
      assert.ok(anchors.some((a) => a.section === 'partners' && a.id === partner.id), 'the partner thread is stored');
    });

    await pictureOnFailure(browser, 'review-panel', async () => {
      await (await byTestId(browser, 'open-review-panel')).click();
      const panel = await byTestId(browser, 'review-panel');
      await panel.waitForDisplayed();
      await setNative(browser, await byTestId(browser, 'filter-state'), 'all');
      // Every thread: one per first comment (replies are inside their threads).
      const roots = (await invoke(browser, 'comments', { id: plan.id })).filter((c) => !c.comment.parent_id).length;
      await browser.waitUntil(async () => (await allByTestId(browser, 'panel-thread')).length === roots, {
        timeoutMsg: `the panel does not list the plan's ${roots} threads`,
      });
      await setNative(browser, await byTestId(browser, 'filter-author'), 'Eva Advisor');
      await setNative(browser, await byTestId(browser, 'filter-step'), 'measures');
      await browser.waitUntil(async () => (await allByTestId(browser, 'panel-thread')).length === 1, {
        timeoutMsg: 'the filters did not leave the one thread on the measures by Eva Advisor',
      });
      const listed = await browser.$('[data-testid="panel-thread"]');
      assert.equal(await listed.getAttribute('data-step'), 'measures');
      assert.match(await listed.getText(), /Our youth unit, from August\./);
      await shot(browser, 'panel');
      await checkScreen(browser, 'review panel (en)');
      await setLanguage(browser, 'sv');
      await checkScreen(browser, 'review panel (sv)');
      await setLanguage(browser, 'en');

      // A thread's link goes to its place.
      await (await listed.$('[data-testid="thread-place-link"]')).click();
      await browser.waitUntil(async () => (await browser.$('#main').getAttribute('data-step')) === 'measures');
    });
  } finally {
    await forgetActor(browser);
    await quit(browser);
  }
});

test('the role picker works by keyboard alone, and says the role and name to a screen reader', async () => {
  const browser = await launch(freshDb('review-actor-keys'));
  try {
    await pictureOnFailure(browser, 'review-actor-keys', async () => {
      await setLanguage(browser, 'sv');
      const button = await byTestId(browser, 'actor-button');
      await browser.execute((el) => el.focus(), button);
      await browser.keys('Enter');
      const dialog = await byTestId(browser, 'actor-dialog');
      await dialog.waitForDisplayed();
      await (await byTestId(browser, 'actor-role-executive_office')).click();
      const name = await byTestId(browser, 'actor-name-input');
      await setNative(browser, name, '');
      await browser.execute((el) => el.focus(), name);
      // Without a name the choice is refused with a message that says why.
      await browser.keys('Enter');
      await browser.waitUntil(async () => (await name.getAttribute('aria-invalid')) === 'true', { timeoutMsg: 'an empty name was accepted' });
      await browser.keys(['P', 'i', 'a', 'Enter']);
      await dialog.waitForDisplayed({ reverse: true });
      assert.equal(await button.getAttribute('data-role'), 'executive_office');
      assert.equal(await button.getAttribute('aria-label'), 'Du arbetar som Stadsledningskontoret, Pia. Byt roll eller namn');
      // The dialog gives the focus back to the button that opened it.
      assert.equal(await browser.execute(() => document.activeElement?.getAttribute('data-testid')), 'actor-button');
    });
  } finally {
    await forgetActor(browser);
    await quit(browser);
  }
});

test('a suggestion whose field changed since shows both texts and is accepted only "anyway"', async () => {
  const browser = await launch(freshDb('review-stale'));
  try {
    await pictureOnFailure(browser, 'review-stale', async () => {
      await setLanguage(browser, 'en');
      await (await byTestId(browser, 'load-demo')).click();
      await (await byTestId(browser, 'plan-list')).waitForDisplayed({ timeout: 15000 });
      const plan = (await invoke(browser, 'plans')).find((p) => p.status === 'changes_requested');
      assert.ok(plan, 'the demo has a plan with changes requested');
      const { plan: p } = await invoke(browser, 'plan', { id: plan.id });
      const suggested = 'Reported violence in the district, by place and time of day.';
      await invoke(browser, 'add_comment', {
        actor: { role: 'advisor', name: 'Eva Advisor' },
        planId: plan.id,
        expectedRevision: p.revision,
        comment: { anchor: { section: 'lagesbild', id: null, field: 'extent' }, text: 'Shorter?', suggestion: suggested, parent_id: null },
      });
      await actAs(browser, 'planner', 'Pia Planner');
      await browser.$(`[data-testid="plan-row"][data-plan-id="${plan.id}"] [data-testid="open-plan"]`).click();
      await goToStep(browser, 'lagesbild');
      // The planner rewrites the field after the suggestion was written.
      const extent = await byTestId(browser, 'lagesbild-extent');
      await typeInto(extent, 'Our own words, written after the suggestion.');
      await waitSaved(browser);

      const { dialog } = await openMarker(browser, 'lagesbild.extent');
      const block = await dialog.$('[data-testid="suggestion"][data-state="open"]');
      await browser.waitUntil(async () => (await block.getAttribute('data-stale')) === 'true', { timeoutMsg: 'the change was not noticed' });
      await (await block.$('[data-testid="suggestion-stale"]')).waitForDisplayed();
      assert.equal(await (await block.$('[data-testid="suggestion-now"]')).getText(), 'Our own words, written after the suggestion.');
      assert.equal(await block.$('[data-testid="suggestion-accept"]').isExisting(), false, 'no blind accept');
      await shot(browser, 'stale-suggestion');
      await (await block.$('[data-testid="suggestion-accept-anyway"]')).click();
      await browser.waitUntil(async () => (await extent.getValue()) === suggested, { timeoutMsg: 'accept anyway did not replace the text' });
      await closeDialog(browser);
      const stored = await invoke(browser, 'plan', { id: plan.id });
      assert.equal(stored.plan.lagesbild.extent, suggested);
    });
  } finally {
    await forgetActor(browser);
    await quit(browser);
  }
});
