// Organization recognizer.
//   "Thành ủy Hải Phòng" (committee + place)   "UBND tỉnh Nghệ An" (level body + level word + place)
//   "Ban Thường vụ Tỉnh ủy" (sub + parent)     "Bộ Y tế", "Quốc hội" (named bodies)
//   "Trường THPT Nguyễn Huệ", "Bệnh viện Bạch Mai" (type head + proper name)
import { AtomKind } from '../segment/tokens.js';
import { type Ctx, type OrgMention, COVER, candidates, longest, has, isWord, sameLine, matchesAt } from '../context.js';

const MAX_NAME = 8;

/** Lower-case words that never continue an organization's proper name. */
const FUNCTION_WORDS = new Set(['của', 'cho', 'và', 'tại', 'với', 'là', 'đã', 'được', 'trong', 'ở', 'về', 'từ', 'đến', 'theo', 'do', 'bị',
  'có', 'không', 'các', 'những', 'này', 'đó', 'thì', 'mà', 'nhưng', 'hay', 'hoặc', 'để', 'khi', 'sau', 'trước', 'vừa', 'sẽ', 'đang', 'cũng',
  'vào', 'ra', 'lên', 'nói', 'cho biết', 'biết', 'nhận', 'trao', 'tặng', 'gồm', 'phát', 'tổ', 'chức', 'làm', 'giữ', 'thay', 'ký', 'ông', 'bà']);

function upperAt(ctx: Ctx, i: number): boolean {
  const a = ctx.atoms[i];
  return a !== undefined && (a.upper || a.allCaps);
}

/** A place written at i: a dictionary place or country (longest). Returns its end and canonical name. */
export function parsePlace(ctx: Ctx, i: number, opts: { countries?: boolean } = {}): { end: number; name: string; kind: string } | undefined {
  if (!sameLine(ctx, i) || !upperAt(ctx, i)) return undefined;
  const p = longest(ctx, i, 'place');
  const c = opts.countries === false ? undefined : longest(ctx, i, 'country');
  let best = p;
  let kind = p?.entry.kind ?? '';
  if (c && (!best || c.end > best.end)) { best = c; kind = 'country'; }
  if (!best) return undefined;
  // do not cut a longer capitalised word run in the middle ("Hà Nam Ninh" is fine, "Hải Phòng" + "Xanh" is not a place)
  return { end: best.end, name: best.entry.canonical, kind };
}

/** A capitalised proper-name run at i (for unknown communes, schools, companies). Splits off a trailing person name. */
export function properRun(ctx: Ctx, i: number, max = MAX_NAME): number {
  let j = i;
  const atoms = ctx.atoms;
  while (j < atoms.length && j - i < max && sameLine(ctx, j)) {
    const a = atoms[j];
    if (a.kind === AtomKind.Word && (a.upper || a.allCaps)) { j++; continue; }
    if (a.kind === AtomKind.Number && (j > i || a.space)) { j++; continue; }
    // glued joiners inside a name: "KH&CN", "Bà Rịa - Vũng Tàu" is handled by the dictionary; "Jae-myung"
    if ((a.text === '&' || a.text === '-') && !a.space && j + 1 < atoms.length && !atoms[j + 1].space && atoms[j + 1].kind !== AtomKind.Punct) { j += 2; continue; }
    if (a.fold === 'và' && j > i && upperAt(ctx, j + 1) && !has(ctx, j + 1, 'surname')) { j++; continue; }
    // sentence-case name words: "Đầu tư Sao Biển", "Bất động sản Phúc Khang", "Quân y 4"
    if (a.kind === AtomKind.Word && j > i && a.space && !FUNCTION_WORDS.has(a.fold) && atoms[j - 1].kind === AtomKind.Word && (atoms[j - 1].upper || (j - 2 >= i && atoms[j - 2].upper))) {
      let e = j;
      while (e < atoms.length && e - j < 2 && atoms[e].kind === AtomKind.Word && !atoms[e].upper && !atoms[e].allCaps && !FUNCTION_WORDS.has(atoms[e].fold) && sameLine(ctx, e)) e++;
      const after = atoms[e];
      if (e > j && after && sameLine(ctx, e) && after.space && ((after.kind === AtomKind.Word && (after.upper || after.allCaps)) || after.kind === AtomKind.Number) && !has(ctx, e, 'surname')) { j = e; continue; }
    }
    break;
  }
  if (j - i >= 3) {
    // "Bạch Mai Nguyễn Quang Tuấn": a known surname starting a 2-4 syllable tail is a person, not part of the name
    for (let k = i + 1; k <= j - 2; k++) {
      const tail = j - k;
      if (tail >= 2 && tail <= 4 && has(ctx, k, 'surname') && !has(ctx, k, 'common') && !coversPlace(ctx, i, j, k)) return k;
    }
  }
  return j;
}

/** A surname-led run of 2-4 capitalised syllables that is not a known place: a person, not a commune. */
function looksLikePersonName(ctx: Ctx, i: number): boolean {
  if (!has(ctx, i, 'surname') || longest(ctx, i, 'place')) return false;
  let j = i;
  while (j < ctx.atoms.length && j - i < 5 && ctx.atoms[j].kind === AtomKind.Word && ctx.atoms[j].upper && sameLine(ctx, j)) j++;
  return j - i >= 2 && j - i <= 4;
}

function coversPlace(ctx: Ctx, i: number, j: number, k: number): boolean {
  // the tail starting at k is itself (the start of) a place name: keep it in the org name
  const p = longest(ctx, k, 'place');
  return p !== undefined && p.end >= j;
}

/** Optional level word and place after an office head: "tỉnh Nghệ An", "TP.HCM", "huyện Ninh Hải", "phường 5". */
function parseLevelAndPlace(ctx: Ctx, i: number, org: OrgMention): number {
  let j = i;
  if (!sameLine(ctx, j)) return j;
  // a place alias that includes its level ("TP.HCM") wins over level + place
  const direct = parsePlace(ctx, j, { countries: org.kind === 'body' || org.kind === 'head' });
  const lvl = longest(ctx, j, 'level');
  if (direct && (!lvl || direct.end > lvl.end)) { org.place = direct.name; return direct.end; }
  const num = ctx.atoms[j];
  if (num && num.kind === AtomKind.Number && num.space && !lvl && (org.kind === 'level' || org.kind === 'committee')) { org.place = num.text; return j + 1; }
  if (lvl) {
    const afterLvl = lvl.end;
    const lvlFold = ctx.atoms[j].fold;
    // lower-case level words only ("tỉnh", "huyện"); a capitalised "Tỉnh" starts a new phrase unless a place follows
    const p = parsePlace(ctx, afterLvl, { countries: false });
    if (p) { org.levelWord = lvl.entry.canonical; org.place = p.name; return p.end; }
    const na = ctx.atoms[afterLvl];
    if (na && sameLine(ctx, afterLvl) && na.kind === AtomKind.Number) { org.levelWord = lvl.entry.canonical; org.place = na.text; return afterLvl + 1; }
    if (upperAt(ctx, afterLvl) && sameLine(ctx, afterLvl) && !looksLikePersonName(ctx, afterLvl)) {
      const e = properRun(ctx, afterLvl, 4);
      if (e > afterLvl) { org.levelWord = lvl.entry.canonical; org.place = ctx.key.slice(ctx.atoms[afterLvl].start, ctx.atoms[e - 1].end); return e; }
    }
    if (lvlFold !== 'khu' || true) { org.levelWord = lvl.entry.canonical; return afterLvl; }
  }
  return j;
}

export interface OrgParseOptions { allowLower?: boolean; depth?: number }

/** Parse an organization starting at atom i. */
export function parseOrg(ctx: Ctx, i: number, opts: OrgParseOptions = {}): OrgMention | undefined {
  const depth = opts.depth ?? 0;
  if (depth > 3 || !isWord(ctx, i) || matchesAt(ctx, i).length === 0) return undefined;
  const org = parseOrgCore(ctx, i, opts, depth);
  if (!org) return undefined;
  // "Ủy ban Pháp luật và Tư pháp của Quốc hội", "Hội đồng Dân tộc của Quốc hội"
  const cua = ctx.atoms[org.b];
  if (cua && cua.fold === 'của' && sameLine(ctx, org.b) && (org.kind === 'body' || org.kind === 'sub')) {
    const owner = longest(ctx, org.b + 1, 'org', ['body']);
    if (owner && ctx.atoms[org.b + 1].upper) org.b = owner.end;
  }
  return org;
}

function parseOrgCore(ctx: Ctx, i: number, opts: OrgParseOptions, depth: number): OrgMention | undefined {
  const first = ctx.atoms[i];
  const cands = candidates(ctx, i, 'org');
  for (const c of cands) {
    const e = c.entry;
    const lowerOk = opts.allowLower || first.upper || first.allCaps;
    if (!lowerOk) continue;
    const org: OrgMention = { a: i, b: c.end, kind: e.kind, canonical: e.canonical };
    switch (e.kind) {
      case 'body': {
        // "Chính phủ Nhật Bản", "Bộ Ngoại giao Trung Quốc"
        const p = parsePlace(ctx, c.end, { countries: true });
        if (p && p.kind === 'country') { org.place = p.name; org.b = p.end; }
        return org;
      }
      case 'committee':
      case 'level': {
        if (!first.upper && !first.allCaps && !opts.allowLower) continue;
        org.b = parseLevelAndPlace(ctx, c.end, org);
        return org;
      }
      case 'sub': {
        const parent = parseOrg(ctx, c.end, { allowLower: true, depth: depth + 1 });
        if (parent && sameLine(ctx, c.end)) { org.parent = parent; org.b = parent.b; return org; }
        if (!first.upper && !first.allCaps) continue;
        // a bare sub-body ("Ủy ban Kiểm tra") may still take a level and place: "Ban Dân tộc tỉnh"
        org.b = parseLevelAndPlace(ctx, c.end, org);
        return org;
      }
      case 'head': {
        if (!first.upper && !first.allCaps) continue;
        // the head may be followed by a named body ("Trường Đại học" + "Bách khoa Hà Nội")
        const inner = longest(ctx, c.end, 'org', ['body']);
        if (inner && sameLine(ctx, c.end)) { org.b = inner.end; return org; }
        if (!upperAt(ctx, c.end) && ctx.atoms[c.end]?.kind !== AtomKind.Number) continue;
        if (!sameLine(ctx, c.end)) continue;
        const e2 = properRun(ctx, c.end);
        if (e2 <= c.end) continue;
        org.b = e2;
        return org;
      }
    }
  }
  return undefined;
}

/** Recognize organizations in the atoms not yet covered (roles have claimed their offices already). */
export function recognizeOrganizations(ctx: Ctx): void {
  const n = ctx.atoms.length;
  for (let i = 0; i < n; i++) {
    if (ctx.covered[i] !== COVER.free || !isWord(ctx, i)) continue;
    const a = ctx.atoms[i];
    if (!a.upper && !a.allCaps) continue;
    const org = parseOrg(ctx, i);
    if (!org) continue;
    let free = true;
    for (let k = org.a; k < org.b; k++) if (ctx.covered[k] !== COVER.free) { free = false; break; }
    if (!free) continue;
    addOrgWithParents(ctx, org);
    for (let k = org.a; k < org.b; k++) ctx.covered[k] = COVER.org;
    i = org.b - 1;
  }
}

/** Record an organization mention and the parents written inside it ("Ban Thường vụ Tỉnh ủy" -> also "Tỉnh ủy"). */
export function addOrgWithParents(ctx: Ctx, org: OrgMention): void {
  ctx.orgs.push(org);
  if (org.parent) addOrgWithParents(ctx, org.parent);
}
