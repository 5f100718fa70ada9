// The diff that turns the last saved state of a plan into what the user sees: the right writes, in an
// order the database accepts (things referred to before the things that refer to them).

import { describe, expect, it } from 'vitest';
import type { Challenge, Measure, PlanDocument } from '../generated/types';

import { diff, stableJson } from './sync';

const doc = (): PlanDocument => ({
  unit: null,
  plan: {
    id: 'p',
    slug: 'p',
    unit_id: null,
    title: 'T',
    period: null,
    status: 'draft',
    language: 'sv',
    template: 'district-plan',
    decision_body: '',
    adoption_date: null,
    team: [],
    revision: 1,
    lagesbild: { extent: '', consequences: '', cause_analysis: '', risk_factors: '', protective_factors: '', sources_and_method: '' },
    terms: [],
    follow_up: { when: '', how: '', by_whom: '', reported_to: '' },
  },
  challenges: [],
  indicators: [],
  measures: [],
  partners: [],
  responsibilities: [],
  comments: [],
});

const challenge = (id: string): Challenge => ({
  id, title: id, category: 'other', description: '', affected_groups: '', places: '', trend: 'unknown', priority: 2,
});
const measure = (id: string, challengeIds: string[]): Measure => ({
  id, title: id, description: '', level: 'universal', challenge_ids: challengeIds, themes: [], owner: '', partners: [],
  target_group: '', area: '', start: null, end: null, status: 'planned', budget: null,
  evidence: { level: null, note: '' }, expected_effect: { term: null, text: '' }, follow_up: [],
});

describe('diff', () => {
  it('finds nothing to write when only the revision or status differ', () => {
    const a = doc();
    const b = doc();
    b.plan.revision = 7;
    b.plan.status = 'submitted';
    expect(diff(a, b)).toEqual([]);
  });

  it('writes a challenge before the measure that answers it, and deletes in the opposite order', () => {
    const saved = doc();
    saved.challenges = [challenge('old')];
    saved.measures = [measure('m-old', ['old'])];
    const target = doc();
    target.challenges = [challenge('new')];
    target.measures = [measure('m-new', ['new'])];
    expect(diff(saved, target).map((op) => op.label)).toEqual([
      'save challenge new',
      'save measure m-new',
      'delete measure m-old',
      'delete challenge old',
    ]);
  });

  it('marks only a first write as new', () => {
    const saved = doc();
    saved.challenges = [challenge('a')];
    const target = doc();
    target.challenges = [{ ...challenge('a'), title: 'changed' }, challenge('b')];
    expect(diff(saved, target).map((op) => [op.label, op.isNew])).toEqual([
      ['save challenge a', false],
      ['save challenge b', true],
    ]);
  });

  it('applies each write to the saved state so a later diff is empty', () => {
    const saved = doc();
    const target = doc();
    target.plan.title = 'Ny';
    target.challenges = [challenge('c')];
    for (const op of diff(saved, target)) op.apply(saved);
    expect(diff(saved, target)).toEqual([]);
  });
});

describe('stableJson', () => {
  it('ignores the order keys were added in', () => {
    expect(stableJson({ a: 1, b: { c: 2, d: 3 } })).toBe(stableJson({ b: { d: 3, c: 2 }, a: 1 }));
  });
});
