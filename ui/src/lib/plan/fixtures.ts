// Test data shared by the plan's unit tests (imported only by *.test.ts files, never by the app).

import type { PlanDocument } from '../generated/types';

/** A plan with nothing in it yet; `plan` overrides fields of the plan itself (id, title, revision…). */
export function emptyPlanDocument(plan: Partial<PlanDocument['plan']> = {}): PlanDocument {
  return {
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
      ...plan,
    },
    challenges: [],
    indicators: [],
    measures: [],
    partners: [],
    responsibilities: [],
    comments: [],
  };
}
