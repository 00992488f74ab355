import { describe, expect, it } from 'vitest';
import {
  canChiOfYear,
  jdFromDate,
  jdToDate,
  lunarMonthLength,
  lunarToSolar,
  solarToLunar,
  tetDate,
  yearOfCanChi,
} from '../../src/recognizers/lunar.js';

const iso = (s: { day: number; month: number; year: number } | null) =>
  s ? `${s.year}-${String(s.month).padStart(2, '0')}-${String(s.day).padStart(2, '0')}` : null;

describe('lunar: Tết (lunar 1/1) anchors', () => {
  it.each([
    [2016, '2016-02-08'],
    [2017, '2017-01-28'],
    [2018, '2018-02-16'],
    [2019, '2019-02-05'],
    [2020, '2020-01-25'],
    [2021, '2021-02-12'],
    [2022, '2022-02-01'],
    [2023, '2023-01-22'],
    [2024, '2024-02-10'],
    [2025, '2025-01-29'],
    [2026, '2026-02-17'],
    [2027, '2027-02-06'],
    // years where the Vietnamese (UTC+7) and Chinese (UTC+8) calendars differ
    [1985, '1985-01-21'],
    [2007, '2007-02-17'],
  ])('Tết %i = %s', (year, want) => {
    expect(iso(tetDate(year))).toBe(want);
  });
  it('differs from the UTC+8 calendar in 1985 and 2007', () => {
    expect(iso(lunarToSolar(1, 1, 1985, false, 8))).toBe('1985-02-20');
    expect(iso(lunarToSolar(1, 1, 2007, false, 8))).toBe('2007-02-18');
  });
});

describe('lunar: other anchors', () => {
  it('23 tháng Chạp Quý Mão = 2024-02-02', () => {
    expect(iso(lunarToSolar(23, 12, 2023))).toBe('2024-02-02');
  });
  it('lunar month 12 of Quý Mão began 2024-01-11', () => {
    expect(iso(lunarToSolar(1, 12, 2023))).toBe('2024-01-11');
  });
  it('rằm tháng Giêng = Tết + 14 days', () => {
    expect(iso(lunarToSolar(15, 1, 2025))).toBe('2025-02-12');
    expect(iso(lunarToSolar(15, 1, 2026))).toBe('2026-03-03');
  });
  it('leap month 6 of Ất Tỵ (2025) exists, and no leap 5', () => {
    expect(iso(lunarToSolar(1, 6, 2025, true))).toBe('2025-07-25');
    expect(lunarToSolar(1, 5, 2025, true)).toBeNull();
    expect(lunarToSolar(1, 5, 2024, true)).toBeNull();
  });
  it('rejects impossible dates', () => {
    expect(lunarToSolar(0, 1, 2025)).toBeNull();
    expect(lunarToSolar(31, 1, 2025)).toBeNull();
    expect(lunarToSolar(1, 13, 2025)).toBeNull();
  });
  it('month lengths are 29 or 30', () => {
    for (let m = 1; m <= 12; m++) expect([29, 30]).toContain(lunarMonthLength(m, 2024));
  });
});

describe('lunar: solar → lunar', () => {
  it.each([
    ['2025-01-29', { day: 1, month: 1, year: 2025, leap: false }],
    ['2024-02-02', { day: 23, month: 12, year: 2023, leap: false }],
    ['2025-07-25', { day: 1, month: 6, year: 2025, leap: true }],
    ['2025-01-28', { day: 29, month: 12, year: 2024, leap: false }],
  ])('%s', (date, want) => {
    const [y, m, d] = date.split('-').map(Number);
    expect(solarToLunar(d, m, y)).toEqual(want);
  });
  it('round-trips every day of 2020–2027', () => {
    const start = jdFromDate(1, 1, 2020);
    const end = jdFromDate(31, 12, 2027);
    for (let jd = start; jd <= end; jd += 1) {
      const [d, m, y] = jdToDate(jd);
      const l = solarToLunar(d, m, y);
      const back = lunarToSolar(l.day, l.month, l.year, l.leap);
      expect(back).toEqual({ day: d, month: m, year: y });
    }
  });
});

describe('lunar: Julian day numbers', () => {
  it('round-trips', () => {
    expect(jdFromDate(1, 1, 2000)).toBe(2451545);
    expect(jdToDate(2451545)).toEqual([1, 1, 2000]);
    expect(jdToDate(jdFromDate(4, 10, 1582))).toEqual([4, 10, 1582]);
  });
});

describe('lunar: can–chi', () => {
  it.each([
    [2024, 'Giáp Thìn'],
    [2025, 'Ất Tỵ'],
    [2023, 'Quý Mão'],
    [1985, 'Ất Sửu'],
    [2026, 'Bính Ngọ'],
  ])('%i = %s', (y, name) => {
    expect(canChiOfYear(y)).toBe(name);
  });
  it('finds the year nearest a reference', () => {
    expect(yearOfCanChi('tân', 'mão', 2017)).toBe(2011);
    expect(yearOfCanChi('Ất', 'Tỵ', 2025)).toBe(2025);
    expect(yearOfCanChi('ất', 'tị', 2050)).toBe(2025);
    expect(yearOfCanChi('giáp', 'thìn', 1990)).toBe(1964);
    expect(yearOfCanChi('giáp', 'sửu', 2000)).toBeNull(); // parity mismatch: no such pair
    expect(yearOfCanChi('foo', 'thìn', 2000)).toBeNull();
  });
});
