// The compiled lexicon (written by `npm run build`, read by loadLexicon) must behave exactly like the lexicon
// compiled from the TSV files, and must be ignored as soon as a dictionary (or the compiling code) changes.
import { appendFileSync, copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  compileDictionaries, loadLexicon, packageDictionaryDir, parseCompiled, serializeCompiled, Lexicon,
  type Category, type Entry,
} from '../../src/lexicon/lexicon.js';
import { parseTsv } from '../../src/lexicon/tsv.js';
import { normalize } from '../../src/text/normalize.js';
import { atomize } from '../../src/segment/tokens.js';

const temps: string[] = [];
afterAll(() => { for (const t of temps) rmSync(t, { recursive: true, force: true }); });

/** A private copy of the package dictionaries and a compiled form of it. */
function setup(): { dir: string; bin: string } {
  const root = mkdtempSync(join(tmpdir(), 'vnner-lexicon-'));
  temps.push(root);
  const dir = join(root, 'dictionaries');
  cpSync(packageDictionaryDir(), dir, { recursive: true });
  const bin = join(root, 'lexicon.compiled.bin');
  writeFileSync(bin, serializeCompiled(compileDictionaries(dir)));
  return { dir, bin };
}

/** Every form listed in the dictionaries of `dir` (first column), for lookups. */
function allForms(dir: string): string[] {
  const forms = new Set<string>();
  for (const f of compileDictionaries(dir).files) {
    const tsv = parseTsv(readFileSync(join(dir, f.file), 'utf8'), f.file);
    for (const r of tsv.rows) if (r.cells[0]?.trim()) forms.add(r.cells[0].trim());
  }
  return [...forms];
}

function perCategory(lex: Lexicon, forms: string[]): Record<string, number> {
  const seen = new Set<Entry>();
  for (const f of forms) for (const e of lex.lookup(f)) seen.add(e);
  const out: Record<string, number> = {};
  for (const e of seen) out[e.cat] = (out[e.cat] ?? 0) + 1;
  return out;
}

function matches(lex: Lexicon, text: string) {
  const atoms = atomize(normalize(text).key);
  return atoms.map((_, i) => lex.matchAt(atoms, i));
}

const TEXTS = [
  'Phó Chủ tịch UBND tỉnh Nghệ An Trần Văn Bình phát biểu tại hội nghị.',
  'Đồng chí Bí thư Tỉnh ủy và Giám đốc Sở Y tế thăm Bệnh viện Đa khoa tỉnh.',
  'Sáng 3/4, Bộ trưởng Bộ Ngoại giao tiếp Đại sứ Hoa Kỳ tại TP.HCM.',
  'Ông Nguyễn Văn An, nguyên Phó Bí thư Thường trực Thành ủy Hà Nội.',
  'ủy ban nhân dân huyện, Uỷ ban Nhân dân xã, HĐND phường',
  'Chủ tịch\nUBND',
];

describe('compiled lexicon', () => {
  const { dir, bin } = setup();
  const fromTsv = loadLexicon({ dictDir: dir, compiled: false });
  const fromBin = loadLexicon({ dictDir: dir, compiled: bin });
  const forms = allForms(dir);

  it('is used when fresh, and the TSV path is not', () => {
    expect(fromBin.compiledFrom).toBe(bin);
    expect(fromTsv.compiledFrom).toBeUndefined();
  });

  it('matches like the TSV lexicon before any lookup (subtrees built on first use)', () => {
    for (const t of TEXTS) expect(matches(fromBin, t)).toStrictEqual(matches(fromTsv, t));
  });

  it('has the same size, files and entry counts per category', () => {
    expect(fromBin.size).toBe(fromTsv.size);
    expect(fromBin.files).toStrictEqual(fromTsv.files);
    const cats = perCategory(fromTsv, forms);
    expect(perCategory(fromBin, forms)).toStrictEqual(cats);
    for (const c of ['title', 'org', 'surname', 'middle', 'place', 'country', 'common', 'level'] as Category[]) expect(cats[c]).toBeGreaterThan(0);
  });

  it('gives the same entries, in the same order, for every dictionary form', () => {
    expect(forms.length).toBeGreaterThan(2000);
    for (const f of forms) expect(fromBin.lookup(f), f).toStrictEqual(fromTsv.lookup(f));
  });

  it.each([
    ['UBND', 'org'], ['Chủ tịch', 'title'], ['Nghệ An', 'place'], ['Nguyễn', 'surname'], ['Hoa Kỳ', 'country'],
  ] as [string, Category][])('lookup %s (%s) with sources', (form, cat) => {
    const a = fromBin.lookup(form, cat);
    expect(a.length).toBeGreaterThan(0);
    expect(a).toStrictEqual(fromTsv.lookup(form, cat));
    for (const e of a) expect(e.source).toMatch(/^[a-z-]+\.tsv:\d+$/u);
  });

  it.each(['Xyzzy', 'Chủ tịch Xyzzy', ''])('no entry for %j in either', (form) => {
    expect(fromBin.lookup(form)).toStrictEqual([]);
    expect(fromTsv.lookup(form)).toStrictEqual([]);
  });

  it('adds user dictionaries on top in the same order as the TSV lexicon', () => {
    const user = join(dir, '..', 'my-titles.tsv');
    writeFileSync(user, '# source: test\nform\tkind\tcanonical\tnote\nChủ tịch\thead\tChủ tịch danh dự\t\nXyzzy\thead\t\t\n');
    const a = loadLexicon({ dictDir: dir, compiled: bin, userDicts: [user] });
    const b = loadLexicon({ dictDir: dir, compiled: false, userDicts: [user] });
    expect(a.compiledFrom).toBe(bin);
    for (const f of ['Chủ tịch', 'Xyzzy', 'Phó Chủ tịch']) expect(a.lookup(f)).toStrictEqual(b.lookup(f));
    expect(a.lookup('Chủ tịch', 'title').at(-1)?.canonical).toBe('Chủ tịch danh dự');
    expect(a.size).toBe(b.size);
    expect(a.files).toStrictEqual(b.files);
  });

  it('keeps entries added before it first, as addFile would', () => {
    const mine: Entry = { cat: 'title', kind: 'head', canonical: 'Chủ tịch', form: 'Chủ tịch', source: 'mine' };
    const a = new Lexicon();
    a.add(mine);
    a.addCompiled(compileDictionaries(dir), dir);
    const b = new Lexicon();
    b.add(mine);
    for (const f of fromTsv.files) b.addFile(f.path, f.name);
    for (const f of ['Chủ tịch', 'Phó Chủ tịch', 'UBND']) expect(a.lookup(f)).toStrictEqual(b.lookup(f));
    expect(a.lookup('Chủ tịch')[0]).toBe(mine);
    expect(a.size).toBe(b.size);
  });

  it('survives a round trip through its file format', () => {
    const c = compileDictionaries(dir);
    const back = parseCompiled(serializeCompiled(c));
    expect(back).toBeDefined();
    const { body, ...head } = back!;
    const { body: body0, ...head0 } = c;
    expect(head).toStrictEqual(head0);
    expect(Buffer.from(body).equals(Buffer.from(body0))).toBe(true);
  });
});

describe('a stale or broken compiled lexicon is ignored', () => {
  it('after a dictionary edit', () => {
    const { dir, bin } = setup();
    appendFileSync(join(dir, 'titles.tsv'), 'Trưởng ban Xyzzy\thead\t\t\n');
    const lex = loadLexicon({ dictDir: dir, compiled: bin });
    expect(lex.compiledFrom).toBeUndefined();
    expect(lex.lookup('Trưởng ban Xyzzy', 'title')).toHaveLength(1);
  });

  it('after an edit that keeps the size (content hash)', () => {
    const { dir, bin } = setup();
    const p = join(dir, 'countries.tsv');
    const text = readFileSync(p, 'utf8');
    const edited = text.replace('Hoa Kỳ', 'Hoa Kỷ'); // ỳ and ỷ: three bytes each in UTF-8
    expect(Buffer.byteLength(edited)).toBe(Buffer.byteLength(text));
    writeFileSync(p, edited);
    const lex = loadLexicon({ dictDir: dir, compiled: bin });
    expect(lex.compiledFrom).toBeUndefined();
    expect(lex.lookup('Hoa Kỷ', 'country').length).toBeGreaterThan(0);
  });

  it('but not after a copy that only changes modification times', () => {
    const { dir, bin } = setup();
    const later = new Date(Date.now() + 60_000);
    for (const f of ['titles.tsv', 'places.tsv']) utimesSync(join(dir, f), later, later);
    expect(loadLexicon({ dictDir: dir, compiled: bin }).compiledFrom).toBe(bin);
  });

  it('when a dictionary file is added or removed', () => {
    const a = setup();
    copyFileSync(join(a.dir, 'titles.tsv'), join(a.dir, 'more-titles.tsv'));
    expect(loadLexicon({ dictDir: a.dir, compiled: a.bin }).compiledFrom).toBeUndefined();
    const b = setup();
    rmSync(join(b.dir, 'countries.tsv'));
    const lex = loadLexicon({ dictDir: b.dir, compiled: b.bin });
    expect(lex.compiledFrom).toBeUndefined();
    expect(lex.lookup('Hoa Kỳ', 'country')).toStrictEqual([]);
  });

  it.each([
    ['truncated', (b: Buffer) => b.subarray(0, b.length - 10)],
    ['empty', () => Buffer.alloc(0)],
    ['not JSON', () => Buffer.from('hello\nworld\n')],
    ['another format', (b: Buffer) => Buffer.from(b.toString('latin1').replace('vnner-lexicon-', 'vnner-lexicon-x'), 'latin1')],
  ] as [string, (b: Buffer) => Buffer][])('when the file is %s', (_, damage) => {
    const { dir, bin } = setup();
    writeFileSync(bin, damage(readFileSync(bin)));
    const lex = loadLexicon({ dictDir: dir, compiled: bin });
    expect(lex.compiledFrom).toBeUndefined();
    expect(lex.lookup('Chủ tịch', 'title').length).toBeGreaterThan(0);
  });

  it('when the file is missing', () => {
    const { dir } = setup();
    const lex = loadLexicon({ dictDir: dir, compiled: join(dir, 'nothing.bin') });
    expect(lex.compiledFrom).toBeUndefined();
    expect(lex.size).toBeGreaterThan(3000);
  });
});

describe('matchSpans (the flat edge tables) finds what matchAt (the Maps) finds', () => {
  const entry = (form: string): Entry => ({ cat: 'org', kind: 'body', canonical: form, form, source: 'test' });
  const lex = new Lexicon();
  for (const f of ['Vietcombank', 'Vietcombanks Group', 'Tập đoàn Hoàng Anh Gia Lai', 'Ngân hàng Vietcombank', 'ĐHQGHN', 'Thành phố Hồ Chí Minh', 'A', 'Ab']) lex.add(entry(f));
  const spans = (text: string) => {
    const atoms = atomize(normalize(text).key);
    return atoms.map((_, i) => lex.matchSpans(atoms, i).map((m) => [i + m.len, m.entries]));
  };
  const viaMaps = (text: string) => {
    const atoms = atomize(normalize(text).key);
    return atoms.map((_, i) => lex.matchAt(atoms, i).map((m) => [m.end, m.entries]));
  };
  it.each([
    'Ngân hàng Vietcombank và Vietcombanks Group', // atoms of more than 8 units
    'Vietcombanj Vietcombanka Vietcomban', // same length, one unit off; one longer; one shorter: no match
    'Tập đoàn Hoàng Anh Gia Lai, tập đoàn hoàng anh gia', // a full and a cut-off name
    'ĐHQGHN đhqghn ĐHQGHM', 'Thành phố Hồ Chí\nMinh', 'A Ab ab Abc', '',
  ])('%s', (text) => {
    expect(spans(text)).toStrictEqual(viaMaps(text));
  });
  it('finds the long and short atoms at all', () => {
    expect(spans('Vietcombank, ĐHQGHN, Vietcombanj').map((m) => m.length)).toStrictEqual([1, 0, 1, 0, 0]);
  });
});
