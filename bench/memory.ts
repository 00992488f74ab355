// Bounded memory on a ~1 GB archive (issue #7): node dist/bench/memory.js [--text MB] [--blobs N] [--jobs N]
// Generates (once) bench/data/big-1GB.tar.gz, streamed, never whole in memory:
//   --text MB (default 200) of articles: the bench corpus's files again and again under new names (gzip compresses
//   them ~4x), plus --blobs N (default 26) entries of 30 MB of random bytes (incompressible: they make the archive
//   ~1 GB on disk; each is read whole, 30 MB < --max-size, and becomes a "binary" error record) and two 80 MB random
//   entries, larger than --max-size (drained, never held: "too-large" error records).
// Then runs `vnner extract --jobs N -f jsonl` on it under /usr/bin/time -f %M, output counted and dropped, and samples
// the resident set of the whole process tree every 100 ms from /proc (VmRSS of every process below /usr/bin/time;
// the --jobs workers are threads of the one node process, so its VmRSS already holds them: Threads is printed too).
import { spawn } from 'node:child_process';
import { randomFillSync } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGzip } from 'node:zlib';
import { pipeline } from 'node:stream/promises';
import * as tar from 'tar-stream';
import { countJsonl, keepTail } from './child-output.js';

const ROOT = fileURLToPath(new URL(existsSync(new URL('../../package.json', import.meta.url)) ? '../../' : '../', import.meta.url));
const BIN = join(ROOT, 'bin', 'vnner.js');

interface Args { text: number; blobs: number; jobs: number }
function parseArgs(argv: string[]): Args {
  const a: Args = { text: 200, blobs: 26, jobs: 2 };
  for (let i = 0; i < argv.length; i++) {
    const v = Number(argv[i + 1]);
    if (argv[i] === '--text') { a.text = v; i++; } else if (argv[i] === '--blobs') { a.blobs = v; i++; } else if (argv[i] === '--jobs') { a.jobs = v; i++; } else throw new Error(`unknown argument ${argv[i]} (use --text MB, --blobs N, --jobs N)`);
  }
  return a;
}

/** The texts of the largest generated bench corpus (npm run bench makes one), else the fixture texts. */
function sourceTexts(): Buffer[] {
  const data = join(ROOT, 'bench', 'data');
  const corpora = existsSync(data) ? readdirSync(data).filter((d) => /^corpus-\d+MB$/u.test(d) && existsSync(join(data, d, '.complete'))) : [];
  corpora.sort((x, y) => Number(/\d+/u.exec(y)![0]) - Number(/\d+/u.exec(x)![0]));
  if (corpora.length) {
    const dir = join(data, corpora[0]);
    const out: Buffer[] = [];
    for (const sub of readdirSync(dir).filter((s) => !s.startsWith('.')).sort()) for (const f of readdirSync(join(dir, sub)).sort()) out.push(readFileSync(join(dir, sub, f)));
    return out;
  }
  const fx = join(ROOT, 'fixtures', 'docs');
  return readdirSync(fx).filter((f) => f.endsWith('.json')).sort().map((f) => Buffer.from((JSON.parse(readFileSync(join(fx, f), 'utf8')) as { text: string }).text));
}

async function generate(out: string, a: Args): Promise<{ articles: number; textMB: number }> {
  const texts = sourceTexts();
  const pack = tar.pack();
  const tmp = `${out}.part`;
  const done = pipeline(pack, createGzip({ level: 1 }), createWriteStream(tmp));
  const entry = (name: string, data: Buffer) => new Promise<void>((res, rej) => pack.entry({ name, size: data.length }, data, (e) => (e ? rej(e) : res())));
  let bytes = 0;
  let n = 0;
  const blobEvery = Math.max(1, Math.floor((a.text * 1e6) / Math.max(1, a.blobs) / 3000));
  let blobs = 0;
  const blob = Buffer.alloc(30 * 1024 * 1024);
  while (bytes < a.text * 1e6) {
    const t = texts[n % texts.length];
    await entry(`news/${String(Math.floor(n / 1000)).padStart(4, '0')}/a${String(n).padStart(7, '0')}.txt`, t);
    bytes += t.length;
    n++;
    if (n % blobEvery === 0 && blobs < a.blobs) { randomFillSync(blob); await entry(`scans/blob${blobs++}.bin`, blob); }
  }
  while (blobs < a.blobs) { randomFillSync(blob); await entry(`scans/blob${blobs++}.bin`, blob); }
  const big = Buffer.alloc(80 * 1024 * 1024);
  for (let k = 0; k < 2; k++) { randomFillSync(big); await entry(`scans/huge${k}.bin`, big); }
  pack.finalize();
  await done;
  renameSync(tmp, out);
  return { articles: n, textMB: bytes / 1e6 };
}

/** VmRSS (kB) and thread count of a process and all its descendants. */
function treeRss(pid: number): { kb: number; threads: number; procs: number } {
  let kb = 0;
  let threads = 0;
  let procs = 0;
  const visit = (p: number) => {
    let status: string;
    try { status = readFileSync(`/proc/${p}/status`, 'utf8'); } catch { return; }
    kb += Number(/VmRSS:\s+(\d+)/u.exec(status)?.[1] ?? 0);
    threads += Number(/Threads:\s+(\d+)/u.exec(status)?.[1] ?? 0);
    procs++;
    let tasks: string[] = [];
    try { tasks = readdirSync(`/proc/${p}/task`); } catch { /* gone */ }
    for (const t of tasks) {
      let children = '';
      try { children = readFileSync(`/proc/${p}/task/${t}/children`, 'utf8'); } catch { /* gone */ }
      for (const c of children.split(' ').filter(Boolean)) visit(Number(c));
    }
  };
  visit(pid);
  return { kb, threads, procs };
}

async function main(): Promise<void> {
  const a = parseArgs(process.argv.slice(2));
  const data = join(ROOT, 'bench', 'data');
  mkdirSync(data, { recursive: true });
  const archive = join(data, `big-${a.text}MB-text-${a.blobs}-blobs.tar.gz`);
  if (!existsSync(archive)) {
    process.stderr.write(`generating ${archive}...\n`);
    const g = await generate(archive, a);
    process.stderr.write(`  ${g.articles} articles, ${g.textMB.toFixed(0)} MB of text, ${a.blobs} x 30 MB + 2 x 80 MB random entries\n`);
  }
  const size = statSync(archive).size;
  process.stderr.write(`archive: ${archive}, ${(size / 1e6).toFixed(0)} MB on disk\n`);
  const args = [BIN, 'extract', '--quiet', '--jobs', String(a.jobs), '-f', 'jsonl', archive];
  process.stderr.write(`running: /usr/bin/time -f %M node ${args.join(' ')} > /dev/null (lines counted)\n`);
  const t0 = process.hrtime.bigint();
  const child = spawn('/usr/bin/time', ['-f', '@@time_maxrss_kb %M', process.execPath, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const count = countJsonl(child.stdout, '"error":{');
  const stderr = keepTail(child.stderr);
  let peak = { kb: 0, threads: 0, procs: 0 };
  const timer = setInterval(() => { const r = treeRss(child.pid!); if (r.kb > peak.kb) peak = r; }, 100);
  const code = await new Promise<number | null>((res) => child.on('close', res));
  clearInterval(timer);
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const timeKb = Number(/@@time_maxrss_kb (\d+)/u.exec(stderr())?.[1] ?? NaN);
  const result = {
    archiveMB: size / 1e6, jobs: a.jobs, seconds, records: count.records, errorRecords: count.errors, exitCode: code,
    peakTreeRssMB: peak.kb / 1024, threadsAtPeak: peak.threads, processesAtPeak: peak.procs, timeMaxRssMB: timeKb / 1024,
  };
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  process.stdout.write(`peak RSS of the whole tree (sampled /proc, ${peak.procs} processes, ${peak.threads} threads): ${result.peakTreeRssMB.toFixed(0)} MB; ` +
    `/usr/bin/time %M: ${result.timeMaxRssMB.toFixed(0)} MB; target < 300 MB: ${Math.max(result.peakTreeRssMB, result.timeMaxRssMB) < 300 ? 'met' : 'NOT met'}\n`);
}

main().catch((e: unknown) => { process.stderr.write(`bench: ${(e as Error).message}\n`); process.exitCode = 2; });
