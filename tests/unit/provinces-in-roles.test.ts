// Every provincial unit, before (63) and after (34) the 2025 reform, is recognized inside a role:
//   "Bí thư Tỉnh ủy P" / "Bí thư Thành ủy P" and "Chủ tịch UBND tỉnh P" / "Chủ tịch UBND thành phố P" (and "UBND TP P"),
// each giving a role that ends with P, whose organization names P, linked to the person that follows.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';
import { loadLexicon } from '../../src/lexicon/lexicon.js';
import { cmpKey } from '../../src/eval/score.js';
import type { DocumentResult } from '../../src/types.js';
import { badSpans } from '../helpers/doc.js';

const lexicon = loadLexicon();
const PERSON = 'Nguyễn Văn An';

interface Unit { name: string; kind: 'province' | 'city' }

/** Provincial units in places.tsv that exist on or after 2025-01-01 (the 63 pre-reform + the 34 post-reform). */
function provincialUnits(): Unit[] {
  const text = readFileSync(new URL('../../dictionaries/places.tsv', import.meta.url), 'utf8');
  const lines = text.split('\n').filter((l) => l !== '' && !l.startsWith('#'));
  const header = lines.shift()!.split('\t');
  const col = (n: string) => header.indexOf(n);
  const units: Unit[] = [];
  for (const l of lines) {
    const c = l.split('\t');
    const kind = c[col('kind')];
    const validTo = c[col('valid_to')] ?? '';
    if ((kind === 'province' || kind === 'city') && (validTo === '' || validTo >= '2025-01-01')) units.push({ name: c[col('name')], kind });
  }
  return units;
}

const UNITS = provincialUnits();

/** The role whose text ends with `place`, its organization and holder, or a description of what is missing. */
function check(doc: DocumentResult, text: string, roleText: string, place: string): string[] {
  const problems: string[] = [];
  problems.push(...badSpans(doc, text));
  const role = doc.roles.find((r) => cmpKey(r.text) === cmpKey(roleText));
  if (!role) return [...problems, `no role "${roleText}" (roles: ${doc.roles.map((r) => r.text).join(' | ') || 'none'})`];
  if (!cmpKey(role.text).endsWith(cmpKey(place))) problems.push(`role text "${role.text}" does not end with ${place}`);
  const org = doc.organizations.find((o) => o.id === role.organization);
  if (!org) problems.push(`role "${role.text}" has no organization`);
  else if (!cmpKey(org.name).includes(cmpKey(place))) problems.push(`organization "${org.name}" does not contain ${place}`);
  const person = doc.people.find((p) => p.id === role.person);
  if (!person) problems.push(`role "${role.text}" not linked (people: ${doc.people.map((p) => p.name).join(' | ') || 'none'})`);
  else if (person.name !== PERSON) problems.push(`role linked to "${person.name}"`);
  else if (!person.roles.includes(role.id)) problems.push(`person ${person.id} does not list ${role.id}`);
  return problems;
}

describe('the province list read from places.tsv', () => {
  it('has the 63 pre-reform units plus Huế, and the 34 post-reform ones among them', () => {
    expect(UNITS.length).toBe(64);
    const names = new Set(UNITS.map((u) => u.name));
    for (const n of ['Hà Nội', 'Hồ Chí Minh', 'Thừa Thiên Huế', 'Huế', 'Bà Rịa - Vũng Tàu', 'Đắk Lắk', 'Cà Mau', 'Hà Giang']) expect(names.has(n), n).toBe(true);
    expect(names.has('Hà Tây'), 'dissolved in 2008').toBe(false);
    expect(UNITS.filter((u) => u.kind === 'city').map((u) => u.name).sort()).toEqual(['Cần Thơ', 'Hà Nội', 'Hải Phòng', 'Huế', 'Hồ Chí Minh', 'Đà Nẵng'].sort());
  });
});

describe.each(UNITS)('$name', ({ name, kind }) => {
  const committee = kind === 'city' ? 'Thành ủy' : 'Tỉnh ủy';
  const level = kind === 'city' ? 'thành phố' : 'tỉnh';
  it.each([
    [`Bí thư ${committee} ${name}`],
    [`Chủ tịch UBND ${level} ${name}`],
    ...(kind === 'city' ? [[`Chủ tịch UBND TP ${name}`]] : []),
  ])('%s', (roleText) => {
    const text = `${roleText} ${PERSON} phát biểu.`;
    expect(check(extract(text, { lexicon }), text, roleText, name)).toEqual([]);
  });
});

describe('written forms', () => {
  it.each([
    ['Bí thư Thành ủy TP.HCM', 'TP.HCM'],
    ['Bí thư Tỉnh ủy Bà Rịa - Vũng Tàu', 'Bà Rịa - Vũng Tàu'],
    ['Chủ tịch UBND tỉnh Thừa Thiên Huế', 'Thừa Thiên Huế'],
    ['Chủ tịch UBND tỉnh Thanh Hoá', 'Thanh Hoá'],
    ['Chủ tịch UBND tỉnh Đăk Lăk', 'Đăk Lăk'],
  ])('%s', (roleText, place) => {
    const text = `${roleText} ${PERSON} phát biểu.`;
    expect(check(extract(text, { lexicon }), text, roleText, place)).toEqual([]);
  });
});

describe('negative: a place that is not a province does not stretch the role', () => {
  it.each([
    ['Bí thư Tỉnh ủy Nguyễn Văn An phát biểu.', 'Bí thư Tỉnh ủy'],
    ['Chủ tịch UBND tỉnh Nguyễn Văn An phát biểu.', 'Chủ tịch UBND tỉnh'],
  ])('%s', (text, roleText) => {
    const doc = extract(text, { lexicon });
    expect(badSpans(doc, text)).toEqual([]);
    expect(doc.roles.map((r) => r.text)).toEqual([roleText]);
    expect(doc.people.map((p) => p.name)).toEqual([PERSON]);
    expect(doc.roles[0].person).toBe(doc.people[0].id);
  });
  it('the check itself rejects a wrong place', () => {
    const text = `Bí thư Tỉnh ủy Nghệ An ${PERSON} phát biểu.`;
    expect(check(extract(text, { lexicon }), text, 'Bí thư Tỉnh ủy Hà Tĩnh', 'Hà Tĩnh')).not.toEqual([]);
  });
});
