// Link refiner: who holds which role.
//   "X, A, B, C"  "X - A - B"  "X (A, B)"  -> A, B, C belong to X
//   "A X", "A, B X"                        -> A, B belong to X
//   "các đồng chí Ủy viên Trung ương Đảng: X, A; Y, B" -> the shared role belongs to X and Y
//   a later role-only mention ("đồng chí Phó Bí thư Thường trực Thành ủy yêu cầu") -> the holder named earlier
import { AtomKind } from '../segment/tokens.js';
import type { Ctx, RoleMention, PersonMention } from '../context.js';
import { has } from '../context.js';

const SEPARATORS = new Set([',', '-', '(', ':', '/']);

function personAt(byStart: Map<number, number>, i: number): number | undefined { return byStart.get(i); }

/** Skip honorifics, prefixes, ranks' commas between a role and the person it precedes. */
function skipToPerson(ctx: Ctx, j: number, byStart: Map<number, number>, roleByStart: Map<number, number>): number | undefined {
  for (let k = j, steps = 0; k < ctx.atoms.length && steps < 6; steps++) {
    const p = personAt(byStart, k);
    if (p !== undefined) return p;
    const a = ctx.atoms[k];
    if (a.newline && k > j) return undefined;
    if (a.text === ',' && k === j) { k++; continue; }
    if (roleByStart.has(k)) return undefined;
    // honorific or prefix (possibly multi-atom, possibly followed by "." or ",")
    let moved = false;
    for (let e = Math.min(ctx.atoms.length, k + 4); e > k; e--) {
      if (has(ctx, k, 'honorific', undefined, e) || has(ctx, k, 'title', ['prefix'], e)) { k = e; moved = true; break; }
    }
    if (moved) {
      const t = ctx.atoms[k];
      if (t && (t.text === '.' || t.text === ',') && !roleByStart.has(k + 1)) k++;
      continue;
    }
    return undefined;
  }
  return undefined;
}

export function linkPeopleAndRoles(ctx: Ctx): void {
  const roles = ctx.roles;
  const people = ctx.people;
  const byStart = new Map<number, number>();
  people.forEach((p, idx) => byStart.set(p.a, idx));
  const roleByStart = new Map<number, number>();
  roles.forEach((r, idx) => roleByStart.set(r.a, idx));

  // Pass 1: "A X" and "A, B X" — roles directly before a person (honorifics and prefixes may stand between).
  for (let r = 0; r < roles.length; r++) {
    const role = roles[r];
    const p = skipToPerson(ctx, role.b, byStart, roleByStart);
    if (p === undefined) continue;
    if (role.b < ctx.atoms.length && ctx.atoms[role.b].text === ',' && !role.rank) {
      // "X, Giám đốc Sở Y tế, Nguyễn B" is unusual; only ranks take a comma before the name ("Đại tá, PGS.TS X")
      continue;
    }
    role.person = p;
    // walk back over a comma chain of roles: "Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội Đinh Tiến Dũng"
    let cur = role;
    for (let q = r - 1; q >= 0; q--) {
      const prev = roles[q];
      const gap = ctx.atoms[prev.b];
      if (prev.person !== undefined || prev.b + 1 !== cur.a || !gap || (gap.text !== ',' && gap.text !== '-')) break;
      // a person right before the chain owns it ("X, A, B Y" is read as X's roles up to the one adjacent to Y)
      if (ownerBefore(ctx, prev, byStart, roles, roleByStart) !== undefined) break;
      prev.person = p;
      cur = prev;
    }
  }

  // Pass 2: "X, A, B" / "X - A - B" / "X (A, B)" — roles after a person.
  for (let pi = 0; pi < people.length; pi++) {
    const person = people[pi];
    if (person.byline) continue;
    let j = person.b;
    // "(SN 1990)", "(45 tuổi)" between the name and its roles
    if (ctx.atoms[j]?.text === '(' && !roleByStart.has(j + 1)) {
      let k = j + 1;
      while (k < ctx.atoms.length && k < j + 6 && ctx.atoms[k].text !== ')') k++;
      if (ctx.atoms[k]?.text === ')') j = k + 1;
    }
    // ", 51 tuổi," between the name and its roles
    if (ctx.atoms[j]?.text === ',' && ctx.atoms[j + 1]?.kind === AtomKind.Number && ctx.atoms[j + 2]?.fold === 'tuổi') j += 3;
    for (let steps = 0; steps < 12; steps++) {
      const sep = ctx.atoms[j];
      if (!sep || sep.newline) break;
      let k = j;
      if (SEPARATORS.has(sep.text)) k = j + 1;
      else if (sep.fold === 'kiêm') k = j + 1;
      else if (sep.text === ')' ) { j++; continue; }
      else break;
      if (ctx.atoms[k]?.fold === 'kiêm' || ctx.atoms[k]?.fold === 'nguyên' || ctx.atoms[k]?.fold === 'cựu' || ctx.atoms[k]?.fold === 'tân') {
        if (ctx.atoms[k].fold === 'kiêm') k++;
      }
      // status words stand outside the role span
      const r = roleByStart.get(k) ?? roleByStart.get(k + 1);
      if (r === undefined) break;
      const role = roles[r];
      if (role.a !== k && !isStatusAt(ctx, k)) break;
      if (role.person !== undefined && role.person !== pi) break;
      role.person = pi;
      j = role.b;
    }
  }

  // Pass 3: a shared role before a colon: "các đồng chí Ủy viên Trung ương Đảng: X, A; Y, B", "các Phó Thủ tướng: X, Y"
  for (const role of roles) {
    if (role.person !== undefined) continue;
    const colon = ctx.atoms[role.b];
    if (!colon || colon.text !== ':') continue;
    const holders: number[] = [];
    let j = role.b + 1;
    for (let steps = 0; steps < 40 && j < ctx.atoms.length; steps++) {
      if (ctx.atoms[j].newline && j > role.b + 1) break;
      const p = skipToPerson(ctx, j, byStart, roleByStart);
      if (p === undefined) break;
      holders.push(p);
      j = people[p].b;
      // the person's own roles, then "," + next person or ";" + next person
      for (;;) {
        const a = ctx.atoms[j];
        if (!a || a.newline) break;
        if (a.text === ';') { j++; break; }
        if (a.text === ',' && skipToPerson(ctx, j + 1, byStart, roleByStart) !== undefined && !roleByStart.has(j + 1)) { j++; break; }
        if (a.text === ',' || a.text === '-') { const r = roleByStart.get(j + 1); if (r !== undefined) { j = roles[r].b; continue; } }
        j = -1; break;
      }
      if (j < 0) break;
    }
    if (holders.length > 0) { role.person = holders[0]; role.shared = holders; }
  }

  // Pass 4: role-only later mentions take the holder of an earlier identical role.
  // A bare title ("Thủ tướng", "Phó Bí thư Thường trực Thành ủy") takes the most recent holder of a role it abbreviates.
  const holderByText = new Map<string, number>();
  const holderByTitle = new Map<string, number>();
  for (const role of roles) {
    const t = roleKey(ctx, role);
    const title = titleKey(ctx, role);
    if (role.person !== undefined) {
      holderByText.set(t, role.person);
      holderByTitle.set(title, role.person);
      continue;
    }
    const h = holderByText.get(t) ?? (role.office || role.officePlace ? undefined : holderByTitle.get(title));
    if (h !== undefined) role.person = h;
  }
}

const endMaps = new WeakMap<object, Map<number, number>>();
function personByEnd(ctx: Ctx): Map<number, number> {
  let m = endMaps.get(ctx.people);
  if (!m) { m = new Map(); ctx.people.forEach((p, i) => m!.set(p.b, i)); endMaps.set(ctx.people, m); }
  return m;
}
const roleEndMaps = new WeakMap<object, Map<number, RoleMention>>();
function roleByEnd(ctx: Ctx, roles: RoleMention[]): Map<number, RoleMention> {
  let m = roleEndMaps.get(roles);
  if (!m) { m = new Map(); for (const r of roles) m.set(r.b, r); roleEndMaps.set(roles, m); }
  return m;
}

function skipBack(ctx: Ctx, i: number): number {
  let k = i - 1;
  while (k > 0 && ctx.atoms[k].kind === AtomKind.Word && has(ctx, k, 'honorific')) k--;
  return k;
}

function isStatusAt(ctx: Ctx, k: number): boolean { return has(ctx, k, 'title', ['status']); }

function ownerBefore(ctx: Ctx, role: RoleMention, byStart: Map<number, number>, roles: RoleMention[], roleByStart: Map<number, number>): number | undefined {
  // walk back through "," separated roles to a person
  let a = role.a;
  for (let steps = 0; steps < 10; steps++) {
    const sep = ctx.atoms[a - 1];
    if (!sep || (sep.text !== ',' && sep.text !== '-' && sep.text !== '(')) return undefined;
    const owner = personByEnd(ctx).get(a - 1);
    if (owner !== undefined) return owner;
    const prev = roleByEnd(ctx, roles).get(a - 1);
    if (!prev) return undefined;
    a = prev.a;
  }
  void roleByStart;
  return undefined;
}

function titleKey(ctx: Ctx, role: RoleMention): string {
  return ctx.key.slice(ctx.atoms[role.a].start, ctx.atoms[role.titleEnd - 1].end).toLowerCase().replace(/\s+/gu, ' ');
}

export function roleKey(ctx: Ctx, role: RoleMention): string {
  return ctx.key.slice(ctx.atoms[role.a].start, ctx.atoms[role.b - 1].end).toLowerCase().replace(/\s+/gu, ' ');
}

export type { PersonMention };
