/**
 * VIQR (RFC 1456 style): Vietnamese in plain ASCII. After a vowel, ^ ( + give â ê ô / ă / ơ ư and
 * ' ` ? ~ . give the five tones; "dd"/"DD" is đ/Đ; a backslash makes the next mark literal ("ddi\.").
 *
 * Decoding also copes with unescaped sentence punctuation: a word-final "." or "?" is punctuation when
 * the word already has a tone, when it ends the line or text, or when the tone would make the syllable
 * ill-formed ("to^i." = "tôi."). Otherwise it is a tone ("Thi. Lan" = "Thị Lan"), as in RFC 1456.
 */
import { TONE_COMBINING, isVietnameseSyllable } from './syllable.js';

const CIRC = '\u0302';
const BREVE = '\u0306';
const HORN = '\u031B';
const QUALITY: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  '^': { a: CIRC, e: CIRC, o: CIRC },
  '(': { a: BREVE },
  '+': { o: HORN, u: HORN },
};
const TONE_CHARS: Readonly<Record<string, number>> = { '`': 1, "'": 2, '?': 3, '~': 4, '.': 5 };
const TONE_TO_CHAR = ['', '`', "'", '?', '~', '.'];
const QUALITY_TO_CHAR: Readonly<Record<string, string>> = { [CIRC]: '^', [BREVE]: '(', [HORN]: '+' };
const ESCAPABLE = new Set([..."`'?~.^(+\\dD"]);
const VOWEL = /^[aeiouyAEIOUY]$/u;
const LETTER = /^[\p{L}\p{M}]$/u;
const ASCII_VOWELS = new Set([...'aeiouyAEIOUY']);
function isLetter(c: string): boolean {
  const k = c.charCodeAt(0);
  if (k < 0x80) return (k >= 0x61 && k <= 0x7a) || (k >= 0x41 && k <= 0x5a);
  return LETTER.test(c);
}
/** True when only spaces or tabs separate `from` from a line break or the end of the text. */
function atLineEnd(src: string, from: number): boolean {
  for (let k = from; k < src.length; k++) {
    const c = src[k];
    if (c === '\n' || c === '\r') return true;
    if (c !== ' ' && c !== '\t') return false;
  }
  return true;
}
const VALID_CACHE = new Map<string, boolean>();
function validCached(w: string): boolean {
  let v = VALID_CACHE.get(w);
  if (v === undefined) {
    v = isVietnameseSyllable(w);
    if (VALID_CACHE.size > 10000) VALID_CACHE.clear();
    VALID_CACHE.set(w, v);
  }
  return v;
}

/** Decodes VIQR text to NFC Vietnamese. */
export function decodeViqr(src: string): string {
  const out: string[] = [];
  let word = ''; // letters of the current word, decoded
  let wordToned = false;
  const n = src.length;
  let i = 0;
  const endWord = (): void => {
    if (word) out.push(word);
    word = '';
    wordToned = false;
  };
  while (i < n) {
    const c = src[i];
    const next = i + 1 < n ? src[i + 1] : '';
    if (c === '\\' && ESCAPABLE.has(next)) {
      if (next === 'd' || next === 'D') word += next;
      else {
        endWord();
        out.push(next);
      }
      i += 2;
      continue;
    }
    if ((c === 'd' || c === 'D') && (next === 'd' || next === 'D')) {
      word += c === 'D' ? 'Đ' : 'đ';
      i += 2;
      continue;
    }
    if (ASCII_VOWELS.has(c)) {
      let letter = c;
      let j = i + 1;
      const q = j < n ? QUALITY[src[j]]?.[c.toLowerCase()] : undefined;
      if (q !== undefined) {
        letter += q;
        j++;
      }
      const tone = j < n ? TONE_CHARS[src[j]] : undefined;
      if (tone !== undefined) {
        const after = j + 1 < n ? src[j + 1] : '';
        let apply = true;
        if ((tone === 3 || tone === 5) && !isLetter(after)) {
          const toned = (word + letter + TONE_COMBINING[tone]).normalize('NFC');
          const bare = (word + letter).normalize('NFC');
          if (wordToned || atLineEnd(src, j + 1)) apply = false;
          else if (!validCached(toned) && validCached(bare)) apply = false;
        }
        if (apply) {
          letter += TONE_COMBINING[tone];
          j++;
          wordToned = true;
        }
      }
      word += letter.length === 1 ? letter : letter.normalize('NFC');
      i = j;
      continue;
    }
    if (isLetter(c)) {
      word += c;
    } else {
      endWord();
      out.push(c);
    }
    i++;
  }
  endWord();
  return out.join('');
}

interface Piece {
  out: string;
  kind: 'vowel' | 'dd' | 'lit';
}

function pieceFor(ch: string): Piece | undefined {
  if (ch === 'đ') return { out: 'dd', kind: 'dd' };
  if (ch === 'Đ') return { out: 'DD', kind: 'dd' };
  const code = ch.charCodeAt(0);
  if (code < 0x80) return { out: ch, kind: VOWEL.test(ch) ? 'vowel' : 'lit' };
  const d = ch.normalize('NFD');
  const base = d[0];
  if (!VOWEL.test(base)) return undefined;
  let quality = '';
  let tone = 0;
  for (const m of d.slice(1)) {
    const t = TONE_COMBINING.indexOf(m as (typeof TONE_COMBINING)[number]);
    if (t > 0 && tone === 0) tone = t;
    else if (QUALITY_TO_CHAR[m] && !quality && QUALITY[QUALITY_TO_CHAR[m]][base.toLowerCase()] === m) quality = m;
    else return undefined;
  }
  return { out: base + (quality ? QUALITY_TO_CHAR[quality] : '') + TONE_TO_CHAR[tone], kind: 'vowel' };
}

/** Builds the VIQR form; undefined when a character has none (non-ASCII symbols, other scripts). */
function build(text: string): { out: string; badIndex: number } {
  const pieces: Piece[] = [];
  let idx = 0;
  for (const ch of text) {
    const p = pieceFor(ch);
    if (!p) return { out: '', badIndex: idx };
    pieces.push(p);
    idx += ch.length;
  }
  const outs = pieces.map((p) => p.out);
  for (let k = 0; k < pieces.length; k++) {
    const p = pieces[k];
    if (p.kind !== 'lit') continue;
    const c = p.out;
    if ('^(+`\'?~.'.includes(c) && k > 0 && pieces[k - 1].kind === 'vowel') outs[k] = '\\' + c;
    else if ((c === 'd' || c === 'D') && k + 1 < pieces.length && /^[dD]/u.test(pieces[k + 1].out)) outs[k] = '\\' + c;
  }
  for (let k = pieces.length - 1; k >= 0; k--) {
    if (pieces[k].kind === 'lit' && pieces[k].out === '\\' && k + 1 < pieces.length && ESCAPABLE.has(outs[k + 1][0])) {
      outs[k] = '\\\\';
    }
  }
  return { out: outs.join(''), badIndex: -1 };
}

/**
 * Index of the first character that has no VIQR form, or text.length when the text as a whole cannot
 * round-trip (a word-final hỏi/nặng tone at the end of a line reads as punctuation); -1 when encodable.
 */
export function viqrUnencodableIndex(text: string): number {
  const nfc = text.normalize('NFC');
  const { out, badIndex } = build(nfc);
  if (badIndex >= 0) return badIndex;
  return decodeViqr(out) === nfc ? -1 : nfc.length;
}

/** Encodes text (normalised to NFC) as VIQR. Throws when decodeViqr would not give the text back. */
export function encodeViqr(text: string): string {
  const nfc = text.normalize('NFC');
  const { out, badIndex } = build(nfc);
  if (badIndex >= 0) {
    throw new Error(`vnner: character U+${nfc.codePointAt(badIndex)!.toString(16).toUpperCase().padStart(4, '0')} has no VIQR form`);
  }
  if (decodeViqr(out) !== nfc) {
    throw new Error('vnner: text cannot be written in VIQR without ambiguity (a hỏi/nặng tone before the end of a line)');
  }
  return out;
}

export interface ViqrEvidence {
  /** whitespace-separated tokens that contain a letter */
  tokens: number;
  /** tokens changed by VIQR decoding (carry a mark or dd) */
  marked: number;
  /** marked tokens whose letter runs are all valid Vietnamese syllables */
  valid: number;
}

const WS = /\s+/u;
const RUN = /[\p{L}\p{M}]+/gu;
const HAS_LETTER = /\p{L}/u;

/** Compares ASCII text with its VIQR decoding, token by token. */
export function viqrEvidence(ascii: string): { evidence: ViqrEvidence; decoded: string } {
  const decoded = decodeViqr(ascii);
  const a = ascii.split(WS);
  const b = decoded.split(WS);
  const ev: ViqrEvidence = { tokens: 0, marked: 0, valid: 0 };
  if (a.length !== b.length) return { evidence: ev, decoded };
  for (let k = 0; k < a.length; k++) {
    if (!HAS_LETTER.test(a[k])) continue;
    ev.tokens++;
    if (a[k].replace(/\\/gu, '') === b[k]) continue;
    ev.marked++;
    let ok = true;
    for (const m of b[k].matchAll(RUN)) if (!isVietnameseSyllable(m[0])) ok = false;
    if (ok) ev.valid++;
  }
  return { evidence: ev, decoded };
}
