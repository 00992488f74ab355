// Word sets that the recognizers look atoms up in.
import { hashFold, type Atom } from '../segment/tokens.js';

/**
 * A set of folded words, looked up by atom: the hash every atom carries (atom.hash = hashFold(atom.fold), tokens.ts)
 * first goes through a 4096-bit filter, and only a possible word reaches the Set. Most atoms are no word of a given set,
 * and a Set look-up of a fold costs more than it seems: each atom's fold is a string of its own, hashed by the runtime on
 * its first look-up. `has(word)` answers as a Set would, for strings.
 */
export class WordSet {
  private readonly words: Set<string>;
  private readonly filter = new Int32Array(128);

  constructor(words: Iterable<string>) {
    this.words = new Set(words);
    for (const w of this.words) { const h = hashFold(w); this.filter[(h >>> 5) & 127] |= 1 << (h & 31); }
  }

  /** The atom (if any) is one of the words. */
  hasAtom(a: Atom | undefined): boolean {
    if (a === undefined) return false;
    const h = a.hash;
    return (this.filter[(h >>> 5) & 127] & (1 << (h & 31))) !== 0 && this.words.has(a.fold);
  }

  has(word: string): boolean {
    return this.words.has(word);
  }

  [Symbol.iterator](): IterableIterator<string> {
    return this.words[Symbol.iterator]();
  }
}
