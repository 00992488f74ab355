// Link refiner: who holds which role.
//   "X, A, B, C"  "X - A - B"  "X (A, B)"  -> A, B, C belong to X
//   "A X", "A, B X"                        -> A, B belong to X
//   "các đồng chí Ủy viên Trung ương Đảng: X, A; Y, B" -> the shared role belongs to X and Y
//   a later role-only mention ("đồng chí Phó Bí thư Thường trực Thành ủy yêu cầu") -> the holder named earlier
import { AtomKind } from '../segment/tokens.js';
import type { Ctx, RoleMention, PersonMention, OrgMention } from '../context.js';
import { has, startsCat, COVER } from '../context.js';

// kinds lists for the dictionary look-ups, made once (an array literal in a call is a new array at every call)
const KINDS_PLURAL: readonly string[] = ['plural'];
const KINDS_PREFIX: readonly string[] = ['prefix'];
const KINDS_OCCUPATION: readonly string[] = ['occupation'];
const KINDS_STATUS: readonly string[] = ['status'];

/** The separators between a name and its roles: ",", "-", "(", ":", "/". */
function isSeparator(text: string): boolean {
  return text === ',' || text === '-' || text === '(' || text === ':' || text === '/';
}

/** Words before a plural role: "các", "hai", "ba" ... ("hai Phó Chủ tịch HĐND tỉnh X và Y"). */
const PLURAL_COUNTS = new Set(['các', 'hai', 'ba', 'bốn', 'năm', 'những']);

/** Nouns before a colon that announce a career list: "nhiều cương vị:", "các chức vụ:". */
const CAREER_NOUNS = new Set(['nhiều cương', 'cương vị', 'các cương', 'nhiều chức', 'chức vụ', 'các chức', 'vị trí', 'nhiều vị']);

/** "… giữ chức vụ này" later in the sentence that starts at j: the person named last before "giữ", or -1. */
function successorOf(ctx: Ctx, j: number, people: readonly PersonMention[]): number {
  const sn = ctx.sentenceOf[j];
  for (let k = j; k + 3 < ctx.atoms.length && ctx.sentenceOf[k] === sn && k - j < 60; k++) {
    const a = ctx.atoms[k];
    if (a.fold !== 'giữ' && a.fold !== 'nhận') continue;
    const c = ctx.atoms[k + 1]?.fold, d = ctx.atoms[k + 2]?.fold, e = ctx.atoms[k + 3]?.fold;
    if (c !== 'chức' || (d !== 'vụ' && d !== 'danh') || e !== 'này') continue;
    let best = -1;
    for (let p = 0; p < people.length; p++) if (people[p].b <= k && people[p].a > j && !people[p].byline) best = p;
    return best;
  }
  return -1;
}

/** The sentence of atom a opens with a bare "Ông" or "Bà" (no name after it). */
function pronounSubject(ctx: Ctx, a: number): boolean {
  const sn = ctx.sentenceOf[a];
  let s0 = a;
  while (s0 > 0 && ctx.sentenceOf[s0 - 1] === sn && a - s0 < 80) s0--;
  const w = ctx.atoms[s0];
  const n = ctx.atoms[s0 + 1];
  return (w.fold === 'ông' || w.fold === 'bà') && w.upper && n !== undefined && n.kind === AtomKind.Word && !n.upper && !n.allCaps;
}

/** "Cùng ngày, ", "Tại buổi lễ, ": a comma before a, with at most three words between it and the sentence start, no name. */
function shortOpening(ctx: Ctx, a: number): boolean {
  if (ctx.atoms[a - 1]?.text !== ',') return false;
  for (let t = a - 2, n = 0; t >= 0; t--, n++) {
    const x = ctx.atoms[t];
    if (n > 3 || x.upper && n > 0 && ctx.sentenceOf[t - 1] === ctx.sentenceOf[t] && !x.newline) return false;
    if (x.newline || t === 0 || ctx.sentenceOf[t - 1] !== ctx.sentenceOf[t]) return ctx.covered[t] === COVER.free;
  }
  return false;
}

/** The role at q was written before (same text), so this one is a later mention. */
function namedBefore(ctx: Ctx, roles: RoleMention[], q: number): boolean {
  const k = roleKey(ctx, roles[q]);
  for (let x = 0; x < q; x++) if (roleKey(ctx, roles[x]) === k) return true;
  return false;
}

function personAt(byStart: Map<number, number>, i: number): number | undefined { return byStart.get(i); }

/** Skip honorifics, prefixes, ranks' commas between a role and the person it precedes. */
function skipToPerson(ctx: Ctx, j: number, byStart: Map<number, number>, roleByStart: Map<number, number>, skipRanks = false): number | undefined {
  for (let k = j, steps = 0; k < ctx.atoms.length && steps < 6; steps++) {
    const p = personAt(byStart, k);
    if (p !== undefined) return p;
    const a = ctx.atoms[k];
    if (a.newline && k > j) return undefined;
    if (a.text === ',' && k === j) { k++; continue; }
    // "Phó Chủ tịch Phòng Thương mại và Công nghiệp Việt Nam (VCCI) Hà Quang Tùng": a short form in parentheses
    if (a.text === '(' && k === j && ctx.covered[k + 1] === COVER.org && ctx.atoms[k + 2]?.text === ')') { k += 3; continue; }
    const r = roleByStart.get(k);
    // (in a list of holders a rank may stand before the name: "còn có: Đại tá Thân Đức Lượng, …")
    if (r !== undefined && skipRanks && ctx.roles[r].rank) { k = ctx.roles[r].b; continue; }
    if (r !== undefined) return undefined;
    // honorific or prefix (possibly multi-atom, possibly followed by "." or ",")
    // (most atoms start no honorific and no title: one test of their categories instead of eight look-ups)
    if (!startsCat(ctx, k, 'honorific') && !startsCat(ctx, k, 'title')) return undefined;
    let moved = false;
    for (let e = Math.min(ctx.atoms.length, k + 4); e > k; e--) {
      if (has(ctx, k, 'honorific', undefined, e) || has(ctx, k, 'title', KINDS_PREFIX, e)) { k = e; moved = true; break; }
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

/**
 * Who holds which role: the passes below, in this order (each links only the roles the ones before left without a holder,
 * except passes 1 and 2, which may give a role its holder again). Each pass is a function of its own: one large function
 * was compiled by TurboFan two or three times per isolate at a high cost, while small ones are compiled when hot, each
 * with only what it calls.
 */
export function linkPeopleAndRoles(ctx: Ctx): void {
  // (a document without roles has nothing to link)
  if (ctx.roles.length === 0) return;
  const byStart = new Map<number, number>();
  // (loops rather than forEach over arrays that are often empty: see buildDocument)
  for (let idx = 0; idx < ctx.people.length; idx++) byStart.set(ctx.people[idx].a, idx);
  const roleByStart = new Map<number, number>();
  for (let idx = 0; idx < ctx.roles.length; idx++) roleByStart.set(ctx.roles[idx].a, idx);
  linkRolesBeforeNames(ctx, byStart, roleByStart);
  linkRolesAfterNames(ctx, byStart, roleByStart);
  linkSharedBeforeColon(ctx, byStart, roleByStart);
  linkAfterDoiVoi(ctx, byStart, roleByStart);
  linkPluralBeforeNames(ctx, byStart, roleByStart);
  linkAfterAppointVerbs(ctx, byStart, roleByStart);
  linkRoleLaHolder(ctx, byStart, roleByStart);
  linkPositionDoHolder(ctx, byStart, roleByStart);
  linkCareerLists(ctx);
  takeEarlierHolders(ctx, ctx.roles);
  linkHeadlineRoles(ctx);
}

/** Pass 1: "A X" and "A, B X" — roles directly before a person (honorifics and prefixes may stand between). */
function linkRolesBeforeNames(ctx: Ctx, byStart: Map<number, number>, roleByStart: Map<number, number>): void {
  const roles = ctx.roles;
  for (let r = 0; r < roles.length; r++) {
    const role = roles[r];
    const p = skipToPerson(ctx, afterPortfolio(ctx, role.b, byStart), byStart, roleByStart);
    if (p === undefined || !commaBeforeNameFits(ctx, role)) continue;
    role.person = p;
    takeChainBefore(ctx, r, p, byStart, roleByStart);
  }
}

/** "phó tổng giám đốc phụ trách nhân sự Đỗ Khánh Vy": the name after the portfolio that follows the title at `from`, else `from`. */
function afterPortfolio(ctx: Ctx, from: number, byStart: Map<number, number>): number {
  if (ctx.atoms[from]?.fold !== 'phụ' || ctx.atoms[from + 1]?.fold !== 'trách' || ctx.atoms[from].newline) return from;
  let k = from + 2;
  while (k < ctx.atoms.length && k - from <= 5 && ctx.atoms[k].kind === AtomKind.Word && !ctx.atoms[k].upper && !ctx.atoms[k].newline &&
    ctx.atoms[k].fold !== 'và' && !has(ctx, k, 'honorific')) k++;
  return byStart.has(k) ? k : from;
}

/**
 * A role followed by a comma takes the name after it only in a few cases: "X, Giám đốc Sở Y tế, Nguyễn B" is unusual; only
 * ranks take a comma before the name ("Đại tá, PGS.TS X"), and an apposition that opens with an honorific: "Giám đốc
 * công ty, ông Trịnh Quốc Hưng, khai …". True when the role has no comma after it.
 */
function commaBeforeNameFits(ctx: Ctx, role: RoleMention): boolean {
  if (role.b >= ctx.atoms.length || ctx.atoms[role.b].text !== ',' || role.rank) return true;
  const h = ctx.atoms[role.b + 1];
  // (or with a prefix: "Giám đốc Nhà hát Chèo Việt Nam, NSƯT Hà Thị Quỳnh Mai cho biết")
  const cue = h !== undefined && h.kind === AtomKind.Word && ((has(ctx, role.b + 1, 'honorific') && !has(ctx, role.b + 1, 'honorific', KINDS_PLURAL)) || has(ctx, role.b + 1, 'title', KINDS_PREFIX));
  if (!cue) return false;
  // (the role opens its sentence, or follows a short opening phrase: "Cùng ngày, Trưởng khoa …, ThS.BS X đã …")
  const opensSentence = role.a === 0 || ctx.atoms[role.a].newline || ctx.sentenceOf[role.a - 1] !== ctx.sentenceOf[role.a] || shortOpening(ctx, role.a);
  // (or a pair after "là … và": "là phó chủ tịch UBND tỉnh X và tổng biên tập Báo Y, nhà báo Z")
  return opensSentence || (ctx.atoms[role.a - 1]?.fold === 'và' && has(ctx, role.b + 1, 'honorific', KINDS_OCCUPATION));
}

/** Pass 1, after role r took person p: back over a comma chain of roles, "Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội Đinh Tiến Dũng". */
function takeChainBefore(ctx: Ctx, r: number, p: number, byStart: Map<number, number>, roleByStart: Map<number, number>): void {
  const roles = ctx.roles;
  let cur = roles[r];
  for (let q = r - 1; q >= 0; q--) {
    const prev = roles[q];
    const gap = ctx.atoms[prev.b];
    if (prev.person !== undefined || prev.b + 1 !== cur.a || !gap || (gap.text !== ',' && gap.text !== '-')) break;
    // a person right before the chain owns it ("X, A, B Y" is read as X's roles up to the one adjacent to Y)
    if (ownerBefore(ctx, prev, byStart, roles, roleByStart) !== undefined) break;
    // ("Theo Chánh Văn phòng UBND tỉnh, Phó Chủ tịch UBND tỉnh X đã …": the source named after "Theo" is another person)
    // (only when that role was named before: a later mention of its holder, not a stack of one person's posts)
    if (ctx.atoms[prev.a - 1]?.fold === 'theo' && ctx.atoms[prev.b].text === ',' && namedBefore(ctx, roles, q)) break;
    // ("thừa ủy quyền của Chủ tịch nước, Thượng tướng X trao …": the role after "của" is another person's)
    if (ctx.atoms[prev.a - 1]?.fold === 'của' && ctx.atoms[prev.b].text === ',') break;
    prev.person = p;
    cur = prev;
  }
}

/** Pass 2: "X, A, B" / "X - A - B" / "X (A, B)" — roles after a person. */
function linkRolesAfterNames(ctx: Ctx, byStart: Map<number, number>, roleByStart: Map<number, number>): void {
  const people = ctx.people;
  for (let pi = 0; pi < people.length; pi++) if (!people[pi].byline) linkRolesAfterName(ctx, pi, byStart, roleByStart);
}

/** Pass 2 for the person pi: the chain of roles that follows the name. */
function linkRolesAfterName(ctx: Ctx, pi: number, byStart: Map<number, number>, roleByStart: Map<number, number>): void {
  const person = ctx.people[pi];
  let j = person.b;
  if (ctx.atoms[j]?.text === '(') j = afterDetailsInParentheses(ctx, j, roleByStart);
  // ", 51 tuổi," between the name and its roles
  if (ctx.atoms[j]?.text === ',' && ctx.atoms[j + 1]?.kind === AtomKind.Number && ctx.atoms[j + 2]?.fold === 'tuổi') j += 3;
  for (let steps = 0; steps < 12; steps++) {
    let sep = ctx.atoms[j];
    if (!sep || sep.newline) break;
    // ", chuyên gia kinh tế, nguyên Viện trưởng …": an occupation between the name and its role
    if (sep.text === ',' && has(ctx, j + 1, 'honorific', KINDS_OCCUPATION)) {
      const e = afterOccupation(ctx, j, roleByStart);
      if (e >= 0) { j = e; sep = ctx.atoms[j]; }
    }
    let k = j;
    if (isSeparator(sep.text)) k = j + 1;
    else if (sep.fold === 'kiêm') k = j + 1;
    else if (sep.text === ')' ) { j++; continue; }
    else break;
    if (ctx.atoms[k]?.fold === 'kiêm') k++;
    // status words stand outside the role span
    const r = roleByStart.get(k) ?? roleByStart.get(k + 1);
    if (r === undefined) break;
    const role = ctx.roles[r];
    if (role.a !== k && !isStatusAt(ctx, k)) break;
    // "Với Đại sứ Ibáñez, Chủ tịch nước khẳng định …": after a fronted "Với/Tiếp/Gặp + person," the role opens the clause
    if (steps === 0 && sep.text === ',' && frontedBefore(ctx, person.a) && ctx.atoms[role.b]?.kind === AtomKind.Word && !ctx.atoms[role.b].upper) break;
    if (role.person !== undefined && role.person !== pi) break;
    role.person = pi;
    if (steps === 0 && !role.shared) shareWithNamesBefore(ctx, pi, role, byStart, roleByStart);
    j = role.b;
    // "nguyên Ủy viên Trung ương Đảng khóa VII, nguyên Bộ trưởng …": a term after a role does not end the chain
    if ((ctx.atoms[j]?.fold === 'khóa' || ctx.atoms[j]?.fold === 'khoá') && (ctx.atoms[j + 1]?.kind === AtomKind.Number || ROMAN_NUMERAL.test(ctx.atoms[j + 1]?.text ?? ''))) j += 2;
  }
}

/**
 * Details in the parentheses opened at j after a name: where its roles start to be looked for, j when there is nothing
 * to skip. "(52 tuổi, cựu tổng giám đốc công ty)", "(SN 1971, nguyên Giám đốc …)", "(sinh năm 1968, …)": roles inside the
 * parentheses after the age or the year of birth.
 */
function afterDetailsInParentheses(ctx: Ctx, j: number, roleByStart: Map<number, number>): number {
  const atoms = ctx.atoms;
  if (atoms[j + 1]?.kind === AtomKind.Number && atoms[j + 2]?.fold === 'tuổi' && atoms[j + 3]?.text === ',') return j + 3;
  if (atoms[j + 1]?.fold === 'sn' && atoms[j + 2]?.kind === AtomKind.Number && atoms[j + 3]?.text === ',') return j + 3;
  if (atoms[j + 1]?.fold === 'sinh' && atoms[j + 2]?.fold === 'năm' && atoms[j + 3]?.kind === AtomKind.Number && atoms[j + 4]?.text === ',') return j + 4;
  if (roleByStart.has(j + 1)) return j;
  // "(tức My “Sóc”, 51 tuổi, cựu chủ tịch HĐQT …)": the role after other comma-separated details in the parentheses
  const inside = roleInParens(ctx, j, roleByStart);
  if (inside > 0) return inside;
  // "(SN 1990)", "(45 tuổi)" between the name and its roles
  // (up to a dozen atoms with no role in them: "(tức “Toàn Sún”, 39 tuổi), giám đốc …")
  let k = j + 1;
  while (k < atoms.length && k < j + 12 && atoms[k].text !== ')' && !atoms[k].newline && !roleByStart.has(k)) k++;
  return atoms[k]?.text === ')' ? k + 1 : j;
}

/** ", chuyên gia kinh tế, nguyên Viện trưởng …": the comma after the occupation that follows the comma at j when a role comes next, else -1. */
function afterOccupation(ctx: Ctx, j: number, roleByStart: Map<number, number>): number {
  let e = j + 2;
  while (e < ctx.atoms.length && e - j <= 5 && ctx.atoms[e].kind === AtomKind.Word && !ctx.atoms[e].upper && !ctx.atoms[e].newline) e++;
  return ctx.atoms[e]?.text === ',' && (roleByStart.has(e + 1) || (isStatusAt(ctx, e + 1) && roleByStart.has(e + 2))) ? e : -1;
}

/**
 * "Các đồng chí Đinh Thị Thanh Xuân và Lạc Quốc Bảo, Thứ trưởng Bộ Tài chính": a plural cue before names joined by "và"
 * or commas makes the role after the last one (person pi) theirs.
 */
function shareWithNamesBefore(ctx: Ctx, pi: number, role: RoleMention, byStart: Map<number, number>, roleByStart: Map<number, number>): void {
  const people = ctx.people;
  const chain = [pi];
  for (let q = pi - 1; q >= 0 && chain.length < 8; q--) {
    const sepAt = ctx.atoms[people[q].b];
    if (!sepAt || (sepAt.fold !== 'và' && sepAt.text !== ',') || skipToPerson(ctx, people[q].b + 1, byStart, roleByStart) !== chain[0]) break;
    chain.unshift(q);
  }
  if (chain.length > 1 && pluralBefore(ctx, people[chain[0]].a)) role.shared = chain;
}

/**
 * Pass 3: a shared role before a colon: "các đồng chí Ủy viên Trung ương Đảng: X, A; Y, B", "các Phó Thủ tướng: X, Y",
 * "Các đồng chí Phó Bí thư Huyện ủy gồm: X, A; Y, B".
 */
function linkSharedBeforeColon(ctx: Ctx, byStart: Map<number, number>, roleByStart: Map<number, number>): void {
  for (const role of ctx.roles) {
    if (role.person !== undefined) continue;
    const c = holdersHeading(ctx, role, byStart, roleByStart);
    if (c < 0) continue;
    const holders = collectHolders(ctx, c + 1, byStart, roleByStart);
    if (holders.length > 0) { role.person = holders[0]; role.shared = holders; }
  }
}

/** Pass 3: the colon (or "gồm") after a role where its list of holders starts, or -1. */
function holdersHeading(ctx: Ctx, role: RoleMention, byStart: Map<number, number>, roleByStart: Map<number, number>): number {
  let c = role.b;
  // "giữ chức Phó Bí thư Đảng ủy xã gồm các đồng chí: X (…), Y (…)": "gồm", a plural cue, then the colon
  if (ctx.atoms[c]?.fold === 'gồm' && !ctx.atoms[c].newline && ctx.atoms[c + 1]?.text !== ':') {
    let k = c + 1;
    if (ctx.atoms[k]?.fold === 'có') k++;
    for (let e = Math.min(ctx.atoms.length, k + 3); e > k; e--) if (has(ctx, k, 'honorific', KINDS_PLURAL, e)) { k = e; break; }
    if (ctx.atoms[k]?.text === ':') c = k;
  }
  if (ctx.atoms[c] && (ctx.atoms[c].fold === 'gồm' || ctx.atoms[c].fold === 'là') && !ctx.atoms[c].newline) c++;
  // "Các Phó Bí thư Tỉnh ủy được bầu gồm:", "Các Ủy viên Ban Thường vụ Tỉnh ủy khóa XIX còn có:": a plural heading
  else if (PLURAL_COUNTS.has(ctx.atoms[role.a - 1]?.fold ?? '') || pluralBefore(ctx, role.a)) c = headingColon(ctx, c);
  const colon = ctx.atoms[c];
  // (or "… được bầu gồm các ông X, Y và bà Z": "gồm" and the names with no colon)
  if (!colon || (colon.text !== ':' && !(colon.fold === 'gồm' && c > role.b && skipToPerson(ctx, c + 1, byStart, roleByStart) !== undefined))) return -1;
  return c;
}

/**
 * Pass 3b: "bổ nhiệm Phó Thủ tướng Chính phủ nhiệm kỳ 2021-2026 đối với các đồng chí: X, A; Y, B",
 * "miễn nhiệm chức vụ Bộ trưởng Bộ Tư pháp đối với ông X".
 */
function linkAfterDoiVoi(ctx: Ctx, byStart: Map<number, number>, roleByStart: Map<number, number>): void {
  for (const role of ctx.roles) {
    if (role.person !== undefined) continue;
    const j = afterDoiVoi(ctx, role.b);
    if (j < 0) continue;
    const holders = collectHolders(ctx, j, byStart, roleByStart);
    if (holders.length > 0) { role.person = holders[0]; if (holders.length > 1) role.shared = holders; }
    // "… đối với ông A, …, và bầu bà B, Giám đốc Sở Nội vụ, giữ chức vụ này": the successor holds the post too
    const next = successorOf(ctx, j, ctx.people);
    if (next >= 0 && role.person !== undefined && !holders.includes(next)) role.shared = [...(role.shared ?? [role.person]), next];
  }
}

/**
 * Pass 3c: "các Phó Chủ tịch HĐND thành phố X và Y", "hai Phó Chủ tịch HĐND tỉnh X và Y": a plural role before
 * coordinated names belongs to each; "Hai Phó Chủ tịch UBND tỉnh là ông X và ông Y": the names after "là".
 */
function linkPluralBeforeNames(ctx: Ctx, byStart: Map<number, number>, roleByStart: Map<number, number>): void {
  const people = ctx.people;
  for (const role of ctx.roles) {
    if (role.shared) continue;
    const before = ctx.atoms[role.a - 1];
    if (!before || !PLURAL_COUNTS.has(before.fold)) continue;
    if (role.person === undefined) {
      // (or "gồm": "các Phó Chủ tịch gồm bà X và ông Y")
      if ((ctx.atoms[role.b]?.fold !== 'là' && ctx.atoms[role.b]?.fold !== 'gồm') || ctx.atoms[role.b].newline) continue;
      const holders = collectHolders(ctx, role.b + 1, byStart, roleByStart);
      if (holders.length > 1) { role.person = holders[0]; role.shared = holders; }
      continue;
    }
    const chain = [role.person];
    for (let p = people[role.person]; chain.length < 6;) {
      const va = ctx.atoms[p.b];
      if (!va || va.newline || (va.fold !== 'và' && va.text !== ',')) break;
      const q = skipToPerson(ctx, p.b + 1, byStart, roleByStart);
      if (q === undefined || q === chain[chain.length - 1]) break;
      chain.push(q);
      if (va.fold === 'và') break;
      p = people[q];
    }
    if (chain.length > 1) role.shared = chain;
  }
}

/**
 * Pass 3d: "(được bầu) giữ chức R", "được điều động làm R", "từng là A, B, C": an unlinked role after such a verb
 * belongs to the nearest person named before it in the same sentence ("các đồng chí X và Y giữ chức R": to both).
 */
function linkAfterAppointVerbs(ctx: Ctx, byStart: Map<number, number>, roleByStart: Map<number, number>): void {
  const roles = ctx.roles;
  const people = ctx.people;
  let byEnd: number[] | undefined; // built on first use: most documents have no role after such a verb
  for (let r = 0; r < roles.length; r++) {
    const role = roles[r];
    if (role.person !== undefined) continue;
    let t = role.a - 1;
    while (t >= 0 && isStatusAt(ctx, t)) t--;
    if (t < 0 || !isAppointVerb(ctx, t)) continue;
    if (!byEnd) byEnd = peopleByEnd(people);
    // a lower-case bare word ("làm chủ tọa") is a role only after "giữ chức" / "giữ"
    // (or after "giao" with a modifier: "được giao quyền hiệu trưởng")
    if (role.weak && ctx.atoms[t].fold !== 'chức' && ctx.atoms[t].fold !== 'giữ' && !(ctx.atoms[t].fold === 'giao' && role.titleEnd - role.a >= 3)) continue;
    const p = lastEndingBy(people, byEnd, t + 1);
    // (a sentence whose subject is a bare "Ông"/"Bà" speaks of the person named last before it)
    // (or "ông là R", "bà là R": the pronoun right before the verb)
    const pronoun = ctx.atoms[t].fold === 'là' && (ctx.atoms[t - 1]?.fold === 'ông' || ctx.atoms[t - 1]?.fold === 'bà') && !ctx.atoms[t - 1].upper;
    if (p < 0 || (ctx.sentenceOf[people[p].a] !== ctx.sentenceOf[role.a] && !pronounSubject(ctx, role.a) && !pronoun)) continue;
    role.person = p;
    const chain = namesBeforeVerb(ctx, p, t, byStart, roleByStart);
    if (chain.length > 1) role.shared = chain;
    // "từng là A, B, C": the chain that follows
    let cur = role;
    for (let q = r + 1; q < roles.length; q++) {
      const next = roles[q];
      const gap = ctx.atoms[cur.b];
      if (!gap || (gap.text !== ',' && gap.fold !== 'và') || next.person !== undefined) break;
      if (next.a !== cur.b + 1 && !(next.a === cur.b + 2 && isStatusAt(ctx, cur.b + 1))) break;
      if (byStart.has(next.b) || (ctx.atoms[next.b]?.text === ',' && byStart.has(next.b + 1))) break;
      next.person = p;
      cur = next;
    }
  }
}

/**
 * Pass 3d: the coordinated names that end with person p before the verb at t: "các đồng chí X, Y và Z được bầu làm R"
 * (a comma list needs a plural cue); not when the last name has its own apposition ("X và ông Y, nguyên chủ tịch UBND
 * huyện, nay là R": R is Y's). [p] alone when there are none.
 */
function namesBeforeVerb(ctx: Ctx, p: number, t: number, byStart: Map<number, number>, roleByStart: Map<number, number>): number[] {
  const people = ctx.people;
  const roles = ctx.roles;
  const chain = [p];
  let comma = false;
  let lastComma = 0;
  for (let q = p - 1; q >= 0 && chain.length < 12 && verbFollows(ctx, people[p].b, t, roleByStart); q--) {
    const prev = people[q];
    // ("Nông Văn Tiệp (Sở Tài chính), K'Brơi (…) và …": a parenthesis naming the person's body after each name)
    let after = prev.b;
    // ("các đồng chí Khúc Thị Hạnh, Chủ tịch HĐND xã và Tống Đức Mạnh, …": each name's own post between them)
    if (ctx.atoms[after]?.text === ',' && roleByStart.has(after + 1)) after = roles[roleByStart.get(after + 1)!].b;
    if (ctx.atoms[after]?.text === '(' && ctx.covered[after + 1] === COVER.org) {
      let c = after + 1;
      while (c < ctx.atoms.length && c - after <= 8 && ctx.atoms[c].text !== ')' && !ctx.atoms[c].newline && !roleByStart.has(c)) c++;
      if (ctx.atoms[c]?.text === ')') after = c + 1;
    }
    const sep = ctx.atoms[after];
    // (an honorific may stand before the next name: "bà X và ông Y cùng là R")
    // ("Các ông X, Y cùng bà Z được bầu làm R": "cùng" joins the last name like "và")
    if (prev.byline || !sep || (sep.fold !== 'và' && sep.fold !== 'cùng' && sep.text !== ',') || (after + 1 !== people[chain[0]].a && skipToPerson(ctx, after + 1, byStart, roleByStart) !== chain[0])) break;
    if (sep.text === ',') { comma = true; lastComma = lastComma || chain.length; }
    chain.unshift(q);
  }
  // (a comma list without a plural cue: only the names joined by "và" at its end)
  if (chain.length > 1 && comma && !pluralBefore(ctx, people[chain[0]].a)) chain.splice(0, chain.length - lastComma);
  return chain;
}

/** Pass 3f: "Phó giám đốc bệnh viện phụ trách vật tư là ông X": a role, its portfolio, "là" and the holder. */
function linkRoleLaHolder(ctx: Ctx, byStart: Map<number, number>, roleByStart: Map<number, number>): void {
  for (const role of ctx.roles) {
    if (role.person !== undefined) continue;
    // (the role opens its clause: "Phó giám đốc … là ông X", not "người chịu trách nhiệm là …")
    // (or follows "vị trí", "chức", "cương vị": "Người kế nhiệm ông ở vị trí Tổng Giám đốc là bà X")
    const pw = role.a > 0 ? ctx.atoms[role.a - 1].fold : '';
    const post = (pw === 'trí' && ctx.atoms[role.a - 2]?.fold === 'vị') || pw === 'chức' || (pw === 'vị' && ctx.atoms[role.a - 2]?.fold === 'cương');
    if (!post && role.a > 0 && ctx.atoms[role.a - 1].kind === AtomKind.Word && !ctx.atoms[role.a].newline && ctx.sentenceOf[role.a - 1] === ctx.sentenceOf[role.a] && !isStatusAt(ctx, role.a - 1)) continue;
    let k = role.b;
    if (ctx.atoms[k]?.fold === 'phụ' && ctx.atoms[k + 1]?.fold === 'trách') { k += 2; while (k < ctx.atoms.length && k - role.b <= 6 && ctx.atoms[k].kind === AtomKind.Word && !ctx.atoms[k].upper && ctx.atoms[k].fold !== 'là') k++; }
    if (ctx.atoms[k]?.fold !== 'là' || ctx.atoms[k].newline) continue;
    // (a rank may stand before the holder: "Đội phó Đội CSGT số 2 là Đại úy Kiều Minh Sang")
    const p = skipToPerson(ctx, k + 1, byStart, roleByStart, true);
    if (p !== undefined) role.person = p;
  }
}

/** Pass 3e: "Vị trí kế toán trưởng do bà X, …, đảm nhận": the person after "do" holds a position named before it. */
function linkPositionDoHolder(ctx: Ctx, byStart: Map<number, number>, roleByStart: Map<number, number>): void {
  for (const role of ctx.roles) {
    if (role.person !== undefined) continue;
    const before = ctx.atoms[role.a - 1];
    if (!before || !((before.fold === 'trí' && ctx.atoms[role.a - 2]?.fold === 'vị') || before.fold === 'chức' || (before.fold === 'vụ' && ctx.atoms[role.a - 2]?.fold === 'chức'))) continue;
    const d = ctx.atoms[role.b];
    if (!d || d.fold !== 'do' || d.newline) continue;
    const p = skipToPerson(ctx, role.b + 1, byStart, roleByStart);
    if (p !== undefined) role.person = p;
  }
}

/**
 * Pass 3g: "ông từng giữ nhiều cương vị: A, B rồi C, D": a career listed after "cương vị" or "chức vụ" and a colon
 * belongs to the person named last before it.
 */
function linkCareerLists(ctx: Ctx): void {
  const roles = ctx.roles;
  const people = ctx.people;
  for (let r = 0; r < roles.length; r++) {
    const role = roles[r];
    if (role.person !== undefined) continue;
    let c = role.a - 1;
    while (c >= 0 && isStatusAt(ctx, c)) c--;
    if (c < 1 || ctx.atoms[c].text !== ':' || !CAREER_NOUNS.has(`${ctx.atoms[c - 2]?.fold ?? ''} ${ctx.atoms[c - 1].fold}`)) continue;
    let p = -1;
    for (let idx = 0; idx < people.length; idx++) if (!people[idx].byline && people[idx].b <= c) p = idx;
    if (p < 0) continue;
    role.person = p;
    let cur = role;
    for (let q = r + 1; q < roles.length; q++) {
      const next = roles[q];
      const gap = ctx.atoms[cur.b];
      if (!gap || gap.newline || !(gap.text === ',' || gap.text === ';' || gap.fold === 'rồi' || gap.fold === 'và') || next.person !== undefined) break;
      let k = cur.b + 1;
      while (k < next.a && isStatusAt(ctx, k)) k++;
      if (k !== next.a) break;
      next.person = p;
      cur = next;
    }
  }
}

/**
 * Pass 5: a role in the headline (the first line) with no name there ("Cảnh cáo Giám đốc Sở Y tế Hưng Yên") is the post
 * of the one person the article links to the same role, or to a role it abbreviates or that abbreviates it
 * (each is compared with every later role: a headline holds a few, so at most HEADLINE_ROLES of them are, which keeps a
 * document of one endless line linear).
 */
function linkHeadlineRoles(ctx: Ctx): void {
  const roles = ctx.roles;
  let headlineEnd = 1;
  while (headlineEnd < ctx.atoms.length && !ctx.atoms[headlineEnd].newline) headlineEnd++;
  let asked = 0;
  for (const role of roles) {
    if (role.a >= headlineEnd) break;
    if (role.person !== undefined) continue;
    if (ctx.atoms[role.a - 1]?.fold === 'các') continue;
    if (++asked > HEADLINE_ROLES) break;
    const who = soleLaterHolder(ctx, role);
    if (who >= 0) role.person = who;
  }
}

/** Pass 5: the one person holding a later role that is the same as `role` or abbreviates it (or it abbreviates), -1 when none or several. */
function soleLaterHolder(ctx: Ctx, role: RoleMention): number {
  const t = roleKey(ctx, role);
  const title = titleKey(ctx, role);
  const shape = role.office ? officeShape(role.office) : undefined;
  let who = -1;
  for (const later of ctx.roles) {
    if (later === role || later.person === undefined || later.a <= role.b) continue;
    let same = roleKey(ctx, later) === t;
    if (!same && titleKey(ctx, later) === title && shape && later.office) {
      const ls = officeShape(later.office);
      same = abbreviates(shape, ls) || abbreviates(ls, shape);
    }
    if (!same) continue;
    if (who >= 0 && who !== later.person) return -1;
    who = later.person;
  }
  return who;
}

/** The most roles without a holder that the headline pass (pass 5) looks at. */
const HEADLINE_ROLES = 8;

/**
 * Pass 4: role-only later mentions take the holder of an earlier identical role.
 * A bare title ("Thủ tướng", "Phó Bí thư Thường trực Thành ủy") takes the most recent holder of a role it abbreviates.
 * A role whose office is a bare form ("Bí thư Tỉnh ủy") takes the holder of the fuller one ("Bí thư Tỉnh ủy Tuyên Quang").
 * Offices are compared without their places: "Tư lệnh Quân khu" abbreviates "Tư lệnh Quân khu 4", "Trưởng Ban Dân vận
 * Tỉnh ủy" abbreviates "Trưởng Ban Dân vận Tỉnh ủy Thanh Hóa". The latest fuller holder of the same title wins.
 */
function takeEarlierHolders(ctx: Ctx, roles: RoleMention[]): void {
  // (the roles after the last one that may take a holder would only be recorded: they are not even looked at, and a
  // document where every role has its holder costs one loop)
  let last = -1;
  for (let r = 0; r < roles.length; r++) if (mayTakeEarlierHolder(ctx, roles[r])) last = r;
  if (last < 0) return;
  const holderByText = new Map<string, number>();
  // (one record per title rather than one map per fact: one look-up of the title's key per role)
  const byTitle = new Map<string, TitleHolders>();
  const keys = ['', ''];
  for (let r = 0; r <= last; r++) {
    const role = roles[r];
    roleAndTitleKeys(ctx, role, keys);
    if (role.person !== undefined) {
      holderByText.set(keys[0], role.person);
      recordHolder(byTitle, keys[1], role);
    } else if (mayTakeEarlierHolder(ctx, role)) {
      const h = holderByText.get(keys[0]) ?? earlierHolderOfTitle(role, byTitle.get(keys[1]));
      if (h !== undefined) role.person = h;
    }
  }
}

/** What the roles linked so far say of one title (in takeEarlierHolders). */
interface TitleHolders {
  /** The holder of the latest role with this title. */
  latest: number;
  /** The one holder of the title so far, -1 once it has had two. */
  sole: number;
  /** The linked roles of this title with an office, in text order (undefined while there are none). */
  fuller: Fuller[] | undefined;
}

/** Records that the linked `role` has the title `title`. */
function recordHolder(byTitle: Map<string, TitleHolders>, title: string, role: RoleMention): void {
  const person = role.person!;
  let rec = byTitle.get(title);
  if (rec === undefined) byTitle.set(title, (rec = { latest: person, sole: person, fuller: undefined }));
  else {
    rec.latest = person;
    if (rec.sole !== person) rec.sole = -1;
  }
  if (role.office) (rec.fuller ??= []).push({ office: role.office, shape: undefined, person });
}

/** The holder an unlinked role takes from the earlier roles of its title (`rec`), other than one of the same text. */
function earlierHolderOfTitle(role: RoleMention, rec: TitleHolders | undefined): number | undefined {
  if (rec === undefined) return undefined;
  if (!role.office && !role.officePlace) return rec.latest;
  if (role.office && !hasPlace(role.office) && rec.fuller) {
    const bare = officeShape(role.office);
    const list = rec.fuller;
    for (let q = list.length - 1; q >= 0; q--) if (abbreviates(bare, shapeOf(list[q]))) return list[q].person;
  }
  // "phó cục trưởng Cục Chăn nuôi và Thú y nói" after "Phó Cục trưởng Tạ Minh Khuê": the one holder of that title so far,
  // named with no office (a title held by two people names neither)
  if (role.office && !role.weak && rec.sole >= 0 && !rec.fuller) return rec.latest;
  // "Theo Chủ tịch Liên đoàn, …": an office named by its type word alone abbreviates the latest fuller one of that type
  if (role.officePlace && !role.office && rec.fuller) {
    const head = role.officePlace.toLowerCase();
    const list = rec.fuller;
    for (let q = list.length - 1; q >= 0; q--) {
      const shape = shapeOf(list[q]);
      if (shape.length === 1 && shape[0].startsWith(`${head} `)) return list[q].person;
    }
  }
  return undefined;
}

/** A role without a holder that an earlier role may give one (a role's holder is only ever set when the role is visited). */
function mayTakeEarlierHolder(ctx: Ctx, role: RoleMention): boolean {
  if (role.person !== undefined) return false;
  // "các Phó Chủ tịch UBND tỉnh": a plural role with no names is nobody's
  if (ctx.atoms[role.a - 1]?.fold === 'các') return false;
  // "cho đến khi có giám đốc mới", "bầu bổ sung thành viên thay thế": a lower-case bare word names no holder
  // (a specific title of three or more words, "phó bí thư thường trực", still names the holder named before)
  return !(role.weak && role.titleEnd - role.a < 3);
}

/** A linked role with an office, for the bare offices that may abbreviate it; the office's shape is made on first use. */
interface Fuller { office: OrgMention; shape: string[] | undefined; person: number }

function shapeOf(f: Fuller): string[] {
  if (f.shape === undefined) f.shape = officeShape(f.office);
  return f.shape;
}

/** The people other than bylines, by the atom where their name ends, then by index (for lastEndingBy). */
function peopleByEnd(people: readonly PersonMention[]): number[] {
  const order: number[] = [];
  for (let idx = 0; idx < people.length; idx++) if (!people[idx].byline) order.push(idx);
  order.sort((x, y) => people[x].b - people[y].b || x - y);
  return order;
}

/**
 * The person whose name ends last at or before atom i (the later one in the list when two end there), -1 when none:
 * a binary search in peopleByEnd, not a table over every atom of the document.
 */
function lastEndingBy(people: readonly PersonMention[], byEnd: number[], i: number): number {
  let lo = 0;
  let hi = byEnd.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (people[byEnd[mid]].b <= i) lo = mid + 1; else hi = mid;
  }
  return lo > 0 ? byEnd[lo - 1] : -1;
}

const endMaps = new WeakMap<object, Map<number, number>>();
function personByEnd(ctx: Ctx): Map<number, number> {
  let m = endMaps.get(ctx.people);
  if (!m) { m = new Map(); for (let i = 0; i < ctx.people.length; i++) m.set(ctx.people[i].b, i); endMaps.set(ctx.people, m); }
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

function isStatusAt(ctx: Ctx, k: number): boolean { return has(ctx, k, 'title', KINDS_STATUS); }

/** In parentheses opened at j: the comma before the first role that follows details (an alias, an age), or -1. */
function roleInParens(ctx: Ctx, j: number, roleByStart: Map<number, number>): number {
  for (let k = j + 1; k < ctx.atoms.length && k - j <= 16; k++) {
    const a = ctx.atoms[k];
    if (a.newline || a.text === ')' || a.text === '(') return -1;
    if (a.text === ',' && (roleByStart.has(k + 1) || (isStatusAt(ctx, k + 1) && roleByStart.has(k + 2)))) return k;
  }
  return -1;
}

/** Between a name's end and the verb at t only words such as "cùng", "đều", "được" (a comma before "cùng"/"đều"). */
function verbFollows(ctx: Ctx, b: number, t: number, roleByStart?: Map<number, number>): boolean {
  for (let k = b; k < t; k++) {
    const a = ctx.atoms[k];
    if (a.text === ',' && (ctx.atoms[k + 1]?.fold === 'cùng' || ctx.atoms[k + 1]?.fold === 'đều')) continue;
    // (an apposition after the last name: "… và Tống Đức Mạnh, Chủ tịch UBND xã được bầu giữ chức …")
    const r = a.text === ',' && roleByStart ? roleByStart.get(k + 1) : undefined;
    if (r !== undefined) { k = ctx.roles[r].b - 1; if (ctx.atoms[k + 1]?.text === ',') k++; continue; }
    if (a.kind !== AtomKind.Word || !BETWEEN_NAME_AND_VERB.has(a.fold)) return false;
  }
  return true;
}
const BETWEEN_NAME_AND_VERB = new Set(['giữ', 'làm', 'cùng', 'đều', 'được', 'đã', 'sẽ', 'vừa', 'lần', 'lượt', 'cùng', 'bầu', 'giao', 'bổ', 'nhiệm', 'điều', 'động', 'chỉ', 'định', 'tiếp', 'tục', 'thôi', 'tái', 'đắc', 'trúng', 'nhận', 'hiện', 'từng', 'đang', 'vốn', 'nay', 'cũng', 'nguyên',
  'cử', 'hiệp', 'thương', 'tín']);

/** The sentence of atom a opens with "Với", "Tiếp", "Gặp", "Trước", "Đối với" and only titles, honorifics and names come before a. */
function frontedBefore(ctx: Ctx, a: number): boolean {
  const s = ctx.sentenceOf[a];
  let k = a - 1;
  // back over the titles, honorifics and prefixes before the name
  while (k >= 0 && k > a - 10 && ctx.sentenceOf[k] === s && (ctx.covered[k] === COVER.role || has(ctx, k, 'honorific') || has(ctx, k, 'title'))) k--;
  if (k < 0 || ctx.sentenceOf[k] !== s) return false;
  let open = k;
  if (ctx.atoms[k].fold === 'với' && ctx.atoms[k - 1]?.fold === 'đối' && ctx.sentenceOf[k - 1] === s) open = k - 1;
  const first = ctx.atoms[open];
  return first.upper && FRONTED.has(ctx.atoms[k].fold) && (open === 0 || ctx.sentenceOf[open - 1] !== s);
}
const FRONTED = new Set(['với', 'tiếp', 'gặp', 'trước', 'cùng']);

/** Words between a plural heading and its colon: "được bầu gồm", "khóa XIX còn có", "nhiệm kỳ 2020-2025 gồm có". */
const HEADING_WORDS = new Set(['được', 'bầu', 'gồm', 'là', 'còn', 'có', 'khóa', 'khoá', 'nhiệm', 'kỳ', 'mới', 'tái', 'cử', 'trúng', 'lần', 'này', 'đó', 'sau', 'tiếp', 'tục', 'gồm có']);
const ROMAN_NUMERAL = /^[IVXL]+$/u;

/** The colon that closes a plural heading after its role, at most 8 atoms on: its index, else `j`. */
function headingColon(ctx: Ctx, j: number): number {
  for (let k = j; k < ctx.atoms.length && k - j <= 8; k++) {
    const a = ctx.atoms[k];
    if (a.newline && k > j) return j;
    if (a.text === ':') return k;
    if (a.fold === 'gồm' && ctx.atoms[k + 1]?.text !== ':' && ctx.atoms[k + 1]?.fold !== 'có') return k;
    if (a.kind === AtomKind.Number || a.text === '-' || a.text === '–') continue;
    if (a.kind === AtomKind.Word && (HEADING_WORDS.has(a.fold) || (a.allCaps && ROMAN_NUMERAL.test(a.text)))) continue;
    return j;
  }
  return j;
}

/** A plural cue ("các đồng chí", "các ông", "hai ông") ends right before atom a. */
function pluralBefore(ctx: Ctx, a: number): boolean {
  // ("Các đồng chí: X, Y …": the colon after the cue)
  const end = ctx.atoms[a - 1]?.text === ':' ? a - 1 : a;
  for (let k = end - 1; k >= Math.max(0, end - 3); k--) if (has(ctx, k, 'honorific', KINDS_PLURAL, end)) return true;
  return false;
}

function hasPlace(o: OrgMention): boolean {
  for (let x: OrgMention | undefined = o, d = 0; x && d < 5; x = x.parent, d++) if (x.place) return true;
  return false;
}

/** An office without its places, body by body (parent chain): ["ban dân vận", "tỉnh ủy"] for "Ban Dân vận Tỉnh ủy Thanh Hóa". */
function officeShape(o: OrgMention): string[] {
  const s: string[] = [];
  for (let x: OrgMention | undefined = o, d = 0; x && d < 5; x = x.parent, d++) s.push(`${x.canonical.toLowerCase()}|${x.levelWord ?? ''}`);
  return s;
}

/** A bare office abbreviates a fuller one: same chain of bodies, each bare name a prefix ("quân khu" of "quân khu 4"). */
function abbreviates(bare: string[], full: string[]): boolean {
  if (bare.length !== full.length) return false;
  for (let i = 0; i < bare.length; i++) {
    const [bc, bl] = bare[i].split('|');
    const [fc, fl] = full[i].split('|');
    if (!fc.startsWith(bc) || (bl !== '' && bl !== fl)) return false;
  }
  return true;
}

/** Verbs of appointment that put a role on the person named before them: "giữ chức", "làm", "là", "chức vụ", "chức danh". */
function isAppointVerb(ctx: Ctx, t: number): boolean {
  const a = ctx.atoms[t];
  if (!a || a.kind !== AtomKind.Word || a.newline) return false;
  const f = a.fold;
  if (f === 'làm' || f === 'giữ') return true;
  // "là" only after an adverb of time or state ("từng là", "hiện là"): "người chịu trách nhiệm là Giám đốc Sở" names nobody
  if (f === 'là') {
    const b = ctx.atoms[t - 1]?.fold;
    // also right after a name or after an apposition closed by a comma ("ông Trí là …", "ông Khải sinh năm 1969, quê Thái Bình, là …")
    // ("trước khi được bầu, ông là …": a pronoun; "nhận công tác mới là …": the new post)
    return b === 'từng' || b === 'hiện' || b === 'đang' || b === 'vốn' || b === 'nay' || b === 'cũng' || b === 'nguyên' || b === 'cùng' ||
      ((b === 'ông' || b === 'bà') && !ctx.atoms[t - 1].upper) || ((b === 'đây' || b === 'đó') && ctx.atoms[t - 2]?.fold === 'trước') || (b === 'tục' && ctx.atoms[t - 2]?.fold === 'tiếp') || (b === 'mới' && (ctx.atoms[t - 2]?.fold === 'tác' || ctx.atoms[t - 2]?.fold === 'vụ')) ||
      personByEnd(ctx).has(t) || (ctx.atoms[t - 1]?.text === ',' && ctx.atoms[t - 2]?.kind !== AtomKind.Punct);
  }
  // "được thăng cấp bậc hàm Đại tá"
  if (f === 'hàm' && (ctx.atoms[t - 1]?.fold === 'bậc' || ctx.atoms[t - 1]?.fold === 'quân')) return true;
  // "tái đắc cử Chủ tịch", "trúng cử Bí thư"
  if (f === 'cử' && (ctx.atoms[t - 1]?.fold === 'đắc' || ctx.atoms[t - 1]?.fold === 'trúng')) return true;
  if (f === 'chức') return ctx.atoms[t - 1]?.fold !== 'truyền'; // giữ chức, nhận chức, thôi chức (not "truyền chức linh mục": ordain)
  if (f === 'trò' && ctx.atoms[t - 1]?.fold === 'vai') return true; // "tập trung cho vai trò Phó chủ tịch HĐQT"
  if (f === 'vị' && ctx.atoms[t - 1]?.fold === 'cương') return true; // "trên cương vị Bí thư Tỉnh ủy"
  if (f === 'giao' && ctx.atoms[t - 1]?.fold === 'được') return true; // "được giao quyền hiệu trưởng"
  if ((f === 'vụ' || f === 'danh') && ctx.atoms[t - 1]?.fold === 'chức') return true;
  return false;
}

/** After a role: an optional term ("nhiệm kỳ 2021-2026") then "đối với" and an optional plural cue and colon; the atom where names start, or -1. */
function afterDoiVoi(ctx: Ctx, j: number): number {
  const atoms = ctx.atoms;
  let k = j;
  if (atoms[k]?.fold === 'nhiệm' && atoms[k + 1]?.fold === 'kỳ') {
    k += 2;
    for (let s = 0; s < 5 && atoms[k] && !atoms[k].newline && (atoms[k].kind === AtomKind.Number || atoms[k].text === '-' || atoms[k].text === '–'); s++) k++;
  }
  if (atoms[k]?.fold !== 'đối' || atoms[k + 1]?.fold !== 'với' || atoms[k].newline || atoms[k + 1].newline) return -1;
  k += 2;
  // "các đồng chí:" / "ông" are skipped by skipToPerson; a colon after a plural cue
  for (let s = 0; s < 3; s++) {
    if (atoms[k]?.text === ':') { k++; break; }
    if (atoms[k] && has(ctx, k, 'honorific') && atoms[k + 1]?.text !== ':' && !has(ctx, k, 'honorific', KINDS_PLURAL)) break;
    let moved = false;
    for (let e = Math.min(atoms.length, k + 3); e > k; e--) if (has(ctx, k, 'honorific', KINDS_PLURAL, e)) { k = e; moved = true; break; }
    if (!moved) break;
  }
  return k;
}

/** A list of holders "X, A, B; Y, C" or "X, Y" starting at j: the people in it (their own roles are skipped). */
function collectHolders(ctx: Ctx, j: number, byStart: Map<number, number>, roleByStart: Map<number, number>): number[] {
  const people = ctx.people;
  const roles = ctx.roles;
  const holders: number[] = [];
  const first = j;
  for (let steps = 0; steps < 40 && j < ctx.atoms.length; steps++) {
    if (ctx.atoms[j].newline && j > first) break;
    const p = skipToPerson(ctx, j, byStart, roleByStart, true);
    if (p === undefined) break;
    holders.push(p);
    j = people[p].b;
    // the person's own roles, then "," + next person or ";" + next person
    for (;;) {
      const a = ctx.atoms[j];
      if (!a || a.newline) { j = -1; break; }
      if (a.text === ';') { j++; break; }
      // "X (Sở Tài chính), Y (…)": a short parenthesis after the name
      if (a.text === '(') {
        let c = j + 1;
        while (c < ctx.atoms.length && c - j <= 12 && ctx.atoms[c].text !== ')' && !ctx.atoms[c].newline) c++;
        if (ctx.atoms[c]?.text === ')') { j = c + 1; continue; }
      }
      // (", và ông B": a comma and "và" together)
      if (a.text === ',' && ctx.atoms[j + 1]?.fold === 'và' && !ctx.atoms[j + 1].newline) j++;
      if ((a.text === ',' || ctx.atoms[j].fold === 'và') && skipToPerson(ctx, j + 1, byStart, roleByStart, true) !== undefined && (!roleByStart.has(j + 1) || roles[roleByStart.get(j + 1)!].rank)) { j++; break; }
      if (a.text === ',' || a.text === '-') { const r = roleByStart.get(j + 1); if (r !== undefined) { j = roles[r].b; continue; } }
      j = -1; break;
    }
    if (j < 0) break;
  }
  return holders;
}

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
  return spanKey(ctx.key, ctx.atoms[role.a].start, ctx.atoms[role.titleEnd - 1].end);
}

export function roleKey(ctx: Ctx, role: RoleMention): string {
  return spanKey(ctx.key, ctx.atoms[role.a].start, ctx.atoms[role.b - 1].end);
}

/** key[start, end) lower-cased, every run of white space made one space. */
function spanKey(key: string, start: number, end: number): string {
  return oneSpaces(key.slice(start, end).toLowerCase());
}

/** s with every run of white space made one space; s itself when it has none to change (the regular expression runs only then). */
function oneSpaces(s: string): string {
  let prevSpace = false;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c === 32) {
      if (prevSpace) return s.replace(/\s+/gu, ' ');
      prevSpace = true;
    } else if (isOtherSpace(c)) return s.replace(/\s+/gu, ' ');
    else prevSpace = false;
  }
  return s;
}

/**
 * roleKey and titleKey of a role with one lower-casing: the title is the start of the role, so when the role's text
 * lower-cases unit for unit (same length, no white space to change, no Greek sigma, whose lower case depends on what
 * follows it), the title's key is the start of the role's. `keys[0]` gets the role's key, `keys[1]` the title's.
 */
function roleAndTitleKeys(ctx: Ctx, role: RoleMention, keys: string[]): void {
  const start = ctx.atoms[role.a].start;
  const end = ctx.atoms[role.b - 1].end;
  const lower = ctx.key.slice(start, end).toLowerCase();
  const t = oneSpaces(lower);
  keys[0] = t;
  if (role.titleEnd === role.b) keys[1] = t;
  else if (role.titleEnd > role.a && t === lower && lower.length === end - start && !hasSigma(lower)) keys[1] = lower.slice(0, ctx.atoms[role.titleEnd - 1].end - start);
  else keys[1] = titleKey(ctx, role);
}

function hasSigma(s: string): boolean { return s.indexOf('σ') >= 0 || s.indexOf('ς') >= 0; }

/** White space (what \s matches) other than the plain space. */
function isOtherSpace(c: number): boolean {
  if (c < 0xa0) return c >= 9 && c <= 13;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

export type { PersonMention };
