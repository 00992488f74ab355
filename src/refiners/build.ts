// Build refiner: group mentions into entities and map every span back to the original text.
//   people: "Lê Tiến Châu" + later "ông Châu" -> one person;  orgs: "Thành ủy Hải Phòng" + "Thành ủy" -> one org
// Linear in the number of mentions: every grouping goes through hash maps keyed by the folded text
// (a name's prefixes and suffixes for given-name references, an organization's head for bare forms).
import { toOriginalSpan, codePointIndexer } from '../text/normalize.js';
import { type Ctx, type OrgMention, type PersonMention, has } from '../context.js';
import type { Atom } from '../segment/tokens.js';

const KINDS_PREFIX: readonly string[] = ['prefix'];
import type { DocumentResult, Mention, Person, Role, Organization, DateMention } from '../types.js';

/**
 * Maps spans (atom indices or key offsets) to the original text and its code point offsets. One object with methods
 * rather than closures: the build makes tens of thousands of mentions, and a method call on one class stays monomorphic.
 */
class Spans {
  private readonly original: string;
  private readonly keyStart: Int32Array;
  private readonly keyEnd: Int32Array;
  /** Code point index of a UTF-16 index. */
  private readonly cp: (utf16: number) => number;

  constructor(private readonly ctx: Ctx, private readonly atoms: Atom[]) {
    this.original = ctx.nt.original;
    this.keyStart = ctx.nt.keyStart;
    this.keyEnd = ctx.nt.keyEnd;
    this.cp = codePointIndexer(this.original);
  }

  /** The mention of key offsets [ka, kb). */
  ofKey(ka: number, kb: number): Mention {
    const s = this.origStart(ka, kb);
    const e = this.origEnd(ka, kb);
    return { text: this.original.slice(s, e), start: this.cp(s), end: this.cp(e) };
  }

  /** The date of key offsets [ka, kb) (its properties in the order of the JSON output). */
  dateOf(ka: number, kb: number, value: string | null): DateMention {
    const s = this.origStart(ka, kb);
    const e = this.origEnd(ka, kb);
    return { text: this.original.slice(s, e), value, start: this.cp(s), end: this.cp(e) };
  }

  /** The mention of atoms [a, b). */
  of(a: number, b: number): Mention { return this.ofKey(this.atoms[a].start, this.atoms[b - 1].end); }

  /** The original text of atoms [a, b) (a role's title: no offsets needed). */
  text(a: number, b: number): string {
    const ka = this.atoms[a].start;
    const kb = this.atoms[b - 1].end;
    return this.original.slice(this.origStart(ka, kb), this.origEnd(ka, kb));
  }

  private origStart(ka: number, kb: number): number { return kb > ka ? this.keyStart[ka] : toOriginalSpan(this.ctx.nt, ka, kb)[0]; }
  private origEnd(ka: number, kb: number): number { return kb > ka ? this.keyEnd[kb - 1] : toOriginalSpan(this.ctx.nt, ka, kb)[1]; }
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
  return cached(foldCache, s, fold);
}

/** What `make` gives for s, kept in `cache` (emptied when it grows past 4,096 strings: bounded memory). */
function cached(cache: Map<string, string>, s: string, make: (s: string) => string): string {
  let v = cache.get(s);
  if (v === undefined) {
    if (cache.size >= 4096) cache.clear();
    v = make(s);
    cache.set(s, v);
  }
  return v;
}

/**
 * An organization's grouping key: its folded canonical name, level word and place joined by "|", then ">" and its parent's
 * key. Most bodies have neither level word, place nor parent, and the canonical names are few, so the key of such a body
 * is made once per name: the same string comes back, with its hash already computed for the maps it is looked up in.
 */
function orgKey(o: OrgMention): string {
  if (!o.levelWord && !o.place && !o.parent) return plainOrgKey(o.canonical);
  const key = `${foldName(o.canonical)}|${o.levelWord ? foldName(o.levelWord) : ''}|${o.place ? foldName(o.place) : ''}`;
  return o.parent ? `${key}>${orgKey(o.parent)}` : key;
}

/** orgKey of a body named by its canonical name alone (the cache is emptied when it grows past 4,096 names). */
const plainKeyCache = new Map<string, string>();
function plainOrgKey(canonical: string): string {
  return cached(plainKeyCache, canonical, makePlainOrgKey);
}
function makePlainOrgKey(canonical: string): string {
  return `${foldName(canonical)}||`;
}

const COURT_LEVELS = new Set(['cấp cao', 'tối cao', 'khu vực']);

/** An organization's key without its level word. */
function placeKey(o: OrgMention): string {
  return `${foldName(o.canonical)}|${foldName(o.place!)}` + (o.parent ? `>${orgKey(o.parent)}` : '');
}

/** `sameHead`: the groups of the same head, the folded canonical name (this one among them), for the merge of bare forms. */
interface OrgGroup { key: string; m0: OrgMention; mentions: Mention[]; sameHead: number[] }

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const arr = m.get(k);
  if (arr) arr.push(v); else m.set(k, [v]);
}

export function buildDocument(ctx: Ctx, source: string, refDate: string | null): DocumentResult {
  const spans = new Spans(ctx, ctx.atoms);
  const { organizations, orgIdOf } = buildOrganizations(ctx, spans);
  const { people, personOfMention } = buildPeople(ctx, spans);

  // ---- roles: one per holder (none: one with no person), numbered in order and listed under their holders
  // (loops rather than map/forEach over arrays that are often empty: an empty array has another map than a full one,
  // and optimized code that met only one of them is thrown away when the other comes, again and again)
  const roles: Role[] = [];
  for (const r of ctx.roles) {
    if (r.weak && r.person === undefined) continue;
    const m = spans.of(r.a, r.b);
    const title = spans.text(r.a, r.titleEnd);
    const organization = r.office ? orgIdOf(r.office) : null;
    const n = roles.length;
    if (r.shared) {
      for (const h of r.shared) if (personOfMention[h] >= 0) addRole(roles, m, title, organization, r.status, people[personOfMention[h]]);
    } else if (r.person !== undefined && personOfMention[r.person] >= 0) addRole(roles, m, title, organization, r.status, people[personOfMention[r.person]]);
    if (roles.length === n) addRole(roles, m, title, organization, r.status, null);
  }

  // ---- dates
  const dates: DateMention[] = [];
  for (const d of ctx.dates) {
    dates.push(spans.dateOf(d.start, d.end, d.value));
  }

  return { source, refDate, people, roles, organizations, dates };
}

/**
 * Entity ids ("p1", "r12", "o3"), made once and shared by every document: the same few hundred strings come back in
 * each one. Up to ID_CACHE of each kind are kept; beyond that (a very long document) they are made as needed.
 */
const PERSON_IDS: string[] = [];
const ROLE_IDS: string[] = [];
const ORG_IDS: string[] = [];
const ID_CACHE = 2000;

/** The id of the n-th entity of a kind, `letter` + n (n from 1). */
function entityId(cache: string[], letter: string, n: number): string {
  if (n > ID_CACHE) return letter + n;
  while (cache.length < n) cache.push(letter + (cache.length + 1));
  return cache[n - 1];
}

/** Append a role held by `person` (and list it under that person), or by nobody. Properties in the order of the JSON output. */
function addRole(roles: Role[], m: Mention, title: string, organization: string | null, status: Role['status'], person: Person | null): void {
  const id = entityId(ROLE_IDS, 'r', roles.length + 1);
  roles.push({ id, text: m.text, title, organization, status, start: m.start, end: m.end, person: person === null ? null : person.id });
  if (person !== null) person.roles.push(id);
}

/**
 * The organizations, numbered in the order they are first met, and the id of the organization a mention (a role's
 * office) belongs to. In steps, each a function of its own (one large function cost TurboFan much to compile):
 * group the mentions by key, merge the forms that name the same body, then list each final group.
 */
function buildOrganizations(ctx: Ctx, spans: Spans): { organizations: Organization[]; orgIdOf: (o: OrgMention) => string | null } {
  const { groups, byKey } = groupOrganizations(ctx, spans);
  const target = minusOnes(groups.length);
  if (groups.length > 1) {
    mergeUnleveledPlaces(groups, target);
    mergeUnplacedParents(groups, target);
    mergeBareForms(groups, target);
  }
  const idOfGroup: string[] = new Array(groups.length);
  const organizations = listOrganizations(groups, target, idOfGroup);
  const orgIdOf = (o: OrgMention): string | null => {
    const g = byKey.get(orgKey(o));
    return g === undefined ? null : idOfGroup[finalGroup(target, g)] ?? null;
  };
  return { organizations, orgIdOf };
}

/** The mentions grouped by orgKey, the groups in the order of their first mention; byKey: the group of each key. */
function groupOrganizations(ctx: Ctx, spans: Spans): { groups: OrgGroup[]; byKey: Map<string, number> } {
  const orgs = ctx.orgs.slice();
  if (orgs.length > 1) orgs.sort(byStartLongestFirst);
  const groups: OrgGroup[] = [];
  const byKey = new Map<string, number>();
  const byHead = new Map<string, number[]>();
  for (const o of orgs) {
    const k = orgKey(o);
    let g = byKey.get(k);
    if (g === undefined) {
      g = groups.length;
      const head = foldName(o.canonical);
      let sameHead = byHead.get(head);
      if (sameHead === undefined) byHead.set(head, (sameHead = []));
      sameHead.push(g);
      groups.push({ key: k, m0: o, mentions: [], sameHead });
      byKey.set(k, g);
    }
    groups[g].mentions.push(spans.of(o.a, o.b));
  }
  return { groups, byKey };
}

/**
 * A place written without its level word ("Sở Y tế Ninh Thuận") is the one body written with it ("Sở Y tế tỉnh Ninh
 * Thuận"); two levels of one place name ("UBND tỉnh Nam Định", "UBND thành phố Nam Định") stay apart.
 */
function mergeUnleveledPlaces(groups: OrgGroup[], target: number[]): void {
  const byPlaceKey = new Map<string, number[]>();
  for (let g = 0; g < groups.length; g++) {
    const m0 = groups[g].m0;
    // (a court level is not an administrative one: "TAND cấp cao tại TP.HCM" is not "TAND TP.HCM")
    if (m0.place && m0.levelWord && !COURT_LEVELS.has(m0.levelWord)) push(byPlaceKey, placeKey(m0), g);
  }
  if (byPlaceKey.size === 0) return;
  for (let g = 0; g < groups.length; g++) {
    const m0 = groups[g].m0;
    if (!m0.place || m0.levelWord || target[g] >= 0) continue;
    const cands = byPlaceKey.get(placeKey(m0));
    if (cands && cands.length === 1) target[g] = cands[0];
  }
}

/**
 * A nested body whose parent is written without its place ("Cơ quan CSĐT Công an tỉnh", "Ban Thường vụ Tỉnh ủy") is the
 * one nested body of the same name whose parent has it ("… Công an tỉnh Thái Nguyên", "Ban Thường vụ Tỉnh ủy Lâm Đồng").
 */
function mergeUnplacedParents(groups: OrgGroup[], target: number[]): void {
  const byNestedName = new Map<string, number[]>();
  for (let g = 0; g < groups.length; g++) {
    const m0 = groups[g].m0;
    if (m0.parent && m0.parent.place && !m0.place) push(byNestedName, `${foldName(m0.canonical)}>${foldName(m0.parent.canonical)}`, g);
  }
  if (byNestedName.size === 0) return;
  for (let g = 0; g < groups.length; g++) {
    const m0 = groups[g].m0;
    if (!m0.parent || m0.parent.place || m0.place || target[g] >= 0) continue;
    const cands = byNestedName.get(`${foldName(m0.canonical)}>${foldName(m0.parent.canonical)}`);
    if (!cands) continue;
    const ok = cands.filter((h) => !m0.parent!.levelWord || groups[h].m0.parent!.levelWord === m0.parent!.levelWord);
    if (ok.length === 1) target[g] = ok[0];
  }
}

/** A bare form merges into the one fuller form of the same head ("Thành ủy" -> "Thành ủy Hải Phòng", "UBND tỉnh" -> "UBND tỉnh Nghệ An"). */
function mergeBareForms(groups: OrgGroup[], target: number[]): void {
  for (let g = 0; g < groups.length; g++) {
    const G = groups[g];
    const m0 = G.m0;
    if (m0.place || m0.parent) continue;
    const sameHead = G.sameHead;
    if (sameHead.length === 1) continue; // (most heads have one form: nothing to merge into)
    const prefix = withoutEmptyParts(G.key);
    let found = -1;
    let many = false;
    for (const h of sameHead) {
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
}

/**
 * One organization per final group, in the order their mentions are first met, each with its mentions sorted and
 * without repeats; idOfGroup gets the id of each final group.
 */
function listOrganizations(groups: OrgGroup[], target: number[], idOfGroup: string[]): Organization[] {
  // each final group's mentions, the groups in the order they are first met (the first group's own array collects them)
  const collected: (Mention[] | undefined)[] = new Array(groups.length);
  const orderedGroups: { g: number; ms: Mention[]; first: number }[] = [];
  for (let g = 0; g < groups.length; g++) {
    const t = finalGroup(target, g);
    const arr = collected[t];
    if (arr === undefined) {
      collected[t] = groups[g].mentions;
      orderedGroups.push({ g: t, ms: groups[g].mentions, first: 0 });
    } else for (const m of groups[g].mentions) arr.push(m);
  }
  for (const og of orderedGroups) og.first = firstStart(og.ms);
  if (!firstsIncrease(orderedGroups)) orderedGroups.sort(byFirst);
  const organizations: Organization[] = [];
  for (const { g, ms } of orderedGroups) {
    if (!sortedByStart(ms)) ms.sort(byStartThenEnd);
    const id = entityId(ORG_IDS, 'o', organizations.length + 1);
    // (most organizations are named once)
    organizations.push({ id, name: ms.length === 1 ? ms[0].text : longestName(ms), mentions: dedupe(ms) });
    idOfGroup[g] = id;
  }
  return organizations;
}

/**
 * An organization's name: its longest mention by NFC length (an NFD text names the same organization), a capitalised
 * one before a lower-case one of the same length ("Công ty Trường Phát", not "công ty Trường Phát").
 */
function longestName(ms: Mention[]): string {
  let name = '';
  let nameLen = 0;
  for (const m of ms) {
    const l = nfcLength(m.text);
    if (l > nameLen || (l === nameLen && UPPER_START.test(m.text) && !UPPER_START.test(name))) { name = m.text; nameLen = l; }
  }
  return name;
}

/** Where group g ends up once merged (targets followed at most four steps). */
function finalGroup(target: number[], g: number): number {
  let t = g;
  for (let s = 0; s < 4 && target[t] >= 0; s++) t = target[t];
  return t;
}

/** An organization key without its empty level word and place ("ủy ban nhân dân||" -> "ủy ban nhân dân"). */
function withoutEmptyParts(key: string): string {
  let e = key.length;
  while (e > 0 && key.charCodeAt(e - 1) === 0x7c) e--;
  return e === key.length ? key : key.slice(0, e);
}

// comparators made once (an arrow function in a call is a new closure at every call)
function byStartLongestFirst(x: OrgMention, y: OrgMention): number { return x.a - y.a || y.b - x.b; }
function byStartThenEnd(x: Mention, y: Mention): number { return x.start - y.start || x.end - y.end; }
function byFirst(x: { first: number }, y: { first: number }): number { return x.first - y.first; }

/** The smallest start of the mentions. */
function firstStart(ms: Mention[]): number {
  let a = Infinity;
  for (const m of ms) if (m.start < a) a = m.start;
  return a;
}

/** Already in byStartThenEnd order (most lists are: sorting them would only cost). */
function sortedByStart(ms: Mention[]): boolean {
  for (let i = 1; i < ms.length; i++) if (byStartThenEnd(ms[i - 1], ms[i]) > 0) return false;
  return true;
}

const UPPER_START = /^\p{Lu}/u;

/** A key made of initials only ("t.a", "n.t.h"). */
const INITIALS_ONLY = /^(?:\p{L}\.){1,4}\p{L}$/u;

/** INITIALS_ONLY, tried only on keys with a dot (most names have none: no regex execution for them). */
function initialsOnly(k: string): boolean { return k.indexOf('.') >= 0 && INITIALS_ONLY.test(k); }

/**
 * n times -1, in a plain array: the per-document tables here hold a few dozen numbers, and a typed array costs more to
 * make (an ArrayBuffer behind it) than such an array.
 */
function minusOnes(n: number): number[] {
  const a: number[] = [];
  for (let i = 0; i < n; i++) a.push(-1);
  return a;
}

/** Already in byFirst order (groups and people are mostly made in the order of their first mention: no sort needed). */
function firstsIncrease(xs: { first: number }[]): boolean {
  for (let i = 1; i < xs.length; i++) if (xs[i].first < xs[i - 1].first) return false;
  return true;
}

/**
 * `full` and `short` hold the starts of the group's mentions in increasing order: full names are taken
 * first, in text order, then given-name references, in text order, so both arrays only grow at the end.
 * `nameLen` is the NFC length of `name`.
 */
interface PersonGroup { name: string; nameLen: number; key: string; mentions: Mention[]; full: number[]; short: number[] }

/**
 * The people, numbered in the order of their first mention, and for each person mention the index of its person. In
 * two steps, each a function of its own (one large function cost TurboFan much to compile, twice per isolate).
 */
function buildPeople(ctx: Ctx, spans: Spans): { people: Person[]; personOfMention: number[] } {
  const persons: PersonGroup[] = [];
  const entityOf = groupPeople(ctx, spans, persons);
  return listPeople(ctx, persons, entityOf);
}

/** Groups the person mentions into `persons`; the group of each mention. */
function groupPeople(ctx: Ctx, spans: Spans, persons: PersonGroup[]): number[] {
  const entityOf = minusOnes(ctx.people.length);
  const personByKey = new Map<string, number>();
  // "a b c" is found under its proper suffixes "b c", "c" and prefixes "a", "a b": a given-name reference
  // ("ông Châu", "Châu") or a surname-and-name one finds its full name in one lookup
  const byPart = new Map<string, Found>();
  const baptisedByKey = new Map<string, number>();
  const aliasOf = otherNames(ctx);
  for (const i of takingOrder(ctx.people, aliasOf)) {
    const p = ctx.people[i];
    const m = spans.of(p.a, p.b);
    const k = personKey(m.text);
    let e = personByKey.get(k) ?? -1;
    const alias = e < 0 && aliasOf !== undefined && aliasOf[i] >= 0 && entityOf[aliasOf[i]] >= 0;
    if (alias) {
      e = entityOf[aliasOf![i]]; personByKey.set(k, e);
      // (the other name's syllables may come back alone: "Ông Vương" after "Wang Jianguo (Vương Kiến Quốc)")
      addNameParts(byPart, k, e);
    }
    // (initials alone, "T.A.", refer to the "Phan T.A." named before)
    if (e < 0 && (p.short || p.n <= 2 || initialsOnly(k))) {
      // a given-name reference: the person whose full name ends (or starts) with these syllables, nearest before, else any
      const found = byPart.get(k);
      if (found !== undefined) e = typeof found === 'number' ? found : nearest(found, persons, m.start);
    }
    // "Giuse Lâm Văn Hiển" and "Lâm Văn Hiển": a baptismal name before a full name is the same person
    const baptised = p.n >= 4 && has(ctx, p.a, 'particle', KINDS_PREFIX) ? k.slice(k.indexOf(' ') + 1) : '';
    if (e < 0 && baptised) e = personByKey.get(baptised) ?? -1;
    if (e < 0 && !p.short && p.n >= 3) e = baptisedByKey.get(k) ?? -1;
    if (e < 0) {
      e = persons.length; personByKey.set(k, e);
      if (baptised) { if (!personByKey.has(baptised)) baptisedByKey.set(baptised, e); }
      // a foreign name's middle word may come back alone ("Ibáñez" of "Carolina Ibáñez Morales")
      if (addNameParts(byPart, k, e) >= 2 && !has(ctx, p.a, 'surname')) addMiddleWords(byPart, k, e);
      // (nameLen 0: the full name's length is taken just below)
      persons.push({ name: m.text, nameLen: p.short ? nfcLength(m.text) : 0, key: k, mentions: [], full: [], short: [] });
    }
    const P = persons[e];
    P.mentions.push(m);
    (p.short ? P.short : P.full).push(m.start);
    entityOf[i] = e;
    if (!p.short && !alias) {
      const len = nfcLength(m.text);
      if (len > P.nameLen) { P.name = m.text; P.nameLen = len; }
    }
  }
  return entityOf;
}

/** The parts of the name key k for person e: at each space, the syllables after it (a suffix), then those before it (a prefix). The number of spaces. */
function addNameParts(byPart: Map<string, Found>, k: string, e: number): number {
  let spaces = 0;
  for (let sp = k.indexOf(' '); sp >= 0; sp = k.indexOf(' ', sp + 1)) {
    addPart(byPart, k.slice(sp + 1), e);
    addPart(byPart, k.slice(0, sp), e);
    spaces++;
  }
  return spaces;
}

/** The words of the name key k between its first and its last, for person e. */
function addMiddleWords(byPart: Map<string, Found>, k: string, e: number): void {
  const syl = k.split(' ');
  for (let s = 1; s < syl.length - 1; s++) addPart(byPart, syl[s], e);
}

/** The people in the order of their first mention, each mention's person index (from its group in entityOf). */
function listPeople(ctx: Ctx, persons: PersonGroup[], entityOf: number[]): { people: Person[]; personOfMention: number[] } {
  const sorted: { x: PersonGroup; idx: number; first: number }[] = [];
  for (let idx = 0; idx < persons.length; idx++) {
    const x = persons[idx];
    sorted.push({ x, idx, first: Math.min(x.full.length ? x.full[0] : Infinity, x.short.length ? x.short[0] : Infinity) });
  }
  if (!firstsIncrease(sorted)) sorted.sort(byFirst);
  const indexOfEntity = minusOnes(persons.length);
  const people: Person[] = [];
  for (let n = 0; n < sorted.length; n++) {
    const { x, idx } = sorted[n];
    indexOfEntity[idx] = n;
    if (!startsIncrease(x.mentions)) x.mentions.sort(byStart);
    people.push({ id: entityId(PERSON_IDS, 'p', n + 1), name: x.name, mentions: x.mentions, roles: [] as string[] });
  }
  const personOfMention: number[] = [];
  for (let i = 0; i < ctx.people.length; i++) personOfMention.push(entityOf[i] >= 0 ? indexOfEntity[entityOf[i]] : -1);
  return { people, personOfMention };
}

/**
 * "ông Zhou Weiming (Chu Vĩ Minh)": a name in parentheses right after a name is the same person's other name. For each
 * such name, the index of the name before it (-1 for the others); undefined when the document has none (most).
 */
function otherNames(ctx: Ctx): Int32Array | undefined {
  let aliasOf: Int32Array | undefined;
  let byEnd: Map<number, number> | undefined; // built on first use
  for (let i = 0; i < ctx.people.length; i++) {
    const p = ctx.people[i];
    // (or goes on with other details: "bà Zhang Lihua (Trương Lệ Hoa, 63 tuổi, …)")
    if (p.a > 0 && ctx.atoms[p.a - 1].text === '(' && (ctx.atoms[p.b]?.text === ')' || ctx.atoms[p.b]?.text === ',') && p.n >= 2) {
      if (!byEnd) { byEnd = new Map(); for (let j = 0; j < ctx.people.length; j++) if (!byEnd.has(ctx.people[j].b)) byEnd.set(ctx.people[j].b, j); }
      const j = byEnd.get(p.a - 1);
      if (j !== undefined) (aliasOf ??= new Int32Array(ctx.people.length).fill(-1))[i] = j;
    }
  }
  return aliasOf;
}

/**
 * The order in which the mentions are taken: full names before given-name references, each in text order. An other
 * name (aliasOf) is taken right after the name it follows, and a name with an other name after it is taken with the
 * full names ("Wang Jianguo (Vương Kiến Quốc)"), so that a later "Ông Vương" finds it.
 */
function takingOrder(people: PersonMention[], aliasOf: Int32Array | undefined): number[] {
  const order: number[] = [];
  if (aliasOf === undefined && inTextOrder(people)) {
    // (most documents: no other name, and the mentions in text order already; no sort needed)
    for (let i = 0; i < people.length; i++) if (!people[i].short) order.push(i);
    for (let i = 0; i < people.length; i++) if (people[i].short) order.push(i);
    return order;
  }
  for (let i = 0; i < people.length; i++) order.push(i);
  const isLead = new Uint8Array(people.length);
  if (aliasOf) for (let i = 0; i < aliasOf.length; i++) if (aliasOf[i] >= 0) isLead[aliasOf[i]] = 1;
  const leadIdx = (i: number) => (aliasOf !== undefined && aliasOf[i] >= 0 ? aliasOf[i] : i);
  const shortKey = (i: number) => (people[leadIdx(i)].short && !isLead[leadIdx(i)] ? 1 : 0);
  const late = (i: number) => (aliasOf !== undefined && aliasOf[i] >= 0 ? 1 : 0);
  if (order.length > 1) order.sort((x, y) => shortKey(x) - shortKey(y) || people[leadIdx(x)].a - people[leadIdx(y)].a || late(x) - late(y));
  return order;
}

/** The mentions' first atoms never decrease (the recognizer lists them in text order). */
function inTextOrder(people: PersonMention[]): boolean {
  for (let i = 1; i < people.length; i++) if (people[i].a < people[i - 1].a) return false;
  return true;
}

/** The starts never decrease (already in byStart order: sorting would only cost). */
function startsIncrease(ms: Mention[]): boolean {
  for (let i = 1; i < ms.length; i++) if (ms[i].start < ms[i - 1].start) return false;
  return true;
}

function byStart(x: Mention, y: Mention): number { return x.start - y.start; }

/** A person's grouping key: the folded name without the dots and white space after it ("T.A." -> "t.a"). */
function personKey(name: string): string {
  const k = fold(name);
  let e = k.length;
  while (e > 0 && (k.charCodeAt(e - 1) === 0x2e || isSpace(k.charCodeAt(e - 1)))) e--;
  return e === k.length ? k : k.slice(0, e);
}

/** What \s matches. */
function isSpace(c: number): boolean {
  if (c < 0xa0) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Length of a text in NFC (ASCII and NFC texts are measured as they are). */
function nfcLength(s: string): number {
  for (let k = 0; k < s.length; k++) if (s.charCodeAt(k) >= 0x300 && s.charCodeAt(k) <= 0x36f) return s.normalize('NFC').length;
  return s.length;
}

/**
 * What a part finds: the one person (most parts), or the people in the order they came, none twice in a row (a number
 * rather than a one-element array: a megabyte of text has tens of thousands of parts, most of one person).
 */
type Found = number | number[];

function addPart(m: Map<string, Found>, part: string, e: number): void {
  const found = m.get(part);
  if (found === undefined) m.set(part, e);
  else if (typeof found === 'number') { if (found !== e) m.set(part, [found, e]); }
  else if (found[found.length - 1] !== e) found.push(e);
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

/** The mentions without repeats of one span (sorted by start then end: repeats are adjacent); most lists have none. */
function dedupe(ms: Mention[]): Mention[] {
  let i = 1;
  while (i < ms.length && (ms[i].start !== ms[i - 1].start || ms[i].end !== ms[i - 1].end)) i++;
  if (i >= ms.length) return ms;
  const out = ms.slice(0, i);
  for (; i < ms.length; i++) if (ms[i].start !== ms[i - 1].start || ms[i].end !== ms[i - 1].end) out.push(ms[i]);
  return out;
}

export type { PersonMention };
