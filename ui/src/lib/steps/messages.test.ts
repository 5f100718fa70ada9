// Every message key the steps use exists in both languages: a missing one would show a planner a raw key.
import { describe, expect, it } from 'vitest';
import { buildCatalog, type MessageFile } from '../i18n/catalog';
import { labels, order } from '../generated';
import { PREVENTION_LEVELS, TEMPLATES } from './model';

const files = import.meta.glob<MessageFile>('../i18n/messages/*.json', { eager: true, import: 'default' });
const sources = import.meta.glob<string>(['./**/*.svelte', './**/*.ts', '!./**/*.test.ts'], {
  eager: true,
  query: '?raw',
  import: 'default',
});
const catalog = buildCatalog(files);

describe('the steps’ messages', () => {
  it('have every statically named key in Swedish and English', () => {
    const keys = new Set<string>();
    for (const text of Object.values(sources)) {
      for (const m of text.matchAll(/\btn?\(\s*'((?:steps-[a-z]+|nav|common)\.[a-z0-9_.]+)'/g)) keys.add(m[1]);
    }
    expect(keys.size).toBeGreaterThan(100);
    const missing = [...keys].filter((k) => !catalog.sv.has(k) || !catalog.en.has(k));
    expect(missing).toEqual([]);
  });

  it('have the keys the steps build from values', () => {
    const dynamic = [
      ...['plan', 'lagesbild', 'statistics', 'measures', 'partners', 'responsibilities', 'followup', 'check'].flatMap(
        (s) => ['title', 'guidance', 'law'].map((k) => `steps-${s}.${k}`),
      ),
      ...['extent', 'consequences', 'cause_analysis', 'risk_factors', 'protective_factors', 'sources_and_method'].flatMap(
        (f) => [`steps-lagesbild.${f}`, `steps-lagesbild.${f}_hint`],
      ),
      ...['when', 'how', 'by_whom', 'reported_to'].flatMap((f) => [`steps-followup.${f}`, `steps-followup.${f}_hint`]),
      ...[1, 2, 3].map((n) => `steps-lagesbild.priority_${n}`),
      ...[...PREVENTION_LEVELS, 'none'].map((l) => `steps-measures.level_${l}_hint`),
      ...order.PlanStatus.map((s) => `steps-check.to_${s}`),
      ...['error', 'warning'].map((l) => `steps-check.group_${l}`),
      ...['sv', 'en'].map((l) => `steps-check.language_${l}`),
      ...TEMPLATES.map((x) => `steps-plan.template_${x.replace('-', '_')}`),
      ...['better', 'worse', 'same'].map((x) => `steps-statistics.describe_${x}`),
      ...['period', 'value', 'magnitude', 'date', 'duplicate'].map((x) => `steps-statistics.paste_error_${x}`),
      ...['time', 'geo', 'metric'].map((r) => `steps-import.role_${r}`),
      ...['suppressed', 'missing'].map((k) => `steps-import.${k}`),
      ...['plan', 'lagesbild', 'statistics', 'measures', 'partners', 'responsibilities', 'follow_up'].map((s) => `nav.${s}`),
    ];
    const missing = dynamic.filter((k) => !catalog.sv.has(k) || !catalog.en.has(k));
    expect(missing).toEqual([]);
  });

  it('names every step the same in the step list, its heading and the findings', () => {
    const files: Record<string, string> = {
      plan: 'steps-plan',
      lagesbild: 'steps-lagesbild',
      statistics: 'steps-statistics',
      measures: 'steps-measures',
      partners: 'steps-partners',
      responsibilities: 'steps-responsibilities',
      follow_up: 'steps-followup',
      check: 'steps-check',
    };
    for (const locale of ['sv', 'en'] as const) {
      for (const [step, file] of Object.entries(files)) {
        const nav = catalog[locale].get(`nav.${step}`);
        expect(catalog[locale].get(`${file}.title`), `${locale} ${step}`).toBe(nav);
        const section = (labels.Section as Record<string, { sv: string; en: string }>)[step];
        if (section !== undefined) expect(section[locale], `${locale} section ${step}`).toBe(nav);
      }
    }
  });
});
