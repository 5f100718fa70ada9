// The city specs' shared steps: the generated city and its packages made with the CLI, the second
// round of packages the executive office gathers (a newer version of one plan, an older one of
// another, an unchanged one and a broken file), and moving about the city view as a person does.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { byTestId } from './app.mjs';

const CLI = process.env.E2E_CLI;

export const cli = (db, ...args) => execFileSync(CLI, ['--db', db, ...args], { encoding: 'utf8' });

/** The 18-unit generated city in `db`, and its packages in `folder`; returns the packages by slug. */
export function generatedCity(db, folder) {
  cli(db, 'demo', '--units', '18');
  fs.mkdirSync(folder, { recursive: true });
  const plans = JSON.parse(cli(db, 'plans', '--json'));
  const files = {};
  for (const p of plans) {
    const file = path.join(folder, `${p.slug}.safeplan`);
    cli(db, 'export', p.slug, '--out', file);
    files[p.slug] = file;
  }
  return files;
}

/**
 * The second round in `folder`: a-newer (one revision on, its title marked), b-older (one revision
 * back), c-same (as first gathered) and d-broken (cut off); returns the slugs of the newer, older
 * and unchanged plans.
 */
export function secondRound(packages, folder) {
  fs.mkdirSync(folder, { recursive: true });
  const [newerSlug, olderSlug, sameSlug] = Object.keys(packages).sort();
  const newer = JSON.parse(fs.readFileSync(packages[newerSlug], 'utf8'));
  newer.plan.revision += 1;
  newer.plan.title = `${newer.plan.title} (reviderad)`;
  fs.writeFileSync(path.join(folder, 'a-newer.safeplan'), JSON.stringify(newer));
  const older = JSON.parse(fs.readFileSync(packages[olderSlug], 'utf8'));
  older.plan.revision -= 1;
  fs.writeFileSync(path.join(folder, 'b-older.safeplan'), JSON.stringify(older));
  fs.copyFileSync(packages[sameSlug], path.join(folder, 'c-same.safeplan'));
  fs.writeFileSync(path.join(folder, 'd-broken.safeplan'), '{"format": "safeplan-plan-package", "plan": ');
  return { newerSlug, olderSlug, sameSlug };
}

/** Clicks like a person who first scrolls the button to the middle, clear of the notices in the corner. */
export async function press(browser, testid) {
  const el = await byTestId(browser, testid);
  await el.scrollIntoView({ block: 'center' });
  await el.click();
}

export async function showPanel(browser, name) {
  const tab = await byTestId(browser, `city-tab-${name}`);
  await tab.scrollIntoView({ block: 'center' });
  await tab.click();
  await browser.waitUntil(async () => (await tab.getAttribute('aria-selected')) === 'true');
  await tab.scrollIntoView({ block: 'start' });
}
