// Reading a child vnner's output in the benchmarks: JSON Lines records counted as they stream by (never held in
// memory), and the end of standard error kept for the figures the child reports there.
import type { Readable } from 'node:stream';

export interface LineCount { records: number; errors: number }

/** Count the lines of a JSONL stream, and those `isError` says are error records; the counts fill in as data comes. */
export function countJsonl(stream: Readable, isError: (line: string) => boolean): LineCount {
  const count: LineCount = { records: 0, errors: 0 };
  let tail = '';
  stream.on('data', (d: Buffer) => {
    const lines = (tail + d.toString('utf8')).split('\n');
    tail = lines.pop() ?? '';
    for (const l of lines) { count.records++; if (isError(l)) count.errors++; }
  });
  return count;
}

/** The last ~100 KB to 1 MB of a stream's text, read when the stream has ended. */
export function keepTail(stream: Readable): () => string {
  let text = '';
  stream.on('data', (d: Buffer) => { text += d.toString('utf8'); if (text.length > 1e6) text = text.slice(-1e5); });
  return () => text;
}
