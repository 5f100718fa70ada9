// From a readiness finding to the place a planner fixes it. A finding names an item by section, item id
// and field (the Rust field name, e.g. `decision_body`); the steps give their fields matching DOM ids
// (`plan-decision-body`, `measure-<id>-owner`), and this module is the one place that knows the mapping.

import type { Finding, ItemRef, Section } from '../generated/types';

/** The sections of a plan (generated from the Rust `Section`). */
export type SectionKey = Section;

/** What this module needs of a finding: its level and the place it names (a `Finding` has both). */
export type FindingLike = Pick<Finding, 'level' | 'item'> & { rule?: string };

/** The guided step each section is edited in (the challenges live in the lägesbild step). */
export const STEP_OF_SECTION: Record<SectionKey, string> = {
  plan: 'plan',
  lagesbild: 'lagesbild',
  challenges: 'lagesbild',
  statistics: 'statistics',
  measures: 'measures',
  partners: 'partners',
  responsibilities: 'responsibilities',
  follow_up: 'follow_up',
};

/** The id prefix of one item's fields in each list section. */
const ITEM_PREFIX: Partial<Record<SectionKey, string>> = {
  challenges: 'challenge',
  statistics: 'indicator',
  measures: 'measure',
  partners: 'partner',
  responsibilities: 'responsibility',
};

/** The field an item card focuses when a finding names the item but no field. */
const FIRST_FIELD: Partial<Record<SectionKey, string>> = {
  challenges: 'title',
  statistics: 'name',
  measures: 'title',
  partners: 'name',
  responsibilities: 'situation',
};

/**
 * Field names a finding may use that differ from the input's id. Rules describe what is missing
 * ("timeframe", "unit"), the form has concrete inputs, so each alias points at the input to start with.
 */
const FIELD_ALIAS: Record<string, string> = {
  unit_id: 'unit',
  period: 'period-from',
  from_year: 'period-from',
  to_year: 'period-to',
  timeframe: 'start',
  challenge_ids: 'challenges',
  follow_up: 'follow-up',
  follow_up_targets: 'follow-up',
  observation: 'observations',
  prevention_level: 'level',
  who_acts: 'who-acts',
};

/** `decision_body` → `decision-body`; `observations[3].value` → `observations` (the table holds them). */
export function fieldSlug(field: string): string {
  const base = field.split(/[.[]/)[0];
  return (FIELD_ALIAS[base] ?? base).replace(/_/g, '-');
}

/**
 * Ids for a field, most precise first: a path into a list (`team[1].name`, `steps[0]`,
 * `evidence.note`) names one input (`team-1-name`), then the list or group it is in (`team`).
 */
export function fieldSlugs(field: string): string[] {
  if (!/[.[]/.test(field)) return [fieldSlug(field)];
  const path = field
    .replace(/\[(\d+)\]/g, '-$1')
    .replace(/\./g, '-')
    .replace(/_/g, '-');
  const base = fieldSlug(field);
  return path === base ? [base] : [path, base];
}

/**
 * The DOM ids to try, best first, for the place a reference points at. The last one is always the
 * step's heading, so focus lands somewhere sensible even for a field the form does not have.
 */
export function targetIds(ref: ItemRef): string[] {
  const ids: string[] = [];
  const fields = ref.field ? fieldSlugs(ref.field) : [];
  const prefix = ITEM_PREFIX[ref.section];
  if (prefix && ref.id) {
    for (const f of fields) ids.push(`${prefix}-${ref.id}-${f}`);
    ids.push(`${prefix}-${ref.id}-${FIRST_FIELD[ref.section]}`, `${prefix}-${ref.id}`);
  } else {
    const area = ref.section === 'follow_up' ? 'follow-up' : ref.section;
    for (const f of fields) {
      // Section-level findings about measures may name a level (R4): the matching "add a measure" button.
      if (ref.section === 'measures') ids.push(`measure-add-${f}`);
      ids.push(`${area}-${f}`);
    }
  }
  const sectionAnchor: Partial<Record<SectionKey, string>> = { challenges: 'challenges-heading' };
  if (sectionAnchor[ref.section]) ids.push(sectionAnchor[ref.section]!);
  ids.push('step-heading');
  return ids;
}

/** Findings about any of the given sections, errors first, otherwise in the order the rules gave. */
export function findingsFor<F extends FindingLike>(findings: F[], sections: SectionKey[]): F[] {
  return findings
    .filter((f) => sections.includes(f.item.section))
    .map((f, i) => ({ f, i }))
    .sort((a, b) => (a.f.level === b.f.level ? a.i - b.i : a.f.level === 'error' ? -1 : 1))
    .map(({ f }) => f);
}

/** Findings grouped by level for the check step: errors, then warnings. */
export function groupByLevel<F extends FindingLike>(findings: F[]): { error: F[]; warning: F[] } {
  return {
    error: findings.filter((f) => f.level === 'error'),
    warning: findings.filter((f) => f.level === 'warning'),
  };
}

/** The findings that point at one item (for a marker on its card). */
export function findingsForItem<F extends FindingLike>(findings: F[], section: SectionKey, id: string): F[] {
  return findings.filter((f) => f.item.section === section && f.item.id === id);
}

const FOCUSABLE = 'input, select, textarea, button, [href], [tabindex]:not([tabindex="-1"])';

/**
 * Scrolls to and focuses the first of `ids` present in the page. A container (a fieldset, a card) hands
 * focus to its first control, so the planner can type at once. Returns whether anything was focused.
 */
export function focusFirst(ids: string[], root: Document = document): boolean {
  for (const id of ids) {
    const el = root.getElementById(id);
    if (!el) continue;
    const target = el.matches(FOCUSABLE) || el.hasAttribute('tabindex') ? el : el.querySelector<HTMLElement>(FOCUSABLE) ?? el;
    if (!target.matches(FOCUSABLE) && !target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.scrollIntoView({ block: 'center', behavior: 'smooth' });
    target.focus({ preventScroll: true });
    return true;
  }
  return false;
}
