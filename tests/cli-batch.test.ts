// The BUILT binary on a generated tree (run `npm run build` first): N articles + a binary + an empty file give N+2
// records, exit 1; the same tree as .tar.gz and as .zip gives the same records; --output-dir, --skip-existing,
// JSONL on stdin (the streaming-mapper contract, also through the README's Hadoop/Spark wrapper) and `| head` ending quietly.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawnSync, spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, readdirSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as tar from 'tar-stream';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'vnner.js');
const built = existsSync(join(ROOT, 'dist', 'src', 'batch', 'worker.js'));
const N = 50;

const CRC = Array.from({ length: 256 }, (_, n) => { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; return c >>> 0; });
const crc32 = (b: Buffer) => { let c = 0xffffffff; for (const x of b) c = CRC[(c ^ x) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
function storedZip(files: [string, Buffer][]): Buffer {
  const parts: Buffer[] = []; const central: Buffer[] = []; let off = 0;
  for (const [name, data] of files) {
    const nb = Buffer.from(name); const crc = crc32(data);
    const l = Buffer.alloc(30); l.writeUInt32LE(0x04034b50, 0); l.writeUInt16LE(20, 4); l.writeUInt16LE(0x0800, 6);
    l.writeUInt32LE(crc, 14); l.writeUInt32LE(data.length, 18); l.writeUInt32LE(data.length, 22); l.writeUInt16LE(nb.length, 26);
    const c = Buffer.alloc(46); c.writeUInt32LE(0x02014b50, 0); c.writeUInt16LE(20, 4); c.writeUInt16LE(20, 6); c.writeUInt16LE(0x0800, 8);
    c.writeUInt32LE(crc, 16); c.writeUInt32LE(data.length, 20); c.writeUInt32LE(data.length, 24); c.writeUInt16LE(nb.length, 28); c.writeUInt32LE(off, 42);
    parts.push(l, nb, data); central.push(c, nb); off += 30 + nb.length + data.length;
  }
  const cd = Buffer.concat(central); const e = Buffer.alloc(22);
  e.writeUInt32LE(0x06054b50, 0); e.writeUInt16LE(files.length, 8); e.writeUInt16LE(files.length, 10); e.writeUInt32LE(cd.length, 12); e.writeUInt32LE(off, 16);
  return Buffer.concat([...parts, cd, e]);
}
async function tarGz(files: [string, Buffer][]): Promise<Buffer> {
  const pack = tar.pack();
  for (const [name, data] of files) pack.entry({ name }, data);
  pack.finalize();
  const chunks: Buffer[] = [];
  for await (const c of pack) chunks.push(c as Buffer);
  return gzipSync(Buffer.concat(chunks));
}

let dir: string;
let files: [string, Buffer][];
const vnner = (args: string[], input?: string) => spawnSync(process.execPath, [BIN, 'extract', '--quiet', '--ref-date', '2024-01-01', ...args], { cwd: dir, input, encoding: 'utf8', timeout: 60000 });
const records = (stdout: string) => stdout.trim().split('\n').map((l) => JSON.parse(l) as { source: string; error?: { code: string }; people?: unknown[] });
/** Records keyed by their path inside the tree, with the container prefix removed from sources and messages. */
const canon = (stdout: string, prefix: string) => stdout.trim().split('\n').map((l) => l.split(prefix).join('')).sort();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vnner-cli-batch-'));
  const texts = readdirSync(join(ROOT, 'fixtures', 'docs')).filter((f) => f.endsWith('.json')).sort()
    .map((f) => (JSON.parse(readFileSync(join(ROOT, 'fixtures', 'docs', f), 'utf8')) as { text: string }).text);
  files = [];
  for (let i = 0; i < N; i++) {
    const t = texts[i % texts.length];
    // vary: cut at a different paragraph for repeated fixtures
    const paras = t.split('\n');
    const body = i < texts.length ? t : paras.slice(0, Math.max(1, paras.length - 1 - (i % 3))).join('\n');
    files.push([`news/${String(Math.floor(i / 10)).padStart(2, '0')}/a${String(i).padStart(3, '0')}.txt`, Buffer.from(body)]);
  }
  files.push(['news/blob.bin', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 0, 1, 2, 3, 0, 0, 0])]);
  files.push(['news/empty.txt', Buffer.alloc(0)]);
  for (const [p, b] of files) { mkdirSync(join(dir, 'tree', p, '..'), { recursive: true }); writeFileSync(join(dir, 'tree', p), b); }
  writeFileSync(join(dir, 'tree.tar.gz'), await tarGz(files));
  writeFileSync(join(dir, 'tree.zip'), storedZip(files));
}, 30000);
afterAll(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

describe.skipIf(!built)('vnner extract on a tree, a .tar.gz and a .zip', () => {
  let fromDir: ReturnType<typeof vnner>;
  beforeAll(() => { fromDir = vnner(['--jobs', '2', 'tree']); }, 60000);

  it('directory: N+2 records in input order, the binary file an error record, exit 1', () => {
    expect(fromDir.status).toBe(1);
    const recs = records(fromDir.stdout);
    expect(recs).toHaveLength(N + 2);
    expect(recs.map((r) => r.source)).toEqual(files.map(([p]) => `tree/${p}`).sort());
    const bin = recs.find((r) => r.source.endsWith('blob.bin'));
    expect(bin?.error?.code).toBe('binary');
    const empty = recs.find((r) => r.source.endsWith('empty.txt'));
    expect(empty?.error).toBeUndefined();
    expect(empty?.people).toEqual([]);
    expect(recs.filter((r) => r.error)).toHaveLength(1);
    expect(fromDir.stderr).toContain('blob.bin');
  });

  it.each([['tree.tar.gz', '2'], ['tree.zip', '1']])('%s (--jobs %s) gives the same records', (archive, jobs) => {
    const r = vnner(['--jobs', jobs, archive]);
    expect(r.status).toBe(1);
    expect(records(r.stdout).map((x) => x.source)).toEqual(files.map(([p]) => `${archive}:${p}`));
    expect(canon(r.stdout, `${archive}:`)).toEqual(canon(fromDir.stdout, 'tree/'));
  }, 60000);

  it('--include/--exclude select documents', () => {
    const r = vnner(['--jobs', '1', '--include', 'news/00/**', '--exclude', 'a00[0-4].txt', 'tree.zip']);
    expect(r.status).toBe(0);
    expect(records(r.stdout).map((x) => x.source)).toEqual(['05', '06', '07', '08', '09'].map((k) => `tree.zip:news/00/a0${k}.txt`));
  }, 60000);

  it('--output-dir mirrors the tree, --skip-existing resumes', () => {
    const out = join(dir, 'out');
    const r = vnner(['--jobs', '1', '--include', 'news/0[01]/**', '--include', 'blob.bin', '--output-dir', out, 'tree']);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    const doc = JSON.parse(readFileSync(join(out, 'news/00/a000.txt.json'), 'utf8')) as { source: string };
    expect(doc.source).toBe('tree/news/00/a000.txt');
    expect(existsSync(join(out, 'news/blob.bin.error.json'))).toBe(true);
    expect(readdirSync(join(out, 'news/01'))).toHaveLength(10);
    rmSync(join(out, 'news/01/a013.txt.json'));
    const again = vnner(['--jobs', '1', '--skip-existing', '-f', 'json', '--output-dir', out, '--include', 'news/0[01]/**', 'tree']);
    expect(again.status).toBe(0);
    expect(readdirSync(join(out, 'news/01'))).toHaveLength(10);
    expect(readdirSync(out, { recursive: true }).filter((f) => String(f).includes('.tmp-'))).toEqual([]);
  }, 60000);

  it('streaming mapper: JSONL on stdin -> one JSONL line per input line, in order, meta passed through', () => {
    const lines = files.slice(0, 5).map(([p, b], i) => JSON.stringify({ id: p, text: b.toString('utf8'), shard: i }));
    lines.splice(2, 0, '{"id":"broken"');
    const r = vnner(['--jobs', '2', '--input-format', 'jsonl', '-'], lines.join('\n') + '\n');
    expect(r.status).toBe(1);
    const recs = records(r.stdout) as { source: string; meta?: { shard?: number }; error?: { code: string } }[];
    expect(recs).toHaveLength(6);
    expect(recs.map((x) => x.source)).toEqual([files[0][0], files[1][0], '-:3', files[2][0], files[3][0], files[4][0]]);
    expect(recs[2].error?.code).toBe('bad-jsonl');
    expect(recs[3].meta?.shard).toBe(2);
  }, 60000);

  it('the Hadoop Streaming / Spark pipe mapper of the README: exit 0 with error records, one line per non-blank line, in order', () => {
    // mapper.sh of README.md and docs/batch.md, with the built binary in place of an installed `vnner`
    const mapper = `node ${JSON.stringify(BIN)} extract --input-format jsonl --jobs 1 --quiet - ; [ $? -le 1 ]`;
    const input = [
      ...files.slice(0, 3).map(([p, b]) => JSON.stringify({ id: p, text: b.toString('utf8'), part: 7 })),
      '',
      'not json',
      JSON.stringify({ id: 'no-text', body: 'x' }),
      ...files.slice(3, 6).map(([p, b]) => JSON.stringify({ id: p, text: b.toString('utf8') })),
    ].join('\n') + '\n';
    const r = spawnSync('sh', ['-c', mapper], { cwd: dir, input, encoding: 'utf8', timeout: 60000 });
    expect(r.status).toBe(0);
    const out = r.stdout.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as { source: string; error?: { code: string }; meta?: { part?: number; id?: string } });
    expect(out.map((x) => x.source)).toEqual([files[0][0], files[1][0], files[2][0], '-:5', 'no-text', files[3][0], files[4][0], files[5][0]]);
    expect(out.map((x) => x.error?.code ?? 'doc')).toEqual(['doc', 'doc', 'doc', 'bad-jsonl', 'bad-jsonl', 'doc', 'doc', 'doc']);
    expect(out[0].meta).toEqual({ id: files[0][0], part: 7 });
    expect(r.stderr).toContain('-:5');
    // a failing binary is still a failed task: the wrapper only forgives status 1
    const bad = spawnSync('sh', ['-c', `node ${JSON.stringify(BIN)} extract --no-such-option - ; [ $? -le 1 ]`], { cwd: dir, input: '', encoding: 'utf8', timeout: 60000 });
    expect(bad.status).not.toBe(0);
  }, 60000);

  it('`| head -1` ends quietly', async () => {
    const child = spawn(process.execPath, [BIN, 'extract', '--quiet', '--jobs', '2', 'tree'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => { err += String(d); });
    const first = await new Promise<string>((res) => { child.stdout.once('data', (d) => { res(String(d)); child.stdout.destroy(); }); });
    const code = await new Promise<number | null>((res) => child.on('close', (c) => res(c)));
    expect(first.startsWith('{"source"')).toBe(true);
    expect(code === 0 || code === 1).toBe(true);
    expect(err).not.toMatch(/EPIPE|Error:/u);
  }, 60000);
});
