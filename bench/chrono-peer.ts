// Peer comparison for dates: our findDates against chrono-node's Vietnamese locale (chrono.vi).
//
//   node dist/bench/chrono-peer.js GOLD_DIR [--json]
//
// Reads every *.json gold file in GOLD_DIR (fields text, ref_date, dates[{text,value}]), runs both
// recognizers on each document and compares per-document sets of values (date part only; an
// interval "a/b" counts as the two values a and b). Prints precision / recall / F1 for each.
// chrono-node is a dev dependency used only here, never in src/.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as chrono from 'chrono-node';
import { findDates } from '../src/recognizers/dates.js';

interface GoldDoc {
  text: string;
  ref_date?: string | null;
  dates?: { text: string; value: string | null }[];
}

interface Score {
  tp: number;
  fp: number;
  fn: number;
}

/** Date parts of a value: "2023-12-22TAF" → ["2023-12-22"]; "2018/2022" → ["2018", "2022"]. */
export function valueParts(value: string | null | undefined): string[] {
  if (!value) return [];
  return value
    .split('/')
    .map((v) => v.replace(/T[A-Z0-9:.+-]*$/u, '').trim())
    .filter((v) => v !== '');
}

const pad2 = (n: number) => String(n).padStart(2, '0');

function chronoComponentValue(c: chrono.ParsedComponents): string | null {
  const y = c.get('year');
  const m = c.get('month');
  const d = c.get('day');
  if (c.isCertain('day') && c.isCertain('month')) {
    if (c.isCertain('year') || y !== null) return `${y}-${pad2(m ?? 1)}-${pad2(d ?? 1)}`;
  }
  if (c.isCertain('month') && c.isCertain('year')) return `${y}-${pad2(m ?? 1)}`;
  if (c.isCertain('year')) return String(y);
  // relative expressions ("hôm nay", "thứ Hai") carry implied values resolved against the ref date
  if (y !== null && m !== null && d !== null) return `${y}-${pad2(m)}-${pad2(d)}`;
  return null;
}

function chronoValues(text: string, ref: Date | undefined): string[] {
  const out: string[] = [];
  const results = ref ? chrono.vi.parse(text, ref) : chrono.vi.parse(text);
  for (const r of results) {
    const a = chronoComponentValue(r.start);
    const b = r.end ? chronoComponentValue(r.end) : null;
    out.push(...valueParts(b && a ? `${a}/${b}` : a));
  }
  return out;
}

function oursValues(text: string, ref: string | undefined): string[] {
  const out: string[] = [];
  for (const m of findDates(text.normalize('NFC'), ref ? { refDate: ref } : {})) out.push(...valueParts(m.value));
  return out;
}

function compare(pred: string[], gold: string[], s: Score): void {
  const p = new Set(pred);
  const g = new Set(gold);
  for (const v of p) if (g.has(v)) s.tp++;
  else s.fp++;
  for (const v of g) if (!p.has(v)) s.fn++;
}

function prf(s: Score) {
  const precision = s.tp + s.fp ? s.tp / (s.tp + s.fp) : 0;
  const recall = s.tp + s.fn ? s.tp / (s.tp + s.fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { ...s, precision, recall, f1 };
}

function goldFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...goldFiles(p));
    else if (name.endsWith('.json')) out.push(p);
  }
  return out;
}

function main(argv: string[]): number {
  const json = argv.includes('--json');
  const dir = argv.find((a) => !a.startsWith('--'));
  if (!dir) {
    process.stderr.write('usage: node dist/bench/chrono-peer.js GOLD_DIR [--json]\n');
    return 2;
  }
  const ours: Score = { tp: 0, fp: 0, fn: 0 };
  const peer: Score = { tp: 0, fp: 0, fn: 0 };
  let docs = 0;
  let msOurs = 0;
  let msPeer = 0;
  for (const file of goldFiles(dir)) {
    let doc: GoldDoc;
    try {
      doc = JSON.parse(readFileSync(file, 'utf8')) as GoldDoc;
    } catch (e) {
      process.stderr.write(`skip ${file}: ${(e as Error).message}\n`);
      continue;
    }
    if (typeof doc.text !== 'string') continue;
    docs++;
    const text = doc.text.normalize('NFC');
    const ref = doc.ref_date ?? undefined;
    const gold = (doc.dates ?? []).flatMap((d) => valueParts(d.value));
    let t = performance.now();
    compare(oursValues(text, ref), gold, ours);
    msOurs += performance.now() - t;
    t = performance.now();
    const refDate = ref ? new Date(`${ref}T12:00:00+07:00`) : undefined;
    compare(chronoValues(text, refDate), gold, peer);
    msPeer += performance.now() - t;
  }
  const report = {
    dir,
    documents: docs,
    vnner: { ...prf(ours), ms: Math.round(msOurs) },
    chrono: { ...prf(peer), ms: Math.round(msPeer) },
  };
  if (json) {
    process.stdout.write(JSON.stringify(report, null, 2) + '\n');
  } else {
    const f = (x: number) => x.toFixed(3);
    process.stdout.write(`documents: ${docs}\n`);
    process.stdout.write('system   P      R      F1     tp   fp   fn   ms\n');
    for (const [name, r] of [
      ['vnner ', report.vnner],
      ['chrono', report.chrono],
    ] as const) {
      process.stdout.write(
        `${name}   ${f(r.precision)}  ${f(r.recall)}  ${f(r.f1)}  ${String(r.tp).padStart(4)} ${String(r.fp).padStart(4)} ${String(r.fn).padStart(4)} ${String(r.ms).padStart(4)}\n`,
      );
    }
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
