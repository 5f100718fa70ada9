import { describe, expect, it } from 'vitest';
import { computeCoverage } from './coverage';

const challenges = [
  { id: 'c1', title: 'Skjutningar', priority: 1 },
  { id: 'c2', title: 'Näthat', priority: 2 },
  { id: 'c3', title: 'Otrygghet vid torget', priority: 1 },
];

describe('the coverage matrix', () => {
  const cov = computeCoverage(challenges, [
    { id: 'm1', title: 'Sluta skjut', level: 'indicated', challenge_ids: ['c1'] },
    { id: 'm2', title: 'Fältassistenter', level: 'selective', challenge_ids: ['c1', 'c3'] },
    { id: 'm3', title: 'Trygghetsvandringar', level: 'universal', challenge_ids: ['c3'] },
    { id: 'm4', title: 'Utan nivå', level: null, challenge_ids: ['c2'] },
    { id: 'm5', title: 'Utan utmaning', level: 'universal', challenge_ids: [] },
    { id: 'm6', title: 'Pekar på borttagen', level: 'universal', challenge_ids: ['gone'] },
  ]);

  it('puts each measure in the cells of its level and challenges', () => {
    const c1 = cov.rows[0];
    expect(c1.cells.map((cell) => cell.measures.map((m) => m.id))).toEqual([[], ['m2'], ['m1']]);
    expect(c1.levelsCovered).toBe(2);
    expect(c1.unanswered).toBe(false);
    expect(c1.needsAnotherLevel).toBe(false);
  });

  it('flags a challenge nothing answers (R3), counting a measure without a level as no answer', () => {
    expect(cov.rows[1].unanswered).toBe(true);
    expect(cov.rows[1].needsAnotherLevel).toBe(false); // priority 2
  });

  it('flags a priority-1 challenge answered at only one level (R7)', () => {
    const only = computeCoverage(challenges, [{ id: 'm', title: 'x', level: 'universal', challenge_ids: ['c1'] }]);
    expect(only.rows[0].needsAnotherLevel).toBe(true);
    expect(cov.rows[2].needsAnotherLevel).toBe(false);
  });

  it('counts measures per level and lists the ones that fit no cell', () => {
    expect(cov.perLevel).toEqual({ universal: 3, selective: 1, indicated: 1 });
    expect(cov.unplaced.map((m) => m.id)).toEqual(['m4', 'm5', 'm6']);
  });

  it('is empty without challenges', () => {
    expect(computeCoverage([], []).rows).toEqual([]);
  });
});
