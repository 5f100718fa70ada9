// The window's frame stays put: on every step of the longest demo plan, scrolled to its end, only the
// step area scrolls. The page itself never does, so the top bar, the plan's header and the step list
// (its column down to the window's bottom edge) stay in view.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { byTestId, freshDb, goToStep, launch, openPlanTitled, pictureOnFailure, quit } from '../lib/app.mjs';

const STEPS = ['plan', 'lagesbild', 'statistics', 'measures', 'partners', 'responsibilities', 'follow_up', 'check'];

/** Scrolls the given scrolling region to its end and reads where the frame is. */
async function scrolledToEnd(browser, selector) {
  return browser.execute((sel) => {
    const area = document.querySelector(sel);
    area.scrollTop = area.scrollHeight;
    const page = document.scrollingElement;
    const rect = (s) => document.querySelector(s)?.getBoundingClientRect();
    return {
      areaScrolls: area.scrollHeight > area.clientHeight,
      pageOverflow: page.scrollHeight - page.clientHeight,
      pageTop: page.scrollTop,
      topbarTop: rect('.topbar').top,
      sidebarBottom: rect('.sidebar')?.bottom ?? null,
      windowHeight: window.innerHeight,
    };
  }, selector);
}

test('only the step area scrolls, on every step of a long plan and on the plan list', async () => {
  const browser = await launch(freshDb('layout'));
  try {
    await pictureOnFailure(browser, 'layout', async () => {
      await (await byTestId(browser, 'load-demo')).click();
      await (await byTestId(browser, 'plan-list')).waitForDisplayed({ timeout: 15000 });
      const start = await scrolledToEnd(browser, '#main');
      assert.equal(start.pageOverflow, 0, `the plan list makes the page scroll: ${JSON.stringify(start)}`);

      await openPlanTitled(browser, 'Norrby');
      let scrolling = 0;
      for (const step of STEPS) {
        await goToStep(browser, step);
        const at = await scrolledToEnd(browser, '#main');
        const where = `step ${step}: ${JSON.stringify(at)}`;
        if (at.areaScrolls) scrolling += 1;
        assert.equal(at.pageOverflow, 0, `the page itself can scroll, ${where}`);
        assert.equal(at.pageTop, 0, where);
        assert.equal(at.topbarTop, 0, `the top bar moved, ${where}`);
        assert.equal(Math.round(at.sidebarBottom), at.windowHeight, `the step list's column ends early, ${where}`);
      }
      // The check means something only if the demo plan's steps are longer than the window.
      assert.ok(scrolling >= 4, `only ${scrolling} steps were taller than the window`);
    });
  } finally {
    await quit(browser);
  }
});
