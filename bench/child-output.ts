// Reading a child vnner's output in the benchmarks: JSON Lines records counted as they stream by (never held in
// memory), and the end of standard error kept for the figures the child reports there.
import type { Readable } from 'node:stream';

export interface LineCount { records: number; errors: number }

/**
 * Count the lines of a JSONL stream, and those holding `marker` (the bytes of `"error":{` mark an error record: inside
 * a string the quotes would be escaped). The counting runs on the bytes, never decoding them: the benchmarks measure
 * the child on one core, and a parent that decoded and split ~100 MB of output into strings kept the second core
 * busy, slowing the child's JIT compilation there (its `--jobs 1` run took 15-20% more CPU than into /dev/null).
 */
export function countJsonl(stream: Readable, marker: string): LineCount {
  const count: LineCount = { records: 0, errors: 0 };
  const mark = Buffer.from(marker, 'utf8');
  let tail: Buffer = Buffer.alloc(0); // the unfinished last line of what came so far
  stream.on('data', (d: Buffer) => {
    const buf = tail.length ? Buffer.concat([tail, d]) : d;
    let s = 0;
    let next = buf.indexOf(mark, 0);
    for (let e = buf.indexOf(10, s); e !== -1; e = buf.indexOf(10, s)) {
      count.records++;
      if (next !== -1 && next < s) next = buf.indexOf(mark, s);
      if (next !== -1 && next < e) count.errors++;
      s = e + 1;
    }
    tail = Buffer.from(buf.subarray(s));
  });
  return count;
}

/** The last ~100 KB to 1 MB of a stream's text, read when the stream has ended. */
export function keepTail(stream: Readable): () => string {
  let text = '';
  stream.on('data', (d: Buffer) => { text += d.toString('utf8'); if (text.length > 1e6) text = text.slice(-1e5); });
  return () => text;
}
