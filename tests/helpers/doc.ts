// Shared helpers for the cross-cutting suites: span checks over documents, tone-style swapping,
// comparable projections of a document (names, roles, links, organizations, dates).
import { cmpKey } from '../../src/eval/score.js';
import type { DocumentResult } from '../../src/types.js';

/** A span that must slice the original text by code points. */
export interface SpanRef { kind: string; text: string; start: number; end: number }

/** Every span of a document: people mentions, roles, organization mentions, dates. */
export function spansOf(doc: DocumentResult): SpanRef[] {
  const out: SpanRef[] = [];
  for (const p of doc.people) for (const m of p.mentions) out.push({ kind: `person ${p.id}`, ...m });
  for (const r of doc.roles) out.push({ kind: `role ${r.id}`, text: r.text, start: r.start, end: r.end });
  for (const o of doc.organizations) for (const m of o.mentions) out.push({ kind: `organization ${o.id}`, ...m });
  for (const d of doc.dates) out.push({ kind: 'date', text: d.text, start: d.start, end: d.end });
  return out;
}

/**
 * Spans that do not slice `text` by code points, or are out of bounds, as readable strings (empty = all good).
 * `cps` may be passed to avoid recomputing Array.from(text).
 */
export function badSpans(doc: DocumentResult, text: string, cps: string[] = Array.from(text)): string[] {
  const bad: string[] = [];
  for (const s of spansOf(doc)) {
    const ok = Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= cps.length
      && cps.slice(s.start, s.end).join('') === s.text;
    if (!ok) bad.push(`${s.kind} [${s.start},${s.end}) ${JSON.stringify(s.text)} vs ${JSON.stringify(cps.slice(s.start, s.end).join(''))}`);
  }
  return bad;
}

const TONE = /[\u0300\u0301\u0303\u0309\u0323]/u;
const TONES_G = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const WORD = /[\p{L}\p{M}]+/gu;

/**
 * Swap tone placement of the open rhymes oa, oe, uy between the traditional style (hòa, khỏe, thủy)
 * and the new style (hoà, khoẻ, thuỷ), in both directions. "qu" + y is left alone (quý), as are closed
 * syllables (hoạch, khuyến). Returns NFC.
 */
export function otherToneStyle(s: string): string {
  return s.normalize('NFC').replace(WORD, (word) => {
    const d = word.normalize('NFD');
    const tones = d.match(TONES_G);
    if (!tones || tones.length !== 1) return word;
    const tone = tones[0];
    const base = d.replace(TONES_G, '').normalize('NFC');
    const n = base.length;
    if (n < 2) return word;
    const rhyme = base.slice(n - 2).toLowerCase();
    if (rhyme !== 'oa' && rhyme !== 'oe' && rhyme !== 'uy') return word;
    const before = n >= 3 ? base[n - 3].toLowerCase() : '';
    if (rhyme === 'uy' && before === 'q') return word;
    if (/[aăâeêioôơuưy]/u.test(before)) return word; // part of a longer vowel cluster
    const nfc = word.normalize('NFC');
    if (nfc.length !== n) return word;
    const current = TONE.test(nfc[n - 2].normalize('NFD')) ? n - 2 : n - 1;
    const target = current === n - 2 ? n - 1 : n - 2;
    return base.slice(0, target) + (base[target] + tone).normalize('NFC') + base.slice(target + 1);
  });
}

/** The comparable projection of a document (sorted, compared with cmpKey). */
export interface Projection {
  people: string[];
  roles: string[];
  links: string[];
  organizations: string[];
  dates: string[];
}

export function project(doc: DocumentResult): Projection {
  const nameOf = new Map(doc.people.map((p) => [p.id, p.name]));
  const orgOf = new Map(doc.organizations.map((o) => [o.id, o.name]));
  const sort = (xs: string[]) => xs.sort();
  return {
    people: sort(doc.people.map((p) => cmpKey(p.name))),
    roles: sort(doc.roles.map((r) => cmpKey(r.text))),
    links: sort(doc.roles.filter((r) => r.person).map((r) => `${cmpKey(nameOf.get(r.person!) ?? '?')} — ${cmpKey(r.text)}${r.organization ? ` @ ${cmpKey(orgOf.get(r.organization) ?? '?')}` : ''}`)),
    organizations: sort(doc.organizations.map((o) => cmpKey(o.name))),
    dates: sort(doc.dates.map((d) => `${cmpKey(d.text)} = ${d.value}`)),
  };
}
