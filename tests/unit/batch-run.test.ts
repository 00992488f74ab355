// Batch executor: input order kept with --jobs 2, error records pass through, in-process path equals the pool's.
// The pool runs the COMPILED worker (dist/src/batch/worker.js): run `npm run build` first.
import { describe, it, expect } from 'vitest';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runBatch } from '../../src/batch/run.js';
import type { InputDoc } from '../../src/batch/inputs.js';
import { processDocument, type BatchRecord } from '../../src/batch/process.js';
import { loadLexicon } from '../../src/lexicon/lexicon.js';
import type { RenderedRecord } from '../../src/batch/render.js';
import { formatJsonl } from '../../src/output/formats.js';

const WORKER = fileURLToPath(new URL('../../dist/src/batch/worker.js', import.meta.url));
const built = existsSync(WORKER);

const ARTICLE = 'Chiều 22/12, ông Nguyễn Văn An, Chủ tịch UBND tỉnh Nghệ An, đã làm việc với đoàn công tác. ';
function docs(n: number): InputDoc[] {
  const out: InputDoc[] = [];
  for (let i = 0; i < n; i++) {
    const source = `d${i}.txt`;
    if (i % 5 === 3) out.push({ source, outPath: source, error: { code: 'unreadable', message: 'x' }, diskBytes: 0 });
    else if (i % 7 === 4) out.push({ source, outPath: source, bytes: new Uint8Array([0x41, 0, 0, 0x42, 0, 0, 0]), diskBytes: 7 });
    // big documents first, small ones after: workers finish out of order
    else out.push({ source, outPath: source, bytes: Buffer.from(ARTICLE.repeat(i < 3 ? 60 : 1)), diskBytes: 1 });
  }
  return out;
}
async function* gen(list: InputDoc[]): AsyncGenerator<InputDoc> { for (const d of list) yield d; }

async function run(jobs: number, list: InputDoc[], extra: Partial<Parameters<typeof runBatch>[1]> = {}) {
  const recs: BatchRecord[] = [];
  const summary = await runBatch(gen(list), {
    jobs, workerFile: WORKER, process: { refDate: '2023-12-22' }, maxInFlight: 4,
    onResult: (_d, r) => { recs.push(r); }, ...extra,
  });
  return { recs, summary };
}

describe.skipIf(!built)('runBatch', () => {
  it('keeps input order with --jobs 2 and gives the same records as in-process', async () => {
    const list = docs(16);
    const a = await run(1, list);
    const b = await run(2, docs(16));
    expect(a.summary.workers).toBe(0);
    expect(b.summary.workers).toBe(2);
    expect(b.recs.map((r) => r.source)).toEqual(list.map((d) => d.source));
    expect(b.recs).toEqual(a.recs);
    expect(a.summary).toMatchObject({ count: 16, failed: 5 });
    // error kinds: input errors pass through, binary bytes are decode errors, good text is a document
    const kinds = b.recs.slice(0, 8).map((r) => ('error' in r && r.error ? r.error.code : 'doc'));
    expect(kinds).toEqual(['doc', 'doc', 'doc', 'unreadable', 'binary', 'doc', 'doc', 'doc']);
    expect((b.recs[0] as { people: { name: string }[] }).people.map((p) => p.name)).toContain('Nguyễn Văn An');
  }, 20000);

  it('a single document never starts threads', async () => {
    const { summary, recs } = await run(4, docs(1));
    expect(summary.workers).toBe(0);
    expect(recs).toHaveLength(1);
  });

  it('stops reading when asked (Ctrl-C) and still delivers what it took', async () => {
    let seen = 0;
    const { recs } = await run(1, docs(30), { stopped: () => seen >= 6, onResult: () => { seen++; } });
    expect(recs).toHaveLength(0); // onResult replaced: nothing collected through the default
    expect(seen).toBeGreaterThanOrEqual(6);
    expect(seen).toBeLessThan(30);
  }, 20000);

  it('--timeout turns a stuck document into a timeout error record, in order', async () => {
    const list: InputDoc[] = [
      { source: 'slow', outPath: 'slow', bytes: Buffer.from(ARTICLE.repeat(400)), diskBytes: 0 },
      { source: 'also-slow', outPath: 'also-slow', bytes: Buffer.from(ARTICLE.repeat(400)), diskBytes: 0 },
    ];
    const { recs } = await run(2, list, { timeoutMs: 1 });
    expect(recs.map((r) => [r.source, 'error' in r && r.error ? r.error.code : 'doc'])).toEqual([['slow', 'timeout'], ['also-slow', 'timeout']]);
  }, 20000);

  it('render mode: workers send the output text; the same text as in-process, and as formatting the records', async () => {
    const text = async (jobs: number) => {
      const outs: RenderedRecord[] = [];
      await runBatch(gen(docs(16)), {
        jobs, workerFile: WORKER, process: { refDate: '2023-12-22' }, batchDocs: 3,
        render: { format: 'jsonl' }, onResult: (_d, r) => { outs.push(r); },
      });
      return outs;
    };
    const a = await text(1);
    const b = await text(2);
    expect(b).toEqual(a);
    const recs = (await run(1, docs(16))).recs;
    expect(a.map((r) => r.out)).toEqual(recs.map((r) => formatJsonl(r)));
    expect(a.map((r) => r.error?.code ?? 'doc')).toEqual(recs.map((r) => ('error' in r && r.error ? r.error.code : 'doc')));
  }, 20000);

  it('deferred reading: the worker reads the file, checks --max-size, reports unreadable files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vnner-batch-run-'));
    try {
      const list: InputDoc[] = [];
      for (let i = 0; i < 9; i++) {
        const path = join(dir, `f${i}.txt`);
        const body = i === 4 ? ARTICLE.repeat(20) : ARTICLE;
        if (i !== 6) writeFileSync(path, body);
        list.push({ source: `f${i}.txt`, outPath: `f${i}.txt`, path, diskBytes: Buffer.byteLength(body) });
      }
      const codes = async (jobs: number) => {
        const recs: BatchRecord[] = [];
        await runBatch(gen(list.map((d) => ({ ...d }))), {
          jobs, workerFile: WORKER, process: {}, maxSize: 1000, batchDocs: 4,
          onResult: (_d, r) => { recs.push(r); },
        });
        return recs;
      };
      const one = await codes(1);
      const two = await codes(2);
      expect(two).toEqual(one);
      expect(one.map((r) => ('error' in r && r.error ? r.error.code : 'doc'))).toEqual(['doc', 'doc', 'doc', 'doc', 'too-large', 'doc', 'unreadable', 'doc', 'doc']);
      expect((one[0] as { people: { name: string }[] }).people.map((p) => p.name)).toContain('Nguyễn Văn An');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 20000);

  it('--timeout inside a batch: only the stuck document fails, the others of its batch run again and succeed', async () => {
    const tiny = (s: string): InputDoc => ({ source: s, outPath: s, bytes: Buffer.from(ARTICLE), diskBytes: 0 });
    // a and b go to the two idle workers alone; [stuck, c, d, e] is the next full batch, queued behind a
    // a "stuck" document that takes at least a second here (however fast the pipeline gets); the limit is a third of it
    const lex = loadLexicon();
    let stuck = Buffer.alloc(0);
    let ms = 0;
    for (let n = 1000; ms < 1000; n *= 2) {
      stuck = Buffer.from(ARTICLE.repeat(n));
      const t0 = performance.now();
      processDocument({ source: 'stuck', bytes: stuck, options: {} }, lex);
      ms = performance.now() - t0;
    }
    const limit = Math.round(ms / 3);
    const list: InputDoc[] = [tiny('a'), tiny('b'), { source: 'stuck', outPath: 'stuck', bytes: stuck, diskBytes: 0 }, tiny('c'), tiny('d'), tiny('e'), tiny('f')];
    const recs: BatchRecord[] = [];
    await runBatch(gen(list), {
      jobs: 2, workerFile: WORKER, process: { refDate: '2023-12-22' }, batchDocs: 4, timeoutMs: limit,
      onResult: (_d, r) => { recs.push(r); },
    });
    expect(recs.map((r) => [r.source, 'error' in r && r.error ? r.error.code : 'doc'])).toEqual(
      [['a', 'doc'], ['b', 'doc'], ['stuck', 'timeout'], ['c', 'doc'], ['d', 'doc'], ['e', 'doc'], ['f', 'doc']]);
    expect((recs[4] as { people: { name: string }[] }).people.map((p) => p.name)).toContain('Nguyễn Văn An');
  }, 30000);

  it('a large document travels alone and without a copy; the order and the records stay the same', async () => {
    const big = Buffer.alloc(3 * 1024 * 1024, 0x61);
    big[2 * 1024 * 1024] = 0; // a NUL past the first 2 MB: binary, found only by reading the whole document
    const list = (): InputDoc[] => [
      { source: 's0', outPath: 's0', bytes: Buffer.from(ARTICLE), diskBytes: 0 },
      { source: 'big', outPath: 'big', bytes: Buffer.from(big), diskBytes: 0 },
      { source: 's1', outPath: 's1', bytes: Buffer.from(ARTICLE), diskBytes: 0 },
      { source: 'big-text', outPath: 'big-text', bytes: Buffer.from('Hà Nội. '.repeat(150000)), diskBytes: 0 },
      { source: 's2', outPath: 's2', bytes: Buffer.from(ARTICLE), diskBytes: 0 },
    ];
    const one = await run(1, list());
    const two = await run(2, list());
    expect(two.recs).toEqual(one.recs);
    expect(two.recs.map((r) => [r.source, 'error' in r && r.error ? r.error.code : 'doc'])).toEqual(
      [['s0', 'doc'], ['big', 'binary'], ['s1', 'doc'], ['big-text', 'doc'], ['s2', 'doc']]);
  }, 30000);
});
