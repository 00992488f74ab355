// Worker thread of the --jobs pool (src/batch/run.ts). Loads the lexicon once, then takes batches of documents in
// order and does everything for each of them: reads the file (deferred reading), decodes, extracts and, when the
// run gives a RenderSpec, formats the output text, so that the main thread only writes strings.
// Before each document it stores the document's number and start time in shared memory: the main thread's
// watchdog uses them for --timeout and to know which document a crashed worker was on.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort, workerData } from 'node:worker_threads';
import { loadLexicon } from '../lexicon/lexicon.js';
import { processDocument, type BatchRecord, type ProcessOptions } from './process.js';
import { renderRecord, type RenderSpec, type RenderedRecord } from './render.js';

export interface WorkerInit {
  dicts: string[];
  process: ProcessOptions;
  render?: RenderSpec;
  maxSize?: number;
  /** Int32Array over a SharedArrayBuffer: [document number or -1, start time in ms since `base`]. */
  state: SharedArrayBuffer;
  base: number;
}

/** One document of a batch: its bytes are `buf[off, off + len)` of the batch's transferred buffer. */
export interface WireDoc {
  seq: number;
  source: string;
  off?: number;
  len?: number;
  path?: string;
  text?: string;
  html?: boolean;
  meta?: Record<string, unknown>;
}

export interface WireBatch { docs: WireDoc[]; buf?: ArrayBuffer }
export interface WireResult { seq: number; rec?: BatchRecord; r?: RenderedRecord }

const init = workerData as WorkerInit;
const state = new Int32Array(init.state);
const lexicon = loadLexicon({ userDicts: init.dicts });
// warm up before the first document (compiling the pipeline's code takes tens of ms), so that --timeout measures work
processDocument({ source: 'warm-up', text: 'Chiều 22/12, ông Nguyễn Văn An, Chủ tịch UBND tỉnh Nghệ An, làm việc tại Hà Nội.', options: {} }, lexicon);

async function runBatch(batch: WireBatch): Promise<WireResult[]> {
  const out: WireResult[] = [];
  const buf = batch.buf ? new Uint8Array(batch.buf) : undefined;
  for (const d of batch.docs) {
    Atomics.store(state, 1, Date.now() - init.base);
    Atomics.store(state, 0, d.seq);
    const rec = processDocument({
      source: d.source,
      bytes: d.len !== undefined && buf ? buf.subarray(d.off ?? 0, (d.off ?? 0) + d.len) : undefined,
      path: d.path, maxSize: init.maxSize, text: d.text, html: d.html, meta: d.meta, options: init.process,
    }, lexicon);
    if (!init.render) { out.push({ seq: d.seq, rec }); continue; }
    try {
      out.push({ seq: d.seq, r: await renderRecord(rec, init.render) });
    } catch (e) {
      const failed: BatchRecord = { source: d.source, error: { code: 'internal', message: `vnner: ${d.source}: ${(e as Error).message}` } };
      out.push({ seq: d.seq, r: await renderRecord(failed, init.render) });
    }
  }
  Atomics.store(state, 0, -1);
  return out;
}

// A large document's bytes are an ArrayBuffer outside the heap: V8 lets such garbage pile up (tens of MB per thread)
// until the heap itself needs collecting, which a worker fed binary or huge entries may not do for a long time.
// After a batch with more than BIG bytes, collect at once: the memory goes back before the next large one arrives.
const BIG = 1024 * 1024;
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

// batches are processed one after the other, in the order they came (rendering CSV is asynchronous)
let chain: Promise<void> = Promise.resolve();
parentPort!.on('message', (batch: WireBatch) => {
  const big = (batch.buf?.byteLength ?? 0) > BIG;
  chain = chain.then(async () => {
    parentPort!.postMessage(await runBatch(batch));
    if (big) { batch.buf = undefined; collect(); }
  })
    .catch((e: unknown) => { setImmediate(() => { throw e; }); }); // an 'error' event in the main thread, never a hang
});
