// The analysis context shared by the recognizers and refiners of one document.
import type { NormalizedText } from './text/normalize.js';
import { type Atom, AtomKind } from './segment/tokens.js';
import { type Lexicon, type Entry, type SpanMatch, type Category, catBit } from './lexicon/lexicon.js';

export interface Span { a: number; b: number } // atom indices, b exclusive

export interface OrgMention extends Span {
  kind: string;              // body | committee | level | sub | head
  canonical: string;         // expansion of the head (e.g. "Ủy ban nhân dân" for UBND)
  levelWord?: string;        // "tỉnh", "huyện" ...
  place?: string;            // canonical place name when one is written
  parent?: OrgMention;       // for nested bodies: the parent written inside
}

export interface RoleMention extends Span {
  titleEnd: number;          // atom index where the office starts (== b when there is none)
  head: Entry;
  status: 'former' | 'new' | null;
  office?: OrgMention;
  officePlace?: string;      // "Tổng thống Mỹ": the country/place written as the office
  weak: boolean;             // lowercase head without office: kept only when linked to a person
  person?: number;           // index into ctx.people after linking
  shared?: number[];         // a shared role before a colon: every holder
  rank: boolean;
}

export interface PersonMention extends Span {
  /** Number of name syllables (without honorific). */
  n: number;
  cue: boolean;              // preceded or followed by an honorific, a role, a rank or a prefix
  short: boolean;            // a given-name reference ("ông Châu")
  byline: boolean;
  entity?: number;
}

// One factory per mention type, every property present in a fixed order (undefined where absent): the recognizers
// create mentions in many places, and the code that reads them (link, build) stays fast only while V8 sees one shape.

export function orgMention(a: number, b: number, kind: string, canonical: string): OrgMention {
  return { a, b, kind, canonical, levelWord: undefined, place: undefined, parent: undefined };
}

export function roleMention(a: number, b: number, titleEnd: number, head: Entry, status: 'former' | 'new' | null, office: OrgMention | undefined,
  officePlace: string | undefined, weak: boolean, rank: boolean): RoleMention {
  return { a, b, titleEnd, head, status, office, officePlace, weak, person: undefined, shared: undefined, rank };
}

export function personMention(a: number, b: number, n: number, cue: boolean, short: boolean, byline: boolean): PersonMention {
  return { a, b, n, cue, short, byline, entity: undefined };
}

export interface DateFound { start: number; end: number; value: string | null } // key offsets

export interface Ctx {
  nt: NormalizedText;
  key: string;
  atoms: Atom[];
  lex: Lexicon;
  sentenceOf: Int32Array;
  covered: Uint8Array;
  roles: RoleMention[];
  orgs: OrgMention[];
  people: PersonMention[];
  dates: DateFound[];
  refDate?: string;
  matchCache: (SpanMatch[] | null | undefined)[];
  /** Per atom, the catBit of every category among the dictionary matches that start there (see matchAll). */
  startCats: Uint16Array;
}

export const COVER = { free: 0, role: 1, org: 2, date: 3, person: 4 } as const;

const NONE: SpanMatch[] = [];

/**
 * Every atom's dictionary matches, in one pass when the context is made (matchCache and startCats): one tight loop
 * over the trie is several times cheaper than the same look-ups scattered through the recognizers, and startCats
 * lets startsCat, has, longest and candidates reject an atom without looking at its matches.
 */
export function matchAll(atoms: Atom[], lex: Lexicon): { matchCache: (SpanMatch[] | null)[]; startCats: Uint16Array } {
  const n = atoms.length;
  const matchCache = new Array<SpanMatch[] | null>(n).fill(null);
  const startCats = new Uint16Array(n);
  for (let i = 0; i < n; i++) {
    if (atoms[i].kind === AtomKind.Punct) continue;
    const found = lex.matchSpans(atoms, i, startCats);
    if (found.length !== 0) matchCache[i] = found;
  }
  return { matchCache, startCats };
}

/** The dictionary matches starting at atom i, shortest first; each ends at i + len. Shared arrays: never mutate them. */
export function matchesAt(ctx: Ctx, i: number): SpanMatch[] {
  let m = ctx.matchCache[i];
  if (m === undefined) {
    const found = i < ctx.atoms.length && ctx.atoms[i].kind !== AtomKind.Punct ? ctx.lex.matchSpans(ctx.atoms, i) : NONE;
    m = found.length ? found : null;
    ctx.matchCache[i] = m;
  }
  return m ?? NONE;
}

/** Matches at i for a category (and kinds), longest first (a shared empty array when none: never mutate the result). */
export function candidates(ctx: Ctx, i: number, cat: Category, kinds?: readonly string[]): { end: number; entry: Entry }[] {
  const bit = catBit(cat);
  if ((ctx.startCats[i] & bit) === 0) return NO_CANDIDATES;
  const ms = matchesAt(ctx, i);
  let out: { end: number; entry: Entry }[] | undefined;
  for (let k = ms.length - 1; k >= 0; k--) {
    if ((ms[k].cats & bit) === 0) continue;
    const e = firstOf(ms[k].entries, cat, kinds);
    if (e) (out ??= []).push({ end: i + ms[k].len, entry: e });
  }
  return out ?? NO_CANDIDATES;
}

/** What candidates returns when nothing matches (shared: never mutate a result). */
const NO_CANDIDATES: { end: number; entry: Entry }[] = [];

function firstOf(entries: Entry[], cat: Category, kinds?: readonly string[]): Entry | undefined {
  for (let x = 0; x < entries.length; x++) {
    const e = entries[x];
    if (e.cat === cat && (!kinds || kinds.includes(e.kind))) return e;
  }
  return undefined;
}

export function longest(ctx: Ctx, i: number, cat: Category, kinds?: readonly string[]): { end: number; entry: Entry } | undefined {
  const bit = catBit(cat);
  if ((ctx.startCats[i] & bit) === 0) return undefined;
  const ms = matchesAt(ctx, i);
  for (let k = ms.length - 1; k >= 0; k--) {
    if ((ms[k].cats & bit) === 0) continue;
    const e = firstOf(ms[k].entries, cat, kinds);
    if (e) return { end: i + ms[k].len, entry: e };
  }
  return undefined;
}

export function has(ctx: Ctx, i: number, cat: Category, kinds?: readonly string[], end?: number): boolean {
  const bit = catBit(cat);
  if ((ctx.startCats[i] & bit) === 0) return false;
  const ms = matchesAt(ctx, i);
  for (let k = 0; k < ms.length; k++) {
    if ((ms[k].cats & bit) === 0) continue;
    if (end !== undefined && i + ms[k].len !== end) continue;
    // (any kind: the match's category bits say that one of its entries has the category)
    if (kinds === undefined || firstOf(ms[k].entries, cat, kinds)) return true;
  }
  return false;
}

/** Some dictionary entry of this category starts at atom i (any length, any kind). */
export function startsCat(ctx: Ctx, i: number, cat: Category): boolean {
  return (ctx.startCats[i] & catBit(cat)) !== 0;
}

export function isWord(ctx: Ctx, i: number): boolean {
  const a = ctx.atoms[i];
  return a !== undefined && a.kind === AtomKind.Word;
}

/** Atom i continues the previous one on the same line (no line break between). */
export function sameLine(ctx: Ctx, i: number): boolean {
  const a = ctx.atoms[i];
  return a !== undefined && !a.newline;
}

export function atomText(ctx: Ctx, a: number, b: number): string {
  if (b <= a) return '';
  return ctx.key.slice(ctx.atoms[a].start, ctx.atoms[b - 1].end);
}
