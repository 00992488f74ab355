import { describe, expect, it, test } from 'vitest';
import { atomize, tokenize, hashFold, isLetterUnit, isWordUnit } from '../../src/segment/tokens.js';
import { splitSentences } from '../../src/segment/sentences.js';

const sentences = (s: string) => {
  const atoms = atomize(s);
  return splitSentences(atoms).map((x) => s.slice(atoms[x.first].start, atoms[x.last].end));
};

describe('atoms', () => {
  test('syllables, numbers and punctuation with offsets', () => {
    const a = atomize('Phó Bí thư TP.HCM, 22/12');
    expect(a.map((x) => x.text)).toEqual(['Phó', 'Bí', 'thư', 'TP', '.', 'HCM', ',', '22', '/', '12']);
    expect(a[3]).toMatchObject({ start: 11, end: 13, upper: true, allCaps: true, space: true });
    expect(a[4].space).toBe(false);
    expect(a[1].fold).toBe('bí');
  });
  test.each([
    'Phó Bí thư TP.HCM, 22/12', 'ĐỒNG CHÍ Nguyễn Văn A', 'İstanbul İZMİR', 'ΟΔΥΣΣΕΑΣ Σ ΣΑ', 'Ⅻ khóa Ⅻa XIIⅫ', 'tiếng 😀 Việt', 'ǅ ǈ ẞ', '',
  ])('every atom carries hashFold of its fold: %s', (s) => {
    const atoms = atomize(s);
    for (const a of atoms) expect(a.hash).toBe(hashFold(a.fold));
    expect(atoms.every((a) => a.fold === a.text.toLowerCase() || a.fold === a.text)).toBe(true);
  });
  test('different folds, different hashes (for these)', () => {
    const hs = atomize('tháng thang Tháng thắng').map((a) => a.hash);
    expect(hs[0]).toBe(hs[2]);
    expect(new Set(hs).size).toBe(3);
  });
  test('line breaks are recorded', () => {
    const a = atomize('A\nB');
    expect(a[1].newline).toBe(true);
  });
});

describe('typed tokens', () => {
  test.each([
    ['22/12/2023', 'date'], ['22/12', 'date'], ['1.000.000', 'number'], ['3,5%', 'number'], ['UBND', 'abbreviation'],
    ['KH&CN', 'abbreviation'], ['T.Ư', 'abbreviation'], ['TP.HCM', 'abbreviation'], ['https://vnexpress.net/a-b.html', 'url'],
    ['ban.bientap@baonghean.vn', 'email'], ['Thường', 'syllable'], [';', 'punct'],
  ])('%s is a %s token', (text, type) => {
    const t = tokenize(text);
    expect(t).toHaveLength(1);
    expect(t[0]).toMatchObject({ type, text, start: 0, end: text.length });
  });
  test('a sentence', () => {
    const t = tokenize('Ngày 22/12/2023, UBND tỉnh chi 1.000.000 đồng.');
    expect(t.map((x) => x.type)).toEqual(['syllable', 'date', 'punct', 'abbreviation', 'syllable', 'syllable', 'number', 'syllable', 'punct']);
  });
});

describe('sentences', () => {
  test.each([
    ['Ông A đến. Bà B về.', ['Ông A đến.', 'Bà B về.']],
    ['PGS.TS. Lê Văn A phát biểu. Sau đó, ông về.', ['PGS.TS. Lê Văn A phát biểu.', 'Sau đó, ông về.']],
    ['Đoàn đến TP. Hồ Chí Minh hôm qua.', ['Đoàn đến TP. Hồ Chí Minh hôm qua.']],
    ['Tiêu đề không dấu chấm\nĐoạn thứ hai.', ['Tiêu đề không dấu chấm', 'Đoạn thứ hai.']],
    ['Anh N.T.T. cho biết. Chị H. nói.', ['Anh N.T.T. cho biết.', 'Chị H. nói.']],
    ['Kiểm tra… Chủ động nắm tình hình.', ['Kiểm tra…', 'Chủ động nắm tình hình.']],
    ['Ông nói: "Tốt lắm." Sau đó về.', ['Ông nói: "Tốt lắm."', 'Sau đó về.']],
    ['giá tăng 3.5 lần. ok', ['giá tăng 3.5 lần. ok']],
  ])('%s', (text, expected) => { expect(sentences(text)).toEqual(expected); });
});

describe('unit classes shared with the date recognizers', () => {
  it.each([
    ['a', true, true], ['ệ', true, true], ['\u0301', true, true], ['7', true, false], ['٣', true, false], ['Ⅻ', true, false],
    [' ', false, false], ['-', false, false], [':', false, false], ['\uD835', false, false], ['\uDC00', false, false],
  ])('%j: word unit %s, letter unit %s', (ch, word, letter) => {
    expect(isWordUnit(ch.charCodeAt(0))).toBe(word);
    expect(isLetterUnit(ch.charCodeAt(0))).toBe(letter);
  });
  it('agree with \\p{L}\\p{M}\\p{N} and \\p{L}\\p{M} on every UTF-16 unit', () => {
    const word = /^[\p{L}\p{M}\p{N}]$/u;
    const letter = /^[\p{L}\p{M}]$/u;
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (isWordUnit(c) !== word.test(ch) || isLetterUnit(c) !== letter.test(ch)) throw new Error(`U+${c.toString(16)}`);
    }
  });
});
