import { describe, expect, test } from 'vitest';
import { atomize } from '../../src/segment/tokens.js';
import { WordSet } from '../../src/recognizers/words.js';

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
});
