import { describe, expect, it } from 'vitest';
import { describeSeries } from './describe';

const t = (key: string, params?: Record<string, string | number>) => `${key} ${JSON.stringify(params ?? {})}`;
const obs = (period: string, value: number | null, suppressed = false) => ({ period, value, suppressed });

describe('a chart in words', () => {
  it('says whether the change goes the desired way', () => {
    const shootings = { name: 'Skjutningar', direction: 'down' as const, observations: [obs('2017', 65), obs('2018', 3, true), obs('2020', 20)] };
    expect(describeSeries(shootings, String, t)).toBe(
      'steps-statistics.describe_better {"name":"Skjutningar","from":"2017","fromValue":"65","to":"2020","toValue":"20"}',
    );
    expect(describeSeries({ ...shootings, direction: 'up' }, String, t)).toContain('describe_worse');
  });

  it('handles none, one, and no change', () => {
    expect(describeSeries({ name: 'x', direction: 'up', observations: [] }, String, t)).toContain('describe_none');
    expect(describeSeries({ name: 'x', direction: 'up', observations: [obs('2020', 1)] }, String, t)).toContain('describe_one');
    expect(describeSeries({ name: 'x', direction: 'up', observations: [obs('2020', 1), obs('2021', 1)] }, String, t)).toContain(
      'describe_same',
    );
  });
});
