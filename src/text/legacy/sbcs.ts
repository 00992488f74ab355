/**
 * Single-byte Vietnamese code pages decoded by iconv-lite (TCVN3, VISCII, Windows-1258), with our own
 * encoders: iconv-lite silently substitutes "?" for unmappable characters, and cannot encode NFC text to
 * Windows-1258 (which needs base letter + combining tone byte).
 */
import { createRequire } from 'node:module';
import { TONE_COMBINING } from './syllable.js';

export type SbcsName = 'tcvn3' | 'viscii' | 'windows-1258';

const ICONV_NAME: Readonly<Record<SbcsName, string>> = { tcvn3: 'tcvn', viscii: 'viscii', 'windows-1258': 'windows1258' };

/** iconv-lite and the tables below are loaded on first use: most runs never meet a legacy code page. */
let iconvModule: typeof import('iconv-lite') | undefined;
function iconv(): typeof import('iconv-lite') {
  iconvModule ??= createRequire(import.meta.url)('iconv-lite') as typeof import('iconv-lite');
  return iconvModule;
}

/** The character of each byte (U+FFFD where undefined), per code page. */
const TABLES: Partial<Record<SbcsName, string[]>> = {};
function table(name: SbcsName): string[] {
  const all = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
  return (TABLES[name] ??= Array.from(iconv().decode(all, ICONV_NAME[name])));
}

/** True for bytes TCVN3 (VN3, the ABC/.VnTime set) defines: it has no toned capitals. */
function tcvn3Defined(b: number, ch: string): boolean {
  if (b === 0x09 || b === 0x0a || b === 0x0d || (b >= 0x20 && b < 0x7f)) return true;
  if (b >= 0xa0 && b <= 0xae) return true;
  if (b >= 0xb5) return ch === ch.toLowerCase() && ch !== ch.toUpperCase();
  return false;
}

function reverse(name: SbcsName): Map<string, number> {
  const m = new Map<string, number>();
  table(name).forEach((ch, b) => {
    if (ch === '\uFFFD') return;
    if (name === 'tcvn3' && !tcvn3Defined(b, ch)) return;
    if (!m.has(ch)) m.set(ch, b);
  });
  return m;
}

const REVERSE: Partial<Record<SbcsName, Map<string, number>>> = {};

/** Decodes with iconv-lite; returns the offset of the first undefined byte instead of a U+FFFD. */
export function decodeSbcs(bytes: Uint8Array, name: SbcsName): { text: string } | { badOffset: number } {
  const text = iconv().decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), ICONV_NAME[name]);
  if (text.includes('\uFFFD')) {
    const t = table(name);
    for (let i = 0; i < bytes.length; i++) if (t[bytes[i]] === '\uFFFD') return { badOffset: i };
  }
  return { text };
}

const TONE_SET = new Set<string>(TONE_COMBINING.slice(1));

/** Bytes for one character, or undefined. */
function encodeChar(ch: string, name: SbcsName): number[] | undefined {
  const rev = (REVERSE[name] ??= reverse(name));
  const b = rev.get(ch);
  if (b !== undefined) return [b];
  if (name !== 'windows-1258') return undefined;
  // Windows-1258: precomposed base (with its quality mark) + one combining tone byte.
  const d = ch.normalize('NFD');
  let tone = '';
  let rest = '';
  for (const c of d) {
    if (TONE_SET.has(c) && tone === '') tone = c;
    else rest += c;
  }
  if (tone === '') return undefined;
  const baseByte = rev.get(rest.normalize('NFC'));
  const toneByte = rev.get(tone);
  return baseByte === undefined || toneByte === undefined ? undefined : [baseByte, toneByte];
}

/** UTF-16 index of the first character the code page cannot represent (text NFC-normalised first), or -1. */
export function sbcsUnencodableIndex(text: string, name: SbcsName): number {
  let i = 0;
  for (const ch of text.normalize('NFC')) {
    if (encodeChar(ch, name) === undefined) return i;
    i += ch.length;
  }
  return -1;
}

export function encodeSbcs(text: string, name: SbcsName): Uint8Array {
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const e = encodeChar(ch, name);
    if (e === undefined) {
      const cp = ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
      throw new Error(`vnner: character U+${cp} (${JSON.stringify(ch)}) cannot be encoded in ${name}`);
    }
    out.push(...e);
  }
  return Uint8Array.from(out);
}
