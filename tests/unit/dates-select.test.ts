// select (src/recognizers/dates.ts) keeps the longest non-overlapping date candidates; when none overlap it takes
// them all in order of start without sorting them by length. These tests check it against the plain greedy choice.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { select, selectLongest, type Cand } from '../../src/recognizers/dates.js';

const c = (start: number, end: number, value: string | null = `${start}-${end}`, prio = 5): Cand => ({ start, end, value, prio });
const both = (cands: Cand[]) => ({ got: select(cands.map((x) => ({ ...x }))), want: selectLongest(cands.map((x) => ({ ...x }))) });

describe('select', () => {
  it.each([
    ['none', []],
    ['one', [c(3, 8)]],
    ['disjoint, out of order', [c(20, 25), c(3, 8), c(10, 12)]],
    ['touching', [c(3, 8), c(8, 10)]],
    ['overlapping: the longer wins', [c(3, 8), c(5, 12)]],
    ['the same span twice: the first found wins', [c(3, 8, 'a'), c(3, 8, 'b')]],
    ['the same span, a higher priority', [c(3, 8, 'a', 2), c(3, 8, 'b', 9)]],
    ['empty candidates', [c(5, 5), c(7, 3), c(1, 4)]],
    ['only empty candidates', [c(5, 5), c(7, 3)]],
    ['nested', [c(0, 20), c(2, 4), c(30, 31)]],
  ])('%s', (_name, cands) => {
    const { got, want } = both(cands as Cand[]);
    expect(got).toEqual(want);
  });

  it('chooses what the plain greedy choice chooses, on random candidates', () => {
    const cand = fc.tuple(fc.nat(40), fc.integer({ min: -2, max: 12 }), fc.constantFrom('a', 'b', null), fc.integer({ min: 1, max: 9 }))
      .map(([s, len, v, prio]) => c(s, s + len, v, prio));
    fc.assert(fc.property(fc.array(cand, { maxLength: 12 }), (cands) => {
      const { got, want } = both(cands);
      expect(got).toEqual(want);
    }), { numRuns: 3000 });
  });
});
