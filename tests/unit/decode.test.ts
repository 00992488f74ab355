import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DecodeError,
  ENCODINGS,
  canEncode,
  decode,
  encode,
  parseEncodingName,
  type EncodingName,
} from '../../src/text/decode.js';
import { isVietnameseSyllable } from '../../src/text/legacy/syllable.js';
import { decodeViqr, encodeViqr } from '../../src/text/legacy/viqr.js';

const LOWER_VOWELS =
  'a à á ả ã ạ ă ằ ắ ẳ ẵ ặ â ầ ấ ẩ ẫ ậ e è é ẻ ẽ ẹ ê ề ế ể ễ ệ i ì í ỉ ĩ ị o ò ó ỏ õ ọ ' +
  'ô ồ ố ổ ỗ ộ ơ ờ ớ ở ỡ ợ u ù ú ủ ũ ụ ư ừ ứ ử ữ ự y ỳ ý ỷ ỹ ỵ đ.';
/** Every lower-case vowel with every tone inside a syllable: "tam tàm tám … tỵ". */
const VOWEL_SYLLABLES = LOWER_VOWELS.replace(/[đ.]/gu, '')
  .trim()
  .split(' ')
  .map((v) => (/^[yỳýỷỹỵ]$/u.test(v) ? `t${v}` : `t${v}m`))
  .join(' ');
const UPPER_VOWELS =
  'À Á Ả Ã Ạ Ă Ằ Ắ Ẳ Ẵ Ặ Â Ầ Ấ Ẩ Ẫ Ậ È É Ẻ Ẽ Ẹ Ê Ề Ế Ể Ễ Ệ Ì Í Ỉ Ĩ Ị Ò Ó Ỏ Õ Ọ Ô Ồ Ố Ổ Ỗ Ộ ' +
  'Ơ Ờ Ớ Ở Ỡ Ợ Ù Ú Ủ Ũ Ụ Ư Ừ Ứ Ử Ữ Ự Ỳ Ý Ỷ Ỹ Ỵ Đ.';

/** Our own sentences (news style). */
const SENTENCES: string[] = [
  'Phó Bí thư Thường trực Thành ủy chủ trì hội nghị sáng 22/12/2023.',
  'Chủ tịch UBND tỉnh Thừa Thiên Huế phát biểu, nhấn mạnh 3 nhiệm vụ trọng tâm của năm tới.',
  'Đồng chí Đỗ Mạnh Hùng giữ chức Phó Bí thư; bà Lê Thị Thu Hằng được bổ nhiệm làm Giám đốc Sở.',
  VOWEL_SYLLABLES + ', đi đến Đà Lạt.',
  UPPER_VOWELS,
  'HÀ NỘI: ĐẠI HỘI ĐẢNG BỘ THÀNH PHỐ LẦN THỨ XVIII CHÍNH THỨC KHAI MẠC',
  'Ông Trần Quốc Vượng, nguyên Thường trực Ban Bí thư, dự lễ kỷ niệm 95 năm thành lập.',
  'Giá vàng hôm nay (05/12) tăng 1,5%; người dân xếp hàng từ sớm để mua.',
  'Quyết định số 123/QĐ-UBND ngày 15 tháng 3 năm 2024 của Ủy ban nhân dân tỉnh về việc khen thưởng.',
  'Hỏi: Bạn có khỏe không? Đáp: Tôi vẫn khỏe, cảm ơn anh nhiều!',
  'Những người được khen gồm chị Nguyễn Thị Ngọc Yến, anh Phạm Hữu Nghĩa và cháu Huỳnh Thúy Kiều.',
  'Tuyên Quang, Lạng Sơn, Quảng Ngãi, Đắk Lắk và Bà Rịa - Vũng Tàu đều tổ chức lễ khánh thành.',
  'Khuya rồi, người ta vẫn ngồi uống nước trước hiên nhà, nghe tiếng khuỷu tay gõ nhịp đều đều.',
];

const TONED_CAPITAL = /[ÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ]/u;

function expectedEncodable(s: string, e: EncodingName): boolean {
  if (e === 'tcvn3') return !TONED_CAPITAL.test(s);
  return true;
}

describe('round trips: encode → decode(auto)', () => {
  const cases = SENTENCES.flatMap((s) => ENCODINGS.map((e) => ({ s, e })));
  it.each(cases)('$e: $s', ({ s, e }) => {
    expect(canEncode(s, e)).toBe(expectedEncodable(s, e));
    if (!canEncode(s, e)) {
      expect(() => encode(s, e)).toThrow(/^vnner: /u);
      return;
    }
    const bytes = encode(s, e);
    const d = decode(bytes);
    expect(d.encoding).toBe(e);
    expect(d.text.normalize('NFC')).toBe(s);
    expect(d.text.includes('\uFEFF')).toBe(false);
    expect(d.text.includes('\uFFFD')).toBe(false);
    expect(d.confidence).toBeGreaterThan(0.6);
    // forced decoding agrees
    expect(decode(bytes, { encoding: e }).text.normalize('NFC')).toBe(s);
  });

  it('a whole article made of all sentences is detected for each legacy encoding', () => {
    const article = SENTENCES.filter((s) => !TONED_CAPITAL.test(s)).join('\n');
    for (const e of ['tcvn3', 'vni', 'viscii', 'windows-1258', 'viqr'] as const) {
      const d = decode(encode(article, e));
      expect([e, d.encoding]).toEqual([e, e]);
      expect(d.text.normalize('NFC')).toBe(article);
    }
  });
});

describe('known signature strings', () => {
  const latin1 = (s: string): Uint8Array => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));
  const table: Array<{ name: string; bytes: Uint8Array; enc: EncodingName; text: string }> = [
    { name: 'VNI greeting', bytes: latin1('Xin chaøo caùc baïn'), enc: 'vni', text: 'Xin chào các bạn' },
    { name: 'VNI school', bytes: latin1('Toâi ñi hoïc ôû tröôøng laøng'), enc: 'vni', text: 'Tôi đi học ở trường làng' },
    { name: 'VNI capitals', bytes: latin1('ÑAÏI HOÄI ÑAÛNG BOÄ'), enc: 'vni', text: 'ĐẠI HỘI ĐẢNG BỘ' },
    { name: 'VNI role', bytes: latin1('Phoù Bí thö Thöôøng tröïc Thaønh uûy'), enc: 'vni', text: 'Phó Bí thư Thường trực Thành ủy' },
    { name: 'TCVN3 greeting', bytes: latin1('Xin chµo c¸c b¹n'), enc: 'tcvn3', text: 'Xin chào các bạn' },
    { name: 'TCVN3 school', bytes: latin1('T«i ®i häc'), enc: 'tcvn3', text: 'Tôi đi học' },
    { name: 'TCVN3 ư = 0xAD', bytes: latin1('Bé tr\u00adëng Th\u00adêng trùc'), enc: 'tcvn3', text: 'Bộ trưởng Thường trực' },
    { name: 'cp1258 tones', bytes: latin1('Viê\u00f2t Nam \u00d0à Nã\u00deng'), enc: 'windows-1258', text: 'Việt Nam Đà Nẵng' },
    { name: 'VIQR greeting', bytes: latin1('Xin cha`o ca\'c ba.n'), enc: 'viqr', text: 'Xin chào các bạn' },
    { name: 'VIQR school', bytes: latin1('To^i ddi ho.c o+? tru+o+`ng'), enc: 'viqr', text: 'Tôi đi học ở trường' },
  ];
  it.each(table)('$name', ({ bytes, enc, text }) => {
    const d = decode(bytes);
    expect(d.encoding).toBe(enc);
    expect(d.text.normalize('NFC')).toBe(text);
  });
});

describe('VIQR conventions', () => {
  it.each([
    ['Ba.n kho?e kho^ng?', 'Bạn khỏe không?'],
    ['To^i ddi ho.c.', 'Tôi đi học.'],
    ['Anh ddi.', 'Anh đi.'],
    ['Anh ddi?\nEm o+? nha`.', 'Anh đi?\nEm ở nhà.'],
    ['Co' + "'" + ' ve?.', 'Có vẻ.'],
    ['Nguye^~n Thi. Lan', 'Nguyễn Thị Lan'],
    ['Ho^m nay to^i. Mai', 'Hôm nay tôi. Mai'],
    ['Kho?e kho^ng\\? Va^ng\\.', 'Khỏe không? Vâng.'],
    ['Ddi\\.', 'Ddi.'.replace('Dd', 'Đ')],
    ['a\\^ \\\\ d\\d', 'a^ \\ dd'],
  ])('%s', (src, want) => {
    expect(decodeViqr(src)).toBe(want);
  });

  it('escapes literal marks so that decode(encode(t)) === t', () => {
    for (const t of ['Anh đi.', 'Khỏe không?', 'a^b (ghi chú) e+f', 'odd add', 'C:\\dir\\.', "Thị's", 'đd dđ']) {
      expect(decodeViqr(encodeViqr(t))).toBe(t);
    }
  });

  it('refuses text it cannot write without ambiguity', () => {
    expect(canEncode('Tôi là Thị', 'viqr')).toBe(false);
    expect(canEncode('Tôi là Thị.', 'viqr')).toBe(true);
    expect(canEncode('“Trích dẫn”', 'viqr')).toBe(false);
  });
});

describe('stays UTF-8', () => {
  const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
  it.each([
    ['English prose', "I'm sure you're right. Where do we go? Let's add the odd address."],
    ['a question', 'Do you agree?'],
    ['code', 'const a = obj.foo?.bar ?? x.y; if (a) { return a.b + c.d; }'],
    ['URL', 'See https://www.example.com/a/b?c=d&e=f.html for more.'],
    ['Vietnamese with ?', 'Bạn có khỏe không? Tôi khỏe.'],
    ['unaccented Vietnamese', 'Xin chao cac ban. Toi di hoc o truong.'],
    ['empty', ''],
  ])('%s', (_, s) => {
    const d = decode(utf8(s));
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toBe(s);
    expect(d.bom).toBe(false);
  });
});

describe('BOMs', () => {
  const s = 'Chủ tịch UBND tỉnh Thừa Thiên Huế 😀';
  it('UTF-8 BOM is removed', () => {
    const d = decode(Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(s)]));
    expect(d).toEqual({ text: s, encoding: 'utf-8', bom: true, confidence: 1 });
  });
  it.each(['utf-16le', 'utf-16be'] as const)('%s with BOM', (e) => {
    const bytes = encode(s, e);
    expect([...bytes.slice(0, 2)]).toEqual(e === 'utf-16le' ? [0xff, 0xfe] : [0xfe, 0xff]);
    expect(decode(bytes)).toEqual({ text: s, encoding: e, bom: true, confidence: 1 });
  });
  it('odd-length UTF-16 is undecodable with an offset', () => {
    const bytes = Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0x42]);
    expect(() => decode(bytes)).toThrow(DecodeError);
    try {
      decode(bytes);
    } catch (e) {
      expect((e as DecodeError).code).toBe('undecodable');
      expect((e as DecodeError).byteOffset).toBe(4);
    }
  });
});

function errorOf(f: () => unknown): DecodeError {
  try {
    f();
  } catch (e) {
    if (e instanceof DecodeError) return e;
    throw e;
  }
  throw new Error('no DecodeError thrown');
}

/** Deterministic pseudo-random bytes (xorshift). */
function randomBytes(n: number, seed: number, lo = 0, hi = 255): Uint8Array {
  let x = seed >>> 0 || 1;
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = lo + ((x >>> 0) % (hi - lo + 1));
  }
  return out;
}

describe('errors', () => {
  it('PNG header → binary at the first NUL', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const e = errorOf(() => decode(png));
    expect(e.code).toBe('binary');
    expect(e.byteOffset).toBe(8);
    expect(e.message.startsWith('vnner: ')).toBe(true);
  });
  it('random bytes → binary', () => {
    const bytes = randomBytes(4096, 42);
    const e = errorOf(() => decode(bytes));
    expect(e.code).toBe('binary');
    expect(e.byteOffset).toBe(bytes.indexOf(0));
  });
  it('many control bytes without NUL → binary', () => {
    const bytes = randomBytes(2000, 7, 1, 40);
    const e = errorOf(() => decode(bytes));
    expect(e.code).toBe('binary');
    expect(e.byteOffset).toBeGreaterThanOrEqual(0);
  });
  it('random high bytes → undecodable at the first invalid UTF-8 byte', () => {
    const raw = randomBytes(3000, 99, 0x80, 0xff);
    const bytes = Uint8Array.from(raw, (b, i) => (i % 6 === 5 ? 0x20 : b));
    const e = errorOf(() => decode(bytes));
    expect(e.code).toBe('undecodable');
    expect(e.byteOffset).toBe(0);
  });
  it('Latin-1 French is not taken for Vietnamese', () => {
    const bytes = Uint8Array.from([...'Le garçon a mangé une pêche très sucrée à côté de la fenêtre.'].map((c) => c.charCodeAt(0)));
    const e = errorOf(() => decode(bytes));
    expect(e.code).toBe('undecodable');
    expect(e.byteOffset).toBe(6);
  });
  it('forced UTF-8 on invalid bytes → undecodable with offset', () => {
    const e = errorOf(() => decode(Uint8Array.from([0x41, 0x42, 0xc3, 0x28]), { encoding: 'utf-8' }));
    expect([e.code, e.byteOffset]).toEqual(['undecodable', 2]);
  });
  it('forced Windows-1258 on an undefined byte → undecodable', () => {
    const e = errorOf(() => decode(Uint8Array.from([0x41, 0x81]), { encoding: 'windows-1258' }));
    expect([e.code, e.byteOffset]).toEqual(['undecodable', 1]);
  });
  it('unknown encoding', () => {
    const e = errorOf(() => decode(new Uint8Array(1), { encoding: 'latin9' as EncodingName }));
    expect([e.code, e.byteOffset]).toEqual(['unknown-encoding', -1]);
  });
});

describe('parseEncodingName', () => {
  it.each([
    ['utf8', 'utf-8'], ['UTF-8', 'utf-8'], ['tcvn', 'tcvn3'], ['ABC', 'tcvn3'], ['tcvn3', 'tcvn3'],
    ['vni-windows', 'vni'], ['VNI', 'vni'], ['cp1258', 'windows-1258'], ['windows1258', 'windows-1258'],
    ['windows-1258', 'windows-1258'], ['viscii', 'viscii'], ['viqr', 'viqr'], ['auto', 'auto'],
    ['utf-16le', 'utf-16le'], ['utf-16be', 'utf-16be'], ['latin1', undefined], ['', undefined],
  ])('%s', (name, want) => {
    expect(parseEncodingName(name)).toBe(want);
  });
});

describe('encode refuses what it cannot represent', () => {
  it.each([
    ['tcvn3', 'Ủy ban'],
    ['tcvn3', '“ngoặc”'],
    ['viscii', 'Привет'],
    ['windows-1258', 'Ð (eth)'],
    ['vni', 'Ð (eth)'],
    ['vni', 'España'],
    ['viqr', 'Ελλάδα'],
  ] as const)('%s: %s', (e, s) => {
    expect(canEncode(s, e)).toBe(false);
    expect(() => encode(s, e)).toThrow(/^vnner: /u);
  });
  it('windows-1258 output uses combining tone bytes', () => {
    expect([...encode('ệ', 'windows-1258')]).toEqual([0xea, 0xf2]);
    expect([...encode('Đà', 'windows-1258')]).toEqual([0xd0, 0xe0]);
  });
});

describe('syllable validator', () => {
  it.each(['thường', 'nghiêng', 'khuỷu', 'quốc', 'gì', 'giữa', 'hoà', 'hòa', 'thuở', 'Ủy', 'uỷ', 'ĐẢNG', 'yêu', 'oẳn'])('valid: %s', (w) => {
    expect(isVietnameseSyllable(w)).toBe(true);
  });
  it.each(['chaøo', 'hocj', 'tôị', 'thàt', 'xyz', 'aă', 'ngh', 'hoàa'])('invalid: %s', (w) => {
    expect(isVietnameseSyllable(w)).toBe(false);
  });
});

describe('property: forced decode inverts encode', () => {
  const letters = [...(LOWER_VOWELS + UPPER_VOWELS).replace(/[ .]/gu, '')];
  const alphabet = [...letters, ...'bcdghklmnpqrstvxBCDGHKLMNPQRSTVX', ' ', ' ', ' ', ...'.,;:?!-()"\'0123456789'];
  const arb = fc.array(fc.constantFrom(...alphabet), { minLength: 0, maxLength: 40 }).map((a) => a.join(''));
  it.each(ENCODINGS)('%s', (e) => {
    let encodable = 0;
    fc.assert(
      fc.property(arb, (s) => {
        if (!canEncode(s, e)) return true;
        encodable++;
        const text = decode(encode(s, e), { encoding: e }).text;
        return text.normalize('NFC') === s.normalize('NFC');
      }),
      { numRuns: 300, seed: Number(process.env.FCSEED ?? 20241222) },
    );
    expect(encodable).toBeGreaterThan(e === 'tcvn3' ? 5 : 100);
  });
});
