// The native open/save dialogs (tauri-plugin-dialog). Each resolves to a path, or null when the user
// cancels; the labels follow the app's language.
//
// Only one is ever open at a time. The window still takes clicks and shortcuts while a GTK file chooser
// is up, and a second chooser opened beside the first leaves the app's commands unanswered from then on
// (the dialog backend runs a nested loop per chooser). So every dialog goes through `oneAtATime`: a
// request made while one is pending resolves to null at once, as if cancelled, and opens nothing.

import { open, save } from '@tauri-apps/plugin-dialog';
import { t } from './i18n/index.svelte';

const PACKAGE = () => [{ name: t('files.package_filter'), extensions: ['safeplan'] }];
const PDF = () => [{ name: t('files.pdf_filter'), extensions: ['pdf'] }];
const REVIEW = () => [{ name: t('files.review_filter'), extensions: ['safeplan-review'] }];
const STATS = () => [{ name: t('files.stats_filter'), extensions: ['csv', 'xlsx', 'xls', 'ods', 'px', 'json'] }];

let pending = false;

/** Shows one native dialog unless another is pending; null then, and when the user cancels. */
async function whenFree<T>(show: () => Promise<T | null>): Promise<T | null> {
  if (pending) return null;
  pending = true;
  try {
    return await show();
  } finally {
    pending = false;
  }
}

async function oneAtATime(show: () => Promise<string | string[] | null>): Promise<string | null> {
  const picked = await whenFree(show);
  return typeof picked === 'string' ? picked : null;
}

export function choosePackageToImport(): Promise<string | null> {
  return oneAtATime(() => open({ title: t('files.import_title'), multiple: false, directory: false, filters: PACKAGE() }));
}

export function choosePackageExportPath(suggestedName: string): Promise<string | null> {
  return oneAtATime(() => save({ title: t('files.export_title'), defaultPath: `${suggestedName}.safeplan`, filters: PACKAGE() }));
}

export function choosePdfPath(suggestedName: string): Promise<string | null> {
  return oneAtATime(() => save({ title: t('files.pdf_title'), defaultPath: `${suggestedName}.pdf`, filters: PDF() }));
}

/** Where to save the city action plan; null when cancelled. */
export function chooseCityPdfPath(suggestedName: string): Promise<string | null> {
  return oneAtATime(() => save({ title: t('files.city_pdf_title'), defaultPath: `${suggestedName}.pdf`, filters: PDF() }));
}

export function chooseStatsFile(): Promise<string | null> {
  return oneAtATime(() => open({ title: t('files.stats_title'), multiple: false, directory: false, filters: STATS() }));
}

/** Several packages to gather at once (the city executive office); null when cancelled. */
export async function choosePackagesToGather(): Promise<string[] | null> {
  const picked = await whenFree(() =>
    open({ title: t('files.gather_files_title'), multiple: true, directory: false, filters: PACKAGE() }),
  );
  if (picked === null) return null;
  const paths = Array.isArray(picked) ? picked : [picked];
  return paths.length > 0 ? paths : null;
}

/** A folder whose packages to gather; null when cancelled. */
export function chooseFolderToGather(): Promise<string | null> {
  return oneAtATime(() => open({ title: t('files.gather_folder_title'), multiple: false, directory: true }));
}

/** The city's logo, a PNG or JPEG; null when cancelled. */
export function chooseLogoFile(): Promise<string | null> {
  return oneAtATime(() =>
    open({ title: t('files.logo_title'), multiple: false, directory: false, filters: [{ name: t('files.logo_filter'), extensions: ['png', 'jpg', 'jpeg'] }] }),
  );
}

/** The city's own template folder (holding sv/ and/or en/); null when cancelled. */
export function chooseTemplateFolder(): Promise<string | null> {
  return oneAtATime(() => open({ title: t('files.template_folder_title'), multiple: false, directory: true }));
}

export function chooseReviewExportPath(suggestedName: string): Promise<string | null> {
  return oneAtATime(() => save({ title: t('files.review_export_title'), defaultPath: `${suggestedName}.safeplan-review`, filters: REVIEW() }));
}

export function chooseReviewToImport(): Promise<string | null> {
  return oneAtATime(() => open({ title: t('files.review_import_title'), multiple: false, directory: false, filters: REVIEW() }));
}
