/**
 * VNI-Windows: Vietnamese letters written as a Latin base letter followed by a mark byte, as stored by
 * the VNI fonts under code page 1252 ("Xin chaøo caùc baïn" = "Xin chào các bạn"). Our own table.
 */
import { TONE_COMBINING } from './syllable.js';

const CP1252 = new TextDecoder('windows-1252');
/** byte → cp1252 character (undefined bytes 0x81 0x8D 0x8F 0x90 0x9D become C1 controls). */
const BYTE_CHARS: string[] = Array.from(CP1252.decode(Uint8Array.from({ length: 256 }, (_, i) => i)));
const CHAR_BYTES = new Map<string, number>(BYTE_CHARS.map((c, i) => [c, i]));

/** Mark bytes (as cp1252 characters, lower-case forms): quality 'circ' | 'breve' | '' and tone 0..5. */
interface Mark { quality: '' | 'circ' | 'breve'; tone: number }
const MARKS_LOWER: Record<string, Mark> = {
  'ù': { quality: '', tone: 2 }, 'ø': { quality: '', tone: 1 }, 'û': { quality: '', tone: 3 },
  'õ': { quality: '', tone: 4 }, 'ï': { quality: '', tone: 5 },
  'â': { quality: 'circ', tone: 0 }, 'á': { quality: 'circ', tone: 2 }, 'à': { quality: 'circ', tone: 1 },
  'å': { quality: 'circ', tone: 3 }, 'ã': { quality: 'circ', tone: 4 }, 'ä': { quality: 'circ', tone: 5 },
  'ê': { quality: 'breve', tone: 0 }, 'é': { quality: 'breve', tone: 2 }, 'è': { quality: 'breve', tone: 1 },
  'ú': { quality: 'breve', tone: 3 }, 'ü': { quality: 'breve', tone: 4 }, 'ë': { quality: 'breve', tone: 5 },
};
const MARKS = new Map<string, Mark>();
for (const [c, m] of Object.entries(MARKS_LOWER)) {
  MARKS.set(c, m);
  MARKS.set(c.toUpperCase(), m);
}
/** reverse: quality + tone → lower-case mark character */
const MARK_FOR = new Map<string, string>(Object.entries(MARKS_LOWER).map(([c, m]) => [`${m.quality}${m.tone}`, c]));

/** Single bytes that are whole letters. */
const STANDALONE_LOWER: Record<string, string> = {
  'ô': 'ơ', 'ö': 'ư', 'ñ': 'đ', 'í': 'í', 'ì': 'ì', 'æ': 'ỉ', 'ó': 'ĩ', 'ò': 'ị', 'î': 'ỵ',
};
const STANDALONE = new Map<string, string>();
for (const [c, v] of Object.entries(STANDALONE_LOWER)) {
  STANDALONE.set(c, v);
  STANDALONE.set(c.toUpperCase(), v.toUpperCase());
}
const STANDALONE_REVERSE = new Map<string, string>([...STANDALONE].map(([c, v]) => [v, c]));

const CIRC = '\u0302';
const BREVE = '\u0306';
const HORN = '\u031B';
const TONE_SET = new Set<string>(TONE_COMBINING.slice(1));
const TONE_BASES = new Set([...'aăâeêoôơuưyiAĂÂEÊOÔƠUƯYI']);
const CIRC_BASES = new Set([...'aeoAEO']);
const BREVE_BASES = new Set([...'aA']);

export class VniDecodeError extends Error {
  constructor(readonly byteOffset: number, byte: number) {
    super(`vnner: byte 0x${byte.toString(16).padStart(2, '0')} at offset ${byteOffset} is not defined in VNI-Windows`);
  }
}

const UTF16 = new TextDecoder('utf-16le');
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
/** (letter code << 8 | mark byte) → combined letter code, 0 when the mark does not apply */
const COMBINED = new Map<number, number>();
function combine(prev: number, markByte: number): number {
  const key = (prev << 8) | markByte;
  let v = COMBINED.get(key);
  if (v === undefined) {
    v = 0;
    const p = String.fromCharCode(prev);
    const mark = MARKS.get(BYTE_CHARS[markByte]);
    const d = p.normalize('NFD');
    const hasTone = [...d].some((c) => TONE_SET.has(c));
    const hasQuality = d.includes(CIRC) || d.includes(BREVE) || d.includes(HORN);
    const base = d[0];
    if (mark && !hasTone && TONE_BASES.has(base)) {
      const ok =
        mark.quality === ''
          ? true
          : !hasQuality && (mark.quality === 'circ' ? CIRC_BASES.has(base) : BREVE_BASES.has(base));
      if (ok) {
        const q = mark.quality === 'circ' ? CIRC : mark.quality === 'breve' ? BREVE : '';
        const r = (p + q + TONE_COMBINING[mark.tone]).normalize('NFC');
        if (r.length === 1) v = r.charCodeAt(0);
      }
    }
    COMBINED.set(key, v);
  }
  return v;
}
const BYTE_LETTER = new Uint16Array(256);
for (let b = 0x80; b < 0x100; b++) {
  const l = STANDALONE.get(BYTE_CHARS[b]);
  BYTE_LETTER[b] = l === undefined ? 0 : l.charCodeAt(0);
}

/** Decodes VNI-Windows bytes to NFC text. Throws VniDecodeError at a byte undefined in cp1252. */
export function decodeVni(bytes: Uint8Array): string {
  const n = bytes.length;
  // every output letter is one UTF-16 unit and never longer than its bytes
  const out = new Uint16Array(n);
  let len = 0;
  let canTakeMark = false; // whether out[len - 1] is a letter a following mark byte may modify
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b < 0x80) {
      out[len++] = b;
      canTakeMark = true;
      continue;
    }
    const c = BYTE_CHARS[b];
    if (b < 0xa0 && c.charCodeAt(0) < 0xa0) throw new VniDecodeError(i, b);
    if (canTakeMark && MARKS.has(c)) {
      const v = combine(out[len - 1], b);
      if (v !== 0) {
        out[len - 1] = v;
        continue;
      }
    }
    const letter = BYTE_LETTER[b];
    if (letter !== 0) {
      out[len++] = letter;
      // ơ ư still take a tone; đ and the toned i/y letters do not
      canTakeMark = letter === 0x1a1 || letter === 0x1b0 || letter === 0x1a0 || letter === 0x1af;
      continue;
    }
    out[len++] = c.charCodeAt(0);
    canTakeMark = false;
  }
  if (LITTLE_ENDIAN) return UTF16.decode(out.subarray(0, len));
  let text = '';
  for (let k = 0; k < len; k += 8192) text += String.fromCharCode(...out.subarray(k, Math.min(len, k + 8192)));
  return text;
}

/** Encodes one NFC character, or returns undefined when VNI-Windows cannot represent it. */
function encodeChar(ch: string): string | undefined {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return ch;
  const alone = STANDALONE_REVERSE.get(ch);
  if (alone !== undefined) return alone;
  const d = ch.normalize('NFD');
  const base = d[0];
  if (/^[aeiouyAEIOUY]$/u.test(base) && d.length > 1) {
    let quality = '';
    let tone = 0;
    for (const m of d.slice(1)) {
      if (m === CIRC || m === BREVE || m === HORN) {
        if (quality) return undefined;
        quality = m;
      } else if (TONE_SET.has(m)) {
        if (tone) return undefined;
        tone = TONE_COMBINING.indexOf(m as (typeof TONE_COMBINING)[number]);
      } else return undefined;
    }
    const upper = base !== base.toLowerCase();
    const cased = (s: string): string => (upper ? s.toUpperCase() : s);
    let head = base;
    let markKey = '';
    if (quality === HORN) {
      if (base !== 'o' && base !== 'u' && base !== 'O' && base !== 'U') return undefined;
      head = STANDALONE_REVERSE.get((base + HORN).normalize('NFC'))!;
    } else if (quality === CIRC) {
      if (!CIRC_BASES.has(base)) return undefined;
      markKey = `circ${tone}`;
    } else if (quality === BREVE) {
      if (!BREVE_BASES.has(base)) return undefined;
      markKey = `breve${tone}`;
    }
    if (markKey === '') {
      if (tone === 0) return head === base ? undefined : head;
      markKey = `${tone}`;
    }
    const mark = MARK_FOR.get(markKey);
    return mark === undefined ? undefined : head + cased(mark);
  }
  // Other characters: only cp1252 punctuation/symbols below 0xC0 (letters above are VNI marks).
  const b = CHAR_BYTES.get(ch);
  if (b !== undefined && b >= 0x80 && code >= 0xa0 && (code > 0xff || b < 0xc0 || b === 0xd7 || b === 0xf7)) {
    return ch;
  }
  return undefined;
}

/** Index (in UTF-16 units) of the first character VNI cannot represent, or -1. */
export function vniUnencodableIndex(text: string): number {
  const nfc = text.normalize('NFC');
  let i = 0;
  for (const ch of nfc) {
    if (encodeChar(ch) === undefined) return i;
    i += ch.length;
  }
  return -1;
}

/** Encodes text (normalised to NFC) as VNI-Windows bytes. Throws on an unrepresentable character. */
export function encodeVni(text: string): Uint8Array {
  const parts: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const e = encodeChar(ch);
    if (e === undefined) {
      throw new Error(`vnner: character U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} cannot be encoded in VNI-Windows`);
    }
    for (const c of e) parts.push(CHAR_BYTES.get(c)!);
  }
  return Uint8Array.from(parts);
}
