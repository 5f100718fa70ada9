// What a person does outside the web page: answer the native file dialogs (GTK file choosers, which
// WebDriver cannot see), close the window through the window manager, wait for the app to end. Keys
// and window commands go through the X server of tests/e2e/run.sh (xdotool, under its window
// manager, evilwm), so the app gets the same events as from a keyboard and a desktop.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './app.mjs';

const DISPLAY = process.env.E2E_DISPLAY;

/** Runs xdotool on the test display; returns its output, trimmed. */
export function xdotool(...args) {
  return execFileSync('xdotool', args, { env: { ...process.env, DISPLAY }, timeout: 15000, encoding: 'utf8' }).trim();
}

/** The visible windows matching all of `criteria` (xdotool search options), as ids. */
function visibleWindows(...criteria) {
  try {
    return xdotool('search', '--all', '--onlyvisible', ...criteria).split('\n').filter(Boolean);
  } catch {
    return []; // xdotool exits 1 when nothing matches
  }
}

/** Polls `probe` every `interval` ms until it returns something truthy; fails with `what` after `timeout` ms. */
async function poll(probe, what, timeout = 15000, interval = 25) {
  const end = Date.now() + timeout;
  for (;;) {
    const found = probe();
    if (found) return found;
    if (Date.now() > end) throw new Error(`${what} (waited ${timeout} ms)`);
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Waits for a visible window titled exactly `title`; returns its id. */
export function waitForWindow(title, timeout) {
  return poll(() => visibleWindows('--name', `^${escapeRegExp(title)}$`)[0], `no window titled "${title}"`, timeout);
}

/** Waits until no visible window is titled `title` (a dialog has closed). */
export function waitForNoWindow(title, timeout) {
  return poll(() => visibleWindows('--name', `^${escapeRegExp(title)}$`).length === 0, `the window "${title}" is still open`, timeout);
}

/** The app's main window (its title ends in "Safeplan"), found by the app's PID. */
export function mainWindow(pid) {
  return poll(() => visibleWindows('--pid', String(pid), '--name', 'Safeplan$')[0], `no Safeplan window for PID ${pid}`);
}

/** Gives a window the keyboard, as clicking on it would (the window manager makes it the active one). */
export function activate(win) {
  xdotool('windowactivate', '--sync', win);
}

/**
 * Activates `win` and waits until the X server sends key presses to it. The window manager marks a
 * window active before it moves the input focus: keys typed in between land in the previous window
 * (a Ctrl+L in the app, the path then starting a search in the dialog's file list).
 */
function focus(win) {
  activate(win);
  return poll(() => xdotool('getwindowfocus', '-f') === win, `the window ${win} did not get the keyboard`, 5000);
}

/** The title of a native dialog, in the language the app shows (ui/src/lib/i18n/messages/files.json). */
export async function dialogTitle(browser, key) {
  const lang = await browser.execute(() => document.documentElement.lang);
  const files = JSON.parse(fs.readFileSync(path.join(ROOT, 'ui', 'src', 'lib', 'i18n', 'messages', 'files.json'), 'utf8'));
  const title = files[lang]?.[key];
  if (!title) throw new Error(`no files.${key} message for the language "${lang}"`);
  return title;
}

/**
 * Answers the GTK file dialog titled `title` with `file`, typed as a person would: in an open dialog
 * Ctrl+L opens the location field; a save dialog has its name field focused with the suggested name
 * selected, and a full path typed there is taken as the place to save. Then Return until the dialog
 * closes (the app window then gets the keyboard back). `mode` 'all-in-folder' chooses every file in
 * the folder `file` in a chooser of several files; 'folder' chooses the folder `file` in a folder
 * chooser.
 *
 * The chooser ignores Return until it has looked the typed path up (a person sees the Open button
 * turn active and presses again), so Return is pressed again, slowly enough for an accepted press to
 * close the dialog first, and only while the dialog has the keyboard: a press that reached the app
 * would activate the button that opened the dialog and open it again.
 */
export async function answerFileDialog(title, file, { mode = 'open', appPid } = {}) {
  const dialog = await waitForWindow(title);
  await focus(dialog);
  if (mode === 'all-in-folder') {
    // Several files: go to `file`, a folder, then select every file in it and open them.
    xdotool('key', '--clearmodifiers', 'ctrl+l');
    xdotool('type', '--clearmodifiers', '--delay', '8', `${file}/`);
    await new Promise((resolve) => setTimeout(resolve, 400));
    xdotool('key', '--clearmodifiers', 'Return');
    await new Promise((resolve) => setTimeout(resolve, 800));
    // Into the file list (its first row, just below the path bar and the column headings), then all.
    const geometry = xdotool('getwindowgeometry', '--shell', dialog);
    const at = Object.fromEntries(geometry.split('\n').map((l) => l.split('=')));
    xdotool('mousemove', String(Number(at.X) + Math.round(Number(at.WIDTH) / 2)), String(Math.max(0, Number(at.Y)) + 72), 'click', '1');
    await new Promise((resolve) => setTimeout(resolve, 300));
    xdotool('key', '--clearmodifiers', 'ctrl+a');
    await new Promise((resolve) => setTimeout(resolve, 300));
  } else if (mode === 'folder') {
    // A folder chooser opens on its recent places, where the location entry searches instead of
    // going to a path: Alt+Home first goes to the home folder, then the folder's path is typed.
    xdotool('key', '--clearmodifiers', 'alt+Home');
    await new Promise((resolve) => setTimeout(resolve, 500));
    xdotool('key', '--clearmodifiers', 'ctrl+l');
    xdotool('type', '--clearmodifiers', '--delay', '8', file);
  } else {
    xdotool('key', '--clearmodifiers', mode === 'save' ? 'ctrl+a' : 'ctrl+l');
    xdotool('type', '--clearmodifiers', '--delay', '8', file);
  }
  await poll(
    () => {
      if (!visibleWindows('--name', `^${escapeRegExp(title)}$`).includes(dialog)) return true;
      if (xdotool('getwindowfocus', '-f') === dialog) xdotool('key', '--clearmodifiers', 'Return');
      return false;
    },
    `the dialog "${title}" did not take ${file}`,
    15000,
    300,
  );
  if (appPid) activate(await mainWindow(appPid));
}

/** Cancels the GTK file dialog titled `title` with Escape. */
export async function cancelFileDialog(title, { appPid } = {}) {
  const dialog = await waitForWindow(title);
  await focus(dialog);
  xdotool('key', '--clearmodifiers', 'Escape');
  await waitForNoWindow(title);
  if (appPid) activate(await mainWindow(appPid));
}

/**
 * Closes the app's window the way a person does: a close request from the window manager
 * (WM_DELETE_WINDOW), not a kill. evilwm sends it for the active window on its close key, Ctrl+Alt+Escape
 * (it ignores wmctrl's _NET_CLOSE_WINDOW unless it comes from a pager).
 */
export async function closeWindow(pid) {
  await focus(await mainWindow(pid));
  xdotool('key', '--clearmodifiers', 'ctrl+alt+Escape');
}

/** Whether the process has ended (gone, or a zombie its parent has not collected yet). */
function ended(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) === 'Z';
  } catch {
    return true;
  }
}

/** Waits until the process `pid` has ended. */
export function waitForExit(pid, timeout = 15000) {
  return poll(() => ended(pid), `the app (PID ${pid}) is still running`, timeout);
}
