// Property: for random text built from Vietnamese pieces (syllables, names, titles, organization words,
// punctuation, digits, NBSP, zero-width characters, emoji, NFD combining marks), extract() never throws,
// and every span is within bounds, start <= end, and slices the original by code points.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extract } from '../../src/pipeline.js';
import { loadLexicon } from '../../src/lexicon/lexicon.js';
import type { DocumentResult } from '../../src/types.js';
import { badSpans, spansOf } from '../helpers/doc.js';

const lexicon = loadLexicon();
/** VNNER_PROP_RUNS=n runs n cases with a random seed (for exploring); the default is fixed and fast. */
const EXPLORE = Number(process.env.VNNER_PROP_RUNS ?? 0);
const opts = (numRuns: number, seed: number) => (EXPLORE > 0 ? { numRuns: EXPLORE } : { numRuns, seed });

const SYLLABLES = ['và', 'của', 'người', 'được', 'hội', 'nghị', 'sáng', 'chiều', 'ngày', 'tháng', 'năm', 'tỉnh', 'huyện', 'xã',
  'hòa', 'hoà', 'thuỷ', 'thủy', 'khỏe', 'quý', 'Đồng', 'chí', 'ông', 'bà', 'nguyên', 'tân', 'cựu', 'các', 'phát', 'biểu', 'dự'];
const NAMES = ['Nguyễn Văn An', 'Trần Thị Minh Hằng', 'Lê Tiến', 'Võ Văn', 'Phạm', 'H\'Hen Niê', 'Y Thanh Hà Niê Kđăm', 'Sùng A Páo', 'Ông Khánh', 'Lê'];
const TITLES = ['Bí thư', 'Phó Bí thư Thường trực', 'Chủ tịch', 'Phó Chủ tịch', 'Quyền Giám đốc', 'Đại tá', 'Thiếu tướng', 'Ủy viên', 'Uỷ viên', 'Thủ tướng', 'Bộ trưởng', 'Trưởng đoàn'];
const ORGS = ['Tỉnh ủy', 'Thành ủy', 'UBND tỉnh', 'HĐND', 'Ủy ban nhân dân', 'Công an tỉnh', 'Ban Thường vụ', 'Trung ương Đảng',
  'Quốc hội', 'Chính phủ', 'Bộ Công an', 'Sở Y tế', 'Nghệ An', 'TP.HCM', 'Bà Rịa - Vũng Tàu', 'Thanh Hoá', 'Đăk Lăk', 'Công ty Cổ phần'];
const DATES = ['15/3', '22/12/2023', 'năm 2024', 'quý I/2024', 'nhiệm kỳ 2020 - 2025', 'hôm qua', 'Sáng 5/10', '2025-2030', 'tháng Chạp'];
const PUNCT = [',', '.', ';', ':', '(', ')', '"', '“', '”', '–', '—', '-', '…', '!', '?', '/', '\n', '\r\n', ' ', '  ', '\t'];
const ODD = ['\u00a0', '\u200b', '\u200c', '\u200d', '\ufeff', '\u00ad', '😀', '🇻🇳', '👩‍💼', '\u0301', '\u0323', '\u0300\u0302', '𝐀', 'Ð', '\u2028', '０１'];

const piece = fc.oneof(
  { arbitrary: fc.constantFrom(...SYLLABLES), weight: 4 },
  { arbitrary: fc.constantFrom(...NAMES), weight: 3 },
  { arbitrary: fc.constantFrom(...TITLES), weight: 3 },
  { arbitrary: fc.constantFrom(...ORGS), weight: 3 },
  { arbitrary: fc.constantFrom(...DATES), weight: 2 },
  { arbitrary: fc.constantFrom(...PUNCT), weight: 4 },
  { arbitrary: fc.constantFrom(...ODD), weight: 2 },
  { arbitrary: fc.integer({ min: 0, max: 99999 }).map(String), weight: 1 },
  { arbitrary: fc.string({ maxLength: 3 }), weight: 1 },
);
/** Pieces joined by spaces (mostly) or directly, each maybe NFD or upper-cased. */
const vnText = fc.array(
  fc.tuple(piece, fc.constantFrom(' ', ' ', ' ', '', '\u00a0'), fc.constantFrom('as-is', 'as-is', 'as-is', 'nfd', 'upper')),
  { maxLength: 40 },
).map((xs) => xs.map(([p, sep, form]) => (form === 'nfd' ? p.normalize('NFD') : form === 'upper' ? p.toUpperCase() : p) + sep).join(''));

function boundsProblems(doc: DocumentResult, text: string): string[] {
  const n = Array.from(text).length;
  return spansOf(doc).filter((s) => !(s.start >= 0 && s.start <= s.end && s.end <= n)).map((s) => `${s.kind} [${s.start},${s.end}) of ${n}`);
}

describe('extract() invariants on random Vietnamese-like text', () => {
  it('never throws; spans in bounds and slicing the original by code points', () => {
    fc.assert(fc.property(vnText, fc.constantFrom(undefined, '2024-03-15', 'auto'), (text, refDate) => {
      const doc = extract(text, { lexicon, refDate });
      expect(boundsProblems(doc, text)).toEqual([]);
      expect(badSpans(doc, text)).toEqual([]);
    }), opts(300, 20240315));
  });

  it('the same on unconstrained unicode strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
      const doc = extract(text, { lexicon });
      expect(badSpans(doc, text)).toEqual([]);
    }), opts(200, 7));
  });

  // table of hand-picked edge cases (each must extract without throwing and with exact spans)
  it.each([
    [''], [' '], ['\u0301'], ['\u0301Bí thư'], ['😀Nguyễn Văn An😀, Bí thư Tỉnh ủy'], ['Bí thư Tỉnh ủy\u200bNghệ An Nguyễn Văn An'],
    ['Nguye\u0302\u0303n Va\u0306n An, Chu\u0309 ti\u0323ch UBND ti\u0309nh'], ['BÍ THƯ TỈNH ỦY NGHỆ AN NGUYỄN VĂN AN'], ['\r\n\r\n'],
    ['Sáng 15/3\u00a0năm 2024'], ['Ông'], ['Nguyễn'], ['các đồng chí:'], ['(', ], ['Đại tá Phạm Văn Lực, Giám đốc Công an tỉnh 👩‍💼.'],
  ])('%j', (text) => {
    const doc = extract(text, { lexicon, refDate: '2024-03-15' });
    expect(boundsProblems(doc, text)).toEqual([]);
    expect(badSpans(doc, text)).toEqual([]);
  });

  it('negative: the span check catches a wrong offset (astral characters count as one code point)', () => {
    const text = '😀Nguyễn Văn An, Bí thư Tỉnh ủy Nghệ An phát biểu.';
    const doc = extract(text, { lexicon });
    expect(doc.people.length).toBeGreaterThan(0);
    const shifted: DocumentResult = { ...doc, people: doc.people.map((p) => ({ ...p, mentions: p.mentions.map((m) => ({ ...m, start: m.start + 1, end: m.end + 1 })) })) };
    expect(badSpans(shifted, text)).not.toEqual([]);
    const outOfBounds: DocumentResult = { ...doc, dates: [{ text: '', value: null, start: 5, end: 4 }] };
    expect(boundsProblems(outOfBounds, text)).not.toEqual([]);
  });
});
