/**
 * Compact validator for Vietnamese syllables (onset + rhyme + tone), used to score trial
 * conversions of legacy encodings. It accepts both tone-placement styles (hòa / hoà).
 */

/** Tone numbers: 0 ngang, 1 huyền, 2 sắc, 3 hỏi, 4 ngã, 5 nặng. */
export const TONE_MARKS: Readonly<Record<string, number>> = {
  '\u0300': 1,
  '\u0301': 2,
  '\u0309': 3,
  '\u0303': 4,
  '\u0323': 5,
};
export const TONE_COMBINING = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'] as const;

const ONSETS = [
  'ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'qu', 'th', 'tr',
  'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x', '',
];

const RHYMES = new Set(
  (
    'a ai ao au ay am an ang anh ac ach ap at ăm ăn ăng ăc ăp ăt âm ân âng âc âp ât âu ây ' +
    'e eo em en eng ec ep et ê êu êm ên ênh êch êp êt i ia iu im in inh ich ip it ' +
    'iêu iêm iên iêng iêc iêp iêt yêu yêm yên yêt o oi om on ong oc op ot oong ooc ' +
    'ô ôi ôm ôn ông ôc ôp ôt ơ ơi ơm ơn ơp ơt u ua ui um un ung uc up ut ' +
    'uôi uôm uôn uông uôc uôt ư ưa ưi ưu ưm ưn ưng ưc ưt ươi ươu ươm ươn ương ươc ươp ươt y ' +
    'oa oai oay oan oang oanh oac oach oat oam oap oăn oăng oăc oăt oăm oe oeo oen oet oem ' +
    'uân uâng uât uây uê uênh uêch uy uya uyu uyn uynh uych uyt uyp uyên uyêt uơ'
  ).split(' '),
);

const VOWELS = new Set([...'aăâeêioôơuưy']);
const QUALITY_VOWELS = new Set([...'ăâêôơư']);
const STOP_FINALS = new Set(['c', 'ch', 'p', 't']);

export interface SplitSyllable {
  /** lower-case letters without tone, NFC (quality marks kept) */
  base: string;
  tone: number;
  /** index in `base` of the letter carrying the tone, -1 without tone */
  tonePos: number;
}

/** Separates the tone from a (lower-cased) word. Returns undefined for several tones or stray marks. */
export function splitTone(word: string): SplitSyllable | undefined {
  const d = word.toLowerCase().normalize('NFD');
  let base = '';
  let tone = 0;
  let tonePos = -1;
  let letters = 0;
  for (const ch of d) {
    const t = TONE_MARKS[ch];
    if (t !== undefined) {
      if (tone !== 0 || letters === 0) return undefined;
      tone = t;
      tonePos = letters - 1;
    } else if (ch === '\u0302' || ch === '\u0306' || ch === '\u031B') {
      if (letters === 0) return undefined;
      base += ch;
    } else {
      base += ch;
      letters++;
    }
  }
  base = base.normalize('NFC');
  if ([...base].length !== letters) return undefined; // a quality mark that does not compose
  return { base, tone, tonePos };
}

function placementOk(rhyme: string, toneIdx: number): boolean {
  const chars = [...rhyme];
  let n = 0;
  while (n < chars.length && VOWELS.has(chars[n])) n++;
  if (n === 0) return false;
  const final = chars.slice(n).join('');
  if (toneIdx < 0 || toneIdx >= n) return false;
  if (n === 1) return toneIdx === 0;
  const cluster = chars.slice(0, n).join('');
  if (final !== '') return cluster === 'oo' ? true : toneIdx === n - 1;
  if (n === 3) return toneIdx === 1;
  const q = chars.findIndex((c, i) => i < n && QUALITY_VOWELS.has(c));
  if (q >= 0) return toneIdx === q;
  if (cluster === 'oa' || cluster === 'oe' || cluster === 'uy') return true;
  return toneIdx === 0;
}

/** True when `word` (one syllable, any case, NFC or not) is a well-formed Vietnamese syllable. */
export function isVietnameseSyllable(word: string): boolean {
  const s = splitTone(word);
  if (!s) return false;
  const { base, tone, tonePos } = s;
  for (const onset of ONSETS) {
    if (!base.startsWith(onset)) continue;
    let rhyme = base.slice(onset.length);
    let shift = onset.length;
    if (onset === 'gi' && rhyme === '') {
      rhyme = 'i';
      shift = 1;
    }
    if (!RHYMES.has(rhyme)) continue;
    const chars = [...rhyme];
    let n = 0;
    while (n < chars.length && VOWELS.has(chars[n])) n++;
    const final = chars.slice(n).join('');
    if (STOP_FINALS.has(final) && tone !== 2 && tone !== 5) continue;
    if (tone === 0 || placementOk(rhyme, tonePos - shift)) return true;
  }
  return false;
}

const NON_ASCII = /[^\u0000-\u007F]/u;
const WORD = /[\p{L}\p{M}]+/gu;
/** a capital after a small letter inside one word ("thÊ"): typical of a wrong code page */
const MIXED_CASE = /\p{Ll}\p{M}*\p{Lu}/u;

export interface SyllableScore {
  /** words containing at least one non-ASCII letter */
  total: number;
  valid: number;
}

/** Scores a trial conversion: how many words with non-ASCII letters are valid syllables. */
export function scoreText(text: string): SyllableScore {
  let total = 0;
  let valid = 0;
  const seen = new Map<string, boolean>();
  for (const m of text.matchAll(WORD)) {
    const w = m[0];
    if (!NON_ASCII.test(w)) continue;
    total++;
    let ok = seen.get(w);
    if (ok === undefined) {
      ok = !MIXED_CASE.test(w) && isVietnameseSyllable(w);
      seen.set(w, ok);
    }
    if (ok) valid++;
  }
  return { total, valid };
}
