// The batch executor: documents in, records out IN INPUT ORDER, with a bounded window of work in flight.
//   --jobs 1 (or a single document): in-process, no worker threads (fast start-up).
//   --jobs N: a piscina pool of N worker threads (dist/src/batch/worker.js), each loading the lexicon once.
// The window (count and bytes) bounds memory: reading pauses while the oldest result is awaited, so a slow
// document delays the output order but never stops the other workers; --timeout turns a stuck one into an error record.
import { Piscina } from 'piscina';
import { loadLexicon, type Lexicon } from '../lexicon/lexicon.js';
import type { InputDoc } from './inputs.js';
import { processDocument, type BatchRecord, type ProcessOptions, type ProcessTask } from './process.js';

export interface BatchOptions {
  jobs: number;
  dicts?: string[];
  process: ProcessOptions;
  /** Per-document time limit in milliseconds (worker mode only; the worker is replaced). */
  timeoutMs?: number;
  /** Most documents in flight (default 4 × jobs). */
  maxInFlight?: number;
  /** Most input bytes in flight (default 64 MB; a single larger document is still admitted alone). */
  maxInFlightBytes?: number;
  stopped?: () => boolean;
  /** Called once per document, in input order; awaited (output backpressure). */
  onResult: (doc: InputDoc, rec: BatchRecord) => Promise<void> | void;
  /** A preloaded lexicon for the in-process path. */
  lexicon?: Lexicon;
  /** The compiled worker module (default: worker.js next to this file; tests running sources point at dist). */
  workerFile?: string | URL;
}

export interface BatchSummary { count: number; failed: number; workers: number }

function errorRecord(doc: InputDoc): BatchRecord {
  const rec: BatchRecord = { source: doc.source, error: doc.error! };
  if (doc.meta) rec.meta = doc.meta;
  return rec;
}

function taskOf(doc: InputDoc, options: ProcessOptions): ProcessTask {
  return { source: doc.source, bytes: doc.bytes, text: doc.text, html: doc.html, meta: doc.meta, options };
}

function docBytes(doc: InputDoc): number {
  return doc.bytes?.length ?? (doc.text !== undefined ? doc.text.length * 2 : 0);
}

export const WORKER_URL = new URL('./worker.js', import.meta.url);

/** Run every document through the pipeline; results are delivered in input order through `onResult`. */
export async function runBatch(docs: AsyncIterable<InputDoc>, opts: BatchOptions): Promise<BatchSummary> {
  const it = docs[Symbol.asyncIterator]();
  const stopped = opts.stopped ?? (() => false);
  let count = 0;
  let failed = 0;
  const deliver = async (doc: InputDoc, rec: BatchRecord) => {
    count++;
    if ('error' in rec && rec.error) failed++;
    await opts.onResult(doc, rec);
  };

  // look at the first two documents: one document (or --jobs 1) never starts threads
  const head: InputDoc[] = [];
  for (let i = 0; i < 2; i++) {
    const r = await it.next();
    if (r.done) break;
    head.push(r.value);
  }
  async function* all(): AsyncGenerator<InputDoc> {
    yield* head;
    for (;;) {
      if (stopped()) { await it.return?.(undefined); return; }
      const r = await it.next();
      if (r.done) return;
      yield r.value;
    }
  }

  if (opts.jobs <= 1 || head.length < 2) {
    let lex = opts.lexicon;
    for await (const doc of all()) {
      if (doc.error) { await deliver(doc, errorRecord(doc)); continue; }
      lex ??= loadLexicon({ userDicts: opts.dicts ?? [] });
      await deliver(doc, processDocument(taskOf(doc, opts.process), lex));
    }
    return { count, failed, workers: 0 };
  }

  const pool = new Piscina<ProcessTask, BatchRecord>({
    filename: new URL(opts.workerFile ?? WORKER_URL, import.meta.url).href,
    minThreads: opts.jobs,
    maxThreads: opts.jobs,
    idleTimeout: 1000,
    workerData: { dicts: opts.dicts ?? [] },
  });
  const maxInFlight = Math.max(1, opts.maxInFlight ?? opts.jobs * 4);
  const maxBytes = opts.maxInFlightBytes ?? 64 * 1024 * 1024;
  const window: { doc: InputDoc; bytes: number; result: Promise<BatchRecord> }[] = [];
  let inFlightBytes = 0;

  const submit = (doc: InputDoc): Promise<BatchRecord> => {
    if (doc.error) return Promise.resolve(errorRecord(doc));
    const ac = opts.timeoutMs ? new AbortController() : undefined;
    const timer = ac ? setTimeout(() => ac.abort(), opts.timeoutMs) : undefined;
    return pool.run(taskOf(doc, opts.process), { signal: ac?.signal ?? null }).then(
      (rec) => rec,
      (e: Error) => {
        const timedOut = ac?.signal.aborted === true;
        const rec: BatchRecord = timedOut
          ? { source: doc.source, error: { code: 'timeout', message: `vnner: ${doc.source}: no result within ${opts.timeoutMs} ms` } }
          : { source: doc.source, error: { code: 'internal', message: `vnner: ${doc.source}: worker failed: ${e.message}` } };
        if (doc.meta) rec.meta = doc.meta;
        return rec;
      },
    ).finally(() => { if (timer) clearTimeout(timer); });
  };
  const drainOne = async () => {
    const w = window.shift()!;
    const rec = await w.result;
    inFlightBytes -= w.bytes;
    w.doc.bytes = undefined; // let the input go before the output is written
    await deliver(w.doc, rec);
  };

  try {
    for await (const doc of all()) {
      const bytes = docBytes(doc);
      while (window.length > 0 && (window.length >= maxInFlight || inFlightBytes + bytes > maxBytes)) await drainOne();
      inFlightBytes += bytes;
      window.push({ doc, bytes, result: submit(doc) });
    }
    while (window.length > 0) await drainOne();
  } finally {
    await pool.destroy();
  }
  return { count, failed, workers: opts.jobs };
}
