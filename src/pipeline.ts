// The pipeline: an ordered list of small stages over one analysis context.
//   normalize -> segment (atoms, Title Case lines, sentences) -> recognize roles -> organizations -> dates -> people -> link -> build
// Recognizers propose spans and claim atoms; refiners resolve links; `build` maps every span back to
// the original text (code points, end exclusive) and groups mentions into entities.
import { normalizeShared, toOriginalSpan, codePointIndexer } from './text/normalize.js';
import { atomize } from './segment/tokens.js';
import { splitSentences } from './segment/sentences.js';
import { lowerTitleCaseLines } from './segment/titlecase.js';
import { loadLexicon, type Lexicon } from './lexicon/lexicon.js';
import { type Ctx, matchAll } from './context.js';
import { recognizeRoles } from './recognizers/roles.js';
import { recognizeOrganizations } from './recognizers/organizations.js';
import { recognizePeople } from './recognizers/people.js';
import { findDates, findDateline } from './recognizers/dates.js';
import { linkPeopleAndRoles } from './refiners/link.js';
import { buildDocument } from './refiners/build.js';
import type { DocumentResult, EntityType } from './types.js';
import { ENTITY_TYPES } from './types.js';

export interface ExtractOptions {
  /** Name of the input, copied to `source`. */
  source?: string;
  /** YYYY-MM-DD, or "auto" to take it from the article's dateline. */
  refDate?: string;
  /** Which entity lists to fill (default: all). */
  types?: readonly EntityType[];
  /** Extra dictionary files (same formats as dictionaries/). */
  dictionaries?: string[];
  /** A preloaded lexicon (overrides `dictionaries`). */
  lexicon?: Lexicon;
  /** Encoding the text was decoded from, reported in the document. */
  encoding?: string;
}

export interface Stage { name: string; run(ctx: Ctx): void }

/** The default stages, in order. Each is small and visible; order matters. */
export const STAGES: readonly Stage[] = [
  { name: 'roles', run: recognizeRoles },
  { name: 'organizations', run: recognizeOrganizations },
  { name: 'dates', run: (ctx) => { claimDates(ctx); } },
  { name: 'people', run: recognizePeople },
  { name: 'link', run: linkPeopleAndRoles },
];

function claimDates(ctx: Ctx): void {
  const dates = findDates(ctx.key, { refDate: ctx.refDate, atoms: ctx.atoms });
  ctx.dates = dates;
  // mark atoms inside dates so that "Thứ Hai" or "Chủ nhật" never become names: only the atoms of each date are
  // visited (found by binary search from the previous date's), not every atom of the document
  const atoms = ctx.atoms;
  let i = 0;
  for (let d = 0; d < dates.length; d++) {
    const { start, end } = dates[d];
    for (i = firstAtomFrom(atoms, i, start); i < atoms.length && atoms[i].start < end; i++) {
      if (atoms[i].end <= end && ctx.covered[i] === 0) ctx.covered[i] = 3;
    }
  }
}

/** The index of the first atom at or after atom `from` that starts at or after `pos` (atoms are sorted by start). */
function firstAtomFrom(atoms: Ctx['atoms'], from: number, pos: number): number {
  let lo = from;
  let hi = atoms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (atoms[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function createContext(text: string, lex: Lexicon, refDate?: string): Ctx {
  const nt = normalizeShared(text); // (its offset maps are read, never written)
  const atoms = atomize(nt.key);
  lowerTitleCaseLines(atoms);
  const sentences = splitSentences(atoms);
  const sentenceOf = new Int32Array(atoms.length);
  sentences.forEach((s, idx) => { for (let i = s.first; i <= s.last; i++) sentenceOf[i] = idx; });
  const { matchCache, startCats } = matchAll(atoms, lex);
  return {
    nt, key: nt.key, atoms, lex, sentenceOf,
    covered: new Uint8Array(atoms.length),
    roles: [], orgs: [], people: [], dates: [],
    refDate, matchCache, startCats,
  };
}

/** Extract people, roles, organizations and dates from Vietnamese text. */
export function extract(text: string, options: ExtractOptions = {}): DocumentResult {
  const lex = options.lexicon ?? loadLexicon({ userDicts: options.dictionaries });
  let refDate = options.refDate;
  const ctx = createContext(text, lex);
  if (refDate === 'auto') refDate = findDateline(ctx.key);
  ctx.refDate = refDate;
  for (const stage of STAGES) stage.run(ctx);
  const doc = buildDocument(ctx, options.source ?? '-', refDate ?? null);
  if (options.encoding) doc.encoding = options.encoding;
  const types = options.types ?? ENTITY_TYPES;
  if (!types.includes('people')) { doc.people = []; for (const r of doc.roles) r.person = null; }
  if (!types.includes('roles')) { doc.roles = []; for (const p of doc.people) p.roles = []; }
  if (!types.includes('organizations')) { doc.organizations = []; for (const r of doc.roles) r.organization = null; }
  if (!types.includes('dates')) doc.dates = [];
  return doc;
}

export { toOriginalSpan, codePointIndexer };
