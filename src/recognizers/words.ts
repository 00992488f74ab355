// Word sets that the recognizers look atoms up in.
import { AtomKind, hashFold, type Atom } from '../segment/tokens.js';
import { regrownSize } from '../scratch.js';

/**
 * One bit per value of a word hash (hashFold) modulo 4096, set for the hashes of a set's words: most atoms are no word
 * of a given set, and this 512-byte filter, which stays in the cache, turns nearly all of them away by the hash the
 * atom already carries, before any look-up. Used by WordSet and by the dates' word table.
 */
export class HashFilter {
  private readonly bits = new Int32Array(128);
  add(h: number): void { this.bits[(h >>> 5) & 127] |= 1 << (h & 31); }
  /** false: no word of the set has hash h. */
  mayHave(h: number): boolean { return (this.bits[(h >>> 5) & 127] & (1 << (h & 31))) !== 0; }
  clear(): void { this.bits.fill(0); }
}

/**
 * A set of folded words, looked up by atom: the hash every atom carries (atom.hash = hashFold(atom.fold), tokens.ts)
 * first goes through a 4096-bit filter, and only a possible word reaches the Set. Most atoms are no word of a given set,
 * and a Set look-up of a fold costs more than it seems: each atom's fold is a string of its own, hashed by the runtime on
 * its first look-up. `has(word)` answers as a Set would, for strings.
 */
export class WordSet {
  private readonly words = new Set<string>();
  private readonly filter = new HashFilter();

  constructor(words: Iterable<string>) {
    for (const w of words) this.add(w);
  }

  add(word: string): void {
    this.words.add(word);
    this.filter.add(hashFold(word));
  }

  /**
   * Empties the set. (A set of one document's words is emptied and filled again for the next: a new one per document
   * allocated a Set and a 512-byte filter each time.)
   */
  clear(): void {
    this.words.clear();
    this.filter.clear();
  }

  /** The atom (if any) is one of the words. */
  hasAtom(a: Atom | undefined): boolean {
    if (a === undefined) return false;
    return this.filter.mayHave(a.hash) && this.words.has(a.fold);
  }

  has(word: string): boolean {
    return this.words.has(word);
  }

  [Symbol.iterator](): IterableIterator<string> {
    return this.words[Symbol.iterator]();
  }
}

/** Words that end the Latin-script names of companies and funds ("Granite Peak Ventures", "Jeju Air", "Hanwon Holdings"). */
export const CORP_SUFFIX = new WordSet(['ventures', 'capital', 'holdings', 'holding', 'partners', 'securities', 'group', 'fund', 'bank', 'air', 'airlines',
  'airways', 'corporation', 'corp', 'inc', 'ltd', 'company', 'pharma', 'pharmaceuticals', 'motors', 'electronics', 'technologies', 'technology',
  'foods', 'energy', 'investment', 'investments', 'logistics', 'solutions', 'systems', 'labs', 'entertainment', 'telecom', 'insurance',
  'industries', 'management', 'consulting', 'finance', 'financial', 'advisors', 'asset', 'assets', 'shipping', 'steel', 'chemicals', 'media']);

// Per-atom shape bits for the loops of the organization and people recognizers, which visit every atom of a document:
// reading an atom object per position costs a cache miss at most of them (a document's atoms do not fit in the caches),
// while a byte per atom is read sixty-four to a cache line. Built once per document, in one pass over the atoms.

/** A word whose first letter is upper case (`upper`; an all-caps word is upper too). */
export const SHAPE_CAP = 1;
/** A lower-case "đội", "đoàn" or "khoa": a type word that recognizeOrganizations reads in lower case. */
export const SHAPE_LOWER_BODY = 2;
/** A "đội" or "câu" in any case, any kind: the first word of "đội bóng" and "câu lạc bộ" (recognizeClubNames). */
export const SHAPE_CLUB = 4;
/** A word of CORP_SUFFIX ("Group", "Holdings"): what a Latin-script company name ends with (recognizeOrganizations). */
export const SHAPE_CORP = 8;

const H_DOI = hashFold('đội');
const H_DOAN = hashFold('đoàn');
const H_KHOA = hashFold('khoa');
const H_CAU = hashFold('câu');

// the shapes of the last atom list asked (one document at a time; atoms do not change once the context is made)
let shapesOf: readonly Atom[] | undefined;
let shapes = new Uint8Array(4096); // (reused, see scratch.ts)

/** Per atom index (below atoms.length), its SHAPE_* bits. Shared and reused: read it, never keep it past the document. */
export function atomShapes(atoms: readonly Atom[]): Uint8Array {
  if (shapesOf !== atoms) {
    const n = atoms.length;
    // (the new size is asked at every document: an operation met first in a rare branch, once the function is
    // optimized, throws the optimized code away)
    const size = regrownSize(shapes.length, n);
    if (size !== 0) shapes = new Uint8Array(size);
    for (let i = 0; i < n; i++) shapes[i] = shapeOf(atoms[i]);
    shapesOf = atoms;
  }
  return shapes;
}

// (every bit is computed at every atom and the bits are joined once: an operation met only in a rare branch, once the
// function is optimized, throws the optimized code away)
function shapeOf(a: Atom): number {
  const h = a.hash;
  const club = h === H_DOI || h === H_CAU ? SHAPE_CLUB : 0;
  const corp = CORP_SUFFIX.hasAtom(a) ? SHAPE_CORP : 0;
  const word = a.kind === AtomKind.Word;
  const cap = word && (a.upper || a.allCaps) ? SHAPE_CAP : 0;
  const lowerBody = word && cap === 0 && (h === H_DOI || h === H_DOAN || h === H_KHOA) ? SHAPE_LOWER_BODY : 0;
  return club | corp | cap | lowerBody;
}
