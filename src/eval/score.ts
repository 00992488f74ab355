// Scoring against gold files (gold-format.md): per-document sets, micro-averaged.
// Comparison ignores case, normalization form, tone-mark placement and surrounding punctuation.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { normalize } from '../text/normalize.js';
import type { DocumentResult } from '../types.js';

export interface Gold {
  id?: string;
  source?: string;
  ref_date?: string;
  text: string;
  people: { name: string; roles: string[] }[];
  roles: string[];
  organizations: string[][];
  dates: { text: string; value: string | null }[];
}

export const SCORE_TYPES = ['people', 'roles', 'links', 'organizations', 'dates'] as const;
export type ScoreType = typeof SCORE_TYPES[number];

export interface Counts { tp: number; fp: number; fn: number }
export interface DocScore { id: string; counts: Record<ScoreType, Counts>; misses: Record<ScoreType, string[]>; extras: Record<ScoreType, string[]> }

export function cmpKey(s: string): string {
  return normalize(s).key.toLowerCase().replace(/\s+/gu, ' ').replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '');
}

function setCompare(pred: string[], gold: string[]): { counts: Counts; misses: string[]; extras: string[] } {
  const p = new Map(pred.map((x) => [cmpKey(x), x]));
  const g = new Map(gold.map((x) => [cmpKey(x), x]));
  p.delete(''); g.delete('');
  let tp = 0;
  const misses: string[] = [];
  const extras: string[] = [];
  for (const [k, v] of g) { if (p.has(k)) tp++; else misses.push(v); }
  for (const [k, v] of p) if (!g.has(k)) extras.push(v);
  return { counts: { tp, fp: extras.length, fn: misses.length }, misses, extras };
}

/** The date part of a value: "2023-12-22TAF" -> "2023-12-22"; intervals count each end. */
export function dateValues(v: string | null | undefined): string[] {
  if (!v) return [];
  return v.split('/').map((x) => x.replace(/T[A-Z0-9:]*$/u, '')).filter(Boolean);
}

function orgCompare(pred: string[][], gold: string[][]): { counts: Counts; misses: string[]; extras: string[] } {
  const P = pred.map((vs) => new Set(vs.map(cmpKey)));
  const G = gold.map((vs) => new Set(vs.map(cmpKey)));
  const usedP = new Set<number>();
  let tp = 0;
  const misses: string[] = [];
  G.forEach((gs, gi) => {
    const pi = P.findIndex((ps, i) => !usedP.has(i) && [...ps].some((x) => gs.has(x)));
    if (pi >= 0) { usedP.add(pi); tp++; } else misses.push(gold[gi][0]);
  });
  const extras = pred.filter((_, i) => !usedP.has(i)).map((vs) => vs[0]);
  return { counts: { tp, fp: extras.length, fn: misses.length }, misses, extras };
}

export function scoreDocument(doc: DocumentResult, gold: Gold, id: string): DocScore {
  const nameOf = new Map(doc.people.map((p) => [p.id, p.name]));
  // (each side compared as names and roles are: "Francisco Tiu Laurel Jr." and "… Jr" are one name)
  const trim = (x: string) => x.replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '');
  const link = (name: string, role: string) => `${trim(name)} — ${trim(role)}`;
  const predLinks = doc.roles.filter((r) => r.person).map((r) => link(nameOf.get(r.person!) ?? '', r.text));
  const goldLinks = gold.people.flatMap((p) => p.roles.map((r) => link(p.name, r)));
  const predOrgs = doc.organizations.map((o) => [o.name, ...o.mentions.map((m) => m.text)]);
  const results = {
    people: setCompare(doc.people.map((p) => p.name), gold.people.map((p) => p.name)),
    roles: setCompare(doc.roles.map((r) => r.text), gold.roles),
    links: setCompare(predLinks, goldLinks),
    organizations: orgCompare(predOrgs, gold.organizations),
    dates: setCompare(doc.dates.flatMap((d) => dateValues(d.value)), gold.dates.flatMap((d) => dateValues(d.value))),
  };
  const counts = {} as Record<ScoreType, Counts>;
  const misses = {} as Record<ScoreType, string[]>;
  const extras = {} as Record<ScoreType, string[]>;
  for (const t of SCORE_TYPES) { counts[t] = results[t].counts; misses[t] = results[t].misses; extras[t] = results[t].extras; }
  return { id, counts, misses, extras };
}

export interface Summary { type: ScoreType; tp: number; fp: number; fn: number; precision: number; recall: number; f1: number }

export function summarize(scores: DocScore[]): Summary[] {
  return SCORE_TYPES.map((type) => {
    const tp = scores.reduce((s, d) => s + d.counts[type].tp, 0);
    const fp = scores.reduce((s, d) => s + d.counts[type].fp, 0);
    const fn = scores.reduce((s, d) => s + d.counts[type].fn, 0);
    const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
    const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { type, tp, fp, fn, precision, recall, f1 };
  });
}

/** Every *.json gold file under dir (recursively), sorted by path. */
export function listGoldFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.json')) out.push(p);
    }
  };
  walk(dir);
  return out;
}

export function readGold(path: string): Gold {
  const g = JSON.parse(readFileSync(path, 'utf8')) as Gold;
  if (typeof g.text !== 'string') throw new Error(`vnner: ${path}: not a gold file (no "text")`);
  g.people ??= []; g.roles ??= []; g.organizations ??= []; g.dates ??= [];
  return g;
}

export function formatSummaryTable(rows: Summary[], docs: number): string {
  const pad = (s: string, n: number) => s.padEnd(n);
  const num = (x: number) => x.toFixed(3).padStart(9);
  const lines = [`${pad('type', 15)}${'precision'.padStart(9)}${'recall'.padStart(9)}${'F1'.padStart(9)}${'tp'.padStart(6)}${'fp'.padStart(6)}${'fn'.padStart(6)}`];
  for (const r of rows) lines.push(`${pad(r.type, 15)}${num(r.precision)}${num(r.recall)}${num(r.f1)}${String(r.tp).padStart(6)}${String(r.fp).padStart(6)}${String(r.fn).padStart(6)}`);
  lines.push(`(${docs} documents)`);
  return lines.join('\n') + '\n';
}
