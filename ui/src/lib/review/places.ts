// What a comment's anchor is called on screen, and the text of the field it names: the section, the
// item's title (found by its id in whichever list holds it), the field's label as the changes view
// names it. Items are looked up by id alone, so no second table of sections and lists is kept here.

import { itemLists } from '../generated';
import type { ItemRef, PlanDocument } from '../generated/types';
import { enumLabel, has, t } from '../i18n/index.svelte';

type Named = { id: string; title?: string; name?: string; situation?: string };

/** The item `ref` names, from any of the plan's lists (or the partners it names); null when removed. */
export function itemOf(doc: PlanDocument | null, ref: ItemRef): Record<string, unknown> | null {
  if (!doc || !ref.id) return null;
  const lists = [...Object.values(itemLists), 'partners'] as (keyof PlanDocument)[];
  for (const list of lists) {
    const found = (doc[list] as unknown as Named[]).find((i) => i.id === ref.id);
    if (found) return found as unknown as Record<string, unknown>;
  }
  return null;
}

/** An item's title, name or situation, as its card heads it. */
export function itemName(item: Record<string, unknown> | null): string | null {
  if (!item) return null;
  const n = item as Named;
  return (n.title ?? n.name ?? n.situation ?? '').trim() || null;
}

/** A field's label, as the changes view names it; the field's key when there is none. */
export function fieldLabel(field: string): string {
  const key = `changes.field.${field}`;
  return has(key) ? t(key) : field;
}

/**
 * The place in words: "Measures › Sluta skjut › Description". `quote` names an item that is gone (what
 * the comment quoted when it was written). One observation (`observations[2]`) is named by its period,
 * as its row shows it.
 */
export function placeName(doc: PlanDocument | null, ref: ItemRef, quote = ''): string {
  const parts = [enumLabel('Section', ref.section)];
  const item = itemOf(doc, ref);
  if (ref.id) parts.push(itemName(item) ?? (quote.trim() || t('steps-common.unnamed')));
  if (ref.field) parts.push(elementLabel(item, ref.field) ?? fieldLabel(ref.field));
  return parts.join(' › ');
}

/** "Observation 2024" for `observations[i]` of an item that still has that row; null otherwise. */
function elementLabel(item: Record<string, unknown> | null, field: string): string | null {
  const m = /^observations\[(\d+)\]$/.exec(field);
  const rows = item?.observations as { period: string }[] | undefined;
  const row = m && rows ? rows[Number(m[1])] : undefined;
  return row ? `${fieldLabel('observations')} ${row.period}` : null;
}

/**
 * An error in the user's language (`errors.<code>`), naming the place in the plan it is about when core
 * says one (the comment that holds an identity number); null when there are no words for the code.
 */
export function explainError(err: { code: string; place?: ItemRef | null }, doc: PlanDocument | null): string | null {
  const key = `errors.${err.code}`;
  if (!has(key)) return null;
  return t(key, { place: err.place ? placeName(doc, err.place) : '' });
}

/**
 * The same for a plan that is not open (the start screen's export): when the error names an item, the plan
 * is read first, so the place is called by the item's title rather than "unnamed". A plan that cannot be
 * read leaves the place as the path says it.
 */
export async function explainErrorOf(
  err: { code: string; place?: ItemRef | null },
  load: () => Promise<PlanDocument>,
): Promise<string | null> {
  const doc = err.place?.id ? await load().catch(() => null) : null;
  return explainError(err, doc);
}

/** The text the field `ref` names holds now, or null when it is not a text field (or is gone). */
export function fieldText(doc: PlanDocument | null, ref: ItemRef): string | null {
  if (!doc || !ref.field) return null;
  let holder: Record<string, unknown> | null;
  if (ref.id) holder = itemOf(doc, ref);
  else if (ref.section === 'plan') holder = doc.plan as unknown as Record<string, unknown>;
  else holder = (doc.plan as unknown as Record<string, Record<string, unknown> | undefined>)[ref.section] ?? null;
  const value = holder?.[ref.field];
  return typeof value === 'string' ? value : null;
}

/** A comment's time as the user's language writes it. */
export function when(at: string, locale: 'sv' | 'en'): string {
  const d = new Date(at);
  if (Number.isNaN(d.getTime())) return at;
  return new Intl.DateTimeFormat(locale === 'sv' ? 'sv-SE' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}
