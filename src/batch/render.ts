// Output text of one record, made where the record is made (in the worker thread with --jobs N), so that the main
// thread only writes strings. What depends on a record's position in the output (the comma between the members
// of a JSON array, the CSV header before the first row) is left to the writer: see `positioned`.
import { formatCsv, formatCsvError, formatJsonl, CSV_COLUMNS, type Format, type Record_ } from '../output/formats.js';
import type { DocumentResult, ErrorRecord } from '../types.js';

export interface RenderSpec {
  format: Format;
  /** ANSI colour (pretty only). */
  colour?: boolean;
  /** One file per record (--output-dir): every record is a whole file; failed documents are JSON error files. */
  dirMode?: boolean;
  /** --format json over a single input: the record is the whole output, not an array member. */
  single?: boolean;
}

/** What a worker sends back for one document: its output text and, when it failed, the error (for stderr and counts). */
export interface RenderedRecord {
  source: string;
  out: string;
  error?: ErrorRecord['error'];
}

/** The pretty printer (and its colour library) is loaded only when asked for (start-up time). */
async function pretty(rec: Record_, colour: boolean): Promise<string> {
  return (await import('../output/pretty.js')).formatPretty(rec, colour);
}

function isErr(r: Record_): r is ErrorRecord { return (r as ErrorRecord).error !== undefined; }

/** The CSV header line, exactly as formatCsv writes it before the first row. */
export const CSV_HEADER = `${CSV_COLUMNS.join(',')}\n`;

/** The record's text without position-dependent parts (no leading comma, no CSV header in a stream). */
export async function renderRecord(rec: Record_, spec: RenderSpec): Promise<RenderedRecord> {
  const failed = isErr(rec);
  let out: string;
  if (spec.dirMode) {
    if (failed || spec.format === 'json') out = JSON.stringify(rec, null, 2) + '\n';
    else if (spec.format === 'jsonl') out = formatJsonl(rec);
    else if (spec.format === 'csv') out = await formatCsv(rec as DocumentResult, true);
    else out = await pretty(rec, spec.colour === true);
  } else {
    switch (spec.format) {
      case 'jsonl': out = formatJsonl(rec); break;
      case 'json': out = spec.single ? JSON.stringify(rec, null, 2) : JSON.stringify(rec, null, 2).replace(/^/gmu, '  '); break;
      case 'csv': out = failed ? await formatCsvError(rec, false) : await formatCsv(rec as DocumentResult, false); break;
      case 'pretty': out = await pretty(rec, spec.colour === true); break;
    }
  }
  const r: RenderedRecord = { source: rec.source, out };
  if (failed) r.error = { code: rec.error.code, message: rec.error.message };
  return r;
}

/** The text to write for the n-th record (0-based) of a stream: the comma between JSON array members, the CSV header first. */
export function positioned(spec: RenderSpec, out: string, n: number): string {
  if (spec.dirMode) return out;
  if (spec.format === 'json' && n > 0) return `,\n${out}`;
  if (spec.format === 'csv' && n === 0) return CSV_HEADER + out;
  return out;
}
