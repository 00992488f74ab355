// The batch executor: documents in, records (or their output text) out IN INPUT ORDER, with bounded work in flight.
//   --jobs 1 (or a single document): in-process, no worker threads (fast start-up).
//   --jobs N: N - 1 worker threads (dist/src/batch/worker.js), each loading the lexicon once, and the main thread as the
//   N-th lane (mainLane); with --timeout, N worker threads.
// The main thread enumerates inputs, hands them out in batches and writes results in order; a worker does
// everything for a document: reads the file (deferred reading), decodes, extracts and formats the output text
// (RenderSpec), so little crosses between threads (bytes in, one string out per document). Batches (up to
// `batchDocs` documents or `batchBytes` of input) cut the per-message cost of many small files, and each worker
// holds up to three batches (the one it runs and the next ones) so that it never waits for the main thread. When
// every worker is full, the main thread extracts a few documents itself (mainLane), between which it refills them.
// The window (documents and input bytes from reading to writing) bounds memory: reading pauses while it is full, so a
// slow document delays the output order but the other workers go on; --timeout turns a stuck document into an error
// record (its worker is replaced and the other documents of its batches run again elsewhere).
import { createRequire } from 'node:module';
import type { Worker as WorkerType } from 'node:worker_threads';

/** node:worker_threads, loaded when a run starts threads (start-up of a one-document extraction). */
let workerModule: typeof import('node:worker_threads') | undefined;
function workerClass(): typeof WorkerType {
  workerModule ??= createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
  return workerModule.Worker;
}
import { loadLexicon, type Lexicon } from '../lexicon/lexicon.js';
import type { InputDoc } from './inputs.js';
import { processDocument, type BatchRecord, type ProcessOptions, type ProcessTask } from './process.js';
import { renderRecord, type RenderSpec, type RenderedRecord } from './render.js';
import type { WireBatch, WireDoc, WireResult, WorkerInit } from './worker.js';

interface CommonOptions {
  jobs: number;
  dicts?: string[];
  process: ProcessOptions;
  /** Per-document time limit in milliseconds (worker mode only; the worker is replaced). */
  timeoutMs?: number;
  /** Most documents between reading and writing (default (3 × jobs + 2) × batchDocs). */
  maxInFlight?: number;
  /** Most input bytes between reading and writing (default 16 MB; a single larger document is still admitted alone). */
  maxInFlightBytes?: number;
  /** Most documents per message to a worker (default 64). */
  batchDocs?: number;
  /** A batch is sent once it holds this many input bytes (default 128 KB). */
  batchBytes?: number;
  /**
   * With --jobs N (N > 1) and no --timeout, the main thread is one of the N lanes: N - 1 worker threads, and the main
   * thread runs a few documents itself whenever every worker already holds three batches. One isolate less: its memory, its lexicon and
   * the JIT compilation every isolate repeats. false: N worker threads.
   */
  mainLane?: boolean;
  /** Documents larger than this are too-large error records (deferred reading checks it in the worker). */
  maxSize?: number;
  stopped?: () => boolean;
  /** A preloaded lexicon for the in-process path. */
  lexicon?: Lexicon;
  /** The compiled worker module (default: worker.js next to this file; tests running sources point at dist). */
  workerFile?: string | URL;
}

/** Records out: `onResult` gets each document object or error record, in input order. */
export interface RecordBatchOptions extends CommonOptions {
  render?: undefined;
  /** Called once per document, in input order; awaited (output backpressure). */
  onResult: (doc: InputDoc, rec: BatchRecord) => Promise<void> | void;
}

/** Text out: records are formatted where they are made; `onResult` gets the text (and the error, if any), in input order. */
export interface RenderBatchOptions extends CommonOptions {
  render: RenderSpec;
  onResult: (doc: InputDoc, rec: RenderedRecord) => Promise<void> | void;
}

export type BatchOptions = RecordBatchOptions | RenderBatchOptions;

export interface BatchSummary { count: number; failed: number; workers: number }

type Out = BatchRecord | RenderedRecord;

function errorRecord(doc: InputDoc): BatchRecord {
  const rec: BatchRecord = { source: doc.source, error: doc.error! };
  if (doc.meta) rec.meta = doc.meta;
  return rec;
}

function taskOf(doc: InputDoc, opts: BatchOptions): ProcessTask {
  return { source: doc.source, bytes: doc.bytes, path: doc.path, maxSize: opts.maxSize, text: doc.text, html: doc.html, meta: doc.meta, options: opts.process };
}

function docBytes(doc: InputDoc): number {
  return doc.bytes?.length ?? (doc.text !== undefined ? doc.text.length * 2 : doc.path !== undefined ? doc.diskBytes : 0);
}

function failedOut(r: Out): boolean { return 'error' in r && r.error !== undefined; }

export const WORKER_URL = new URL('./worker.js', import.meta.url);

/** Resolves every current waiter on notify(). */
class Signal {
  private waiters: (() => void)[] = [];
  wait(): Promise<void> { return new Promise((r) => { this.waiters.push(r); }); }
  notify(): void { const w = this.waiters; this.waiters = []; for (const f of w) f(); }
}

/** Run every document through the pipeline; results are delivered in input order through `onResult`. */
export async function runBatch(docs: AsyncIterable<InputDoc>, opts: BatchOptions): Promise<BatchSummary> {
  const it = docs[Symbol.asyncIterator]();
  const stopped = opts.stopped ?? (() => false);
  let count = 0;
  let failed = 0;
  const toOut = (rec: BatchRecord): Out | Promise<Out> => (opts.render ? renderRecord(rec, opts.render) : rec);
  const deliver = async (doc: InputDoc, out: Out) => {
    count++;
    if (failedOut(out)) failed++;
    await (opts.onResult as (d: InputDoc, r: Out) => Promise<void> | void)(doc, out);
  };

  // look at the first two documents: one document (or --jobs 1) never starts threads
  const head: InputDoc[] = [];
  for (let i = 0; i < 2; i++) {
    const r = await it.next();
    if (r.done) break;
    head.push(r.value);
  }
  let headAt = 0;
  const next = async (): Promise<InputDoc | undefined> => {
    if (headAt < head.length) return head[headAt++];
    if (stopped()) { await it.return?.(undefined); return undefined; }
    const r = await it.next();
    return r.done ? undefined : r.value;
  };

  if (opts.jobs <= 1 || head.length < 2) {
    let lex = opts.lexicon;
    for (let doc = await next(); doc; doc = await next()) {
      if (doc.error) { await deliver(doc, await toOut(errorRecord(doc))); continue; }
      lex ??= loadLexicon({ userDicts: opts.dicts ?? [] });
      await deliver(doc, await toOut(processDocument(taskOf(doc, opts), lex)));
    }
    return { count, failed, workers: 0 };
  }
  return runPool(next, opts, deliver, toOut).then(() => ({ count, failed, workers: opts.jobs }));
}

interface Slot { worker: WorkerType; state: Int32Array; batches: number[][]; dead: boolean }

async function runPool(
  next: () => Promise<InputDoc | undefined>,
  opts: BatchOptions,
  deliver: (doc: InputDoc, out: Out) => Promise<void>,
  toOut: (rec: BatchRecord) => Out | Promise<Out>,
): Promise<void> {
  const DEPTH = 3;
  const BIG = 1024 * 1024;
  const MAIN_DOCS = 8;
  const MAIN_BYTES = 24 * 1024;
  const batchDocs = Math.max(1, opts.batchDocs ?? 64);
  const maxInFlight = Math.max(1, opts.maxInFlight ?? (DEPTH * opts.jobs + 2) * batchDocs);
  const docCap = Math.min(batchDocs, maxInFlight);
  const batchBytes = opts.batchBytes ?? 128 * 1024;
  const maxBytes = opts.maxInFlightBytes ?? 16 * 1024 * 1024;
  const base = Date.now();
  const file = new URL(opts.workerFile ?? WORKER_URL, import.meta.url);

  // moved: the document's bytes were handed to a worker without a copy (large documents), so it cannot run again
  const entries = new Map<number, { doc: InputDoc; bytes: number; moved?: boolean }>();
  const results = new Map<number, Out | Promise<Out>>();
  let nextSeq = 0;
  let nextOut = 0;
  let inFlight = 0;
  let inFlightBytes = 0;
  let pending: number[] = []; // read, not yet sent
  let pendingBytes = 0;
  const ready: number[][] = []; // closed batches to send first: a replaced worker's documents, large documents alone
  let inputDone = false;
  let readerWaiting = false;
  let fatal: unknown;
  const room = new Signal();
  const finished = new Signal();

  const slots: Slot[] = [];
  const startWorker = (i: number) => {
    const sab = new SharedArrayBuffer(8);
    const init: WorkerInit = { dicts: opts.dicts ?? [], process: opts.process, render: opts.render, maxSize: opts.maxSize, state: sab, base };
    const worker = new (workerClass())(file, { workerData: init });
    const slot: Slot = { worker, state: new Int32Array(sab), batches: [], dead: false };
    Atomics.store(slot.state, 0, -1);
    worker.on('message', (res: WireResult[]) => {
      if (slot.dead) return;
      slot.batches.shift();
      for (const x of res) results.set(x.seq, (x.r ?? x.rec)!);
      pump();
      drain();
    });
    worker.on('error', (e) => { replace(i, 'internal', `worker failed: ${e.message}`); });
    worker.on('exit', (code) => { if (!slot.dead) replace(i, 'internal', `worker exited with code ${code}`); });
    slots[i] = slot;
  };

  /** The worker of slot i is stuck or gone: the document it was on gets an error record, the others run again. */
  const replace = (i: number, code: string, what: string) => {
    const slot = slots[i];
    if (slot.dead) return;
    slot.dead = true;
    const seqs = slot.batches.flat();
    let culprit = Atomics.load(slot.state, 0);
    if (!seqs.includes(culprit)) culprit = seqs.find((s) => !results.has(s)) ?? -1;
    void slot.worker.terminate();
    for (const b of slot.batches) {
      const again = b.filter((s) => s !== culprit && !results.has(s));
      for (const s of again.filter((x) => entries.get(x)!.moved)) {
        const { doc } = entries.get(s)!;
        const rec: BatchRecord = { source: doc.source, error: { code: 'internal', message: `vnner: ${doc.source}: its worker was replaced (${what}) before it finished; run it again` } };
        if (doc.meta) rec.meta = doc.meta;
        results.set(s, toOut(rec));
      }
      const rerun = again.filter((x) => !entries.get(x)!.moved);
      if (rerun.length) ready.unshift(rerun);
    }
    slot.batches = [];
    if (culprit >= 0) {
      const { doc } = entries.get(culprit)!;
      const message = code === 'timeout' ? `vnner: ${doc.source}: no result within ${opts.timeoutMs} ms` : `vnner: ${doc.source}: ${what}`;
      const rec: BatchRecord = { source: doc.source, error: { code, message } };
      if (doc.meta) rec.meta = doc.meta;
      results.set(culprit, toOut(rec));
    }
    if (!finishedAll()) startWorker(i);
    pump();
    drain();
  };

  const send = (slot: Slot, seqs: number[]) => {
    const only = seqs.length === 1 ? entries.get(seqs[0])! : undefined;
    if (only?.doc.bytes && only.doc.bytes.length >= BIG) {
      // a large document travels alone and without a copy: its own buffer is transferred (or copied once if shared)
      const b = only.doc.bytes;
      const own = b.byteOffset === 0 && b.byteLength === b.buffer.byteLength && b.buffer instanceof ArrayBuffer;
      const buf = own ? (b.buffer as ArrayBuffer) : b.slice().buffer;
      const w: WireDoc = { seq: seqs[0], source: only.doc.source, off: 0, len: b.length };
      if (only.doc.html) w.html = true;
      if (only.doc.meta) w.meta = only.doc.meta;
      only.doc.bytes = undefined;
      only.moved = true;
      slot.batches.push(seqs);
      slot.worker.postMessage({ docs: [w], buf } satisfies WireBatch, [buf]);
      return;
    }
    let total = 0;
    for (const s of seqs) total += entries.get(s)!.doc.bytes?.length ?? 0;
    const buf = total ? new ArrayBuffer(total) : undefined;
    const view = buf ? new Uint8Array(buf) : undefined;
    let off = 0;
    const wire: WireDoc[] = seqs.map((seq) => {
      const { doc } = entries.get(seq)!;
      const w: WireDoc = { seq, source: doc.source };
      if (doc.bytes) { view!.set(doc.bytes, off); w.off = off; w.len = doc.bytes.length; off += doc.bytes.length; }
      if (doc.path !== undefined) w.path = doc.path;
      if (doc.text !== undefined) w.text = doc.text;
      if (doc.html) w.html = true;
      if (doc.meta) w.meta = doc.meta;
      return w;
    });
    slot.batches.push(seqs);
    const msg: WireBatch = { docs: wire, buf };
    slot.worker.postMessage(msg, buf ? [buf] : []);
  };

  /** Send work: closed batches first, then the pending batch when it is full, a worker is idle, or reading is blocked. */
  const pump = () => {
    for (;;) {
      const live = slots.filter((s) => !s.dead && s.batches.length < DEPTH);
      if (!live.length) return;
      const slot = live.reduce((a, b) => (b.batches.length < a.batches.length ? b : a));
      if (ready.length) { send(slot, ready.shift()!); room.notify(); continue; }
      if (!pending.length) return;
      const full = pending.length >= docCap || pendingBytes >= batchBytes;
      if (!(full || slot.batches.length === 0 || readerWaiting || inputDone)) return;
      const seqs = pending;
      pending = [];
      pendingBytes = 0;
      send(slot, seqs);
      room.notify();
    }
  };

  let delivering = false;
  const finishedAll = () => inputDone && inFlight === 0;
  const drain = () => {
    if (delivering) return;
    delivering = true;
    void (async () => {
      try {
        while (results.has(nextOut)) {
          const out = await results.get(nextOut)!;
          results.delete(nextOut);
          const e = entries.get(nextOut)!;
          entries.delete(nextOut);
          nextOut++;
          e.doc.bytes = undefined; // let the input go before the output is written (kept until now for a rerun)
          e.doc.text = undefined;
          await deliver(e.doc, out);
          inFlight--;
          inFlightBytes -= e.bytes;
          room.notify();
        }
      } catch (err) {
        fatal ??= err;
        room.notify();
      } finally {
        delivering = false;
      }
      if (fatal !== undefined || finishedAll()) finished.notify();
    })();
  };

  // the main thread as a lane (see mainLane): never with --timeout, which needs a document's thread to be replaceable
  const mainLane = opts.mainLane !== false && opts.timeoutMs === undefined;
  let lex = opts.lexicon;
  /**
   * Work for the main thread, only when every worker already holds DEPTH batches: a few documents at a time (the head
   * of the pending batch), so that it soon goes back to reading and to refilling the workers.
   */
  const takeForMain = (): number[] | undefined => {
    if (!mainLane || slots.some((x) => !x.dead && x.batches.length < DEPTH)) return undefined;
    if (ready.length) return ready.shift();
    if (!pending.length || !(pending.length >= docCap || pendingBytes >= batchBytes || readerWaiting || inputDone)) return undefined;
    const seqs: number[] = [];
    let bytes = 0;
    while (pending.length && seqs.length < MAIN_DOCS && bytes < MAIN_BYTES) {
      const seq = pending.shift()!;
      seqs.push(seq);
      bytes += entries.get(seq)!.bytes;
    }
    pendingBytes -= bytes;
    return seqs;
  };
  const runHere = async (seqs: number[]) => {
    lex ??= loadLexicon({ userDicts: opts.dicts ?? [] });
    for (const seq of seqs) {
      results.set(seq, await toOut(processDocument(taskOf(entries.get(seq)!.doc, opts), lex)));
      // between documents, let the workers' results in: pump() refills a worker that finished a batch, so it never
      // waits for the main thread's batch to end (on a busy machine that batch can take long)
      await new Promise<void>((r) => { setImmediate(r); });
    }
    room.notify();
    drain();
  };

  for (let i = 0; i < (mainLane ? opts.jobs - 1 : opts.jobs); i++) startWorker(i);
  let watchdog: NodeJS.Timeout | undefined;
  if (opts.timeoutMs) {
    const limit = opts.timeoutMs;
    watchdog = setInterval(() => {
      const now = Date.now() - base;
      slots.forEach((s, i) => {
        if (s.dead || !s.batches.length) return;
        const seq = Atomics.load(s.state, 0);
        if (seq >= 0 && now - Atomics.load(s.state, 1) > limit) replace(i, 'timeout', 'timeout');
      });
    }, Math.max(1, Math.min(250, Math.floor(limit / 2))));
  }

  const done = finished.wait();
  try {
    for (;;) {
      while (fatal === undefined && (inFlight >= maxInFlight || (inFlightBytes >= maxBytes && inFlight > 0) || pending.length >= docCap || pendingBytes >= batchBytes)) {
        readerWaiting = true;
        pump();
        const mine = takeForMain();
        if (mine) { await runHere(mine); continue; }
        await room.wait();
      }
      readerWaiting = false;
      if (fatal !== undefined) break;
      const doc = await next();
      if (!doc) break;
      const seq = nextSeq++;
      const bytes = docBytes(doc);
      entries.set(seq, { doc, bytes });
      inFlight++;
      inFlightBytes += bytes;
      if (doc.error) { results.set(seq, toOut(errorRecord(doc))); drain(); continue; }
      if (doc.bytes && doc.bytes.length >= BIG) ready.push([seq]); // travels alone, without a copy (see send)
      else { pending.push(seq); pendingBytes += bytes; }
      pump();
    }
    inputDone = true;
    for (;;) {
      pump();
      drain();
      if (fatal !== undefined || finishedAll()) break;
      const mine = takeForMain();
      if (mine) { await runHere(mine); continue; }
      await Promise.race([done, room.wait()]);
    }
    if (fatal !== undefined) throw fatal;
  } finally {
    if (watchdog) clearInterval(watchdog);
    for (const s of slots) { s.dead = true; void s.worker.terminate(); }
  }
}
