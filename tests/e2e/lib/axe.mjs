// axe-core in the real window, shared by the specs that check a screen's accessibility: axe's source is
// read from the UI's node_modules and run through WebDriver's executeScript, which the page's
// Content-Security-Policy does not govern (checked: axe really loaded). Every violation is reported;
// serious and critical ones fail the spec.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { byTestId, ROOT } from './app.mjs';

const AXE_SOURCE = fs.readFileSync(path.join(ROOT, 'ui', 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
const BLOCKING = new Set(['serious', 'critical']);

/** Every violation axe finds on the page as it is now. */
async function axe(browser) {
  const loaded = await browser.execute(`${AXE_SOURCE}\n;return typeof window.axe === 'object' && typeof window.axe.run === 'function';`);
  assert.ok(loaded, 'axe-core did not load into the window');
  // Let the last change paint first.
  await browser.execute(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const result = await browser.executeAsync((tags, done) => {
    window.axe
      .run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
      .then(
        (r) =>
          done({
            violations: r.violations.map((v) => ({
              id: v.id,
              impact: v.impact,
              help: v.help,
              nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary })),
            })),
          }),
        (e) => done({ error: String(e) }),
      );
  }, TAGS);
  assert.ok(!result.error, `axe failed: ${result.error}`);
  return result.violations;
}

function describe(violations) {
  return violations
    .map(
      (v) =>
        `  [${v.impact}] ${v.id}: ${v.help}\n` +
        v.nodes
          .slice(0, 8)
          .map((n) => `      ${n.target}\n        ${(n.summary ?? '').replace(/\n/g, '\n        ')}`)
          .join('\n') +
        (v.nodes.length > 8 ? `\n      … and ${v.nodes.length - 8} more` : ''),
    )
    .join('\n');
}

/** Runs axe on the current screen; reports every violation, fails on serious and critical ones. */
export async function checkScreen(browser, name) {
  const violations = await axe(browser);
  if (violations.length) console.log(`axe ${name}: ${violations.length} rule(s) violated\n${describe(violations)}`);
  else console.log(`axe ${name}: no violations`);
  const blocking = violations.filter((v) => BLOCKING.has(v.impact));
  assert.equal(blocking.length, 0, `serious or critical accessibility violations on ${name}:\n${describe(blocking)}`);
}

export async function setLanguage(browser, lang) {
  await (await byTestId(browser, `lang-${lang}`)).click();
  await browser.waitUntil(async () => (await browser.execute(() => document.documentElement.lang)) === lang);
}
