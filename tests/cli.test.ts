// Golden and behaviour tests of the BUILT command line (run `npm run build` first; `npm test` does).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseString } from '@fast-csv/parse';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { vnner, shell, tempDir, isBuilt, plainEnv, contractProblems, ROOT, BIN } from './helpers/cli.js';

type Doc = {
  source: string; refDate: string | null; encoding: string;
  people: { id: string; name: string; mentions: { text: string; start: number; end: number }[]; roles: string[] }[];
  roles: { id: string; text: string; title: string; organization: string | null; person: string | null; status: string | null; start: number; end: number }[];
  organizations: { id: string; name: string; mentions: { text: string; start: number; end: number }[] }[];
  dates: { text: string; value: string | null; start: number; end: number }[];
};

const SAMPLE = readFileSync(join(ROOT, 'fixtures/sample.txt'), 'utf8');
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const ANSI = /\u001b\[/u;
const STACK = /\n\s+at .+:\d+:\d+/u;

// small inputs of our own, different enough to tell apart in the output
const FILES: Record<string, string> = {
  'z-first.txt': 'Sáng 2/6, ông Nguyễn Văn An, Bí thư Tỉnh ủy Nghệ An, chủ trì hội nghị.\n',
  'a-second.txt': 'Bà Trần Thị Hoa, Phó Chủ tịch UBND tỉnh Hà Tĩnh, cho biết kế hoạch năm 2024 đã hoàn thành.\n',
  'm-third.txt': 'Đại tá Lê Minh Tuấn, Giám đốc Công an tỉnh Quảng Bình, kiểm tra công tác ngày 15/3/2024.\n',
};
const ORDER = ['z-first.txt', 'a-second.txt', 'm-third.txt'];

// every test spawns the CLI (one Node start-up and lexicon load each); allow for a busy machine
vi.setConfig({ testTimeout: 30_000 });

let dir = '';
beforeAll(() => {
  if (!isBuilt()) throw new Error(`the CLI is not built: run "npm run build" before these tests (${BIN})`);
  dir = tempDir();
  for (const [name, text] of Object.entries(FILES)) writeFileSync(join(dir, name), text);
  writeFileSync(join(dir, 'sample.txt'), SAMPLE);
});

const lines = (s: string) => s.split('\n').filter((l) => l !== '');

async function parseCsv(csv: string): Promise<{ headers: string[]; rows: Record<string, string>[] }> {
  return new Promise((resolve, reject) => {
    const rows: Record<string, string>[] = [];
    let headers: string[] = [];
    parseString<Record<string, string>, Record<string, string>>(csv, { headers: true })
      .on('headers', (h: string[]) => { headers = h; })
      .on('error', reject)
      .on('data', (r: Record<string, string>) => rows.push(r))
      .on('end', () => resolve({ headers, rows }));
  });
}

describe('contract checker (negative cases: it must catch each breakage)', () => {
  const good = (): Doc => JSON.parse(JSON.stringify({
    source: 'x', refDate: null, encoding: 'utf-8',
    people: [{ id: 'p1', name: 'Lê An', mentions: [{ text: 'Lê An', start: 4, end: 9 }], roles: ['r1'] }],
    roles: [{ id: 'r1', text: 'Bí thư', title: 'Bí thư', organization: null, person: 'p1', status: null, start: 11, end: 17 }],
    organizations: [], dates: [],
  })) as Doc;
  const text = 'Ông Lê An, Bí thư';
  it('accepts a conforming document', () => { expect(contractProblems(good(), text)).toEqual([]); });
  it.each<[string, (d: Doc & Record<string, unknown>) => void]>([
    ['unknown document field', (d) => { d.extra = 1; }],
    ['unknown role field', (d) => { (d.roles[0] as Record<string, unknown>).confidence = 1; }],
    ['missing mention field', (d) => { delete (d.people[0].mentions[0] as Partial<Doc['people'][0]['mentions'][0]>).end; }],
    ['duplicate id', (d) => { d.people.push({ ...d.people[0], roles: [] }); }],
    ['dangling role.person', (d) => { d.roles[0].person = 'p9'; }],
    ['dangling person.roles', (d) => { d.people[0].roles.push('r7'); }],
    ['dangling role.organization', (d) => { d.roles[0].organization = 'o1'; }],
    ['span off by one', (d) => { d.roles[0].start += 1; }],
    ['span beyond the text', (d) => { d.roles[0].end = 99; }],
    ['bad status', (d) => { d.roles[0].status = 'acting'; }],
  ])('%s', (_name, mutate) => {
    const d = good() as Doc & Record<string, unknown>;
    mutate(d);
    expect(contractProblems(d, text)).not.toEqual([]);
  });
});

describe('extract -f json (golden)', () => {
  it('fixtures/sample.txt: contract shape, references, code-point spans and the golden snapshot', async () => {
    const r = await vnner(['extract', '-f', 'json', '--ref-date', '2024-03-15', 'fixtures/sample.txt']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout) as Doc;
    expect(Array.isArray(doc)).toBe(false);
    expect(contractProblems(doc, SAMPLE)).toEqual([]);
    expect(doc.source).toBe('fixtures/sample.txt');
    expect(doc.refDate).toBe('2024-03-15');
    expect(doc.encoding).toBe('utf-8');
    for (const k of ['people', 'roles', 'organizations', 'dates'] as const) expect(doc[k].length, k).toBeGreaterThan(0);
    await expect(r.stdout).toMatchFileSnapshot('__snapshots__/sample.json');
  });

  it('several inputs give an array of documents, in input order', async () => {
    const r = await vnner(['extract', '-f', 'json', ...ORDER], { cwd: dir });
    expect(r.status).toBe(0);
    const docs = JSON.parse(r.stdout) as Doc[];
    expect(docs.map((d) => d.source)).toEqual(ORDER);
    docs.forEach((d) => expect(contractProblems(d, FILES[d.source])).toEqual([]));
  });
});

describe('extract -f jsonl', () => {
  it('three files: three lines in input order, each a conforming document', async () => {
    const r = await vnner(['extract', '-f', 'jsonl', ...ORDER], { cwd: dir });
    expect(r.status).toBe(0);
    const docs = lines(r.stdout).map((l) => JSON.parse(l) as Doc);
    expect(docs.map((d) => d.source)).toEqual(ORDER);
    docs.forEach((d) => expect(contractProblems(d, FILES[d.source])).toEqual([]));
    expect(docs[0].people.map((p) => p.name)).toContain('Nguyễn Văn An');
  });

  it('a missing file among others: an error line in its place, the run goes on, exit 1', async () => {
    const r = await vnner(['extract', '-f', 'jsonl', ORDER[0], 'missing.txt', ORDER[1]], { cwd: dir });
    expect(r.status).toBe(1);
    const out = lines(r.stdout).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out.map((o) => o.source)).toEqual([ORDER[0], 'missing.txt', ORDER[1]]);
    const err = out[1];
    expect(Object.keys(err).sort()).toEqual(['error', 'source']);
    const e = err.error as Record<string, unknown>;
    expect(typeof e.code).toBe('string');
    expect(typeof e.message).toBe('string');
    expect(Object.keys(e).every((k) => ['code', 'message', 'byteOffset'].includes(k))).toBe(true);
    expect(contractProblems(out[0], FILES[ORDER[0]])).toEqual([]);
    expect(contractProblems(out[2], FILES[ORDER[1]])).toEqual([]);
    expect(r.stderr).toContain('missing.txt');
  });

  it('a missing file alone is a usage error: exit 2, nothing on stdout', async () => {
    const r = await vnner(['extract', '-f', 'jsonl', 'missing.txt'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('missing.txt');
  });

  it.each([
    [['--bogus']], [['-f', 'xml']], [['--types', 'people,bogus']], [['--ref-date', '2024-13-45']], [['--ref-date', '15/03/2024']],
    [['--ref-date', 'yesterday']], [['--encoding', 'latin9']], [['--dict', 'no-such-titles.tsv']],
  ])('bad option %j: exit 2, message on stderr, nothing on stdout', async (args) => {
    const r = await vnner(['extract', '-f', 'jsonl', ...args, ORDER[0]], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim()).not.toBe('');
    expect(r.stderr).not.toMatch(STACK);
  });

  it.each([[['--ref-date', 'auto']], [['--ref-date', '2024-02-29']], [['--types', 'dates']], [['--encoding', 'utf-8']]])('good option %j: exit 0', async (args) => {
    const r = await vnner(['extract', '-f', 'jsonl', ...args, ORDER[0]], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(lines(r.stdout)).toHaveLength(1);
  });

  it('--types people,dates leaves roles and organizations empty', async () => {
    const r = await vnner(['extract', '-f', 'jsonl', '--types', 'people,dates', ORDER[0]], { cwd: dir });
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout) as Doc;
    expect(contractProblems(doc, FILES[ORDER[0]])).toEqual([]);
    expect(doc.roles).toEqual([]);
    expect(doc.organizations).toEqual([]);
    expect(doc.people.length).toBeGreaterThan(0);
    expect(doc.dates.length).toBeGreaterThan(0);
    for (const p of doc.people) expect(p.roles).toEqual([]);
  });
});

describe('extract -f csv', () => {
  it('header, one row per mention (counts match the JSON), text slices the original', async () => {
    const inputs = ['sample.txt', ORDER[0]];
    const r = await vnner(['extract', '-f', 'csv', '--ref-date', '2024-03-15', ...inputs], { cwd: dir });
    expect(r.status).toBe(0);
    const { headers, rows } = await parseCsv(r.stdout);
    expect(headers.join(',')).toBe('source,type,id,text,value,start,end,person,organization');
    expect(r.stdout.split('\n')[0]).toBe('source,type,id,text,value,start,end,person,organization');
    expect(rows.filter((x) => x.source === 'source')).toEqual([]); // header written once
    const originals: Record<string, string> = { 'sample.txt': SAMPLE, [ORDER[0]]: FILES[ORDER[0]] };
    for (const src of inputs) {
      const j = await vnner(['extract', '-f', 'json', '--ref-date', '2024-03-15', src], { cwd: dir });
      const doc = JSON.parse(j.stdout) as Doc;
      const mine = rows.filter((x) => x.source === src);
      const count = (t: string) => mine.filter((x) => x.type === t).length;
      expect(count('person')).toBe(doc.people.reduce((n, p) => n + p.mentions.length, 0));
      expect(count('role')).toBe(doc.roles.length);
      expect(count('organization')).toBe(doc.organizations.reduce((n, o) => n + o.mentions.length, 0));
      expect(count('date')).toBe(doc.dates.length);
      expect(mine.length).toBe(count('person') + count('role') + count('organization') + count('date'));
      const cps = Array.from(originals[src]);
      for (const row of mine) expect(cps.slice(Number(row.start), Number(row.end)).join(''), JSON.stringify(row)).toBe(row.text);
      // role rows carry the holder's and organization's names
      const nameOf = new Map(doc.people.map((p) => [p.id, p.name]));
      const orgOf = new Map(doc.organizations.map((o) => [o.id, o.name]));
      for (const role of doc.roles) {
        const row = mine.find((x) => x.type === 'role' && x.id === role.id)!;
        expect(row.value).toBe(role.title);
        expect(row.person).toBe(role.person ? nameOf.get(role.person) : '');
        expect(row.organization).toBe(role.organization ? orgOf.get(role.organization) : '');
      }
    }
  });
});

describe('standard input', () => {
  it.each([[['-f', 'jsonl', '-']], [['-f', 'jsonl']], [[]]])('extract %j with piped input: source "-"', async (args) => {
    const text = FILES[ORDER[1]];
    const r = await vnner(['extract', ...args], { input: text });
    expect(r.status).toBe(0);
    const out = lines(r.stdout);
    expect(out).toHaveLength(1);
    const doc = JSON.parse(out[0]) as Doc;
    expect(doc.source).toBe('-');
    expect(contractProblems(doc, text)).toEqual([]);
    expect(doc.people.map((p) => p.name)).toContain('Trần Thị Hoa');
  });
  it('empty standard input gives an empty document, not a crash', async () => {
    const r = await vnner(['extract', '-f', 'jsonl', '-'], { input: '' });
    expect(r.stderr).not.toMatch(STACK);
    expect([0, 1]).toContain(r.status);
  });
});

describe('pipes', () => {
  it('`extract ... | head -1` over 200 files ends quietly', async () => {
    const small = join(dir, 'many');
    mkdirSync(small, { recursive: true });
    const names: string[] = [];
    for (let i = 0; i < 200; i++) {
      const n = `f${String(i).padStart(3, '0')}.txt`;
      names.push(n);
      writeFileSync(join(small, n), FILES[ORDER[i % 3]]);
    }
    const r = await shell(`"${process.execPath}" "${BIN}" extract -f jsonl ${names.join(' ')} | head -1`, small);
    expect(r.status).toBe(0);
    expect(lines(r.stdout)).toHaveLength(1);
    expect((JSON.parse(r.stdout) as Doc).source).toBe('f000.txt');
    expect(r.stderr).not.toContain('EPIPE');
    expect(r.stderr).not.toMatch(STACK);
    expect(r.stderr).not.toMatch(/Error/u);
  });
});

describe('pretty, help and version', () => {
  it('pretty with NO_COLOR unset but stdout not a TTY: no ANSI escapes', async () => {
    const r = await vnner(['extract', '-f', 'pretty', '--ref-date', '2024-03-15', 'sample.txt'], { cwd: dir, env: plainEnv() });
    expect(r.status).toBe(0);
    expect(r.stdout).not.toMatch(ANSI);
    expect(r.stdout).toContain('Trần Quốc Khánh');
    expect(r.stdout).toMatch(/People \(\d+\)/u);
  });
  it('pretty with NO_COLOR=1: no ANSI escapes either', async () => {
    const r = await vnner(['extract', '-f', 'pretty', 'sample.txt'], { cwd: dir, env: plainEnv({ NO_COLOR: '1' }) });
    expect(r.status).toBe(0);
    expect(r.stdout).not.toMatch(ANSI);
  });
  it.each([[['--help']], [['extract', '--help']]])('%j: exit 0, usage with Examples', async (args) => {
    const r = await vnner(args);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Usage');
    expect(r.stdout).toContain('Examples');
    expect(r.stdout).not.toMatch(ANSI);
  });
  it.each([[['--version']]])('%j prints the package.json version', async (args) => {
    const r = await vnner(args);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(VERSION);
  });
  it.each([[['frobnicate']], [['extract', '--format']], [['eval']]])('%j is a usage error (exit 2)', async (args) => {
    const r = await vnner(args);
    expect(r.status).toBe(2);
    expect(r.stderr).not.toMatch(STACK);
  });
});

describe('eval', () => {
  it('eval fixtures/docs --json: scores for every type', async () => {
    const r = await vnner(['eval', 'fixtures/docs', '--json']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { documents?: number; scores: Record<string, { precision: number; recall: number; f1: number }> };
    for (const t of ['people', 'roles', 'links', 'organizations', 'dates']) {
      const s = out.scores[t];
      expect(s, t).toBeDefined();
      for (const k of ['precision', 'recall', 'f1'] as const) {
        expect(typeof s[k], `${t}.${k}`).toBe('number');
        expect(s[k]).toBeGreaterThanOrEqual(0);
        expect(s[k]).toBeLessThanOrEqual(1);
      }
    }
  });
  it('a missing gold folder: exit 2, no stack trace', async () => {
    const r = await vnner(['eval', 'no/such/dir', '--json']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toMatch(STACK);
  });
});

describe('dict', () => {
  it('dict stats --json: exit 0, parseable', async () => {
    const r = await vnner(['dict', 'stats', '--json']);
    expect(r.status).toBe(0);
    expect(() => JSON.parse(r.stdout) as unknown).not.toThrow();
  });
  it('dict lint: the package dictionaries have no errors', async () => {
    const r = await vnner(['dict', 'lint']);
    expect(`${r.stdout}${r.stderr}`).not.toMatch(/: error:/u);
    expect(r.status).toBe(0);
  });
  it.each([
    ['unknown kind', 'bad-titles.tsv', '# source: test\nform\tkind\tcanonical\tnote\nGiám đốc\tnonsense\t\t\n'],
    ['wrong header', 'bad2-titles.tsv', '# source: test\nname\tkind\nGiám đốc\thead\n'],
    ['not NFC', 'bad3-titles.tsv', `# source: test\nform\tkind\tcanonical\tnote\n${'Giám đốc'.normalize('NFD')}\thead\t\t\n`],
  ])('dict lint on a broken file (%s): exit 1 with an error', async (_what, name, body) => {
    writeFileSync(join(dir, name), body);
    const r = await vnner(['dict', 'lint', join(dir, name)]);
    expect(r.status).toBe(1);
    expect(`${r.stdout}${r.stderr}`).toMatch(/error/u);
  });
});

describe('user dictionaries (--dict)', () => {
  const SENTENCE = 'Ông Lê Văn Khải, Tổng Chỉ huy Ứng cứu Quỹ Rồng Xanh Miền Trung, cho biết đợt cứu trợ kéo dài đến hết ngày 20/10.\n';
  const ROLE = 'Tổng Chỉ huy Ứng cứu Quỹ Rồng Xanh Miền Trung';
  beforeAll(() => {
    writeFileSync(join(dir, 'my-titles.tsv'), '# source: our newsroom test\nform\tkind\tcanonical\tnote\nTổng Chỉ huy Ứng cứu\thead\tTổng Chỉ huy Ứng cứu\t\n');
    writeFileSync(join(dir, 'my-organizations.tsv'), '# source: our newsroom test\nform\tkind\tcanonical\tnote\nQuỹ Rồng Xanh Miền Trung\tbody\tQuỹ Rồng Xanh Miền Trung\t\n');
    writeFileSync(join(dir, 'khai.txt'), SENTENCE);
    writeFileSync(join(dir, 'stuff.tsv'), 'x\ty\n');
  });

  it('a new head title and a new body give the role, its organization and the link', async () => {
    const r = await vnner(['extract', '-f', 'json', '--dict', 'my-titles.tsv', '--dict', 'my-organizations.tsv', 'khai.txt'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout) as Doc;
    expect(contractProblems(doc, SENTENCE)).toEqual([]);
    const role = doc.roles.find((x) => x.text === ROLE);
    expect(role, doc.roles.map((x) => x.text).join(' | ')).toBeDefined();
    expect(role!.title).toBe('Tổng Chỉ huy Ứng cứu');
    expect(doc.organizations.find((o) => o.id === role!.organization)?.name).toBe('Quỹ Rồng Xanh Miền Trung');
    const holder = doc.people.find((p) => p.id === role!.person);
    expect(holder?.name).toBe('Lê Văn Khải');
    expect(holder?.roles).toContain(role!.id);
  });

  it('negative: without --dict the sentence has no such role', async () => {
    const r = await vnner(['extract', '-f', 'json', 'khai.txt'], { cwd: dir });
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout) as Doc;
    expect(contractProblems(doc, SENTENCE)).toEqual([]);
    expect(doc.roles.filter((x) => x.text.includes('Tổng Chỉ huy Ứng cứu') || x.title.includes('Tổng Chỉ huy Ứng cứu'))).toEqual([]);
  });

  it('negative: a dictionary file whose kind cannot be told is a usage error', async () => {
    const r = await vnner(['extract', '-f', 'json', '--dict', 'stuff.tsv', ORDER[0]], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toMatch(STACK);
  });
});
