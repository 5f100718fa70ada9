// The app's languages. `t(key, params)` reads the current locale, so any template or $derived that calls it
// re-renders when the user switches language. Usage in a component:
//
//   import { t, locale, setLocale } from '$lib/i18n/index.svelte';   (relative path in this project)
//   <h1>{t('app.title')}</h1>   <p>{t('start.plans_count', { count: 3 })}</p>   {#if locale.current === 'sv'}…
//
// Messages come from every ./messages/*.json, keys namespaced by file name (see catalog.ts).

import { labels, type LabelledEnum } from '../generated/labels';
import { readPreference, writePreference } from '../preferences';
import { buildCatalog, interpolate, type Locale, type MessageFile } from './catalog';

export type { Locale } from './catalog';

const files = import.meta.glob<MessageFile>('./messages/*.json', { eager: true, import: 'default' });
const catalog = buildCatalog(files);

const STORAGE_KEY = 'safeplan.locale';

function initialLocale(): Locale {
  const stored = readPreference(STORAGE_KEY);
  if (stored === 'sv' || stored === 'en') return stored;
  // Safeplan is made for Nordic city offices: Swedish first, English for anyone whose system asks for it.
  const wanted = globalThis.navigator?.language ?? 'sv';
  return wanted.toLowerCase().startsWith('en') ? 'en' : 'sv';
}

/** The current language; read `locale.current`, change it with `setLocale`. */
export const locale = $state<{ current: Locale }>({ current: initialLocale() });

function applyToDocument(l: Locale): void {
  if (typeof document !== 'undefined') document.documentElement.lang = l;
}
applyToDocument(locale.current);

export function setLocale(l: Locale): void {
  locale.current = l;
  applyToDocument(l);
  writePreference(STORAGE_KEY, l);
}

/**
 * The text for `key` in the current language, with `{name}` placeholders filled from `params`.
 * Falls back to the other language, then to the key itself, so a gap is visible but never blank.
 */
export function t(key: string, params?: Record<string, string | number>): string {
  const l = locale.current;
  const other: Locale = l === 'sv' ? 'en' : 'sv';
  const text = catalog[l].get(key) ?? catalog[other].get(key);
  if (text === undefined) {
    if (import.meta.env.DEV) console.warn(`i18n: no message for ${key}`);
    return key;
  }
  return interpolate(text, params);
}

/** Whether a message exists (for optional help texts). */
export function has(key: string): boolean {
  return catalog[locale.current].has(key);
}

/** Picks the Swedish or English one of two texts the backend sends (findings carry both). */
export function pick(sv: string, en: string): string {
  return locale.current === 'sv' ? sv : en;
}

/** Formats a number the way the current language writes it (space thousands in Swedish). */
export function formatNumber(n: number): string {
  return new Intl.NumberFormat(locale.current === 'sv' ? 'sv-SE' : 'en-GB').format(n);
}

/** The label of an enum value in the current language (labels come from the Rust enums). */
export function enumLabel<E extends LabelledEnum>(name: E, key: string): string {
  const entry = (labels[name] as Record<string, { sv: string; en: string }>)[key];
  return entry ? entry[locale.current] : key;
}
