// One document -> one record. Shared by the in-process path (--jobs 1) and the worker threads.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { extract } from '../pipeline.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { decode, DecodeError, type EncodingName } from '../text/decode.js';
import type { DocumentResult, EntityType, ErrorRecord } from '../types.js';
import { htmlToText } from './html.js';
import { DEFAULT_MAX_SIZE, tooLarge, unreadable } from './errors.js';

export interface ProcessOptions {
  encoding?: EncodingName | 'auto';
  refDate?: string;
  types?: EntityType[];
  /** Add the analysed text to the document ("text"): useful for HTML, whose offsets refer to the extracted text. */
  includeText?: boolean;
}

export interface ProcessTask {
  source: string;
  bytes?: Uint8Array;
  /** A file to read here (inputs read with deferRead); larger than `maxSize` is a too-large error record. */
  path?: string;
  maxSize?: number;
  text?: string;
  html?: boolean;
  meta?: Record<string, unknown>;
  options: ProcessOptions;
}

export type BatchDocument = DocumentResult & { meta?: Record<string, unknown>; html?: boolean; text?: string };
export type BatchRecord = BatchDocument | (ErrorRecord & { meta?: Record<string, unknown> });

/** The read buffer of this thread, reused from one document to the next (see readWhole). */
const SCRATCH_KEPT = 4 * 1024 * 1024;
let scratch = Buffer.allocUnsafeSlow(256 * 1024);

/**
 * A file's whole content, as readFileSync gives it (same errors), read into this thread's reusable buffer: no buffer
 * per file and no fstat, which for small files cost as much as the reading. The bytes are valid until the next
 * call: the caller decodes them and keeps nothing. A buffer grown past SCRATCH_KEPT for a large file is not kept.
 * A file longer than `max` is not read further: its size (a number) comes back instead.
 */
function readWhole(path: string, max: number): Uint8Array | number {
  const fd = openSync(path, 'r');
  try {
    let buf = scratch;
    let len = 0;
    for (;;) {
      if (len > max) return Math.max(len, fstatSync(fd).size);
      if (len === buf.length) {
        // past the scratch buffer: a large file, sized once by fstat (one more byte, to see its end)
        const bigger = Buffer.allocUnsafeSlow(Math.max(buf.length * 2, Math.min(fstatSync(fd).size, max) + 1));
        buf.copy(bigger, 0, 0, len);
        buf = bigger;
        if (buf.length <= SCRATCH_KEPT) scratch = buf;
      }
      const n = readSync(fd, buf, len, buf.length - len, null);
      if (n === 0) break;
      len += n;
    }
    return buf.subarray(0, len);
  } finally {
    closeSync(fd);
  }
}

export function processDocument(task: ProcessTask, lexicon: Lexicon): BatchRecord {
  const { source, options } = task;
  if (task.path !== undefined && task.bytes === undefined) {
    const max = task.maxSize ?? DEFAULT_MAX_SIZE;
    let bytes: Uint8Array;
    let read: Uint8Array | number;
    try { read = readWhole(task.path, max); } catch (e) { return withMeta({ source, error: unreadable(source, e) }, task); }
    if (typeof read === 'number') return withMeta({ source, error: tooLarge(source, read, max) }, task);
    bytes = read;
    if (bytes.length > max) return withMeta({ source, error: tooLarge(source, bytes.length, max) }, task);
    task = { ...task, bytes };
  }
  try {
    let text: string;
    let encoding: string | undefined;
    if (task.text !== undefined) text = task.text;
    else {
      const dec = decode(task.bytes ?? new Uint8Array(0), { encoding: options.encoding ?? 'auto' });
      text = dec.text;
      encoding = dec.encoding;
    }
    if (task.html) text = htmlToText(text);
    const doc: BatchDocument = extract(text, { source, refDate: options.refDate, types: options.types, lexicon, encoding });
    if (task.html) doc.html = true;
    if (options.includeText) doc.text = text;
    if (task.meta) doc.meta = task.meta;
    return doc;
  } catch (e) {
    const rec: ErrorRecord & { meta?: Record<string, unknown> } = e instanceof DecodeError
      ? { source, error: { code: e.code, message: `${e.message} (${source})`, byteOffset: e.byteOffset } }
      : { source, error: { code: 'internal', message: `vnner: ${source}: ${(e as Error).message}` } };
    if (task.meta) rec.meta = task.meta;
    return rec;
  }
}

function withMeta(rec: ErrorRecord & { meta?: Record<string, unknown> }, task: ProcessTask): BatchRecord {
  if (task.meta) rec.meta = task.meta;
  return rec;
}
