// Input stage: turn the command line's inputs into an ordered, lazily produced stream of documents.
//   files; directories (recursive, sorted, --include/--exclude globs); "-" for standard input;
//   .tar, .tar.gz/.tgz and .zip archives read entry by entry as streams (nothing is extracted to disk);
//   --input-format jsonl: one document per line (text field, id field, other fields passed through as meta).
// Every document the stream yields carries either bytes/text (or, with deferRead, a path) or an error: nothing is
// silently dropped.
import { createReadStream, readFileSync, statSync, readdirSync, type Dirent, type Stats } from 'node:fs';
import { basename, isAbsolute, join, relative, sep } from 'node:path';
import type * as readlineType from 'node:readline';
import { Transform, pipeline, type Readable } from 'node:stream';
import type * as zlibType from 'node:zlib';
import type picomatchType from 'picomatch';
import type * as tarType from 'tar-stream';
import type yauzl from 'yauzl';
import { createRequire } from 'node:module';

// The glob, tar and zip libraries are loaded when a run first needs them: start-up of a plain extraction.
const requireHere = createRequire(import.meta.url);
let picomatchModule: typeof picomatchType | undefined;
const picomatch = (...a: Parameters<typeof picomatchType>) => (picomatchModule ??= requireHere('picomatch') as typeof picomatchType)(...a);
let tarModule: typeof tarType | undefined;
const tar = { extract: () => (tarModule ??= requireHere('tar-stream') as typeof tarType).extract() };
let yauzlModule: typeof yauzl | undefined;
const yauzlLib = () => (yauzlModule ??= requireHere('yauzl') as typeof yauzl);
// so are node:zlib and node:readline (archives, JSONL and standard input only)
const createGunzip = () => (requireHere('node:zlib') as typeof zlibType).createGunzip();
const createInterface = (o: Parameters<typeof readlineType.createInterface>[0]) => (requireHere('node:readline') as typeof readlineType).createInterface(o);

import { DEFAULT_MAX_SIZE, tooLarge, unreadable, type InputError } from './errors.js';

export { DEFAULT_MAX_SIZE, tooLarge, unreadable, type InputError };

/** One document as read: either `bytes` (to decode), `text` (already text: JSONL), or `error`. */
export interface InputDoc {
  /** Stable name: "dir/a.txt", "archive.tar.gz:path/in/archive.txt", the JSONL id or "file.jsonl:LINE", "-" for stdin. */
  source: string;
  /** Relative path used to mirror the tree under --output-dir (always "/"-separated, never absolute, no ".."). */
  outPath: string;
  bytes?: Uint8Array;
  /** A file on disk not read yet (`deferRead`): whoever processes the document reads it (a worker thread). */
  path?: string;
  text?: string;
  /** The document is HTML: reduce it to text before extraction. */
  html?: boolean;
  /** JSONL input: the record's other fields. */
  meta?: Record<string, unknown>;
  error?: InputError;
  /** Approximate number of on-disk bytes this document accounts for (progress reporting). */
  diskBytes: number;
}

export type InputFormat = 'auto' | 'jsonl';

export interface InputOptions {
  /** Documents larger than this many bytes become "too-large" error records (default 50 MB). */
  maxSize?: number;
  include?: string[];
  exclude?: string[];
  inputFormat?: InputFormat;
  textField?: string;
  idField?: string;
  /** Called before a document is read: return true to skip it entirely (--skip-existing). */
  skip?: (outPath: string) => boolean;
  /** Polled between documents: when it returns true the stream ends early (Ctrl-C). */
  stopped?: () => boolean;
  /** Plain files (not archives, not stdin, not JSONL) are yielded as `path` without reading them: the worker reads. */
  deferRead?: boolean;
  /**
   * With deferRead: a file whose size the directory walk did not take (-1) is stat()ed as it is yielded, so that its
   * diskBytes is known (the worker pool's byte window needs it). The stats then come one by one while the first
   * documents are already being processed, instead of all of them before the first one starts.
   */
  sizeDeferred?: boolean;
  /** Standard input (tests substitute their own stream). */
  stdin?: Readable;
}


export type ArchiveKind = 'tar' | 'tgz' | 'zip';

/** The archive kind from a file name, or undefined for ordinary files. */
export function archiveKind(name: string): ArchiveKind | undefined {
  // every archive name ends in r, z or p (.tar, .gz, .tgz, .zip): most names are turned away without lower-casing them
  const last = name.charCodeAt(name.length - 1) | 0x20;
  if (last !== 0x72 && last !== 0x7a && last !== 0x70) return undefined;
  const n = name.toLowerCase();
  if (n.endsWith('.tar.gz') || n.endsWith('.tgz')) return 'tgz';
  if (n.endsWith('.tar')) return 'tar';
  if (n.endsWith('.zip')) return 'zip';
  return undefined;
}

export function isHtmlName(name: string): boolean {
  const n = name.toLowerCase();
  return n.endsWith('.html') || n.endsWith('.htm') || n.endsWith('.xhtml');
}

/**
 * A path needs rewriting by safeRelPath when it has a backslash, a character replaced there, an empty, "." or ".."
 * segment (a leading or doubled "/", or a "." next to a "/" or at an end), or a drive letter (it has ":").
 */
const UNSAFE_PATH = /[\\\u0000-\u001f:*?"<>|]|^\/|\/\/|\/$|(?:^|\/)\.{1,2}(?:\/|$)/u;

/** Make a safe relative "/"-path: drop drive letters, leading slashes, "." and ".." segments. */
export function safeRelPath(p: string): string {
  // most paths (every one below a walked directory on a POSIX system) are already safe: one test instead of five passes
  if (p !== '' && !UNSAFE_PATH.test(p)) return p;
  const parts = p.replace(/\\/gu, '/').replace(/^[A-Za-z]:(?=\/)/u, '').split('/').filter((s) => s !== '' && s !== '.' && s !== '..');
  return parts.map((s) => s.replace(/[\u0000-\u001f:*?"<>|]/gu, '_')).join('/') || '_';
}

/** A predicate from --include / --exclude globs. Patterns without "/" match the base name. Include empty = everything. */
export function globFilter(include: string[] = [], exclude: string[] = []): (path: string) => boolean {
  const compile = (pats: string[]) => {
    if (!pats.length) return undefined;
    const full = pats.filter((p) => p.includes('/'));
    const base = pats.filter((p) => !p.includes('/'));
    const mf = full.length ? picomatch(full, { dot: true }) : undefined;
    const mb = base.length ? picomatch(base, { dot: true }) : undefined;
    return (p: string) => (mf?.(p) ?? false) || (mb?.(p.slice(p.lastIndexOf('/') + 1)) ?? false);
  };
  const inc = compile(include);
  const exc = compile(exclude);
  return (path: string) => {
    const p = path.replace(/\\/gu, '/');
    if (exc && exc(p)) return false;
    return inc ? inc(p) : true;
  };
}

/**
 * Files below a directory, sorted by name at every level, hidden entries skipped. The directory entries' types tell
 * files from directories without a stat per file (a stat cost as much as reading a small file); only symbolic links
 * and entries of unknown type are stat()ed, to follow them. With `sizes`, every file is stat()ed for its size (the
 * progress display and the worker pool's byte window need it); without, a size is -1. Unreadable entries are reported.
 */
function listDir(dir: string, sizes: boolean): { files: string[]; rels: string[]; sizes: number[]; errors: { path: string; error: unknown }[] } {
  const files: string[] = [];
  const rels: string[] = []; // each file's path below `dir` (what relative(dir, file) gives), built on the way down
  const sizeOf: number[] = [];
  const errors: { path: string; error: unknown }[] = [];
  const walk = (d: string, rel: string) => {
    let entries: Dirent[];
    try { entries = readdirSync(d, { withFileTypes: true }).sort(byName); } catch (e) { errors.push({ path: d, error: e }); return; }
    for (const e of entries) {
      const n = e.name;
      if (n.startsWith('.')) continue;
      // below the top directory, `d` is already a joined (normalized) path and `n` a bare name: join() would only copy
      const p = rel === '' ? join(d, n) : d + sep + n;
      const r = rel === '' ? n : rel + sep + n;
      let dirLike = e.isDirectory();
      let fileLike = e.isFile();
      let size = -1;
      if (sizes || !(dirLike || fileLike)) {
        let st: Stats;
        try { st = statSync(p); } catch (err) { errors.push({ path: p, error: err }); continue; }
        dirLike = st.isDirectory();
        fileLike = st.isFile();
        size = st.size;
      }
      if (dirLike) walk(p, r); else if (fileLike) { files.push(p); rels.push(r); sizeOf.push(size); }
    }
  };
  walk(dir, '');
  return { files, rels, sizes: sizeOf, errors };
}

/** Directory entries in the order of their names' UTF-16 units (what sort() gives for the names themselves). */
function byName(a: Dirent, b: Dirent): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

export interface PlannedInput {
  /** Path on disk, "-" for standard input. */
  path: string;
  source: string;
  outPath: string;
  missing?: boolean;
  error?: InputError;
  /** Bytes on disk; -1 for a file found in a directory walked without `sizes` (not known until it is read). */
  size: number;
}

export interface ExpandOptions extends Pick<InputOptions, 'include' | 'exclude'> {
  /**
   * Stat every file of a directory for its size (default true). The progress display and the worker pool's byte
   * window need sizes; a run on one core without progress does not, and a stat costs as much as reading a small file.
   */
  sizes?: boolean;
}

/** Expand the command line's inputs into an ordered list of files (directories walked, globs applied); nothing is read yet. */
export function expandInputs(inputs: string[], opts: ExpandOptions = {}): PlannedInput[] {
  const keep = globFilter(opts.include, opts.exclude);
  const out: PlannedInput[] = [];
  for (const inp of inputs) {
    if (inp === '-') { out.push({ path: '-', source: '-', outPath: 'stdin', size: 0 }); continue; }
    let st: Stats;
    try { st = statSync(inp); } catch { out.push({ path: inp, source: inp, outPath: safeRelPath(basename(inp)), missing: true, size: 0 }); continue; }
    if (st.isDirectory()) {
      const { files, rels, sizes, errors } = listDir(inp, opts.sizes !== false);
      // the directory's path from the working directory: a file inside it is that path + its path below it
      // (relative() per file costs more than the rest of the listing); outside the working directory, relative() it is
      const base = relative(process.cwd(), inp);
      const inside = sep === '/' && base !== '..' && !base.startsWith('../') && !isAbsolute(base);
      for (const e of errors) {
        const source = relative(process.cwd(), e.path) || e.path;
        out.push({ path: e.path, source, outPath: safeRelPath(relative(inp, e.path)), error: unreadable(source, e.error), size: 0 });
      }
      for (let f = 0; f < files.length; f++) {
        const p = files[f];
        const rel = sep === '/' ? rels[f] : rels[f].split(sep).join('/');
        // include globs select documents; archives are containers and are opened unless excluded
        const ok = archiveKind(p) ? globFilter([], opts.exclude)(rel) : keep(rel);
        if (!ok) continue;
        const source = inside ? (base === '' ? rels[f] : base + sep + rels[f]) : relative(process.cwd(), p) || p;
        out.push({ path: p, source, outPath: safeRelPath(rel), size: sizes[f] });
      }
    } else out.push({ path: inp, source: inp, outPath: safeRelPath(basename(inp)), size: st.size });
  }
  return out;
}

/**
 * Read a whole stream, stopping with "too-large" past `max` bytes (the rest is drained, not kept). With `expected`
 * (an archive entry's size from its header) the bytes go straight into one buffer of that size: no chunk list and no
 * second copy, so a large entry costs its size once.
 */
async function readCapped(stream: Readable, max: number, expected?: number): Promise<{ bytes?: Uint8Array; size: number }> {
  let size = 0;
  if (expected !== undefined && expected <= max) {
    const buf = Buffer.allocUnsafeSlow(expected);
    let over = false;
    for await (const c of stream) {
      const b = c as Buffer;
      if (!over && size + b.length <= expected) b.copy(buf, size);
      else over = true;
      size += b.length;
    }
    if (!over && size === expected) return { bytes: buf, size };
    if (size > max) return { size };
    // the header lied (the bytes past it were dropped): an error, never a silently cut document
    throw new Error(`entry is ${size} bytes, its header says ${expected}`);
  }
  const chunks: Buffer[] = [];
  for await (const c of stream) {
    size += (c as Buffer).length;
    if (size <= max) chunks.push(c as Buffer);
    else if (chunks.length) chunks.length = 0;
  }
  return size > max ? { size } : { bytes: chunks.length === 1 ? chunks[0] : Buffer.concat(chunks), size };
}

/** The document or error for bytes that were read for `source`. */
function fileDoc(source: string, outPath: string, name: string, read: { bytes?: Uint8Array; size: number }, max: number, diskBytes: number): InputDoc {
  if (!read.bytes) return { source, outPath, error: tooLarge(source, read.size, max), diskBytes };
  return { source, outPath, bytes: read.bytes, html: isHtmlName(name) || undefined, diskBytes };
}

/** Counts bytes flowing through (progress inside compressed archives). */
function counter(): Transform & { count: number } {
  const t = new Transform({ transform(chunk: Buffer, _enc, cb) { t.count += chunk.length; cb(null, chunk); } }) as Transform & { count: number };
  t.count = 0;
  return t;
}

async function* tarDocs(path: string, source: string, outPath: string, kind: 'tar' | 'tgz', o: Required<Pick<InputOptions, 'maxSize'>> & InputOptions, keep: (p: string) => boolean): AsyncGenerator<InputDoc> {
  const extract = tar.extract();
  const count = counter();
  const streams: NodeJS.ReadableStream[] = [createReadStream(path), count];
  if (kind === 'tgz') streams.push(createGunzip());
  let failure: unknown;
  pipeline([...streams, extract] as unknown as [NodeJS.ReadableStream, NodeJS.WritableStream], (err) => { if (err) failure = err; });
  let seen = 0;
  let yielded = false;
  try {
    for await (const entry of extract) {
      const h = entry.header;
      const name = h.name.replace(/^\.\//u, '');
      const base = name.split('/').pop() ?? '';
      const regular = h.type === 'file' || h.type === 'contiguous-file';
      if (!regular || base.startsWith('.') || !keep(name) || (o.stopped?.() ?? false)) {
        entry.resume(); await new Promise<void>((r) => { entry.on('end', r); });
        if (o.stopped?.()) break;
        continue;
      }
      const src = `${source}:${name}`;
      const op = `${outPath}/${safeRelPath(name)}`;
      if (o.skip?.(op)) { entry.resume(); await new Promise<void>((r) => { entry.on('end', r); }); continue; }
      const size = h.size ?? 0;
      let read: { bytes?: Uint8Array; size: number };
      if (size > o.maxSize) { entry.resume(); await new Promise<void>((r) => { entry.on('end', r); }); read = { size }; }
      else read = await readCapped(entry as unknown as Readable, o.maxSize, h.size ?? undefined);
      const disk = count.count - seen; seen = count.count;
      yielded = true;
      yield fileDoc(src, op, name, read, o.maxSize, disk);
    }
  } catch (e) {
    failure = e;
  }
  if (failure && !(o.stopped?.() ?? false)) {
    yield { source, outPath, error: { code: 'bad-archive', message: `vnner: cannot read ${kind === 'tgz' ? 'gzipped tar' : 'tar'} archive ${source}${yielded ? ' past its last good entry' : ''}: ${(failure as Error).message}` }, diskBytes: 0 };
  }
}

function openZip(path: string): Promise<yauzl.ZipFile> {
  return new Promise((res, rej) => yauzlLib().open(path, { lazyEntries: true, autoClose: true, decodeStrings: true }, (err, zf) => (err ? rej(err) : res(zf!))));
}

async function* zipDocs(path: string, source: string, outPath: string, o: Required<Pick<InputOptions, 'maxSize'>> & InputOptions, keep: (p: string) => boolean): AsyncGenerator<InputDoc> {
  let zf: yauzl.ZipFile;
  try { zf = await openZip(path); } catch (e) {
    yield { source, outPath, error: { code: 'bad-archive', message: `vnner: cannot read zip archive ${source}: ${(e as Error).message}` }, diskBytes: 0 };
    return;
  }
  const next = () => new Promise<yauzl.Entry | null>((res, rej) => {
    const onEntry = (e: yauzl.Entry) => { cleanup(); res(e); };
    const onEnd = () => { cleanup(); res(null); };
    const onErr = (e: Error) => { cleanup(); rej(e); };
    const cleanup = () => { zf.off('entry', onEntry); zf.off('end', onEnd); zf.off('error', onErr); };
    zf.on('entry', onEntry); zf.on('end', onEnd); zf.on('error', onErr);
    zf.readEntry();
  });
  try {
    for (;;) {
      if (o.stopped?.()) break;
      let entry: yauzl.Entry | null;
      try { entry = await next(); } catch (e) {
        yield { source, outPath, error: { code: 'bad-archive', message: `vnner: cannot read zip archive ${source}: ${(e as Error).message}` }, diskBytes: 0 };
        return;
      }
      if (!entry) return;
      const name = entry.fileName;
      const base = name.split('/').pop() ?? '';
      if (name.endsWith('/') || base.startsWith('.') || !keep(name)) continue;
      const src = `${source}:${name}`;
      const op = `${outPath}/${safeRelPath(name)}`;
      if (o.skip?.(op)) continue;
      const disk = entry.compressedSize;
      if (entry.uncompressedSize > o.maxSize) { yield { source: src, outPath: op, error: tooLarge(src, entry.uncompressedSize, o.maxSize), diskBytes: disk }; continue; }
      let read: { bytes?: Uint8Array; size: number };
      try {
        const rs = await new Promise<Readable>((res, rej) => zf.openReadStream(entry!, (err, s) => (err ? rej(err) : res(s!))));
        read = await readCapped(rs, o.maxSize, entry.uncompressedSize);
      } catch (e) {
        yield { source: src, outPath: op, error: unreadable(src, e), diskBytes: disk };
        continue;
      }
      yield fileDoc(src, op, name, read, o.maxSize, disk);
    }
  } finally {
    zf.close();
  }
}

/** JSONL documents: one per non-blank line. The text field is required; the id field (when present) names the source. */
export async function* jsonlDocs(stream: Readable, source: string, outPath: string, o: InputOptions): AsyncGenerator<InputDoc> {
  const textField = o.textField ?? 'text';
  const idField = o.idField ?? 'id';
  const max = o.maxSize ?? DEFAULT_MAX_SIZE;
  const rl = createInterface({ input: stream, crlfDelay: Infinity });
  let lineNo = 0;
  try {
    for await (const line of rl) {
      lineNo++;
      if (o.stopped?.()) break;
      if (line.trim() === '') continue;
      const diskBytes = Buffer.byteLength(line) + 1;
      let src = `${source}:${lineNo}`;
      let rec: unknown;
      try { rec = JSON.parse(line); } catch (e) {
        yield { source: src, outPath: `${outPath}/${lineNo}`, error: { code: 'bad-jsonl', message: `vnner: ${src}: not JSON: ${(e as Error).message}` }, diskBytes };
        continue;
      }
      if (rec === null || typeof rec !== 'object' || Array.isArray(rec)) {
        yield { source: src, outPath: `${outPath}/${lineNo}`, error: { code: 'bad-jsonl', message: `vnner: ${src}: expected a JSON object` }, diskBytes };
        continue;
      }
      const obj = rec as Record<string, unknown>;
      const id = obj[idField];
      if ((typeof id === 'string' && id !== '') || typeof id === 'number') src = String(id);
      const op = (typeof id === 'string' && id !== '') || typeof id === 'number' ? `${outPath}/${safeRelPath(String(id))}` : `${outPath}/${lineNo}`;
      if (o.skip?.(op)) continue;
      const text = obj[textField];
      const meta: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(obj)) if (k !== textField) meta[k] = v;
      if (typeof text !== 'string') {
        yield { source: src, outPath: op, error: { code: 'bad-jsonl', message: `vnner: ${src}: no string field "${textField}"` }, meta, diskBytes };
        continue;
      }
      if (Buffer.byteLength(text) > max) { yield { source: src, outPath: op, error: tooLarge(src, Buffer.byteLength(text), max), meta, diskBytes }; continue; }
      yield { source: src, outPath: op, text, meta: Object.keys(meta).length ? meta : undefined, diskBytes };
    }
  } finally {
    rl.close();
  }
}

/** All documents of the planned inputs, in order, read lazily (the consumer's pace bounds memory). */
export async function* readDocuments(planned: PlannedInput[], opts: InputOptions = {}): AsyncGenerator<InputDoc> {
  const o = { ...opts, maxSize: opts.maxSize ?? DEFAULT_MAX_SIZE };
  const keep = globFilter(opts.include, opts.exclude);
  for (const item of planned) {
    if (o.stopped?.()) return;
    const { source, outPath } = item;
    if (item.missing) { yield { source, outPath, error: { code: 'not-found', message: `vnner: no such file or directory: ${source}` }, diskBytes: 0 }; continue; }
    if (item.error) { yield { source, outPath, error: item.error, diskBytes: 0 }; continue; }
    const stdin = item.path === '-';
    // --input-format jsonl applies to every input (files and stdin); otherwise *.jsonl files are ordinary text
    if (o.inputFormat === 'jsonl') {
      let stream: Readable;
      try {
        stream = stdin ? (o.stdin ?? process.stdin) : createReadStream(item.path);
        if (!stdin) await new Promise<void>((res, rej) => { (stream as ReturnType<typeof createReadStream>).once('open', () => res()).once('error', rej); });
      } catch (e) { yield { source, outPath, error: unreadable(source, e), diskBytes: 0 }; continue; }
      try {
        yield* jsonlDocs(stream, stdin ? '-' : source, stdin ? 'stdin' : outPath, o);
      } catch (e) { yield { source, outPath, error: unreadable(source, e), diskBytes: 0 }; }
      continue;
    }
    const kind = stdin ? undefined : archiveKind(item.path);
    if (kind === 'zip') { yield* zipDocs(item.path, source, outPath, o, keep); continue; }
    if (kind) { yield* tarDocs(item.path, source, outPath, kind, o, keep); continue; }
    if (o.skip?.(outPath)) continue;
    try {
      if (stdin) { yield fileDoc('-', 'stdin', '-', await readCapped(o.stdin ?? process.stdin, o.maxSize), o.maxSize, 0); continue; }
      if (o.deferRead) {
        // size from the directory walk; the reader checks it again on the bytes it gets
        // (a size of -1 is not known yet: taken now with sizeDeferred, else the reader checks it)
        const size = item.size < 0 && o.sizeDeferred ? statSync(item.path).size : item.size;
        if (size > o.maxSize) { yield { source, outPath, error: tooLarge(source, size, o.maxSize), diskBytes: size }; continue; }
        yield { source, outPath, path: item.path, html: isHtmlName(item.path) || undefined, diskBytes: Math.max(0, size) };
        continue;
      }
      const size = statSync(item.path).size;
      if (size > o.maxSize) { yield { source, outPath, error: tooLarge(source, size, o.maxSize), diskBytes: size }; continue; }
      yield { source, outPath, bytes: readFileSync(item.path), html: isHtmlName(item.path) || undefined, diskBytes: size };
    } catch (e) {
      yield { source, outPath, error: unreadable(source, e), diskBytes: 0 };
    }
  }
}
