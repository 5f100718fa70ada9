// Which screen the window shows, and the actions the keyboard shortcuts and several screens share.

import * as api from '../api';
import { acting } from '../actor.svelte';
import { toApiError } from '../api';
import { choosePackageToImport } from '../dialogs';
import { t } from '../i18n/index.svelte';
import { close, open } from '../plan/current.svelte';
import { announce } from './notice.svelte';

export const view = $state<{
  /** Bumped when the list of plans should be read again. */
  plansVersion: number;
  /** A package that already exists locally: the import dialog asks replace or copy. */
  pendingImport: string | null;
  /**
   * "Replace" was refused for `pendingImport`: this computer holds edits the package has not seen
   * (core's stale_write). The dialog then says so and offers only keeping both.
   */
  replaceRefused: boolean;
  newPlanOpen: boolean;
  /**
   * The home screen when no plan is open: the list of plans, or the city-wide picture (the executive
   * office's home). A plan opened from the city view goes back to it.
   */
  screen: 'plans' | 'city';
}>({
  plansVersion: 0,
  pendingImport: null,
  replaceRefused: false,
  newPlanOpen: false,
  screen: acting.role === 'executive_office' ? 'city' : 'plans',
});

export function showScreen(screen: 'plans' | 'city'): void {
  view.screen = screen;
}

export function reloadPlans(): void {
  view.plansVersion++;
}

export async function openPlan(id: string): Promise<void> {
  try {
    await open(id);
  } catch (e) {
    announce(toApiError(e).message, 'error');
  }
}

export async function backToPlans(): Promise<void> {
  await close();
  reloadPlans();
}

/** Ctrl+O and the start screen's button: pick a package, import it, ask when the plan exists. */
export async function importFromFile(): Promise<void> {
  let path: string | null;
  try {
    path = await choosePackageToImport();
  } catch (e) {
    announce(toApiError(e).message, 'error');
    return;
  }
  if (!path) return;
  await importPath(path, 'refuse');
}

/** Asks the import dialog's question about `path`, or closes the dialog (null). */
export function askAboutImport(path: string | null): void {
  view.pendingImport = path;
  view.replaceRefused = false;
}

export async function importPath(path: string, mode: 'refuse' | 'replace' | 'as_copy'): Promise<void> {
  try {
    const imported = await api.importPackage(path, mode);
    askAboutImport(null);
    announce(t('start.imported', { title: imported.title }));
    await backToPlans();
  } catch (e) {
    const err = toApiError(e);
    if (err.code === 'plan_exists') askAboutImport(path);
    // Core refuses to replace a plan holding edits made here that the package has not seen (with
    // the code of a stale write): the dialog explains it in the user's language and offers a copy.
    else if (mode === 'replace' && err.code === 'stale_write') view.replaceRefused = true;
    else announce(err.message, 'error');
  }
}
