// The bench's bound on parallel speed-up from unequal cores: the sum of the cores' speeds over the fastest one's.
import { describe, expect, it } from 'vitest';
import { unequalCoresCeiling } from '../../bench/cores.js';

describe('unequalCoresCeiling', () => {
  it.each([
    { seconds: [0.5, 0.5], ceiling: 2 },
    { seconds: [2 / 3, 0.5], ceiling: 1.75 }, // one core a third slower than the other (the project's VM)
    { seconds: [0.5, 2 / 3], ceiling: 1.75 }, // order does not matter
    { seconds: [1, 0.5], ceiling: 1.5 },
    { seconds: [0.5, 0.5, 0.5, 0.5], ceiling: 4 },
    { seconds: [0.7], ceiling: 1 },
    { seconds: [], ceiling: 1 },
  ])('$seconds -> x$ceiling', ({ seconds, ceiling }) => {
    expect(unequalCoresCeiling(seconds)).toBeCloseTo(ceiling, 10);
  });
  it('is never above the number of cores nor below 1', () => {
    for (const s of [[0.1, 9], [3, 3, 0.2], [1, 2, 3, 4]]) {
      const c = unequalCoresCeiling(s);
      expect(c).toBeGreaterThanOrEqual(1);
      expect(c).toBeLessThan(s.length);
    }
  });
});
