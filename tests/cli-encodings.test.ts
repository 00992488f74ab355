// The BUILT binary over one directory holding the same short news text (our own writing) in every encoding it reads:
// one run, each file's encoding detected and reported, the same people and roles as the UTF-8 file, and every span
// slicing that file's own decoded text (which --include-text returns and decode() gives back from the bytes).
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'vnner.js');
const DECODE = join(ROOT, 'dist', 'src', 'text', 'decode.js');
const built = existsSync(DECODE) && existsSync(join(ROOT, 'dist', 'src', 'cli', 'main.js'));

const TEXT = [
  'Sáng 14/3, tại thành phố Vinh, ông Trần Quốc Hưng, Bí thư Tỉnh ủy Nghệ An, đã chủ trì hội nghị bàn về mùa khô năm nay.',
  'Bà Lê Thị Hoa, Phó Chủ tịch UBND tỉnh, cho biết các xã ven biển sẽ được hỗ trợ nước sạch trước ngày 30/4.',
  'Theo ông Hưng, kế hoạch này cần được triển khai sớm để người dân yên tâm sản xuất.',
  '',
].join('\n');

type Enc = 'utf-8' | 'utf-16le' | 'utf-16be' | 'tcvn3' | 'vni' | 'viscii' | 'windows-1258' | 'viqr';
// file name -> encoding the bytes are written in, and the encoding the record must report
const FILES: [string, Enc, string, boolean][] = [
  ['01-utf8.txt', 'utf-8', 'utf-8', false],
  ['02-utf8-bom.txt', 'utf-8', 'utf-8', true],
  ['03-utf16le.txt', 'utf-16le', 'utf-16le', false],
  ['04-utf16be.txt', 'utf-16be', 'utf-16be', false],
  ['05-tcvn3.txt', 'tcvn3', 'tcvn3', false],
  ['06-vni.txt', 'vni', 'vni', false],
  ['07-viscii.txt', 'viscii', 'viscii', false],
  ['08-cp1258.txt', 'windows-1258', 'windows-1258', false],
  ['09-viqr.txt', 'viqr', 'viqr', false],
];

interface Mention { text: string; start: number; end: number }
interface Doc {
  source: string; encoding?: string; text?: string; error?: { code: string };
  people: { id: string; name: string; mentions: Mention[] }[];
  roles: (Mention & { title: string; person: string | null })[];
}

const cp = (s: string, a: number, b: number) => [...s].slice(a, b).join('');
const nfc = (s: string) => s.normalize('NFC');
/** People (name + their role titles) and roles (title + holder name), NFC, order-free. */
function summary(d: Doc) {
  const name = new Map(d.people.map((p) => [p.id, nfc(p.name)]));
  return {
    people: d.people.map((p) => nfc(p.name)).sort(),
    roles: d.roles.map((r) => `${nfc(r.text)} -> ${r.person ? name.get(r.person) : '-'}`).sort(),
  };
}

let dir: string;
let decode: (b: Uint8Array) => { text: string; encoding: string };
let recs: Doc[];
let status: number | null;

beforeAll(async () => {
  if (!built) return;
  const mod = (await import(DECODE)) as { encode(t: string, e: Enc): Uint8Array; decode(b: Uint8Array): { text: string; encoding: string } };
  decode = mod.decode;
  dir = mkdtempSync(join(tmpdir(), 'vnner-encodings-'));
  mkdirSync(join(dir, 'news'));
  for (const [name, enc, , bom] of FILES) {
    const bytes = mod.encode(TEXT, enc);
    writeFileSync(join(dir, 'news', name), bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]) : bytes);
  }
  const r = spawnSync(process.execPath, [BIN, 'extract', '--quiet', '--jobs', '2', '--include-text', '--ref-date', '2024-01-01', '--format', 'jsonl', 'news'],
    { cwd: dir, encoding: 'utf8', timeout: 60000 });
  status = r.status;
  recs = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Doc);
}, 60000);
afterAll(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

describe.skipIf(!built)('one directory, one file per encoding, one run', () => {
  it('gives one document per file, in order, none failed', () => {
    expect(status).toBe(0);
    expect(recs.map((r) => r.source)).toEqual(FILES.map(([n]) => `news/${n}`));
    expect(recs.filter((r) => r.error)).toEqual([]);
  });

  it.each(FILES)('%s is detected as %s', (name, _enc, reported) => {
    const rec = recs.find((r) => r.source === `news/${name}`)!;
    expect(rec.encoding).toBe(reported);
    // the analysed text is the file's decoded text, and it reads as the original
    const dec = decode(readFileSync(join(dir, 'news', name)));
    expect(rec.text).toBe(dec.text);
    expect(nfc(rec.text!)).toBe(TEXT);
  });

  it('the UTF-8 file finds the people and roles of the text', () => {
    const s = summary(recs[0]);
    expect(s.people).toEqual(expect.arrayContaining(['Trần Quốc Hưng', 'Lê Thị Hoa']));
    expect(s.roles).toEqual(expect.arrayContaining(['Bí thư Tỉnh ủy Nghệ An -> Trần Quốc Hưng', 'Phó Chủ tịch UBND tỉnh -> Lê Thị Hoa']));
    // a negative: place names are not people
    expect(s.people).not.toContain('Nghệ An');
    expect(s.people).not.toContain('Vinh');
  });

  it.each(FILES.slice(1))('%s gives the same people and roles as the UTF-8 file', (name) => {
    const rec = recs.find((r) => r.source === `news/${name}`)!;
    expect(summary(rec)).toEqual(summary(recs[0]));
  });

  it.each(FILES)('%s: every span slices its own decoded text', (name) => {
    const rec = recs.find((r) => r.source === `news/${name}`)!;
    const spans: Mention[] = [...rec.people.flatMap((p) => p.mentions), ...rec.roles];
    expect(spans.length).toBeGreaterThan(3);
    for (const m of spans) expect(cp(rec.text!, m.start, m.end)).toBe(m.text);
  });
});
