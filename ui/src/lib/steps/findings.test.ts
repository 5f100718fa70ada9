import { describe, expect, it } from 'vitest';
import { fieldSlug, findingsFor, groupByLevel, targetIds, type FindingLike } from './findings';

describe('from a finding to the field that fixes it', () => {
  it('maps plan fields, including the names rules use for what is missing', () => {
    expect(targetIds({ section: 'plan', id: null, field: 'decision_body' })[0]).toBe('plan-decision-body');
    expect(targetIds({ section: 'plan', id: null, field: 'period' })[0]).toBe('plan-period-from');
    expect(targetIds({ section: 'plan', id: null, field: 'unit_id' })[0]).toBe('plan-unit');
  });

  it('maps lägesbild fields', () => {
    expect(targetIds({ section: 'lagesbild', id: null, field: 'cause_analysis' })[0]).toBe('lagesbild-cause-analysis');
  });

  it('maps an item field, then the item, then the step', () => {
    expect(targetIds({ section: 'measures', id: 'm1', field: 'owner' })).toEqual([
      'measure-m1-owner',
      'measure-m1-title',
      'measure-m1',
      'step-heading',
    ]);
    expect(targetIds({ section: 'measures', id: 'm1', field: 'follow_up' })[0]).toBe('measure-m1-follow-up');
    expect(targetIds({ section: 'statistics', id: 'i1', field: 'observations[2]' }).slice(0, 2)).toEqual([
      'indicator-i1-observations-2',
      'indicator-i1-observations',
    ]);
    expect(targetIds({ section: 'challenges', id: 'c1', field: null })[0]).toBe('challenge-c1-title');
  });

  it('sends a section-level measures finding to the add button of that level', () => {
    expect(targetIds({ section: 'measures', id: null, field: 'indicated' })[0]).toBe('measure-add-indicated');
  });

  it('falls back to the step heading for a bare section', () => {
    expect(targetIds({ section: 'challenges', id: null, field: null })).toEqual(['challenges-heading', 'step-heading']);
    expect(targetIds({ section: 'follow_up', id: null, field: 'reported_to' })[0]).toBe('follow-up-reported-to');
  });

  it('points a path into a list at one input, then at the list', () => {
    expect(targetIds({ section: 'plan', id: null, field: 'team[1].name' }).slice(0, 2)).toEqual([
      'plan-team-1-name',
      'plan-team',
    ]);
    expect(targetIds({ section: 'statistics', id: 'i1', field: 'observations[3].note' }).slice(0, 2)).toEqual([
      'indicator-i1-observations-3-note',
      'indicator-i1-observations',
    ]);
    expect(targetIds({ section: 'measures', id: 'm1', field: 'expected_effect.text' })[0]).toBe(
      'measure-m1-expected-effect-text',
    );
    expect(targetIds({ section: 'plan', id: null, field: 'unit.city' }).slice(0, 2)).toEqual(['plan-unit-city', 'plan-unit']);
  });

  it('slugs field names', () => {
    expect(fieldSlug('affected_groups')).toBe('affected-groups');
    expect(fieldSlug('steps[1]')).toBe('steps');
  });
});

describe('choosing and ordering findings', () => {
  const f = (rule: string, level: 'error' | 'warning', section: FindingLike['item']['section']): FindingLike => ({
    rule,
    level,
    item: { section, id: null, field: null },
  });
  const all = [f('R4', 'warning', 'measures'), f('R3', 'error', 'challenges'), f('R5', 'error', 'measures'), f('R1', 'error', 'plan')];

  it('keeps a step’s sections, errors first', () => {
    expect(findingsFor(all, ['measures']).map((x) => x.rule)).toEqual(['R5', 'R4']);
    expect(findingsFor(all, ['lagesbild', 'challenges']).map((x) => x.rule)).toEqual(['R3']);
  });

  it('groups by level', () => {
    const g = groupByLevel(all);
    expect(g.error.map((x) => x.rule)).toEqual(['R3', 'R5', 'R1']);
    expect(g.warning.map((x) => x.rule)).toEqual(['R4']);
  });
});
