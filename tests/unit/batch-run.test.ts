// Batch executor: input order kept with --jobs 2, error records pass through, in-process path equals the pool's.
// The pool runs the COMPILED worker (dist/src/batch/worker.js): run `npm run build` first.
import { describe, it, expect } from 'vitest';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runBatch } from '../../src/batch/run.js';
import type { InputDoc } from '../../src/batch/inputs.js';
import type { BatchRecord } from '../../src/batch/process.js';

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
});
