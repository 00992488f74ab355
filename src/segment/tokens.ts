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
}

const ATOM = /([\p{L}\p{M}]+[\p{L}\p{M}\p{N}]*|\p{N}+[\p{L}\p{M}\p{N}]*)|(\S)/gu;
const UPPER = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;

export function atomize(key: string): Atom[] {
  const atoms: Atom[] = [];
  ATOM.lastIndex = 0;
  let prevEnd = 0;
  let m: RegExpExecArray | null;
  while ((m = ATOM.exec(key)) !== null) {
    const text = m[0];
    const start = m.index;
    const gap = start > prevEnd ? key.slice(prevEnd, start) : '';
    const isWord = m[1] !== undefined;
    const c0 = text.charCodeAt(0);
    const digit = c0 >= 0x30 && c0 <= 0x39;
    const upper = isWord && !digit && UPPER.test(text);
    atoms.push({
      start,
      end: start + text.length,
      text,
      fold: text.toLowerCase(),
      kind: !isWord ? AtomKind.Punct : digit ? AtomKind.Number : AtomKind.Word,
      space: start === 0 || gap.length > 0,
      newline: gap.includes('\n') || start === 0,
      upper,
      allCaps: upper && text.length >= 2 && !HAS_LOWER.test(text),
    });
    prevEnd = start + text.length;
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
