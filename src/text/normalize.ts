// Normalize stage: the original text stays untouched; we build a separate matching key with an
// offset map back to the original.
//   "Ðồng chí" (U+00D0) -> "Đồng chí";  "hoà" -> "hòa";  "uỷ" -> "ủy";  NFD -> NFC;
//   NBSP -> " ";  zero-width and soft hyphen -> removed;  “ ” -> ";  – — − -> "-";  ０-９ -> 0-9;  CRLF -> "\n".
// Tone placement is canonicalised to the traditional style (hòa, thủy, ủy) for the open rhymes oa, oe, uy.
import { KEPT_ENTRIES, regrownSize } from '../scratch.js';

export interface NormalizedText {
  /** The decoded input, exactly as given. */
  readonly original: string;
  /** The matching key (same case as the original). */
  readonly key: string;
  /** For each UTF-16 unit of `key`, the UTF-16 start of the original piece it came from. */
  readonly keyStart: Int32Array;
  /** For each UTF-16 unit of `key`, the UTF-16 end (exclusive) of the original piece it came from. */
  readonly keyEnd: Int32Array;
}

const COMBINING = /\p{M}/u;
const TONE_MARKS = new Set(['\u0300', '\u0301', '\u0309', '\u0303', '\u0323']);

/** Single-character replacements applied to the NFC form of each piece. '' removes the character. */
const CHAR_MAP: Record<string, string> = {
  '\u00D0': '\u0110', '\u00F0': '\u0111', '\u0189': '\u0110', '\u0256': '\u0111',
  '\u200B': '', '\u200C': '', '\u200D': '', '\u2060': '', '\uFEFF': '', '\u00AD': '', '\u180E': '',
  '\u00A0': ' ', '\u202F': ' ', '\u2007': ' ', '\u3000': ' ', '\t': ' ', '\u000B': ' ', '\u000C': ' ',
  '\u2000': ' ', '\u2001': ' ', '\u2002': ' ', '\u2003': ' ', '\u2004': ' ', '\u2005': ' ', '\u2006': ' ',
  '\u2008': ' ', '\u2009': ' ', '\u200A': ' ', '\u205F': ' ',
  '\u2028': '\n', '\u2029': '\n', '\u0085': '\n',
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u00AB': '"', '\u00BB': '"', '\u2033': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-', '\uFE58': '-', '\uFE63': '-', '\uFF0D': '-',
};
for (let d = 0; d < 10; d++) CHAR_MAP[String.fromCharCode(0xff10 + d)] = String(d);

function isAsciiSimple(code: number): boolean {
  // Printable ASCII and "\n" map to themselves.
  return (code >= 0x20 && code < 0x7f) || code === 0x0a;
}


/**
 * Build the matching key of `original`. Linear in the input length. The offset maps are the caller's own (the public
 * API: a caller may write into them); the pipeline uses normalizeShared.
 */
export function normalize(original: string): NormalizedText {
  const nt = normalizeShared(original);
  if (nt.keyStart.buffer !== IDENTITY.buffer) return nt;
  return { original, key: nt.key, keyStart: nt.keyStart.slice(), keyEnd: nt.keyEnd.slice() };
}

/**
 * normalize, but a key that keeps the original offsets gets views of one shared identity table as its offset maps (no
 * new arrays per document): they must never be written into.
 */
export function normalizeShared(original: string): NormalizedText {
  return normalizeComposed(original) ?? normalizeSlow(original);
}

// Per UTF-16 unit, filled lazily (0 = not yet known): -2 keep, -1 drop, -3 combining mark (needs the
// cluster path), else the replacement unit.
const KEEP = -2;
const DROP = -1;
const MARK = -3;
/** CR, told apart before the table (CRLF is two units to one). */
const CR = -4;
const MAP16 = new Int32Array(65536);
for (const [k, v] of Object.entries(CHAR_MAP)) MAP16[k.charCodeAt(0)] = v === '' ? DROP : v.charCodeAt(0);
function classify(c: number): number {
  const v = c < 0xd800 || c > 0xdfff ? (COMBINING.test(String.fromCharCode(c)) ? MARK : KEEP) : KEEP;
  MAP16[c] = v;
  return v;
}

/** The index of the first unit at or after `from` that the composed path rewrites (or is a mark, or CR); s.length if none. */
function nextRewrite(s: string, from: number): number {
  const n = s.length;
  for (let i = from; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f) continue;
    if (c === 13) return i;
    const r = MAP16[c] || classify(c);
    if (r !== KEEP) return i;
  }
  return n;
}

/**
 * One pass for text without combining marks (NFC, as nearly all input is): every rewrite is one unit
 * to one unit, a drop, or CRLF to LF. The key is built from slices of the original between rewrites.
 * Returns undefined when a combining mark is found (the text needs the cluster path).
 * Most documents have only a few units to rewrite (curly quotes, dashes): between them nothing is written.
 * While nothing is dropped and no CRLF is met, key offsets equal original offsets: the offset maps are then views of
 * one shared identity table (see identityMap), and explicit ones are made only at the first unit that shifts offsets.
 */
function normalizeComposed(original: string): NormalizedText | undefined {
  const n = original.length;
  let key = '';
  let run = 0; // start of the pending unchanged run in the original
  let map: OffsetMap | undefined; // made at the first rewrite that shifts offsets
  for (let i = nextRewrite(original, 0); i < n; i = nextRewrite(original, run)) {
    const c = original.charCodeAt(i);
    const r = c === 13 ? CR : MAP16[c];
    if (r === MARK) return undefined;
    key += original.slice(run, i);
    if (map) map.copy(run, i);
    run = i + 1;
    if (r === CR) {
      const two = i + 1 < n && original.charCodeAt(i + 1) === 10;
      key += '\n';
      if (two) { map ??= new OffsetMap(n, i); run = i + 2; }
      if (map) map.push(i, run);
    } else if (r === DROP) {
      map ??= new OffsetMap(n, i);
    } else {
      key += String.fromCharCode(r);
      if (map) map.push(i, i + 1);
    }
  }
  if (run === 0) key = original;
  else key += original.slice(run);
  key = canonicalTones(key);
  if (!map) {
    const id = identityMap(n);
    return { original, key, keyStart: id.subarray(0, n), keyEnd: id.subarray(1, n + 1) };
  }
  map.copy(run, n);
  return { original, key, keyStart: map.starts.subarray(0, map.k), keyEnd: map.ends.subarray(0, map.k) };
}

/** Explicit key-to-original offset maps, filled in key order. */
class OffsetMap {
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** Key units mapped so far. */
  k: number;

  /** Maps for an original of n units whose first `identical` units went to the key one to one. */
  constructor(n: number, identical: number) {
    this.starts = new Int32Array(n);
    this.ends = new Int32Array(n);
    for (let p = 0; p < identical; p++) { this.starts[p] = p; this.ends[p] = p + 1; }
    this.k = identical;
  }

  /** The original units [from, to) were copied to the key unchanged. */
  copy(from: number, to: number): void {
    for (let p = from; p < to; p++) this.push(p, p + 1);
  }

  /** The next key unit comes from the original [start, end). */
  push(start: number, end: number): void {
    this.starts[this.k] = start; this.ends[this.k] = end; this.k++;
  }
}

// The identity offset map shared by every document whose key keeps the original offsets: IDENTITY[p] = p. It is
// sized by the rule of the other per-document buffers (scratch.ts): it grows to the longest such document up to
// KEPT_ENTRIES units, and a longer one gets its own (the table would hold megabytes). Shared: the maps handed out are
// views of it, and nothing writes into a NormalizedText's maps.
let IDENTITY = new Int32Array(0);

/** An array of at least n + 1 entries, each its own index. */
function identityMap(n: number): Int32Array {
  const size = regrownSize(IDENTITY.length, n + 1);
  if (size === 0) return IDENTITY;
  const id = new Int32Array(size);
  for (let p = 0; p < size; p++) id[p] = p;
  if (size <= KEPT_ENTRIES) IDENTITY = id;
  return id;
}

function normalizeSlow(original: string): NormalizedText {
  const n = original.length;
  const out: string[] = [];
  let keyStart = new Int32Array(n + 16);
  let keyEnd = new Int32Array(n + 16);
  let k = 0;
  const push = (s: string, from: number, to: number) => {
    for (let j = 0; j < s.length; j++) {
      if (k >= keyStart.length) {
        const a = new Int32Array(keyStart.length * 2); a.set(keyStart); keyStart = a;
        const b = new Int32Array(keyEnd.length * 2); b.set(keyEnd); keyEnd = b;
      }
      keyStart[k] = from; keyEnd[k] = to; k++;
    }
    out.push(s);
  };

  let i = 0;
  while (i < n) {
    const code = original.charCodeAt(i);
    // Fast path: a run of plain ASCII followed by no combining mark.
    if (isAsciiSimple(code)) {
      let j = i + 1;
      while (j < n && isAsciiSimple(original.charCodeAt(j))) j++;
      // the last ASCII char may take combining marks (NFD "a" + U+0300): leave it to the slow path
      let stop = j;
      if (j < n && COMBINING.test(original[j])) stop = j - 1;
      if (stop > i) {
        const piece = original.slice(i, stop);
        for (let p = 0; p < piece.length; p++) {
          if (k >= keyStart.length) {
            const a = new Int32Array(keyStart.length * 2); a.set(keyStart); keyStart = a;
            const b = new Int32Array(keyEnd.length * 2); b.set(keyEnd); keyEnd = b;
          }
          keyStart[k] = i + p; keyEnd[k] = i + p + 1; k++;
        }
        out.push(piece);
        i = stop;
        continue;
      }
    }
    if (code === 0x0d) { // CR or CRLF -> "\n"
      const to = i + 1 < n && original.charCodeAt(i + 1) === 0x0a ? i + 2 : i + 1;
      push('\n', i, to);
      i = to;
      continue;
    }
    // A cluster: one code point plus following combining marks.
    const lowNext = i + 1 < n ? original.charCodeAt(i + 1) : 0;
    let j = i + (code >= 0xd800 && code <= 0xdbff && lowNext >= 0xdc00 && lowNext <= 0xdfff ? 2 : 1);
    while (j < n && COMBINING.test(original[j])) j++;
    let piece = original.slice(i, j);
    if (j - i > 1 || code > 0x7f) piece = piece.normalize('NFC');
    let mapped = '';
    for (const ch of piece) {
      const m = CHAR_MAP[ch];
      mapped += m === undefined ? ch : m;
    }
    if (mapped.length > 0) {
      if (mapped.length === 1 || mapped.length === j - i) {
        push(mapped, i, j);
      } else {
        push(mapped, i, j);
      }
    }
    i = j;
  }
  let key = out.join('');
  key = canonicalTones(key);
  return { original, key, keyStart: keyStart.subarray(0, k), keyEnd: keyEnd.subarray(0, k) };
}

// oa/oe/uy + tone on the second vowel, at the end of a syllable -> tone on the first vowel.
const NEW_STYLE = /([oOuU])([àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ])(?![\p{L}\p{M}])/gu;

/** Move tone marks of open oa/oe/uy rhymes to the traditional position (hoà -> hòa, uỷ -> ủy). Length-preserving. */
export function canonicalTones(s: string): string {
  return s.replace(NEW_STYLE, (m: string, v1: string, v2: string, offset: number, whole: string) => {
    const d = v2.normalize('NFD');
    const base = d[0];
    const tone = d.slice(1);
    if (!TONE_MARKS.has(tone)) return m;
    const lower1 = v1.toLowerCase();
    const lowerBase = base.toLowerCase();
    if (lower1 === 'o' && lowerBase !== 'a' && lowerBase !== 'e') return m;
    if (lower1 === 'u') {
      if (lowerBase !== 'y') return m;
      const prev = offset > 0 ? whole[offset - 1] : '';
      if (prev === 'q' || prev === 'Q') return m; // quý: "qu" is a consonant
    }
    const moved = (v1 + tone).normalize('NFC');
    return moved.length === 1 ? moved + base : m;
  });
}

/** Map a key span [a, b) to the original UTF-16 span. */
export function toOriginalSpan(nt: NormalizedText, a: number, b: number): [number, number] {
  if (b <= a) { const p = a < nt.keyStart.length ? nt.keyStart[a] : nt.original.length; return [p, p]; }
  return [nt.keyStart[a], nt.keyEnd[b - 1]];
}

/** Converter from UTF-16 indices of `s` to code point indices. Identity when `s` has no astral characters. */
export function codePointIndexer(s: string): (utf16: number) => number {
  let hasAstral = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) { hasAstral = true; break; }
  }
  if (!hasAstral) return (x) => x;
  const table = new Int32Array(s.length + 1);
  let cp = 0;
  for (let i = 0; i < s.length; i++) {
    table[i] = cp;
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) { table[i + 1] = cp; i++; }
    cp++;
  }
  table[s.length] = cp;
  return (x) => table[x];
}

/** Slice a string by code point offsets. */
export function sliceCodePoints(s: string, start: number, end: number): string {
  return Array.from(s).slice(start, end).join('');
}

/** Lower-case fold used as a dictionary key: NFC, Đ for Ð, traditional tone placement, lower case. */
export function fold(s: string): string {
  return normalize(s).key.toLowerCase().replace(/\s+/gu, ' ').trim();
}
