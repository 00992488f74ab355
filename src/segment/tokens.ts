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

export function atomize(key: string): Atom[] {
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
    const text = key.slice(start, i);
    // an atom without upper-case letters is its own fold (no new string)
    const fold = kind === AtomKind.Punct || (caseBits & 1) === 0 ? text : text.toLowerCase();
    if ((caseBits & 4) !== 0) hash = hashFold(fold);
    const upper = kind === AtomKind.Word && (CASE[c0] & 1) === 1;
    atoms.push({
      start, end: i, text, fold, kind,
      space: start === 0 || start > prevEnd,
      newline,
      upper,
      allCaps: upper && text.length >= 2 && (caseBits & 2) === 0,
      hash,
    });
    newline = false;
    prevEnd = i;
  }
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
