import { describe, expect, it } from 'vitest';
import { bandCentres, linear, niceTicks, yDomain } from './scale';

describe('chart scales', () => {
  it('makes round ticks that cover the data', () => {
    expect(niceTicks(0, 65)).toEqual([0, 20, 40, 60, 80]);
    expect(niceTicks(0, 10)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(niceTicks(0, 0.8, 4)).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
    expect(niceTicks(20, 20)[0]).toBeLessThanOrEqual(10);
  });

  it('covers the top value', () => {
    for (const max of [1, 7, 13, 99, 101, 1234, 0.37]) {
      const ticks = niceTicks(0, max);
      expect(ticks[ticks.length - 1]).toBeGreaterThanOrEqual(max);
      expect(ticks[0]).toBe(0);
    }
  });

  it('starts at zero for positive data and handles negatives', () => {
    expect(yDomain([20, 65])).toEqual([0, 65]);
    expect(yDomain([-3, 4])).toEqual([-3, 4]);
    expect(yDomain([])).toEqual([0, 1]);
  });

  it('maps linearly and centres bands', () => {
    const y = linear([0, 100], [200, 0]);
    expect(y(0)).toBe(200);
    expect(y(50)).toBe(100);
    expect(bandCentres(4, [0, 100])).toEqual([12.5, 37.5, 62.5, 87.5]);
  });
});
