// The syllable table (interned atoms, tokens.ts) and the root edges cached in it (lexicon.ts): the same answers as the
// plain computation, never a hash trusted alone, a bounded size, and cached trie facts forgotten when a lexicon changes.
import { describe, expect, it, test } from 'vitest';
import { atomize, hashFold, SyllableTable, SYLLABLES, SYLLABLE_CAP, NOT_CACHED } from '../../src/segment/tokens.js';
import { Lexicon, type Entry } from '../../src/lexicon/lexicon.js';
import { normalize } from '../../src/text/normalize.js';

/**
 * What atomize computed per atom before the table: a slice of the key; its lower case when lower-casing changes one of
 * its letters (else the text itself: "Ⅻa" stays as it is); the hash of that.
 */
const plain = (key: string) => atomize(key).map((a) => {
  const text = key.slice(a.start, a.end);
  const fold = [...text].some((ch) => /[\p{L}\p{M}]/u.test(ch) && ch.toLowerCase() !== ch) ? text.toLowerCase() : text;
  return { text, fold, hash: hashFold(fold) };
});

describe('atoms from the syllable table', () => {
  test.each([
    'Phó Bí thư TP.HCM, 22/12', 'Hà hà HÀ hả Hả hA', 'ĐỒNG CHÍ Nguyễn Văn A, đồng chí nguyễn văn a',
    'İstanbul İZMİR', 'ΟΔΥΣΣΕΑΣ Σ ΣΑ', 'Ⅻ khóa Ⅻa XIIⅫ', 'tiếng 😀 Việt', 'ǅ ǈ ẞ',
    'Vietcombank Vietcombanks Vietcombanksx Vietcombanj', 'ab ac ba', '',
  ])('same text, fold and hash as the plain computation, twice: %s', (key) => {
    const expected = plain(key);
    for (let run = 0; run < 2; run++) {
      const atoms = atomize(key);
      expect(atoms.map((a) => ({ text: a.text, fold: a.fold, hash: a.hash }))).toStrictEqual(expected);
      for (const a of atoms) if (a.syl >= 0) expect(SYLLABLES.holds(a.syl, a.text)).toBe(true);
    }
  });
  it('gives different atoms different slots, case variants included', () => {
    const atoms = atomize('Hà hà HÀ hả Hà');
    expect(new Set(atoms.map((a) => a.syl)).size).toBe(4);
    expect(atoms[4].syl).toBe(atoms[0].syl);
    expect(atoms.every((a) => a.syl >= 0)).toBe(true);
  });
  it('keeps out atoms longer than 12 units and those whose fold hashes otherwise than scanned', () => {
    const atoms = atomize('abcdefghijkl abcdefghijklm İz Σα');
    expect(atoms.map((a) => a.syl >= 0)).toStrictEqual([true, false, false, false]);
    expect(atoms.map((a) => a.fold)).toStrictEqual(['abcdefghijkl', 'abcdefghijklm', 'i̇z', 'σα']);
  });
});

describe('SyllableTable', () => {
  const key = 'ab ac abc';
  it('finds an atom only by its hash and its units together', () => {
    const t = new SyllableTable(4);
    const free = t.find(key, 0, 2, 5);
    expect(free).toBeLessThan(0);
    const slot = t.add(free, key, 0, 2, 5, 'ab', 'ab');
    expect(slot).toBeGreaterThanOrEqual(0);
    expect(t.find(key, 0, 2, 5)).toBe(slot);
    expect(t.find(key, 3, 5, 5)).toBeLessThan(0); // "ac": the same hash, other units
    expect(t.find(key, 6, 9, 5)).toBeLessThan(0); // "abc": the same hash and first units, longer
    expect(t.find(key, 0, 1, 5)).toBeLessThan(0); // "a": shorter
    expect(t.find(key, 0, 2, 6)).toBeLessThan(0); // "ab" under another hash
    expect(t.strings[2 * slot]).toBe('ab');
  });
  it('holds at most `cap` atoms, and is emptied only when the next document starts', () => {
    const t = new SyllableTable(4);
    const text = 'a b c d e f';
    const slots: number[] = [];
    for (let k = 0; k < 6; k++) {
      const start = 2 * k;
      slots.push(t.add(t.find(text, start, start + 1, k), text, start, start + 1, k, text[start], text[start]));
    }
    expect(slots.filter((s) => s >= 0)).toHaveLength(4);
    expect(slots.slice(4)).toStrictEqual([-1, -1]);
    expect(t.size).toBe(4);
    expect(t.find(text, 0, 1, 0)).toBe(slots[0]); // still there until the next document
    t.startDocument();
    expect(t.size).toBe(0);
    expect(t.epoch).toBe(1);
    expect(t.find(text, 0, 1, 0)).toBeLessThan(0);
    expect(t.rootEdge(slots[0], 7)).toBe(NOT_CACHED);
  });
  it('caches a root edge per stamp', () => {
    const t = new SyllableTable(4);
    const slot = t.add(t.find(key, 0, 2, 5), key, 0, 2, 5, 'ab', 'ab');
    expect(t.rootEdge(slot, 1)).toBe(NOT_CACHED);
    t.cacheRootEdge(slot, 1, -1);
    expect(t.rootEdge(slot, 1)).toBe(-1);
    expect(t.rootEdge(slot, 2)).toBe(NOT_CACHED);
  });
  it('the shared table stays within SYLLABLE_CAP over a document of more distinct atoms', () => {
    const words: string[] = [];
    for (let k = 0; k < SYLLABLE_CAP + 5000; k++) words.push(`w${k}`);
    const key = words.join(' ');
    const atoms = atomize(key);
    expect(SYLLABLES.size).toBeLessThanOrEqual(SYLLABLE_CAP);
    expect(atoms.filter((a) => a.syl < 0).length).toBeGreaterThanOrEqual(5000);
    expect(atoms.map((a) => a.text)).toStrictEqual(words);
    atomize('x');
    expect(SYLLABLES.size).toBeLessThan(10);
  });
});

describe('root edges cached per syllable', () => {
  const entry = (form: string): Entry => ({ cat: 'org', kind: 'body', canonical: form, form, source: 'test' });
  const spans = (lex: Lexicon, atoms: ReturnType<typeof atomize>) =>
    atoms.map((_, i) => lex.matchSpans(atoms, i).map((m) => [i + m.len, m.entries]));
  const viaMaps = (lex: Lexicon, atoms: ReturnType<typeof atomize>) =>
    atoms.map((_, i) => lex.matchAt(atoms, i).map((m) => [m.end, m.entries]));
  const text = 'Ngân hàng Vietcombank và Công ty Hoàng Anh, ngân hàng Nhà nước';

  it('are forgotten when the lexicon gains an entry', () => {
    const lex = new Lexicon();
    lex.add(entry('Ngân hàng Vietcombank'));
    const atoms = atomize(normalize(text).key);
    expect(spans(lex, atoms)).toStrictEqual(viaMaps(lex, atoms));
    lex.add(entry('Công ty Hoàng Anh')); // "công" had no root edge
    lex.add(entry('Ngân hàng Nhà nước'));
    const after = spans(lex, atoms);
    expect(after).toStrictEqual(viaMaps(lex, atoms));
    expect(after[4]).toHaveLength(1);
  });
  it('belong to one lexicon: two lexicons in turn each find their own entries', () => {
    const a = new Lexicon();
    const b = new Lexicon();
    a.add(entry('Ngân hàng Vietcombank'));
    b.add(entry('Công ty Hoàng Anh'));
    const atoms = atomize(normalize(text).key);
    for (let run = 0; run < 2; run++) {
      expect(spans(a, atoms)).toStrictEqual(viaMaps(a, atoms));
      expect(spans(b, atoms)).toStrictEqual(viaMaps(b, atoms));
    }
    expect(spans(a, atoms)[0]).toHaveLength(1);
    expect(spans(b, atoms)[0]).toHaveLength(0);
  });
  it('are not read through the slot of an atom once the table was emptied and refilled', () => {
    const lex = new Lexicon();
    lex.add(entry('Ngân hàng Vietcombank'));
    const atoms = atomize(normalize(text).key);
    const before = spans(lex, atoms);
    const filler: string[] = [];
    for (let k = 0; k < SYLLABLE_CAP + 10; k++) filler.push(`z${k}`);
    atomize(filler.join(' '));
    atomize('zzz'); // empties the full table
    atomize(filler.slice(0, 3000).join(' ')); // other atoms now in the slots
    expect(spans(lex, atoms)).toStrictEqual(before);
    expect(spans(lex, atoms)).toStrictEqual(viaMaps(lex, atoms));
  });
});

describe('match lists shared per deepest node', () => {
  const entry = (form: string): Entry => ({ cat: 'place', kind: 'city', canonical: form, form, source: 'test' });
  const spans = (lex: Lexicon, atoms: ReturnType<typeof atomize>) =>
    atoms.map((_, i) => lex.matchSpans(atoms, i).map((m) => [i + m.len, m.entries]));
  const viaMaps = (lex: Lexicon, atoms: ReturnType<typeof atomize>) =>
    atoms.map((_, i) => lex.matchAt(atoms, i).map((m) => [m.end, m.entries]));
  const text = 'Thành phố Hồ Chí Minh, thành phố Hồ, Thành phố Hồ Chí, phố Hồ Chí Minh';

  it('are what matchAt finds, also after a node on the way gains its first entry', () => {
    const lex = new Lexicon();
    lex.add(entry('Thành phố'));
    lex.add(entry('Thành phố Hồ Chí Minh'));
    lex.add(entry('Hồ Chí Minh'));
    const atoms = atomize(normalize(text).key);
    for (let run = 0; run < 2; run++) expect(spans(lex, atoms)).toStrictEqual(viaMaps(lex, atoms));
    expect(spans(lex, atoms)[0].map((m) => m[0])).toStrictEqual([2, 5]);
    lex.add(entry('Thành phố Hồ')); // between the two: the longer match's list must now hold three
    lex.add(entry('Phố Hồ Chí Minh')); // a node with children, no entries before
    for (let run = 0; run < 2; run++) expect(spans(lex, atoms)).toStrictEqual(viaMaps(lex, atoms));
    expect(spans(lex, atoms)[0].map((m) => m[0])).toStrictEqual([2, 3, 5]);
    expect(spans(lex, atoms)[6].map((m) => m[0])).toStrictEqual([8, 9]); // "thành phố Hồ" then ","
  });
  it('are shared: the same list for the same deepest node', () => {
    const lex = new Lexicon();
    lex.add(entry('Thành phố'));
    lex.add(entry('Thành phố Hồ Chí Minh'));
    const atoms = atomize(normalize('Thành phố Hồ Chí Minh và Thành phố Hồ Chí Minh').key);
    expect(lex.matchSpans(atoms, 0)).toBe(lex.matchSpans(atoms, 6));
    expect(lex.matchSpans(atoms, 0)).toHaveLength(2);
  });
});

describe('the atoms of the latest atomize call', () => {
  it('are told apart from older ones, and from an empty list', () => {
    const older = atomize('Ngân hàng Nhà nước');
    const latest = atomize('Ngân hàng Nhà nước');
    expect(SYLLABLES.isLatest(latest)).toBe(true);
    expect(SYLLABLES.isLatest(older)).toBe(false);
    expect(SYLLABLES.isLatest([])).toBe(false);
    atomize('');
    expect(SYLLABLES.isLatest(latest)).toBe(false);
  });
  it('match as any atoms do when looked up as the latest', () => {
    const lex = new Lexicon();
    lex.add({ cat: 'org', kind: 'body', canonical: 'x', form: 'Ngân hàng Nhà nước', source: 'test' });
    const atoms = atomize(normalize('Ngân hàng Nhà nước, ngân hàng').key);
    const asLatest = atoms.map((_, i) => lex.matchSpans(atoms, i, undefined, true));
    expect(asLatest).toStrictEqual(atoms.map((_, i) => lex.matchSpans(atoms, i)));
    expect(asLatest.map((m) => m.length)).toStrictEqual([1, 0, 0, 0, 0, 0, 0]);
  });
});
