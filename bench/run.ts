// Benchmark of batch extraction (npm run bench):
//   node dist/bench/run.js [--size MB] [--repeat N] [--json] [--no-baselines]
// Generates a corpus of >= --size MB (default 50) under bench/data/ from fixtures/docs/*.json texts (paragraphs
// recombined and varied with a seeded generator), then measures in one run:
//   start-up time (vnner extract on a tiny file, median of 7) against `node -e 0` (median of 7): ratio, target <= 2.5x;
//   the text layer on one core, in this process, for UTF-8 input (decode + normalize + atoms + sentences): MB/s,
//   target >= 20 MB/s;
//   full pipeline, single core (--jobs 1, from the directory): MB/s, CPU seconds and peak RSS;
//   full pipeline, --jobs 2 from the same directory (the speed-up, target >= 1.7x on 2 cores), run right after
//   --jobs 1 so that both see the same machine; and from the same documents as a .tar.gz (streamed);
//   baselines in this process: a plain syllable tokenizer loop (the floor), and the bare tokenizers of
//   compromise and wink-nlp (dev dependencies, used only here).
// Other work on the machine slows the parallel run most: the load average is printed, and each CLI run's CPU
// seconds (user + system, all threads) next to its wall time show whether it had the cores to itself.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGzip } from 'node:zlib';
import { pipeline } from 'node:stream/promises';
import * as tar from 'tar-stream';
import { countJsonl, keepTail } from './child-output.js';
import { coreSeconds, unequalCoresCeiling } from './cores.js';

const ROOT = fileURLToPath(new URL(existsSync(new URL('../../package.json', import.meta.url)) ? '../../' : '../', import.meta.url));
const BIN = join(ROOT, 'bin', 'vnner.js');
const RSS = join(ROOT, 'dist', 'bench', 'rss.js');

interface Args { size: number; json: boolean; baselines: boolean; repeat: number }
function parseArgs(argv: string[]): Args {
  const a: Args = { size: 50, json: false, baselines: true, repeat: 1 };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--size') a.size = Number(argv[++i]);
    else if (argv[i] === '--repeat') a.repeat = Math.max(1, Math.floor(Number(argv[++i])) || 1);
    else if (argv[i] === '--json') a.json = true;
    else if (argv[i] === '--no-baselines') a.baselines = false;
    else throw new Error(`unknown argument ${argv[i]} (use --size MB, --repeat N, --json, --no-baselines)`);
  }
  if (!Number.isFinite(a.size) || a.size <= 0) throw new Error('--size expects megabytes');
  return a;
}

/** mulberry32: a small seeded generator, so that the corpus is the same on every machine. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function fixtureParagraphs(): string[][] {
  const dir = join(ROOT, 'fixtures', 'docs');
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort()
    .map((f) => (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { text: string }).text.split(/\n+/u).filter((p) => p.trim() !== ''));
}

/** Generate (once) DIR with articles of 2-6 KB... 40 KB built from fixture paragraphs; numbers varied so that dates differ. */
function generateCorpus(dir: string, mb: number): { files: number; bytes: number } {
  const marker = join(dir, '.complete');
  if (existsSync(marker)) return JSON.parse(readFileSync(marker, 'utf8')) as { files: number; bytes: number };
  rmSync(dir, { recursive: true, force: true });
  const docs = fixtureParagraphs();
  const rand = rng(20240101);
  const target = mb * 1e6;
  let bytes = 0;
  let files = 0;
  while (bytes < target) {
    const parts: string[] = [];
    const nDocs = 1 + Math.floor(rand() * 4);
    for (let k = 0; k < nDocs; k++) {
      const d = docs[Math.floor(rand() * docs.length)];
      const from = Math.floor(rand() * Math.max(1, d.length - 2));
      for (const p of d.slice(from)) parts.push(p.replace(/(?<![\p{N}])([1-9])(?=\/)/gu, () => String(1 + Math.floor(rand() * 28))));
    }
    const text = parts.join('\n');
    const sub = join(dir, String(Math.floor(files / 500)).padStart(3, '0'));
    if (files % 500 === 0) mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `a${String(files).padStart(6, '0')}.txt`), text);
    bytes += Buffer.byteLength(text);
    files++;
  }
  const info = { files, bytes };
  writeFileSync(marker, JSON.stringify(info));
  return info;
}

async function tarGzOf(dir: string, out: string): Promise<void> {
  if (existsSync(out) && statSync(out).mtimeMs >= statSync(join(dir, '.complete')).mtimeMs) return;
  const pack = tar.pack();
  const done = pipeline(pack, createGzip({ level: 6 }), createWriteStream(out));
  for (const sub of readdirSync(dir).filter((s) => !s.startsWith('.')).sort()) {
    for (const f of readdirSync(join(dir, sub)).sort()) {
      const data = readFileSync(join(dir, sub, f));
      await new Promise<void>((res, rej) => pack.entry({ name: `${sub}/${f}`, size: data.length }, data, (e) => (e ? rej(e) : res())));
    }
  }
  pack.finalize();
  await done;
}

interface CliRun { seconds: number; cpuSeconds: number; rssMB: number; records: number; errors: number; code: number | null }

/** Run the CLI (through the RSS reporter), count output records, time the whole run. */
function runCli(args: string[]): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, [RSS, 'extract', '--quiet', '-f', 'jsonl', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const count = countJsonl(child.stdout, '"error":{');
    const stderr = keepTail(child.stderr);
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      const err = stderr();
      const m = /@@maxrss_kb (\d+)/u.exec(err);
      const c = /@@cpu_us (\d+)/u.exec(err);
      resolve({ seconds, cpuSeconds: c ? Number(c[1]) / 1e6 : Number.NaN, rssMB: m ? Number(m[1]) / 1024 : Number.NaN, records: count.records, errors: count.errors, code });
    });
  });
}

/** Wall time (ms) of one node process. */
function timeRun(args: string[]): number {
  const t0 = process.hrtime.bigint();
  spawnSync(process.execPath, args, { stdio: 'ignore' });
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

/**
 * Start-up: `vnner extract FILE` on a one-line file (as issue #4 words it: no options; output to a pipe, so JSON
 * Lines) and `node -e 0`, median of 7 each, interleaved so that both see the same load.
 */
function startup(tiny: string): { vnnerMs: number; nodeMs: number } {
  const vnner = [BIN, 'extract', tiny];
  timeRun(['-e', '0']); timeRun(vnner); // warm the file cache
  const v: number[] = [];
  const n: number[] = [];
  for (let i = 0; i < 7; i++) { n.push(timeRun(['-e', '0'])); v.push(timeRun(vnner)); }
  const median = (xs: number[]) => xs.sort((x, y) => x - y)[3];
  return { vnnerMs: median(v), nodeMs: median(n) };
}

/** The text layer alone, in this process, on UTF-8 bytes: decode + normalize + atoms + sentences. */
async function textLayer(dir: string, limit: number): Promise<{ mb: number; seconds: number; atoms: number; sentences: number }> {
  const { decode } = await import('../src/text/decode.js');
  const { normalize } = await import('../src/text/normalize.js');
  const { atomize } = await import('../src/segment/tokens.js');
  const { splitSentences } = await import('../src/segment/sentences.js');
  const files: Buffer[] = [];
  let bytes = 0;
  outer: for (const sub of readdirSync(dir).filter((s) => !s.startsWith('.')).sort()) {
    for (const f of readdirSync(join(dir, sub)).sort()) {
      const b = readFileSync(join(dir, sub, f));
      files.push(b);
      bytes += b.length;
      if (bytes >= limit) break outer;
    }
  }
  const pass = () => {
    let atoms = 0;
    let sentences = 0;
    for (const b of files) {
      const { text } = decode(b);
      const a = atomize(normalize(text).key);
      atoms += a.length;
      sentences += splitSentences(a).length;
    }
    return { atoms, sentences };
  };
  pass(); // warm-up (JIT), not timed
  const t0 = process.hrtime.bigint();
  const r = pass();
  return { mb: bytes / 1e6, seconds: Number(process.hrtime.bigint() - t0) / 1e9, ...r };
}

/** Texts of the corpus up to `limit` bytes (for the in-process baselines). */
function corpusTexts(dir: string, limit: number): { texts: string[]; bytes: number } {
  const texts: string[] = [];
  let bytes = 0;
  for (const sub of readdirSync(dir).filter((s) => !s.startsWith('.')).sort()) {
    for (const f of readdirSync(join(dir, sub)).sort()) {
      const b = readFileSync(join(dir, sub, f));
      texts.push(b.toString('utf8'));
      bytes += b.length;
      if (bytes >= limit) return { texts, bytes };
    }
  }
  return { texts, bytes };
}

function timeIt(fn: () => number): { seconds: number; count: number } {
  const t0 = process.hrtime.bigint();
  const count = fn();
  return { seconds: Number(process.hrtime.bigint() - t0) / 1e9, count };
}

interface Row { name: string; mb: number; seconds: number; mbPerSec: number; rssMB?: number; note?: string }

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const data = join(ROOT, 'bench', 'data');
  const dir = join(data, `corpus-${args.size}MB`);
  mkdirSync(data, { recursive: true });
  const gen = generateCorpus(dir, args.size);
  const tgz = `${dir}.tar.gz`;
  await tarGzOf(dir, tgz);
  const tiny = join(data, 'tiny.txt');
  writeFileSync(tiny, 'Chiều 22/12, ông Nguyễn Văn An, Chủ tịch UBND tỉnh Nghệ An, làm việc tại Hà Nội.\n');
  const mb = gen.bytes / 1e6;
  const log = (s: string) => { if (!args.json) process.stderr.write(s); };
  log(`corpus: ${gen.files} files, ${mb.toFixed(1)} MB in ${dir} (+ ${(statSync(tgz).size / 1e6).toFixed(1)} MB .tar.gz); ${availableParallelism()} cores\n`);

  log(`load average before: ${loadavg().map((x) => x.toFixed(2)).join(' ')}\n`);

  const rows: Row[] = [];
  const st = startup(tiny);
  const startRatio = st.vnnerMs / st.nodeMs;
  log(`start-up: ${st.vnnerMs.toFixed(0)} ms (node -e 0: ${st.nodeMs.toFixed(0)} ms)\n`);

  // each core's speed: on a virtual machine they can differ (see cores.ts), which bounds what --jobs 2 can give
  const cores = coreSeconds();
  const coresCeiling = cores ? unequalCoresCeiling(cores) : undefined;
  if (cores) log(`core speeds (a fixed loop pinned to each core, best of 3): ${cores.map((s, i) => `cpu${i} ${s.toFixed(2)} s`).join(', ')}\n`);

  const tl = await textLayer(dir, Math.min(gen.bytes, 20e6));
  rows.push({ name: 'text layer (UTF-8), in process', mb: tl.mb, seconds: tl.seconds, mbPerSec: tl.mb / tl.seconds, note: `decode+normalize+atoms+sentences: ${tl.atoms} atoms, ${tl.sentences} sentences` });

  // --jobs 1 and --jobs 2 over the same directory, back to back (--repeat N pairs: the pair with the median ratio)
  const pairs: { one: CliRun; two: CliRun; ratio: number }[] = [];
  const cpu = (r: CliRun) => `${r.cpuSeconds.toFixed(1)} CPU s`;
  for (let k = 0; k < args.repeat; k++) {
    log(`full pipeline, --jobs 1 then --jobs 2 (directory)${args.repeat > 1 ? ` [${k + 1}/${args.repeat}]` : ''}...\n`);
    const a = await runCli(['--jobs', '1', dir]);
    const b = await runCli(['--jobs', '2', dir]);
    pairs.push({ one: a, two: b, ratio: a.seconds / b.seconds });
    log(`  --jobs 1 ${a.seconds.toFixed(2)} s (${cpu(a)}), --jobs 2 ${b.seconds.toFixed(2)} s (${cpu(b)}): x${(a.seconds / b.seconds).toFixed(2)}\n`);
  }
  const mid = [...pairs].sort((x, y) => x.ratio - y.ratio)[Math.floor((pairs.length - 1) / 2)];
  const { one, two } = mid;
  const speedup = mid.ratio;
  // A ceiling that does not depend on the machine's load: --jobs 2's CPU seconds spread over both cores against --jobs
  // 1's CPU seconds on one. It is an upper bound: --jobs 1 already uses the second core a little (V8 compiles and
  // collects garbage on helper threads), so its wall time is below its CPU time.
  const idleCeiling = (2 * one.cpuSeconds) / two.cpuSeconds;
  rows.push({ name: 'vnner extract --jobs 1', mb, seconds: one.seconds, mbPerSec: mb / one.seconds, rssMB: one.rssMB, note: `${one.records} records, ${one.errors} errors; ${cpu(one)}` });
  rows.push({ name: 'vnner extract --jobs 2', mb, seconds: two.seconds, mbPerSec: mb / two.seconds, rssMB: two.rssMB, note: `${two.records} records, ${two.errors} errors; ${cpu(two)}; x${speedup.toFixed(2)} over --jobs 1` });
  log('full pipeline, --jobs 2 (.tar.gz, streamed)...\n');
  const tg = await runCli(['--jobs', '2', tgz]);
  rows.push({ name: 'vnner extract --jobs 2 (.tar.gz)', mb, seconds: tg.seconds, mbPerSec: mb / tg.seconds, rssMB: tg.rssMB, note: `${tg.records} records, ${tg.errors} errors; ${cpu(tg)}` });

  if (args.baselines) {
    const { texts, bytes } = corpusTexts(dir, Math.min(gen.bytes, 20e6));
    const bmb = bytes / 1e6;
    const SYL = /[\p{L}\p{M}\p{N}]+/gu;
    const floor = timeIt(() => { let n = 0; for (const t of texts) for (const m of t.normalize('NFC').matchAll(SYL)) n += m[0].length > 0 ? 1 : 0; return n; });
    rows.push({ name: 'floor: syllable tokenizer loop', mb: bmb, seconds: floor.seconds, mbPerSec: bmb / floor.seconds, note: `${floor.count} tokens` });
    const small = corpusTexts(dir, Math.min(gen.bytes, 3e6));
    const smb = small.bytes / 1e6;
    const nlp = (await import('compromise')).default as unknown as { tokenize(t: string): { terms(): { length: number } } };
    const comp = timeIt(() => { let n = 0; for (const t of small.texts) n += nlp.tokenize(t).terms().length; return n; });
    rows.push({ name: 'compromise tokenize', mb: smb, seconds: comp.seconds, mbPerSec: smb / comp.seconds, note: `${comp.count} terms` });
    const winkNLP = (await import('wink-nlp')).default as unknown as (model: unknown, pipe?: string[]) => { readDoc(t: string): { tokens(): { length(): number } } };
    const model = (await import('wink-eng-lite-web-model')).default;
    const wink = winkNLP(model, []);
    const wk = timeIt(() => { let n = 0; for (const t of small.texts) n += wink.readDoc(t).tokens().length(); return n; });
    rows.push({ name: 'wink-nlp tokens (empty pipe)', mb: smb, seconds: wk.seconds, mbPerSec: smb / wk.seconds, note: `${wk.count} tokens` });
  }

  const peakRss = Math.max(one.rssMB, two.rssMB, tg.rssMB);
  const result = {
    corpus: { files: gen.files, mb, dir }, cores: availableParallelism(), loadavg: loadavg(),
    startup: { vnnerMs: st.vnnerMs, nodeMs: st.nodeMs, ratio: startRatio },
    textLayerMBs: tl.mb / tl.seconds, singleCoreMBs: mb / one.seconds, speedupJobs2: speedup, speedupPairs: pairs.map((p) => p.ratio),
    cpuSeconds: { jobs1: one.cpuSeconds, jobs2: two.cpuSeconds }, speedupCeilingIdle: idleCeiling,
    coreSeconds: cores ?? null, speedupCeilingUnequalCores: coresCeiling ?? null,
    targets: { textLayerMBs: 20, singleCoreMBs: 10, speedupJobs2: 1.7, startupRatio: 2.5, peakRssMB: 300 },
    met: {
      textLayer: tl.mb / tl.seconds >= 20, singleCore: mb / one.seconds >= 10, speedup: speedup >= 1.7,
      startup: startRatio <= 2.5, rss: peakRss < 300,
    },
    rows,
  };
  if (args.json) { process.stdout.write(JSON.stringify(result, null, 2) + '\n'); return; }
  const pad = (s: string, n: number) => s.padEnd(n);
  const ok = (b: boolean) => (b ? 'met' : 'NOT met');
  const lines = [
    `${pad('measure', 36)}${pad('MB', 8)}${pad('s', 9)}${pad('MB/s', 10)}${pad('peak RSS', 11)}notes`,
    ...rows.map((r) => `${pad(r.name, 36)}${pad(r.mb.toFixed(1), 8)}${pad(r.seconds.toFixed(2), 9)}${pad(r.mbPerSec.toFixed(2), 10)}${pad(r.rssMB !== undefined ? `${r.rssMB.toFixed(0)} MB` : '', 11)}${r.note ?? ''}`),
    `start-up (vnner extract on a one-line file, median of 7): ${st.vnnerMs.toFixed(0)} ms; node -e 0 (median of 7): ${st.nodeMs.toFixed(0)} ms; ratio ${startRatio.toFixed(2)}x (target <= 2.5x: ${ok(result.met.startup)})`,
    `text layer on one core (UTF-8): ${(tl.mb / tl.seconds).toFixed(1)} MB/s (target >= 20 MB/s: ${ok(result.met.textLayer)})`,
    `full pipeline on one core: ${(mb / one.seconds).toFixed(2)} MB/s (target >= 10 MB/s: ${ok(result.met.singleCore)})`,
    `--jobs 2 over --jobs 1: x${speedup.toFixed(2)} on ${availableParallelism()} cores (target >= 1.7x: ${ok(result.met.speedup)}); load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}` +
      `${pairs.length > 1 ? `; pairs ${pairs.map((p) => `x${p.ratio.toFixed(2)}`).join(' ')}` : ''}`,
    `  --jobs 2 spent ${two.cpuSeconds.toFixed(1)} CPU s on what --jobs 1 did in ${one.cpuSeconds.toFixed(1)} (${((two.cpuSeconds / one.cpuSeconds - 1) * 100).toFixed(0)}% more); ` +
      `even with two free cores the speed-up is at most 2 x ${one.cpuSeconds.toFixed(1)} / ${two.cpuSeconds.toFixed(1)} = x${idleCeiling.toFixed(2)}`,
    ...(cores ? [`  core speeds: ${cores.map((x, i) => `cpu${i} ${x.toFixed(2)} s`).join(', ')} for the same loop: lanes on these cores give at most x${coresCeiling!.toFixed(2)} ` +
      'over one lane on the fastest (x2.00 if they were equal)'] : []),
    `peak RSS (whole process, worker threads included): ${peakRss.toFixed(0)} MB (target < 300 MB: ${ok(result.met.rss)})`,
  ];
  process.stdout.write(lines.join('\n') + '\n');
}

main().catch((e: unknown) => { process.stderr.write(`bench: ${(e as Error).message}\n`); process.exitCode = 2; });
