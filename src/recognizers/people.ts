// Person recognizer: capitalised syllable runs with a surname or a cue.
//   "đồng chí Lê Tiến Châu,"  "Chủ tịch UBND tỉnh Nguyễn Văn A"  "ông Châu" (given-name reference)
//   "Tổng thống Mỹ Joe Biden"  "tài xế N.V.T. (SN 1990)"  a byline "Hoàng Tùng, Đàm Thanh" on the last line
// Not people: "đường Lê Lợi", "TP Hồ Chí Minh", "Trường THPT Nguyễn Huệ" (claimed by organizations first).
import { AtomKind, hashFold, type Atom } from '../segment/tokens.js';
import { WordSet, atomShapes, SHAPE_CAP } from './words.js';
import { catBit } from '../lexicon/lexicon.js';
import { regrownSize } from '../scratch.js';
import { type Ctx, type PersonMention, type RoleMention, type OrgMention, personMention, COVER, longest, has, isWord, startsCat } from '../context.js';

// kinds lists for the dictionary look-ups, made once (an array literal in a call is a new array at every call)
const KINDS_PARTICLE: readonly string[] = ['particle'];
const KINDS_PREFIX: readonly string[] = ['prefix'];
const KINDS_PREFIX_RANK: readonly string[] = ['prefix', 'rank'];
const KINDS_ORG_HEAD: readonly string[] = ['head', 'body', 'level'];
const KINDS_OCCUPATION: readonly string[] = ['occupation'];

const MAX_RUN = 5;
const ROMAN = /^(?:I{2,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XV|XVI)$/u;

/** Lower-case words after which a capitalised run names a place, street, school … rather than a person. */
const PLACE_WORDS = new WordSet([
  'đường', 'phố', 'ngõ', 'ngách', 'hẻm', 'kiệt', 'đại lộ', 'cầu', 'chợ', 'trường', 'tỉnh', 'thành phố', 'huyện', 'xã', 'phường',
  'quận', 'thị xã', 'thị trấn', 'làng', 'thôn', 'xóm', 'bản', 'buôn', 'ấp', 'khóm', 'sông', 'núi', 'đảo', 'hồ', 'đèo', 'sân',
  'tp', 'tx', 'khu', 'tổ', 'giải', 'giải thưởng', 'huân chương', 'tàu', 'sân bay', 'cảng', 'bến', 'đình', 'chùa', 'đền', 'nhà',
  'quảng trường', 'công viên', 'tượng', 'lăng', 'tại', 'về', 'ở', 'từ', 'đến', 'tới', 'vùng', 'miền', 'nước', 'thủ đô', 'đặc khu',
  'dòng', 'họ', 'tộc', 'phái', 'kiểu', 'mang tên', 'ngã ba', 'ngã tư', 'di tích', 'khu di tích', 'kênh', 'rạch', 'mương', 'suối', 'thác',
  'vịnh', 'bãi', 'bãi biển', 'đồi', 'gò', 'đầm', 'phá', 'cánh đồng', 'nghĩa trang', 'cao tốc', 'quốc lộ', 'tỉnh lộ',
  'giáo xứ', 'giáo họ', 'giáo phận', 'thánh đường', 'thiền viện', 'tu viện', 'tịnh xá', 'nhà thờ', 'miếu', 'phủ', 'khu phố', 'tổ dân phố',
  'khu dân cư', 'dân cư', 'đi bộ', 'đô thị', 'công nghiệp', 'cù lao', 'cồn', 'đại ngàn', 'bán đảo', 'vùng đất', 'rừng', 'khu đô thị', 'bến xe', 'ga', 'thung lũng', 'cao nguyên', 'ngọn',
]);

/** The last words of the two-word PLACE_WORDS: a pair is built and looked up only after one of them. */
const PLACE_PAIR_ENDS = new WordSet([...PLACE_WORDS].filter((w) => w.includes(' ')).map((w) => w.slice(w.lastIndexOf(' ') + 1)));

const PROVINCE_KINDS = new Set(['province', 'city', 'region']);
const DEMONYMS = new WordSet(['việt', 'mỹ', 'nhật', 'hàn', 'pháp', 'nga', 'lào', 'thái', 'trung', 'úc', 'ý', 'tây']);
const ADDRESS_WORDS = new Set(['số', 'ngõ', 'ngách', 'hẻm', 'kiệt', 'nhà']);

/** "cao tốc Cam Lộ - La Sơn", "tuyến Hà Nội - Hải Phòng": a run after a spaced dash whose first half followed a place word. */
function dashAfterPlace(ctx: Ctx, start: number): boolean {
  const d = ctx.atoms[start - 1];
  if (!d || (d.text !== '-' && d.text !== '–') || !d.space) return false;
  let k = start - 2;
  while (k >= 0 && k > start - 6 && ctx.atoms[k].kind === AtomKind.Word && ctx.atoms[k].upper && !ctx.atoms[k].newline) k--;
  if (k < 0 || k === start - 2) return false;
  const w = ctx.atoms[k];
  return w.kind === AtomKind.Word && (PLACE_WORDS.has(w.fold) || ROAD_WORDS.has(w.fold) || (k > 0 && PLACE_WORDS.has(`${ctx.atoms[k - 1].fold} ${w.fold}`)));
}
const ROAD_WORDS = new Set(['tốc', 'lộ', 'tuyến', 'đường', 'cao', 'đoạn']);
/** Honorifics that address a person ("ông", "bà", "anh", "chị" …), as opposed to occupations ("nông dân"). */
const PERSONAL = new Set(['ông', 'bà', 'anh', 'chị', 'em', 'cháu', 'cụ', 'chú', 'bác', 'cô', 'đồng chí', 'đ/c', 'ngài', 'thầy']);
function personalCueBefore(ctx: Ctx, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 2); k--) {
    const h = longest(ctx, k, 'honorific');
    if (h && h.end === i) return PERSONAL.has(h.entry.canonical.toLowerCase());
  }
  return false;
}

function isLatinWord(text: string): boolean { return /^[A-Za-z][A-Za-z'-]*$/u.test(text); }

/** Letters or endings no Vietnamese syllable has ("Kiprono", "Tsegaye", "Bekele" end or hold them). */
const NON_VIETNAMESE = /[fjwz]|[bdklrsv]$|^(?:ts|pr|br|dr|kr|gr|fr|pl|bl|cl|gl|st|sp|sk|sl|sm|sn|sw)|[aeiou]{3}/iu;

/** English words of company, product, prize and place names: a run holding one is no person's name. */
const ENGLISH_WORDS = new Set(['asia', 'asian', 'water', 'innovation', 'prize', 'award', 'awards', 'series', 'robotics', 'airlines', 'airline', 'airways',
  'air', 'cloud', 'bank', 'group', 'capital', 'ventures', 'venture', 'holdings', 'holding', 'tech', 'technology', 'technologies', 'global',
  'international', 'cup', 'open', 'new', 'city', 'university', 'college', 'institute', 'foundation', 'fund', 'energy', 'motor', 'motors',
  'electronics', 'logistics', 'solutions', 'systems', 'software', 'pharma', 'foods', 'food', 'media', 'digital', 'labs', 'lab', 'studio',
  'studios', 'partners', 'investment', 'investments', 'securities', 'insurance', 'express', 'hotel', 'resort', 'news', 'times', 'post',
  'daily', 'league', 'club', 'fc', 'united', 'one', 'net', 'basel', 'games', 'festival', 'expo', 'forum', 'summit', 'week', 'day', 'world',
  'national', 'royal', 'park', 'tower', 'center', 'centre', 'plaza', 'mall', 'store', 'shop', 'company', 'corporation', 'corp', 'inc', 'ltd',
  'limited', 'co', 'power', 'green', 'smart', 'data', 'network', 'networks', 'health', 'healthcare', 'medical', 'care', 'life', 'land',
  'real', 'estate', 'home', 'homes', 'star', 'sun', 'sky', 'ocean', 'river', 'mountain', 'north', 'south', 'east', 'west', 'delhi', 'york',
  'angeles', 'the', 'of', 'and', 'for', 'team', 'pro', 'max', 'plus', 'mini', 'edition', 'model', 'version',
  'grupo', 'companhia', 'compañía', 'agrícola', 'ltda', 'industrias', 'industria', 'alimentarias', 'sociedad', 'empresa', 'banco', 'gmbh',
  'ag', 'spa', 'srl', 'sa', 'verde', 'azul', 'del', 'de', 'la', 'le', 'les', 'das', 'dos', 'do', 'da',
  'olympic', 'olympiad', 'championship', 'championships', 'running', 'racing', 'sports', 'sport', 'marathon']);

const QUOTES = new Set(['"', '“', '”', '«', '»', "'", '‘', '’']);

/** Words before a foreign name that need no honorific. */
const FOREIGN_CUES = new Set(['là', 'với', 'thay', 'cùng', 'gặp', 'đón']);
/**
 * A word of Latin letters, with the accents of Western European names ("Júnior", "Guimarães", "Muñoz"), and inner ' or -:
 * /^[A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ'-]*$/u as a loop over the units (tested on every word of a foreign-name candidate).
 */
function isLatin1Word(text: string): boolean {
  if (text.length === 0 || !isLatin1Letter(text.charCodeAt(0))) return false;
  for (let k = 1; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (!isLatin1Letter(c) && c !== 39 /* ' */ && c !== 45 /* - */) return false;
  }
  return true;
}
function isLatin1Letter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0xd6) || (c >= 0xd8 && c <= 0xf6) || (c >= 0xf8 && c <= 0xff);
}

const TWO_VOWEL_GROUPS = /[aeiouyàáâãèéêìíòóôõùúýäëïöü]+[^aeiouyàáâãèéêìíòóôõùúýäëïöü'-]+[aeiouyàáâãèéêìíòóôõùúýäëïöü]/iu;

/** Lower-case Vietnamese words after a name that are also Latin-1 words ("cho biết", "là", "và"). */
const VIET_ASCII_NEXT = new Set(['và', 'là', 'cho', 'da', 'ma', 'ba', 'va', 'vào', 'tài', 'cùng']);

/** A foreign name ends at j without a cue: punctuation, a line end, "và" or a lower-case Vietnamese word follows. */
function foreignNameEnd(ctx: Ctx, j: number): boolean {
  const a = ctx.atoms[j];
  return !a || a.newline || (a.kind === AtomKind.Punct && a.text !== '-' && a.text !== '&' && a.text !== '.') ||
    (a.kind === AtomKind.Word && !a.upper && !a.allCaps && (!isLatin1Word(a.text) || a.fold === 'và' || VIET_ASCII_NEXT.has(a.fold)));
}

/** The words of [a, b) are all Latin-script, and one of them cannot be a Vietnamese syllable. */
function foreignName(ctx: Ctx, a: number, b: number): boolean {
  let foreign = false;
  for (let k = a; k < b; k++) {
    const t = ctx.atoms[k];
    if (t.kind !== AtomKind.Word) continue;
    if (!isLatin1Word(t.text) || ENGLISH_WORDS.has(t.fold) || longest(ctx, k, 'country') || longest(ctx, k, 'place')) return false;
    // (a Vietnamese word is one syllable: two vowel groups make it foreign, "Nakamura", "Mori", "Ethan")
    if (NON_VIETNAMESE.test(t.text) || TWO_VOWEL_GROUPS.test(t.text)) foreign = true;
  }
  return foreign;
}

// orgWords of the last document asked (one document at a time: a slot is cheaper than a WeakMap per document)
let orgWordsOf: OrgMention[] | undefined;
const orgWordSet = new WordSet([]); // (emptied and filled again for each document: it holds one document's words)
/**
 * One-word organization mentions of the document ("Tapowaco", "VietStar"), folded. Built on first use. (A WordSet: asked
 * at every one-syllable run, looked up by the atom's hash, not by hashing its fold.)
 */
function orgWords(ctx: Ctx): WordSet {
  if (orgWordsOf !== ctx.orgs) {
    orgWordSet.clear();
    for (const o of ctx.orgs) if (o.b - o.a === 1 && ctx.atoms[o.a].kind === AtomKind.Word) orgWordSet.add(ctx.atoms[o.a].fold);
    orgWordsOf = ctx.orgs;
  }
  return orgWordSet;
}

function upperWord(ctx: Ctx, i: number): boolean {
  const a = ctx.atoms[i];
  return a !== undefined && a.kind === AtomKind.Word && (a.upper || a.allCaps);
}

// the last answer of cueBefore: recognizePeople asks it several times for one position while it reads a run
let cueCtx: Ctx | undefined;
let cueAt = -1;
let cueStart = -1;
/** The atom index where an honorific / occupation / prefix cue ending exactly at i starts, or -1. */
function cueBefore(ctx: Ctx, i: number): number {
  if (ctx !== cueCtx || i !== cueAt) { cueStart = findCueBefore(ctx, i); cueCtx = ctx; cueAt = i; }
  return cueStart;
}

const CUE_CATS = catBit('honorific') | catBit('title');

/** An honorific or a title entry starts at one of the four atoms before i. */
function cueStartsBefore(ctx: Ctx, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) if ((ctx.startCats[k] & CUE_CATS) !== 0) return true;
  return false;
}

function findCueBefore(ctx: Ctx, i: number): number {
  if (ctx.atoms[i]?.newline) return -1; // a line start takes no cue from the end of the line before ("... bác sĩ.\nPhát biểu")
  // (the walk back only where an honorific or a title starts in the four atoms before: most positions have none)
  if (cueStartsBefore(ctx, i)) for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    if (ctx.atoms[k].newline && k < i - 1) break;
    if (has(ctx, k, 'honorific', undefined, i) || has(ctx, k, 'title', KINDS_PREFIX_RANK, i)) return k;
  }
  // prefixes written with a trailing period or comma: "PGS.TS. Lê A", "PGS, TS Lê A"
  const prev = ctx.atoms[i - 1];
  if (prev && (prev.text === '.' || prev.text === ',')) {
    for (let k = i - 2; k >= Math.max(0, i - 5); k--) if (has(ctx, k, 'title', KINDS_PREFIX, i - 1)) return k;
  }
  return -1;
}

/** "người Nhật Tanaka Kenji", "cầu thủ người Brazil Caio": a demonym ("người" + country) right before i. */
function demonymBefore(ctx: Ctx, i: number): boolean {
  // (the walk below needs a country starting in the three atoms before i: most positions have none, and their atoms
  // are not read)
  if (!countryStartsBefore(ctx, i)) return false;
  if (ctx.atoms[i]?.newline) return false;
  // cheap test first: "người" two to four atoms back
  let seen = false;
  for (let k = i - 2; k >= Math.max(0, i - 4); k--) if (ctx.atoms[k].fold === 'người') { seen = true; break; }
  if (!seen) return false;
  for (let k = i - 1; k >= Math.max(1, i - 3); k--) {
    if (ctx.atoms[k].newline) return false;
    if (has(ctx, k, 'country', undefined, i)) return ctx.atoms[k - 1].fold === 'người';
  }
  return false;
}

const COUNTRY_CAT = catBit('country');

/** A country entry starts at one of the atoms max(1, i - 3) .. i - 1 (where demonymBefore looks for one). */
function countryStartsBefore(ctx: Ctx, i: number): boolean {
  for (let k = i - 1; k >= 1 && k >= i - 3; k--) if ((ctx.startCats[k] & COUNTRY_CAT) !== 0) return true;
  return false;
}

function roleEndsAt(ctx: Ctx, i: number): boolean {
  return i > 0 && ctx.covered[i - 1] === COVER.role && (roleBounds(ctx)[i] & ROLE_ENDS) !== 0;
}

function roleStartsAt(ctx: Ctx, i: number): boolean {
  return ctx.covered[i] === COVER.role && (roleBounds(ctx)[i] & ROLE_STARTS) !== 0;
}

const ROLE_STARTS = 1;
const ROLE_ENDS = 2;
// roleBounds of the last document asked (one document at a time: a slot is cheaper than a WeakMap per document)
let boundsOf: RoleMention[] | undefined;
let bounds = new Uint8Array(4096); // (reused, see scratch.ts)
/** Per atom index (up to atoms.length), ROLE_STARTS where a role starts and ROLE_ENDS where one ends. Built on first use. */
function roleBounds(ctx: Ctx): Uint8Array {
  if (boundsOf !== ctx.roles) {
    const n = ctx.atoms.length + 1;
    const size = regrownSize(bounds.length, n);
    if (size !== 0) bounds = new Uint8Array(size);
    else bounds.fill(0, 0, n);
    for (const r of ctx.roles) { bounds[r.a] |= ROLE_STARTS; bounds[r.b] |= ROLE_ENDS; }
    boundsOf = ctx.roles;
  }
  return bounds;
}

function nextCue(ctx: Ctx, j: number): boolean {
  const a = ctx.atoms[j];
  if (!a || a.newline) return false;
  // "Tadesse Bekele (Ethiopia)": a foreign name with the athlete's or guest's country in parentheses
  // (not a company: "Kestrel Running (Australia)")
  if (a.text === '(' && isLatinWord(ctx.atoms[j - 1]?.text ?? '') && !ENGLISH_WORDS.has(ctx.atoms[j - 1].fold)) { const c = longest(ctx, j + 1, 'country'); if (c && ctx.atoms[c.end]?.text === ')') return true; }
  if ((a.text === ',' || a.text === '-' || a.text === '(' || a.text === ':') && roleStartsAt(ctx, j + 1)) return true;
  if (a.text === '(') {
    const b = ctx.atoms[j + 1];
    const c = ctx.atoms[j + 2];
    if (b && (b.fold === 'sn' || b.fold === 'sinh')) return true;
    if (b && b.kind === AtomKind.Number && c && c.fold === 'tuổi') return true;
  }
  return false;
}

/**
 * Initials such as "N.T.T." or "V. H. P": returns the end atom index (including a final glued period), or -1.
 * `min` letters at least (a surname before them makes one enough: "Nguyễn Thị H."); `dotted` asks for a period after each.
 */
function initialsAt(ctx: Ctx, i: number, min = 2, dotted = false): number {
  const atoms = ctx.atoms;
  let j = i;
  let letters = 0;
  while (j < atoms.length) {
    const a = atoms[j];
    if (a.kind === AtomKind.Word && oneUnit(a) && a.upper && (j === i || !a.newline)) {
      const dot = atoms[j + 1];
      letters++;
      if (dot && dot.text === '.' && !dot.space) { j += 2; continue; }
      if (dotted) return -1;
      if (letters === 1 && min === 1) return -1; // one letter needs its period
      j += 1;
      break;
    }
    break;
  }
  return letters >= min ? j : -1;
}

/** The atom is one UTF-16 unit long (its text's length, read from its offsets: the string itself is not touched). */
function oneUnit(a: Atom): boolean {
  return a.end - a.start === 1;
}

/** hashFold('ông'), compared first at every capitalised word (an integer test before the string comparison). */
const H_ONG = hashFold('ông');

/** An initial glued to its period ("H." in "Trương T.H.") starts at j. */
function initialWithDot(ctx: Ctx, j: number): boolean {
  const a = ctx.atoms[j];
  const dot = ctx.atoms[j + 1];
  return a.kind === AtomKind.Word && oneUnit(a) && a.upper && dot !== undefined && dot.text === '.' && !dot.space;
}

/** A capitalised prefix title that started before i goes on past it ("nghệ nhân Ưu tú", "Anh hùng Lao động"): its end, or -1. */
function prefixOver(ctx: Ctx, i: number): number {
  if (!titleStartsBefore(ctx, i)) return -1; // (most capitalised words have none: the atoms are not read)
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    if (ctx.atoms[k].newline && k < i - 1) break;
    const t = longest(ctx, k, 'title', KINDS_PREFIX);
    if (t && t.end > i) return t.end;
  }
  return -1;
}

const TITLE_CAT = catBit('title');

/** A title entry starts at one of the three atoms before i (what prefixOver needs, from the per-atom category bits). */
function titleStartsBefore(ctx: Ctx, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) if ((ctx.startCats[k] & TITLE_CAT) !== 0) return true;
  return false;
}

/** A country starts at i and a free capitalised word on the same line follows it ("người Nhật Tanaka Kenji"). */
function countryBeforeFreeName(ctx: Ctx, i: number): boolean {
  const c = longest(ctx, i, 'country');
  if (c === undefined) return false;
  // ("Mỹ Latinh" is a region, not "Mỹ" + a name)
  const p = longest(ctx, i, 'place');
  if (p && p.end > c.end) return false;
  return upperWord(ctx, c.end) && !ctx.atoms[c.end].newline && ctx.covered[c.end] === COVER.free;
}

/** Every atom of [start, end) is a one-word common word. */
function allCommonWords(ctx: Ctx, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (!has(ctx, k, 'common', undefined, k + 1)) return false;
  return true;
}

function pushPerson(ctx: Ctx, p: PersonMention): void {
  ctx.people.push(p);
  for (let k = p.a; k < p.b; k++) ctx.covered[k] = COVER.person;
}

export function recognizePeople(ctx: Ctx): void {
  const atoms = ctx.atoms;
  const n = atoms.length;
  const bylineStart = findBylineStart(ctx);
  const namedBefore = new Set<string>();
  let placeListEnd = -1;
  let lastForeignEnd = -100;
  // (a name starts at a free capitalised word before the byline: the shape bits, one byte per atom, spare reading the
  // others; an all-caps word is upper too)
  const shapes = atomShapes(atoms);
  for (let i = 0; i < n; i++) {
    if ((shapes[i] & SHAPE_CAP) === 0 || ctx.covered[i] !== COVER.free) continue;
    if (i >= bylineStart) break;
    const a = atoms[i];
    const over = prefixOver(ctx, i);
    if (over > i) { i = over - 1; continue; }
    let start = i;
    let cue = false;
    // a capitalised honorific at a sentence start: "Ông Nguyễn Văn A", "Đồng chí ...", "Bị cáo Lê B"
    // (the longer of the two: "Nghệ nhân Ưu tú" is a prefix title, "Nghệ nhân" alone an occupation)
    // ("bà Ông Thị Lệ": after an honorific, "Ông" is the surname)
    // ("Ông Thị Hảo": "Ông" before the women's middle name "Thị" is the surname, not "Mr")
    // (and "Ông Văn" inside a list of names: "Các em Quách Thị Ngọc Diệp, Ông Văn Bảo và …")
    const ongSurname = a.hash === H_ONG && a.fold === 'ông' && upperWord(ctx, i + 1) && (atoms[i + 1].fold === 'thị' ||
      (atoms[i + 1].fold === 'văn' && i > 0 && !a.newline && (atoms[i - 1].text === ',' || atoms[i - 1].fold === 'và') && ctx.sentenceOf[i - 1] === ctx.sentenceOf[i]));
    const honW = cueBefore(ctx, i) >= 0 || ongSurname ? undefined : longest(ctx, i, 'honorific');
    const honT = longest(ctx, i, 'title', KINDS_PREFIX);
    const hon = honW && honT ? (honT.end > honW.end ? honT : honW) : honW ?? honT;
    const placeHere = hon ? longest(ctx, i, 'place') : undefined;
    if (hon && placeHere && placeHere.end > hon.end) { i = placeHere.end - 1; continue; } // "Cô Tô", "Bà Rịa": a place
    // ("Bà du Monteil": a lower-case particle between the honorific and the name)
    const particleAfter = hon !== undefined && !upperWord(ctx, hon.end) && atoms[hon.end]?.kind === AtomKind.Word && has(ctx, hon.end, 'particle', KINDS_PARTICLE) &&
      upperWord(ctx, hon.end + 1) && !atoms[hon.end].newline;
    if (hon && (upperWord(ctx, hon.end) || particleAfter) && !atoms[hon.end].newline && ctx.covered[hon.end] === COVER.free) {
      start = hon.end; cue = true;
      // "Thủ môn Việt kiều Filip …" (a second cue), "Tiền vệ Nhật Bản Kenta Morishita" (a nationality before a foreign name)
      const h2 = longest(ctx, start, 'honorific', KINDS_OCCUPATION);
      if (h2 && upperWord(ctx, h2.end) && !atoms[h2.end].newline) start = h2.end;
      else if (countryBeforeFreeName(ctx, start) && isLatinWord(atoms[longest(ctx, start, 'country')!.end].text)) start = longest(ctx, start, 'country')!.end;
    }
    // "người Nhật Tanaka Kenji": the demonym's country is not part of the name that follows; "tiền vệ Nhật Bản Kenta
    // Morishita": nor a nationality between an occupation and a foreign name
    else if (i > 0 && !a.newline && countryBeforeFreeName(ctx, i) && (atoms[i - 1].fold === 'người' ||
      (cueBefore(ctx, i) >= 0 && isLatinWord(atoms[longest(ctx, i, 'country')!.end].text)) ||
      // ("nhà làm phim Thái Lan Anucha Wongsakul": two foreign words after the country)
      (isLatinWord(atoms[longest(ctx, i, 'country')!.end].text) && isLatinWord(atoms[longest(ctx, i, 'country')!.end + 1]?.text ?? '')))) {
      start = longest(ctx, i, 'country')!.end; cue = true;
    }
    // a common word at a sentence start before a name: "Theo Nguyễn Văn A", "Tại Washington"
    else if (has(ctx, i, 'common', undefined, i + 1) && !has(ctx, i, 'surname') && upperWord(ctx, i + 1) && ctx.covered[i + 1] === COVER.free) { continue; }
    if (!cue) {
      const cb = cueBefore(ctx, i);
      if (cb >= 0 || demonymBefore(ctx, i)) cue = true;
      else if (roleEndsAt(ctx, i) && !a.newline) cue = true;
    }
    // initials ("N.T.T.", "Trần K.D")
    const ini = initialsAt(ctx, start);
    if (ini > 0) {
      // three dotted initials name a person even without a cue ("trong đó có N.V.K. (em rể …)")
      const alone = !cue && initialsAt(ctx, start, 3, true) === ini && !upperWord(ctx, start - 1);
      if (cue || alone || nextCue(ctx, ini)) { pushPerson(ctx, personMention(start, ini, ini - start, true, false, false)); i = ini - 1; }
      continue;
    }
    // the capitalised run
    let j = start;
    let syll = 0;
    while (j < n && syll < MAX_RUN) {
      const t = atoms[j];
      if (j > start && t.newline) break;
      if (ctx.covered[j] !== COVER.free) break;
      // (an initial with its period after a name ends the run: "Trương T.H." is read below; "Daniel R. Whitaker": a middle
      // initial between two Latin names goes on)
      if (j > start && initialWithDot(ctx, j)) {
        const nx = atoms[j + 2];
        if (nx && nx.kind === AtomKind.Word && nx.upper && nx.space && isLatinWord(nx.text) && isLatinWord(atoms[j - 1].text) && isLatinWord(atoms[start].text)) { j += 2; continue; }
        break;
      }
      if (t.kind === AtomKind.Word && t.upper && !t.allCaps && (j === start || t.space)) { j++; syll++; continue; }
      // a regnal number: "Elizabeth II", "Leo XIV"
      if (j > start && t.kind === AtomKind.Word && t.allCaps && t.space && ROMAN.test(t.text)) { j++; syll++; continue; }
      // "Ursula von der Leyen", "Pieter van der Berg": lower-case particles between capitalised parts
      if (j > start && t.kind === AtomKind.Word && !t.upper && t.space && has(ctx, j, 'particle', KINDS_PARTICLE)) {
        let e = j + 1;
        if (atoms[e] && atoms[e].kind === AtomKind.Word && !atoms[e].upper && has(ctx, e, 'particle', KINDS_PARTICLE)) e++;
        if (upperWord(ctx, e) && !atoms[e].newline && ctx.covered[e] === COVER.free) { j = e; continue; }
      }
      // "Marie-Hélène d'Aubigny": an elided particle glued to the next part
      if (j > start && t.kind === AtomKind.Word && !t.upper && t.space && (t.fold === 'd' || t.fold === 'l') && atoms[j + 1]?.text === "'" && !atoms[j + 1].space &&
          atoms[j + 2] && !atoms[j + 2].space && atoms[j + 2].kind === AtomKind.Word && atoms[j + 2].upper) { j += 3; syll++; continue; }
      // "Thích nữ Diệu Hòa": a nun's dharma name
      if (j > start && t.fold === 'nữ' && atoms[j - 1].fold === 'thích' && t.space && upperWord(ctx, j + 1)) { j++; continue; }
      // "Jae-myung", "H'Hen": glued joiners
      if ((t.text === '-' || t.text === "'") && !t.space && j > start && atoms[j + 1] && !atoms[j + 1].space && atoms[j + 1].kind === AtomKind.Word) { j += 2; continue; }
      break;
    }
    if (syll === 0) continue;
    // "học sinh Việt", "kỹ sư Nhật": a nationality after an occupation, not a name
    if (syll === 1 && DEMONYMS.hasAtom(atoms[start]) && !personalCueBefore(ctx, start) && cueBefore(ctx, start) >= 0) { i = Math.max(i, j - 1); continue; }
    // "Phó Tổng giám đốc Tapowaco": a word the text has named as an organization ("(Tapowaco, …)") is no person
    if (syll === 1 && orgWords(ctx).hasAtom(atoms[start])) { i = Math.max(i, j - 1); continue; }
    // "Hyundai E&C", "Posco E&C": a brand joined by a glued "&" is no name
    if (atoms[j]?.text === '&' && !atoms[j].space) { i = Math.max(i, j + 1); continue; }
    // "Trần K.D": a surname followed by initials
    const tailIni = initialsAt(ctx, j, 1);
    if (tailIni > 0 && syll <= 2 && (has(ctx, start, 'surname') || has(ctx, start, 'particle'))) {
      pushPerson(ctx, personMention(start, tailIni, syll + 1, true, false, false));
      i = tailIni - 1; continue;
    }
    // "Đường Nguyễn Trãi", "Sân Mỹ Đình" at a sentence start: a capitalised place word leads a place name
    // (a place word that is also a surname leads a place when another surname follows: "Đường Nguyễn Trãi", not "Đường Văn An")
    if (!cue && syll >= 2 && PLACE_WORDS.hasAtom(atoms[start]) && (!has(ctx, start, 'surname') || (syll >= 3 && has(ctx, start + 1, 'surname') && !has(ctx, start + 1, 'middle')))) { i = Math.max(i, j - 1); continue; }
    const before = start > 0 ? atoms[start - 1] : undefined;
    const prevWord = before && before.kind === AtomKind.Word ? before.fold : '';
    const prevAtom = prevWord !== '' ? before : undefined; // (the same word as an atom, for the word sets)
    // the two words before ("thành phố"), built only when one word is no place word (an empty prevWord makes no pair)
    // ("chủ nhà": the host, "võ sĩ chủ nhà Sakda Phongsiri")
    // ("thuộc về Trịnh Gia Khánh": belongs to, not a place)
    const host = (prevWord === 'nhà' && start > 1 && atoms[start - 2].fold === 'chủ') || (prevWord === 'về' && start > 1 && atoms[start - 2].fold === 'thuộc');
    const afterPlaceWord = !cue && !host && (PLACE_WORDS.hasAtom(prevAtom) || (start > 1 && PLACE_PAIR_ENDS.hasAtom(prevAtom) && PLACE_WORDS.has(`${atoms[start - 2].fold} ${prevWord}`)) ||
      // "số 5 Trần Thánh Tông", "ngõ 12 Lê Lợi": an address after a house number; "cao tốc Cam Lộ - La Sơn": the other end of a road
      (before?.kind === AtomKind.Number && start > 1 && ADDRESS_WORDS.has(atoms[start - 2].fold)) || dashAfterPlace(ctx, start) ||
      // "cảng quốc tế Cái Mép", "sân bay quốc tế Long Thành": a place word, then "quốc tế"
      (prevWord === 'tế' && start > 2 && atoms[start - 2].fold === 'quốc' && (PLACE_WORDS.has(atoms[start - 3].fold) || (start > 3 && PLACE_WORDS.has(`${atoms[start - 4].fold} ${atoms[start - 3].fold}`)))));
    // a surname the dictionary lacks before "Thị" or "Văn" ("Mấu Thị Bích", "Ksor Văn Hùng") reads as one
    const mid = syll >= 3 ? atoms[start + 1].fold : '';
    const surname = has(ctx, start, 'surname') || has(ctx, start, 'particle') || ((mid === 'thị' || mid === 'văn') && !has(ctx, start, 'org') && !has(ctx, start, 'place'));
    const nextIsCue = nextCue(ctx, j);
    const strong = cue || nextIsCue;
    // the run is exactly a place or country name
    const place = longest(ctx, start, 'place') ?? longest(ctx, start, 'country');
    const isPlace = place !== undefined && place.end >= j;
    // "kỹ sư Việt Nam", "doanh nghiệp Nhật Bản": a run that is exactly a country is never a person; "nông dân Quảng Trị":
    // a province after an occupation is where they are from (only a personal honorific makes it a name: "ông Hà Tĩnh")
    if (isPlace && place!.entry.cat === 'country' && place!.end === j) { i = Math.max(i, j - 1); continue; }
    if (isPlace && place!.end === j && PROVINCE_KINDS.has(place!.entry.kind) && !personalCueBefore(ctx, start)) { i = Math.max(i, j - 1); continue; }
    // "Đoàn Nhật Bản do GS Sato dẫn đầu", "Đoàn Bô-ly-khăm-xay do …": a delegation, not a person named Đoàn
    if (!cue && atoms[start].fold === 'đoàn' && (longest(ctx, start + 1, 'country') || longest(ctx, start + 1, 'place') || atoms[j]?.fold === 'do')) { i = Math.max(i, j - 1); continue; }
    const allCommon = allCommonWords(ctx, start, j);
    // "ông Công ông Táo": the kitchen gods
    if (syll === 1 && ((atoms[start].fold === 'công' && atoms[j]?.fold === 'ông' && atoms[j + 1]?.fold === 'táo') ||
        (atoms[start].fold === 'táo' && atoms[start - 2]?.fold === 'công' && atoms[start - 3]?.fold === 'ông'))) { i = Math.max(i, j - 1); continue; }
    // "K'Brơi", "H'Hen Niê": a Central Highlands name with a glued apostrophe after one capital is a name by its shape
    if (atoms[start].text.length === 1 && atoms[start + 1]?.text === "'" && !atoms[start + 1].space && j > start + 2) { cue = true; syll = Math.max(syll, 2); }
    // "Bộ Jal Shakti", "Phân ban Ni giới": a run led by an organization's type word is no person
    if (syll >= 2 && !has(ctx, start, 'surname') && longest(ctx, start, 'org', KINDS_ORG_HEAD) !== undefined) { i = Math.max(i, j - 1); continue; }
    // "CEO Giao Nhanh kỳ vọng …": after a role alone, a run of common words without a surname names a company, not a person
    if (syll >= 2 && !surname && allCommon && cueBefore(ctx, start) < 0 && !(start > i)) { i = Math.max(i, j - 1); continue; }
    let accept = false;
    const honorificCue = cue && cueBefore(ctx, start) >= 0 || start > i;
    if (strong && !afterPlaceWord) {
      accept = !(isPlace && !cue) && !(allCommon && syll === 1 && !cue);
      // one syllable needs an honorific ("ông Châu"), or a role right before it and nothing capitalised after, or it
      // repeats the last word of a foreign name met before ("Đại sứ Otieno, …" after "James Mwangi Otieno")
      if (syll === 1 && !honorificCue && !(namedBefore.has(atoms[start].fold) && !has(ctx, start, 'org'))) accept = accept && !nextIsCue && isNameEnd(ctx, j) && !has(ctx, start, 'org') && !has(ctx, start, 'common', undefined, start + 1);
      // "bảo vệ Tổ quốc", "Phát biểu": one capitalised syllable that starts a common compound is no name
      if (syll === 1 && beginsCommonCompound(ctx, start)) accept = false;
      // "trình độ tiến sĩ Luật", "thạc sĩ Kinh tế": a lower-case degree before one capitalised word names a field
      if (syll === 1 && cue) { const cb = cueBefore(ctx, start); if (cb >= 0 && !atoms[cb].upper && !atoms[cb].allCaps && has(ctx, cb, 'title', KINDS_PREFIX, start)) accept = false; }
      if (!cue && !surname && has(ctx, start, 'common', undefined, start + 1)) accept = false;
    }
    else if (!afterPlaceWord && surname && syll >= 2 && syll <= 4 && !isPlace && !allCommon) accept = !startsWithSentenceCommon(ctx, start, j);
    // "người về nhì là Tsegaye Alemu Bekele", "… là Edwin Kiprono Mutua (…) và Daniel Kiptanui Ruto": a foreign name of two or
    // more Latin-script words after "là", or after "và" right after such a name
    // "Kevin Trần Đức Minh", "Michelle Đỗ": a Western given name before a Vietnamese surname (and its name)
    else if (!afterPlaceWord && !surname && syll >= 2 && syll <= 4 && !isPlace && !before?.allCaps && foreignName(ctx, start, start + 1) &&
        has(ctx, start + 1, 'surname') && !startsCat(ctx, start, 'org') && !has(ctx, start, 'title') && foreignNameEnd(ctx, j)) { accept = true; lastForeignEnd = j; }
    // (also after "với", "thay", "cùng", "gặp": "đá cặp với Thiago Henrique Lopes", "thay Júnior Batista")
    // (not after a code: "tàu KRI Bima Suci" is a ship)
    // (not after "Đại diện": a company's name follows it, "Đại diện Siam Harvest đề xuất")
    else if (!afterPlaceWord && !surname && syll >= 2 && !isPlace && !before?.allCaps && prevWord !== 'diện' && foreignName(ctx, start, j) && !startsCat(ctx, start, 'org') && !has(ctx, start, 'title') &&
        (FOREIGN_CUES.has(prevWord) || (prevWord === 'và' && start - lastForeignEnd <= 12) || foreignNameEnd(ctx, j))) { accept = true; lastForeignEnd = j; }
    // "các tuyến đường Lạch Tray, Văn Cao và Nguyễn Bỉnh Khiêm": the next items of a list of places are places too
    if (afterPlaceWord && !cue) placeListEnd = j;
    else if (!cue && placeListEnd >= 0 && start >= 2 && (atoms[start - 1].text === ',' || atoms[start - 1].fold === 'và') && start - 1 === placeListEnd) { placeListEnd = j; accept = false; }
    // "(tức “Trang Bông”, SN 2000)", "mang tên "Summer Letter"": a run inside quotes with no cue is an alias or a title
    if (accept && !cue && QUOTES.has(atoms[start - 1]?.text ?? '') && QUOTES.has(atoms[j]?.text ?? '')) accept = false;
    if (!accept) { i = Math.max(i, j - 1); continue; }
    pushPerson(ctx, personMention(start, j, syll, strong, syll <= 2 && !surname, false));
    // the words of a foreign name (no Vietnamese surname) may come back alone
    if (syll >= 2 && !surname) for (let k = start + 1; k < j; k++) if (atoms[k].kind === AtomKind.Word && atoms[k].upper) namedBefore.add(atoms[k].fold);
    i = j - 1;
  }
  dropRepeatedInitials(ctx);
  recognizeByline(ctx, bylineStart);
}

/**
 * "Một tài xế là N.V.T. ... Anh T. cho biết": a later one-letter reference repeats the last initial of a person named
 * by initials (or "Nguyễn Thị H."); it is that person, not a new one, and is dropped. Linear in the mentions.
 */
function dropRepeatedInitials(ctx: Ctx): void {
  const atoms = ctx.atoms;
  const lastInitials = new Set<string>();
  const keep: PersonMention[] = [];
  let dropped = false;
  for (const p of ctx.people) {
    // the words of the mention: how many, and the last one
    let words = 0;
    let last = '';
    for (let k = p.a; k < p.b; k++) if (atoms[k].kind === AtomKind.Word) { words++; last = atoms[k].text; }
    const single = words === 1 && last.length === 1;
    if (single && lastInitials.has(last)) { dropped = true; for (let k = p.a; k < p.b; k++) ctx.covered[k] = COVER.free; continue; }
    if (last.length === 1 && (words > 1 || atoms[p.b - 1]?.text === '.')) lastInitials.add(last);
    keep.push(p);
  }
  if (dropped) { ctx.people.length = 0; for (const p of keep) ctx.people.push(p); }
}

function beginsCommonCompound(ctx: Ctx, i: number): boolean {
  const next = ctx.atoms[i + 1];
  if (!next || next.newline || next.kind !== AtomKind.Word || next.upper) return false;
  return has(ctx, i, 'common', undefined, i + 2);
}

/** After a one-syllable name: punctuation or a lower-case word, not a continuation. */
function isNameEnd(ctx: Ctx, j: number): boolean {
  const a = ctx.atoms[j];
  if (!a || a.newline) return true;
  if (a.kind === AtomKind.Punct) return a.text !== '-' && a.text !== '&';
  return a.kind === AtomKind.Word && !a.upper && a.fold !== 'y' && a.fold !== 'khu';
}

/** A sentence-initial common word followed by a name-like run is not itself part of the name: "Theo Nguyễn ..." */
function startsWithSentenceCommon(ctx: Ctx, start: number, end: number): boolean {
  if (!has(ctx, start, 'common', undefined, start + 1)) return false;
  // "Hoàng", "Lê" are both common words and surnames: accept when the remaining run still looks like a name
  return end - start < 3;
}

/** The atom index where the byline (last short line of names) starts, or atoms.length. */
function findBylineStart(ctx: Ctx): number {
  const atoms = ctx.atoms;
  let k = atoms.length - 1;
  if (k < 0) return 0;
  while (k > 0 && !atoms[k].newline) k--;
  const lineStart = k;
  if (lineStart === 0) return atoms.length;
  const chars = atoms[atoms.length - 1].end - atoms[lineStart].start;
  if (chars > 70) return atoms.length;
  let sawName = false;
  for (let j = lineStart; j < atoms.length; j++) {
    const t = atoms[j];
    // "Hữu Phong (từ Kuala Lumpur)": where the reporter files from
    if (t.text === '(' && atoms[j + 1]?.fold === 'từ' && upperWord(ctx, j + 2)) {
      let c = j + 2;
      while (c < atoms.length && c - j < 8 && atoms[c].text !== ')') c++;
      if (atoms[c]?.text === ')') { j = c; continue; }
    }
    if (t.kind === AtomKind.Word) {
      if (t.upper || t.allCaps) { sawName = true; continue; }
      if (t.fold === 'và' || t.fold === 'ảnh' || t.fold === 'tin' || t.fold === 'bài' || t.fold === 'nhóm' || t.fold === 'pv' || t.fold === 'clip' || t.fold === 'video') continue;
      return atoms.length;
    }
    if (t.kind === AtomKind.Number) return atoms.length;
    if (![',', '-', ':', '/', '.', '(', ')', '&', "'"].includes(t.text)) return atoms.length;
  }
  if (!sawName) return atoms.length;
  const f = atoms[lineStart].fold;
  if (f === 'theo' || f === 'nguồn') return atoms.length;
  return lineStart;
}

function recognizeByline(ctx: Ctx, lineStart: number): void {
  const atoms = ctx.atoms;
  let j = lineStart;
  // skip a label such as "Tin, ảnh:" / "Bài và ảnh:"
  for (let k = lineStart; k < atoms.length; k++) if (atoms[k].text === ':') { j = k + 1; break; }
  while (j < atoms.length) {
    // "Như Tâm (Theo Reuters, Xinhua)": the attribution is not a name; "(từ Kuala Lumpur)": nor the place filed from
    if (atoms[j].text === '(' && (atoms[j + 1]?.fold === 'theo' || atoms[j + 1]?.fold === 'nguồn' || atoms[j + 1]?.fold === 'từ')) break;
    if (!(atoms[j].kind === AtomKind.Word && (atoms[j].upper || atoms[j].allCaps))) { j++; continue; }
    if (ctx.covered[j] !== COVER.free) { j++; continue; }
    let e = j;
    while (e < atoms.length && e - j < 4 && atoms[e].kind === AtomKind.Word && (atoms[e].upper || atoms[e].allCaps)) {
      e++;
      // "K'Lin", "H'Hen": a glued apostrophe inside a name
      if (atoms[e]?.text === "'" && !atoms[e].space && atoms[e + 1]?.kind === AtomKind.Word && !atoms[e + 1].space) e++;
    }
    // a dotted pen name "M.Sơn"
    if (e - j === 1 && atoms[e]?.text === '.' && !atoms[e].space && atoms[e + 1] && !atoms[e + 1].space && atoms[j].text.length === 1) {
      let f = e + 1;
      while (f < atoms.length && f - j < 6 && atoms[f].kind === AtomKind.Word && atoms[f].upper) f++;
      e = f;
    }
    const words = atoms.slice(j, e).filter((t) => t.kind === AtomKind.Word).length;
    // ("Nhóm PV", "PV": the newsroom, not a name)
    if ((words >= 2 || (words === 1 && atoms[j].text.length > 1 && e > j + 1)) && !(words === 1 && atoms[j].fold === 'pv') && !(atoms[j].fold === 'nhóm' && atoms[j + 1]?.fold === 'pv')) {
      pushPerson(ctx, personMention(j, e, words, true, false, true));
    }
    j = e;
  }
}

export { isWord };
