import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findDateline, findDates, type DateMatch } from '../../src/recognizers/dates.js';

const here = dirname(fileURLToPath(import.meta.url));
const casesDir = join(here, '..', '..', 'fixtures', 'cases');

function readTable(name: string): string[][] {
  return readFileSync(join(casesDir, name), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .map((l) => l.split('\t'));
}

const show = (text: string, ms: DateMatch[]) => ms.map((m) => `[${text.slice(m.start, m.end)}]=${m.value}`).join(' ');

describe('findDates: positive table (fixtures/cases/dates.tsv)', () => {
  const rows = readTable('dates.tsv');
  it('has enough rows', () => {
    expect(rows.length).toBeGreaterThanOrEqual(120);
  });
  it.each(rows.map((r, i) => [i + 2, ...r] as const))('row %i: %s → %s = %s (ref %s)', (_n, text, span, value, ref) => {
    const ms = findDates(text, ref ? { refDate: ref } : {});
    const want = value === 'null' ? null : value;
    const hit = ms.find((m) => text.slice(m.start, m.end) === span);
    expect(hit, `matches: ${show(text, ms)}`).toBeDefined();
    expect(hit!.value).toBe(want);
  });
});

describe('findDates: negative table (fixtures/cases/dates-negative.tsv)', () => {
  const rows = readTable('dates-negative.tsv');
  it('has enough rows', () => {
    expect(rows.length).toBeGreaterThanOrEqual(40);
  });
  it.each(rows.map((r, i) => [i + 2, ...r] as const))('row %i: %s', (_n, text, excluded, ref) => {
    const ms = findDates(text, ref ? { refDate: ref } : {});
    if (!excluded) {
      expect(ms, show(text, ms)).toEqual([]);
    } else {
      const at = text.indexOf(excluded);
      expect(at).toBeGreaterThanOrEqual(0);
      const touching = ms.filter((m) => m.start < at + excluded.length && at < m.end);
      expect(touching, show(text, ms)).toEqual([]);
    }
  });
});

describe('findDates: contract', () => {
  const text =
    'Sáng 12/6, Quốc hội biểu quyết; ngày 21 tháng 10 năm 2021, nhiệm kỳ 2021-2026, hôm qua, quý I/2025, Tết Ất Tỵ, 461/465 ĐBQH.';
  const ms = findDates(text, { refDate: '2025-06-12' });
  it('returns sorted, non-overlapping matches with UTF-16 offsets', () => {
    for (let i = 1; i < ms.length; i++) expect(ms[i].start).toBeGreaterThanOrEqual(ms[i - 1].end);
    expect(ms.map((m) => text.slice(m.start, m.end))).toEqual([
      'Sáng 12/6',
      'ngày 21 tháng 10 năm 2021',
      'nhiệm kỳ 2021-2026',
      'hôm qua',
      'quý I/2025',
      'Tết Ất Tỵ',
    ]);
  });
  it('is case-insensitive and keeps values', () => {
    expect(findDates('NGÀY 5/12/2024').map((m) => m.value)).toEqual(['2024-12-05']);
    expect(findDates('ngày 5/12/2024').map((m) => m.value)).toEqual(['2024-12-05']);
  });
  it('returns nothing for text without temporal expressions', () => {
    expect(findDates('Ông Lê Văn A là Chủ tịch UBND tỉnh.')).toEqual([]);
    expect(findDates('')).toEqual([]);
  });
  it('relative expressions without a ref date are matched with value null', () => {
    const r = findDates('Tuần trước và năm ngoái, hôm qua');
    expect(r.map((m) => m.value)).toEqual([null, null, null]);
    expect(r).toHaveLength(3);
  });
  it('ignores an invalid ref date', () => {
    expect(findDates('hôm nay', { refDate: '2025-13-45' })[0].value).toBeNull();
  });
  it('rejects impossible calendar days', () => {
    expect(findDates('ngày 31/4/2025')).toEqual([]);
    expect(findDates('ngày 29/2/2023')).toEqual([]);
  });
  it('runs in linear time on adversarial input', () => {
    const nasty = ('ngày 1/'.repeat(2000) + 'từ tháng 1 đến '.repeat(2000) + '1 và '.repeat(2000) + 'thứ '.repeat(2000)).repeat(2);
    const t0 = Date.now();
    findDates(nasty, { refDate: '2025-01-01' });
    expect(Date.now() - t0).toBeLessThan(3000);
  });
});

describe('findDateline', () => {
  it.each([
    ['Cập nhật ngày: 26/01/2017 - 23:04\nHà Nội họp báo...', '2017-01-26'],
    ['Thứ Năm, 20/09/2018 10:12 (GMT+7)\nBài viết...', '2018-09-20'],
    ['Ngày đăng: 08:56, 24/03/2019\nNội dung', '2019-03-24'],
    ['Tin tức\n17/02/2026 04:45 GMT+7\nNội dung', '2026-02-17'],
    ['Friday 2025-07-18 08:43\nBộ Y tế', '2025-07-18'],
    ['Thứ Tư, 10/12/2025\nQuốc hội biểu quyết', '2025-12-10'],
  ])('%s → %s', (text, want) => {
    expect(findDateline(text)).toBe(want);
  });
  it('reads a dateline at the bottom of a long article', () => {
    const body = 'Nội dung bài viết về kinh tế xã hội. '.repeat(60);
    expect(findDateline(body + '\nCập nhật: 15:30 05/06/2024')).toBe('2024-06-05');
  });
  it('does not take a date from running text', () => {
    expect(findDateline('Ngày 12/6/2025, Quốc hội thông qua nghị quyết về sắp xếp đơn vị hành chính.')).toBeUndefined();
    expect(findDateline('Không có ngày tháng.')).toBeUndefined();
    expect(findDateline('Nghị quyết 202/2025/QH15 được thông qua.')).toBeUndefined();
  });
});

describe('a very long text, then a short one', () => {
  // the shared buffers grown for more than 1 Mi atoms are let go after it: the next text is read as before
  it('all dates of the long text, then the short one right', () => {
    const long = findDates('ngày 5/3/2024, '.repeat(160_000), { refDate: '2025-01-01' });
    expect(long).toHaveLength(160_000);
    expect(long[159_999].value).toBe('2024-03-05');
    const short = findDates('Sáng 15/3, họp; ngày 1/1/2024.', { refDate: '2024-06-01' });
    expect(short.map((d) => d.value)).toEqual(['2024-03-15TMO', '2024-01-01']);
  });
});
