#!/usr/bin/env node
// The desktop app's speed and memory, measured on the real release binary (a benchmark that prints
// figures, not a test that passes or fails). Builds nothing: `make bench-app` runs it on the release app.
//
//   node tests/e2e/bench.mjs path/to/release/safeplan-app [path/to/release/safeplan]
//
// It starts a private X server (Xvfb) and tauri-driver on free ports, gives the app a temporary home and
// database (SAFEPLAN_DB) and loads the demo city through the app's own `load_demo` command. Then:
//
// - Cold start to first paint, over LAUNCHES launches: from the moment a wrapper script execs the binary
//   (its clock, in ms) to the page's first-contentful-paint entry (performance.getEntriesByType('paint'),
//   made absolute with performance.timeOrigin). Both are the same machine's wall clock.
// - Keystroke to save, over KEYS keystrokes typed one at a time into the lägesbild's "extent" field of
//   the largest demo plan (most measures, indicators, observations): from just before WebDriver is asked
//   to send the key to the moment a separate `sqlite3` process, querying the database file all the
//   time, sees the new text committed. It includes WebDriver's own dispatch of the key. Beside it, the
//   app's own figure for the same keystrokes: the `safeplan:keystroke-to-save` performance measures the UI
//   takes for each key, from the key's input event to the moment the write carrying it is committed
//   (ui/src/lib/plan/keystrokes.ts), read with performance.getEntriesByName after the typing. WebDriver's
//   call returns only once the page has (nearly) handled the key, so the time until it returns overlaps
//   the save and is not WebDriver's alone: the in-app figure is what the app itself takes.
// - Memory: PSS (Pss of /proc/<pid>/smaps_rollup) summed over the app and every process below it
//   (WebKit's web and network processes), with the largest plan open, after typing, once it has settled.
// - The sizes of the release binaries.
//
// Needs Xvfb, tauri-driver and sqlite3 (scripts/install-deps.sh installs the first two; sqlite3 comes
// with `apt-get install sqlite3`). Stops exactly what it started, by PID.

import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { invoke, withdrawToDraft } from './lib/invoke.mjs';

const LAUNCHES = Number(process.env.BENCH_LAUNCHES ?? 5);
const KEYS = Number(process.env.BENCH_KEYS ?? 20);
/** Between keystrokes: a brisk typist's gap, so each keystroke's save is timed on its own. */
const KEY_GAP_MS = 150;

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const [binArg, cliArg] = process.argv.slice(2);
if (!binArg) {
  console.error('usage: node tests/e2e/bench.mjs path/to/release/safeplan-app [path/to/release/safeplan]');
  process.exit(2);
}
const BIN = fs.realpathSync(binArg);
for (const tool of ['Xvfb', 'tauri-driver', 'sqlite3']) {
  try {
    execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
  } catch {
    console.error(`bench: ${tool} is missing`);
    process.exit(1);
  }
}

const requireFromUi = createRequire(path.join(ROOT, 'ui', 'package.json'));
const { remote } = await import(pathToFileURL(requireFromUi.resolve('webdriverio')).href);

const WORK = fs.mkdtempSync(path.join(os.tmpdir(), 'safeplan-bench-'));
const DB = path.join(WORK, 'safeplan.db');
const started = [];

function stopAll() {
  for (const child of started.reverse()) {
    if (child.exitCode === null && child.signalCode === null) child.kill();
  }
  const pid = appPid();
  // An app left behind: only if that PID is still our binary (PIDs get reused).
  if (pid && readlink(`/proc/${pid}/exe`) === BIN) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  fs.rmSync(WORK, { recursive: true, force: true });
}

function readlink(p) {
  try {
    return fs.readlinkSync(p);
  } catch {
    return null;
  }
}

function appPid() {
  try {
    return Number(fs.readFileSync(path.join(WORK, 'app.pid'), 'utf8').trim()) || null;
  } catch {
    return null;
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
/** The value below which 95 % of `xs` lie (nearest rank). */
const p95 = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)];
};
const fmt = (ms) => `${ms.toFixed(0)} ms`;
const fmt1 = (ms) => `${ms.toFixed(1)} ms`;
/** The median of a step of the page's part of the first paint, or n/a where the page did not say. */
const fmtStep = (xs) => (xs.some((x) => x == null) ? 'n/a' : fmt(median(xs)));
/** The in-app measure of one keystroke's way from its input event to the committed save. */
const KEYSTROKE_MEASURE = 'safeplan:keystroke-to-save';

function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

async function startXvfb() {
  const displayFile = path.join(WORK, 'display');
  const fd = fs.openSync(displayFile, 'w');
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x800x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'ignore', fd],
  });
  started.push(xvfb);
  fs.closeSync(fd);
  for (let i = 0; i < 100; i++) {
    const display = fs.readFileSync(displayFile, 'utf8').trim();
    if (display) return `:${display}`;
    await sleep(100);
  }
  throw new Error('Xvfb did not start');
}

async function startDriver(display) {
  const port = await freePort();
  const nativePort = await freePort();
  // The app is started through a wrapper that notes its PID and the moment it execs the binary.
  const wrapper = path.join(WORK, 'app.sh');
  fs.writeFileSync(
    wrapper,
    `#!/bin/sh\necho $$ > "${WORK}/app.pid"\ndate +%s%3N > "${WORK}/spawned"\nSAFEPLAN_DB="${DB}" exec "${BIN}" "$@"\n`,
    { mode: 0o755 },
  );
  const home = path.join(WORK, 'home');
  fs.mkdirSync(home);
  const driver = spawn('tauri-driver', ['--port', String(port), '--native-port', String(nativePort)], {
    stdio: 'ignore',
    env: {
      ...process.env,
      DISPLAY: display,
      HOME: home,
      XDG_CONFIG_HOME: path.join(home, '.config'),
      XDG_DATA_HOME: path.join(home, '.local', 'share'),
      XDG_CACHE_HOME: path.join(home, '.cache'),
    },
  });
  started.push(driver);
  for (let i = 0; i < 100; i++) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`);
      if (res.ok) return { port, wrapper };
    } catch {
      // not up yet
    }
    await sleep(100);
  }
  throw new Error('tauri-driver did not start');
}

async function launch(driver) {
  fs.rmSync(path.join(WORK, 'app.pid'), { force: true });
  const browser = await remote({
    hostname: '127.0.0.1',
    port: driver.port,
    logLevel: 'error',
    connectionRetryCount: 1,
    capabilities: {
      'tauri:options': { application: driver.wrapper },
      'wdio:enforceWebDriverClassic': true,
    },
  });
  await browser.$('.topbar').waitForExist({ timeout: 20000 });
  return browser;
}

async function quit(browser) {
  const pid = appPid();
  try {
    await browser.deleteSession();
  } catch {
    // already gone
  }
  // The next cold start begins only when this app and its WebKit processes are gone.
  for (let i = 0; i < 100 && pid && readlink(`/proc/${pid}/exe`) === BIN; i++) await sleep(50);
}

/**
 * First contentful paint, in ms since the wrapper exec'd the binary; and where the time goes: before
 * the page starts loading (the process, GTK, WebKit's processes) and, counted from the page's start, the
 * HTML received, the UI's module running (ui/src/main.ts's marks), its first screen mounted, the paint.
 */
async function firstPaint(browser) {
  const spawned = Number(fs.readFileSync(path.join(WORK, 'spawned'), 'utf8').trim());
  const page = await browser.waitUntil(
    () =>
      browser.execute(() => {
        const entries = performance.getEntriesByType('paint');
        const fcp = entries.find((e) => e.name === 'first-contentful-paint') ?? entries[0];
        if (!fcp) return false;
        // null when the UI has no such mark (one built before they were added).
        const mark = (name) => performance.getEntriesByName(name, 'mark')[0]?.startTime ?? null;
        return {
          origin: performance.timeOrigin,
          html: performance.getEntriesByType('navigation')[0]?.responseEnd ?? null,
          script: mark('safeplan:script'),
          mounted: mark('safeplan:mounted'),
          paint: fcp.startTime,
        };
      }),
    { timeout: 10000, timeoutMsg: 'the page reported no paint entry' },
  );
  return { ...page, total: page.origin + page.paint - spawned, native: page.origin - spawned };
}

/** A long-running sqlite3 reading the database file as another process would. */
function sqlite(db) {
  const child = spawn('sqlite3', ['-batch', db], { stdio: ['pipe', 'pipe', 'inherit'] });
  started.push(child);
  let buffer = '';
  let waiter = null;
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk) => {
    buffer += chunk;
    const nl = buffer.indexOf('\n');
    if (nl >= 0 && waiter) {
      const line = buffer.slice(0, nl);
      buffer = buffer.slice(nl + 1);
      const w = waiter;
      waiter = null;
      w(line);
    }
  });
  return {
    query(sql) {
      return new Promise((resolve) => {
        waiter = resolve;
        child.stdin.write(`${sql};\n`);
      });
    },
    close() {
      child.stdin.end();
    },
  };
}

function descendants(pid) {
  const parents = new Map();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(Number(entry), ppid);
    } catch {
      // gone meanwhile
    }
  }
  const all = [pid];
  for (let i = 0; i < all.length; i++) {
    for (const [child, parent] of parents) if (parent === all[i]) all.push(child);
  }
  return all;
}

function pssKiB(pid) {
  const rollup = fs.readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
  return Number(/^Pss:\s+(\d+) kB/m.exec(rollup)[1]);
}

/**
 * Other processes that map WebKitGTK's library: PSS splits shared pages among every process that maps
 * them, so while another WebKit app (or another run's window) is up, this app's figure comes out lower
 * than it is alone. Named in the output so such a figure is not taken for the real one.
 */
function otherWebkitProcesses(ours) {
  const others = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || ours.includes(Number(entry))) continue;
    try {
      if (fs.readFileSync(`/proc/${entry}/maps`, 'utf8').includes('libwebkit2gtk')) others.push(`${processName(Number(entry))} (${entry})`);
    } catch {
      // gone meanwhile, or not ours to read
    }
  }
  return others;
}

function processName(pid) {
  try {
    return fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return '?';
  }
}

const mib = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

async function main() {
  const display = await startXvfb();
  const driver = await startDriver(display);
  const results = {};

  // The demo city, through the app's own command.
  let browser = await launch(driver);
  await invoke(browser, 'load_demo', { force: false });
  await quit(browser);

  const paints = [];
  const beforePage = [];
  const inPage = { html: [], script: [], mounted: [], paint: [] };
  for (let i = 0; i < LAUNCHES; i++) {
    browser = await launch(driver);
    const paint = await firstPaint(browser);
    paints.push(paint.total);
    beforePage.push(paint.native);
    for (const key of Object.keys(inPage)) inPage[key].push(paint[key]);
    await quit(browser);
  }
  results.firstPaint = paints;

  const db = sqlite(DB);
  const largest = await db.query(
    `SELECT slug FROM plans p ORDER BY
       (SELECT count(*) FROM measures m WHERE m.plan_id = p.id) +
       (SELECT count(*) FROM challenges c WHERE c.plan_id = p.id) +
       (SELECT count(*) FROM indicators i WHERE i.plan_id = p.id) +
       (SELECT count(*) FROM observations o WHERE o.plan_id = p.id) DESC LIMIT 1`,
  );
  const lengthSql = `SELECT length(extent) FROM plans WHERE slug = '${largest}'`;

  browser = await launch(driver);
  const plans = await invoke(browser, 'plans');
  const plan = plans.find((p) => p.slug === largest);
  // The largest demo plan is approved, so read-only: typed into as a planner's draft, as before.
  await withdrawToDraft(browser, plan.id);
  await browser.$('[data-testid="plan-list"]').waitForDisplayed({ timeout: 15000 });
  await browser.$(`[data-testid="plan-row"][data-plan-id="${plan.id}"] [data-testid="open-plan"]`).click();
  await browser.$('[data-testid="plan-title"]').waitForDisplayed();
  await browser.$('[data-testid="step-lagesbild"]').click();
  const field = await browser.$('[data-testid="lagesbild-extent"]');
  await field.waitForDisplayed();
  await field.click();
  await field.addValue(' ');
  await sleep(500);
  await browser.execute((name) => performance.clearMeasures(name), KEYSTROKE_MEASURE);

  const latencies = [];
  const dispatches = [];
  const loadBefore = os.loadavg()[0];
  let expected = Number(await db.query(lengthSql));
  for (let i = 0; i < KEYS; i++) {
    expected += 1;
    const t0 = performance.now();
    await field.addValue(String.fromCharCode(97 + (i % 26)));
    dispatches.push(performance.now() - t0);
    for (;;) {
      if (Number(await db.query(lengthSql)) >= expected) break;
      if (performance.now() - t0 > 10000) throw new Error(`keystroke ${i + 1} was not saved within 10 s`);
      await sleep(1);
    }
    latencies.push(performance.now() - t0);
    await sleep(KEY_GAP_MS);
  }
  db.close();
  results.keystroke = latencies;
  // Other work on the machine moves these figures: the load average is printed beside them.
  results.load = [loadBefore, os.loadavg()[0]];
  results.inApp = await browser.execute(
    (name) => performance.getEntriesByName(name, 'measure').map((e) => e.duration),
    KEYSTROKE_MEASURE,
  );

  // Memory once the plan is open, typed in and settled.
  await sleep(3000);
  const pids = descendants(appPid());
  results.pss = pids.map((pid) => ({ pid, name: processName(pid), kib: pssKiB(pid) }));
  results.sharers = otherWebkitProcesses(pids);
  await quit(browser);

  results.binaries = [[BIN, fs.statSync(BIN).size]];
  if (cliArg && fs.existsSync(cliArg)) results.binaries.push([fs.realpathSync(cliArg), fs.statSync(cliArg).size]);

  const pssTotal = results.pss.reduce((sum, p) => sum + p.kib, 0);
  const lines = [
    `Safeplan desktop app, ${os.cpus().length} cores, ${new Date().toISOString().slice(0, 10)}`,
    `cold start to first paint (${LAUNCHES} launches): median ${fmt(median(paints))}, ` +
      `min ${fmt(Math.min(...paints))}, max ${fmt(Math.max(...paints))}  [${paints.map((p) => p.toFixed(0)).join(', ')}]; ` +
      `of which before the page starts loading: median ${fmt(median(beforePage))}; then, from the page's ` +
      `start (medians): HTML ${fmtStep(inPage.html)}, UI module running ${fmtStep(inPage.script)}, ` +
      `first screen mounted ${fmtStep(inPage.mounted)}, first paint ${fmtStep(inPage.paint)}`,
    `keystroke to save (${KEYS} keystrokes, plan ${largest}): median ${fmt(median(latencies))}, ` +
      `p95 ${fmt(p95(latencies))}, min ${fmt(Math.min(...latencies))}, max ${fmt(Math.max(...latencies))}; ` +
      `until WebDriver's call to send the key returns (overlaps the save): median ${fmt(median(dispatches))}`,
    results.inApp.length
      ? `keystroke to save inside the app (input event to committed write, ${results.inApp.length} measures): ` +
        `median ${fmt1(median(results.inApp))}, p95 ${fmt1(p95(results.inApp))}, max ${fmt1(Math.max(...results.inApp))}`
      : `keystroke to save inside the app: no ${KEYSTROKE_MEASURE} measures (a UI built before they were added?)`,
    `load average (1 min) before and after the typing: ${results.load.map((l) => l.toFixed(2)).join(' → ')}`,
    `PSS with ${largest} open: ${(pssTotal / 1024).toFixed(0)} MiB  [` +
      results.pss.map((p) => `${p.name} ${(p.kib / 1024).toFixed(0)}`).join(', ') +
      ']' +
      (results.sharers.length
        ? `  (UNDERSTATED: other processes share WebKit's pages: ${results.sharers.join(', ')}; measure again with none running)`
        : ''),
    ...results.binaries.map(([file, size]) => `binary ${path.basename(file)}: ${mib(size)} (${size} bytes)`),
    `WEBKIT_DISABLE_COMPOSITING_MODE in the environment: ${process.env.WEBKIT_DISABLE_COMPOSITING_MODE ?? '(unset)'}`,
    // JavaScriptCore's options change how fast the UI's code runs (the app may set some itself when unset).
    `JSC options in the environment: ${
      Object.entries(process.env)
        .filter(([k]) => k.startsWith('JSC_'))
        .map(([k, v]) => `${k}=${v}`)
        .join(' ') || '(none)'
    }`,
  ];
  console.log(lines.join('\n'));
}

try {
  await main();
} catch (e) {
  console.error(`bench: ${e.stack ?? e}`);
  process.exitCode = 1;
} finally {
  stopAll();
}
