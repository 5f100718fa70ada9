// The native open/save dialogs (tauri-plugin-dialog). Each resolves to a path, or null when the user
// cancels; the labels follow the app's language.

import { open, save } from '@tauri-apps/plugin-dialog';
import { t } from './i18n/index.svelte';

const PACKAGE = () => [{ name: t('files.package_filter'), extensions: ['safeplan'] }];
const PDF = () => [{ name: t('files.pdf_filter'), extensions: ['pdf'] }];

export async function choosePackageToImport(): Promise<string | null> {
  const picked = await open({ title: t('files.import_title'), multiple: false, directory: false, filters: PACKAGE() });
  return typeof picked === 'string' ? picked : null;
}

export async function choosePackageExportPath(suggestedName: string): Promise<string | null> {
  return save({ title: t('files.export_title'), defaultPath: `${suggestedName}.safeplan`, filters: PACKAGE() });
}

export async function choosePdfPath(suggestedName: string): Promise<string | null> {
  return save({ title: t('files.pdf_title'), defaultPath: `${suggestedName}.pdf`, filters: PDF() });
}
