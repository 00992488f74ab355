// Build refiner: group mentions into entities and map every span back to the original text.
//   people: "Lê Tiến Châu" + later "ông Châu" -> one person;  orgs: "Thành ủy Hải Phòng" + "Thành ủy" -> one org
import { toOriginalSpan, codePointIndexer } from '../text/normalize.js';
import type { Ctx, OrgMention, PersonMention } from '../context.js';
import type { DocumentResult, Mention, Person, Role, Organization, DateMention } from '../types.js';
import { roleKey } from './link.js';

interface Mapper { (a: number, b: number): Mention }

function mapper(ctx: Ctx): Mapper {
  const cp = codePointIndexer(ctx.nt.original);
  return (ka: number, kb: number) => {
    const [s, e] = toOriginalSpan(ctx.nt, ka, kb);
    return { text: ctx.nt.original.slice(s, e), start: cp(s), end: cp(e) };
  };
}

const fold = (s: string) => s.toLowerCase().replace(/\s+/gu, ' ').trim();

function orgKey(o: OrgMention): string {
  const parts = [fold(o.canonical), o.levelWord ? fold(o.levelWord) : '', o.place ? fold(o.place) : ''];
  return parts.join('|') + (o.parent ? `>${orgKey(o.parent)}` : '');
}

export function buildDocument(ctx: Ctx, source: string, refDate: string | null): DocumentResult {
  const map = mapper(ctx);
  const span = (a: number, b: number) => map(ctx.atoms[a].start, ctx.atoms[b - 1].end);

  // ---- organizations
  const orgs = [...ctx.orgs].sort((x, y) => x.a - y.a || y.b - x.b);
  const groups: { key: string; head: string; mentions: { m: OrgMention; text: Mention }[]; specific: boolean }[] = [];
  const byKey = new Map<string, number>();
  for (const o of orgs) {
    const k = orgKey(o);
    let g = byKey.get(k);
    if (g === undefined) { g = groups.length; groups.push({ key: k, head: fold(o.canonical), mentions: [], specific: !!(o.place || o.parent) }); byKey.set(k, g); }
    groups[g].mentions.push({ m: o, text: span(o.a, o.b) });
  }
  // merge a bare form into the one fuller form of the same head ("Thành ủy" -> "Thành ủy Hải Phòng", "UBND tỉnh" -> "UBND tỉnh Nghệ An")
  const target = new Int32Array(groups.length).fill(-1);
  for (let g = 0; g < groups.length; g++) {
    const G = groups[g];
    const m0 = G.mentions[0].m;
    if (m0.place || m0.parent) continue;
    const fuller = groups.map((H, h) => ({ H, h })).filter(({ H, h }) => h !== g && H.head === G.head && H.key !== G.key &&
      H.key.startsWith(G.key.replace(/\|+$/u, '')) || (h !== g && H.head === G.head && (H.mentions[0].m.place || H.mentions[0].m.parent) &&
      (!m0.levelWord || H.mentions[0].m.levelWord === m0.levelWord)));
    const uniq = new Set(fuller.map((f) => f.h));
    if (uniq.size === 1) target[g] = [...uniq][0];
  }
  const orgOut: Organization[] = [];
  const orgIdOfGroup = new Map<number, string>();
  const finalGroup = (g: number) => { let t = g; for (let s = 0; s < 4 && target[t] >= 0; s++) t = target[t]; return t; };
  const collected = new Map<number, Mention[]>();
  for (let g = 0; g < groups.length; g++) {
    const t = finalGroup(g);
    const arr = collected.get(t) ?? [];
    for (const m of groups[g].mentions) arr.push(m.text);
    collected.set(t, arr);
  }
  const firstStart = (ms: Mention[]) => ms.reduce((a, m) => Math.min(a, m.start), Infinity);
  const orderedGroups = [...collected.entries()].sort((x, y) => firstStart(x[1]) - firstStart(y[1]));
  for (const [g, mentions] of orderedGroups) {
    mentions.sort((x, y) => x.start - y.start || x.end - y.end);
    const name = mentions.reduce((best, m) => (m.text.length > best.length ? m.text : best), '');
    const id = `o${orgOut.length + 1}`;
    orgOut.push({ id, name, mentions: dedupe(mentions) });
    orgIdOfGroup.set(g, id);
  }
  const orgIdOf = (o: OrgMention): string | null => {
    const g = byKey.get(orgKey(o));
    return g === undefined ? null : orgIdOfGroup.get(finalGroup(g)) ?? null;
  };

  // ---- people
  const persons: { name: string; key: string; mentions: Mention[]; last: string; mentionIdx: number[] }[] = [];
  const entityOf = new Int32Array(ctx.people.length).fill(-1);
  const personByKey = new Map<string, number>();
  const byLast = new Map<string, number[]>();
  const byFirst = new Map<string, number[]>();
  const order = ctx.people.map((p, i) => ({ p, i })).sort((x, y) => Number(x.p.short) - Number(y.p.short) || x.p.a - y.p.a);
  for (const { p, i } of order) {
    const m = span(p.a, p.b);
    const k = fold(m.text).replace(/[.\s]+$/u, '');
    let e = personByKey.get(k) ?? -1;
    if (e < 0 && (p.short || p.n <= 2)) {
      // a given-name reference: the person whose full name ends with these syllables (nearest before, else any)
      const syl = k.split(' ');
      const pool = [...(byLast.get(syl[syl.length - 1]) ?? []), ...(byFirst.get(syl[0]) ?? [])];
      const cands = pool.filter((idx) => persons[idx].key !== k && (persons[idx].key.endsWith(` ${k}`) || persons[idx].key.startsWith(`${k} `)));
      if (cands.length >= 1) e = nearest([...new Set(cands)], persons, m.start);
    }
    if (e < 0) {
      e = persons.length; personByKey.set(k, e);
      const syl = k.split(' ');
      if (syl.length > 1) {
        const l = syl[syl.length - 1]; byLast.set(l, [...(byLast.get(l) ?? []), e]);
        byFirst.set(syl[0], [...(byFirst.get(syl[0]) ?? []), e]);
      }
      persons.push({ name: m.text.replace(/\.$/u, '') === m.text ? m.text : m.text, key: k, mentions: [], last: k.split(' ').pop() ?? k, mentionIdx: [] }); }
    persons[e].mentions.push(m);
    persons[e].mentionIdx.push(i);
    entityOf[i] = e;
    if (m.text.length > persons[e].name.length && !p.short) persons[e].name = m.text;
  }
  const people: Person[] = persons
    .map((x, idx) => ({ x, idx, first: x.mentions.reduce((a, m) => Math.min(a, m.start), Infinity) }))
    .sort((a, b) => a.first - b.first)
    .map(({ x }, n) => ({ id: `p${n + 1}`, name: x.name, mentions: x.mentions.sort((a, b) => a.start - b.start), roles: [] as string[] }));
  const personIdOfEntity = new Map<number, string>();
  const personOfMentions = new Map(people.map((p) => [p.mentions, p.id]));
  persons.forEach((x, idx) => { const id = personOfMentions.get(x.mentions); if (id) personIdOfEntity.set(idx, id); });
  const personById = new Map(people.map((p) => [p.id, p]));

  // ---- roles
  const roles: Role[] = [];
  for (const r of ctx.roles) {
    if (r.weak && r.person === undefined) continue;
    const m = span(r.a, r.b);
    const titleM = span(r.a, r.titleEnd);
    const holders = r.shared ?? (r.person !== undefined ? [r.person] : []);
    const pids = holders.map((h) => personIdOfEntity.get(entityOf[h])).filter((x): x is string => !!x);
    const base = { text: m.text, title: titleM.text, organization: r.office ? orgIdOf(r.office) : null, status: r.status, start: m.start, end: m.end };
    if (pids.length === 0) roles.push({ id: '', ...base, person: null });
    for (const pid of pids) roles.push({ id: '', ...base, person: pid });
    void roleKey;
  }
  roles.forEach((r, i) => { r.id = `r${i + 1}`; });
  for (const r of roles) {
    if (!r.person) continue;
    const p = personById.get(r.person);
    if (p && !p.roles.includes(r.id)) p.roles.push(r.id);
  }

  // ---- dates
  const dates: DateMention[] = ctx.dates.map((d) => {
    const m = map(d.start, d.end);
    return { text: m.text, value: d.value, start: m.start, end: m.end };
  });

  return { source, refDate, people, roles, organizations: orgOut, dates };
}

function nearest(idxs: number[], persons: { mentions: Mention[] }[], at: number): number {
  let best = idxs[0];
  let bestD = Infinity;
  for (const i of idxs) {
    for (const m of persons[i].mentions) {
      const d = m.start <= at ? at - m.start : (at - m.start) * -2; // prefer earlier mentions
      if (d < bestD) { bestD = d; best = i; }
    }
  }
  return best;
}

function dedupe(ms: Mention[]): Mention[] {
  const seen = new Set<string>();
  return ms.filter((m) => { const k = `${m.start}:${m.end}`; if (seen.has(k)) return false; seen.add(k); return true; });
}

export type { PersonMention };
