// Input stage: turn the command line's inputs into an ordered stream of named byte buffers.
//   files, directories (recursive, sorted), "-" for standard input
import { readFileSync, statSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface InputItem { source: string; bytes?: Uint8Array; error?: { code: string; message: string } }

export interface InputOptions { maxSize?: number }

export async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

function listDir(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    let names: string[];
    try { names = readdirSync(d).sort(); } catch { return; }
    for (const n of names) {
      if (n.startsWith('.')) continue;
      const p = join(d, n);
      let st;
      try { st = statSync(p); } catch { continue; }
      if (st.isDirectory()) walk(p); else if (st.isFile()) out.push(p);
    }
  };
  walk(dir);
  return out;
}

/** Expand inputs into file paths (directories recursively) without reading them. */
export function expandInputs(inputs: string[]): { path: string; source: string; missing?: boolean }[] {
  const out: { path: string; source: string; missing?: boolean }[] = [];
  for (const inp of inputs) {
    if (inp === '-') { out.push({ path: '-', source: '-' }); continue; }
    let st;
    try { st = statSync(inp); } catch { out.push({ path: inp, source: inp, missing: true }); continue; }
    if (st.isDirectory()) for (const p of listDir(inp)) out.push({ path: p, source: relative(process.cwd(), p) || p });
    else out.push({ path: inp, source: inp });
  }
  return out;
}

export async function readInput(item: { path: string; source: string; missing?: boolean }, opts: InputOptions = {}): Promise<InputItem> {
  if (item.missing) return { source: item.source, error: { code: 'not-found', message: `vnner: no such file or directory: ${item.source}` } };
  try {
    if (item.path === '-') return { source: '-', bytes: await readStdin() };
    if (opts.maxSize !== undefined) {
      const size = statSync(item.path).size;
      if (size > opts.maxSize) return { source: item.source, error: { code: 'too-large', message: `vnner: ${item.source} is ${size} bytes, larger than --max-size ${opts.maxSize}` } };
    }
    return { source: item.source, bytes: readFileSync(item.path) };
  } catch (e) {
    return { source: item.source, error: { code: 'unreadable', message: `vnner: cannot read ${item.source}: ${(e as Error).message}` } };
  }
}
