// Date recognizer: finds Vietnamese temporal expressions in a matching key and normalizes them to
// ISO 8601 values ("2023-12-22", "2023-12", "2023", "2023-Q1", "2023-H1", "2022-W52", "2018/2022",
// "--12-22"), with an optional TimeML part of day ("2023-12-22TAF").
//
// Design: a handful of independent regexes (each linear: bounded repetition, no nested quantifiers
// over overlapping classes), each producing candidates; then the longest non-overlapping
// candidates win. Validation (ranges, counted nouns, ordinals, case) is done in code.

import { lunarToSolar, yearOfCanChi } from './lunar.js';
import { atomize, hashFold, isLetterUnit, isWordUnit, FNV_OFFSET, FNV_PRIME, AtomKind, type Atom } from '../segment/tokens.js';
import { KEPT_ENTRIES, regrownSize } from '../scratch.js';
import { HashFilter } from './words.js';

export interface DateMatch {
  start: number;
  end: number;
  value: string | null;
}

export interface DateOptions {
  refDate?: string;
  /** The atoms of `key`, when the caller has them already (the pipeline does). */
  atoms?: readonly Atom[];
  /** Try every recognizer at every position, without triggers (slow; tests check triggers miss nothing). */
  exhaustive?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Calendar helpers

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');
const pad4 = (n: number): string => String(n).padStart(4, '0');
const isoDay = (t: Ymd): string => `${pad4(t.y)}-${pad2(t.m)}-${pad2(t.d)}`;
const isoMonth = (y: number, m: number): string => `${pad4(y)}-${pad2(m)}`;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in month m (1–12) of year y, as `new Date(Date.UTC(y, m, 0)).getUTCDate()` gives them. */
function daysInMonth(y: number, m: number): number {
  if (m !== 2) return MONTH_DAYS[m - 1];
  const yy = y >= 0 && y <= 99 ? 1900 + y : y; // Date.UTC reads years 0–99 as 1900–1999
  return (yy % 4 === 0 && yy % 100 !== 0) || yy % 400 === 0 ? 29 : 28;
}

function validDay(y: number | null, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= (y === null ? (m === 2 ? 29 : daysInMonth(2000, m)) : daysInMonth(y, m));
}

/**
 * Days since 1970-01-01 of day t, as `Math.floor(Date.UTC(t.y, t.m - 1, t.d) / 86400000)` gives them. Nearly every
 * question is a day of a year from 100 on, answered by arithmetic (civilDays); a Date would be made for each, several
 * per candidate date. Other ones (years 0–99, which Date.UTC reads as 1900–1999, months out of range, non-integers)
 * go to Date.UTC.
 */
export function dayNum(t: Ymd): number {
  const { y, m, d } = t;
  if (y >= 100 && y <= 9999 && m >= 1 && m <= 12 && d >= -1e6 && d <= 1e6 && Number.isInteger(y) && Number.isInteger(m) && Number.isInteger(d)) {
    return civilDays(y, m, d);
  }
  return Math.floor(Date.UTC(y, m - 1, d) / 86400000);
}

/** Days since 1970-01-01 of day d of month m (1–12) of year y, proleptic Gregorian; d may run past the month's end. */
function civilDays(y: number, m: number, d: number): number {
  // (counted from 1 March, so that the leap day ends the year: H. Hinnant's days_from_civil)
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400; // year of the era, 0–399
  const doy = Math.floor((153 * ((m + 9) % 12) + 2) / 5) + d - 1; // day of the year from 1 March
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy; // day of the era
  return era * 146097 + doe - 719468;
}

/** The day n days after 1970-01-01, as a Date's UTC fields give it (by arithmetic for years 100–9999). */
export function fromDayNum(n: number): Ymd {
  if (n >= -647000 && n <= 2932000 && Number.isInteger(n)) return civilFromDays(n);
  const dt = new Date(n * 86400000);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

/** The inverse of civilDays (H. Hinnant's civil_from_days). */
function civilFromDays(n: number): Ymd {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097; // day of the era, 0–146096
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100)); // day of the year from 1 March
  const mp = Math.floor((5 * doy + 2) / 153);
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d: doy - Math.floor((153 * mp + 2) / 5) + 1 };
}

function addDays(t: Ymd, k: number): Ymd {
  return fromDayNum(dayNum(t) + k);
}

/** ISO weekday 1 (Monday) .. 7 (Sunday). */
function isoWeekday(t: Ymd): number {
  const w = (((dayNum(t) + 4) % 7) + 7) % 7; // (1970-01-01 was a Thursday; 0 is Sunday, as getUTCDay gives it)
  return w === 0 ? 7 : w;
}

function isoWeek(t: Ymd): string {
  const thursday = addDays(t, 4 - isoWeekday(t));
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  const week = Math.floor((dayNum(thursday) - dayNum(jan1)) / 7) + 1;
  return `${pad4(thursday.y)}-W${pad2(week)}`;
}

function parseRef(ref: string | undefined): Ymd | null {
  if (!ref) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/u.exec(ref);
  if (!m) return null;
  const t = { y: +m[1], m: +m[2], d: +m[3] };
  return validDay(t.y, t.m, t.d) ? t : null;
}

/** The last reference date parsed, and its text: a batch passes the same one with every document. */
let lastRefText: string | undefined;
let lastRef: Ymd | null = null;

/** parseRef, remembering the last one (the Ymd objects are never modified, so sharing one is safe). */
function refDateOf(ref: string | undefined): Ymd | null {
  if (ref !== lastRefText) {
    lastRef = parseRef(ref);
    lastRefText = ref;
  }
  return lastRef;
}

/** The year that puts day d of month m closest to ref. */
function nearestYear(m: number, d: number, ref: Ymd): number | null {
  let best: number | null = null;
  let bestDist = Infinity;
  for (const y of [ref.y - 1, ref.y, ref.y + 1]) {
    if (!validDay(y, m, d)) continue;
    const dist = Math.abs(dayNum({ y, m, d }) - dayNum(ref));
    if (dist < bestDist) {
      bestDist = dist;
      best = y;
    }
  }
  return best;
}

/** The year that puts month m closest to ref's month (ties go to the past). */
function nearestYearOfMonth(m: number, ref: Ymd): number {
  const diff = m - ref.m;
  if (diff > 6) return ref.y - 1;
  if (diff < -6) return ref.y + 1;
  if (diff === -6) return ref.y;
  if (diff === 6) return ref.y - 1;
  return ref.y;
}

function dayValue(y: number | null, m: number, d: number, ref: Ymd | null): string | null {
  if (y !== null) return validDay(y, m, d) ? isoDay({ y, m, d }) : null;
  if (ref) {
    const ny = nearestYear(m, d, ref);
    return ny === null ? null : isoDay({ y: ny, m, d });
  }
  return validDay(null, m, d) ? `--${pad2(m)}-${pad2(d)}` : null;
}

// ---------------------------------------------------------------------------------------------
// Vocabulary

const PART_OF_DAY: Record<string, string> = {
  'rạng sáng': 'TNI',
  'sáng sớm': 'TMO',
  'chiều tối': 'TEV',
  'nửa đêm': 'TNI',
  'sáng': 'TMO',
  'trưa': 'TMI',
  'chiều': 'TAF',
  'tối': 'TEV',
  'đêm': 'TNI',
  'khuya': 'TNI',
};

const WEEKDAY_WORD: Record<string, number> = { hai: 1, ba: 2, 'tư': 3, 'năm': 4, 'sáu': 5, 'bảy': 6 };

const LUNAR_MONTH_WORD: Record<string, number> = {
  'giêng': 1, 'chạp': 12, 'một': 11, hai: 2, ba: 3, 'tư': 4, 'năm': 5, 'sáu': 6, 'bảy': 7, 'tám': 8, 'chín': 9,
  'mười': 10, 'mười một': 11, 'mười hai': 12,
};

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

const NUMBER_WORD: Record<string, number> = { ba: 3, 'sáu': 6, 'chín': 9, hai: 2, 'bốn': 4, 'năm': 5, 'bảy': 7, 'tám': 8, 'mười': 10 };

/** Nouns that make "d/m" a count or ratio ("11/11 huyện", "9/10 đại biểu"). Compared lower-case. */
const COUNTED_NOUNS = new Set(
  (
    'huyện xã phường tỉnh quận thành thị trấn đại đbqh phiếu người thành viên ý kiến đơn vị địa phương bộ ngành cơ quan ' +
    'trường hộ căn ca trận bàn điểm câu tiêu chí chỉ tiêu nội dung dự án công trình cơ sở doanh nghiệp học sinh sinh viên ' +
    'em vị lượt đội nước quốc gia thôn bản ấp khu tổ lần số đảng viên cán bộ chi bộ ủy viên phòng khoa bệnh viện trạm ' +
    'chốt mục tiêu nhiệm vụ tập thể cá nhân giải huy chương môn tàu xe chiếc con cây ha km m kg tấn triệu tỷ tỉ nghìn ' +
    'ngàn đồng trăm câu hỏi thí sinh bệnh nhân ca bệnh hồ sơ văn bản đề án chương trình tuyến ô trụ sở sở nhóm cụm mẫu ' +
    'lớp gói hạng mục hạng ngôi nhà mặt trận cấp hội thẩm phán thành phần ghế dân diện tổng trong quãng chặng km2 lít tuổi suất vé'
  ).split(' '),
);

/** Words before a bare "d/m" that make it a count, ratio or number. Compared lower-case. */
const NUMBER_CUES = new Set(
  ('số đạt được với có gồm trên tổng còn chiếm thắng thua hòa tỷ tỉ lệ tốc độ điểm khoản điều mục phiếu khoảng ở ' +
    // street and place names built from dates ("đường 3/2", "Quảng trường 10/3", "cầu 2/9")
    'trường đường phố cầu chợ sân nhà phường xã lô phòng viên lộ hẻm ngõ kiệt khu tòa toà ấp thôn bến cảng công ty hiệu').split(' '),
);

/** Words before "thứ X" that make it an ordinal ("lần thứ Hai", "kỳ họp thứ 7"). */
const ORDINAL_NOUNS = new Set(
  'lần kỳ kì họp khóa khoá hạng đợt phiên vòng giải đứng người năm tuần tháng con bước điều phần mục chương tập số ương hội nghị'.split(' '),
);

// ---------------------------------------------------------------------------------------------
// Regex building blocks (all used with the `u` flag; `i` for case-insensitive)

const LETTER = '[\\p{L}\\p{M}\\p{N}]';
const NB = `(?<!${LETTER})`; // word start
const NA = `(?!${LETTER})`; // word end
const S = '[ \\t]{1,3}'; // one gap between words
const S0 = '[ \\t]{0,3}';
/** ASCII hyphen; the pipeline key has every dash folded to it, raw NFC text (bench) may not. */
const DASH = '[-\u2013\u2014\u2212]';
const PD = '(rạng sáng|sáng sớm|chiều tối|nửa đêm|sáng|trưa|chiều|tối|đêm|khuya)';
const WD = `(thứ${S}(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ${S}nhật|CN|T[2-7])`;
const LMW = '(giêng|chạp|mười một|mười hai|mười|một|hai|ba|tư|năm|sáu|bảy|tám|chín|\\d{1,2})';
const CAN = '(giáp|ất|bính|đinh|mậu|kỷ|kỉ|canh|tân|nhâm|quý)';
const CHI = '(tý|tí|sửu|dần|mão|mẹo|thìn|tỵ|tị|ngọ|mùi|thân|dậu|tuất|hợi)';
const REL_YEAR = '(nay|ngoái|trước|tới|sau)';
/** Number words and numerals that turn "tuần/tháng/năm + relative word" into a duration ("3 tháng tới"). */
const NOT_AFTER_COUNT = `(?<!(?:\\d|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mươi|trăm|vài|mấy|nhiều|những|các|mỗi|từng|hàng|bao)${S})`;
/** Guard after a number that ends a numeric date: no further digits, no document-number tail. */
const NUM_END = `(?!\\d)(?![/.,][\\p{N}])(?![/-][\\p{L}\\p{N}])(?![\\p{L}\\p{M}])(?!%)`;

/** A separator with its blanks trimmed and its dash folded to '-' ("/" and "." are themselves: the common case, done first). */
const dashFold = (x: string): string => (x.length === 1 && x.charCodeAt(0) > 0x20 && x.charCodeAt(0) < 0x80 ? x : x.trim().replace(/[\u2013\u2014\u2212]/gu, '-'));

/**
 * Triggers: where a recognizer can match. Every match of a recognizer contains a trigger hit that
 * starts at most `back` code units after the match start, so the recognizer (compiled sticky) is
 * tried only at word starts in [hit - back, hit end), instead of at every position of the text. Most
 * of a news text contains no date, so this skips almost all of it.
 * Hits are atoms (found in one pass over the atoms the pipeline has already made): a number or a key
 * word, in the right company. A hit may be a false alarm (it only costs a try); what matters is that
 * no match lacks one: each hit atom starts at or before the place where the match's core starts
 * (the number of "22/12", the "hôm" of "hôm nay"), and a match never starts inside it.
 */
const T_DAY_MONTH = 0; // a number of one or two digits, then / . or a dash: "22/12", "22-12", "22.12"
const T_DAY_WORDS = 1; // a number, then "tháng": "22 tháng Chạp"
const T_TET = 2; // tết, giao (thừa), rằm
const T_MONTH = 3; // tháng, then a number
const T_YEAR = 4; // năm, then a number
const T_YEAR_RANGE = 5; // a number, then a dash, đến or tới
const T_QUARTER = 6; // quý
const T_PART_YEAR = 7; // tháng, nửa
const T_REL = 8; // the word before nay, qua, kia, mai, trước, này, tới, sau, ngoái
const T_WEEKDAY = 9; // thứ + hai..bảy or 2..7, chủ + nhật, cn, t2..t7
const T_ISO = 10; // a four-digit number, then "-"
const T_AND = 11; // a number, then và , or &
const TRIGGER_COUNT = 12;

/**
 * Short lower-case words looked up by the hashFold of their units (tokens.ts; atoms carry theirs), with a value each:
 * open addressing over typed arrays, so that a look-up makes no string and has V8 hash none (most atoms and word
 * starts are tested, and nearly all miss).
 */
class WordTable {
  /** the words' hashes: most misses are told by it alone */
  private readonly filter = new HashFilter();
  private readonly hashes: Int32Array;
  private readonly words: (string | undefined)[];
  private readonly values: Int32Array;
  private readonly mask: number;
  constructor(entries: readonly (readonly [string, number])[]) {
    let size = 16;
    while (size < entries.length * 4) size *= 2;
    this.mask = size - 1;
    this.hashes = new Int32Array(size);
    this.words = new Array<string | undefined>(size).fill(undefined);
    this.values = new Int32Array(size);
    for (const [w, v] of entries) {
      const h = hashFold(w);
      let p = slotOf(h) & this.mask;
      while (this.words[p] !== undefined && this.words[p] !== w) p = (p + 1) & this.mask;
      this.hashes[p] = h; this.words[p] = w; this.values[p] |= v;
      this.filter.add(h);
    }
  }
  /** The value of the atom's fold (0: not a word of the table). */
  atom(a: Atom): number {
    const h = a.hash;
    if (!this.filter.mayHave(h)) return 0;
    for (let p = slotOf(h) & this.mask; ; p = (p + 1) & this.mask) {
      const w = this.words[p];
      if (w === undefined) return 0;
      if (this.hashes[p] === h && w === a.fold) return this.values[p];
    }
  }
  /** Is key[p, e) a word of the table? `h` is hashFold(key.slice(p, e)). */
  has(key: string, p: number, e: number, h: number): boolean {
    for (let q = slotOf(h) & this.mask; ; q = (q + 1) & this.mask) {
      const w = this.words[q];
      if (w === undefined) return false;
      if (this.hashes[q] === h && w.length === e - p && key.startsWith(w, p)) return true;
    }
  }
}
const slotOf = (h: number): number => h ^ (h >>> 15);

// What computeHits asks of a word (the low bits of an ATOM_WORDS value)
const W_THANG = 1, W_TET = 2, W_THU = 4, W_T2_7 = 8, W_NAM = 16, W_NUA = 32, W_CHU = 64, W_CN = 128, W_GIAO_RAM = 256,
  W_QUY = 512, W_NHAT = 1024, W_WEEKDAY_NAME = 2048, W_REL = 4096, W_DEN_TOI = 8192, W_VA = 16384;
/** All the W_ bits; above them (from START_SHIFT), an ATOM_WORDS value holds the recognizers that may begin at the word. */
const W_ALL = (1 << 15) - 1;
const START_SHIFT = 15;
const DATE_WORD_ENTRIES: readonly (readonly [string, number])[] = [
  ['tháng', W_THANG], ['tết', W_TET], ['thứ', W_THU], ['năm', W_NAM], ['nửa', W_NUA], ['chủ', W_CHU], ['cn', W_CN],
  ['giao', W_GIAO_RAM], ['rằm', W_GIAO_RAM], ['quý', W_QUY], ['nhật', W_NHAT], ['đến', W_DEN_TOI], ['tới', W_DEN_TOI], ['và', W_VA],
  // weekday abbreviations t2 ... t7
  ...['2', '3', '4', '5', '6', '7'].map((d) => ['t' + d, W_T2_7] as const),
  // what follows "thứ" in a weekday
  ...['hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', '2', '3', '4', '5', '6', '7'].map((w) => [w, W_WEEKDAY_NAME] as const),
  // the relative words
  ...['nay', 'này', 'ngoái', 'qua', 'kia', 'mai', 'trước', 'tới', 'sau'].map((w) => [w, W_REL] as const),
];

const isDash = (c: number) => c === 0x2d || c === 0x2013 || c === 0x2014 || c === 0x2212;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * The trigger hits of the document at hand: hitBuf[t] holds hitLen[t] atom indices of trigger t, ascending. The
 * buffers are shared by all calls of findDates (it runs to its end before the next call starts) and grown when a
 * document needs more: a dozen fresh arrays per document, grown push by push, were a tenth of what the dates
 * allocate. One grown past KEPT_ENTRIES for a very long document goes back to its first size at the next one
 * (scratch.ts).
 */
const hitBuf: Int32Array[] = Array.from({ length: TRIGGER_COUNT }, () => new Int32Array(64));
const hitLen = new Int32Array(TRIGGER_COUNT);

/** Append atom index i to the hits of trigger t. */
function addHit(t: number, i: number): void {
  append(hitBuf, hitLen, t, i);
}

/** Append i to list t of bufs (lens[t] entries long), growing it when full. */
function append(bufs: Int32Array[], lens: Int32Array, t: number, i: number): void {
  let buf = bufs[t];
  const n = lens[t];
  if (n === buf.length) {
    const grown = new Int32Array(2 * n);
    grown.set(buf);
    bufs[t] = buf = grown;
  }
  buf[n] = i;
  lens[t] = n + 1;
}

/**
 * Per recognizer (startBuf[r.slot], startLen[r.slot] entries), the atoms of the document at hand at which it may
 * begin, ascending: the atom's first unit is one of r's first characters and the atom is one of r's first words, or
 * a number of at most r.digits digits, or "(" for a recognizer that takes one. A scan visits these and the trigger
 * hits only, not every atom of each trigger window (a window holds a dozen atoms, and a recognizer may begin at one
 * or two). Shared like hitBuf.
 */
const startBuf: Int32Array[] = Array.from({ length: 16 }, () => new Int32Array(64));
const startLen = new Int32Array(16);

/** Append atom index i to the starts of every recognizer whose bit is in `bits`. */
function addStarts(bits: number, i: number): void {
  for (let b = bits; b !== 0; b &= b - 1) append(startBuf, startLen, 31 - Math.clz32(b & -b), i);
}

/**
 * All trigger hits of a text (into hitBuf and hitLen) and the atoms at which each recognizer may begin (startBuf,
 * startLen), in one pass over the atoms. Most atoms are no key word and no number: for them the pass reads the atom's
 * kind and hash (a bit filter turns nearly all of them away without a table look-up, see WordTable.atom). A key word looks at its neighbours itself: the word before a relative word ("hôm" of "hôm nay") is
 * hit when the relative word is reached, so no atom looks its next one up in advance.
 */
function computeHits(atoms: readonly Atom[], key: string): void {
  hitLen.fill(0);
  startLen.fill(0);
  for (let t = 0; t < TRIGGER_COUNT; t++) if (hitBuf[t].length > KEPT_ENTRIES) hitBuf[t] = new Int32Array(64);
  for (let t = 0; t < startBuf.length; t++) if (startBuf[t].length > KEPT_ENTRIES) startBuf[t] = new Int32Array(64);
  const n = atoms.length;
  for (let i = 0; i < n; i++) {
    const a = atoms[i];
    const kind = a.kind;
    if (kind === AtomKind.Word) {
      const v = ATOM_WORDS.atom(a);
      // (a word starts with a letter or mark: neither a digit nor "(")
      if (v >>> START_SHIFT !== 0) addStarts(v >>> START_SHIFT, i);
      // (most words are no key word and are no "Tết2025": they are told without a call)
      if ((v & W_ALL) !== 0 || digitAt3(key, a)) wordHits(atoms, key, i, v & W_ALL);
    } else if (kind === AtomKind.Number) {
      const bits = numberStartBits(key, a);
      if (bits !== 0) addStarts(bits, i);
      numberHits(atoms, key, i);
    } else if (key.charCodeAt(a.start) === 40) addStarts(PAREN_STARTS, i); // (punctuation is no word of ATOM_WORDS)
  }
}

/**
 * The recognizers that may begin at number atom a: an ASCII number is told by its first digit and its count of
 * digits, any other by its fold (as a word would be). Together with the cases in computeHits, this is what startsHere
 * answers at an atom start, wherever a match can begin: a word's first unit is that of its fold in the lower-cased
 * key (the words hold no letter whose lower case depends on its place, such as Σ), and the atom may run on where
 * startsHere's word stops, at a letter from U+2000 on, but no recognizer's first word can be followed by such a
 * letter, so neither finds a match there.
 */
function numberStartBits(key: string, a: Atom): number {
  const c = key.charCodeAt(a.start);
  if (isDigit(c)) return NUMBER_STARTS[(c - 48) * 6 + Math.min(digitsAt(key, a.start), 5)];
  return ATOM_WORDS.atom(a) >>> START_SHIFT;
}

/** Has the atom a fourth unit, and is it a digit (as in "Tết2025")? */
function digitAt3(key: string, a: Atom): boolean {
  return a.end - a.start > 3 && isDigit(key.charCodeAt(a.start + 3));
}

/** The ATOM_WORDS value of an atom (numbers too: "thứ 2"); punctuation and the end of the text have none. */
function wordValue(a: Atom | undefined): number {
  return a === undefined || a.kind === AtomKind.Punct ? 0 : ATOM_WORDS.atom(a);
}

/** Hits at number atom i: "22/12", "22 tháng", "2021-2025", "2021 đến", "21 và 22/6", "2025-07-18". */
function numberHits(atoms: readonly Atom[], key: string, i: number): void {
  if (i + 1 >= atoms.length) return;
  const next = atoms[i + 1];
  if (next.kind === AtomKind.Punct) {
    const a = atoms[i];
    const c = key.charCodeAt(next.start);
    const len = a.end - a.start;
    if (len <= 2 && (c === 0x2f || c === 0x2e || isDash(c))) addHit(T_DAY_MONTH, i);
    if (isDash(c)) {
      addHit(T_YEAR_RANGE, i);
      if (len === 4 && c === 0x2d) addHit(T_ISO, i);
    } else if (c === 0x2c || c === 0x26) addHit(T_AND, i);
    // "mùa giải 2024/2025", "năm học 2025/2026": a season written with a slash
    else if (c === 0x2f && len === 4) addHit(T_YEAR_RANGE, i);
  } else if (next.kind === AtomKind.Word) {
    const wNext = ATOM_WORDS.atom(next);
    if ((wNext & W_THANG) !== 0) addHit(T_DAY_WORDS, i);
    else if ((wNext & W_DEN_TOI) !== 0) addHit(T_YEAR_RANGE, i);
    else if ((wNext & W_VA) !== 0) addHit(T_AND, i);
  }
}

/**
 * Hits at word atom i (its W_ bits w): the key words, and the word before a relative word (hit here, at the
 * relative word: hits of a trigger stay in ascending order, as no other hit of T_REL at i - 1 can follow this atom).
 */
function wordHits(atoms: readonly Atom[], key: string, i: number, w: number): void {
  const a = atoms[i];
  const next = i + 1 < atoms.length ? atoms[i + 1] : undefined;
  if ((w & W_REL) !== 0 && i > 0 && atoms[i - 1].kind === AtomKind.Word) addHit(T_REL, i - 1);
  // "Tết2025": a year may follow Tết with no space, inside one atom (the digit read from the key, which is at hand,
  // before the atom's fold, which is not)
  if (digitAt3(key, a) && a.fold.startsWith('tết') && a.fold.length > 3 && isDigit(a.fold.charCodeAt(3))) addHit(T_TET, i);
  if ((w & W_THANG) !== 0) {
    if (next !== undefined && next.kind === AtomKind.Number) addHit(T_MONTH, i);
    addHit(T_PART_YEAR, i);
  } else if ((w & W_TET) !== 0) addHit(T_TET, i);
  else if ((w & W_THU) !== 0) { if ((wordValue(next) & W_WEEKDAY_NAME) !== 0) addHit(T_WEEKDAY, i); }
  else if ((w & W_T2_7) !== 0) addHit(T_WEEKDAY, i);
  else if ((w & W_NAM) !== 0) {
    if (next !== undefined && next.kind === AtomKind.Number) addHit(T_YEAR, i);
    // "(Từ) đầu năm, …": this year, before punctuation
    else if (next !== undefined && next.kind === AtomKind.Punct && i > 0 && atoms[i - 1].fold === 'đầu') addHit(T_REL, i);
  }
  else if ((w & W_NUA) !== 0) addHit(T_PART_YEAR, i);
  else if ((w & W_CHU) !== 0) { if ((wordValue(next) & W_NHAT) !== 0) addHit(T_WEEKDAY, i); }
  else if ((w & W_CN) !== 0) addHit(T_WEEKDAY, i);
  else if ((w & W_GIAO_RAM) !== 0) addHit(T_TET, i);
  else if ((w & W_QUY) !== 0) addHit(T_QUARTER, i);
}

/** A letter, mark or digit of the astral planes (a surrogate pair): units alone are told by isWordUnit. */
const WORD_CLASS = /[\p{L}\p{M}\p{N}]/u;

/**
 * Is the code point before p a letter, mark or digit? (NB, the word-start lookbehind of every recognizer, is
 * `!wordBefore`.) Before an atom start it never is, unless it is an astral letter (atoms split surrogate pairs off).
 */
function wordBefore(key: string, p: number): boolean {
  if (p === 0) return false;
  const c = key.charCodeAt(p - 1);
  if ((c & 0xfc00) === 0xdc00 && p >= 2 && (key.charCodeAt(p - 2) & 0xfc00) === 0xd800) return WORD_CLASS.test(key.slice(p - 2, p));
  return isWordUnit(c);
}

interface Recognizer {
  /** its place in RECOGNIZERS (its start list in startBuf) */
  slot: number;
  /** 1 << slot: its bit in ATOM_WORDS values, NUMBER_STARTS and PAREN_STARTS */
  bit: number;
  /** the sticky regex, compiled on first use (see compiled) */
  rx: RegExp | undefined;
  src: string;
  /** code units a match can start with (either case), indexed by char code; made when the module loads */
  first: Uint8Array | undefined;
  firstChars: string;
  trigger: number;
  back: number;
  /** lower-case words a match can begin with; '#' any number, '#2' a number of one or two digits, '(' a parenthesis */
  words: ReadonlySet<string>;
  /** the same words, for startsHere */
  wordTable: WordTable;
  /** the most digits a match can begin with (0: none) */
  digits: number;
  paren: boolean;
  /** which cheap test of what must follow the start (mayMatchAt) it has, or CHECK_NONE */
  check: number;
}

/** Code units that `[first]` matches in either case (a superset of what the lower-cased key can hold). */
function firstTable(first: string): Uint8Array {
  const t = new Uint8Array(65536);
  const chars: string[] = [];
  for (let i = 0; i < first.length; i++) {
    if (first[i + 1] === '-' && i + 2 < first.length) {
      for (let c = first.charCodeAt(i); c <= first.charCodeAt(i + 2); c++) chars.push(String.fromCharCode(c));
      i += 2;
    } else chars.push(first[i]);
  }
  for (const c of chars) {
    for (const v of [c, c.toLowerCase(), c.toUpperCase()]) if (v.length === 1) t[v.charCodeAt(0)] = 1;
    if (c === 's') t[0x17f] = 1; // ſ folds to s
    if (c === 'k') t[0x212a] = 1; // Kelvin sign folds to k
  }
  return t;
}

/**
 * Compile a recognizer. `first` lists the characters a match can start with (a leading lookahead
 * makes a failing attempt cheap); `trigger` and `back` bound where matches can be (see the T_ constants).
 */
function re(trigger: number, back: number, first: string, starts: string, src: string, opts: { check?: number } = {}): Recognizer {
  const words = new Set(starts.split(' '));
  const r: Recognizer = {
    slot: RECOGNIZERS.length, bit: 1 << RECOGNIZERS.length, rx: undefined, src, first: undefined, firstChars: first, trigger, back,
    words, wordTable: new WordTable([...words].map((w) => [w, 1] as const)), digits: words.has('#') ? 1e9 : words.has('#4') ? 4 : words.has('#2') ? 2 : 0, paren: words.has('('),
    check: opts.check ?? CHECK_NONE,
  };
  RECOGNIZERS.push(r);
  return r;
}

/** Every recognizer, in the order made (its bit is 1 << its place); at most 16, so that ATOM_WORDS values fit 31 bits. */
const RECOGNIZERS: Recognizer[] = [];

/** A recognizer's regex, compiled when it is first needed (start-up time). */
function compiled(r: Recognizer): RegExp {
  if (!r.rx) {
    // Every recognizer begins with the word-start lookbehind NB; the scans test it in code (wordBefore) and the
    // regex goes without it: a Unicode property class, read at every execution, makes the regex code larger and
    // slower, and at an atom start the test is nearly always settled by one table look-up.
    if (!r.src.startsWith(NB)) throw new Error('a date recognizer must begin with NB');
    const src = lowerPattern(r.src.slice(NB.length));
    // (no `d` flag: group positions cost a dozen arrays per match, and the few the scans need follow from the
    // groups' texts, see dayNumberStart and the like)
    r.rx = new RegExp(`(?=[${r.firstChars}])${src}`, 'yu');
  }
  return r.rx;
}

/**
 * Recognizers run over a lower-cased copy of the key (same length, see lowerKey) without the `i` flag:
 * case-insensitive Unicode regexes are several times dearer to compile and to run. Their literal
 * letters are therefore lower case; escapes (\\p{Lu}, \\D ...) are left alone.
 */
function lowerPattern(src: string): string {
  return src.replace(/\\[pP]\{[^}]*\}|\\.|[^\\]+/gu, (part) => (part.startsWith('\\') ? part : part.toLowerCase()));
}

/** The key lower-cased unit by unit (a unit whose lower case is longer, such as İ, stays as it is). */
export function lowerKey(key: string): string {
  const lower = key.toLowerCase();
  if (lower.length === key.length) return lower;
  let out = '';
  for (let i = 0; i < key.length; i++) {
    const c = key[i];
    const l = c.toLowerCase();
    out += l.length === 1 ? l : c;
  }
  return out;
}

/**
 * Can a match of `r` begin at p? The first word must be one the recognizer starts with: a cheap test
 * that spares most calls of the (much dearer) sticky regex. `p` is a word start.
 */
function startsHere(key: string, p: number, r: Recognizer): boolean {
  const c = key.charCodeAt(p);
  if (c >= 48 && c <= 57) {
    let e = p + 1;
    while (e < key.length && e - p <= r.digits) { const d = key.charCodeAt(e); if (d < 48 || d > 57) break; e++; }
    return e - p <= r.digits;
  }
  if (c === 40) return r.paren;
  let e = p + 1;
  let h = Math.imul(FNV_OFFSET ^ c, FNV_PRIME); // hashFold(key.slice(p, e))
  while (e < key.length && e - p < 12) {
    const d = key.charCodeAt(e);
    if (d >= 0x2000 || !isWordUnit(d)) break;
    h = Math.imul(h ^ d, FNV_PRIME);
    e++;
  }
  return r.wordTable.has(key, p, e, h);
}

// Cheap tests of what must follow a start (on the lower-cased key, at a start that passed startsHere): each is
// implied by its recognizer's regex, so a start that fails it cannot match, and the regex is not run there. Most
// starts the trigger windows offer are numbers that no date follows ("10.000 đồng", "3,5%", "2 người"); these
// tests turn them away for a few character reads instead of a regex execution each. The exhaustive scan (tests)
// does without them, so the trigger property test checks them too.
const CHECK_NONE = 0;
const CHECK_DAY = 1; // RX_DAY at a number: d/m, d.m or d - m
const CHECK_DAY_WORDS = 2; // RX_DAY_WORDS at a number: d tháng
const CHECK_TET = 3; // RX_TET at "giao" or a number: giao thừa, 30 Tết
const CHECK_YEAR_RANGE = 4; // RX_YEAR_RANGE at a number: four digits
const CHECK_DAY_RANGE = 5; // RX_DAY_RANGE: [từ] [ngày] d[/m[/y]] then a connector
const CHECK_MONTH_RANGE = 6; // RX_MONTH_RANGE: [từ] tháng m[/y] then a connector
const CHECK_AND = 7; // RX_AND: [ngày] d và|,|& [ngày] d/m
const CHECK_ISO = 8; // RX_ISO: yyyy-mm-dd

const isBlank = (c: number): boolean => c === 0x20 || c === 0x09;

/** How many ASCII digits start at q. */
function digitsAt(key: string, q: number): number {
  let e = q;
  while (e < key.length && isDigit(key.charCodeAt(e))) e++;
  return e - q;
}

/** The end of the blanks (spaces, tabs) from q. */
function skipBlanks(key: string, q: number): number {
  while (q < key.length && isBlank(key.charCodeAt(q))) q++;
  return q;
}

/**
 * Past an optional cue word and the 1–3 blanks after it ("từ ", "ngày "), or q itself. When the word is there
 * the regexes must take it (what follows the cue group is a number or another cue, never this word).
 */
function skipCue(key: string, q: number, word: string): number {
  if (!key.startsWith(word, q)) return q;
  const e = skipBlanks(key, q + word.length);
  const blanks = e - q - word.length;
  return blanks >= 1 && blanks <= 3 ? e : q;
}

/** May a range connector (đến, tới, a dash) be at q? */
function connectorAt(key: string, q: number): boolean {
  return isDash(key.charCodeAt(q)) || key.startsWith('đến', q) || key.startsWith('tới', q);
}

/** May the recognizer's regex match at p? (false only when it cannot; see the CHECK_ constants) */
function mayMatchAt(key: string, p: number, check: number): boolean {
  switch (check) {
    case CHECK_DAY: return !isDigit(key.charCodeAt(p)) || dayMonthAt(key, p);
    case CHECK_DAY_WORDS: return !isDigit(key.charCodeAt(p)) || dayThenThangAt(key, p);
    case CHECK_TET: return tetAt(key, p);
    case CHECK_YEAR_RANGE: return !isDigit(key.charCodeAt(p)) || digitsAt(key, p) === 4;
    case CHECK_DAY_RANGE: return dayRangeAt(key, p);
    case CHECK_MONTH_RANGE: return monthRangeAt(key, p);
    case CHECK_AND: return dayAndDayAt(key, p);
    case CHECK_ISO: return isoAt(key, p);
    default: return true;
  }
}

/** "22/12", "22.12", "22 - 12": one or two digits, a separator, one or two digits (RX_DAY's core). */
function dayMonthAt(key: string, p: number): boolean {
  const d = digitsAt(key, p);
  if (d < 1 || d > 2) return false;
  let q = p + d;
  const c = key.charCodeAt(q);
  if (c === 0x2f || c === 0x2e) q++;
  else {
    q = skipBlanks(key, q);
    if (!isDash(key.charCodeAt(q))) return false;
    q = skipBlanks(key, q + 1);
  }
  const m = digitsAt(key, q);
  return m >= 1 && m <= 2;
}

/** "22 tháng": one or two digits, blanks, tháng (RX_DAY_WORDS at a number). */
function dayThenThangAt(key: string, p: number): boolean {
  const d = digitsAt(key, p);
  if (d < 1 || d > 2) return false;
  const q = skipBlanks(key, p + d);
  return q > p + d && key.startsWith('tháng', q);
}

/** RX_TET begins "giao thừa" or "30 tết" at "giao" and at a number (its other starts are not tested). */
function tetAt(key: string, p: number): boolean {
  const c = key.charCodeAt(p);
  if (c === 0x67 /* g */) return key.startsWith('giao thừa', p);
  if (!isDigit(c)) return true;
  if (digitsAt(key, p) !== 2 || !key.startsWith('30', p)) return false;
  const q = skipBlanks(key, p + 2);
  return q > p + 2 && key.startsWith('tết', q);
}

/**
 * RX_DAY_RANGE: [từ] [ngày] d1[/m1[/y1]], blanks, a connector. Between d1 and the connector there are only
 * digits, separators (/ . -) and blanks; a dash there may already be the connector.
 */
function dayRangeAt(key: string, p: number): boolean {
  let q = skipCue(key, skipCue(key, p, 'từ'), 'ngày');
  if (!isDigit(key.charCodeAt(q))) return false;
  for (; q < key.length; q++) {
    const c = key.charCodeAt(q);
    if (isDash(c)) return true;
    if (!isDigit(c) && c !== 0x2f && c !== 0x2e) break;
  }
  return connectorAt(key, skipBlanks(key, q));
}

/**
 * RX_MONTH_RANGE: [từ] tháng m[ /y | năm y], blanks, a connector. Between m and the connector there are only
 * digits, / and dashes, blanks, and at most one "năm".
 */
function monthRangeAt(key: string, p: number): boolean {
  let q = skipCue(key, p, 'từ');
  if (!key.startsWith('tháng', q)) return false;
  q += 5;
  for (let nam = 0; q < key.length; q++) {
    const c = key.charCodeAt(q);
    if (isDash(c)) return true;
    if (isDigit(c) || isBlank(c) || c === 0x2f) continue;
    if (nam === 0 && key.startsWith('năm', q)) { nam = 1; q += 2; continue; }
    break;
  }
  return key.startsWith('đến', q) || key.startsWith('tới', q);
}

/** RX_AND: [ngày] d1, blanks, và , or &, blanks, [ngày] d2 then / . or -. */
function dayAndDayAt(key: string, p: number): boolean {
  let q = skipCue(key, p, 'ngày');
  const d1 = digitsAt(key, q);
  if (d1 < 1 || d1 > 2) return false;
  q = skipBlanks(key, q + d1);
  const c = key.charCodeAt(q);
  if (c === 0x2c || c === 0x26) q++;
  else if (key.startsWith('và', q)) q += 2;
  else return false;
  q = skipCue(key, skipBlanks(key, q), 'ngày');
  const d2 = digitsAt(key, q);
  if (d2 < 1 || d2 > 2) return false;
  const sep = key.charCodeAt(q + d2);
  return sep === 0x2f || sep === 0x2e || sep === 0x2d;
}

/** RX_ISO: yyyy-dd-mm. */
function isoAt(key: string, p: number): boolean {
  return digitsAt(key, p) === 4 && key.charCodeAt(p + 4) === 0x2d && digitsAt(key, p + 5) === 2 && key.charCodeAt(p + 7) === 0x2d;
}

// ---------------------------------------------------------------------------------------------
// Candidates

export interface Cand {
  start: number;
  end: number;
  value: string | null;
  prio: number;
}

interface Ctx {
  key: string;
  ref: Ymd | null;
  out: Cand[];
  /** the atoms of key, given or made on first use */
  atoms: readonly Atom[] | undefined;
  /** whether the trigger hits (hitBuf, hitLen) are this document's: computed on first use */
  hitsMade: boolean;
  exhaustive: boolean;
  /** the key lower-cased (lowerKey), made on first use */
  lower: string | undefined;
}

const NO_MATCHES: RegExpExecArray[] = [];

/**
 * The matches `key.matchAll(rx)` would give (leftmost, non-overlapping, in order), trying the sticky
 * regex only where a match can start: a trigger hit at atom h means starts in [h.start - back, h.start];
 * hits found by a global scan cover every occurrence (a missed one lies inside a found hit), hence
 * [h.start - back, h.end). Only atom starts are tried: a match starts at a word start (its regex begins
 * with a lookbehind for one) or at "(", and atoms are the runs of letters, marks and digits and single
 * other characters, so a word start is always an atom start (the previous unit, not a letter, mark or digit,
 * ends an atom). Trying atom starts instead of every unit of the windows makes ~8x fewer steps; and of those,
 * only the ones where the recognizer may begin (its start list, see startBuf), met in order while the hits are
 * walked alongside: a start lies in some window exactly when it lies in the window of the first hit at or after it.
 */
function scan(ctx: Ctx, r: Recognizer): RegExpExecArray[] {
  if (ctx.exhaustive) return scanEveryPosition(ctx, r);
  const atoms = (ctx.atoms ??= atomize(ctx.key));
  if (!ctx.hitsMade) {
    computeHits(atoms, ctx.key);
    ctx.hitsMade = true;
  }
  const count = hitLen[r.trigger];
  const startCount = startLen[r.slot];
  if (count === 0 || startCount === 0) return NO_MATCHES;
  const hits = hitBuf[r.trigger];
  const starts = startBuf[r.slot];
  const key = (ctx.lower ??= lowerKey(ctx.key));
  const rx = compiled(r);
  let out: RegExpExecArray[] | undefined; // (made at the first match: most scans find none)
  let k = 0; // the first hit at or after the start at hand (hits ascend, and so do the starts)
  let resume = 0; // starts before this offset lie inside an earlier match
  for (let q = 0; q < startCount; q++) {
    const s = starts[q];
    while (k < count && hits[k] < s) k++;
    if (k === count) break; // no window holds this start, nor any later one
    // (the nearest hit's window reaches farthest back: a start outside it is in no window)
    const p = atoms[s].start;
    if (p < resume || atoms[hits[k]].start - r.back > p) continue;
    if (wordBefore(key, p) || !mayMatchAt(key, p, r.check)) continue;
    rx.lastIndex = p;
    const m = rx.exec(key);
    if (m === null) continue;
    (out ??= []).push(m);
    resume = p + (m[0].length || 1); // (resume after the match, as matchAll does)
  }
  return out ?? NO_MATCHES;
}

/** `scan` without triggers: every unit of the key is tried (the `exhaustive` option, for tests). */
function scanEveryPosition(ctx: Ctx, r: Recognizer): RegExpExecArray[] {
  const key = (ctx.lower ??= lowerKey(ctx.key));
  const rx = compiled(r);
  const first = r.first!; // (made when the module loads)
  const out: RegExpExecArray[] = [];
  for (let p = 0; p < key.length; p++) {
    if (!first[key.charCodeAt(p)] || wordBefore(key, p) || !startsHere(key, p, r)) continue;
    rx.lastIndex = p;
    const m = rx.exec(key);
    if (m === null) continue;
    out.push(m);
    p += (m[0].length || 1) - 1; // resume after the match, as matchAll does
  }
  return out;
}

/** The first ASCII digit at or after q (a match's first number, when what precedes it in the match has none). */
function firstDigitFrom(key: string, q: number): number {
  while (!isDigit(key.charCodeAt(q))) q++;
  return q;
}

/**
 * Where a word group begins that follows a group `g` (or nothing: the match start) and the 1–3 blanks of S:
 * past g and every blank (the group begins with a letter or digit, so the blanks stop there).
 */
function afterBlanks(key: string, m: RegExpExecArray, g: string | undefined): number {
  return g === undefined ? m.index : skipBlanks(key, m.index + g.length);
}

/** A UTF-16 unit that is a letter, mark, digit or colon (as /[\p{L}\p{M}\p{N}:]/u tests one unit; a lone surrogate is none). */
function wordUnitOrColon(c: number): boolean {
  if (c === 0x3a) return true;
  return isWordUnit(c);
}

/** A letter or mark of the astral planes (a surrogate pair): units alone are told by isLetterUnit. */
const LETTER_CLASS = /^[\p{L}\p{M}]$/u;

/** Is the code point at q (its units before lim) a letter or a mark? */
function letterAt(key: string, q: number, lim: number): boolean {
  const c = key.charCodeAt(q);
  if ((c & 0xfc00) === 0xd800 && q + 1 < lim && (key.charCodeAt(q + 1) & 0xfc00) === 0xdc00) return LETTER_CLASS.test(key.slice(q, q + 2));
  return isLetterUnit(c); // (a lone surrogate is none)
}

/** The end of the run of letters and marks (and "%" when `percent`) from q, before lim. */
function letterRunEnd(key: string, q: number, lim: number, percent: boolean): number {
  while (q < lim) {
    if (percent && key.charCodeAt(q) === 0x25) q++;
    else if (letterAt(key, q, lim)) q += (key.charCodeAt(q) & 0xfc00) === 0xd800 ? 2 : 1;
    else break;
  }
  return q;
}

/**
 * Does a counted noun follow pos ("11/11 huyện", "9/10 đại biểu"): the first word after 0–3 blanks (letters,
 * marks, "%"), or it and the next word after one blank, lower-cased? Words are read in the 40 units from pos.
 * (In code rather than with a regex: it runs for most bare day/month matches, and makes no array.)
 */
function countedNounAfter(key: string, pos: number): boolean {
  const lim = Math.min(key.length, pos + 40);
  let q = pos;
  while (q < lim && q - pos < 3 && isBlank(key.charCodeAt(q))) q++;
  const e1 = letterRunEnd(key, q, lim, true);
  if (e1 === q) return false;
  const w1 = key.slice(q, e1).toLowerCase();
  if (COUNTED_NOUNS.has(w1)) return true;
  if (e1 >= lim || !isBlank(key.charCodeAt(e1))) return false;
  const e2 = letterRunEnd(key, e1 + 1, lim, false);
  return e2 > e1 + 1 && COUNTED_NOUNS.has(`${w1} ${key.slice(e1 + 1, e2).toLowerCase()}`);
}

/**
 * Is the text just before pos a number then one of / . , : - ("3.12/5", "10-11/6": the date would continue a
 * number)? What /[\p{N}][/.,:-]$/u tells of the two units before pos: ASCII digits are told in code, other
 * characters by that regex.
 */
function numberPunctBefore(key: string, pos: number): boolean {
  if (pos < 2) return false;
  const c = key.charCodeAt(pos - 1);
  if (c !== 0x2f && c !== 0x2e && c !== 0x2c && c !== 0x3a && c !== 0x2d) return false;
  const n = key.charCodeAt(pos - 2);
  if (isDigit(n)) return true;
  return n >= 0x80 && NUMBER_PUNCT_BEFORE.test(key.slice(pos - 2, pos));
}
const NUMBER_PUNCT_BEFORE = /[\p{N}][/.,:-]$/u;

/**
 * The word before pos, lower-cased (for set lookups). Lower-casing only the word, not the whole key:
 * case mapping keeps letters letters, so the word has the same extent, and the sets hold only plain
 * Vietnamese words, which a word matches the same way however its odd characters (Σ, İ) are mapped.
 */
function prevWord(key: string, pos: number): string {
  let i = pos;
  while (i > 0 && (key[i - 1] === ' ' || key[i - 1] === '\t')) i--;
  let j = i;
  while (j > 0 && wordUnitOrColon(key.charCodeAt(j - 1))) j--;
  return key.slice(j, i).toLowerCase().replace(/:$/u, '');
}

function pdCode(word: string | undefined): string {
  if (!word) return '';
  // (the words come from the lower-cased key, and seldom with more than one blank: look them up as they are first)
  return PART_OF_DAY[word] ?? PART_OF_DAY[word.toLowerCase().replace(/[ \t]+/gu, ' ')] ?? '';
}

function withPd(v: string | null, pd: string): string | null {
  return v && pd && isIsoDay(v) ? v + pd : v;
}

/** "2023-12-22": four digits, a hyphen, two digits, a hyphen, two digits (a day of a known year). */
function isIsoDay(v: string): boolean {
  if (v.length !== 10 || v.charCodeAt(4) !== 0x2d || v.charCodeAt(7) !== 0x2d) return false;
  for (let i = 0; i < 10; i++) if (i !== 4 && i !== 7 && !isDigit(v.charCodeAt(i))) return false;
  return true;
}

function relDay(word: string, ref: Ymd | null): Ymd | null {
  if (!ref) return null;
  switch (word) {
    case 'nay':
      return ref;
    case 'qua':
      return addDays(ref, -1);
    case 'kia':
      return addDays(ref, -2);
    case 'mai':
      return addDays(ref, 1);
    default:
      return null;
  }
}

/** "hằng tuần", "hàng tuần" right after a weekday: a weekly habit. */
const WEEKLY_AFTER = /^[ \t]+(?:hằng|hàng|mỗi)[ \t]+tuần/iu;

/** "hồi " right before a date: the date is in the past. */
const PAST_BEFORE = /(?:^|[^\p{L}])hồi[ \t]+$/iu;

/** "đến nay", "tới nay" right after a date: the date is in the past. */
const SINCE_AFTER = /^[ \t]+(?:đến|tới)[ \t]+nay/u;

/** An age right after "năm nay": "56 tuổi", "đã 72 tuổi". */
const AGE_AFTER = /^[ \t]+(?:(?:đã|vừa|tròn|ngoài|hơn)[ \t]+)?\d{1,3}[ \t]+tuổi/u;

function relYear(word: string, ref: Ymd | null): number | null {
  if (!ref) return null;
  switch (word.toLowerCase()) {
    case 'nay':
    case 'này':
      return ref.y;
    case 'ngoái':
    case 'trước':
    case 'qua':
      return ref.y - 1;
    case 'tới':
    case 'sau':
      return ref.y + 1;
    default:
      return null;
  }
}

function lunarYearNear(m: number, d: number, ref: Ymd | null, leap = false): number | null {
  if (!ref) return null;
  let best: number | null = null;
  let bestDist = Infinity;
  for (const ly of [ref.y - 1, ref.y, ref.y + 1]) {
    const s = lunarToSolar(d, m, ly, leap);
    if (!s) continue;
    const dist = Math.abs(dayNum({ y: s.year, m: s.month, d: s.day }) - dayNum(ref));
    if (dist < bestDist) {
      bestDist = dist;
      best = ly;
    }
  }
  return best;
}

/**
 * lunarValue's answers for the reference date they were made with: the same lunar dates come back document after
 * document ("mùng 1 Tết", "rằm tháng Giêng"), and each costs several new-moon computations. Reset when the
 * reference date changes (Ymd objects are never modified) and when it grows large.
 */
const lunarValues = new Map<number, string | null>();
let lunarValuesRef: Ymd | null = null;

/** The solar day of lunar day d of month m (leap: the leap month) of lunar year ly, or of the year nearest ref. */
function lunarValue(d: number, m: number, ly: number | null, ref: Ymd | null, leap = false): string | null {
  if (ref !== lunarValuesRef || lunarValues.size > 4096) {
    lunarValues.clear();
    lunarValuesRef = ref;
  }
  // (d < 100 and m < 13: one number per question)
  const key = (((ly === null ? -1e6 : ly) * 13 + m) * 100 + d) * 2 + (leap ? 1 : 0);
  let v = lunarValues.get(key);
  if (v === undefined) {
    v = computeLunarValue(d, m, ly, ref, leap);
    lunarValues.set(key, v);
  }
  return v;
}

function computeLunarValue(d: number, m: number, ly: number | null, ref: Ymd | null, leap: boolean): string | null {
  const year = ly ?? lunarYearNear(m, d, ref, leap);
  if (year === null) return null;
  const s = lunarToSolar(d, m, year, leap);
  return s ? isoDay({ y: s.year, m: s.month, d: s.day }) : null;
}

/** Lunar year from a can–chi pair and/or explicit year, else null. */
function lunarYearFrom(can: string | undefined, chi: string | undefined, year: string | undefined, ref: Ymd | null): number | null {
  if (year) return +year;
  if (can && chi) {
    const c = can.toLowerCase();
    const z = chi.toLowerCase().replace('mẹo', 'mão');
    return yearOfCanChi(c, z, ref ? ref.y : 2000);
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Recognizers

// (1) numeric day: [part of day [nay|qua|mai]] [weekday,] [ngày|hôm|mùng [nay|qua|mai]] [(] d/m[/yyyy] [(âm lịch)]
const RX_DAY = re(T_DAY_MONTH, 64, 'rsctnđkhm(0-9', 'rạng sáng chiều nửa trưa tối đêm khuya thứ chủ cn t2 t3 t4 t5 t6 t7 ngày hôm mùng mồng ( #2', 
  `${NB}(?:${PD}(?:${S}(nay|qua|mai))?${S0},?${S0})?` + // 1 pd, 2 rel
    `(?:${WD}${S0},?${S0})?` + // 3 weekday
    `(?:(ngày|hôm|mùng|mồng)(?:${S}(nay|qua|mai|kia))?${S0}:?${S0})?` + // 4 cue, 5 rel
    `(\\(${S0})?` + // 6 paren
    `(\\d{1,2})(${S0}${DASH}${S0}|/|\\.)(\\d{1,2})` + // 7 d, 8 sep, 9 m
    `(?:(${S0}${DASH}${S0}|/|\\.)(\\d{4}))?${NUM_END}` + // 10 sep, 11 y
    `(?:${S0}\\(?${S0}(âm lịch|âl)${NA}\\)?)?`, // 12 lunar marker
  { check: CHECK_DAY },
);

/**
 * Where RX_DAY's day number (group 7) begins: the first place of "d sep m" (groups 7–9) in the match. What comes
 * before it holds no such text: its only digits are a weekday's (thứ 2, T2), followed by blanks, a comma, a
 * letter or the day's own digits, never by a separator.
 */
function dayNumberStart(m: RegExpExecArray): number {
  return m.index + m[0].indexOf(m[7] + m[8] + m[9]);
}

/** The end of 0–3 blanks and a ")" from q, or q when they are not there. */
function closeParenEnd(key: string, q: number): number {
  let e = q;
  while (e < q + 3 && isBlank(key.charCodeAt(e))) e++;
  return key.charCodeAt(e) === 0x29 ? e + 1 : q;
}

function scanDay(ctx: Ctx): void {
  const { key, ref } = ctx;
  for (const m of scan(ctx, RX_DAY)) {
    const d = +m[7];
    const mo = +m[9];
    const sep = dashFold(m[8]);
    const yStr = m[11];
    let end = m.index + m[0].length;
    if (yStr !== undefined && dashFold(m[10]) !== sep) {
      // mixed separators ("12/6-2025"): not a date
      continue;
    }
    const hasCue = !!(m[1] || m[3] || m[4]);
    // (without a cue or a parenthesis, nothing comes before the day number)
    const numStart = hasCue || m[6] !== undefined ? dayNumberStart(m) : m.index;
    let start = m.index;
    if (!m[1] && !m[3] && !m[4] && m[6]) start = numStart; // a bare "(" is punctuation, not part of the date
    if (m[3] && !m[1] && !m[4]) {
      // weekday as a cue: "Thứ Năm, 20/09/2018"; reject ordinals ("lần thứ 2, 3/5")
      const w = m[3].toLowerCase();
      if (w.startsWith('thứ') && ORDINAL_NOUNS.has(prevWord(key, m.index))) {
        start = numStart;
      }
    }
    const cueNow = start < numStart && hasCue;
    if (!cueNow) {
      // bare d/m: strict
      if (yStr === undefined && sep !== '/') continue;
      if (yStr === undefined && d === 24 && mo === 7) continue; // "24/7": round the clock
      if (yStr === undefined) {
        if (countedNounAfter(key, end)) continue;
        const pw = prevWord(key, start);
        if (NUMBER_CUES.has(pw)) continue;
      }
      if (numberPunctBefore(key, start)) continue;
    }
    if (m[6] && start < numStart) {
      // "sáng nay (17/7)": take the closing parenthesis into the span
      const close = closeParenEnd(key, end);
      if (close > end && !m[12]) end = close;
    }
    let value: string | null;
    if (m[12]) {
      if (d > 30 || mo < 1 || mo > 12) continue;
      value = lunarValue(d, mo, yStr !== undefined ? +yStr : null, ref);
    } else {
      if (!validDay(yStr !== undefined ? +yStr : null, mo, d)) continue;
      value = dayValue(yStr !== undefined ? +yStr : null, mo, d, ref);
      value = withPd(value, pdCode(m[1]));
    }
    if (yStr === undefined && !validDay(null, mo, d)) continue;
    ctx.out.push({ start, end, value, prio: 5 });
  }
}

// (2) worded day: [pd] [weekday,] [ngày|mùng] d tháng m [năm yyyy | /yyyy] — also lunar month names
const RX_DAY_WORDS = re(T_DAY_WORDS, 44, 'rsctnđkhm0-9', 'rạng sáng chiều nửa trưa tối đêm khuya thứ chủ cn t2 t3 t4 t5 t6 t7 ngày mùng mồng #2', 
  `${NB}(?:${PD}${S0},?${S0})?(?:${WD}${S0},?${S0})?(?:(ngày|mùng|mồng)${S})?` + // 1 pd, 2 wd, 3 cue
    `(\\d{1,2})${S}tháng${S}${LMW}(${S}nhuận)?${NA}` + // 4 d, 5 month, 6 leap
    `(?:(?:${S0},?${S}năm${S}|${S0}[/-]${S0})(\\d{4})${NA}|${S}(?:năm${S})?${CAN}${S}${CHI}${NA}|${S}năm${S}${REL_YEAR}${NA})?` + // 7 y, 8 can, 9 chi, 10 rel
    `(?:${S0}\\(?${S0}(âm lịch|âl)${NA}\\)?)?`, // 11 lunar
  { check: CHECK_DAY_WORDS },
);

function scanDayWords(ctx: Ctx): void {
  const { key, ref } = ctx;
  for (const m of scan(ctx, RX_DAY_WORDS)) {
    const d = +m[4];
    const mw = m[5].toLowerCase();
    const numericMonth = isDigit(mw.charCodeAt(0));
    const lunarName = mw === 'giêng' || mw === 'chạp';
    const cueWord = (m[3] ?? '').toLowerCase();
    const lunar = !!m[11] || !!m[6] || lunarName || !!m[8] || (!numericMonth && (cueWord === 'mùng' || cueWord === 'mồng'));
    if (!numericMonth && !lunar) continue;
    const mo = numericMonth ? +mw : LUNAR_MONTH_WORD[mw];
    if (!mo || mo > 12) continue;
    const hasCue = !!(m[1] || m[2] || m[3]);
    if (!hasCue && !m[7] && !lunar) continue; // "3 tháng 7": could be a duration
    let value: string | null;
    if (lunar) {
      const ly = lunarYearFrom(m[8], m[9], m[7], ref) ?? (m[10] ? relYear(m[10], ref) : null);
      value = lunarValue(d, mo, ly, ref, !!m[6]);
    } else {
      const y = m[7] !== undefined ? +m[7] : m[10] ? relYear(m[10], ref) : null;
      if (m[10] && y === null) {
        ctx.out.push({ start: m.index, end: m.index + m[0].length, value: null, prio: 6 });
        continue;
      }
      if (!validDay(y, mo, d)) continue;
      value = withPd(dayValue(y, mo, d, ref), pdCode(m[1]));
    }
    ctx.out.push({ start: m.index, end: m.index + m[0].length, value, prio: 6 });
  }
}

// (3) lunar festivals: mùng d Tết / rằm tháng X / Tết Nguyên đán [can chi] [yyyy] / Tết can chi / 30 Tết / giao thừa
const RX_TET = re(T_TET, 22, 'đctsmgr3', 'đêm chiều tối sáng mùng mồng #2 giao rằm tết', 
  `${NB}(?:(đêm|chiều|tối|sáng)${S})?(?:(mùng|mồng)${S}(\\d{1,2})${S}tết|(30)${S}tết|(giao thừa)|(rằm)${S}tháng${S}${LMW}|(tết))` + // 1 pd, 2 mùng, 3 d, 4 30, 5 giao thừa, 6 rằm, 7 month, 8 tết
    `(${S}nguyên${S}đán)?` + // 9
    `(?:${S}(?:năm${S})?${CAN}${S}${CHI})?` + // 10 can, 11 chi
    `(?:${S0}[,-]?${S0}(?:năm${S})?(\\d{4}))?${NA}`, // 12 year
  { check: CHECK_TET },
);

function scanTet(ctx: Ctx): void {
  const { key, ref } = ctx;
  for (const m of scan(ctx, RX_TET)) {
    const ly0 = lunarYearFrom(m[10], m[11], m[12], ref);
    let value: string | null = null;
    if (m[8]) {
      // "Tết" alone is too vague; needs Nguyên đán, can–chi or a year
      if (!m[9] && !m[10] && !m[12]) continue;
      if (m[12] && (+m[12] < 1800 || +m[12] > 2200)) continue;
      const ly = ly0 ?? lunarYearNear(1, 1, ref);
      value = ly === null ? null : lunarValue(1, 1, ly, ref);
    } else if (m[2]) {
      const d = +m[3];
      if (d < 1 || d > 10) continue;
      value = lunarValue(d, 1, ly0, ref);
    } else if (m[4] || m[5]) {
      // last day of the lunar year that ends before Tết of ly0
      const ly = ly0 !== null ? ly0 - 1 : lunarYearNear(12, 29, ref);
      if (ly === null) value = null;
      else {
        const tet = lunarToSolar(1, 1, ly + 1);
        value = tet ? isoDay(addDays({ y: tet.year, m: tet.month, d: tet.day }, -1)) : null;
        if (m[1] || m[5]) value = withPd(value, m[5] && !m[1] ? 'TNI' : pdCode(m[1]));
      }
    } else if (m[6]) {
      const mw = m[7].toLowerCase();
      const mo = isDigit(mw.charCodeAt(0)) ? +mw : LUNAR_MONTH_WORD[mw];
      if (!mo || mo > 12) continue;
      value = lunarValue(15, mo, ly0, ref);
    }
    let start = m.index;
    if (m[1] && !(m[2] || m[4] || m[5])) start = afterBlanks(ctx.key, m, m[1]); // where "rằm" or "tết" begins
    if (m[1] && m[2]) value = withPd(value, pdCode(m[1]));
    if (m[1] && !m[2] && !m[4] && !m[5] && !m[6] && !m[8]) continue;
    ctx.out.push({ start, end: m.index + m[0].length, value, prio: 7 });
  }
}

// (4) month: [đầu|giữa|cuối] tháng m [/yyyy | năm yyyy | năm nay...]
const RX_MONTH = re(T_MONTH, 16, 'đgcht', 'đầu giữa cuối hạ thượng trung tháng', 
  `${NB}(?:(?<!bắt${S})(đầu|giữa|cuối|hạ tuần|thượng tuần|trung tuần)${S})?tháng${S}(\\d{1,2})` + // 1 mod, 2 m
    `(?:(?:${S0}[/-]${S0}|${S0},?${S}năm${S}|${S})(\\d{4})${NA}|${S}năm${S}${REL_YEAR}${NA}|${S}(này|tới|trước|vừa qua)${NA})?` + // 3 y, 4 rel, 5 rel2
    `(?!\\d)(?![/.,-]\\d)(?![/-][\\p{L}])`,
);

function scanMonth(ctx: Ctx): void {
  const { key, ref } = ctx;
  for (const m of scan(ctx, RX_MONTH)) {
    const mo = +m[2];
    if (mo < 1 || mo > 12) continue;
    // "(ngày) 5 tháng 12": the worded-day recognizer owns it
    let y: number | null = null;
    if (m[3]) y = +m[3];
    else if (m[4]) y = relYear(m[4], ref);
    else if (m[5] && ref) {
      const w = m[5].toLowerCase();
      if (w === 'này') y = ref.y;
      else if (w === 'tới') y = mo > ref.m ? ref.y : ref.y + 1;
      // ("cuối tháng 10 vừa qua" written in October: this year's)
      else y = mo <= ref.m ? ref.y : ref.y - 1;
    } else if (ref) {
      y = nearestYearOfMonth(mo, ref);
      // "từ tháng 1 đến nay": a month before now, never a coming one
      // (nor after "hồi": "hồi tháng 3" is past)
      if (y > ref.y && (SINCE_AFTER.test(key.slice(m.index + m[0].length, m.index + m[0].length + 16)) || PAST_BEFORE.test(key.slice(Math.max(0, m.index - 5), m.index)))) y = ref.y;
    }
    let value: string | null;
    if (y !== null) value = isoMonth(y, mo);
    else if (m[4] || m[5]) value = null;
    else value = `--${pad2(mo)}`;
    if (m[3] && (y! < 1000 || y! > 2999)) continue;
    ctx.out.push({ start: m.index, end: m.index + m[0].length, value, prio: 4 });
  }
}

// (5) year: [đầu|giữa|cuối] năm yyyy
const RX_YEAR = re(T_YEAR, 8, 'đgcn', 'đầu giữa cuối năm', `${NB}(?:(?<!bắt${S})(đầu|giữa|cuối)${S})?năm${S}(\\d{4})${NUM_END}`);

function scanYear(ctx: Ctx): void {
  for (const m of scan(ctx, RX_YEAR)) {
    const y = +m[2];
    if (y < 1000 || y > 2999) continue;
    ctx.out.push({ start: m.index, end: m.index + m[0].length, value: String(y), prio: 3 });
  }
}

// (6) year ranges: nhiệm kỳ 2021-2026, giai đoạn 2023 - 2025, (2021 - 2025), từ năm 2018 đến năm 2022
const RX_YEAR_RANGE = re(T_YEAR_RANGE, 32, 'ngtk(0-9', 'nhiệm giai thời niên năm khóa khoá từ ( #4', 
  `${NB}(?:(nhiệm kỳ|nhiệm kì|giai đoạn|thời kỳ|thời kì|niên khóa|niên khoá|năm học|năm tài chính|khóa|khoá|từ năm|từ|năm)${S0}:?${S0})?` + // 1 cue
    `(\\()?${S0}(\\d{4})${S0}(${DASH}|\\/|đến|tới|đến hết)${S0}(?:năm${S})?(\\d{4})(?!\\d)(?![/.,-]\\d)(?![/-][\\p{L}])${NA}(${S0}\\))?`, // 2 paren, 3 y1, 4 conn, 5 y2, 6 close
  { check: CHECK_YEAR_RANGE },
);

function scanYearRange(ctx: Ctx): void {
  for (const m of scan(ctx, RX_YEAR_RANGE)) {
    const y1 = +m[3];
    const y2 = +m[5];
    if (y1 < 1000 || y2 > 2999 || y2 < y1 || y2 - y1 > 200) continue;
    const cue = m[1];
    const conn = dashFold(m[4].toLowerCase());
    const parens = !!(m[2] && m[6]);
    // (a slash only between two years in a row, with no space: "2024/2025")
    if (conn === '/' && (y2 !== y1 + 1 || m[0].includes(' /') || m[0].includes('/ '))) continue;
    if (!cue && !parens && conn !== '-' && conn !== '/') continue;
    let start = m.index;
    let end = m.index + m[0].length - (m[6] === undefined ? 0 : m[6].length); // the second year's end
    if (!cue) {
      start = firstDigitFrom(ctx.key, m.index); // the first year's start (no cue, so no letter before it)
      if (countedNounAfter(ctx.key, end)) continue;
    }
    if (cue && parens) end = m.index + m[0].length;
    ctx.out.push({ start, end, value: `${y1}/${y2}`, prio: 8 });
  }
}

// (7) day ranges: từ [ngày] 25/1[/2025] đến [ngày] 2/2/2025; từ ngày 8 đến ngày 10/5; ngày 8-10/5
const RX_DAY_RANGE = re(T_DAY_MONTH, 48, 'tn0-9', 'từ ngày #2', 
  `${NB}(?:(từ)${S})?(?:(ngày)${S})?(\\d{1,2})(?:([/.-])(\\d{1,2})(?:\\4(\\d{4}))?)?` + // 1 từ, 2 ngày, 3 d1, 4 sep, 5 m1, 6 y1
    `${S0}(đến|tới|${DASH})${S0}(?:hết${S})?(?:ngày${S})?` + // 7 conn
    `(\\d{1,2})([/.-])(\\d{1,2})(?:\\9(\\d{4}))?${NUM_END}`, // 8 d2, 9 sep, 10 m2, 11 y2
  { check: CHECK_DAY_RANGE },
);

function scanDayRange(ctx: Ctx): void {
  const { key, ref } = ctx;
  for (const m of scan(ctx, RX_DAY_RANGE)) {
    if (!m[1] && !m[2]) continue;
    if (m[4] && m[4] !== m[9] && !(m[4] === '-' || m[9] === '-')) continue;
    const d1 = +m[3];
    const d2 = +m[8];
    const m2 = +m[10];
    const m1 = m[5] !== undefined ? +m[5] : m2;
    let y2: number | null = m[11] !== undefined ? +m[11] : null;
    let y1: number | null = m[6] !== undefined ? +m[6] : null;
    if (!validDay(y2, m2, d2) || !validDay(y1, m1, d1)) continue;
    if (dashFold(m[7]) === '-' && m[5] === undefined && !m[2]) continue;
    if (y2 === null && ref) y2 = nearestYear(m2, d2, ref);
    if (y1 === null && y2 !== null) y1 = m1 > m2 || (m1 === m2 && d1 > d2) ? y2 - 1 : y2;
    let value: string | null;
    if (y1 !== null && y2 !== null) {
      if (!validDay(y1, m1, d1)) continue;
      const a = { y: y1, m: m1, d: d1 };
      const b = { y: y2, m: m2, d: d2 };
      if (dayNum(a) > dayNum(b)) continue;
      value = `${isoDay(a)}/${isoDay(b)}`;
    } else {
      value = `--${pad2(m1)}-${pad2(d1)}/--${pad2(m2)}-${pad2(d2)}`;
    }
    ctx.out.push({ start: m.index, end: m.index + m[0].length, value, prio: 9 });
  }
}

// (8) month ranges: từ tháng 3 đến tháng 5/2024; từ tháng 3/2024 đến tháng 5/2025
const RX_MONTH_RANGE = re(T_MONTH, 6, 't', 'từ tháng', 
  `${NB}(?:(từ)${S})?tháng${S}(\\d{1,2})(?:(?:${S0}[/-]${S0}|${S}năm${S})(\\d{4}))?` + // 1 từ, 2 m1, 3 y1
    `${S0}(đến|tới|${DASH})${S0}(?:hết${S})?(?:tháng${S})?(\\d{1,2})` + // 4 conn, 5 m2
    `(?:(?:${S0}[/-]${S0}|${S0},?${S}năm${S})(\\d{4}))?(?!\\d)(?![/.,-]\\d)(?![/-][\\p{L}])${NA}`, // 6 y2
  { check: CHECK_MONTH_RANGE },
);

function scanMonthRange(ctx: Ctx): void {
  const { key, ref } = ctx;
  for (const m of scan(ctx, RX_MONTH_RANGE)) {
    if (!m[1] && dashFold(m[4]) !== '-') continue;
    const m1 = +m[2];
    const m2 = +m[5];
    if (m1 < 1 || m1 > 12 || m2 < 1 || m2 > 12) continue;
    let y2: number | null = m[6] !== undefined ? +m[6] : null;
    let y1: number | null = m[3] !== undefined ? +m[3] : null;
    if (y2 === null && y1 !== null) y2 = m2 >= m1 ? y1 : y1 + 1;
    if (y2 === null && ref) y2 = nearestYearOfMonth(m2, ref);
    if (y1 === null && y2 !== null) y1 = m1 > m2 ? y2 - 1 : y2;
    const value = y1 !== null && y2 !== null ? `${isoMonth(y1, m1)}/${isoMonth(y2, m2)}` : `--${pad2(m1)}/--${pad2(m2)}`;
    ctx.out.push({ start: m.index, end: m.index + m[0].length, value, prio: 9 });
  }
}

// (9) quarters and parts of a year
const RX_QUARTER = re(T_QUARTER, 1, 'q', 'quý', 
  `${NB}quý${S}(iv|iii|ii|i|[1-4])${NA}` + // 1
    `(?:(?:${S0}[/-]${S0}|${S0},?${S}năm${S})(\\d{4})${NA}|${S}năm${S}${REL_YEAR}${NA})?(?![/-]${S0}\\d)`, // 2 y, 3 rel
);

const RX_PART_YEAR = re(T_PART_YEAR, 8, '0-9bscn', '#2 ba sáu chín nửa', 
  `${NB}(?:(\\d{1,2}|ba|sáu|chín)${S}tháng(?:${S}(đầu|cuối))?|nửa${S}(đầu|cuối|sau)|(nửa)${S}năm${S}(đầu|cuối|sau))(?:${S}(năm))?` + // 1 n, 2 pos, 3 half, 4 "nửa năm đầu", 5 pos, 6 năm
    `(?:(?:${S0}[/-]${S0}|${S})(\\d{4})${NA}|${S}(nay|ngoái|trước|tới|sau)${NA})?(?![/-]\\d)`, // 7 y, 8 rel
);

function scanQuarter(ctx: Ctx): void {
  const { key, ref } = ctx;
  for (const m of scan(ctx, RX_QUARTER)) {
    const qs = m[1].toLowerCase();
    const q = ROMAN[qs] ?? +qs;
    const qStart = skipBlanks(key, m.index + 3); // past "quý" and its blanks
    const written = key.slice(qStart, qStart + m[1].length); // the original case (matches are on the lower-cased key)
    if (written === 'i' || written === 'ii') {
      // lower-case roman numerals are suspicious; accept only with a year
      if (!m[2] && !m[3]) continue;
    }
    const y = m[2] ? +m[2] : m[3] ? relYear(m[3], ref) : ref ? ref.y : null;
    ctx.out.push({ start: m.index, end: m.index + m[0].length, value: y === null ? null : `${y}-Q${q}`, prio: 7 });
  }
  for (const m of scan(ctx, RX_PART_YEAR)) {
    const tail = m[6];
    let pos: string;
    let n = 6;
    if (m[1]) {
      const nw = m[1].toLowerCase();
      n = isDigit(nw.charCodeAt(0)) ? +nw : NUMBER_WORD[nw];
      // "11 tháng năm 2024" = the first 11 months; a bare "3 tháng" is a duration
      if (!m[2] && !(tail && (m[7] || m[8]))) continue;
      pos = (m[2] ?? 'đầu').toLowerCase();
    } else pos = (m[3] ?? m[5]).toLowerCase();
    if (!n || n < 1 || n > 12) continue;
    if (!tail && !m[7] && !m[8]) {
      // "nửa năm đầu" + nothing, or "6 tháng đầu" without "năm": still the part of the year
      if (!m[4]) continue;
    }
    if (m[4] && tail) continue;
    const y = m[7] ? +m[7] : m[8] ? relYear(m[8], ref) : ref ? ref.y : null;
    let value: string | null = null;
    const end = m.index + m[0].length;
    if (y !== null) {
      const first = pos === 'đầu';
      if (n === 6) value = `${y}-H${first ? 1 : 2}`;
      else if (n === 12) value = String(y);
      else value = first ? `${isoMonth(y, 1)}/${isoMonth(y, n)}` : `${isoMonth(y, 13 - n)}/${isoMonth(y, 12)}`;
    }
    ctx.out.push({ start: m.index, end, value, prio: 7 });
  }
}

// (10) relative expressions
const RX_REL = re(T_REL, 20, 'đgchnrstk', 'đầu giữa cuối hôm ngày rạng sáng chiều nửa trưa tối đêm khuya tuần tháng năm', 
  `${NB}${NOT_AFTER_COUNT}(?:(?<!bắt${S})(đầu|giữa|cuối)${S})?(?:(hôm)${S}(nay|qua|kia)|(ngày)${S}(mai|kia)|${PD}${S}(nay|qua|mai)|` + // 1 mod, 2-3 hôm, 4-5 ngày, 6-7 pd
    `(tuần)${S}(trước|này|tới|sau|qua)|(tháng)${S}(trước|này|tới|sau)|(năm)${S}(ngoái|trước|nay|tới|sau)|` + // 8-9, 10-11, 12-13
    `(năm)(?=${S}(?:đến|tới)${S}nay|(?:${S})?[,.;:]))${NA}`, // 14: "(từ) đầu năm đến nay", "Từ đầu năm, …": this year

);

function scanRelative(ctx: Ctx): void {
  const { key, ref } = ctx;
  for (const m of scan(ctx, RX_REL)) {
    let value: string | null = null;
    if (m[1] && !(m[12] || m[10] || m[14])) continue; // "cuối hôm qua": not a form we know
    if (m[2] || m[4]) {
      const w = (m[3] ?? m[5]).toLowerCase();
      const t = m[4] && w === 'kia' ? (ref ? addDays(ref, 2) : null) : relDay(w, ref);
      value = t ? isoDay(t) : null;
    } else if (m[6]) {
      const t = relDay(m[7].toLowerCase(), ref);
      value = t ? isoDay(t) + pdCode(m[6]) : null;
    } else if (m[8]) {
      const w = m[9].toLowerCase();
      if (ref) {
        const k = w === 'trước' || w === 'qua' ? -7 : w === 'này' ? 0 : 7;
        value = isoWeek(addDays(ref, k));
      }
    } else if (m[10]) {
      const w = m[11].toLowerCase();
      if (ref) {
        const k = w === 'trước' ? -1 : w === 'này' ? 0 : 1;
        const mi = ref.y * 12 + (ref.m - 1) + k;
        value = isoMonth(Math.floor(mi / 12), (mi % 12) + 1);
      }
    } else if (m[14]) {
      if ((m[1] ?? '').toLowerCase() !== 'đầu' || !ref) continue;
      value = String(ref.y);
    } else if (m[12]) {
      // "năm nay 56 tuổi", "năm nay đã 72 tuổi": an age, not a date
      if (AGE_AFTER.test(ctx.key.slice(m.index + m[0].length, m.index + m[0].length + 24))) continue;
      const w = m[13].toLowerCase();
      // "cùng kỳ năm trước" is the previous year; "năm trước" after a number is a duration (guarded)
      const y = relYear(w, ref);
      value = y === null ? null : String(y);
    }
    ctx.out.push({ start: m.index, end: m.index + m[0].length, value, prio: 2 });
  }
}

// (11) weekdays: [pd] [vào|hôm|ngày] thứ Hai|thứ 2|Chủ nhật|CN|T2 [tuần này|tuần trước|tuần tới|tuần sau|này|tới|trước]
const RX_WEEKDAY = re(T_WEEKDAY, 22, 'rsctnđkvh', 'rạng sáng chiều nửa trưa tối đêm khuya vào hôm ngày thứ chủ cn t2 t3 t4 t5 t6 t7', 
  `${NB}(?:${PD}${S})?(?:(vào|hôm|ngày)${S})?(thứ${S}(hai|ba|tư|năm|sáu|bảy|[2-7])|chủ${S}nhật|cn|t[2-7])${NA}` + // 1 pd, 2 cue, 3 wd, 4 word
    `(?:${S}(?:tuần${S}(trước|này|tới|sau|qua)|(này|tới|trước|vừa qua))${NA})?`, // 5 week rel, 6 rel
);

/** Where RX_WEEKDAY's weekday (group 3) begins: past the part of day and the cue, each with its blanks. */
function weekdayStart(key: string, m: RegExpExecArray): number {
  let q = m.index;
  if (m[1] !== undefined) q = skipBlanks(key, q + m[1].length);
  if (m[2] !== undefined) q = skipBlanks(key, q + m[2].length);
  return q;
}

/** "2": one digit. */
function isOneDigit(w: string): boolean {
  return w.length === 1 && isDigit(w.charCodeAt(0));
}

/** "t2": t and one digit (a weekday abbreviation, lower-cased). */
function isTDigit(w: string): boolean {
  return w.length === 2 && w.charCodeAt(0) === 0x74 && isDigit(w.charCodeAt(1));
}

function scanWeekday(ctx: Ctx): void {
  const { key, ref } = ctx;
  for (const m of scan(ctx, RX_WEEKDAY)) {
    // "thứ Năm hằng tuần": every week, no day
    if (WEEKLY_AFTER.test(key.slice(m.index + m[0].length, m.index + m[0].length + 16))) continue;
    const wdStart = weekdayStart(key, m);
    const wdText = key.slice(wdStart, wdStart + m[3].length); // the original case: matches are on the lower-cased key
    const wdLower = wdText.toLowerCase();
    const strong = !!m[1] || (m[2] ?? '').toLowerCase() === 'vào' || !!m[5] || !!m[6];
    let wd: number;
    if (wdLower.startsWith('chủ') || wdLower === 'cn') wd = 7;
    else if (isTDigit(wdLower)) wd = +wdLower[1] - 1;
    else {
      const w = m[4].toLowerCase();
      wd = isOneDigit(w) ? +w - 1 : WEEKDAY_WORD[w];
    }
    if (wdLower === 'cn' || isTDigit(wdLower)) {
      if (!strong || wdText !== wdText.toUpperCase()) continue;
    } else if (wdLower.startsWith('thứ')) {
      const wordStart = skipBlanks(key, wdStart + 3); // past "thứ" and its blanks
      const word = key.slice(wordStart, wordStart + m[4].length);
      const capital = /^\p{Lu}/u.test(word);
      const before = m[1] || m[2] ? '' : prevWord(key, wdStart);
      if (ORDINAL_NOUNS.has(before)) continue;
      if (!capital && !strong) continue;
      if (isOneDigit(word) && !strong) continue;
    }
    let value: string | null = null;
    if (ref) {
      const rel = (m[5] ?? m[6] ?? '').toLowerCase();
      let t = addDays(ref, wd - isoWeekday(ref));
      if (m[5]) {
        if (rel === 'trước' || rel === 'qua') t = addDays(t, -7);
        else if (rel === 'tới' || rel === 'sau') t = addDays(t, 7);
      } else if (m[6]) {
        if (rel === 'tới' && dayNum(t) <= dayNum(ref)) t = addDays(t, 7);
        else if ((rel === 'trước' || rel === 'vừa qua') && dayNum(t) >= dayNum(ref)) t = addDays(t, -7);
      }
      value = isoDay(t) + pdCode(m[1]);
    }
    let start = m.index;
    if (m[2] && (m[2].toLowerCase() === 'vào') && !m[1]) start = wdStart;
    ctx.out.push({ start, end: m.index + m[0].length, value, prio: 1 });
  }
}

// (12) "21 và 22/4/2025": the first day borrows month and year from the second
const RX_AND = re(T_AND, 28, 'n0-9', 'ngày #2', 
  `${NB}(?:(ngày)${S})?(\\d{1,2})${S0}(?:và|,|&)${S0}(?:ngày${S})?(\\d{1,2})([/.-])(\\d{1,2})(?:\\4(\\d{4}))?${NUM_END}`,
  { check: CHECK_AND },
);

function scanAnd(ctx: Ctx): void {
  const { key, ref } = ctx;
  for (const m of scan(ctx, RX_AND)) {
    const d1 = +m[2];
    const d2 = +m[3];
    const mo = +m[5];
    const y = m[6] !== undefined ? +m[6] : null;
    if (!validDay(y, mo, d1) || !validDay(y, mo, d2) || d1 >= d2) continue;
    if (!m[1] && m[4] !== '/' && y === null) continue;
    if (!m[1]) {
      if (y === null && countedNounAfter(key, m.index + m[0].length)) continue;
      if (NUMBER_CUES.has(prevWord(key, m.index))) continue;
      if (numberPunctBefore(key, m.index)) continue;
    }
    let yy = y;
    if (yy === null && ref) yy = nearestYear(mo, d2, ref);
    const v1 = yy !== null ? isoDay({ y: yy, m: mo, d: d1 }) : `--${pad2(mo)}-${pad2(d1)}`;
    const v2 = yy !== null ? isoDay({ y: yy, m: mo, d: d2 }) : `--${pad2(mo)}-${pad2(d2)}`;
    // the first day's end (past the cue "ngày" and its blanks), the second day's start (before "d/m[/yyyy]")
    const e1 = afterBlanks(key, m, m[1]) + m[2].length;
    const s2 = m.index + m[0].length - (m[3].length + 1 + m[5].length + (m[6] === undefined ? 0 : 1 + m[6].length));
    ctx.out.push({ start: m.index, end: e1, value: v1, prio: 6 });
    ctx.out.push({ start: s2, end: m.index + m[0].length, value: v2, prio: 6 });
  }
}

// (13) ISO dates in running text or page furniture: 2025-07-18
const RX_ISO = re(T_ISO, 4, '0-9', '#4', `${NB}(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)(?![-/.]\\d)(?:T\\d{2}:\\d{2}(?::\\d{2})?)?`, { check: CHECK_ISO });

if (RECOGNIZERS.length > 16) throw new Error('too many date recognizers for ATOM_WORDS');

/**
 * The words computeHits looks up, with their W_ bits (DATE_WORD_ENTRIES) and, from START_SHIFT on, the recognizers
 * that may begin at each: a word is in `r.words`, and its first unit among r's first characters.
 */
for (const r of RECOGNIZERS) r.first = firstTable(r.firstChars);
const ATOM_WORDS = new WordTable([
  ...DATE_WORD_ENTRIES,
  ...RECOGNIZERS.flatMap((r) => [...r.words]
    .filter((w) => !w.startsWith('#') && w !== '(' && r.first![w.charCodeAt(0)] === 1)
    .map((w) => [w, r.bit << START_SHIFT] as const)),
]);

/** The recognizers that may begin at a number, by its first digit d and its count of digits n (5: five or more): [d * 6 + n]. */
const NUMBER_STARTS = new Int32Array(60);
/** The recognizers that may begin at "(". */
let PAREN_STARTS = 0;
for (const r of RECOGNIZERS) {
  const first = r.first!;
  for (let d = 0; d < 10; d++) for (let n = 1; n <= 5; n++) if (first[48 + d] === 1 && n <= r.digits) NUMBER_STARTS[d * 6 + n] |= r.bit;
  if (first[40] === 1 && r.paren) PAREN_STARTS |= r.bit;
}

function scanIso(ctx: Ctx): void {
  for (const m of scan(ctx, RX_ISO)) {
    const y = +m[1];
    const mo = +m[2];
    const d = +m[3];
    if (y < 1000 || !validDay(y, mo, d)) continue;
    ctx.out.push({ start: m.index, end: m.index + 10, value: isoDay({ y, m: mo, d }), prio: 5 }); // "yyyy-mm-dd" without the time
  }
}

// ---------------------------------------------------------------------------------------------
// Public API

const DATE_CUES = /[0-9]|hôm|ngày|tuần|tháng|năm|thứ|chủ|cn|t[2-7]|tết|giao|nay|qua|mai|quý|rằm|nửa|mùng|mồng/iu;

/** Temporal expressions in a matching key, sorted by start, non-overlapping. */
export function findDates(key: string, options: DateOptions = {}): DateMatch[] {
  const ctx: Ctx = {
    key, ref: refDateOf(options.refDate), out: [], atoms: options.atoms, hitsMade: false, exhaustive: options.exhaustive === true, lower: undefined,
  };
  // cheap pre-filter: every form contains a digit or one of a few key words. It spares atomizing a text without
  // dates; with the atoms given, the trigger hits (found anyway) spare the rest, and the regex would cost more.
  if (options.atoms === undefined && !DATE_CUES.test(key)) return [];
  scanDayRange(ctx);
  scanMonthRange(ctx);
  scanYearRange(ctx);
  scanAnd(ctx);
  scanDay(ctx);
  scanDayWords(ctx);
  scanTet(ctx);
  scanQuarter(ctx);
  scanMonth(ctx);
  scanYear(ctx);
  scanRelative(ctx);
  scanWeekday(ctx);
  scanIso(ctx);
  return select(ctx.out);
}

/** Longest first; then the higher priority; then the earlier. */
function byLengthThenPrio(a: Cand, b: Cand): number {
  return b.end - b.start - (a.end - a.start) || b.prio - a.prio || a.start - b.start;
}

/**
 * Occupancy map shared by all calls of select (allocating a typed array per document cost more than the rest
 * of select): all zero between calls, grown when a document needs more.
 */
let used = new Uint8Array(1 << 16);

/** The longest non-overlapping candidates (see byLengthThenPrio), sorted by start. Exported for tests. */
export function select(cands: Cand[]): DateMatch[] {
  if (cands.length === 0) return [];
  return disjointInOrder(cands) ?? selectLongest(cands);
}

/**
 * When no two candidates overlap (most documents: each date is found by one recognizer), every candidate is chosen,
 * and the answer is the candidates in order of start: one sort of a copy by start, instead of the sort by length, the
 * occupancy map and the sort of the chosen ones. Null when two overlap (then selectLongest decides, on the candidates
 * in the order they were found). (An insertion sort, cheaper for the dozen candidates of a news text, was quadratic
 * on a long document: the candidates come recognizer by recognizer.)
 */
function disjointInOrder(cands: Cand[]): DateMatch[] | null {
  const sorted: Cand[] = [];
  for (let k = 0; k < cands.length; k++) if (cands[k].end > cands[k].start) sorted.push(cands[k]); // (empty: never chosen)
  sorted.sort(byStart);
  const out: DateMatch[] = [];
  let end = -1;
  for (let k = 0; k < sorted.length; k++) {
    const c = sorted[k];
    if (c.start < end) return null;
    end = c.end;
    out.push({ start: c.start, end: c.end, value: c.value });
  }
  return out;
}

/** The longest non-overlapping candidates (see byLengthThenPrio), sorted by start: the plain way. Exported for tests. */
export function selectLongest(cands: Cand[]): DateMatch[] {
  // (sorted in place: the candidates are this call's own; the sort is stable, so empty ones change nothing)
  cands.sort(byLengthThenPrio);
  // occupancy map over the covered range only: candidates are short, so checking each covered unit
  // keeps this linear
  let lo = Infinity;
  let hi = 0;
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k];
    if (c.end <= c.start) continue;
    if (c.start < lo) lo = c.start;
    if (c.end > hi) hi = c.end;
  }
  if (hi === 0) return [];
  const size = regrownSize(used.length, hi - lo);
  if (size !== 0) used = new Uint8Array(size);
  const chosen: DateMatch[] = [];
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k];
    if (c.end <= c.start || !isFree(c.start - lo, c.end - lo)) continue;
    used.fill(1, c.start - lo, c.end - lo);
    chosen.push({ start: c.start, end: c.end, value: c.value });
  }
  for (const c of chosen) used.fill(0, c.start - lo, c.end - lo);
  return chosen.sort(byStart);
}

function isFree(from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (used[i] !== 0) return false;
  return true;
}

/** By start (candidates and chosen dates alike). */
function byStart(a: { start: number }, b: { start: number }): number {
  return a.start - b.start;
}

// ---------------------------------------------------------------------------------------------
// Datelines

const DATELINE_CUE =
  /(?:cập nhật|ngày đăng|đăng ngày|đăng lúc|đăng tải|ngày cập nhật|xuất bản|thời gian đăng|published|updated|thứ[ \t]{1,3}(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ[ \t]{1,3}nhật|monday|tuesday|wednesday|thursday|friday|saturday|sunday)/giu;
const FULL_DATE = /(?<![\p{L}\p{M}\p{N}])(?:(\d{1,2})([/.-])(\d{1,2})\2(\d{4})|(\d{4})-(\d{2})-(\d{2}))(?!\d)/gu;
const CLOCK = /(?<!\d)\d{1,2}[:h]\d{2}(?!\d)/u;

function fullDateAt(m: RegExpExecArray): string | null {
  const d = m[1] !== undefined ? +m[1] : +m[7];
  const mo = m[1] !== undefined ? +m[3] : +m[6];
  const y = m[1] !== undefined ? +m[4] : +m[5];
  return y >= 1900 && y <= 2199 && validDay(y, mo, d) ? isoDay({ y, m: mo, d }) : null;
}

function datelineIn(text: string, fromEnd: boolean): string | undefined {
  const found: string[] = [];
  for (const m of text.matchAll(FULL_DATE)) {
    const v = fullDateAt(m);
    if (!v) continue;
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    let lineEnd = text.indexOf('\n', m.index);
    if (lineEnd < 0) lineEnd = text.length;
    const before = text.slice(Math.max(lineStart, m.index - 60), m.index);
    const after = text.slice(m.index + m[0].length, Math.min(lineEnd, m.index + m[0].length + 25));
    const line = text.slice(lineStart, lineEnd);
    DATELINE_CUE.lastIndex = 0;
    const cue = DATELINE_CUE.test(before);
    const clock = CLOCK.test(before.slice(-12)) || CLOCK.test(after.slice(0, 12));
    const shortLine = line.trim().length <= 60;
    if (cue || clock || (shortLine && line.trim() === m[0])) found.push(v);
  }
  if (!found.length) return undefined;
  return fromEnd ? found[found.length - 1] : found[0];
}

/**
 * A publication date from a dateline near the top or bottom of the article
 * ("Cập nhật ngày: 26/01/2017 - 23:04", "Thứ Năm, 20/09/2018 10:12", "Ngày đăng: 08:56, 24/03/2019").
 */
export function findDateline(key: string): string | undefined {
  const head = key.slice(0, 600);
  const h = datelineIn(head, false);
  if (h) return h;
  if (key.length > 600) {
    const tailStart = Math.max(600, key.length - 600);
    return datelineIn(key.slice(tailStart), true);
  }
  return undefined;
}
