// vnner extract: read inputs in order, decode, extract, format, write; one result or one error record per input.
import { createWriteStream } from 'node:fs';
import { extract } from '../pipeline.js';
import { loadLexicon } from '../lexicon/lexicon.js';
import { decode, DecodeError, type EncodingName } from '../text/decode.js';
import { expandInputs, readInput } from '../batch/inputs.js';
import { formatJsonl, formatCsv, formatCsvError, type Format, type Record_ } from '../output/formats.js';
import { formatPretty } from '../output/pretty.js';
import type { EntityType, DocumentResult, ErrorRecord } from '../types.js';

export interface ExtractCliOptions {
  format?: Format; refDate?: string; types?: EntityType[]; output?: string; dict: string[]; encoding: EncodingName | 'auto';
  maxSize?: number;
}

export async function runExtract(inputs: string[], opts: ExtractCliOptions): Promise<number> {
  const items = expandInputs(inputs.length ? inputs : ['-']);
  if (items.length === 1 && items[0].missing) {
    process.stderr.write(`vnner: no such file or directory: ${items[0].source}\n`);
    return 2;
  }
  const toFile = opts.output !== undefined;
  const tty = !toFile && process.stdout.isTTY === true;
  const format: Format = opts.format ?? (tty ? 'pretty' : 'jsonl');
  const colour = tty && !process.env.NO_COLOR;
  let lexicon;
  try { lexicon = loadLexicon({ userDicts: opts.dict }); } catch (e) { process.stderr.write(`${(e as Error).message}\n`); return 2; }
  const stream = toFile ? createWriteStream(opts.output!) : process.stdout;
  const write = (s: string) => new Promise<void>((res, rej) => { if (s === '') { res(); return; } stream.write(s, (err) => (err ? rej(err) : res())); });
  let failed = 0;
  let n = 0;
  const single = items.length === 1;
  if (format === 'json' && !single) await write('[\n');
  for (const item of items) {
    const input = await readInput(item, { maxSize: opts.maxSize });
    let rec: Record_;
    if (input.error) rec = { source: input.source, error: input.error };
    else {
      try {
        const dec = decode(input.bytes!, { encoding: opts.encoding });
        rec = extract(dec.text, { source: input.source, refDate: opts.refDate, types: opts.types, lexicon, encoding: dec.encoding });
      } catch (e) {
        if (e instanceof DecodeError) rec = { source: input.source, error: { code: e.code, message: e.message, byteOffset: e.byteOffset } };
        else rec = { source: input.source, error: { code: 'internal', message: `vnner: ${(e as Error).message}` } };
      }
    }
    if ((rec as ErrorRecord).error) { failed++; process.stderr.write(`${(rec as ErrorRecord).error.message}\n`); }
    switch (format) {
      case 'jsonl': await write(formatJsonl(rec)); break;
      case 'json': await write((n > 0 ? ',\n' : '') + JSON.stringify(rec, null, 2).replace(single ? /^/u : /^/gmu, single ? '' : '  ')); break;
      case 'csv': {
        if ((rec as ErrorRecord).error) await write(await formatCsvError(rec as ErrorRecord, n === 0));
        else await write(await formatCsv(rec as DocumentResult, n === 0));
        break;
      }
      case 'pretty': await write(formatPretty(rec, colour)); break;
    }
    n++;
  }
  if (format === 'json') await write(single ? '\n' : '\n]\n');
  if (toFile) await new Promise<void>((res) => (stream as ReturnType<typeof createWriteStream>).end(res));
  return failed > 0 ? 1 : 0;
}
