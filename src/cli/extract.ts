// vnner extract: read inputs in order (files, directories, archives, JSONL, stdin), extract in a worker pool or
// in-process, write one result or one error record per document, in input order.
import { createWriteStream, existsSync, mkdirSync, renameSync, rmSync, writeFileSync, type WriteStream } from 'node:fs';
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { dirname, join } from 'node:path';
import type { EncodingName } from '../text/decode.js';
import { loadLexicon, type Lexicon } from '../lexicon/lexicon.js';
import { expandInputs, readDocuments, archiveKind, DEFAULT_MAX_SIZE, type InputDoc, type InputFormat } from '../batch/inputs.js';
import { runBatch } from '../batch/run.js';
import { Progress } from '../batch/progress.js';
import { positioned, type RenderSpec, type RenderedRecord } from '../batch/render.js';
import type { Format } from '../output/formats.js';
import type { EntityType } from '../types.js';

export interface ExtractCliOptions {
  format?: Format; refDate?: string; types?: EntityType[]; output?: string; dict: string[]; encoding: EncodingName | 'auto';
  maxSize?: number;
  include?: string[]; exclude?: string[];
  inputFormat?: InputFormat; textField?: string; idField?: string;
  outputDir?: string; skipExisting?: boolean;
  jobs?: number; quiet?: boolean; timeout?: number; includeText?: boolean;
}

const EXT: Record<Format, string> = { json: '.json', jsonl: '.jsonl', csv: '.csv', pretty: '.txt' };

/** Write a file atomically: a temporary name in the same directory, then rename (no half-written files). */
function writeAtomic(path: string, data: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, data);
  renameSync(tmp, path);
}

/**
 * V8 lets a heap grow to up to four times what survived its last full collection before it collects again. The main
 * thread of a batch run keeps little (~35 MB live) but promotes a steady stream of short-lived objects (documents in
 * the window, results waiting for their turn), so its heap swelled to ~170 MB and the peak RSS of `--jobs 2` over
 * 200 MB of files passed 300 MB. Growing by at most 2× keeps it near 260 MB at no measurable cost in speed (full
 * collections of a small live heap take ~10 ms). The flag is read at each collection, so setting it now works;
 * it is the only V8 flag vnner changes, and the CLI owns its process (the library never calls this).
 */
function boundHeapGrowth(): void {
  setFlagsFromString('--heap-growing-percent=100');
}

export async function runExtract(inputs: string[], opts: ExtractCliOptions): Promise<number> {
  boundHeapGrowth();
  const jobs = Math.max(1, Math.floor(opts.jobs ?? availableParallelism()));
  const showProgress = !opts.quiet && process.stderr.isTTY === true;
  // file sizes are for the progress display (its total, before the first document) and the worker pool's byte window
  // (each document's, when it is handed out: taken then, see sizeDeferred); one core without progress needs none
  const planned = expandInputs(inputs.length ? inputs : ['-'], { include: opts.include, exclude: opts.exclude, sizes: showProgress });
  if (planned.length === 1 && planned[0].missing) {
    process.stderr.write(`vnner: no such file or directory: ${planned[0].source}\n`);
    return 2;
  }
  if (opts.skipExisting && !opts.outputDir) { process.stderr.write('vnner: --skip-existing needs --output-dir\n'); return 2; }
  if (opts.outputDir && opts.output) { process.stderr.write('vnner: use either --output or --output-dir\n'); return 2; }
  const toFile = opts.output !== undefined;
  const dirMode = opts.outputDir !== undefined;
  const tty = !toFile && !dirMode && process.stdout.isTTY === true;
  const format: Format = opts.format ?? (dirMode ? 'json' : tty ? 'pretty' : 'jsonl');
  const colour = tty && !process.env.NO_COLOR;

  // a bad --dict is a usage error: check it here, once, before any thread starts
  let lexicon: Lexicon | undefined;
  try {
    if (jobs <= 1 || opts.dict.length) lexicon = loadLexicon({ userDicts: opts.dict });
  } catch (e) { process.stderr.write(`${(e as Error).message}\n`); return 2; }

  // Ctrl-C: stop reading, finish what is in flight, close the output properly; a second Ctrl-C quits at once
  let interrupted = false;
  const onSigint = () => {
    if (interrupted) process.exit(130);
    interrupted = true;
    process.stderr.write('\nvnner: interrupted, finishing documents in flight (Ctrl-C again to quit now)\n');
  };
  process.on('SIGINT', onSigint);

  const tmpOut = toFile ? `${opts.output}.tmp-${process.pid}` : undefined;
  let stream: NodeJS.WritableStream | undefined;
  if (!dirMode) {
    if (tmpOut) mkdirSync(dirname(tmpOut), { recursive: true });
    stream = tmpOut ? createWriteStream(tmpOut) : process.stdout;
  }
  const rawWrite = (s: string | Uint8Array) => new Promise<void>((res, rej) => {
    stream!.write(s, (err) => (err ? rej(err) : res()));
  });
  // Output is gathered, as UTF-8, into chunks of OUT_CHUNK bytes: one write (a system call on a pipe) per chunk
  // instead of one per document, and no joining of strings. What is gathered goes out when the chunk is full, at the
  // end, and whenever the event loop comes round (setImmediate), so a slow stream of input (JSONL on stdin) still gets
  // each result at once. A chunk handed to the stream is never written into again (a file stream writes it later).
  const OUT_CHUNK = 64 * 1024;
  let chunk = Buffer.allocUnsafe(2 * OUT_CHUNK);
  let chunkLength = 0;
  let flushLater: NodeJS.Immediate | undefined;
  let laterError: unknown;
  const flush = (): Promise<void> => {
    if (flushLater) { clearImmediate(flushLater); flushLater = undefined; }
    if (laterError !== undefined) return Promise.reject(laterError);
    if (chunkLength === 0) return Promise.resolve();
    const full = chunk.subarray(0, chunkLength);
    chunk = Buffer.allocUnsafe(2 * OUT_CHUNK);
    chunkLength = 0;
    return rawWrite(full);
  };
  const write = async (s: string): Promise<void> => {
    if (laterError !== undefined) throw laterError;
    if (s === '') return;
    // a UTF-16 unit is at most 3 bytes of UTF-8
    if (chunkLength + 3 * s.length > chunk.length) {
      await flush();
      if (3 * s.length > chunk.length) { await rawWrite(s); return; }
    }
    chunkLength += chunk.write(s, chunkLength);
    if (chunkLength >= OUT_CHUNK) { await flush(); return; }
    flushLater ??= setImmediate(() => { flushLater = undefined; flush().catch((e: unknown) => { laterError ??= e; }); });
  };

  const progress = showProgress
    ? new Progress(process.stderr, planned.reduce((a, p) => a + p.size, 0))
    : undefined;
  const outFile = (doc: InputDoc, error: boolean) => join(opts.outputDir!, doc.outPath + (error ? '.error.json' : EXT[format]));
  const skip = opts.skipExisting ? (outPath: string) => existsSync(join(opts.outputDir!, outPath + EXT[format])) : undefined;

  // json: one input -> one object; an archive or a JSONL stream holds many documents -> an array
  const single = planned.length === 1 && !archiveKind(planned[0].path) && opts.inputFormat !== 'jsonl';
  let n = 0;
  if (!dirMode && format === 'json' && !single) await write('[\n');

  // records are formatted where they are made (worker threads with --jobs N); here they are only written
  const spec: RenderSpec = { format, colour, dirMode, single };
  const onResult = async (doc: InputDoc, rec: RenderedRecord) => {
    const failed = rec.error !== undefined;
    if (failed) process.stderr.write(`${progress ? '\r\u001b[K' : ''}${rec.error!.message}\n`);
    progress?.update(doc.diskBytes, failed);
    if (dirMode) {
      writeAtomic(outFile(doc, failed), rec.out);
      if (!failed) rmSync(outFile(doc, true), { force: true });
    } else await write(positioned(spec, rec.out, n));
    n++;
  };

  let summary;
  try {
    summary = await runBatch(readDocuments(planned, {
      maxSize: opts.maxSize ?? DEFAULT_MAX_SIZE,
      include: opts.include, exclude: opts.exclude,
      inputFormat: opts.inputFormat, textField: opts.textField, idField: opts.idField,
      skip, stopped: () => interrupted, deferRead: true, sizeDeferred: jobs > 1,
    }), {
      jobs, dicts: opts.dict, lexicon, timeoutMs: opts.timeout ? opts.timeout * 1000 : undefined,
      maxSize: opts.maxSize ?? DEFAULT_MAX_SIZE,
      process: { encoding: opts.encoding, refDate: opts.refDate, types: opts.types, includeText: opts.includeText },
      stopped: () => interrupted,
      render: spec, onResult,
    });
  } finally {
    process.off('SIGINT', onSigint);
    progress?.done();
    // what was gathered before a failure still goes out (a write error is rethrown by the flush below)
    if (!dirMode) await flush().catch((e: unknown) => { laterError ??= e; });
  }
  if (!dirMode) {
    if (format === 'json') await write(single ? (n ? '\n' : '') : '\n]\n');
    await flush();
    if (tmpOut) {
      await new Promise<void>((res) => (stream as WriteStream).end(res));
      renameSync(tmpOut, opts.output!);
    }
  }
  if (interrupted) return 130;
  return summary.failed > 0 ? 1 : 0;
}
