// Which screen the window shows, and the actions the keyboard shortcuts and several screens share.

import * as api from '../api';
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
  newPlanOpen: boolean;
}>({ plansVersion: 0, pendingImport: null, newPlanOpen: false });

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

export async function importPath(path: string, mode: 'refuse' | 'replace' | 'as_copy'): Promise<void> {
  try {
    const imported = await api.importPackage(path, mode);
    view.pendingImport = null;
    announce(t('start.imported', { title: imported.title }));
    await backToPlans();
  } catch (e) {
    const err = toApiError(e);
    if (err.code === 'plan_exists') view.pendingImport = path;
    else announce(err.message, 'error');
  }
}
