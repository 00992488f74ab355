// Day numbers of the date recognizer (src/recognizers/dates.ts) are computed by arithmetic for years 100–9999, and by
// Date.UTC otherwise; these tests check them against Date for every day of 1900–2100 and samples around.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dayNum, fromDayNum } from '../../src/recognizers/dates.js';

const byDate = (y: number, m: number, d: number): number => Math.floor(Date.UTC(y, m - 1, d) / 86400000);
const fromDate = (n: number) => {
  const dt = new Date(n * 86400000);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
};

describe('dayNum and fromDayNum', () => {
  it.each([
    ['the epoch', 1970, 1, 1, 0],
    ['a leap day', 2024, 2, 29, 19782],
    ['past the end of February', 2023, 2, 30, byDate(2023, 3, 2)],
    ['day 0', 2025, 3, 0, byDate(2025, 2, 28)],
    ['a year Date.UTC reads as 1900 + y', 24, 5, 1, byDate(1924, 5, 1)],
    ['month 13 (Date.UTC wraps it)', 2024, 13, 1, byDate(2025, 1, 1)],
    ['month 0', 2024, 0, 15, byDate(2023, 12, 15)],
    ['year 100', 100, 3, 1, byDate(100, 3, 1)],
    ['year 1600, a 400-year leap', 1600, 2, 29, byDate(1600, 2, 29)],
    ['year 1900, no leap', 1900, 2, 29, byDate(1900, 3, 1)],
    ['NaN', NaN, 1, 1, NaN],
  ])('%s', (_name, y, m, d, want) => {
    expect(dayNum({ y, m, d })).toBe(want);
  });

  it('agree with Date for every day of 1900–2100', () => {
    const bad: string[] = [];
    for (let n = byDate(1900, 1, 1); n <= byDate(2100, 12, 31); n++) {
      const t = fromDayNum(n);
      const want = fromDate(n);
      if (t.y !== want.y || t.m !== want.m || t.d !== want.d || dayNum(t) !== n) bad.push(`${n}`);
    }
    expect(bad).toEqual([]);
  });

  it('agree with Date on random days and day numbers', () => {
    fc.assert(fc.property(fc.integer({ min: -50, max: 12000 }), fc.integer({ min: -2, max: 15 }), fc.integer({ min: -40, max: 70 }), (y, m, d) => {
      expect(dayNum({ y, m, d })).toBe(byDate(y, m, d));
    }), { numRuns: 5000 });
    fc.assert(fc.property(fc.integer({ min: -3_000_000, max: 4_000_000 }), (n) => {
      expect(fromDayNum(n)).toEqual(fromDate(n));
    }), { numRuns: 5000 });
  });
});
