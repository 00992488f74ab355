// Role recognizer: [status] [modifier*] HEAD [post*] [OFFICE].
//   "Phó Bí thư Thường trực Thành ủy"   "nguyên Chủ tịch UBND tỉnh Quảng Nam" (status not in the span)
//   "Tổng thống Mỹ"   "Trưởng Đoàn ĐBQH Hải Phòng"   "Đại tá" (ranks are roles)
//   "Phó Chủ tịch HĐND, UBND tỉnh" (one title over coordinated offices)
import { AtomKind } from '../segment/tokens.js';
import { WordSet } from './words.js';
import type { Entry } from '../lexicon/lexicon.js';
import { type Ctx, type RoleMention, type OrgMention, orgMention, roleMention, COVER, candidates, longest, has, startsCat, isWord, sameLine, matchesAt } from '../context.js';
import { parseOrg, parsePlace, parseSeat, dashTail, fieldAfterVe, CORP_SUFFIX, isLatin, spacedWords, addOrgWithParents, properRun, sentenceCaseRun, parseLevelAndPlace, departmentNameEnd, branchTail, ORG_LOWER_OK, ORG_UPPER_ONLY, ORG_DEFAULT, WITH_COUNTRIES, PLACES_ONLY } from './organizations.js';

// kinds lists for the dictionary look-ups, made once (an array literal in a call is a new array at every call)
const KINDS_AREA: readonly string[] = ['area'];
const KINDS_HEAD: readonly string[] = ['head'];
const KINDS_HEAD_RANK: readonly string[] = ['head', 'rank'];
const KINDS_MODIFIER: readonly string[] = ['modifier'];
const KINDS_POST: readonly string[] = ['post'];
const KINDS_STATUS: readonly string[] = ['status'];
const KINDS_RANK_ONLY: readonly string[] = ['rank'];

function statusBefore(ctx: Ctx, i: number): 'former' | 'new' | null {
  // look back over at most two atoms ("nguyên", "cựu", "tân"), skipping "các"
  for (let k = i - 1; k >= Math.max(0, i - 2); k--) {
    const a = ctx.atoms[k];
    if (a.kind !== AtomKind.Word) return null;
    const s = longest(ctx, k, 'title', KINDS_STATUS);
    if (s && s.end === i) return s.entry.canonical === 'new' ? 'new' : 'former';
    if (a.fold !== 'các') return null;
  }
  return null;
}

// Which of MINISTERS, STATE_LEADERS and ENVOYS (by lower-cased canonical) a title entry's head is in: asked at every head,
// found once per canonical (the dictionaries hold a few thousand), one look-up instead of lower-casing and three.
const MINISTER = 1;
const STATE_LEADER = 2;
const ENVOY = 4;
const headGroupsByCanonical = new Map<string, number>();
function headGroups(e: Entry): number {
  let g = headGroupsByCanonical.get(e.canonical);
  if (g === undefined) {
    const s = e.canonical.toLowerCase();
    g = (MINISTERS.has(s) ? MINISTER : 0) | (STATE_LEADERS.has(s) ? STATE_LEADER : 0) | (ENVOYS.has(s) ? ENVOY : 0);
    headGroupsByCanonical.set(e.canonical, g);
  }
  return g;
}

/** Heads whose capitalised continuation is a country or a person, never a company. */
const STATE_LEADERS = new Set(['tổng thống', 'phó tổng thống', 'thủ tướng', 'phó thủ tướng', 'chủ tịch nước', 'quốc vương', 'nhà vua', 'hoàng tử',
  'công chúa', 'giáo hoàng', 'tổng bí thư', 'ngoại trưởng', 'nữ hoàng', 'hoàng đế', 'thủ hiến', 'thống đốc', 'đại sứ', 'bộ trưởng', 'thứ trưởng']);

/** Heads of hamlets and neighbourhoods: the name after them is a place ("Trưởng thôn Nà Pồng"). */
const HAMLET_HEADS = new Set(['thôn', 'bản', 'ấp', 'buôn', 'làng', 'xóm', 'phố', 'khóm', 'plei', 'sóc']);

/** Heads that end with the type word of their body ("Trưởng khoa", "Trưởng ban", "Trưởng phòng"). */
const ORG_TAIL = new WordSet(['khoa', 'ban', 'phòng', 'tổ', 'trạm', 'tòa']);

/** A capitalised run at k that is neither a place, a country, a person name nor a known organization. */
function unknownBodyAt(ctx: Ctx, k: number, roleStart = -1): boolean {
  const a = ctx.atoms[k];
  if (!a || a.newline || a.kind !== AtomKind.Word || !(a.upper || a.allCaps)) return false;
  if (has(ctx, k, 'surname') || has(ctx, k, 'particle') || has(ctx, k, 'honorific') || has(ctx, k, 'title') || has(ctx, k, 'common', undefined, k + 1)) return false;
  if (parsePlace(ctx, k, WITH_COUNTRIES)) return false;
  // "đại biểu Mấu Thị Bích": a surname the dictionary lacks, then a middle name ("Thị", "Văn"): a person
  // (not a country after a brand: "Hanwoo Việt Nam")
  if (has(ctx, k + 1, 'middle', undefined, k + 2) && upperAt(ctx, k + 1) && upperAt(ctx, k + 2) && sameLine(ctx, k + 2) && !(isLatin(ctx.atoms[k].text) && longest(ctx, k + 1, 'country'))) return false;
  // ("BTBank Chi nhánh Thăng Long": with the branch)
  const e = branchTail(ctx, properRun(ctx, k, 5));
  if (e <= k) return false;
  // (a type word alone is a generic office: "Phó Giám đốc Sở, …")
  if (e === k + 1 && GENERIC_OFFICES.has(ctx.atoms[k].fold) && !ctx.atoms[k].allCaps) return false;
  // ("Theo Viện trưởng Thịnh, …": one Vietnamese syllable after a title is the holder's given name, not a body)
  if (e === k + 1 && !ctx.atoms[k].allCaps && !isLatin(ctx.atoms[k].text) && !has(ctx, k, 'org')) return false;
  // the run must end the phrase: punctuation, a lower-case word, or a person name that follows
  const after = ctx.atoms[e];
  // a verb right after the run: an office only in "Chủ tịch kiêm CEO Daesung Electronics dẫn đầu" (the holder was named
  // before); "Tổng Thư ký António Guterres kêu gọi" names the holder
  return !after || after.newline || (after.kind === AtomKind.Punct && after.text !== '-') || (after.upper && has(ctx, e, 'surname')) ||
    // "Tổng giám đốc Granite Peak Ventures David Okafor": a company name ends with its corporate word, a foreign name follows
    (after.upper && CORP_SUFFIX.hasAtom(ctx.atoms[e - 1])) ||
    // "Giám đốc điều hành Lazhop Malaysia giai đoạn …": a foreign brand and the country of its branch
    (isLatin(ctx.atoms[k].text) && e - k >= 2 && longest(ctx, e - 1, 'country')?.end === e) ||
    // "Phó Chủ tịch Northbridge AI phụ trách …": a foreign brand, then the holder's portfolio
    (after.fold === 'phụ' && ctx.atoms[e + 1]?.fold === 'trách' && isLatin(ctx.atoms[k].text)) ||
    // "tổng giám đốc Hyundai E&C tại Việt Nam": a foreign brand and its seat
    (after.fold === 'tại' && isLatin(ctx.atoms[k].text) && isLatin(ctx.atoms[e - 1].text)) ||
    (after.kind === AtomKind.Word && !after.upper && !after.allCaps && e - k >= 2 && roleStart > 0 && ctx.atoms[roleStart - 1].fold === 'kiêm');
}

/** A dictionary body that starts with the head's last word: "ban" + "Tuyên giáo và Dân vận Trung ương". */
function orgFromTypeWord(ctx: Ctx, o: number, k: number): OrgMention | undefined {
  const org = parseOrg(ctx, o, ORG_LOWER_OK);
  return org && org.kind !== 'head' && org.b > k ? org : undefined;
}

function upperAt(ctx: Ctx, i: number): boolean {
  const a = ctx.atoms[i];
  return a !== undefined && a.kind === AtomKind.Word && (a.upper || a.allCaps);
}

/** Type words that name an office by themselves, lower case ("giám đốc sở", "phó giám đốc bệnh viện"). */
const GENERIC_OFFICES = new Set(['sở', 'bộ', 'bệnh viện', 'công ty', 'trường', 'ngân hàng', 'tập đoàn', 'viện', 'cục', 'học viện', 'liên đoàn', 'hiệp hội',
  'câu lạc bộ', 'hợp tác xã', 'tổ chức', 'vùng', 'sư đoàn', 'trung đoàn', 'lữ đoàn', 'quân khu', 'quân đoàn', 'tiểu đoàn', 'binh đoàn', 'hải đoàn',
  'đại học', 'nhà máy', 'tổng công ty', 'tổng cục', 'trung tâm', 'nhà trường', 'đơn vị', 'ngành', 'phòng', 'khoa', 'đài', 'báo', 'nhà hát',
  'vườn quốc gia', 'ban quản lý', 'chi cục', 'htx', 'khu nghỉ dưỡng', 'khách sạn', 'đồn', 'binh chủng', 'quân chủng', 'bảo tàng', 'giải',
  'công đoàn', 'công đoàn cơ sở']);

/** The end of a lower-case generic office word at k that ends the phrase (punctuation or line end after it), or k. */
/** Function words after which a two-word generic office ends the role ("chủ tịch liên đoàn với …"). */
const AFTER_OFFICE = new Set(['với', 'từ', 'trong', 'tại', 'thay', 'kể', 'nhiệm', 'khóa', 'khoá', 'sau', 'phụ', 'là',
  'đã', 'đang', 'sẽ', 'vừa', 'cũng', 'chưa', 'bị', 'được']);

/** Lower-case words for places and small businesses that a role names after its title ("trụ trì chùa Vân Sơn"). */
const OFFICE_PLACES = new Set(['chùa', 'nhà xe', 'đền', 'tịnh xá', 'thiền viện', 'tu viện', 'giáo xứ', 'nhà thờ', 'quán', 'xưởng', 'tổ']);

/** 1-3 lower-case words at k (no function word, title or level) closed by punctuation: their end, or k. */
function lowerDepartmentEnd(ctx: Ctx, k: number): number {
  let e = k;
  while (e < ctx.atoms.length && e - k < 3 && ctx.atoms[e].kind === AtomKind.Word && !ctx.atoms[e].upper && !ctx.atoms[e].allCaps && sameLine(ctx, e) &&
    !AFTER_OFFICE.has(ctx.atoms[e].fold) && !REPORTING.has(ctx.atoms[e].fold) && !has(ctx, e, 'title') && !has(ctx, e, 'level') && !has(ctx, e, 'honorific')) e++;
  const b = ctx.atoms[e];
  return e > k && b !== undefined && b.kind === AtomKind.Punct && !b.newline && b.text !== '-' ? e : k;
}

const MINISTERS = new Set(['bộ trưởng', 'thứ trưởng']);
const STOP_IN_PORTFOLIO = new Set(['cho', 'biết', 'nói', 'của', 'đã', 'sẽ', 'là', 'được', 'có', 'khi', 'thì']);

/** A portfolio in capitalised or sentence case (at most 5 words, "và" allowed) ending with a foreign country: its end, or k. */
function portfolioCountryEnd(ctx: Ctx, k: number): number {
  if (!upperAt(ctx, k) || !sameLine(ctx, k) || longest(ctx, k, 'country') || startsCat(ctx, k, 'org')) return k;
  if (nameFollows(ctx, k)) return k;
  for (let m = k + 1; m < ctx.atoms.length && m - k <= 5 && sameLine(ctx, m); m++) {
    const a = ctx.atoms[m];
    // (no name, verb or function word inside: "Bộ trưởng Ngoại giao Lương Đức Hiển", "Bộ trưởng Kühn cho biết …")
    if (a.kind !== AtomKind.Word || nameFollows(ctx, m) || (!a.upper && a.fold !== 'và' && (AFTER_OFFICE.has(a.fold) || REPORTING.has(a.fold) || STOP_IN_PORTFOLIO.has(a.fold)))) return k;
    const c = upperAt(ctx, m) ? longest(ctx, m, 'country') : undefined;
    if (c && c.entry.canonical !== 'Việt Nam') return c.end;
  }
  return k;
}

/** Exactly two capitalised words at k, then punctuation ("giáo xứ Bùi Thượng,": a place, not the holder). */
function twoWordsThenPunct(ctx: Ctx, k: number): boolean {
  const c = ctx.atoms[k + 2];
  return upperAt(ctx, k + 1) && sameLine(ctx, k + 1) && c !== undefined && c.kind === AtomKind.Punct && !c.newline;
}

/** The number of words (1 or 2) of a lower-case office place word at k ("chùa", "giáo xứ"), or 0. */
function officePlaceWords(ctx: Ctx, k: number): number {
  const a = ctx.atoms[k];
  if (!a || a.kind !== AtomKind.Word || a.upper || a.allCaps) return 0;
  const b = ctx.atoms[k + 1];
  if (b && b.kind === AtomKind.Word && !b.upper && OFFICE_PLACES.has(`${a.fold} ${b.fold}`)) return 2;
  return OFFICE_PLACES.has(a.fold) ? 1 : 0;
}

/** Verbs that open a reported statement after a role-only subject ("Giám đốc Học viện cho biết"). */
const REPORTING = new Set(['cho', 'nói', 'khẳng', 'nhấn', 'yêu', 'đề', 'phát', 'chia', 'thông', 'cũng', 'đã', 'sẽ', 'vừa', 'lưu', 'cảnh', 'kiến']);

/** The title before office word k opens a sentence (a line start or a sentence end before it, at most 3 title words back;
 * a lower-case sentence start too, which the sentence splitter does not cut). */
function sentenceStartBefore(ctx: Ctx, k: number): boolean {
  for (let t = k - 1; t >= 0 && t >= k - 4; t--) {
    const a = ctx.atoms[t];
    if (a.newline) return true;
    const p = ctx.atoms[t - 1];
    if (!p || (p.kind === AtomKind.Punct && (p.text === '.' || p.text === '!' || p.text === '?'))) return true;
  }
  return false;
}

const GENERIC_FIRST = new Set([...GENERIC_OFFICES].map((w) => w.split(' ')[0]));

function genericOfficeEnd(ctx: Ctx, k: number, titleUpper = false): number {
  const a = ctx.atoms[k];
  // (an all-capital type abbreviation only: "Giám đốc HTX cho biết")
  if (!a || a.kind !== AtomKind.Word || (a.allCaps && a.fold !== 'htx') || !sameLine(ctx, k) || !GENERIC_FIRST.has(a.fold)) return k;
  for (const e of [k + 3, k + 2, k + 1]) {
    if (e > ctx.atoms.length) continue;
    let text = a.fold;
    for (let m = k + 1; m < e && text; m++) text = ctx.atoms[m] && ctx.atoms[m].kind === AtomKind.Word && sameLine(ctx, m) ? `${text} ${ctx.atoms[m].fold}` : '';
    if (!text || !GENERIC_OFFICES.has(text)) continue;
    const after = ctx.atoms[e];
    if (!after || after.newline || (after.kind === AtomKind.Punct && after.text !== '-' && after.text !== '&')) return e;
    // (a two-word type word may also end before a function word: "làm chủ tịch liên đoàn với 100% phiếu"; a capitalised
    // one before a reporting verb: "Giám đốc Học viện cho biết")
    if (e >= k + 2 && after.kind === AtomKind.Word && !after.upper && !after.allCaps && AFTER_OFFICE.has(after.fold)) return e;
    // ("thầy Võ Tấn Phát, hiệu trưởng nhà trường cho biết": "nhà trường" in lower case too)
    if ((e >= k + 2 || a.allCaps) && (a.upper || a.allCaps || text === 'nhà trường') && after.kind === AtomKind.Word && !after.upper && !after.allCaps && REPORTING.has(after.fold) && !after.newline) return e;
    // ("… thị phần. chủ tịch hiệp hội lưu ý": a lower-case title and office opening a sentence, before a reporting verb)
    if (after.kind === AtomKind.Word && !after.upper && !after.allCaps && REPORTING.has(after.fold) && !after.newline && sentenceStartBefore(ctx, k)) return e;
    // "giám đốc bệnh viện Lê Thanh Bình": the holder's name right after the office
    if (nameFollows(ctx, e)) return e;
    // (a capitalised title with a lower-case type word: "Giám đốc bệnh viện cho biết", "Tổng giám đốc tập đoàn và các …")
    if (titleUpper && after.kind === AtomKind.Word && !after.upper && !after.allCaps && !after.newline && (REPORTING.has(after.fold) || after.fold === 'và' || AFTER_OFFICE.has(after.fold))) return e;
    // ("Tổng giám đốc Tập đoàn trình bày": a capitalised type word, then a verb: the company of the article)
    if (titleUpper && a.upper && e >= k + 2 && after.kind === AtomKind.Word && !after.upper && !after.allCaps && !after.newline && !has(ctx, e, 'level')) return e;
  }
  return k;
}

const LOCAL_AREAS = new Set(['thôn', 'bản', 'ấp', 'buôn', 'tổ dân phố', 'khu phố']);

/** A lower-case level word (tỉnh, huyện, xã, thành phố) at k. */
function isLevelWordAt(ctx: Ctx, k: number): boolean {
  const a = ctx.atoms[k];
  // administrative levels only: "đại biểu cấp cao" (a high-level delegate) is no office
  if (a === undefined || a.kind !== AtomKind.Word || a.upper || a.allCaps || !sameLine(ctx, k) || !has(ctx, k, 'level')) return false;
  if (!has(ctx, k, 'level', KINDS_AREA)) return true;
  // a hamlet or residential group with its number or name ("tổ trưởng tổ dân phố 12", "trưởng ấp Phú Hòa")
  const lv = longest(ctx, k, 'level')!;
  const nx = ctx.atoms[lv.end];
  return LOCAL_AREAS.has(lv.entry.canonical) && nx !== undefined && sameLine(ctx, lv.end) && (nx.kind === AtomKind.Number || nx.upper);
}

/** A capitalised surname-led name starts at k. */
function nameFollows(ctx: Ctx, k: number): boolean {
  const a = ctx.atoms[k];
  const b = ctx.atoms[k + 1];
  return a !== undefined && sameLine(ctx, k) && a.kind === AtomKind.Word && a.upper && has(ctx, k, 'surname') && b !== undefined && b.kind === AtomKind.Word && b.upper && sameLine(ctx, k + 1);
}

function hasOrgEntry(entries: readonly Entry[]): boolean {
  for (let x = 0; x < entries.length; x++) if (entries[x].cat === 'org') return true;
  return false;
}

/** Atom i is inside a named body that starts at i - 1 ("Ban Bí thư", "Văn phòng Chủ tịch nước"): no role starts there. */
function insideBody(ctx: Ctx, i: number): boolean {
  const prev = ctx.atoms[i - 1];
  if (!prev || prev.kind !== AtomKind.Word || !(prev.upper || prev.allCaps) || !sameLine(ctx, i)) return false;
  // (both tests below need an organization entry starting at i - 1: most atoms before a title start none)
  if (!startsCat(ctx, i - 1, 'org')) return false;
  for (const m of matchesAt(ctx, i - 1)) if (m.len > 1 && hasOrgEntry(m.entries)) return true;
  // "Nhóm Nghị sĩ hữu nghị Việt Nam – Chile": a type word whose name starts with a title
  if (longest(ctx, i - 1, 'org', KINDS_HEAD)?.end === i && upperAt(ctx, i)) {
    const o = parseOrg(ctx, i - 1);
    if (o && o.b > i + 2) return true;
  }
  return false;
}

/** Parse a role starting exactly at atom i. */
export function parseRole(ctx: Ctx, i: number): RoleMention | undefined {
  // no title (modifier, head or rank) starting at i: no role
  if (!isWord(ctx, i) || !startsCat(ctx, i, 'title')) return undefined;
  // "Lăng Chủ tịch Hồ Chí Minh", "tượng đài Bác Hồ": a monument named after a title holder
  if (i > 0 && sameLine(ctx, i) && MONUMENT_WORDS.hasAtom(ctx.atoms[i - 1])) return undefined;
  // "thuyền trưởng Đức", "tăng trưởng": "trưởng" ending a compound word is no title
  if (ctx.atoms[i].fold === 'trưởng' && !ctx.atoms[i].upper && i > 0 && sameLine(ctx, i) && TRUONG_COMPOUNDS.has(ctx.atoms[i - 1].fold)) return undefined;
  let j = i;
  let modifiers = 0;
  // modifiers: Phó, Quyền (several may stack: "Quyền Phó ...")
  for (;;) {
    const m = longest(ctx, j, 'title', KINDS_MODIFIER);
    if (!m || !sameLine(ctx, m.end)) break;
    j = m.end; modifiers++;
  }
  let heads = candidates(ctx, j, 'title', KINDS_HEAD_RANK);
  // "Phó phòng", "Phó khoa": a fused head that starts with the modifier
  if (heads.length === 0 && j > i) { heads = candidates(ctx, i, 'title', KINDS_HEAD_RANK); j = i; modifiers = 0; }
  if (heads.length === 0) return undefined;
  let best: RoleMention | undefined;
  for (const h of heads) {
    if (j > i && !sameLine(ctx, j)) break;
    let k = h.end;
    const isRank = h.entry.kind === 'rank';
    const groups = headGroups(h.entry); // (asked up to four times below: one look-up)
    // post-modifiers: Thường trực, chuyên trách, dự khuyết
    if (!isRank) {
      for (;;) {
        const p = longest(ctx, k, 'title', KINDS_POST);
        if (!p || !sameLine(ctx, k)) break;
        // "phụ trách" (in charge) belongs to the title only before an office: "phó tổng giám đốc phụ trách tài chính" stops before it
        if (p.entry.canonical === 'phụ trách' && !parseOrg(ctx, p.end, ORG_UPPER_ONLY)) break;
        k = p.end;
      }
    }
    const titleEnd = k;
    let office: OrgMention | undefined;
    let officePlace: string | undefined;
    let tailKnown: OrgMention | undefined;
    let tailRun = -1;
    let genericEnd = -1;
    let officeWords = 0;
    let end = k;
    if (!isRank && sameLine(ctx, k)) {
      office = parseOrg(ctx, k, ORG_LOWER_OK);
      if (office) {
        end = office.b;
        // "Chủ tịch UBND các tỉnh, thành phố": an office of many units is part of the role, no organization
        if (office.kind === 'level' && !office.place && !office.levelWord && ctx.atoms[end]?.fold === 'các' && sameLine(ctx, end + 1) && longest(ctx, end + 1, 'level')) {
          end = longest(ctx, end + 1, 'level')!.end;
          officePlace = ctx.key.slice(ctx.atoms[office.a].start, ctx.atoms[end - 1].end);
          office = undefined;
        }
        // coordinated offices sharing the title: "Phó Chủ tịch HĐND, UBND tỉnh"
        const comma = ctx.atoms[end];
        if (comma && comma.text === ',' && office && office.kind === 'level' && !office.place && !office.levelWord) {
          const second = parseOrg(ctx, end + 1, ORG_UPPER_ONLY);
          if (second && second.kind === 'level' && (second.place || second.levelWord)) { end = second.b; office = second; }
        }
      } else if (ORG_TAIL.hasAtom(ctx.atoms[h.end - 1]) && h.end - j >= 2 && (ctx.atoms[j].fold === 'trưởng' || h.entry.canonical.startsWith('Phó Trưởng')) && upperAt(ctx, k) && sameLine(ctx, k) &&
        ((tailKnown = orgFromTypeWord(ctx, h.end - 1, k)) !== undefined || (tailRun = sentenceCaseRun(ctx, k, 2, true)) > k ||
         (ctx.atoms[h.end - 1].fold === 'khoa' && (tailRun = departmentNameEnd(ctx, k)) > k))) {
        // the head ends with the body's own type word: "Trưởng ban Tuyên giáo và Dân vận Trung ương" (a known body),
        // "Trưởng khoa Hồi sức tích cực", "Trưởng Ban Tôn giáo tỉnh" (a name in sentence case)
        const known = tailKnown;
        const o = h.end - 1;
        const e0 = dashTail(ctx, tailRun >= 0 ? tailRun : sentenceCaseRun(ctx, k));
        // ("Trưởng Ban Chỉ đạo quốc gia về phòng thủ dân sự": the field after "về")
        const e = e0 > k ? fieldAfterVe(ctx, h.end - 1, e0) : e0;
        let named: OrgMention | undefined;
        if (e > k) {
          named = orgMention(o, e, 'head', ctx.key.slice(ctx.atoms[o].start, ctx.atoms[e - 1].end));
          const lv = ctx.atoms[e];
          if (lv && sameLine(ctx, e) && lv.kind === AtomKind.Word && !lv.upper && longest(ctx, e, 'level')) {
            const o2: OrgMention = orgMention(named.a, named.b, named.kind, named.canonical); // a copy: named has no level, place or parent yet
            const lp = parseLevelAndPlace(ctx, e, o2);
            if (lp > e) { named.b = lp; named.levelWord = o2.levelWord; }
          }
        }
        if (named && sameLine(ctx, named.b) && upperAt(ctx, named.b)) {
          // "Trưởng phòng Đào tạo Trường Đại học Kinh tế - Luật": the body after the name is its parent
          const parent = parseOrg(ctx, named.b, ORG_DEFAULT);
          if (parent) {
            named.parent = parent; named.b = parent.b;
            // "Trưởng Ban Trị sự GHPGVN tỉnh Bắc Ninh": the level and place after the parent
            if (sameLine(ctx, named.b) && isLevelWordAt(ctx, named.b)) { const lp = parseLevelAndPlace(ctx, named.b, named); if (lp > named.b) named.b = lp; }
            // ("Phó Trưởng ban Trị sự GHPGVN TP Huế": an abbreviated level with its place)
            else if (sameLine(ctx, named.b) && ctx.atoms[named.b].allCaps && has(ctx, named.b, 'level')) {
              const probe = orgMention(named.a, named.b, named.kind, named.canonical);
              const lp = parseLevelAndPlace(ctx, named.b, probe);
              if (lp > named.b && probe.place) { named.b = lp; named.place = probe.place; named.levelWord = probe.levelWord; }
            }
          }
        }
        // the longer reading wins: "Trưởng Ban Trị sự GHPGVN tỉnh Bắc Ninh" reads past the known "Ban Trị sự GHPGVN"
        office = known && (!named || known.b >= named.b) ? known : named!;
        end = office.b;
      } else if ((genericEnd = divisionEnd(ctx, k)) > k) {
        // "Giám đốc khối bán lẻ Ngân hàng Meridian Trust": a division in lower case, then the company
        const o = parseOrg(ctx, genericEnd, ORG_UPPER_ONLY);
        if (o) { office = o; end = o.b; }
      } else if ((genericEnd = nationalTeamEnd(ctx, k)) > k) {
        // "HLV trưởng đội tuyển vật trẻ quốc gia", "huấn luyện viên trưởng đội tuyển bắn súng quốc gia": a national team
        office = orgMention(k, genericEnd, 'head', ctx.key.slice(ctx.atoms[k].start, ctx.atoms[genericEnd - 1].end));
        end = genericEnd;
      } else if ((groups & MINISTER) !== 0 && (genericEnd = portfolioCountryEnd(ctx, k)) > k) {
        // "Bộ trưởng Nông nghiệp Philippines", "Thứ trưởng Kế hoạch và Đầu tư Lào": a foreign minister's portfolio and country
        end = genericEnd;
        officePlace = ctx.key.slice(ctx.atoms[k].start, ctx.atoms[end - 1].end);
      } else if (HAMLET_HEADS.has(ctx.atoms[h.end - 1].fold) && upperAt(ctx, k) && sameLine(ctx, k) && !nameFollows(ctx, k) && !has(ctx, k, 'title') && !has(ctx, k, 'honorific') &&
        (genericEnd = properRun(ctx, k, 4)) > k) {
        // "trưởng xóm Bắc Lâm", "Trưởng thôn Đông Hà": the hamlet's name, known place words or not
        end = genericEnd; officePlace = ctx.key.slice(ctx.atoms[k].start, ctx.atoms[end - 1].end);
      } else if ((groups & STATE_LEADER) === 0 && unknownBodyAt(ctx, k, i)) {
        // "Tổng Giám đốc HTVBank", "CEO Daesung Electronics": an office not in the dictionaries;
        // "Trưởng thôn Ea Bar", "Trưởng bản Nậm Khắt": a hamlet, a place rather than an organization
        let e = branchTail(ctx, properRun(ctx, k, 5));
        // ("Tổng giám đốc Sakuragi Systems Việt Nam,": the country of the company's branch closes its name)
        const cn = parsePlace(ctx, e, WITH_COUNTRIES);
        if (cn && cn.kind === 'country' && sameLine(ctx, e) && isLatin(ctx.atoms[k].text) && !nameFollows(ctx, e)) { const c = ctx.atoms[cn.end]; if (!c || c.newline || c.kind === AtomKind.Punct) e = cn.end; }
        if (HAMLET_HEADS.has(ctx.atoms[h.end - 1].fold)) officePlace = ctx.key.slice(ctx.atoms[k].start, ctx.atoms[e - 1].end);
        else office = orgMention(k, e, 'head', ctx.key.slice(ctx.atoms[k].start, ctx.atoms[e - 1].end));
        end = e;
      } else if (ORG_TAIL.hasAtom(ctx.atoms[h.end - 1]) && !((longest(ctx, h.end - 1, 'org')?.end ?? 0) > k) && (genericEnd = lowerDepartmentEnd(ctx, k)) > k) {
        // "trưởng phòng kinh doanh)", "phó trưởng ban tổ chức,": a department named in lower case, ending the phrase
        end = genericEnd;
        officePlace = ctx.key.slice(ctx.atoms[k].start, ctx.atoms[end - 1].end);
      } else if (ctx.atoms[k]?.fold === 'khu' && ctx.atoms[k + 1]?.fold === 'vực' && sameLine(ctx, k + 2) &&
        ((ctx.atoms[k + 2]?.fold === 'châu' && upperAt(ctx, k + 3)) || (upperAt(ctx, k + 2) && parsePlace(ctx, k + 2, WITH_COUNTRIES)?.kind === 'region'))) {
        // "Giám đốc khu vực châu Á", "Giám đốc khu vực Đông Nam Á của Korean Air": a regional post (and whose)
        end = ctx.atoms[k + 2].fold === 'châu' ? k + 4 : parsePlace(ctx, k + 2, WITH_COUNTRIES)!.end;
        if (ctx.atoms[end]?.fold === 'của' && sameLine(ctx, end + 1) && upperAt(ctx, end + 1)) {
          const o = parseOrg(ctx, end + 1, ORG_UPPER_ONLY);
          if (o) { office = o; end = o.b; }
          else if (unknownBodyAt(ctx, end + 1)) { const e2 = branchTail(ctx, properRun(ctx, end + 1, 5)); office = orgMention(end + 1, e2, 'head', ctx.key.slice(ctx.atoms[end + 1].start, ctx.atoms[e2 - 1].end)); end = e2; }
        }
        if (!office) officePlace = ctx.key.slice(ctx.atoms[k].start, ctx.atoms[end - 1].end);
      } else if ((officeWords = officePlaceWords(ctx, k)) > 0 && upperAt(ctx, k + officeWords) && sameLine(ctx, k + officeWords) &&
        (!nameFollows(ctx, k + officeWords) || twoWordsThenPunct(ctx, k + officeWords))) {
        // "trụ trì chùa Vân Sơn", "giám đốc nhà xe Minh Trí": a place or business named with its type word, part of the role
        const e = properRun(ctx, k + officeWords, 8);
        end = e; officePlace = ctx.key.slice(ctx.atoms[k].start, ctx.atoms[e - 1].end);
      } else if ((genericEnd = genericOfficeEnd(ctx, k, ctx.atoms[i].upper)) > k) {
        // "nguyên phó giám đốc sở,", "phó giám đốc bệnh viện,": the office named by its type alone, ending the phrase
        end = genericEnd;
        officePlace = ctx.key.slice(ctx.atoms[k].start, ctx.atoms[end - 1].end);
      } else if (isLevelWordAt(ctx, k)) {
        // "chủ tịch tỉnh" (= Chủ tịch UBND tỉnh), "Bí thư tỉnh Tuyên Quang": the office shortened to its level
        const lv = longest(ctx, k, 'level')!;
        const p = parsePlace(ctx, lv.end, PLACES_ONLY);
        officePlace = p ? p.name : lv.entry.canonical;
        end = p ? p.end : lv.end;
        if (!p && ctx.atoms[lv.end]?.kind === AtomKind.Number && sameLine(ctx, lv.end)) { end = lv.end + 1; officePlace = ctx.key.slice(ctx.atoms[k].start, ctx.atoms[end - 1].end); }
        // "Phó Tỉnh trưởng tỉnh Vân Nam Lý Minh Đông": a place the dictionaries do not know (a foreign province), up to 3
        // capitalised syllables; a person named right after it is split off
        if (!p && upperAt(ctx, lv.end) && sameLine(ctx, lv.end) && !nameFollows(ctx, lv.end) && !has(ctx, lv.end, 'title') && !has(ctx, lv.end, 'honorific')) {
          const e = properRun(ctx, lv.end, 6);
          const after = ctx.atoms[e];
          if (e > lv.end && spacedWords(ctx, lv.end, e) <= 3 && (!after || after.newline || after.kind !== AtomKind.Word || !after.upper || nameFollows(ctx, e))) {
            officePlace = ctx.key.slice(ctx.atoms[lv.end].start, ctx.atoms[e - 1].end); end = e;
          }
        }
      } else {
        // ("Tổng Lãnh sự nước CHDCND Lào tại Vinh": "nước" before the envoy's country)
        const nuoc = (groups & ENVOY) !== 0 && ctx.atoms[k]?.fold === 'nước' && !ctx.atoms[k].upper && sameLine(ctx, k + 1) ? 1 : 0;
        const p = parsePlace(ctx, k + nuoc, WITH_COUNTRIES);
        if (p && (!nuoc || p.kind === 'country')) {
          officePlace = p.name; end = p.end;
          // "Đại sứ Nhật Bản tại Việt Nam"
          const tai = ctx.atoms[end];
          if (tai && tai.fold === 'tại' && sameLine(ctx, end)) { const q = parsePlace(ctx, end + 1, WITH_COUNTRIES); if (q) end = q.end; }
        }
      }
    }
    // "Giám đốc Trung tâm Kiểm soát bệnh tật (CDC) TP Cần Thơ": the short form in parentheses, then the place
    if (office && ctx.atoms[end]?.text === '(' && ctx.atoms[end + 1]?.allCaps && ctx.atoms[end + 2]?.text === ')' && sameLine(ctx, end + 3) && !office.place) {
      const probe = orgMention(office.a, office.b, office.kind, office.canonical);
      const lp = parseLevelAndPlace(ctx, end + 3, probe);
      if (lp > end + 3 && (probe.place || probe.levelWord)) end = lp;
    }
    // "Chủ tịch Ủy ban Mục vụ Di dân thuộc Hội đồng Giám mục Việt Nam": the parent body after "thuộc"
    if (office && !office.parent && ctx.atoms[end]?.fold === 'thuộc' && sameLine(ctx, end + 1) && upperAt(ctx, end + 1)) {
      const par = parseOrg(ctx, end + 1, ORG_UPPER_ONLY);
      if (par && (par.kind === 'body' || par.kind === 'head' || par.place)) { office.parent = par; end = par.b; }
    }
    // "thành viên HĐQT độc lập", "thành viên HĐQT không điều hành": a kind of board member
    if (office && ctx.atoms[end]?.fold === 'độc' && ctx.atoms[end + 1]?.fold === 'lập' && sameLine(ctx, end + 1)) end += 2;
    else if (office && ctx.atoms[end]?.fold === 'không' && ctx.atoms[end + 1]?.fold === 'điều' && ctx.atoms[end + 2]?.fold === 'hành' && sameLine(ctx, end + 2)) end += 3;
    // "Chánh Văn phòng UBND tỉnh", "Phó Tổng Thanh tra Chính phủ": the head ends with the office's own type word, and the
    // office is that word with what follows ("Văn phòng UBND tỉnh", "Thanh tra Chính phủ"), not only what follows
    // (not after a post-modifier, which belongs to the title: "Phó trưởng ban thường trực Ban Tổ chức Tỉnh ủy")
    if (!isRank && h.end - j >= 2 && !officePlace && titleEnd === h.end && sameLine(ctx, h.end)) {
      for (let m = j + 1; m < h.end; m++) {
        // ("trưởng ban kiểm soát": a lower-case type word ending the head may start a known board)
        const lowerTail = m === h.end - 1 && !upperAt(ctx, m) && ORG_TAIL.hasAtom(ctx.atoms[m]);
        if ((!upperAt(ctx, m) && !lowerTail) || !startsCat(ctx, m, 'org')) continue;
        const embedded = parseOrg(ctx, m, lowerTail ? ORG_LOWER_OK : ORG_UPPER_ONLY);
        if (lowerTail && embedded && embedded.kind !== 'sub' && embedded.kind !== 'body') break;
        if (embedded && embedded.b > h.end && embedded.b >= end && (embedded.kind !== 'head' || embedded.b > h.end + 1)) { office = embedded; end = embedded.b; }
        break;
      }
    }
    // "Giám đốc Quốc gia WB tại Việt Nam", "Trưởng đại diện WHO tại Việt Nam": a representative's seat
    if (office && (office.kind === 'body' || office.kind === 'head') && ctx.atoms[end]?.fold === 'tại' && sameLine(ctx, end + 1)) {
      const seat = parsePlace(ctx, end + 1, WITH_COUNTRIES);
      if (seat && seat.kind === 'country') end = seat.end;
    }
    // "Tổng Lãnh sự Việt Nam tại Sydney": a country's envoy and the foreign city where the post is
    if (!office && officePlace && end > titleEnd && (groups & ENVOY) !== 0 && ctx.atoms[end]?.fold === 'tại' && sameLine(ctx, end + 1)) {
      const seat = parseSeat(ctx, end + 1);
      if (seat > end + 1) end = seat;
    }
    const first = ctx.atoms[i];
    const headAtom = ctx.atoms[j];
    const upper = first.upper || first.allCaps;
    // a bare head with neither office nor modifier is weak unless it is capitalised and multi-syllable
    const bare = !office && !officePlace;
    const weak = bare && (isRank ? !upper : (!upper || (h.end - j === 1 && modifiers === 0 && !headAtom.allCaps)));
    // a lower-case rank is a role right before a name ("thượng tá Đào Văn Hưng", Thanh Niên style), not alone
    if (!upper && bare && isRank && !nameFollows(ctx, end)) continue;
    // a lower-case one-syllable head with nothing after it is a word ("tăng trưởng"), not a role
    if (!upper && bare && !isRank && h.end - j === 1 && modifiers === 0) continue;
    // "đại biểu Mấu Thị Bích phản ánh": a delegate speaking in a session, no office named: a participant, not a post
    // (also capitalised before a name or a rank: "Đại biểu Quan Minh Thuận, Phó Trưởng đoàn ĐBQH tỉnh …")
    if (bare && !isRank && h.entry.canonical === 'Đại biểu' && (!upper || nameFollows(ctx, end) || has(ctx, end, 'title', KINDS_RANK_ONLY))) continue;
    const cand = roleMention(i, end, titleEnd, h.entry, statusBefore(ctx, i), office, officePlace, weak, isRank);
    if (!best || cand.b > best.b) best = cand;
  }
  return best;
}

/** "khối bán lẻ", "mảng kinh doanh": a division word and 1-3 lower-case words at k, before a capitalised body: the body's start, or k. */
function divisionEnd(ctx: Ctx, k: number): number {
  const atoms = ctx.atoms;
  const a = atoms[k];
  if (!a || a.upper || (a.fold !== 'khối' && a.fold !== 'mảng') || !sameLine(ctx, k + 1)) return k;
  let m = k + 1;
  while (m < atoms.length && m - k <= 3 && atoms[m].kind === AtomKind.Word && !atoms[m].upper && !atoms[m].allCaps && !atoms[m].newline && atoms[m].fold !== 'của') m++;
  return m > k + 1 && upperAt(ctx, m) && sameLine(ctx, m) && startsCat(ctx, m, 'org') ? m : k;
}

/** "đội tuyển" + up to five lower-case words + "quốc gia" (or a country) at k: the team's end, or k. */
function nationalTeamEnd(ctx: Ctx, k: number): number {
  const atoms = ctx.atoms;
  if (atoms[k]?.fold !== 'đội' || atoms[k + 1]?.fold !== 'tuyển' || atoms[k].upper || !sameLine(ctx, k + 1)) return k;
  let m = k + 2;
  while (m < atoms.length && m - k < 8 && atoms[m].kind === AtomKind.Word && !atoms[m].upper && !atoms[m].newline && atoms[m].fold !== 'quốc') m++;
  if (atoms[m]?.fold === 'quốc' && atoms[m + 1]?.fold === 'gia' && sameLine(ctx, m + 1)) return m + 2;
  if (m > k + 2 && upperAt(ctx, m) && sameLine(ctx, m)) { const c = parsePlace(ctx, m, WITH_COUNTRIES); if (c && c.kind === 'country') return c.end; }
  return k;
}

/** English executive titles written as abbreviations. */
const C_SUITE = new Set(['ceo', 'cfo', 'cto', 'coo', 'cmo', 'cio']);

/** Words before a title that name a monument to its holder ("Lăng Chủ tịch Hồ Chí Minh"). */
const MONUMENT_WORDS = new WordSet(['lăng', 'tượng', 'đền', 'đài', 'mộ', 'đường']);

/** Words before a lower-case "trưởng" that make one word with it (occupations and nouns, not titles). */
const TRUONG_COMPOUNDS = new Set(['thuyền', 'tăng', 'sinh', 'bếp', 'nhạc', 'trưởng']);

/** Envoys, whose post is named with the country they serve and the city where they serve it. */
const ENVOYS = new Set(['đại sứ', 'đại sứ đặc mệnh toàn quyền', 'tổng lãnh sự', 'lãnh sự', 'tham tán', 'tham tán công sứ', 'tham tán thương mại', 'tham tán khoa học', 'tham tán khoa học và công nghệ', 'tham tán kinh tế', 'tham tán quốc phòng',
  'tham tán báo chí', 'tham tán giáo dục', 'tham tán nông nghiệp', 'tùy viên cảnh sát', 'tùy viên quân sự', 'tùy viên thương mại', 'tùy viên văn hóa',
  'tùy viên báo chí',
  'tham tán chính trị', 'tham tán văn hóa', 'tùy viên', 'tùy viên quốc phòng', 'bí thư thứ nhất', 'bí thư thứ hai', 'bí thư thứ ba', 'trưởng đại diện']);

const VU_COMPOUNDS = new Set(['nhiệm', 'chức', 'phục', 'dịch', 'nghiệp', 'sự', 'thời', 'công', 'nghĩa', 'thường', 'vụ', 'đặc', 'tạp', 'kế']);

/** A dictionary body starting at i reads further than any title there ("Đại sứ quán" over "Đại sứ"). */
function bodyOverTitle(ctx: Ctx, i: number): boolean {
  const o = longest(ctx, i, 'org', KINDS_LEVEL_BODY);
  if (!o || o.end - i < 2) return false;
  const t = longest(ctx, i, 'title');
  return t !== undefined && o.end > t.end && ctx.atoms[o.end - 1].kind === AtomKind.Word && !ctx.atoms[o.end - 1].upper;
}
const KINDS_LEVEL_BODY: readonly string[] = ['level', 'body'];

/** Quantifiers before a counted noun: "một số", "nhiều", "vài", "mấy", "hàng trăm". */
const QUANTIFIERS = new Set(['nhiều', 'vài', 'mấy', 'số', 'chục', 'trăm', 'nghìn', 'ngàn']);

/** A lower-case title at i counted by a number or a quantifier right before it ("60 đại biểu", "một số giám đốc"). */
function countedBefore(ctx: Ctx, i: number): boolean {
  const a = ctx.atoms[i];
  const prev = ctx.atoms[i - 1];
  if (!prev || a.upper || a.allCaps || a.newline) return false;
  if (prev.kind === AtomKind.Number) return /^\d+$/u.test(prev.text) && prev.text !== '1';
  return prev.kind === AtomKind.Word && !prev.upper && QUANTIFIERS.has(prev.fold) && (prev.fold !== 'số' || ctx.atoms[i - 2]?.fold === 'một');
}

/** Recognize roles left to right; a role claims its atoms (and its office). */
export function recognizeRoles(ctx: Ctx): void {
  const n = ctx.atoms.length;
  for (let i = 0; i < n; i++) {
    // parseRole needs a title (modifier, head or rank) starting at i (tested first: one load from a typed array, where the
    // other tests read the atom)
    if (!startsCat(ctx, i, 'title')) continue;
    if (ctx.covered[i] !== COVER.free || !isWord(ctx, i)) continue;
    if (i > 0 && ctx.covered[i - 1] === COVER.free && insideBody(ctx, i)) continue;
    // "đoàn đại biểu Quốc hội Chile": the members of a delegation, not a delegate's role; "Đại hội đại biểu Đảng bộ tỉnh":
    // a congress of delegates
    if (i > 0 && ctx.atoms[i].fold === 'đại' && ctx.atoms[i + 1]?.fold === 'biểu' && sameLine(ctx, i) &&
        (ctx.atoms[i - 1].fold === 'đoàn' || ctx.atoms[i - 1].fold === 'tổ' || (ctx.atoms[i - 1].fold === 'hội' && ctx.atoms[i - 2]?.fold === 'đại'))) continue;
    // "Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 58": a meeting named after its members
    if (i > 1 && ctx.atoms[i - 1].fold === 'nghị' && ctx.atoms[i - 2].fold === 'hội' && ctx.atoms[i - 2].upper && ctx.atoms[i].upper && sameLine(ctx, i)) continue;
    // "tại Phủ Chủ tịch": the presidential palace, a place
    if (i > 0 && ctx.atoms[i - 1].fold === 'phủ' && ctx.atoms[i - 1].upper && ctx.atoms[i].fold === 'chủ' && sameLine(ctx, i)) continue;
    // "60 đại biểu HĐND tỉnh", "một số giám đốc doanh nghiệp": a lower-case title counted is a group, not a post
    if (countedBefore(ctx, i)) continue;
    // "Đại sứ quán", "Tổng Lãnh sự quán": a body whose name begins with a title is no role
    if (bodyOverTitle(ctx, i)) continue;
    // "nhận nhiệm vụ Phó Chánh Văn phòng": "vụ" ends a word ("nhiệm vụ", "chức vụ"), it starts no "Vụ phó"
    if (ctx.atoms[i].fold === 'vụ' && !ctx.atoms[i].upper && VU_COMPOUNDS.has(ctx.atoms[i - 1]?.fold ?? '')) continue;
    const r = parseRole(ctx, i);
    if (!r) continue;
    // "tàu BT 95128 TS", "chụp CT": an all-caps abbreviation of a title (Bí thư, Chủ tịch) with no name or office after it
    // (English executive titles are titles alone: "bổ nhiệm CEO người Singapore", "làm CEO.")
    if (r.b === i + 1 && ctx.atoms[i].allCaps && !C_SUITE.has(ctx.atoms[i].fold) && !(upperAt(ctx, i + 1) && sameLine(ctx, i + 1)) && !(ctx.atoms[i - 1]?.text === ',' || ctx.atoms[i + 1]?.text === ',')) continue;
    // "Giám đốc tài chính (CFO)": an abbreviation of the role just before, not another role
    if (r.b === i + 1 && ctx.atoms[i].allCaps && ctx.atoms[i - 1]?.text === '(' && ctx.atoms[i + 1]?.text === ')' && ctx.covered[i - 2] === COVER.role) continue;
    // "cho đến khi có giám đốc mới": a new, unnamed holder
    if (r.weak && ctx.atoms[r.b]?.fold === 'mới' && !ctx.atoms[r.b].newline) continue;
    ctx.roles.push(r);
    for (let k = r.a; k < r.b; k++) ctx.covered[k] = COVER.role;
    if (r.office) addOrgWithParents(ctx, r.office);
    i = r.b - 1;
  }
}

