// vnner dict lint | stats: dictionary tools.
import { readFileSync, readdirSync } from 'node:fs';
import { join, basename } from 'node:path';
import { packageDictionaryDir, FILE_SPECS, specNameFor, foldAtoms } from '../lexicon/lexicon.js';
import { parseTsv } from '../lexicon/tsv.js';

export interface LintIssue { file: string; line: number; message: string; severity: 'error' | 'warning' }

function packageFiles(): string[] {
  const dir = packageDictionaryDir();
  return readdirSync(dir).filter((f) => f.endsWith('.tsv')).sort().map((f) => join(dir, f));
}

/** Check one dictionary file. `common` is the set of folded common words for the guard. */
export function lintFile(path: string, common: Set<string>): LintIssue[] {
  const issues: LintIssue[] = [];
  const file = basename(path);
  const err = (line: number, message: string, severity: LintIssue['severity'] = 'error') => issues.push({ file, line, message, severity });
  let raw: Buffer;
  try { raw = readFileSync(path); } catch (e) { err(0, `cannot read: ${(e as Error).message}`); return issues; }
  let text: string;
  try { text = new TextDecoder('utf-8', { fatal: true }).decode(raw); } catch { err(0, 'not valid UTF-8'); return issues; }
  if (text.includes('\r')) err(0, 'CR line endings (use LF)');
  const tsv = parseTsv(text, path);
  const name = specNameFor(path, tsv.header);
  if (!name) { err(0, 'unknown dictionary kind (name the file like titles.tsv, organizations.tsv …)'); return issues; }
  const spec = FILE_SPECS[name];
  if (!tsv.comments.some((c) => /^#\s*source\s*:/iu.test(c))) err(1, 'no "# source:" comment');
  if (tsv.header.join('\t') !== spec.header.join('\t')) err(0, `header is "${tsv.header.join(' ')}", expected "${spec.header.join(' ')}"`);
  const seen = new Map<string, number>();
  const keyCols = name === 'places' ? [0, 1, 2] : name === 'countries' ? [0] : name === 'abbreviations' ? [0, 1] : name === 'province-merges' ? [0] : [0, 1];
  for (const row of tsv.rows) {
    const c = row.cells;
    if (c.length !== spec.header.length) err(row.line, `${c.length} columns, expected ${spec.header.length}`);
    for (const cell of c) {
      if (cell !== cell.trim()) err(row.line, `stray spaces around "${cell}"`);
      if (cell !== cell.normalize('NFC')) err(row.line, `"${cell}" is not NFC`);
      if (/\s{2,}/u.test(cell)) err(row.line, `double space in "${cell}"`);
    }
    if (!c[0]) { err(row.line, 'empty first column'); continue; }
    const kind = c[spec.kindCol ?? 1];
    if (spec.kinds && kind && !spec.kinds.includes(kind)) err(row.line, `unknown kind "${kind}" (known: ${spec.kinds.join(', ')})`);
    const key = keyCols.map((k) => (k === 0 ? foldAtoms(c[0]).join(' ') : (c[k] ?? '').toLowerCase())).join('\t');
    const prev = seen.get(key);
    if (prev !== undefined) err(row.line, `duplicate of line ${prev}: "${c[0]}"`);
    else seen.set(key, row.line);
    // the common-word guard: a name-like entry that is also a common word must say so
    if (['surnames', 'middle-names', 'places', 'place-aliases', 'countries'].includes(name)) {
      const f = foldAtoms(c[0]).join(' ');
      if (common.has(f) && !/ambiguous|common/iu.test(c[c.length - 1] ?? '')) err(row.line, `"${c[0]}" is also a common word; mark it "ambiguous" in the note`, 'warning');
    }
  }
  return issues;
}

function commonWords(files: string[]): Set<string> {
  const f = files.find((p) => basename(p) === 'common-words.tsv');
  const s = new Set<string>();
  if (!f) return s;
  for (const row of parseTsv(readFileSync(f, 'utf8'), f).rows) if (row.cells[0]) s.add(foldAtoms(row.cells[0]).join(' '));
  return s;
}

export function dictLint(files: string[]): number {
  const all = files.length ? files : packageFiles();
  const common = commonWords(files.length ? [...packageFiles(), ...files] : all);
  let errors = 0;
  let warnings = 0;
  for (const f of all) {
    for (const i of lintFile(f, common)) {
      if (i.severity === 'error') errors++; else warnings++;
      process.stdout.write(`${i.file}:${i.line}: ${i.severity}: ${i.message}\n`);
    }
  }
  process.stdout.write(`${all.length} files, ${errors} errors, ${warnings} warnings\n`);
  return errors > 0 ? 1 : 0;
}

export function dictStats(opts: { json?: boolean }): number {
  const rows = packageFiles().map((f) => {
    const tsv = parseTsv(readFileSync(f, 'utf8'), f);
    const kinds: Record<string, number> = {};
    for (const r of tsv.rows) { const k = r.cells[1] ?? ''; kinds[k] = (kinds[k] ?? 0) + 1; }
    return { file: basename(f), entries: tsv.rows.length, kinds };
  });
  if (opts.json) { process.stdout.write(JSON.stringify({ files: rows, total: rows.reduce((s, r) => s + r.entries, 0) }, null, 2) + '\n'); return 0; }
  for (const r of rows) {
    const top = Object.entries(r.kinds).sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, v]) => `${k || '-'} ${v}`).join(', ');
    process.stdout.write(`${r.file.padEnd(24)}${String(r.entries).padStart(7)}  ${top}\n`);
  }
  process.stdout.write(`${'total'.padEnd(24)}${String(rows.reduce((s, r) => s + r.entries, 0)).padStart(7)}\n`);
  return 0;
}
