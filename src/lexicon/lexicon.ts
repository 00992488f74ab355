// Match stage data: every dictionary compiled once into one syllable trie keyed by folded atoms.
//   "Phó Bí thư" -> [phó, bí, thư];  "TP.HCM" -> [tp, ., hcm];  "Uỷ ban" and "Ủy ban" -> [ủy, ban]
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, basename, extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalize } from '../text/normalize.js';
import { atomize, hashFold, type Atom } from '../segment/tokens.js';
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

/** A trie node. `lazy`: a first-atom node of the compiled form whose subtree is built on first use (see addCompiled). */
interface Node {
  next: Map<string, Node> | undefined;
  entries: Entry[] | undefined;
  lazy: LazyGroup | undefined;
  /** Number of this node in its lexicon (the root is 0): keys the edge table. */
  id: number;
  /** Atoms from the root to this node. */
  depth: number;
  /** `[{ len: depth, entries }]` once the node has entries: the match list when this node is the only one that matches (shared, never mutated). */
  one: SpanMatch[] | undefined;
  /** catBit of every category among `entries` (as one[0].cats, without reaching the match object). */
  cats: number;
}

/** Int32s per slot of the edge table (see Lexicon), and the bits of a slot's facts. */
const SLOT = 8;
const SLOT_CATS = 0x7ff;
const SLOT_CHILDREN = 0x800;
const SLOT_LAZY = 0x1000;

function newNode(id: number, depth: number, lazy: LazyGroup | undefined): Node {
  return { next: undefined, entries: undefined, lazy, id, depth, one: undefined, cats: 0 };
}

/** The hash of the edge from node `id` by an atom of hash `h`. */
function edgeHash(id: number, h: number): number {
  let x = (h ^ Math.imul(id + 1, 0x9e3779b1)) | 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  return (x ^ (x >>> 13)) | 0;
}

/** The compiled entries under one first atom, still as UTF-8 JSON bytes (body[start..end)), and the files they come from. */
interface LazyGroup { body: Uint8Array; start: number; end: number; files: readonly { name: string; base: string }[] }

/** One entry of a compiled group: [file index, line, trimmed cells, index among the row's entries, folded atoms after the first]. */
type GroupItem = [number, number, string[], number, string[]];

const EMPTY: TrieMatch[] = [];

export interface TrieMatch { end: number; entries: Entry[] } // end = atom index (exclusive)

/**
 * A match as `matchSpans` returns it: `len` atoms from the start atom; `cats` has the bit catBit(c) of every category c among
 * its entries. The objects and arrays are shared: read them, never change them.
 */
export interface SpanMatch { readonly len: number; readonly entries: Entry[]; cats: number }

/** One bit per category, for SpanMatch.cats. */
export function catBit(cat: Category): number {
  switch (cat) {
    case 'title': return 1;
    case 'org': return 2;
    case 'surname': return 4;
    case 'middle': return 8;
    case 'particle': return 16;
    case 'honorific': return 32;
    case 'place': return 64;
    case 'country': return 128;
    case 'common': return 256;
    case 'level': return 512;
    default: return 1024;
  }
}
const NO_SPANS: SpanMatch[] = [];

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

/** The rows of a dictionary that make entries (trimmed cells, known kinds), with their entries. */
function* fileEntries(tsv: TsvFile, name: string): Generator<{ line: number; cells: string[]; entries: Entry[] }> {
  const spec = FILE_SPECS[name];
  const source = basename(tsv.path);
  for (const row of tsv.rows) {
    const cells = row.cells.map((c) => c.trim());
    if (!cells[0]) continue;
    const kind = cells[spec.kindCol ?? 1];
    if (spec.kinds && kind && !spec.kinds.includes(kind)) continue;
    yield { line: row.line, cells, entries: spec.toEntries(cells, `${source}:${row.line}`).map(shaped) };
  }
}

/**
 * Every entry read from a dictionary file has the same properties in the same order: the recognizers read entries at every atom, and
 * V8 keeps that code fast only while it sees one object shape (the dictionary files make several).
 */
function shaped(e: Entry): Entry {
  return { cat: e.cat, kind: e.kind, canonical: e.canonical, form: e.form, parent: e.parent, source: e.source };
}

export class Lexicon {
  private readonly root: Node = newNode(0, 0, undefined);
  private nodeCount = 1;
  // Matching walks the trie through one flat table, not through the Node objects and Maps (which building, lookup and
  // materializing walk): between two documents the rest of the pipeline pushes the trie out of the CPU caches, and a
  // look-up that touched an edge slot, its key string, the child object and its match list waited on memory four times.
  // Every edge sits in one open-addressing table keyed by (parent id, atom), hashed in JS from the atom's characters
  // (atomize computes each atom's hash as it scans it), so V8 never hashes the fresh atom strings of a document. A slot
  // holds everything matching reads about the child, so that a found edge costs one cache line (32 bytes, aligned):
  // slot p: edgeTable[8p] the edge's hash, [8p + 1] its parent's id + 1 (0: the slot is empty), [8p + 2] the child's id,
  // [8p + 3] the child's facts (SLOT_CATS: the catBit of every category among its entries, Node.cats; SLOT_CHILDREN;
  // SLOT_LAZY; the length of its atom, 9 standing for any length above 8, from bit 16), [8p + 4 ..] the first 8 UTF-16
  // units of its atom packed two per int (longer atoms are compared as strings, nodeKey[n]). nodeSlot[n] is the slot
  // of the edge leading to node n; nodeOne[n] is Node.one.
  private edgeTable = new Int32Array(SLOT * 4096);
  private edgeCount = 0;
  // One bit per value of (edge hash >>> 14), set for every edge: most look-ups find no edge (a word that starts no
  // entry, the atom after a name's last word), and this 32 KB filter, which stays in the cache, answers them
  // without a probe into the table.
  private readonly edgeBits = new Int32Array(1 << 13);
  private nodeSlot = new Int32Array(4096);
  private readonly nodeKey: (string | undefined)[] = [undefined];
  private readonly nodeOne: (SpanMatch[] | undefined)[] = [undefined];
  private readonly nodes: Node[] = [this.root];

  private makeChild(parent: Node, fold: string, lazy: LazyGroup | undefined): Node {
    const child = newNode(this.nodeCount++, parent.depth + 1, lazy);
    (parent.next ??= new Map()).set(fold, child);
    const id = child.id;
    this.nodes.push(child); this.nodeKey.push(fold); this.nodeOne.push(undefined);
    if (id >= this.nodeSlot.length) { const slots = new Int32Array(2 * this.nodeSlot.length); slots.set(this.nodeSlot); this.nodeSlot = slots; }
    if ((this.edgeCount + 1) * 2 * SLOT > this.edgeTable.length) this.growEdges();
    const q = SLOT * this.putEdge(edgeHash(parent.id, hashFold(fold)), parent.id, id);
    this.edgeCount++;
    const t = this.edgeTable;
    t[q + 3] = (lazy ? SLOT_LAZY : 0) | (Math.min(fold.length, 9) << 16);
    if (fold.length <= 8) for (let k = 0; k < fold.length; k++) t[q + 4 + (k >> 1)] |= fold.charCodeAt(k) << ((k & 1) << 4);
    if (parent.id !== 0) this.setFacts(parent.id, SLOT_CHILDREN);
    return child;
  }

  /** Set bits among the facts of node `id` (not the root) in its slot. */
  private setFacts(id: number, bits: number): void {
    this.edgeTable[SLOT * this.nodeSlot[id] + 3] |= bits;
  }

  private clearFacts(id: number, bits: number): void {
    this.edgeTable[SLOT * this.nodeSlot[id] + 3] &= ~bits;
  }

  /** Put the edge of hash h from `parent` to `child` into a free slot (its facts and key are left to the caller); returns the slot. */
  private putEdge(h: number, parent: number, child: number): number {
    const t = this.edgeTable;
    const mask = t.length / SLOT - 1;
    let p = h & mask;
    while (t[SLOT * p + 1] !== 0) p = (p + 1) & mask;
    t[SLOT * p] = h; t[SLOT * p + 1] = parent + 1; t[SLOT * p + 2] = child;
    this.nodeSlot[child] = p;
    const b = h >>> 14;
    this.edgeBits[b >>> 5] |= 1 << (b & 31);
    return p;
  }

  private growEdges(): void {
    const old = this.edgeTable;
    this.edgeTable = new Int32Array(2 * old.length);
    for (let q = 0; q < old.length; q += SLOT) {
      if (old[q + 1] === 0) continue;
      const p = this.putEdge(old[q], old[q + 1] - 1, old[q + 2]);
      this.edgeTable.set(old.subarray(q + 3, q + SLOT), SLOT * p + 3);
    }
  }

  /** The slot offset (SLOT * slot) of the edge from node `id` by an atom of fold `fold` and hash `hash` = hashFold(fold) (-1: none). */
  private edge(id: number, fold: string, hash: number): number {
    const h = edgeHash(id, hash);
    const b = h >>> 14;
    if ((this.edgeBits[b >>> 5] & (1 << (b & 31))) === 0) return -1;
    const t = this.edgeTable;
    const mask = t.length / SLOT - 1;
    const parent = id + 1;
    for (let p = h & mask; ; p = (p + 1) & mask) {
      const q = SLOT * p;
      const par = t[q + 1];
      if (par === 0) return -1;
      if (par === parent && t[q] === h && this.keyIs(q, fold)) return q;
    }
  }

  /** Does the atom of the edge in slot offset q have this fold? */
  private keyIs(q: number, fold: string): boolean {
    const t = this.edgeTable;
    const len = t[q + 3] >>> 16;
    if (len > 8) return this.nodeKey[t[q + 2]] === fold;
    if (len !== fold.length) return false;
    for (let k = 0; k < len; k++) if (((t[q + 4 + (k >> 1)] >>> ((k & 1) << 4)) & 0xffff) !== fold.charCodeAt(k)) return false;
    return true;
  }
  readonly files: { name: string; path: string; entries: number }[] = [];
  size = 0;
  /** The compiled file the package dictionaries came from (undefined: compiled from the TSV files). */
  compiledFrom: string | undefined;

  add(entry: Entry): void {
    const folds = foldAtoms(entry.form);
    if (folds.length > 0) this.insert(entry, folds, 0);
  }

  /** Put an entry under `start` (default: the root) by its folded atoms from index `from` on. */
  private insert(entry: Entry, folds: readonly string[], from: number, start: Node = this.root): void {
    let node = start;
    for (let k = from; k < folds.length; k++) {
      const f = folds[k];
      let child = node.next?.get(f);
      if (!child) child = this.makeChild(node, f, undefined);
      else if (child.lazy) this.materialize(child);
      node = child;
    }
    if (!node.entries) { node.entries = []; node.one = [{ len: node.depth, entries: node.entries, cats: 0 }]; this.nodeOne[node.id] = node.one; }
    node.entries.push(entry);
    node.one![0].cats |= catBit(entry.cat);
    node.cats |= catBit(entry.cat);
    this.setFacts(node.id, node.cats);
    this.size++;
  }

  /** Build the subtree of a first-atom node of the compiled form: the same entry objects, in the same order, as from TSV. */
  private materialize(node: Node): void {
    const group = node.lazy!;
    node.lazy = undefined;
    this.clearFacts(node.id, SLOT_LAZY);
    const size = this.size;
    const json = Buffer.from(group.body.buffer, group.body.byteOffset + group.start, group.end - group.start).toString('utf8');
    for (const [file, line, cells, k, rest] of JSON.parse(json) as GroupItem[]) {
      const { name, base } = group.files[file];
      this.insert(shaped(FILE_SPECS[name].toEntries(cells, `${base}:${line}`)[k]), rest, 0, node);
    }
    this.size = size; // counted when the compiled form was added
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
    let n = 0;
    for (const { entries } of fileEntries(tsv, name)) for (const e of entries) { this.add(e); n++; }
    this.files.push({ name, path: tsv.path, entries: n });
    return n;
  }

  /**
   * Add compiled dictionaries (see compileDictionaries) from folder `dir`: the same entries as addFile on each file.
   * Only the first level of the trie is built now; each first atom's subtree is built the first time a match,
   * lookup or add reaches it, so loading costs little more than reading the file.
   */
  addCompiled(compiled: CompiledLexicon, dir: string): void {
    const files = compiled.files.map((f) => {
      if (!FILE_SPECS[f.name]) throw new DictionaryError(`compiled lexicon: unknown dictionary kind ${f.name}`);
      return { name: f.name, base: basename(f.file) };
    });
    const next = (this.root.next ??= new Map<string, Node>());
    const { body, folds, lengths } = compiled;
    for (let g = 0, start = 0; g < folds.length; g++) {
      const lazy: LazyGroup = { body, start, end: start + lengths[g], files };
      start += lengths[g] + 1; // the groups are separated by line breaks
      const fold = folds[g];
      const node = next.get(fold);
      if (!node) this.makeChild(this.root, fold, lazy);
      else {
        // entries already under this atom come first, as they would from TSV
        if (node.lazy) this.materialize(node);
        const size = this.size;
        node.lazy = lazy;
        this.setFacts(node.id, SLOT_LAZY);
        this.materialize(node);
        this.size = size;
      }
    }
    this.size += compiled.size;
    for (const f of compiled.files) this.files.push({ name: f.name, path: join(dir, f.file), entries: f.entries });
  }

  /** All dictionary matches starting at atom i, shortest first. */
  matchAt(atoms: Atom[], i: number): TrieMatch[] {
    const first = this.root.next?.get(atoms[i].fold);
    if (!first) return EMPTY;
    if (first.lazy) this.materialize(first);
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

  /**
   * matchAt without allocation in the common case: the matches starting at atom i, shortest first, as shared read-only
   * objects with the number of atoms each covers (end = i + len). With `cats`, cats[i] gets the catBit of every category
   * among them (read from the trie nodes, without touching the match objects).
   */
  matchSpans(atoms: Atom[], i: number, cats?: Uint16Array): SpanMatch[] {
    const start = atoms[i];
    let q = this.edge(0, start.fold, start.hash);
    if (q < 0) return NO_SPANS;
    if ((this.edgeTable[q + 3] & SLOT_LAZY) !== 0) {
      this.materialize(this.nodes[this.edgeTable[q + 2]]);
      q = this.edge(0, start.fold, start.hash); // materializing may have grown the table
    }
    const t = this.edgeTable;
    let facts = t[q + 3];
    let out: SpanMatch[] | undefined = this.nodeOne[t[q + 2]];
    let shared = true;
    let found = facts & SLOT_CATS;
    for (let j = i + 1; j < atoms.length && (facts & SLOT_CHILDREN) !== 0; j++) {
      // punctuation inside an entry must be glued the same way; a line break ends any entry
      const a = atoms[j];
      if (a.newline) break;
      q = this.edge(t[q + 2], a.fold, a.hash);
      if (q < 0) break;
      facts = t[q + 3];
      // (a node without entries has no categories: its match list is not read)
      if ((facts & SLOT_CATS) === 0) continue;
      found |= facts & SLOT_CATS;
      const one = this.nodeOne[t[q + 2]]!;
      if (!out) out = one;
      else {
        if (shared) { out = out.slice(); shared = false; }
        out.push(one[0]);
      }
    }
    if (cats) cats[i] = found;
    return out ?? NO_SPANS;
  }

  /** Is there an entry of this category for exactly this text? */
  lookup(text: string, cat?: Category): Entry[] {
    let node: Node | undefined = this.root;
    for (const f of foldAtoms(text)) {
      node = node?.next?.get(f);
      if (!node) return [];
      if (node.lazy) this.materialize(node);
    }
    return (node?.entries ?? []).filter((e) => !cat || e.cat === cat);
  }
}

// ---- The compiled form: every package dictionary parsed and folded once, at build time ----
// `npm run build` writes dist/src/lexicon/lexicon.compiled.bin (src/lexicon/compile.ts). Each entry keeps its
// row's trimmed cells (entries are rebuilt by the same FILE_SPECS code, so they are identical objects) and its
// folded atoms (the expensive part: normalize + atomize), grouped by first atom: loading builds only the first
// level of the trie, and a group is decoded the first time its atom is met. A fingerprint of the dictionary files
// (names and contents) and of the code that parses and folds them guards it: any edit to a TSV, to normalize,
// to the atomizer or to this file makes the compiled form stale, and it is then ignored (compiled from TSV).
// Sizes and modification times are the quick check; when they differ (a copy, a checkout) the content hash decides.

export interface CompiledLexicon {
  format: typeof COMPILED_FORMAT;
  /** sha256 over the compiling code and the dictionary files (names and bytes). */
  hash: string;
  /** Size and modification time of each of those files at compile time, in the same order (empty: check the hash). */
  sources: { size: number; mtimeMs: number }[];
  /** Bytes in `body` (a truncated file is not used). */
  bodyLength: number;
  /** The dictionary files in load order, with the number of entries each makes (as addFile returns). */
  files: { file: string; name: string; entries: number }[];
  /** Entries in the trie (those with at least one atom). */
  size: number;
  /** The first atoms, in order of first appearance: one group each. */
  folds: string[];
  /** The byte length of each group in `body`. */
  lengths: number[];
  /** The groups, one per line in the order of `folds`: the UTF-8 JSON of each GroupItem list, parsed only when its atom is first met. */
  body: Uint8Array;
}

/** The compiled form as a file: line 1 is JSON (everything but the body), then the body. */
export function serializeCompiled(c: CompiledLexicon): Buffer {
  const { body, ...head } = c;
  return Buffer.concat([Buffer.from(JSON.stringify(head) + '\n', 'utf8'), body]);
}

export function parseCompiled(bytes: Uint8Array): CompiledLexicon | undefined {
  const nl = bytes.indexOf(0x0a);
  if (nl < 0) return undefined;
  let head: Omit<CompiledLexicon, 'body'>;
  try {
    head = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, nl).toString('utf8')) as Omit<CompiledLexicon, 'body'>;
  } catch { return undefined; }
  if (head?.format !== COMPILED_FORMAT || !Array.isArray(head.folds) || !Array.isArray(head.lengths) || head.folds.length !== head.lengths.length) return undefined;
  const body = bytes.subarray(nl + 1);
  if (body.length !== head.bodyLength) return undefined;
  return { ...head, body };
}

const COMPILED_FORMAT = 'vnner-lexicon-2';
const NEWLINE = Buffer.from('\n');

/** Where the build writes the compiled form of the package dictionaries: next to this module. */
export function compiledLexiconPath(): string {
  return fileURLToPath(new URL('./lexicon.compiled.bin', import.meta.url));
}

/** The modules whose code decides what a dictionary compiles to (same extension as this module: .js or .ts). */
function codeFiles(): string[] {
  const ext = extname(fileURLToPath(import.meta.url));
  return ['./lexicon', './tsv', '../text/normalize', '../segment/tokens'].map((m) => fileURLToPath(new URL(m + ext, import.meta.url)));
}

/** The dictionary files of a folder that make up the lexicon, in load order. */
function dictionaryFiles(dir: string): { file: string; name: string }[] {
  const out: { file: string; name: string }[] = [];
  for (const file of readdirSync(dir).filter((x) => x.endsWith('.tsv')).sort()) {
    const name = specNameFor(file);
    if (name) out.push({ file, name });
  }
  return out;
}

/** A file the compiled form depends on: its size and modification time (the quick check). */
interface SourceStamp { path: string; size: number; mtimeMs: number }

/** Everything the compiled form of `dir` depends on: the compiling code, then the dictionary files in load order. */
function sourcePaths(dir: string, files: { file: string }[]): string[] {
  return [...codeFiles(), ...files.map(({ file }) => join(dir, file))];
}

function stamps(paths: string[]): SourceStamp[] | undefined {
  const out: SourceStamp[] = [];
  for (const path of paths) {
    try { const st = statSync(path); out.push({ path, size: st.size, mtimeMs: st.mtimeMs }); } catch { return undefined; }
  }
  return out;
}

/** Content hash over the file names (not folders) and bytes: decides when the quick check fails. */
function contentHash(paths: string[], read: (path: string) => Buffer = (p) => readFileSync(p)): string {
  // node:crypto is loaded only here: a fresh compiled form is recognised by sizes and times alone
  const { createHash } = createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  const h = createHash('sha256').update(COMPILED_FORMAT);
  for (const path of paths) {
    const bytes = read(path);
    h.update(`\u0000${basename(path)}\u0000${bytes.length}\u0000`).update(bytes);
  }
  return h.digest('hex');
}

/** Compile a dictionary folder (default: the package dictionaries) into the form `npm run build` stores. */
export function compileDictionaries(dir: string = packageDictionaryDir()): CompiledLexicon {
  const files = dictionaryFiles(dir);
  const paths = sourcePaths(dir, files);
  const before = stamps(paths);
  const bytes = new Map(paths.map((p) => [p, readFileSync(p)]));
  const groups = new Map<string, GroupItem[]>();
  const counts: number[] = [];
  let size = 0;
  files.forEach(({ file, name }, fileIndex) => {
    const tsv = parseTsv(bytes.get(join(dir, file))!.toString('utf8'), join(dir, file));
    let n = 0;
    for (const r of fileEntries(tsv, name)) {
      r.entries.forEach((e, k) => {
        n++;
        const folds = foldAtoms(e.form);
        if (folds.length === 0) return;
        size++;
        let g = groups.get(folds[0]);
        if (!g) { g = []; groups.set(folds[0], g); }
        g.push([fileIndex, r.line, r.cells, k, folds.slice(1)]);
      });
    }
    counts.push(n);
  });
  const compiled: CompiledLexicon = {
    format: COMPILED_FORMAT,
    hash: contentHash(paths, (p) => bytes.get(p)!),
    sources: (before ?? []).map(({ size: sz, mtimeMs }) => ({ size: sz, mtimeMs })),
    files: files.map(({ file, name }, k) => ({ file, name, entries: counts[k] })),
    size,
    folds: [],
    lengths: [],
    bodyLength: 0,
    body: new Uint8Array(0),
  };
  const lines: Buffer[] = [];
  for (const [fold, items] of groups) {
    const json = Buffer.from(JSON.stringify(items), 'utf8');
    compiled.folds.push(fold);
    compiled.lengths.push(json.length);
    lines.push(json, NEWLINE);
  }
  compiled.body = Buffer.concat(lines);
  compiled.bodyLength = compiled.body.length;
  // a file changed while we read it: store no stamps, so that the next load checks the content hash
  const after = stamps(paths);
  if (!before || !after || after.some((s, k) => s.size !== before[k].size || s.mtimeMs !== before[k].mtimeMs)) compiled.sources = [];
  return compiled;
}

/** The compiled form in `path` if it was made from exactly these dictionary files and this code; else undefined. */
function readCompiled(path: string, dir: string, files: { file: string; name: string }[]): CompiledLexicon | undefined {
  let bytes: Buffer;
  try { bytes = readFileSync(path); } catch { return undefined; }
  const c = parseCompiled(bytes);
  if (!c || !Array.isArray(c.files) || c.files.length !== files.length || !Array.isArray(c.sources)) return undefined;
  if (c.files.some((f, k) => f.file !== files[k].file || f.name !== files[k].name)) return undefined;
  const paths = sourcePaths(dir, files);
  const now = stamps(paths);
  if (!now) return undefined;
  // quick check: same sizes and modification times as at compile time; else compare contents
  const same = c.sources.length === now.length && now.every((s, k) => s.size === c.sources[k].size && s.mtimeMs === c.sources[k].mtimeMs);
  if (!same && contentHash(paths) !== c.hash) return undefined;
  return c;
}

export interface LexiconOptions {
  dictDir?: string;
  userDicts?: string[];
  /** The compiled form to use when it is fresh (default: the one the build wrote next to this module); false = always compile the TSV files. */
  compiled?: string | false;
}

const cache = new Map<string, Lexicon>();

/** Load (once per process) the package dictionaries plus user dictionaries. */
export function loadLexicon(options: LexiconOptions = {}): Lexicon {
  const dir = options.dictDir ?? packageDictionaryDir();
  const compiledPath = options.compiled === false ? undefined : options.compiled ?? compiledLexiconPath();
  const cacheKey = [dir, compiledPath ?? '', ...(options.userDicts ?? [])].join('\u0000');
  const hit = cache.get(cacheKey);
  if (hit) return hit;
  const lex = new Lexicon();
  const files = dictionaryFiles(dir);
  const compiled = compiledPath !== undefined && existsSync(compiledPath) ? readCompiled(compiledPath, dir, files) : undefined;
  if (compiled) {
    lex.addCompiled(compiled, dir);
    lex.compiledFrom = compiledPath;
  } else {
    for (const { file, name } of files) lex.addFile(join(dir, file), name);
  }
  for (const u of options.userDicts ?? []) lex.addFile(u);
  cache.set(cacheKey, lex);
  return lex;
}
