// Match stage data: every dictionary compiled once into one syllable trie keyed by folded atoms.
//   "Phó Bí thư" -> [phó, bí, thư];  "TP.HCM" -> [tp, ., hcm];  "Uỷ ban" and "Ủy ban" -> [ủy, ban]
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalize } from '../text/normalize.js';
import { atomize, type Atom } from '../segment/tokens.js';
import { parseTsv, DictionaryError, type TsvFile } from './tsv.js';

export type Category =
  | 'title' | 'org' | 'surname' | 'middle' | 'particle' | 'honorific' | 'place' | 'country' | 'common' | 'level';

export interface Entry {
  cat: Category;
  kind: string;
  canonical: string;
  form: string;
  /** For places: the parent province; for abbreviations: the expansion. */
  parent?: string;
  source: string;
}

interface Node { next: Map<string, Node> | undefined; entries: Entry[] | undefined }

const EMPTY: TrieMatch[] = [];

export interface TrieMatch { end: number; entries: Entry[] } // end = atom index (exclusive)

/** Which columns each dictionary file has, and how its rows become entries. */
export interface FileSpec {
  header: string[];
  kinds?: readonly string[];
  /** The column holding the kind (default 1). */
  kindCol?: number;
  toEntries(cells: string[], source: string): Entry[];
}

const TITLE_KINDS = ['head', 'modifier', 'post', 'status', 'rank', 'prefix'] as const;
const ORG_KINDS = ['body', 'committee', 'level', 'sub', 'head'] as const;
const ABBR_TYPES = ['org', 'level', 'sub', 'committee', 'head', 'title', 'prefix', 'rank', 'place-level', 'other'] as const;
const PLACE_KINDS = ['province', 'city', 'district', 'urban-district', 'town', 'provincial-city', 'special-zone', 'commune', 'ward', 'region'] as const;

export const FILE_SPECS: Record<string, FileSpec> = {
  'titles': {
    header: ['form', 'kind', 'canonical', 'note'], kinds: TITLE_KINDS,
    toEntries: (c, source) => [{ cat: 'title', form: c[0], kind: c[1], canonical: c[2] || c[0], source }],
  },
  'organizations': {
    header: ['form', 'kind', 'canonical', 'note'], kinds: ORG_KINDS,
    toEntries: (c, source) => [{ cat: 'org', form: c[0], kind: c[1], canonical: c[2] || c[0], source }],
  },
  'abbreviations': {
    header: ['abbr', 'expansion', 'type', 'note'], kinds: ABBR_TYPES, kindCol: 2,
    toEntries: (c, source) => {
      const t = c[2];
      const base = { form: c[0], canonical: c[1] || c[0], parent: c[1], source };
      if (t === 'title') return [{ ...base, cat: 'title', kind: 'head' }];
      if (t === 'prefix' || t === 'rank') return [{ ...base, cat: 'title', kind: t }];
      if (t === 'org') return [{ ...base, cat: 'org', kind: 'body' }];
      if (t === 'level' || t === 'sub' || t === 'committee' || t === 'head') return [{ ...base, cat: 'org', kind: t }];
      if (t === 'place-level') return [{ ...base, cat: 'level', kind: 'level' }];
      return [];
    },
  },
  'surnames': {
    header: ['surname', 'group', 'note'],
    toEntries: (c, source) => [{ cat: 'surname', form: c[0], kind: c[1] || 'kinh', canonical: c[0], source }],
  },
  'middle-names': {
    header: ['form', 'gender', 'note'],
    toEntries: (c, source) => [{ cat: 'middle', form: c[0], kind: c[1] || 'any', canonical: c[0], source }],
  },
  'name-particles': {
    header: ['form', 'kind', 'note'],
    toEntries: (c, source) => [{ cat: 'particle', form: c[0], kind: c[1] || 'particle', canonical: c[0], source }],
  },
  'honorifics': {
    header: ['form', 'kind', 'note'], kinds: ['honorific', 'plural', 'occupation'],
    toEntries: (c, source) => [{ cat: 'honorific', form: c[0], kind: c[1], canonical: c[0], source }],
  },
  'places': {
    header: ['name', 'kind', 'parent', 'valid_from', 'valid_to', 'note'], kinds: PLACE_KINDS,
    toEntries: (c, source) => [{ cat: 'place', form: c[0], kind: c[1], canonical: c[0], parent: c[2] || undefined, source }],
  },
  'place-aliases': {
    header: ['alias', 'name', 'note'],
    toEntries: (c, source) => [{ cat: 'place', form: c[0], kind: 'alias', canonical: c[1], source }],
  },
  'province-merges': {
    header: ['old', 'new', 'effective', 'note'],
    toEntries: () => [],
  },
  'countries': {
    header: ['name', 'iso2', 'canonical', 'note'],
    toEntries: (c, source) => [{ cat: 'country', form: c[0], kind: c[1] || 'country', canonical: c[2] || c[0], source }],
  },
  'common-words': {
    header: ['form', 'note'],
    toEntries: (c, source) => [{ cat: 'common', form: c[0], kind: 'common', canonical: c[0], source }],
  },
  'levels': {
    header: ['form', 'level', 'canonical', 'note'], kinds: ['province', 'district', 'commune', 'area'],
    toEntries: (c, source) => [{ cat: 'level', form: c[0], kind: c[1], canonical: c[2] || c[0], source }],
  },
};

/** Which spec a file uses: by its base name ("my-titles.tsv" -> titles), else by its header. */
export function specNameFor(path: string, header?: string[]): string | undefined {
  const b = basename(path).toLowerCase().replace(/\.tsv$/u, '');
  if (FILE_SPECS[b]) return b;
  for (const name of Object.keys(FILE_SPECS).sort((x, y) => y.length - x.length)) {
    if (b.includes(name) || b.includes(name.replace(/s$/u, ''))) return name;
  }
  if (header) {
    const h = header.join('\t');
    const hits = Object.entries(FILE_SPECS).filter(([, s]) => s.header.join('\t') === h).map(([n]) => n);
    if (hits.length === 1) return hits[0];
  }
  return undefined;
}

/** The package's dictionaries folder, found from this module's location (never the working directory). */
let packageDirCache: string | undefined;
export function packageDictionaryDir(): string {
  if (packageDirCache) return packageDirCache;
  packageDirCache = findPackageDictionaryDir();
  return packageDirCache;
}

function findPackageDictionaryDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'dictionaries')) && existsSync(join(dir, 'package.json'))) return join(dir, 'dictionaries');
    dir = dirname(dir);
  }
  throw new DictionaryError('cannot find the dictionaries folder next to the package');
}

export function foldAtoms(form: string): string[] {
  return atomize(normalize(form).key).map((a) => a.fold);
}

export class Lexicon {
  private readonly root: Node = { next: undefined, entries: undefined };
  readonly files: { name: string; path: string; entries: number }[] = [];
  size = 0;

  add(entry: Entry): void {
    const folds = foldAtoms(entry.form);
    if (folds.length === 0) return;
    let node = this.root;
    for (const f of folds) {
      if (!node.next) node.next = new Map();
      let child = node.next.get(f);
      if (!child) { child = { next: undefined, entries: undefined }; node.next.set(f, child); }
      node = child;
    }
    (node.entries ??= []).push(entry);
    this.size++;
  }

  addFile(path: string, specName?: string): number {
    let text: string;
    try { text = readFileSync(path, 'utf8'); } catch (e) {
      throw new DictionaryError(`cannot read dictionary ${path}: ${(e as Error).message}`);
    }
    const tsv = parseTsv(text, path);
    const name = specName ?? specNameFor(path, tsv.header);
    if (!name) throw new DictionaryError(`${path}: cannot tell which kind of dictionary this is (name it like titles.tsv or organizations.tsv)`);
    return this.addTsv(tsv, name);
  }

  addTsv(tsv: TsvFile, name: string): number {
    const spec = FILE_SPECS[name];
    let n = 0;
    for (const row of tsv.rows) {
      const cells = row.cells.map((c) => c.trim());
      if (!cells[0]) continue;
      const kind = cells[spec.kindCol ?? 1];
      if (spec.kinds && kind && !spec.kinds.includes(kind)) continue;
      for (const e of spec.toEntries(cells, `${basename(tsv.path)}:${row.line}`)) { this.add(e); n++; }
    }
    this.files.push({ name, path: tsv.path, entries: n });
    return n;
  }

  /** All dictionary matches starting at atom i, shortest first. */
  matchAt(atoms: Atom[], i: number): TrieMatch[] {
    const first = this.root.next?.get(atoms[i].fold);
    if (!first) return EMPTY;
    const out: TrieMatch[] = [];
    if (first.entries) out.push({ end: i + 1, entries: first.entries });
    let node: Node | undefined = first;
    for (let j = i + 1; j < atoms.length && node?.next; j++) {
      // punctuation inside an entry must be glued the same way; a line break ends any entry
      if (j > i && atoms[j].newline) break;
      node = node.next.get(atoms[j].fold);
      if (!node) break;
      if (node.entries) out.push({ end: j + 1, entries: node.entries });
    }
    return out;
  }

  /** Is there an entry of this category for exactly this text? */
  lookup(text: string, cat?: Category): Entry[] {
    let node: Node | undefined = this.root;
    for (const f of foldAtoms(text)) { node = node?.next?.get(f); if (!node) return []; }
    return (node?.entries ?? []).filter((e) => !cat || e.cat === cat);
  }
}

export interface LexiconOptions { dictDir?: string; userDicts?: string[] }

const cache = new Map<string, Lexicon>();

/** Load (once per process) the package dictionaries plus user dictionaries. */
export function loadLexicon(options: LexiconOptions = {}): Lexicon {
  const dir = options.dictDir ?? packageDictionaryDir();
  const cacheKey = [dir, ...(options.userDicts ?? [])].join('\u0000');
  const hit = cache.get(cacheKey);
  if (hit) return hit;
  const lex = new Lexicon();
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.tsv')).sort()) {
    const name = specNameFor(f);
    if (name) lex.addFile(join(dir, f), name);
  }
  for (const u of options.userDicts ?? []) lex.addFile(u);
  cache.set(cacheKey, lex);
  return lex;
}
