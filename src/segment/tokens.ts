// Segment stage, part 1: atoms over the matching key.
//   "Phó Bí thư TP.HCM, 22/12/2023" -> Phó | Bí | thư | TP | . | HCM | , | 22 | / | 12 | / | 2023
// Atoms are what dictionaries match against: runs of letters/marks/digits, and single punctuation marks.
// `tokenize()` groups atoms into typed tokens (syllable, number, date, abbreviation, url, email, punct).

export const enum AtomKind { Word = 0, Number = 1, Punct = 2 }

export interface Atom {
  /** UTF-16 offsets into the key. */
  start: number;
  end: number;
  text: string;
  /** Lower-case text (the key is already NFC, Đ-mapped and tone-canonical). */
  fold: string;
  kind: AtomKind;
  /** Whitespace precedes this atom (or it starts the text). */
  space: boolean;
  /** A line break lies between the previous atom and this one. */
  newline: boolean;
  /** First character is an upper-case letter. */
  upper: boolean;
  /** Every letter is upper case (UBND, HĐND) and there are at least two letters. */
  allCaps: boolean;
  /** hashFold(fold), computed while the atom is scanned (the dictionary trie is looked up by it). */
  hash: number;
  /** The atom's slot in the syllable table (see SyllableTable), -1 when it was not interned. */
  syl: number;
}

/** FNV-1a over the UTF-16 units of a string (for atoms: of their fold). */
export function hashFold(s: string): number {
  let h = FNV_OFFSET;
  for (let k = 0; k < s.length; k++) h = Math.imul(h ^ s.charCodeAt(k), FNV_PRIME);
  return h;
}
export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 16777619;

// Character classes per UTF-16 unit, filled lazily: 1 letter or mark, 2 digit, 3 space, 4 other.
// CASE holds, per letter, bit 1 "lower-casing changes it" and bit 2 "is a lower-case letter (\p{Ll})", and bit 4 "its
// lower case is not one unit of its own" (İ, Σ, whose lower case depends on its place in the word, and digits such as Ⅻ
// that lower-casing the word changes); LOWER holds, per letter, the unit its lower case is otherwise (per other unit, itself).
const CLS = new Uint8Array(65536);
const CASE = new Uint8Array(65536);
const LOWER = new Uint16Array(65536);
const LETTER = /[\p{L}\p{M}]/u;
const DIGIT = /\p{N}/u;
const SPACE = /\s/u;
const LOWER_CASE = /\p{Ll}/u;
function cls(c: number): number {
  let v = CLS[c];
  if (v === 0) {
    const ch = String.fromCharCode(c);
    v = c >= 0xd800 && c <= 0xdfff ? 4 : LETTER.test(ch) ? 1 : DIGIT.test(ch) ? 2 : SPACE.test(ch) ? 3 : 4;
    CLS[c] = v;
    const lower = ch.toLowerCase();
    CASE[c] = (v === 1 && lower !== ch ? 1 : 0) | (v === 1 && LOWER_CASE.test(ch) ? 2 : 0) | (lower.length !== 1 || c === 0x3a3 || (v !== 1 && lower !== ch) ? 4 : 0);
    LOWER[c] = v === 1 && lower.length === 1 ? lower.charCodeAt(0) : c;
  }
  return v;
}

/** Is this UTF-16 unit a letter, mark or digit (\p{L}, \p{M}, \p{N})? A surrogate half is none. */
export function isWordUnit(c: number): boolean {
  const k = CLS[c] || cls(c);
  return k === 1 || k === 2;
}

/** Is this UTF-16 unit a letter or a mark (\p{L}, \p{M})? A surrogate half is none. */
export function isLetterUnit(c: number): boolean {
  return (CLS[c] || cls(c)) === 1;
}

/**
 * The distinct atoms seen so far, with their text and fold. A document repeats a few thousand distinct atoms (a corpus
 * not many more), yet each atom used to get a new slice of the key and, when capitalised, a new toLowerCase: the table
 * hands back the strings of an atom already seen (V8 then also finds their hash codes cached in Map and Set look-ups
 * downstream). It is open addressing keyed by the hash atomize computes anyway while scanning an atom (of its
 * lower-case units, so "Hà", "hà" and "HÀ" probe from the same slot), and a slot is taken only when its units are the
 * atom's own: a hash alone is never trusted. What the comparison reads sits in one 32-byte record per slot (hash,
 * length, the units packed two per int), so that a hit touches that record and the two string pointers, not the
 * strings: between two documents the atoms' allocation pushes the table out of the CPU caches.
 * Only atoms of at most SYLLABLE_UNITS units whose fold hashes as scanned are kept (longer ones are rare, and V8
 * would keep a long slice as a view of the whole document). Bounded: once it holds `cap` atoms, new ones are no longer
 * added (they get their own strings, and syl -1) and the table is emptied when the next document starts, never during
 * one, so that every `syl` of the atoms just made stays valid until the next atomize call.
 */
export class SyllableTable {
  /**
   * Per slot p (RECORD ints from q = RECORD * p): records[q] the hash, [q + 1] the length (0: empty slot), [q + 2 ..
   * q + 7] the units, two per int, [q + 8] the stamp of the lexicon whose root edge [q + 9] holds (see rootEdge).
   */
  private readonly records: Int32Array;
  /** Per slot p: strings[2p] the atom's text, strings[2p + 1] its fold. */
  readonly strings: string[];
  private readonly mask: number;
  /** Atoms in the table. */
  size = 0;
  /** Times the table was emptied (the owners of per-slot facts compare it to know when to forget theirs). */
  epoch = 0;
  /** The first atom of the latest atomize call (see isLatest). */
  private latestFirst: Atom | undefined;

  constructor(readonly cap: number) {
    const slots = 2 ** Math.ceil(Math.log2(2 * cap)); // at most half full: short probe runs
    this.records = new Int32Array(RECORD * slots);
    this.strings = new Array<string>(2 * slots).fill('');
    this.mask = slots - 1;
  }

  /** Called by atomize before a document: a full table is emptied here, between documents. */
  startDocument(): void {
    if (this.size < this.cap) return;
    this.records.fill(0);
    this.strings.fill('');
    this.size = 0;
    this.epoch++;
  }

  /** The slot of the atom key[start, end) scanned with hash h; when it is not in the table, -(the free slot for it) - 1. */
  find(key: string, start: number, end: number, h: number): number {
    const r = this.records;
    const len = end - start;
    for (let p = h & this.mask; ; p = (p + 1) & this.mask) {
      const q = RECORD * p;
      const l = r[q + 1];
      if (l === 0) return -p - 1;
      if (r[q] === h && l === len && sameUnits(r, q + 2, key, start, len)) return p;
    }
  }

  /**
   * Keep the atom key[start, end) (scanned with hash h, the hash of its fold) in the free slot that find returned (as
   * -slot - 1). Returns the slot, or -1 when the atom is not kept (too long, or the table full).
   */
  add(free: number, key: string, start: number, end: number, h: number, text: string, fold: string): number {
    const len = end - start;
    if (len > SYLLABLE_UNITS || this.size >= this.cap) return -1;
    const p = -free - 1;
    const r = this.records;
    const q = RECORD * p;
    r[q] = h; r[q + 1] = len;
    for (let k = 0; k < len; k++) r[q + 2 + (k >> 1)] |= key.charCodeAt(start + k) << ((k & 1) << 4);
    this.strings[2 * p] = text; this.strings[2 * p + 1] = fold;
    this.size++;
    return p;
  }

  /** Atomize made its latest atoms (their first is `first`): nothing emptied the table since, every slot is theirs. */
  setLatest(first: Atom | undefined): void {
    this.latestFirst = first;
  }

  /**
   * Are these the atoms of the latest atomize call? Then every `syl` among them holds its atom and needs no check (one
   * test per document instead of one per atom). An atom belongs to the one atomize call that made it.
   */
  isLatest(atoms: readonly Atom[]): boolean {
    return atoms.length !== 0 && atoms[0] === this.latestFirst;
  }

  /**
   * Does slot `syl` hold this atom? An atom's slot is valid until the table is emptied, when a later atomize call
   * starts (a lexicon look-up atomizes its text): the slot's text is then another string, or an equal one.
   */
  holds(syl: number, text: string): boolean {
    return syl >= 0 && this.strings[2 * syl] === text;
  }

  /**
   * The root edge a lexicon cached for slot `syl` under its stamp (a lexicon takes a new stamp whenever its edges
   * change), or NOT_CACHED. Matching looks every atom up from the trie's root; this answers the look-up of a repeated
   * atom from the record atomize has just read, without hashing into the lexicon's edge table.
   */
  rootEdge(syl: number, stamp: number): number {
    const q = RECORD * syl;
    return this.records[q + 8] === stamp ? this.records[q + 9] : NOT_CACHED;
  }

  cacheRootEdge(syl: number, stamp: number, edge: number): void {
    const q = RECORD * syl;
    this.records[q + 8] = stamp;
    this.records[q + 9] = edge;
  }
}

/** What rootEdge answers for a slot without a root edge of that lexicon (an edge is -1 or an offset >= 0). */
export const NOT_CACHED = -2;

/** Int32s per record of the syllable table (one 64-byte cache line), and the longest atom it keeps (6 ints of units). */
const RECORD = 16;
const SYLLABLE_UNITS = 12;

/** Do the `len` units packed two per int from r[q] on equal key[start, start + len)? */
function sameUnits(r: Int32Array, q: number, key: string, start: number, len: number): boolean {
  for (let k = 0; k < len; k++) if (((r[q + (k >> 1)] >>> ((k & 1) << 4)) & 0xffff) !== key.charCodeAt(start + k)) return false;
  return true;
}

/** At most this many distinct atoms are kept between documents (16 Ki: 2.5 MB of tables). */
export const SYLLABLE_CAP = 1 << 14;
export const SYLLABLES = new SyllableTable(SYLLABLE_CAP);

export function atomize(key: string): Atom[] {
  SYLLABLES.startDocument();
  const atoms: Atom[] = [];
  const n = key.length;
  let prevEnd = 0;
  let newline = true;
  let i = 0;
  while (i < n) {
    const c0 = key.charCodeAt(i);
    const k0 = CLS[c0] || cls(c0);
    if (k0 === 3) { if (c0 === 10) newline = true; i++; continue; }
    const start = i;
    let kind: AtomKind;
    let caseBits = 0;
    let hash = FNV_OFFSET;
    if (k0 === 4) {
      kind = AtomKind.Punct;
      hash = Math.imul(hash ^ c0, FNV_PRIME);
      if (c0 >= 0xd800 && c0 <= 0xdbff && i + 1 < n && (key.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
        hash = Math.imul(hash ^ key.charCodeAt(i + 1), FNV_PRIME);
        i += 2;
      } else i++;
    } else {
      kind = k0 === 1 ? AtomKind.Word : AtomKind.Number;
      caseBits = CASE[c0];
      hash = Math.imul(hash ^ LOWER[c0], FNV_PRIME);
      i++;
      while (i < n) {
        const c = key.charCodeAt(i);
        const k = CLS[c] || cls(c);
        if (k !== 1 && k !== 2) break;
        caseBits |= CASE[c];
        hash = Math.imul(hash ^ LOWER[c], FNV_PRIME);
        i++;
      }
    }
    let text: string;
    let fold: string;
    let syl = SYLLABLES.find(key, start, i, hash);
    if (syl >= 0) {
      text = SYLLABLES.strings[2 * syl];
      fold = SYLLABLES.strings[2 * syl + 1];
    } else {
      text = key.slice(start, i);
      // an atom without upper-case letters is its own fold (no new string)
      fold = kind === AtomKind.Punct || (caseBits & 1) === 0 ? text : text.toLowerCase();
      // (a unit whose lower case is not one unit: the fold hashes otherwise than scanned, and the atom is not kept)
      if ((caseBits & 4) !== 0) { hash = hashFold(fold); syl = -1; }
      else syl = SYLLABLES.add(syl, key, start, i, hash, text, fold);
    }
    const upper = kind === AtomKind.Word && (CASE[c0] & 1) === 1;
    atoms.push({
      start, end: i, text, fold, kind,
      space: start === 0 || start > prevEnd,
      newline,
      upper,
      allCaps: upper && text.length >= 2 && (caseBits & 2) === 0,
      hash,
      syl,
    });
    newline = false;
    prevEnd = i;
  }
  SYLLABLES.setLatest(atoms[0]);
  return atoms;
}

export type TokenType = 'syllable' | 'number' | 'date' | 'abbreviation' | 'url' | 'email' | 'punct';

export interface Token { type: TokenType; text: string; start: number; end: number }

// Typed tokens, in priority order (the order matters: earlier alternatives win).
const TOKEN = new RegExp([
  '(?<url>(?:https?://|www\\.)[^\\s<>"]+[^\\s<>".,;:!?)])',
  '(?<email>[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+)',
  '(?<date>\\p{N}{1,2}[/.-]\\p{N}{1,2}[/.-]\\p{N}{4}(?!\\p{N})|\\p{N}{1,2}/\\p{N}{1,2}(?![\\p{N}/]))',
  '(?<number>\\p{N}{1,3}(?:\\.\\p{N}{3})+(?:,\\p{N}+)?%?|\\p{N}+(?:,\\p{N}+)?%?)',
  '(?<abbreviation>(?:\\p{Lu}[\\p{L}]{0,3}\\.){1,3}\\p{Lu}[\\p{L}]*|\\p{Lu}+(?:&\\p{Lu}+)+|\\p{Lu}[\\p{Lu}\\p{N}]+(?![\\p{Ll}]))',
  '(?<syllable>[\\p{L}\\p{M}]+)',
  '(?<punct>\\S)',
].join('|'), 'gu');

/** Typed tokens with UTF-16 offsets into `s` (usually the key). */
export function tokenize(s: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(s)) !== null) {
    const g = m.groups!;
    let type: TokenType = 'punct';
    for (const t of ['url', 'email', 'date', 'number', 'abbreviation', 'syllable', 'punct'] as const) {
      if (g[t] !== undefined) { type = t; break; }
    }
    out.push({ type, text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}
