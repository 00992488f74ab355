// The benchmarks count a child's JSONL records on the bytes: lines and error records, whatever the chunking.
import { describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import { once } from 'node:events';
import { countJsonl } from '../../bench/child-output.js';

const MARK = '"error":{';
const lines = [
  '{"source":"a.txt","people":[{"name":"Nguyễn Văn An"}]}',
  '{"source":"b.bin","error":{"code":"binary","message":"vnner: binary data"}}',
  '{"source":"c.txt","text":"a quoted \\"error\\":{ inside a string"}',
  '{"source":"d.txt","error":{"code":"too-large","message":"x"}}',
  '{"source":"e.txt","people":[]}',
];
const bytes = Buffer.from(lines.join('\n') + '\n', 'utf8');

async function countIn(chunks: Buffer[]) {
  const stream = Readable.from(chunks);
  const count = countJsonl(stream, MARK);
  await once(stream, 'end');
  return count;
}

describe('countJsonl', () => {
  it.each([1, 2, 3, 7, 9, 64, bytes.length])('chunks of %i bytes: 5 records, 2 errors', async (size) => {
    const chunks: Buffer[] = [];
    for (let p = 0; p < bytes.length; p += size) chunks.push(bytes.subarray(p, p + size));
    expect(await countIn(chunks)).toEqual({ records: 5, errors: 2 });
  });
  it('an unfinished last line is not a record; no output, no records', async () => {
    expect(await countIn([Buffer.from('{"source":"a"}\n{"source":"b"')])).toEqual({ records: 1, errors: 0 });
    expect(await countIn([])).toEqual({ records: 0, errors: 0 });
  });
});
