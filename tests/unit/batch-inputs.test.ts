// Input layer of batch extraction: globs, directory walk, tar/tgz/zip streamed, JSONL records, HTML, size limit.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import * as tar from 'tar-stream';
import {
  archiveKind, globFilter, safeRelPath, expandInputs, readDocuments, jsonlDocs, type InputDoc,
} from '../../src/batch/inputs.js';
import { htmlToText } from '../../src/batch/html.js';
import { processDocument } from '../../src/batch/process.js';
import { loadLexicon } from '../../src/lexicon/lexicon.js';
import fc from 'fast-check';
import { progressLine, formatDuration } from '../../src/batch/progress.js';

// --- helpers: archives built on the fly -------------------------------------------------------------------
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(b: Uint8Array): number {
  let c = 0xffffffff;
  for (const x of b) c = CRC_TABLE[(c ^ x) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
/** A minimal stored (uncompressed) zip writer: local headers, central directory, end record. */
export function storedZip(files: [string, Uint8Array | string][]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of files) {
    const data = typeof content === 'string' ? Buffer.from(content) : Buffer.from(content);
    const nameBuf = Buffer.from(name);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(0x0800, 6);
    local.writeUInt32LE(crc, 14); local.writeUInt32LE(data.length, 18); local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6); central.writeUInt16LE(0x0800, 8);
    central.writeUInt32LE(crc, 16); central.writeUInt32LE(data.length, 20); central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBuf.length, 28); central.writeUInt32LE(offset, 42);
    locals.push(local, nameBuf, data);
    centrals.push(central, nameBuf);
    offset += 30 + nameBuf.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(files.length, 8); end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(cd.length, 12); end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}
export async function tarBuffer(files: [string, Uint8Array | string][]): Promise<Buffer> {
  const pack = tar.pack();
  for (const [name, content] of files) pack.entry({ name }, typeof content === 'string' ? Buffer.from(content) : Buffer.from(content));
  pack.finalize();
  const chunks: Buffer[] = [];
  for await (const c of pack) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}
async function collect(it: AsyncIterable<InputDoc>): Promise<InputDoc[]> {
  const out: InputDoc[] = [];
  for await (const d of it) out.push(d);
  return out;
}
const txt = (d: InputDoc) => (d.bytes ? Buffer.from(d.bytes).toString('utf8') : d.text);

// --- fixtures ------------------------------------------------------------------------------------------------
let dir: string;
const FILES: [string, string][] = [
  ['a.txt', 'Ông Nguyễn Văn An'],
  ['b/c.txt', 'Bà Trần Thị Bình'],
  ['b/d.html', '<p>Hà&nbsp;Nội</p>'],
  ['e.md', 'ghi chú'],
  ['empty.txt', ''],
];
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vnner-batch-in-'));
  const tree = join(dir, 'tree');
  for (const [p, c] of FILES) { mkdirSync(join(tree, p, '..'), { recursive: true }); writeFileSync(join(tree, p), c); }
  writeFileSync(join(tree, '.hidden.txt'), 'x');
  writeFileSync(join(dir, 'big.txt'), 'x'.repeat(2000));
  const tarred = await tarBuffer([...FILES, ['big.txt', 'y'.repeat(2000)]]);
  writeFileSync(join(dir, 'a.tar'), tarred);
  writeFileSync(join(dir, 'a.tar.gz'), gzipSync(tarred));
  writeFileSync(join(dir, 'a.zip'), storedZip([...FILES, ['dir/', ''], ['big.txt', 'z'.repeat(2000)]]));
  writeFileSync(join(dir, 'broken.tgz'), Buffer.from('not gzip at all'));
  writeFileSync(join(dir, 'broken.zip'), Buffer.from('PK not really'));
});
afterAll(() => { rmSync(dir, { recursive: true, force: true }); });

describe('names and globs', () => {
  it.each([
    ['x.tar', 'tar'], ['x.TAR.GZ', 'tgz'], ['x.tgz', 'tgz'], ['x.zip', 'zip'], ['x.gz', undefined], ['x.txt', undefined], ['tar', undefined],
  ])('archiveKind(%s) = %s', (n, k) => { expect(archiveKind(n)).toBe(k); });

  it.each([
    ['../../etc/passwd', 'etc/passwd'], ['/abs/x.txt', 'abs/x.txt'], ['a/./b', 'a/b'], ['C:\\x\\y.txt', 'x/y.txt'], ['', '_'], ['a:b', 'a_b'],
  ])('safeRelPath(%s) = %s', (p, r) => { expect(safeRelPath(p)).toBe(r); });

  // safeRelPath returns an already safe path as it is (one regex test): it must agree with the full rewrite everywhere
  const rewrite = (p: string) => p.replace(/\\/gu, '/').replace(/^[A-Za-z]:(?=\/)/u, '').split('/')
    .filter((x) => x !== '' && x !== '.' && x !== '..').map((x) => x.replace(/[\u0000-\u001f:*?"<>|]/gu, '_')).join('/') || '_';
  it('safeRelPath agrees with the full rewrite on paths of tricky characters', () => {
    const piece = fc.constantFrom('a', 'ệ', '.', '..', '/', '\\', ':', 'C', '*', ' ', '\u0001', '|');
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }).map((a) => a.join('')), (p) => safeRelPath(p) === rewrite(p)), { numRuns: 3000 });
    fc.assert(fc.property(fc.string(), (p) => safeRelPath(p) === rewrite(p)), { numRuns: 1000 });
  });

  const cases: [string[], string[], string, boolean][] = [
    [[], [], 'a/b.txt', true],
    [['*.txt'], [], 'a/b.txt', true],
    [['*.txt'], [], 'a/b.html', false],
    [['a/**'], [], 'a/b/c.md', true],
    [['a/**'], [], 'b/c.md', false],
    [[], ['*.md'], 'x/y.md', false],
    [['*.txt'], ['skip/**'], 'skip/a.txt', false],
    [['*.{txt,html}'], [], 'q.html', true],
  ];
  it.each(cases)('include %j exclude %j: %s -> %s', (inc, exc, p, want) => { expect(globFilter(inc, exc)(p)).toBe(want); });
});

describe('directory walk', () => {
  it('is sorted, recursive, skips hidden files, applies globs', () => {
    const all = expandInputs([join(dir, 'tree')]).map((p) => p.outPath);
    expect(all).toEqual(['a.txt', 'b/c.txt', 'b/d.html', 'e.md', 'empty.txt']);
    expect(expandInputs([join(dir, 'tree')], { include: ['*.txt'] }).map((p) => p.outPath)).toEqual(['a.txt', 'b/c.txt', 'empty.txt']);
    expect(expandInputs([join(dir, 'tree')], { exclude: ['b/**'] }).map((p) => p.outPath)).toEqual(['a.txt', 'e.md', 'empty.txt']);
  });
  it('without sizes: the same files in the same order, no stat per file (size -1), links followed', () => {
    const linked = join(dir, 'linked');
    mkdirSync(linked, { recursive: true });
    symlinkSync(join(dir, 'tree', 'b'), join(linked, 'b-link'));
    symlinkSync(join(dir, 'tree', 'a.txt'), join(linked, 'a-link.txt'));
    symlinkSync(join(dir, 'nowhere.txt'), join(linked, 'dangling.txt'));
    writeFileSync(join(linked, 'z.txt'), 'z');
    for (const root of [join(dir, 'tree'), linked]) {
      const sized = expandInputs([root]);
      const unsized = expandInputs([root], { sizes: false });
      expect(unsized.map((p) => [p.path, p.outPath, p.source, p.error?.code])).toEqual(sized.map((p) => [p.path, p.outPath, p.source, p.error?.code]));
      expect(sized.filter((p) => !p.error).every((p) => p.size >= 0)).toBe(true);
      expect(unsized.filter((p) => !p.error && !p.path.includes('-link')).every((p) => p.size === -1)).toBe(true);
    }
    // entries that cannot be listed or followed come first, as error records
    expect(expandInputs([linked], { sizes: false }).map((p) => p.outPath)).toEqual(['dangling.txt', 'a-link.txt', 'b-link/c.txt', 'b-link/d.html', 'z.txt']);
    expect(expandInputs([linked], { sizes: false })[0].error?.code).toBe('unreadable');
  });
  it('without sizes, a file over --max-size is still a too-large error (found when it is read)', async () => {
    const bigDir = join(dir, 'big-dir');
    mkdirSync(bigDir, { recursive: true });
    writeFileSync(join(bigDir, 'big.txt'), 'x'.repeat(2000));
    const [d] = await collect(readDocuments(expandInputs([bigDir], { sizes: false }), { maxSize: 1000, deferRead: true }));
    expect(d.path).toBeDefined();
    expect(d.diskBytes).toBe(0);
    const rec = processDocument({ source: d.source, path: d.path, maxSize: 1000, options: {} }, loadLexicon());
    expect('error' in rec && rec.error?.code).toBe('too-large');
  });
  it('without sizes but with sizeDeferred, each file is sized as it is yielded (the byte window of the worker pool)', async () => {
    const docs = await collect(readDocuments(expandInputs([join(dir, 'tree')], { sizes: false }), { deferRead: true, sizeDeferred: true, maxSize: 10 }));
    const sized = await collect(readDocuments(expandInputs([join(dir, 'tree')]), { deferRead: true, maxSize: 10 }));
    expect(docs.map((d) => [d.outPath, d.diskBytes, d.error?.code])).toEqual(sized.map((d) => [d.outPath, d.diskBytes, d.error?.code]));
    expect(docs.map((d) => d.diskBytes)).toEqual(FILES.map(([, c]) => Buffer.byteLength(c)));
    expect(docs.filter((d) => d.error?.code === 'too-large').map((d) => d.outPath)).toEqual(['a.txt', 'b/c.txt', 'b/d.html']);
  });
  it('marks missing inputs and keeps "-" for stdin', () => {
    const p = expandInputs([join(dir, 'nope.txt'), '-']);
    expect(p[0].missing).toBe(true);
    expect(p[1]).toMatchObject({ path: '-', source: '-' });
  });
  it('reads files, HTML flagged, empty file is a document, missing is an error', async () => {
    const docs = await collect(readDocuments(expandInputs([join(dir, 'tree'), join(dir, 'nope.txt')])));
    expect(docs.map((d) => d.outPath)).toEqual(['a.txt', 'b/c.txt', 'b/d.html', 'e.md', 'empty.txt', 'nope.txt']);
    expect(docs[2].html).toBe(true);
    expect(docs[4].bytes?.length).toBe(0);
    expect(docs[4].error).toBeUndefined();
    expect(docs[5].error?.code).toBe('not-found');
  });
  it('a file over --max-size is a too-large error, not a crash', async () => {
    const [d] = await collect(readDocuments(expandInputs([join(dir, 'big.txt')]), { maxSize: 1000 }));
    expect(d.error?.code).toBe('too-large');
    expect(d.bytes).toBeUndefined();
  });
});

describe('archives', () => {
  it.each(['a.tar', 'a.tar.gz', 'a.zip'])('%s: entries in order, named archive:path, same contents as the tree', async (name) => {
    const docs = await collect(readDocuments(expandInputs([join(dir, name)]), { maxSize: 1000 }));
    expect(docs.map((d) => d.source.split(':').pop())).toEqual([...FILES.map((f) => f[0]), 'big.txt']);
    expect(docs[0].source).toBe(`${join(dir, name)}:a.txt`);
    expect(docs[0].outPath).toBe(`${name}/a.txt`);
    expect(docs.slice(0, FILES.length).map(txt)).toEqual(FILES.map((f) => f[1]));
    expect(docs[2].html).toBe(true);
    expect(docs[FILES.length].error?.code).toBe('too-large');
  });
  it.each(['a.tar.gz', 'a.zip'])('%s: include/exclude apply to entries', async (name) => {
    const docs = await collect(readDocuments(expandInputs([join(dir, name)]), { include: ['*.txt'], exclude: ['big.txt'] }));
    expect(docs.map((d) => d.source.split(':').pop())).toEqual(['a.txt', 'b/c.txt', 'empty.txt']);
  });
  it.each(['broken.tgz', 'broken.zip'])('%s: one bad-archive error record', async (name) => {
    const docs = await collect(readDocuments(expandInputs([join(dir, name)])));
    expect(docs).toHaveLength(1);
    expect(docs[0].error?.code).toBe('bad-archive');
  });
  it('skip() is asked before reading each entry', async () => {
    const docs = await collect(readDocuments(expandInputs([join(dir, 'a.zip')]), { skip: (p) => p.endsWith('a.txt') || p.endsWith('big.txt') }));
    expect(docs.map((d) => d.outPath)).toEqual(['a.zip/b/c.txt', 'a.zip/b/d.html', 'a.zip/e.md', 'a.zip/empty.txt']);
  });
});

describe('JSONL input', () => {
  const lines = [
    '{"id":"x1","text":"một","lang":"vi"}',
    '',
    '{"text":"hai"}',
    'not json',
    '[1,2]',
    '{"id":7,"body":"ba"}',
    '{"id":"x2","text":12}',
  ].join('\n');
  it('one document per non-blank line; id names the source; other fields in meta; bad lines are error records', async () => {
    const docs = await collect(jsonlDocs(Readable.from([lines]), 'in.jsonl', 'in.jsonl', {}));
    expect(docs.map((d) => [d.source, d.text ?? null, d.error?.code ?? null])).toEqual([
      ['x1', 'một', null], ['in.jsonl:3', 'hai', null], ['in.jsonl:4', null, 'bad-jsonl'], ['in.jsonl:5', null, 'bad-jsonl'],
      ['7', null, 'bad-jsonl'], ['x2', null, 'bad-jsonl'],
    ]);
    expect(docs[0].meta).toEqual({ id: 'x1', lang: 'vi' });
    expect(docs[1].meta).toBeUndefined();
  });
  it('--text-field / --id-field', async () => {
    const docs = await collect(jsonlDocs(Readable.from([lines]), 'in.jsonl', 'in.jsonl', { textField: 'body', idField: 'lang' }));
    expect(docs.filter((d) => !d.error).map((d) => [d.source, d.text])).toEqual([['in.jsonl:6', 'ba']]);
  });
  it('from standard input with --input-format jsonl', async () => {
    const docs = await collect(readDocuments(expandInputs(['-']), { inputFormat: 'jsonl', stdin: Readable.from(['{"text":"a"}\n{"text":"b"}\n']) }));
    expect(docs.map((d) => [d.source, d.text])).toEqual([['-:1', 'a'], ['-:2', 'b']]);
  });
  it('a text over --max-size is a too-large error', async () => {
    const docs = await collect(jsonlDocs(Readable.from(['{"text":"' + 'x'.repeat(50) + '"}']), 'f', 'f', { maxSize: 10 }));
    expect(docs[0].error?.code).toBe('too-large');
  });
});

describe('HTML to text', () => {
  it.each([
    ['<p>Hà&nbsp;Nội &amp; Huế</p>', 'Hà Nội & Huế'],
    ['<html><head><title>T</title><style>p{}</style></head><body><h1>Tít</h1><p>Đoạn <b>một</b>.</p><script>var x=1</script><p>Hai</p></body></html>', 'Tít\nĐoạn một.\nHai'],
    ['a<br>b', 'a\nb'],
    ['<title>Chỉ tiêu đề</title>', 'Chỉ tiêu đề'],
    ['<p>unclosed <i>tags', 'unclosed tags'],
    ['', ''],
  ])('%s', (html, text) => { expect(htmlToText(html)).toBe(text); });
});

describe('progress line', () => {
  it.each([
    [[3, 0, 5e6, 10e6, 2], '3 files · 5.0/10.0 MB · 2.50 MB/s · ETA 0:02'],
    [[3, 1, 5e6, 0, 2], '3 files (1 failed) · 5.0 MB · 2.50 MB/s'],
    [[0, 0, 0, 10e6, 0], '0 files · 0.0/10.0 MB · 0.00 MB/s'],
  ] as [[number, number, number, number, number], string][])('%j', (args, want) => { expect(progressLine(...args)).toBe(want); });
  it.each([[0, '0:00'], [75, '1:15'], [3725, '1:02:05'], [Number.NaN, '?']])('formatDuration(%s)', (s, w) => { expect(formatDuration(s)).toBe(w); });
});
