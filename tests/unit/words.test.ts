import { describe, expect, test } from 'vitest';
import { atomize } from '../../src/segment/tokens.js';
import { WordSet, atomShapes, SHAPE_CAP, SHAPE_LOWER_BODY, SHAPE_CLUB, SHAPE_CORP } from '../../src/recognizers/words.js';

const WORDS = ['đường', 'phố', 'thành phố', 'tại', 'ventures', 'đội'];
const set = new WordSet(WORDS);

describe('WordSet', () => {
  test.each([
    // [text, the fold of its one atom is a word]
    ['đường', true], ['Đường', true], ['ĐƯỜNG', true], ['phố', true], ['tại', true], ['Ventures', true], ['đỘi', true],
    ['duong', false], ['đương', false], ['phô', false], ['thành', false], ['venture', false], ['', false], [',', false], ['2025', false],
  ] as const)('hasAtom(%s) = %s, as Set.has(fold)', (text, expected) => {
    const atoms = atomize(text);
    const a = atoms[0];
    expect(set.hasAtom(a)).toBe(expected);
    if (a) expect(set.hasAtom(a)).toBe(new Set(WORDS).has(a.fold));
  });
  test('no atom is no word', () => expect(set.hasAtom(undefined)).toBe(false));
  test('has() answers for strings as a Set does, including words of two syllables', () => {
    for (const w of [...WORDS, 'thành', 'Đường', '']) expect(set.has(w)).toBe(WORDS.includes(w));
    expect([...set]).toEqual(WORDS);
  });
  test('every word of a larger set is found by its atoms, and its neighbours are not', () => {
    const words = 'của cho và tại với là đã được trong ở về từ đến theo do bị có không các những này đó thì mà'.split(' ');
    const big = new WordSet(words);
    for (const a of atomize(words.join(' '))) expect(big.hasAtom(a)).toBe(true);
    for (const a of atomize('cua cho̱ vâ tai voi la da duoc trông ơ vê tư đên theó đo bi co khong cac nhưng nay đo thi ma')) expect(big.hasAtom(a)).toBe(words.includes(a.fold));
  });
  test('a set emptied and filled again answers as a new set of the new words', () => {
    const reused = new WordSet(['tapowaco', 'vietstar', 'đường']);
    const next = ['vinafood', 'đường', 'hanwon'];
    reused.clear();
    for (const w of next) reused.add(w);
    const fresh = new WordSet(next);
    for (const a of atomize('Tapowaco VietStar Vinafood đường Hanwon phố tại')) expect(reused.hasAtom(a)).toBe(fresh.hasAtom(a));
    for (const w of ['tapowaco', 'vietstar', 'vinafood', 'đường', 'hanwon', '']) expect(reused.has(w)).toBe(next.includes(w));
    expect([...reused]).toEqual(next);
    reused.clear();
    for (const a of atomize('Vinafood đường Hanwon')) expect(reused.hasAtom(a)).toBe(false);
  });
});

describe('atomShapes', () => {
  const text = 'Đội bóng của khoa Nhi và đoàn ĐBQH, câu lạc bộ Hanwon Holdings; ĐỘI 3 đoạn';
  const atoms = atomize(text);
  const shapes = atomShapes(atoms);
  const bitsOf = (i: number) => [
    (shapes[i] & SHAPE_CAP) !== 0 ? 'cap' : '', (shapes[i] & SHAPE_LOWER_BODY) !== 0 ? 'lower-body' : '',
    (shapes[i] & SHAPE_CLUB) !== 0 ? 'club' : '', (shapes[i] & SHAPE_CORP) !== 0 ? 'corp' : '',
  ].filter(Boolean).join('+');
  test.each([
    ['Đội', 'cap+club'], ['bóng', ''], ['của', ''], ['khoa', 'lower-body'], ['Nhi', 'cap'], ['đoàn', 'lower-body'],
    ['ĐBQH', 'cap'], [',', ''], ['câu', 'club'], ['lạc', ''], ['Hanwon', 'cap'], ['Holdings', 'cap+corp'], [';', ''],
    ['ĐỘI', 'cap+club'], ['3', ''], ['đoạn', ''],
  ])('%s: %s', (word, want) => {
    const i = atoms.findIndex((a) => a.text === word);
    expect(i).toBeGreaterThanOrEqual(0);
    expect(bitsOf(i)).toBe(want);
  });
  test('one byte per atom, made again for another document', () => {
    const other = atomize('khoa Nội');
    const s2 = atomShapes(other);
    expect(s2[0]).toBe(SHAPE_LOWER_BODY);
    expect(s2[1]).toBe(SHAPE_CAP);
    const long = atomize('Ông An. '.repeat(3000));
    const s3 = atomShapes(long);
    expect(s3.length).toBeGreaterThanOrEqual(long.length);
    expect(s3[long.length - 3]).toBe(SHAPE_CAP);
  });
});

describe('atomShapes after a very long document', () => {
  test('the buffer grown for it is not kept: the next document gets one of at most 1 Mi bytes, with right shapes', () => {
    const long = atomize('Ông An '.repeat(400_000)); // 800,000 atoms
    const longer = atomize('An, '.repeat(600_000)); // 1,200,000 atoms
    expect(longer.length).toBeGreaterThan(1 << 20);
    expect(atomShapes(long).length).toBeLessThanOrEqual(1 << 20);
    const s = atomShapes(longer);
    expect(s.length).toBeGreaterThanOrEqual(longer.length);
    expect(s[longer.length - 2]).toBe(SHAPE_CAP);
    const small = atomize('đội tuyển');
    const after = atomShapes(small);
    expect(after.length).toBeLessThanOrEqual(1 << 20);
    expect([after[0], after[1]]).toEqual([SHAPE_LOWER_BODY | SHAPE_CLUB, 0]);
  }, 60_000); // (two million atoms to make: 3-4 s alone, 15 s and more on a loaded machine, past the default 5 s)
});
