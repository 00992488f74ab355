// The date recognizers are tried only near trigger atoms (src/recognizers/dates.ts). These properties
// check that the triggers never lose a date: the result equals trying every recognizer at every position.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findDates } from '../../src/recognizers/dates.js';
import { normalize } from '../../src/text/normalize.js';

const WORDS = [
  'ngày', 'hôm', 'nay', 'qua', 'mai', 'kia', 'sáng', 'chiều', 'tối', 'rạng', 'đêm', 'khuya', 'trưa', 'tháng', 'năm', 'tuần',
  'trước', 'này', 'tới', 'sau', 'ngoái', 'quý', 'nửa', 'đầu', 'cuối', 'giữa', 'từ', 'đến', 'hết', 'và', 'thứ', 'hai', 'ba',
  'tư', 'sáu', 'bảy', 'chủ', 'nhật', 'CN', 'T2', 'T7', 'Tết', 'mùng', 'mồng', 'giao', 'thừa', 'rằm', 'giêng', 'Chạp',
  'âm', 'lịch', 'nhiệm', 'kỳ', 'giai', 'đoạn', 'Giáp', 'Thìn', 'Ất', 'Tỵ', 'họp', 'lần', 'số', 'đường', 'ông', 'Hà', 'Nội',
];
const NUMBERS = ['1', '2', '9', '12', '15', '22', '30', '31', '2023', '2024', '2025', '1.000', '3,5', '07', '2025-07-18'];
const SEPS = ['/', '-', '.', ',', ' - ', ' – ', '(', ')', ':', ''];
const piece = fc.oneof(
  { arbitrary: fc.constantFrom(...WORDS), weight: 5 },
  { arbitrary: fc.constantFrom(...NUMBERS), weight: 4 },
  { arbitrary: fc.constantFrom(...SEPS), weight: 3 },
);
const text = fc.array(fc.tuple(piece, fc.constantFrom(' ', ' ', '', '  ', '\n')), { maxLength: 30 })
  .map((parts) => parts.map(([p, s]) => p + s).join(''));

describe('date triggers', () => {
  it('find exactly what an exhaustive scan finds', () => {
    fc.assert(fc.property(text, fc.constantFrom(undefined, '2024-03-15'), (t, refDate) => {
      const key = normalize(t).key;
      expect(findDates(key, { refDate })).toEqual(findDates(key, { refDate, exhaustive: true }));
    }), { numRuns: 3000 });
  });

  it.each([
    'Sáng 22/12, tại Hà Nội', 'rạng sáng nay, thứ Hai, ngày hôm nay (22/12)', 'từ 10 đến hết ngày 12/6/2024',
    'ngày 21 và 22/6', 'mùng 1 Tết Giáp Thìn', 'giai đoạn 2021 - 2025', 'quý III/2024', 'nửa đầu năm nay',
    '2025-07-18T10:00', 'hôm qua', 'Chủ nhật tuần trước', '6 tháng đầu năm 2024', 'tháng 12/2023',
    '30 Tết2025-07-18', // a year glued to Tết: one atom "Tết2025" (found by the property test)
  ])('%s', (t) => {
    const key = normalize(t).key;
    const found = findDates(key, { refDate: '2024-03-15' });
    expect(found.length).toBeGreaterThan(0);
    expect(found).toEqual(findDates(key, { refDate: '2024-03-15', exhaustive: true }));
  });
});
