// Build refiner: group mentions into entities and map every span back to the original text.
//   people: "Lê Tiến Châu" + later "ông Châu" -> one person;  orgs: "Thành ủy Hải Phòng" + "Thành ủy" -> one org
// Linear in the number of mentions: every grouping goes through hash maps keyed by the folded text
// (a name's prefixes and suffixes for given-name references, an organization's head for bare forms).
import { toOriginalSpan, codePointIndexer } from '../text/normalize.js';
import { type Ctx, type OrgMention, type PersonMention, has } from '../context.js';

const KINDS_PREFIX: readonly string[] = ['prefix'];
import type { DocumentResult, Mention, Person, Role, Organization, DateMention } from '../types.js';

interface Mapper { (a: number, b: number): Mention }

function mapper(ctx: Ctx): Mapper {
  const cp = codePointIndexer(ctx.nt.original);
  const { nt } = ctx;
  return (ka: number, kb: number) => {
    let s: number;
    let e: number;
    if (kb > ka) { s = nt.keyStart[ka]; e = nt.keyEnd[kb - 1]; } else [s, e] = toOriginalSpan(nt, ka, kb);
    return { text: nt.original.slice(s, e), start: cp(s), end: cp(e) };
  };
}

const SPACES = /\s+/gu;
/** Lower case, whitespace runs collapsed to one space, trimmed. */
function fold(s: string): string {
  const l = s.toLowerCase();
  return plainSpaces(l) ? l : l.replace(SPACES, ' ').trim();
}

/** No whitespace but single inner spaces: nothing for fold to collapse or trim. */
function plainSpaces(s: string): boolean {
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (i === 0 || i === n - 1 || s.charCodeAt(i - 1) === 32) return false;
    } else if (c < 32 || c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
      c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff) return false;
  }
  return true;
}

/**
 * fold of an organization's canonical name, level word or place: few distinct strings (mostly the dictionary's own),
 * met again in every document, so they are folded once (the cache is emptied when it grows past 4,096 strings).
 */
const foldCache = new Map<string, string>();
function foldName(s: string): string {
  let f = foldCache.get(s);
  if (f === undefined) {
    if (foldCache.size >= 4096) foldCache.clear();
    f = fold(s);
    foldCache.set(s, f);
  }
  return f;
}

function orgKey(o: OrgMention): string {
  const parts = [foldName(o.canonical), o.levelWord ? foldName(o.levelWord) : '', o.place ? foldName(o.place) : ''];
  return parts.join('|') + (o.parent ? `>${orgKey(o.parent)}` : '');
}

const COURT_LEVELS = new Set(['cấp cao', 'tối cao', 'khu vực']);

/** An organization's key without its level word. */
function placeKey(o: OrgMention): string {
  return `${fold(o.canonical)}|${fold(o.place!)}` + (o.parent ? `>${orgKey(o.parent)}` : '');
}

interface OrgGroup { key: string; head: string; m0: OrgMention; mentions: Mention[] }

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const arr = m.get(k);
  if (arr) arr.push(v); else m.set(k, [v]);
}

export function buildDocument(ctx: Ctx, source: string, refDate: string | null): DocumentResult {
  const map = mapper(ctx);
  const span = (a: number, b: number) => map(ctx.atoms[a].start, ctx.atoms[b - 1].end);
  const { organizations, orgIdOf } = buildOrganizations(ctx, span);
  const { people, personIdOfMention } = buildPeople(ctx, span);

  // ---- roles
  const roles: Role[] = [];
  for (const r of ctx.roles) {
    if (r.weak && r.person === undefined) continue;
    const m = span(r.a, r.b);
    const titleM = span(r.a, r.titleEnd);
    const holders = r.shared ?? (r.person !== undefined ? [r.person] : []);
    const pids: string[] = [];
    for (const h of holders) { const id = personIdOfMention[h]; if (id) pids.push(id); }
    const base = { text: m.text, title: titleM.text, organization: r.office ? orgIdOf(r.office) : null, status: r.status, start: m.start, end: m.end };
    if (pids.length === 0) roles.push({ id: '', ...base, person: null });
    for (const pid of pids) roles.push({ id: '', ...base, person: pid });
  }
  // (loops rather than map/forEach over arrays that are often empty: an empty array has another map than a full one,
  // and optimized code that met only one of them is thrown away when the other comes, again and again)
  const personById = new Map<string, Person>();
  for (let k = 0; k < people.length; k++) personById.set(people[k].id, people[k]);
  for (let i = 0; i < roles.length; i++) {
    const r = roles[i];
    r.id = `r${i + 1}`;
    if (!r.person) continue;
    const p = personById.get(r.person);
    if (p && !p.roles.includes(r.id)) p.roles.push(r.id);
  }

  // ---- dates
  const dates: DateMention[] = [];
  for (const d of ctx.dates) {
    const m = map(d.start, d.end);
    dates.push({ text: m.text, value: d.value, start: m.start, end: m.end });
  }

  return { source, refDate, people, roles, organizations, dates };
}

function buildOrganizations(ctx: Ctx, span: (a: number, b: number) => Mention): { organizations: Organization[]; orgIdOf: (o: OrgMention) => string | null } {
  const orgs = ctx.orgs.slice();
  if (orgs.length > 1) orgs.sort((x, y) => x.a - y.a || y.b - x.b);
  const groups: OrgGroup[] = [];
  const byKey = new Map<string, number>();
  const byHead = new Map<string, number[]>();
  const keyOf = new Map<OrgMention, string>(); // orgKey of each mention, again for the roles' offices (orgIdOf)
  for (const o of orgs) {
    const k = orgKey(o);
    keyOf.set(o, k);
    let g = byKey.get(k);
    if (g === undefined) {
      g = groups.length;
      const head = foldName(o.canonical);
      groups.push({ key: k, head, m0: o, mentions: [] });
      byKey.set(k, g);
      push(byHead, head, g);
    }
    groups[g].mentions.push(span(o.a, o.b));
  }
  const target = new Int32Array(groups.length).fill(-1);
  // a place written without its level word ("Sở Y tế Ninh Thuận") is the one body written with it ("Sở Y tế tỉnh Ninh Thuận");
  // two levels of one place name ("UBND tỉnh Nam Định", "UBND thành phố Nam Định") stay apart
  const byPlaceKey = new Map<string, number[]>();
  for (let g = 0; g < groups.length; g++) {
    const m0 = groups[g].m0;
    // (a court level is not an administrative one: "TAND cấp cao tại TP.HCM" is not "TAND TP.HCM")
    if (m0.place && m0.levelWord && !COURT_LEVELS.has(m0.levelWord)) push(byPlaceKey, placeKey(m0), g);
  }
  for (let g = 0; g < groups.length; g++) {
    const m0 = groups[g].m0;
    if (!m0.place || m0.levelWord || target[g] >= 0) continue;
    const cands = byPlaceKey.get(placeKey(m0));
    if (cands && cands.length === 1) target[g] = cands[0];
  }
  // a nested body whose parent is written without its place ("Cơ quan CSĐT Công an tỉnh", "Ban Thường vụ Tỉnh ủy") is the one
  // nested body of the same name whose parent has it ("… Công an tỉnh Thái Nguyên", "Ban Thường vụ Tỉnh ủy Lâm Đồng")
  const byNestedName = new Map<string, number[]>();
  for (let g = 0; g < groups.length; g++) {
    const m0 = groups[g].m0;
    if (m0.parent && m0.parent.place && !m0.place) push(byNestedName, `${fold(m0.canonical)}>${fold(m0.parent.canonical)}`, g);
  }
  for (let g = 0; g < groups.length; g++) {
    const m0 = groups[g].m0;
    if (!m0.parent || m0.parent.place || m0.place || target[g] >= 0) continue;
    const cands = byNestedName.get(`${fold(m0.canonical)}>${fold(m0.parent.canonical)}`);
    if (!cands) continue;
    const ok = cands.filter((h) => !m0.parent!.levelWord || groups[h].m0.parent!.levelWord === m0.parent!.levelWord);
    if (ok.length === 1) target[g] = ok[0];
  }
  // merge a bare form into the one fuller form of the same head ("Thành ủy" -> "Thành ủy Hải Phòng", "UBND tỉnh" -> "UBND tỉnh Nghệ An")
  for (let g = 0; g < groups.length; g++) {
    const G = groups[g];
    const m0 = G.m0;
    if (m0.place || m0.parent) continue;
    const prefix = G.key.replace(/\|+$/u, '');
    let found = -1;
    let many = false;
    for (const h of byHead.get(G.head)!) {
      if (h === g) continue;
      const H = groups[h];
      const fuller = (H.key !== G.key && H.key.startsWith(prefix)) ||
        (!!(H.m0.place || H.m0.parent) && (!m0.levelWord || H.m0.levelWord === m0.levelWord));
      if (!fuller) continue;
      const hf = target[h] >= 0 ? target[h] : h;
      if (found >= 0 && found !== hf) { many = true; break; }
      found = hf;
    }
    if (found >= 0 && !many) target[g] = found;
  }
  const finalGroup = (g: number) => { let t = g; for (let s = 0; s < 4 && target[t] >= 0; s++) t = target[t]; return t; };
  const collected = new Map<number, Mention[]>();
  for (let g = 0; g < groups.length; g++) {
    const t = finalGroup(g);
    let arr = collected.get(t);
    if (!arr) { arr = []; collected.set(t, arr); }
    for (const m of groups[g].mentions) arr.push(m);
  }
  const firstStart = (ms: Mention[]) => { let a = Infinity; for (const m of ms) if (m.start < a) a = m.start; return a; };
  const orderedGroups: { g: number; ms: Mention[]; first: number }[] = [];
  for (const [g, ms] of collected) orderedGroups.push({ g, ms, first: firstStart(ms) });
  if (orderedGroups.length > 1) orderedGroups.sort((x, y) => x.first - y.first);
  const organizations: Organization[] = [];
  const orgIdOfGroup = new Map<number, string>();
  for (const { g, ms } of orderedGroups) {
    ms.sort((x, y) => x.start - y.start || x.end - y.end);
    let name = '';
    // (the longest mention by its NFC length: an NFD text names the same organization)
    let nameLen = 0;
    // (a capitalised one before a lower-case one of the same length: "Công ty Trường Phát", not "công ty Trường Phát")
    for (const m of ms) {
      const l = nfcLength(m.text);
      if (l > nameLen || (l === nameLen && UPPER_START.test(m.text) && !UPPER_START.test(name))) { name = m.text; nameLen = l; }
    }
    const id = `o${organizations.length + 1}`;
    organizations.push({ id, name, mentions: dedupe(ms) });
    orgIdOfGroup.set(g, id);
  }
  const orgIdOf = (o: OrgMention): string | null => {
    const g = byKey.get(keyOf.get(o) ?? orgKey(o));
    return g === undefined ? null : orgIdOfGroup.get(finalGroup(g)) ?? null;
  };
  return { organizations, orgIdOf };
}

const UPPER_START = /^\p{Lu}/u;

/** A key made of initials only ("t.a", "n.t.h"). */
const INITIALS_ONLY = /^(?:\p{L}\.){1,4}\p{L}$/u;

/**
 * `full` and `short` hold the starts of the group's mentions in increasing order: full names are taken
 * first, in text order, then given-name references, in text order, so both arrays only grow at the end.
 */
interface PersonGroup { name: string; key: string; mentions: Mention[]; full: number[]; short: number[] }

function buildPeople(ctx: Ctx, span: (a: number, b: number) => Mention): { people: Person[]; personIdOfMention: (string | undefined)[] } {
  const persons: PersonGroup[] = [];
  const entityOf = new Int32Array(ctx.people.length).fill(-1);
  const personByKey = new Map<string, number>();
  // "a b c" is found under its proper suffixes "b c", "c" and prefixes "a", "a b": a given-name reference
  // ("ông Châu", "Châu") or a surname-and-name one finds its full name in one lookup
  const byPart = new Map<string, number[]>();
  const baptisedByKey = new Map<string, number>();
  const order: { p: PersonMention; i: number }[] = [];
  for (let i = 0; i < ctx.people.length; i++) order.push({ p: ctx.people[i], i });
  // "ông Zhou Weiming (Chu Vĩ Minh)": a name in parentheses right after a name is the same person's other name (taken
  // last, once the name before it has its person)
  let aliasOf: Int32Array | undefined;
  let byEnd: Map<number, number> | undefined; // built on first use: most documents have no name in parentheses after a name
  for (let i = 0; i < ctx.people.length; i++) {
    const p = ctx.people[i];
    // (or goes on with other details: "bà Zhang Lihua (Trương Lệ Hoa, 63 tuổi, …)")
    if (p.a > 0 && ctx.atoms[p.a - 1].text === '(' && (ctx.atoms[p.b]?.text === ')' || ctx.atoms[p.b]?.text === ',') && p.n >= 2) {
      if (!byEnd) { byEnd = new Map(); for (let j = 0; j < ctx.people.length; j++) if (!byEnd.has(ctx.people[j].b)) byEnd.set(ctx.people[j].b, j); }
      const j = byEnd.get(p.a - 1);
      if (j !== undefined) (aliasOf ??= new Int32Array(ctx.people.length).fill(-1))[i] = j;
    }
  }
  // (an other name is taken right after the name it follows)
  // (a name with an other name after it is taken with the full names, "Wang Jianguo (Vương Kiến Quốc)", so that a later
  // "Ông Vương" finds it)
  const isLead = new Uint8Array(ctx.people.length);
  if (aliasOf) for (let i = 0; i < aliasOf.length; i++) if (aliasOf[i] >= 0) isLead[aliasOf[i]] = 1;
  const leadIdx = (i: number) => (aliasOf !== undefined && aliasOf[i] >= 0 ? aliasOf[i] : i);
  const shortKey = (i: number) => (ctx.people[leadIdx(i)].short && !isLead[leadIdx(i)] ? 1 : 0);
  const late = (i: number) => (aliasOf !== undefined && aliasOf[i] >= 0 ? 1 : 0);
  if (order.length > 1) order.sort((x, y) => shortKey(x.i) - shortKey(y.i) || ctx.people[leadIdx(x.i)].a - ctx.people[leadIdx(y.i)].a || late(x.i) - late(y.i));
  for (const { p, i } of order) {
    const m = span(p.a, p.b);
    const k = fold(m.text).replace(/[.\s]+$/u, '');
    let e = personByKey.get(k) ?? -1;
    const alias = e < 0 && aliasOf !== undefined && aliasOf[i] >= 0 && entityOf[aliasOf[i]] >= 0;
    if (alias) {
      e = entityOf[aliasOf![i]]; personByKey.set(k, e);
      // (the other name's syllables may come back alone: "Ông Vương" after "Wang Jianguo (Vương Kiến Quốc)")
      for (let sp = k.indexOf(' '); sp >= 0; sp = k.indexOf(' ', sp + 1)) { addPart(byPart, k.slice(sp + 1), e); addPart(byPart, k.slice(0, sp), e); }
    }
    // (initials alone, "T.A.", refer to the "Phan T.A." named before)
    if (e < 0 && (p.short || p.n <= 2 || INITIALS_ONLY.test(k))) {
      // a given-name reference: the person whose full name ends (or starts) with these syllables, nearest before, else any
      const cands = byPart.get(k);
      if (cands && cands.length) e = nearest(cands, persons, m.start);
    }
    // "Giuse Lâm Văn Hiển" and "Lâm Văn Hiển": a baptismal name before a full name is the same person
    const baptised = p.n >= 4 && has(ctx, p.a, 'particle', KINDS_PREFIX) ? k.slice(k.indexOf(' ') + 1) : '';
    if (e < 0 && baptised) e = personByKey.get(baptised) ?? -1;
    if (e < 0 && !p.short && p.n >= 3) e = baptisedByKey.get(k) ?? -1;
    if (e < 0) {
      e = persons.length; personByKey.set(k, e);
      if (baptised) { if (!personByKey.has(baptised)) baptisedByKey.set(baptised, e); }
      // at each space: the syllables after it (a suffix), then those before it (a prefix)
      let spaces = 0;
      for (let sp = k.indexOf(' '); sp >= 0; sp = k.indexOf(' ', sp + 1)) {
        addPart(byPart, k.slice(sp + 1), e);
        addPart(byPart, k.slice(0, sp), e);
        spaces++;
      }
      // a foreign name's middle word may come back alone ("Ibáñez" of "Carolina Ibáñez Morales")
      if (spaces >= 2 && !has(ctx, p.a, 'surname')) {
        const syl = k.split(' ');
        for (let s = 1; s < syl.length - 1; s++) addPart(byPart, syl[s], e);
      }
      persons.push({ name: m.text, key: k, mentions: [], full: [], short: [] });
    }
    const P = persons[e];
    P.mentions.push(m);
    (p.short ? P.short : P.full).push(m.start);
    entityOf[i] = e;
    if (!p.short && !alias && nfcLength(m.text) > nfcLength(P.name)) P.name = m.text;
  }
  const firstOf = (x: PersonGroup) => Math.min(x.full.length ? x.full[0] : Infinity, x.short.length ? x.short[0] : Infinity);
  const sorted: { x: PersonGroup; idx: number }[] = [];
  for (let idx = 0; idx < persons.length; idx++) sorted.push({ x: persons[idx], idx });
  if (sorted.length > 1) sorted.sort((a, b) => firstOf(a.x) - firstOf(b.x));
  const idOfEntity: string[] = new Array(persons.length);
  const people: Person[] = [];
  for (let n = 0; n < sorted.length; n++) {
    const { x, idx } = sorted[n];
    const id = `p${n + 1}`;
    idOfEntity[idx] = id;
    people.push({ id, name: x.name, mentions: x.mentions.sort((a, b) => a.start - b.start), roles: [] as string[] });
  }
  const personIdOfMention: (string | undefined)[] = new Array(ctx.people.length);
  for (let i = 0; i < ctx.people.length; i++) personIdOfMention[i] = entityOf[i] >= 0 ? idOfEntity[entityOf[i]] : undefined;
  return { people, personIdOfMention };
}

/** Length of a text in NFC (ASCII and NFC texts are measured as they are). */
function nfcLength(s: string): number {
  for (let k = 0; k < s.length; k++) if (s.charCodeAt(k) >= 0x300 && s.charCodeAt(k) <= 0x36f) return s.normalize('NFC').length;
  return s.length;
}

function addPart(m: Map<string, number[]>, part: string, e: number): void {
  const arr = m.get(part);
  if (!arr) m.set(part, [e]);
  else if (arr[arr.length - 1] !== e) arr.push(e);
}

/** The candidate with the mention nearest to `at`, earlier mentions preferred (a later one counts double). */
function nearest(idxs: number[], persons: PersonGroup[], at: number): number {
  let best = idxs[0];
  let bestD = Infinity;
  for (const i of idxs) {
    const d = Math.min(distance(persons[i].full, at), distance(persons[i].short, at));
    if (d < bestD) { bestD = d; best = i; }
  }
  return best;
}

/** Distance from `at` to the nearest of the sorted starts `s`: at - start before it, twice start - at after it. */
function distance(s: number[], at: number): number {
  let lo = 0;
  let hi = s.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (s[mid] <= at) lo = mid + 1; else hi = mid; }
  let d = Infinity;
  if (lo > 0) d = at - s[lo - 1];
  if (lo < s.length) d = Math.min(d, (s[lo] - at) * 2);
  return d;
}

function dedupe(ms: Mention[]): Mention[] {
  // sorted by start then end: duplicates are adjacent
  return ms.filter((m, i) => i === 0 || m.start !== ms[i - 1].start || m.end !== ms[i - 1].end);
}

export type { PersonMention };
