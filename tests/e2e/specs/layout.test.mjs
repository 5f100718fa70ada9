// The window's frame stays put: on every step of the longest demo plan, scrolled to its end, only the
// step area scrolls. The page itself never does, so the top bar, the plan's header and the step list
// (its column down to the window's bottom edge) stay in view. And at the smallest size the window
// allows, at the normal text size and at double it, nothing is cut off, no step scrolls sideways and the
// plan's title keeps the header's width.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { byTestId, freshDb, goToStep, invoke, launch, openPlanTitled, pictureOnFailure, quit, WORK, withdrawToDraft } from '../lib/app.mjs';

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

      // The approved plan is read-only; withdrawn to a draft, its steps show every field.
      const norrby = (await invoke(browser, 'plans')).find((p) => p.title.startsWith('Norrby'));
      await withdrawToDraft(browser, norrby.id);
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

/**
 * At the window's minimum size (tauri.conf.json: minWidth 900, minHeight 600), with the text at `percent`:
 * nothing is cut off, neither the page nor any step (cards open) scrolls sideways, the step names fit
 * their column and the plan's title keeps most of the header's width.
 */
async function smallestWindow(percent) {
  // A config folder of its own: the window's size is remembered, and the other specs expect the default.
  const browser = await launch(freshDb(`layout-small-${percent}`), { config: path.join(WORK, `config-layout-${percent}-${process.pid}`) });
  try {
    await pictureOnFailure(browser, `layout-small-${percent}`, async () => {
      await browser.setWindowSize(900, 600);
      await browser.waitUntil(async () => (await browser.execute(() => window.innerWidth)) === 900, {
        timeoutMsg: 'the window did not take the smallest size',
      });
      while ((await (await byTestId(browser, 'text-size')).getText()).replace(/\D/g, '') !== String(percent)) {
        await (await byTestId(browser, 'text-larger')).click();
      }
      await (await byTestId(browser, 'load-demo')).click();
      await (await byTestId(browser, 'plan-list')).waitForDisplayed({ timeout: 15000 });
      const list = await browser.execute(() => {
        const card = document.querySelector('[data-testid="plan-list"]').parentElement;
        const exports = [...document.querySelectorAll('[data-testid="export-package"]')].map((b) => b.getBoundingClientRect().right);
        return {
          tableWidth: card.scrollWidth,
          cardWidth: card.clientWidth,
          cardScrolls: getComputedStyle(card).overflowX === 'auto',
          cardRight: card.getBoundingClientRect().right,
          exportRight: Math.max(...exports),
          pageWidth: document.scrollingElement.scrollWidth,
          windowWidth: window.innerWidth,
        };
      });
      const where = JSON.stringify(list);
      assert.ok(list.pageWidth <= list.windowWidth, `the plan list makes the page scroll sideways: ${where}`);
      if (percent === 100) {
        assert.ok(list.tableWidth <= list.cardWidth, `the plan list is wider than its card: ${where}`);
        assert.ok(list.exportRight <= list.cardRight, `the export buttons are cut off: ${where}`);
      } else {
        // Larger text may make the table wider than the window: it then scrolls in its card (a data table
        // may, WCAG 1.4.10), never cut off.
        assert.ok(list.tableWidth <= list.cardWidth || list.cardScrolls, `the plan list is cut off: ${where}`);
      }

      await openPlanTitled(browser, 'Norrby');
      const header = await browser.execute(() => ({
        header: document.querySelector('.plan-header').getBoundingClientRect().width,
        title: document.querySelector('.title-block').getBoundingClientRect().width,
      }));
      assert.ok(header.title >= 0.6 * header.header, `the title is squeezed beside the tools: ${JSON.stringify(header)}`);

      // Every step, its cards open: only a wide table scrolls sideways in its own box, never the step.
      for (const step of STEPS) {
        await goToStep(browser, step);
        const width = await browser.execute(() => {
          for (const d of document.querySelectorAll('#main details:not([open])')) d.open = true;
          const main = document.querySelector('#main');
          const steps = document.querySelector('.sidebar');
          return {
            step: [main.scrollWidth, main.clientWidth],
            stepList: [steps.scrollWidth, steps.clientWidth],
            page: [document.scrollingElement.scrollWidth, window.innerWidth],
          };
        });
        const at = `step ${step} at ${percent} %: ${JSON.stringify(width)}`;
        assert.ok(width.step[0] <= width.step[1], `the step scrolls sideways, ${at}`);
        assert.ok(width.stepList[0] <= width.stepList[1], `a step name does not fit the step list, ${at}`);
        assert.ok(width.page[0] <= width.page[1], `the page scrolls sideways, ${at}`);
      }
    });
  } finally {
    // The text size is kept in the window's storage, which the other specs share: back to normal.
    await browser.execute(() => localStorage.removeItem('safeplan.textSize')).catch(() => {});
    await quit(browser);
  }
}

test('at the smallest window size nothing is cut off and nothing scrolls sideways', () => smallestWindow(100));

test('the same at the largest text size (200 %)', () => smallestWindow(200));
