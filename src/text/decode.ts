/**
 * Decode stage: bytes → text, for every encoding met in Vietnamese archives. Detects per file, never
 * lossy: bad input raises DecodeError instead of producing U+FFFD.
 */
import { decodeSbcs, encodeSbcs, sbcsUnencodableIndex, type SbcsName } from './legacy/sbcs.js';
import { decodeVni, encodeVni, vniUnencodableIndex, VniDecodeError } from './legacy/vni.js';
import { decodeViqr, encodeViqr, viqrEvidence, viqrUnencodableIndex } from './legacy/viqr.js';
import { scoreText } from './legacy/syllable.js';

export type EncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'tcvn3' | 'vni' | 'viscii' | 'windows-1258' | 'viqr';

export const ENCODINGS: readonly EncodingName[] = Object.freeze([
  'utf-8', 'utf-16le', 'utf-16be', 'tcvn3', 'vni', 'viscii', 'windows-1258', 'viqr',
] as const);

export interface Decoded {
  text: string;
  encoding: EncodingName;
  bom: boolean;
  /** 0..1: 1 for BOMs and valid UTF-8, the share of valid syllables for detected legacy encodings */
  confidence: number;
}

export type DecodeErrorCode = 'binary' | 'undecodable' | 'unknown-encoding';

export class DecodeError extends Error {
  readonly code: DecodeErrorCode;
  /** first offending byte, -1 when not applicable */
  readonly byteOffset: number;
  constructor(code: DecodeErrorCode, message: string, byteOffset = -1) {
    super(message.startsWith('vnner: ') ? message : `vnner: ${message}`);
    this.name = 'DecodeError';
    this.code = code;
    this.byteOffset = byteOffset;
  }
}

/** How many bytes detection looks at. */
export const DETECT_PREFIX = 64 * 1024;
/** Minimum share of valid syllables for a legacy encoding to be accepted. */
const MIN_LEGACY_SCORE = 0.6;

const ALIASES: Readonly<Record<string, EncodingName | 'auto'>> = {
  auto: 'auto',
  'utf-8': 'utf-8', utf8: 'utf-8',
  'utf-16le': 'utf-16le', utf16le: 'utf-16le', 'utf-16': 'utf-16le', utf16: 'utf-16le',
  'utf-16be': 'utf-16be', utf16be: 'utf-16be',
  tcvn3: 'tcvn3', tcvn: 'tcvn3', 'tcvn-3': 'tcvn3', tcvn5712: 'tcvn3', abc: 'tcvn3', vntime: 'tcvn3', '.vntime': 'tcvn3',
  vni: 'vni', 'vni-windows': 'vni', vniwindows: 'vni', 'vni-win': 'vni',
  viscii: 'viscii',
  'windows-1258': 'windows-1258', windows1258: 'windows-1258', cp1258: 'windows-1258', 'cp-1258': 'windows-1258', 'win-1258': 'windows-1258',
  viqr: 'viqr',
};

/** Parses an encoding name or alias (case-insensitive); undefined when unknown. */
export function parseEncodingName(name: string): EncodingName | 'auto' | undefined {
  return ALIASES[name.trim().toLowerCase().replace(/_/gu, '-')] ?? ALIASES[name.trim().toLowerCase().replace(/[_\s]/gu, '')];
}

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const UTF16LE = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true });
const UTF16BE = new TextDecoder('utf-16be', { fatal: true, ignoreBOM: true });

/** Offset of the first byte that is not part of a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) { i++; continue; }
    let len: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) len = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      len = 3;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      len = 4;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    if (i + len > n) return i;
    const b1 = bytes[i + 1];
    if (b1 < lo || b1 > hi) return i;
    for (let k = 2; k < len; k++) {
      const bk = bytes[i + k];
      if (bk < 0x80 || bk > 0xbf) return i;
    }
    i += len;
  }
  return -1;
}

/** Bytes that never occur in text: C0 controls other than whitespace, ESC, SUB and VISCII's six letters. */
const VISCII_CONTROLS = new Set([0x02, 0x05, 0x06, 0x14, 0x19, 0x1e]);
function isStrayControl(b: number): boolean {
  if (b === 0x7f) return true;
  if (b >= 0x20) return false;
  return !(b === 0x09 || b === 0x0a || b === 0x0b || b === 0x0c || b === 0x0d || b === 0x1a || b === 0x1b || VISCII_CONTROLS.has(b));
}

/** Throws DecodeError('binary') for NUL bytes or a high share of control bytes in the first 64 KiB. */
function checkBinary(bytes: Uint8Array, start: number, strict: boolean): void {
  const nul = bytes.indexOf(0, start);
  if (nul >= 0) throw new DecodeError('binary', `vnner: binary data (NUL byte at offset ${nul})`, nul);
  if (!strict) return;
  const end = Math.min(bytes.length, start + DETECT_PREFIX);
  let stray = 0;
  let controls = 0;
  let first = -1;
  for (let i = start; i < end; i++) {
    const b = bytes[i];
    if (b >= 0x20 && b !== 0x7f) continue;
    const strayByte = isStrayControl(b);
    if (strayByte) stray++;
    if (strayByte || VISCII_CONTROLS.has(b)) {
      controls++;
      if (first < 0) first = i;
    }
  }
  const len = end - start;
  if (len > 0 && (stray / len > 0.01 || controls / len > 0.1)) {
    throw new DecodeError('binary', `vnner: binary data (control byte at offset ${first})`, first);
  }
}

function utf16(bytes: Uint8Array, start: number, be: boolean): string {
  const body = bytes.subarray(start);
  try {
    return (be ? UTF16BE : UTF16LE).decode(body);
  } catch {
    // find the offending code unit: odd length or an unpaired surrogate
    const units = Math.floor(body.length / 2);
    for (let u = 0; u < units; u++) {
      const v = be ? (body[2 * u] << 8) | body[2 * u + 1] : body[2 * u] | (body[2 * u + 1] << 8);
      if (v >= 0xd800 && v <= 0xdbff) {
        const w = u + 1 < units ? (be ? (body[2 * u + 2] << 8) | body[2 * u + 3] : body[2 * u + 2] | (body[2 * u + 3] << 8)) : -1;
        if (w >= 0xdc00 && w <= 0xdfff) { u++; continue; }
        throw new DecodeError('undecodable', `vnner: unpaired surrogate in UTF-16 at offset ${start + 2 * u}`, start + 2 * u);
      }
      if (v >= 0xdc00 && v <= 0xdfff) {
        throw new DecodeError('undecodable', `vnner: unpaired surrogate in UTF-16 at offset ${start + 2 * u}`, start + 2 * u);
      }
    }
    const off = start + 2 * units;
    throw new DecodeError('undecodable', `vnner: odd number of bytes in UTF-16 (offset ${off})`, off);
  }
}

function utf8(bytes: Uint8Array, start: number): string {
  try {
    return UTF8.decode(bytes.subarray(start));
  } catch {
    const off = start + firstInvalidUtf8(bytes.subarray(start));
    throw new DecodeError('undecodable', `vnner: invalid UTF-8 at offset ${off}`, off);
  }
}

type Legacy = 'tcvn3' | 'vni' | 'viscii' | 'windows-1258';
const LEGACY: readonly Legacy[] = ['vni', 'tcvn3', 'viscii', 'windows-1258'];

/** Converts with a legacy 8-bit encoding, throwing DecodeError at an undefined byte. */
function decodeLegacy(bytes: Uint8Array, enc: Legacy): string {
  if (enc === 'vni') {
    try {
      return decodeVni(bytes);
    } catch (e) {
      if (e instanceof VniDecodeError) throw new DecodeError('undecodable', e.message, e.byteOffset);
      throw e;
    }
  }
  const r = decodeSbcs(bytes, enc as SbcsName);
  if ('badOffset' in r) {
    throw new DecodeError('undecodable', `vnner: byte at offset ${r.badOffset} is not defined in ${enc}`, r.badOffset);
  }
  return r.text;
}

const ASCII_VOWEL_BYTE = new Uint8Array(256);
for (const c of 'aeiouyAEIOUY') ASCII_VOWEL_BYTE[c.charCodeAt(0)] = 1;

/** Signature bytes per encoding (counted on the raw prefix), a tie-breaker next to the syllable score. */
function signatureCount(bytes: Uint8Array, enc: Legacy): number {
  let n = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    const prev = i > 0 ? bytes[i - 1] : 0;
    const prevVowel = ASCII_VOWEL_BYTE[prev] === 1;
    switch (enc) {
      case 'vni':
        if (prevVowel && [0xf8, 0xf9, 0xfb, 0xf5, 0xef, 0xe2, 0xea, 0xd8, 0xd9, 0xdb, 0xd5, 0xcf, 0xc2, 0xca].includes(b)) n++;
        else if (b === 0xf1 || b === 0xd1) n++;
        break;
      case 'tcvn3':
        if ((b >= 0xb5 && b <= 0xb9) || (b >= 0xa8 && b <= 0xae)) n++;
        break;
      case 'viscii':
        if (VISCII_CONTROLS.has(b)) n++;
        break;
      case 'windows-1258':
        if ((b === 0xcc || b === 0xec || b === 0xd2 || b === 0xde || b === 0xf2) && prevVowel) n++;
        else if (b === 0xd0) n++;
        break;
    }
  }
  return n;
}

interface Trial {
  enc: Legacy;
  score: number;
}

function detectLegacy(bytes: Uint8Array, start: number): Trial | undefined {
  let end = Math.min(bytes.length, start + DETECT_PREFIX);
  // do not cut a VNI letter + mark pair or a Windows-1258 base + tone pair in two
  while (end < bytes.length && end > start && bytes[end] >= 0x80) end++;
  const prefix = bytes.subarray(start, end);
  let best: Trial | undefined;
  for (const enc of LEGACY) {
    let text: string;
    try {
      text = decodeLegacy(prefix, enc);
    } catch {
      continue;
    }
    const { total, valid } = scoreText(text);
    if (total === 0) continue;
    const share = valid / total;
    const sig = Math.min(1, signatureCount(prefix, enc) / total);
    const score = share + 0.05 * sig;
    if (!best || score > best.score) best = { enc, score: share };
  }
  return best;
}

/** Decode bytes. `encoding` 'auto' (default) detects; a named encoding forces it. Never returns U+FFFD for bad input: throws DecodeError. */
export function decode(bytes: Uint8Array, options: { encoding?: EncodingName | 'auto' } = {}): Decoded {
  const forced = options.encoding ?? 'auto';
  if (forced !== 'auto' && !ENCODINGS.includes(forced)) {
    throw new DecodeError('unknown-encoding', `vnner: unknown encoding ${JSON.stringify(forced)}`);
  }
  const b0 = bytes[0];
  const b1 = bytes[1];
  const hasUtf8Bom = bytes.length >= 3 && b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf;
  const hasLeBom = bytes.length >= 2 && b0 === 0xff && b1 === 0xfe;
  const hasBeBom = bytes.length >= 2 && b0 === 0xfe && b1 === 0xff;

  if (forced === 'utf-16le' || forced === 'utf-16be') {
    const bom = forced === 'utf-16le' ? hasLeBom : hasBeBom;
    return { text: utf16(bytes, bom ? 2 : 0, forced === 'utf-16be'), encoding: forced, bom, confidence: 1 };
  }
  if (forced === 'auto' && (hasLeBom || hasBeBom)) {
    return { text: utf16(bytes, 2, hasBeBom), encoding: hasBeBom ? 'utf-16be' : 'utf-16le', bom: true, confidence: 1 };
  }
  if (forced === 'utf-8' || (forced === 'auto' && hasUtf8Bom)) {
    const start = hasUtf8Bom ? 3 : 0;
    checkBinary(bytes, start, forced === 'auto');
    return { text: utf8(bytes, start), encoding: 'utf-8', bom: hasUtf8Bom, confidence: 1 };
  }
  if (forced !== 'auto') {
    checkBinary(bytes, 0, false);
    if (forced === 'viqr') {
      return { text: decodeViqr(utf8(bytes, 0)), encoding: 'viqr', bom: false, confidence: 1 };
    }
    return { text: decodeLegacy(bytes, forced), encoding: forced, bom: false, confidence: 1 };
  }

  checkBinary(bytes, 0, true);
  let text: string | undefined;
  try {
    text = UTF8.decode(bytes);
  } catch {
    text = undefined;
  }
  if (text !== undefined) {
    // pure ASCII (one UTF-16 unit per byte): maybe VIQR
    if (text.length === bytes.length && text.length > 0) {
      const viqr = detectViqr(text);
      if (viqr) return viqr;
    }
    return { text, encoding: 'utf-8', bom: false, confidence: 1 };
  }
  const best = detectLegacy(bytes, 0);
  if (!best || best.score < MIN_LEGACY_SCORE) {
    const off = firstInvalidUtf8(bytes);
    const what = best ? `best guess ${best.enc} with ${(best.score * 100).toFixed(0)}% valid syllables` : 'no candidate';
    throw new DecodeError('undecodable', `vnner: not UTF-8 (invalid byte at offset ${off}) and no Vietnamese legacy encoding fits (${what})`, off);
  }
  return { text: decodeLegacy(bytes, best.enc), encoding: best.enc, bom: false, confidence: Math.round(best.score * 1000) / 1000 };
}

const VIQR_HINT = /[aeiouyAEIOUY][\^(+`'?~.]|[dD][dD]/u;

function detectViqr(text: string): Decoded | undefined {
  let cut = text.length;
  if (cut > DETECT_PREFIX) {
    const ws = text.lastIndexOf(' ', DETECT_PREFIX);
    cut = ws > 0 ? ws : DETECT_PREFIX;
  }
  const prefix = text.slice(0, cut);
  if (!VIQR_HINT.test(prefix)) return undefined;
  const { evidence, decoded } = viqrEvidence(prefix);
  const { tokens, marked, valid } = evidence;
  if (marked < 2 || marked / Math.max(1, tokens) < 0.25 || valid / marked < 0.8) return undefined;
  const full = prefix.length === text.length ? decoded : decodeViqr(text);
  return { text: full, encoding: 'viqr', bom: false, confidence: Math.round((valid / marked) * 1000) / 1000 };
}

const LONE_SURROGATE = /\p{Cs}/u;

/** Encode text in an encoding (used by tests to generate variants of fixtures). Throws if a character cannot be represented. */
export function encode(text: string, encoding: EncodingName): Uint8Array {
  switch (encoding) {
    case 'utf-8':
      if (LONE_SURROGATE.test(text)) throw new Error('vnner: text has a lone surrogate; it cannot be encoded in UTF-8');
      return new TextEncoder().encode(text);
    case 'utf-16le':
    case 'utf-16be': {
      if (LONE_SURROGATE.test(text)) throw new Error('vnner: text has a lone surrogate; it cannot be encoded in UTF-16');
      const out = new Uint8Array(2 + text.length * 2);
      const be = encoding === 'utf-16be';
      out[0] = be ? 0xfe : 0xff;
      out[1] = be ? 0xff : 0xfe;
      for (let i = 0; i < text.length; i++) {
        const u = text.charCodeAt(i);
        out[2 + 2 * i] = be ? u >> 8 : u & 0xff;
        out[3 + 2 * i] = be ? u & 0xff : u >> 8;
      }
      return out;
    }
    case 'vni':
      return encodeVni(text);
    case 'viqr':
      return new TextEncoder().encode(encodeViqr(text));
    case 'tcvn3':
    case 'viscii':
    case 'windows-1258':
      return encodeSbcs(text, encoding);
    default:
      throw new DecodeError('unknown-encoding', `vnner: unknown encoding ${JSON.stringify(encoding)}`);
  }
}

/** True when `encode(text, encoding)` succeeds (and, for VIQR, decodes back to the same text). */
export function canEncode(text: string, encoding: EncodingName): boolean {
  switch (encoding) {
    case 'utf-8':
    case 'utf-16le':
    case 'utf-16be':
      return !LONE_SURROGATE.test(text);
    case 'vni':
      return vniUnencodableIndex(text) < 0;
    case 'viqr':
      return viqrUnencodableIndex(text) < 0;
    case 'tcvn3':
    case 'viscii':
    case 'windows-1258':
      return sbcsUnencodableIndex(text, encoding) < 0;
    default:
      return false;
  }
}
