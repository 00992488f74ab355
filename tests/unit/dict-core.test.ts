// Checks the core dictionaries: titles, organizations, abbreviations, surnames, middle names,
// name particles, honorifics and common words (formats in dictionaries/README.md).
import { describe, expect, it } from 'vitest';
import { loadDictionary, type Row, type Table } from '../helpers/tsv.js';

interface FileSpec {
  header: string[];
  /** column holding the allowed kind/type/group/gender, if any */
  kindColumn?: string;
  kinds?: string[];
  /** columns that must never be empty */
  required: string[];
  min: number;
}

const SPECS: Record<string, FileSpec> = {
  'titles.tsv': {
    header: ['form', 'kind', 'canonical', 'note'],
    kindColumn: 'kind',
    kinds: ['head', 'modifier', 'post', 'status', 'rank', 'prefix'],
    required: ['form', 'kind', 'canonical'],
    min: 250,
  },
  'organizations.tsv': {
    header: ['form', 'kind', 'canonical', 'note'],
    kindColumn: 'kind',
    kinds: ['body', 'committee', 'level', 'sub', 'head'],
    required: ['form', 'kind', 'canonical'],
    min: 300,
  },
  'abbreviations.tsv': {
    header: ['abbr', 'expansion', 'type', 'note'],
    kindColumn: 'type',
    kinds: ['org', 'level', 'sub', 'committee', 'head', 'title', 'prefix', 'rank', 'place-level', 'other'],
    required: ['abbr', 'expansion', 'type'],
    min: 150,
  },
  'surnames.tsv': {
    header: ['surname', 'group', 'note'],
    kindColumn: 'group',
    kinds: ['kinh', 'compound', 'hmong', 'thai', 'tay-nung', 'dao', 'khmer', 'gia-rai', 'e-de', 'cham', 'chinese'],
    required: ['surname', 'group'],
    min: 200,
  },
  'middle-names.tsv': {
    header: ['form', 'gender', 'note'],
    kindColumn: 'gender',
    kinds: ['m', 'f', 'any'],
    required: ['form', 'gender'],
    min: 80,
  },
  'name-particles.tsv': {
    header: ['form', 'kind', 'note'],
    kindColumn: 'kind',
    kinds: ['prefix', 'clan', 'particle'],
    required: ['form', 'kind'],
    min: 15,
  },
  'honorifics.tsv': {
    header: ['form', 'kind', 'note'],
    kindColumn: 'kind',
    kinds: ['honorific', 'plural', 'occupation'],
    required: ['form', 'kind'],
    min: 60,
  },
  'common-words.tsv': {
    header: ['form', 'note'],
    required: ['form'],
    min: 300,
  },
};
const FILES = Object.keys(SPECS);

const load = loadDictionary;

const TONE_MARKS = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);

/**
 * Duplicate key following dictionaries/README.md: ignores case, normalization form, tone-mark
 * placement (hoà = hòa, uỷ = ủy), Ð/Đ and spaces around punctuation. Tone marks are moved to the
 * end of each syllable, so "hòa" and "hoà" agree while "Hà" and "Hạ" stay apart.
 */
function foldKey(s: string): string {
  const mapped = s.replace(/[\u00D0\u0189]/gu, 'Đ').replace(/[\u00F0\u0256]/gu, 'đ');
  const decomposed = mapped.toLowerCase().normalize('NFD');
  const moved = decomposed.replace(/[\p{L}\p{M}]+/gu, (syl) => {
    const chars = [...syl];
    const tones = chars.filter((c) => TONE_MARKS.has(c)).join('');
    const base = chars.filter((c) => !TONE_MARKS.has(c)).join('');
    return base + tones;
  });
  return moved
    .replace(/\s*(\p{P})\s*/gu, '$1')
    .replace(/\s+/gu, ' ')
    .trim()
    .normalize('NFC');
}

const T: Record<string, Table> = Object.fromEntries(FILES.map((f) => [f, load(f)]));

function keyColumn(file: string): string {
  return SPECS[file].header[0];
}

function entries(file: string): Map<string, Row> {
  const m = new Map<string, Row>();
  for (const r of T[file].rows) m.set(foldKey(r[keyColumn(file)]), r);
  return m;
}
const E: Record<string, Map<string, Row>> = Object.fromEntries(FILES.map((f) => [f, entries(f)]));

function find(file: string, form: string): Row | undefined {
  return E[file].get(foldKey(form));
}

describe('foldKey', () => {
  it.each([
    ['hòa', 'hoà'],
    ['Ủy ban', 'Uỷ ban'],
    ['THANH HÓA', 'thanh hoá'],
    ['\u00D0ảng', 'Đảng'],
    ['Kinh tế - Ngân sách', 'Kinh tế-Ngân sách'],
    ['Ho\u0300a', 'Hòa'],
  ])('%s = %s', (a, b) => {
    expect(foldKey(a)).toBe(foldKey(b));
  });
  it.each([
    ['Hà', 'Hạ'],
    ['Vi', 'Vy'],
    ['TP', 'TP.'],
    ['Sĩ', 'Sỹ'],
  ])('%s != %s', (a, b) => {
    expect(foldKey(a)).not.toBe(foldKey(b));
  });
});

describe.each(FILES)('%s: file format', (file) => {
  const spec = SPECS[file];
  const t = T[file];

  it('is NFC with LF line ends and a final newline', () => {
    expect(t.text).toBe(t.text.normalize('NFC'));
    expect(t.text.includes('\r')).toBe(false);
    expect(t.text.endsWith('\n')).toBe(true);
    expect(t.text.charCodeAt(0)).not.toBe(0xfeff);
  });

  it('starts with # lines, one of them a "# source:" line', () => {
    expect(t.text.startsWith('#')).toBe(true);
    expect(t.leading.some((l) => /^# source: \S/u.test(l))).toBe(true);
  });

  it('has the README header', () => {
    expect(t.header).toEqual(spec.header);
  });

  it('has no empty lines', () => {
    const lines = t.text.split('\n').slice(0, -1);
    expect(lines.filter((l) => l.trim() === '')).toEqual([]);
  });

  it('has the right column count on every row', () => {
    const bad = t.raw.filter((r) => r.cells.length !== spec.header.length).map((r) => r.line);
    expect(bad).toEqual([]);
  });

  it('has no leading, trailing or doubled spaces and no underscores in cells', () => {
    const bad: string[] = [];
    for (const r of t.raw) {
      for (const c of r.cells) {
        if (c !== c.trim() || /\s{2}/u.test(c) || /[\u00A0\u200B\u00AD]/u.test(c)) bad.push(`${r.line}: ${c}`);
      }
      if (r.cells[0].includes('_')) bad.push(`${r.line}: ${r.cells[0]}`);
    }
    expect(bad).toEqual([]);
  });

  it('fills the required columns', () => {
    const bad = t.rows.filter((r) => spec.required.some((c) => r[c] === '')).map((r) => JSON.stringify(r));
    expect(bad).toEqual([]);
  });

  if (spec.kindColumn) {
    it(`uses only known values in "${spec.kindColumn}"`, () => {
      const col = spec.kindColumn as string;
      const bad = t.rows.filter((r) => !(spec.kinds ?? []).includes(r[col])).map((r) => `${r[spec.header[0]]}: ${r[col]}`);
      expect(bad).toEqual([]);
    });
  }

  it('has no duplicate forms (case, tone placement and Ð folded)', () => {
    const seen = new Map<string, string>();
    const dups: string[] = [];
    for (const r of t.rows) {
      const form = r[spec.header[0]];
      const k = foldKey(form);
      const prev = seen.get(k);
      if (prev !== undefined) dups.push(`${prev} / ${form}`);
      else seen.set(k, form);
    }
    expect(dups).toEqual([]);
  });

  it(`has at least ${spec.min} entries`, () => {
    expect(t.rows.length).toBeGreaterThanOrEqual(spec.min);
  });
});

describe('titles.tsv content', () => {
  it.each([
    ['Tổng Bí thư', 'head'],
    ['Bí thư', 'head'],
    ['Ủy viên', 'head'],
    ['Trưởng ban', 'head'],
    ['Chủ nhiệm', 'head'],
    ['Chánh Văn phòng', 'head'],
    ['Chủ tịch nước', 'head'],
    ['Chủ tịch', 'head'],
    ['Thủ tướng', 'head'],
    ['Bộ trưởng', 'head'],
    ['Thứ trưởng', 'head'],
    ['Tổng Kiểm toán Nhà nước', 'head'],
    ['Thống đốc', 'head'],
    ['Tổng Thanh tra', 'head'],
    ['Đại biểu', 'head'],
    ['Trưởng đoàn', 'head'],
    ['Tổng Thư ký', 'head'],
    ['Cục trưởng', 'head'],
    ['Vụ trưởng', 'head'],
    ['Tổng cục trưởng', 'head'],
    ['Giám đốc', 'head'],
    ['Trưởng phòng', 'head'],
    ['Chánh Thanh tra', 'head'],
    ['Trưởng thôn', 'head'],
    ['Trưởng ấp', 'head'],
    ['Tổ trưởng', 'head'],
    ['Tư lệnh', 'head'],
    ['Chính ủy', 'head'],
    ['Tham mưu trưởng', 'head'],
    ['Chỉ huy trưởng', 'head'],
    ['Chính trị viên', 'head'],
    ['Đồn trưởng', 'head'],
    ['Trung đoàn trưởng', 'head'],
    ['Chánh án', 'head'],
    ['Thẩm phán', 'head'],
    ['Viện trưởng', 'head'],
    ['Kiểm sát viên', 'head'],
    ['Hội thẩm', 'head'],
    ['Điều tra viên', 'head'],
    ['Đại sứ', 'head'],
    ['Tổng Lãnh sự', 'head'],
    ['Tổng thống', 'head'],
    ['Quốc vương', 'head'],
    ['Nhà vua', 'head'],
    ['Hoàng tử', 'head'],
    ['Hiệu trưởng', 'head'],
    ['Hiệu phó', 'head'],
    ['Cục phó', 'head'],
    ['Vụ phó', 'head'],
    ['Trưởng khoa', 'head'],
    ['Tổng Giám đốc', 'head'],
    ['Kế toán trưởng', 'head'],
    ['CEO', 'head'],
    ['Giám đốc điều hành', 'head'],
    ['Tổng Biên tập', 'head'],
    ['Hòa thượng', 'head'],
    ['Thượng tọa', 'head'],
    ['Đại đức', 'head'],
    ['Giám mục', 'head'],
    ['Tổng Giám mục', 'head'],
    ['Linh mục', 'head'],
    ['Hồng y', 'head'],
    ['Mục sư', 'head'],
    ['Giáo hoàng', 'head'],
    ['Bí thư thứ nhất', 'head'],
    ['Phó', 'modifier'],
    ['Quyền', 'modifier'],
    ['Thường trực', 'post'],
    ['chuyên trách', 'post'],
    ['dự khuyết', 'post'],
    ['kiêm nhiệm', 'post'],
    ['phụ trách', 'post'],
    ['nguyên', 'status'],
    ['tân', 'status'],
    ['cựu', 'status'],
    ['Đại tướng', 'rank'],
    ['Thượng tướng', 'rank'],
    ['Trung tướng', 'rank'],
    ['Thiếu tướng', 'rank'],
    ['Đại tá', 'rank'],
    ['Thượng tá', 'rank'],
    ['Trung tá', 'rank'],
    ['Thiếu tá', 'rank'],
    ['Đại úy', 'rank'],
    ['Thượng úy', 'rank'],
    ['Trung úy', 'rank'],
    ['Thiếu úy', 'rank'],
    ['Thượng sĩ', 'rank'],
    ['Trung sĩ', 'rank'],
    ['Hạ sĩ', 'rank'],
    ['Binh nhất', 'rank'],
    ['Binh nhì', 'rank'],
    ['Đô đốc', 'rank'],
    ['Phó Đô đốc', 'rank'],
    ['Chuẩn Đô đốc', 'rank'],
    ['GS', 'prefix'],
    ['PGS', 'prefix'],
    ['TS', 'prefix'],
    ['TSKH', 'prefix'],
    ['ThS', 'prefix'],
    ['CN', 'prefix'],
    ['BS', 'prefix'],
    ['BSCKI', 'prefix'],
    ['BSCKII', 'prefix'],
    ['DS', 'prefix'],
    ['KS', 'prefix'],
    ['LS', 'prefix'],
    ['KTS', 'prefix'],
    ['GS.TS', 'prefix'],
    ['PGS.TS', 'prefix'],
    ['TS.BS', 'prefix'],
    ['Giáo sư', 'prefix'],
    ['Phó Giáo sư', 'prefix'],
    ['Tiến sĩ', 'prefix'],
    ['Thạc sĩ', 'prefix'],
    ['Bác sĩ', 'prefix'],
    ['NSND', 'prefix'],
    ['NSƯT', 'prefix'],
    ['NGND', 'prefix'],
    ['NGƯT', 'prefix'],
    ['TTND', 'prefix'],
    ['TTƯT', 'prefix'],
    ['Anh hùng Lao động', 'prefix'],
    ['Anh hùng Lực lượng vũ trang nhân dân', 'prefix'],
    ['Nghệ sĩ Nhân dân', 'prefix'],
    ['Nhà giáo Ưu tú', 'prefix'],
  ])('%s is a %s', (form, kind) => {
    expect(find('titles.tsv', form)?.kind).toBe(kind);
  });

  // ministers named by their field without "Bộ" ("Bộ trưởng Ngoại giao Đức"): the field is no organization of its own,
  // so these are heads; with "Bộ" the title and the ministry are composed ("Bộ trưởng Bộ Ngoại giao")
  it.each([['Bộ trưởng Ngoại giao'], ['Bộ trưởng Quốc phòng'], ['Thứ trưởng Ngoại giao'], ['Trợ lý Bộ trưởng']])('lists the minister form %s', (form) => {
    expect(find('titles.tsv', form)?.kind).toBe('head');
  });

  it.each([['uỷ viên'], ['CHÍNH UỶ'], ['đại uý'], ['hoà thượng'], ['Tổng giám đốc'], ['phó đô đốc']])(
    'matches the variant spelling %s',
    (form) => {
      expect(find('titles.tsv', form)).toBeDefined();
    },
  );

  it.each([
    ['tổ chức'],
    ['Phó Chủ tịch'],
    ['Phó Bí thư'],
    ['Phó Giám đốc'],
    ['Phó Thủ tướng'],
    ['Bộ trưởng Bộ Ngoại giao'],
    ['Bộ trưởng Ngoại giao Trung Quốc'],
    ['Giám đốc Bệnh viện'],
    ['Tổng Thư ký Liên hợp quốc'],
    ['Chủ tịch HĐQT'],
    ['Nguyễn'],
    ['Hà Nội'],
    ['ông'],
    ['Bộ Y tế'],
  ])('does not list %s', (form) => {
    expect(find('titles.tsv', form)).toBeUndefined();
  });

  it('gives status words a former/new canonical', () => {
    const statuses = T['titles.tsv'].rows.filter((r) => r.kind === 'status');
    expect(statuses.length).toBeGreaterThanOrEqual(3);
    for (const r of statuses) expect(['former', 'new']).toContain(r.canonical);
    expect(find('titles.tsv', 'nguyên')?.canonical).toBe('former');
    expect(find('titles.tsv', 'cựu')?.canonical).toBe('former');
    expect(find('titles.tsv', 'tân')?.canonical).toBe('new');
  });

  it('lists heads without a leading "Phó " except ranks and prefixes', () => {
    const bad = T['titles.tsv'].rows.filter((r) => r.kind === 'head' && /^Phó\s/u.test(r.form));
    // fused short forms ("Phó ban", "Phó phòng", "Phó khoa") and titles of their own ("Phó tế", "Phó xứ") are allowed because their second word is no head
    const allowed = new Set(['Phó ban', 'Phó phòng', 'Phó khoa', 'Phó tế', 'Phó xứ'].map(foldKey));
    expect(bad.filter((r) => !allowed.has(foldKey(r.form))).map((r) => r.form)).toEqual([]);
  });

  it('has at least 150 heads and all 20 ranks', () => {
    const heads = T['titles.tsv'].rows.filter((r) => r.kind === 'head');
    expect(heads.length).toBeGreaterThanOrEqual(150);
    const ranks = T['titles.tsv'].rows.filter((r) => r.kind === 'rank');
    expect(ranks.length).toBeGreaterThanOrEqual(20);
  });

  it('expands abbreviation-like prefixes in canonical', () => {
    expect(find('titles.tsv', 'PGS.TS')?.canonical).toBe('Phó Giáo sư, Tiến sĩ');
    expect(find('titles.tsv', 'NSƯT')?.canonical).toBe('Nghệ sĩ Ưu tú');
    expect(find('titles.tsv', 'CEO')?.canonical).toBe('Giám đốc điều hành');
  });
});

describe('organizations.tsv content', () => {
  it.each([
    ['Quốc hội', 'body'],
    ['Chính phủ', 'body'],
    ['Bộ Chính trị', 'body'],
    ['Ban Bí thư', 'body'],
    ['Ban Chấp hành Trung ương Đảng', 'body'],
    ['Trung ương Đảng', 'body'],
    ['Đảng Cộng sản Việt Nam', 'body'],
    ['Mặt trận Tổ quốc Việt Nam', 'body'],
    ['Ủy ban Thường vụ Quốc hội', 'body'],
    ['Hội đồng Dân tộc', 'body'],
    ['Ủy ban Pháp luật', 'body'],
    ['Ủy ban Pháp luật và Tư pháp', 'body'],
    ['Ủy ban Kinh tế và Tài chính', 'body'],
    ['Ủy ban Quốc phòng, An ninh và Đối ngoại', 'body'],
    ['Ủy ban Văn hóa và Xã hội', 'body'],
    ['Ủy ban Khoa học, Công nghệ và Môi trường', 'body'],
    ['Ủy ban Công tác đại biểu', 'body'],
    ['Ủy ban Dân nguyện và Giám sát', 'body'],
    ['Bộ Kế hoạch và Đầu tư', 'body'],
    ['Bộ Giao thông vận tải', 'body'],
    ['Bộ Nông nghiệp và Phát triển nông thôn', 'body'],
    ['Bộ Tài nguyên và Môi trường', 'body'],
    ['Bộ Thông tin và Truyền thông', 'body'],
    ['Bộ Lao động - Thương binh và Xã hội', 'body'],
    ['Bộ Nông nghiệp và Môi trường', 'body'],
    ['Bộ Dân tộc và Tôn giáo', 'body'],
    ['Bộ Công an', 'body'],
    ['Bộ Quốc phòng', 'body'],
    ['Bộ Y tế', 'body'],
    ['Bộ Văn hóa, Thể thao và Du lịch', 'body'],
    ['Ủy ban Dân tộc', 'body'],
    ['Ban Tuyên giáo và Dân vận Trung ương', 'body'],
    ['Ban Tổ chức Trung ương', 'body'],
    ['Ban Chính sách, chiến lược Trung ương', 'body'],
    ['Tòa án nhân dân tối cao', 'body'],
    ['Viện kiểm sát nhân dân tối cao', 'body'],
    ['Kiểm toán Nhà nước', 'level'],
    ['Ngân hàng Nhà nước Việt Nam', 'body'],
    ['Thanh tra Chính phủ', 'body'],
    ['Văn phòng Chính phủ', 'body'],
    ['Văn phòng Quốc hội', 'body'],
    ['Quân ủy Trung ương', 'body'],
    ['Bộ Tổng Tham mưu', 'body'],
    ['Tổng cục Chính trị', 'body'],
    ['Quân khu 1', 'body'],
    ['Quân khu 7', 'body'],
    ['Quân khu 9', 'body'],
    ['Quân chủng Hải quân', 'body'],
    ['Quân chủng Phòng không - Không quân', 'body'],
    ['Bộ Tư lệnh Cảnh sát biển', 'body'],
    ['Bộ đội Biên phòng Việt Nam', 'body'],
    ['Bộ đội Biên phòng', 'level'],
    ['Bộ Tư lệnh Thủ đô Hà Nội', 'body'],
    ['Cục Cảnh sát hình sự', 'body'],
    ['Cục An ninh điều tra', 'body'],
    ['Tập đoàn Điện lực Việt Nam', 'body'],
    ['Tập đoàn Dầu khí Việt Nam', 'body'],
    ['Vietcombank', 'body'],
    ['BIDV', 'body'],
    ['Agribank', 'body'],
    ['VietinBank', 'body'],
    ['Viettel', 'body'],
    ['VNPT', 'body'],
    ['Vingroup', 'body'],
    ['FPT', 'body'],
    ['Đại học Quốc gia Hà Nội', 'body'],
    ['Đại học Bách khoa Hà Nội', 'body'],
    ['Bệnh viện Bạch Mai', 'body'],
    ['Bệnh viện Chợ Rẫy', 'body'],
    ['Báo Nhân Dân', 'body'],
    ['Báo Quân đội nhân dân', 'body'],
    ['Đài Truyền hình Việt Nam', 'body'],
    ['Đài Tiếng nói Việt Nam', 'body'],
    ['Thông tấn xã Việt Nam', 'body'],
    ['VnExpress', 'body'],
    ['Tuổi Trẻ', 'body'],
    ['Thanh Niên', 'body'],
    ['Liên hợp quốc', 'body'],
    ['ASEAN', 'body'],
    ['Ngân hàng Thế giới', 'body'],
    ['Quỹ Tiền tệ Quốc tế', 'body'],
    ['Đảng', 'body'],
    ['Trung ương', 'body'],
    ['Mặt trận', 'body'],
    ['Nhà nước', 'body'],
    ['Tỉnh ủy', 'committee'],
    ['Thành ủy', 'committee'],
    ['Huyện ủy', 'committee'],
    ['Quận ủy', 'committee'],
    ['Thị ủy', 'committee'],
    ['Đảng ủy', 'committee'],
    ['Chi bộ', 'committee'],
    ['Đảng bộ', 'committee'],
    ['Tỉnh đoàn', 'committee'],
    ['Thành đoàn', 'committee'],
    ['Huyện đoàn', 'committee'],
    ['Ủy ban nhân dân', 'level'],
    ['Hội đồng nhân dân', 'level'],
    ['Công an', 'level'],
    ['Tòa án nhân dân', 'level'],
    ['Viện kiểm sát nhân dân', 'level'],
    ['Ủy ban Mặt trận Tổ quốc Việt Nam', 'level'],
    ['Ủy ban MTTQ Việt Nam', 'level'],
    ['Liên đoàn Lao động', 'level'],
    ['Hội Liên hiệp Phụ nữ', 'level'],
    ['Hội Nông dân', 'level'],
    ['Hội Cựu chiến binh', 'level'],
    ['Đoàn Đại biểu Quốc hội', 'level'],
    ['Đoàn ĐBQH', 'level'],
    ['Bộ Chỉ huy Quân sự', 'level'],
    ['Ban Chỉ huy Quân sự', 'level'],
    ['Bộ Chỉ huy Bộ đội Biên phòng', 'level'],
    ['Ban Chỉ huy Bộ đội Biên phòng', 'level'],
    ['Kho bạc Nhà nước', 'level'],
    ['Cục Thuế', 'level'],
    ['Cục Hải quan', 'level'],
    ['Chi cục Thuế', 'level'],
    ['Thanh tra', 'level'],
    ['Văn phòng UBND', 'level'],
    ['Sở Y tế', 'level'],
    ['Sở Giáo dục và Đào tạo', 'level'],
    ['Sở Tài chính', 'level'],
    ['Sở Kế hoạch và Đầu tư', 'level'],
    ['Sở Nội vụ', 'level'],
    ['Sở Tư pháp', 'level'],
    ['Sở Xây dựng', 'level'],
    ['Sở Giao thông vận tải', 'level'],
    ['Sở Tài nguyên và Môi trường', 'level'],
    ['Sở Nông nghiệp và Phát triển nông thôn', 'level'],
    ['Sở Nông nghiệp và Môi trường', 'level'],
    ['Sở Công Thương', 'level'],
    ['Sở Khoa học và Công nghệ', 'level'],
    ['Sở Thông tin và Truyền thông', 'level'],
    ['Sở Lao động - Thương binh và Xã hội', 'level'],
    ['Sở Văn hóa, Thể thao và Du lịch', 'level'],
    ['Sở Ngoại vụ', 'level'],
    ['Sở Dân tộc và Tôn giáo', 'level'],
    ['Ban Thường vụ', 'sub'],
    ['Thường trực', 'sub'],
    ['Ủy ban Kiểm tra', 'sub'],
    ['Ban Tổ chức', 'sub'],
    ['Ban Tuyên giáo', 'sub'],
    ['Ban Dân vận', 'sub'],
    ['Ban Tuyên giáo và Dân vận', 'sub'],
    ['Ban Nội chính', 'sub'],
    ['Ban Kinh tế', 'sub'],
    ['Văn phòng', 'sub'],
    ['Ban Chấp hành', 'sub'],
    ['Ban Pháp chế', 'sub'],
    ['Ban Kinh tế - Ngân sách', 'sub'],
    ['Ban Văn hóa - Xã hội', 'sub'],
    ['Ban Dân tộc', 'sub'],
    ['Phòng Cảnh sát hình sự', 'sub'],
    ['Phòng Cảnh sát giao thông', 'sub'],
    ['Phòng Cảnh sát điều tra tội phạm về ma túy', 'sub'],
    ['Cơ quan Cảnh sát điều tra', 'sub'],
    ['Cơ quan An ninh điều tra', 'sub'],
    ['Thường trực HĐND', 'sub'],
    ['Trường', 'head'],
    ['Trường Đại học', 'head'],
    ['Trường Cao đẳng', 'head'],
    ['Trường THPT', 'head'],
    ['Trường THCS', 'head'],
    ['Trường Tiểu học', 'head'],
    ['Trường Mầm non', 'head'],
    ['Đại học', 'head'],
    ['Học viện', 'head'],
    ['Viện', 'head'],
    ['Bệnh viện', 'head'],
    ['Trung tâm Y tế', 'head'],
    ['Công ty', 'head'],
    ['Công ty Cổ phần', 'head'],
    ['Công ty TNHH', 'head'],
    ['Công ty TNHH MTV', 'head'],
    ['Tổng công ty', 'head'],
    ['Tập đoàn', 'head'],
    ['Ngân hàng TMCP', 'head'],
    ['Ngân hàng', 'head'],
    ['Hợp tác xã', 'head'],
    ['Quỹ', 'head'],
    ['Báo', 'head'],
    ['Tạp chí', 'head'],
    ['Đài Phát thanh và Truyền hình', 'head'],
    ['Nhà xuất bản', 'head'],
    ['Câu lạc bộ', 'head'],
    ['Hội', 'head'],
    ['Hiệp hội', 'head'],
    ['Liên đoàn', 'head'],
    ['Nhà máy', 'head'],
    ['Khu công nghiệp', 'head'],
    ['Ban Quản lý', 'head'],
  ])('%s is a %s', (form, kind) => {
    expect(find('organizations.tsv', form)?.kind).toBe(kind);
  });

  it.each([['Quân khu 2'], ['Quân khu 3'], ['Quân khu 4'], ['Quân khu 5'], ['Quân khu 6'], ['Quân khu 8']])(
    'lists %s',
    (form) => {
      expect(find('organizations.tsv', form)).toBeDefined();
    },
  );

  it.each([['uỷ ban nhân dân'], ['TOÀ ÁN NHÂN DÂN TỐI CAO'], ['Thành uỷ'], ['Bộ Văn hoá, Thể thao và Du lịch']])(
    'matches the variant spelling %s',
    (form) => {
      expect(find('organizations.tsv', form)).toBeDefined();
    },
  );

  it.each([['C03'], ['PC02'], ['A05'], ['Hà Nội'], ['Việt Nam'], ['tỉnh'], ['Bí thư'], ['Chủ tịch UBND tỉnh'], ['Tổ chức']])(
    'does not list %s',
    (form) => {
      expect(find('organizations.tsv', form)).toBeUndefined();
    },
  );

  it('marks generic capitalised references as ambiguous', () => {
    for (const form of ['Đảng', 'Trung ương', 'Mặt trận', 'Nhà nước']) {
      expect(find('organizations.tsv', form)?.note).toMatch(/ambiguous/u);
    }
  });
});

describe('abbreviations.tsv content', () => {
  it.each([
    ['UBND', 'Ủy ban nhân dân', 'level'],
    ['HĐND', 'Hội đồng nhân dân', 'level'],
    ['MTTQ', 'Mặt trận Tổ quốc', 'level'],
    ['UBMTTQ', 'Ủy ban Mặt trận Tổ quốc', 'level'],
    ['ĐBQH', 'Đại biểu Quốc hội', 'title'],
    ['UBTVQH', 'Ủy ban Thường vụ Quốc hội', 'org'],
    ['UVTƯ', 'Ủy viên Trung ương', 'title'],
    ['UVT.Ư', 'Ủy viên Trung ương', 'title'],
    ['TƯ', 'Trung ương', 'org'],
    ['TW', 'Trung ương', 'org'],
    ['T.Ư', 'Trung ương', 'org'],
    ['TUV', 'Tỉnh ủy viên', 'title'],
    ['HUV', 'Huyện ủy viên', 'title'],
    ['BTV', 'Ban Thường vụ', 'sub'],
    ['BCH', 'Ban Chấp hành', 'sub'],
    ['UBKT', 'Ủy ban Kiểm tra', 'sub'],
    ['TAND', 'Tòa án nhân dân', 'level'],
    ['TANDTC', 'Tòa án nhân dân tối cao', 'org'],
    ['VKSND', 'Viện kiểm sát nhân dân', 'level'],
    ['VKSNDTC', 'Viện kiểm sát nhân dân tối cao', 'org'],
    ['THADS', 'Thi hành án dân sự', 'level'],
    ['CA', 'Công an', 'level'],
    ['CAND', 'Công an nhân dân', 'org'],
    ['QĐND', 'Quân đội nhân dân', 'org'],
    ['BCA', 'Bộ Công an', 'org'],
    ['BQP', 'Bộ Quốc phòng', 'org'],
    ['BCHQS', 'Ban Chỉ huy Quân sự', 'level'],
    ['Bộ CHQS', 'Bộ Chỉ huy Quân sự', 'level'],
    ['BĐBP', 'Bộ đội Biên phòng', 'level'],
    ['QK', 'Quân khu', 'head'],
    ['LĐLĐ', 'Liên đoàn Lao động', 'level'],
    ['HLHPN', 'Hội Liên hiệp Phụ nữ', 'level'],
    ['Hội LHPN', 'Hội Liên hiệp Phụ nữ', 'level'],
    ['HND', 'Hội Nông dân', 'level'],
    ['HCCB', 'Hội Cựu chiến binh', 'level'],
    ['HĐQT', 'Hội đồng quản trị', 'sub'],
    ['HĐTV', 'Hội đồng thành viên', 'sub'],
    ['TGĐ', 'Tổng Giám đốc', 'title'],
    ['GĐ', 'Giám đốc', 'title'],
    ['PGĐ', 'Phó Giám đốc', 'title'],
    ['CT', 'Chủ tịch', 'title'],
    ['PCT', 'Phó Chủ tịch', 'title'],
    ['BT', 'Bí thư', 'title'],
    ['PBT', 'Phó Bí thư', 'title'],
    ['CTCP', 'Công ty cổ phần', 'head'],
    ['TNHH', 'trách nhiệm hữu hạn', 'head'],
    ['MTV', 'một thành viên', 'head'],
    ['TMCP', 'thương mại cổ phần', 'head'],
    ['TCT', 'Tổng công ty', 'head'],
    ['NHNN', 'Ngân hàng Nhà nước Việt Nam', 'org'],
    ['KH&CN', 'Khoa học và Công nghệ', 'other'],
    ['GD&ĐT', 'Giáo dục và Đào tạo', 'other'],
    ['NN&PTNT', 'Nông nghiệp và Phát triển nông thôn', 'other'],
    ['TN&MT', 'Tài nguyên và Môi trường', 'other'],
    ['TT&TT', 'Thông tin và Truyền thông', 'other'],
    ['LĐ-TB&XH', 'Lao động - Thương binh và Xã hội', 'other'],
    ['VH-TT&DL', 'Văn hóa, Thể thao và Du lịch', 'other'],
    ['KH&ĐT', 'Kế hoạch và Đầu tư', 'other'],
    ['GTVT', 'Giao thông vận tải', 'other'],
    ['THPT', 'Trung học phổ thông', 'other'],
    ['THCS', 'Trung học cơ sở', 'other'],
    ['ĐH', 'Đại học', 'head'],
    ['CĐ', 'Cao đẳng', 'head'],
    ['BV', 'Bệnh viện', 'head'],
    ['TTYT', 'Trung tâm Y tế', 'head'],
    ['CDC', 'Trung tâm Kiểm soát bệnh tật', 'level'],
    ['VTV', 'Đài Truyền hình Việt Nam', 'org'],
    ['VOV', 'Đài Tiếng nói Việt Nam', 'org'],
    ['TTXVN', 'Thông tấn xã Việt Nam', 'org'],
    ['PV', 'phóng viên', 'other'],
    ['KCN', 'Khu công nghiệp', 'head'],
    ['BQL', 'Ban Quản lý', 'head'],
    ['TP', 'thành phố', 'place-level'],
    ['TX', 'thị xã', 'place-level'],
    ['TT', 'thị trấn', 'place-level'],
    ['PC02', 'Phòng Cảnh sát hình sự', 'sub'],
    ['PC06', 'Phòng Cảnh sát quản lý hành chính về trật tự xã hội', 'sub'],
    ['PC08', 'Phòng Cảnh sát giao thông', 'sub'],
    ['PC47', 'Phòng Cảnh sát điều tra tội phạm về ma túy', 'sub'],
    ['C03', 'Cục Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu', 'org'],
    ['A05', 'Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao', 'org'],
    ['GS.TS', 'Giáo sư, Tiến sĩ', 'prefix'],
    ['NSND', 'Nghệ sĩ Nhân dân', 'prefix'],
    ['SN', 'sinh năm', 'other'],
    ['ĐVHC', 'đơn vị hành chính', 'other'],
  ])('%s = %s (%s)', (abbr, expansion, type) => {
    const r = find('abbreviations.tsv', abbr);
    expect(r?.expansion).toBe(expansion);
    expect(r?.type).toBe(type);
  });

  it.each([['PC03'], ['Bộ GD&ĐT'], ['Sở GD&ĐT'], ['BCH TƯ'], ['UBMTTQVN'], ['Đoàn TNCS HCM'], ['BCT'], ['BBT'], ['UVBTV']])(
    'lists %s',
    (abbr) => {
      expect(find('abbreviations.tsv', abbr)).toBeDefined();
    },
  );

  it.each([['Ủy ban nhân dân'], ['Nguyễn'], ['Hà Nội']])('does not list the full word %s', (form) => {
    expect(find('abbreviations.tsv', form)).toBeUndefined();
  });

  it('keeps police codes out of organizations.tsv and in abbreviations.tsv', () => {
    const codes = T['abbreviations.tsv'].rows.filter((r) => /^[A-Z]{1,2}\d{2}$/u.test(r.abbr));
    expect(codes.length).toBeGreaterThanOrEqual(15);
    for (const r of codes) expect(find('organizations.tsv', r.abbr)).toBeUndefined();
  });
});

describe('surnames.tsv content', () => {
  it.each([
    ['Nguyễn', 'kinh'],
    ['Trần', 'kinh'],
    ['Lê', 'kinh'],
    ['Phạm', 'kinh'],
    ['Hoàng', 'kinh'],
    ['Huỳnh', 'kinh'],
    ['Phan', 'kinh'],
    ['Vũ', 'kinh'],
    ['Võ', 'kinh'],
    ['Đặng', 'kinh'],
    ['Bùi', 'kinh'],
    ['Đỗ', 'kinh'],
    ['Hồ', 'kinh'],
    ['Ngô', 'kinh'],
    ['Dương', 'kinh'],
    ['Lý', 'kinh'],
    ['Tôn Thất', 'compound'],
    ['Tôn Nữ', 'compound'],
    ['Âu Dương', 'compound'],
    ['Nguyễn Phước', 'compound'],
    ['Công Tằng Tôn Nữ', 'compound'],
    ['Giàng', 'hmong'],
    ['Sùng', 'hmong'],
    ['Thào', 'hmong'],
    ['Vàng', 'hmong'],
    ['Hầu', 'hmong'],
    ['Lầu', 'hmong'],
    ['Mùa', 'hmong'],
    ['Vừ', 'hmong'],
    ['Lò', 'thai'],
    ['Cầm', 'thai'],
    ['Lường', 'thai'],
    ['Quàng', 'thai'],
    ['Tòng', 'thai'],
    ['Vi', 'thai'],
    ['Nông', 'tay-nung'],
    ['Bế', 'tay-nung'],
    ['Ma', 'tay-nung'],
    ['Lục', 'tay-nung'],
    ['Đàm', 'tay-nung'],
    ['Sầm', 'tay-nung'],
    ['Lăng', 'tay-nung'],
    ['Triệu', 'dao'],
    ['Bàn', 'dao'],
    ['Phàn', 'dao'],
    ['Tẩn', 'dao'],
    ['Chảo', 'dao'],
    ['Thạch', 'khmer'],
    ['Sơn', 'khmer'],
    ['Danh', 'khmer'],
    ['Chau', 'khmer'],
    ['Ksor', 'gia-rai'],
    ['Siu', 'gia-rai'],
    ['Nay', 'gia-rai'],
    ['Rơ Châm', 'gia-rai'],
    ['Rơ Mah', 'gia-rai'],
    ['Kpă', 'gia-rai'],
    ['Rah Lan', 'gia-rai'],
    ['Niê', 'e-de'],
    ['Tập', 'chinese'],
  ])('%s is %s', (surname, group) => {
    expect(find('surnames.tsv', surname)?.group).toBe(group);
  });

  it.each([['Kim'], ['Vương'], ['Trương'], ['Đoàn'], ['Ông'], ['Đồng'], ['Mai'], ['Cao'], ['Lâm'], ['Giang'], ['Hà'], ['Châu']])(
    'lists %s',
    (surname) => {
      expect(find('surnames.tsv', surname)).toBeDefined();
    },
  );

  it.each([['Phó'], ['Quyền'], ['Đoàn'], ['Ông'], ['Đồng'], ['Mai'], ['Cao'], ['Hồ'], ['Lâm'], ['Giang'], ['Hà'], ['Sơn'], ['Châu'], ['Kim']])(
    'marks %s as ambiguous',
    (surname) => {
      expect(find('surnames.tsv', surname)?.note).toMatch(/ambiguous/u);
    },
  );

  it.each([['Hà Nội'], ['Thái Bình'], ['Hồ Chí Minh'], ['Văn Thị'], ['Thị'], ['Thủ tướng'], ['Bí thư']])('does not list %s', (form) => {
    expect(find('surnames.tsv', form)).toBeUndefined();
  });

  it('has surnames of one to four syllables only', () => {
    const bad = T['surnames.tsv'].rows.filter((r) => r.surname.split(' ').length > 4);
    expect(bad).toEqual([]);
  });
});

describe('middle-names.tsv content', () => {
  it.each([
    ['Văn', 'm'],
    ['Thị', 'f'],
    ['Hữu', 'm'],
    ['Đức', 'm'],
    ['Công', 'm'],
    ['Quang', 'm'],
    ['Minh', 'any'],
    ['Đình', 'm'],
    ['Xuân', 'any'],
    ['Thanh', 'any'],
    ['Ngọc', 'any'],
    ['Quốc', 'm'],
    ['A', 'm'],
    ['Seo', 'm'],
    ['Mí', 'any'],
    ['Pháy', 'm'],
    ['Dúng', 'm'],
  ])('%s is %s', (form, gender) => {
    expect(find('middle-names.tsv', form)?.gender).toBe(gender);
  });
  it.each([['Nguyễn'], ['Hà Nội'], ['ông']])('does not list %s', (form) => {
    expect(find('middle-names.tsv', form)).toBeUndefined();
  });
});

describe('name-particles.tsv content', () => {
  it.each([
    ['Y', 'prefix'],
    ["H'", 'prefix'],
    ['H', 'prefix'],
    ['Niê', 'clan'],
    ['Niê Kdam', 'clan'],
    ['Kđăm', 'clan'],
    ['Êban', 'clan'],
    ['Mlô', 'clan'],
    ['Byă', 'clan'],
    ['Adrơng', 'clan'],
    ['Ayun', 'clan'],
    ['Buôn Yă', 'clan'],
    ['Phêrô', 'prefix'],
    ['Giuse', 'prefix'],
    ['Maria', 'prefix'],
    ['von', 'particle'],
    ['van', 'particle'],
    ['der', 'particle'],
  ])('%s is a %s', (form, kind) => {
    expect(find('name-particles.tsv', form)?.kind).toBe(kind);
  });
  it.each([['Ksor'], ['Nguyễn'], ['Thích']])('does not list the first-position surname %s', (form) => {
    expect(find('name-particles.tsv', form)).toBeUndefined();
  });
});

describe('honorifics.tsv content', () => {
  it.each([
    ['đồng chí', 'honorific'],
    ['đ/c', 'honorific'],
    ['Đ/c', 'honorific'],
    ['ông', 'honorific'],
    ['bà', 'honorific'],
    ['anh', 'honorific'],
    ['chị', 'honorific'],
    ['em', 'honorific'],
    ['cháu', 'honorific'],
    ['cụ', 'honorific'],
    ['cụ ông', 'honorific'],
    ['cụ bà', 'honorific'],
    ['thầy', 'honorific'],
    ['cô', 'honorific'],
    ['chú', 'honorific'],
    ['bác', 'honorific'],
    ['ngài', 'honorific'],
    ['phu nhân', 'honorific'],
    ['Đức', 'honorific'],
    ['các đồng chí', 'plural'],
    ['các ông', 'plural'],
    ['các bà', 'plural'],
    ['hai ông', 'plural'],
    ['hai bà', 'plural'],
    ['bị cáo', 'occupation'],
    ['bị can', 'occupation'],
    ['nghi phạm', 'occupation'],
    ['đối tượng', 'occupation'],
    ['nạn nhân', 'occupation'],
    ['tài xế', 'occupation'],
    ['HLV', 'occupation'],
    ['tiền vệ', 'occupation'],
    ['tiền đạo', 'occupation'],
    ['thủ môn', 'occupation'],
    ['ca sĩ', 'occupation'],
    ['nhạc sĩ', 'occupation'],
    ['diễn viên', 'occupation'],
    ['đạo diễn', 'occupation'],
    ['nhà báo', 'occupation'],
    ['nhà văn', 'occupation'],
    ['họa sĩ', 'occupation'],
    ['kỳ thủ', 'occupation'],
    ['vận động viên', 'occupation'],
    ['VĐV', 'occupation'],
    ['sinh viên', 'occupation'],
    ['học sinh', 'occupation'],
    ['bệnh nhân', 'occupation'],
    ['giáo viên', 'occupation'],
    ['nông dân', 'occupation'],
    ['công nhân', 'occupation'],
    ['tiểu thương', 'occupation'],
    ['doanh nhân', 'occupation'],
  ])('%s is a %s', (form, kind) => {
    expect(find('honorifics.tsv', form)?.kind).toBe(kind);
  });
  it.each([['Bí thư'], ['Đại tá'], ['GS'], ['Nguyễn']])('does not list the title or name %s', (form) => {
    expect(find('honorifics.tsv', form)).toBeUndefined();
  });
});

describe('common-words.tsv content', () => {
  it.each([
    'Theo', 'Được', 'Những', 'Trong', 'Tại', 'Sau', 'Trước', 'Khi', 'Với', 'Các', 'Một', 'Hai', 'Ba', 'Đây', 'Đó',
    'Nhân', 'Dự', 'Phát', 'Tham', 'Cùng', 'Ngoài', 'Bên', 'Hiện', 'Năm', 'Ngày', 'Tháng', 'Sáng', 'Chiều', 'Tối',
    'Đêm', 'Thứ', 'Chủ', 'Ông', 'Bà', 'Anh', 'Chị', 'Phó', 'Quyền', 'Đoàn', 'Nguyên', 'Tân', 'Chánh', 'Trung', 'Đại',
    'Tư', 'Hải', 'Sơn', 'Bình', 'An', 'Nam', 'Bắc', 'Đông', 'Tổ chức',
  ])('lists %s', (form) => {
    expect(find('common-words.tsv', form)).toBeDefined();
  });

  it.each([
    'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hà Nội', 'Thủ tướng', 'Bí thư', 'Chủ tịch', 'Quốc hội', 'Chính phủ', 'Đảng',
    'Nhà nước', 'Thanh tra', 'Tỉnh ủy', 'Thanh Niên', 'Tuổi Trẻ', 'Dân trí',
  ])('does not list the name, title or body %s', (form) => {
    expect(find('common-words.tsv', form)).toBeUndefined();
  });

  it('starts every entry with a capital letter', () => {
    const bad = T['common-words.tsv'].rows.filter((r) => !/^\p{Lu}/u.test(r.form)).map((r) => r.form);
    expect(bad).toEqual([]);
  });
});

describe('cross-file consistency', () => {
  it('keeps organization bodies, committees and levels out of common-words', () => {
    const clash = T['organizations.tsv'].rows
      .filter((r) => r.kind !== 'head' && find('common-words.tsv', r.form))
      .map((r) => r.form);
    expect(clash).toEqual([]);
  });

  it('keeps title heads out of common-words', () => {
    const clash = T['titles.tsv'].rows
      .filter((r) => r.kind === 'head' && find('common-words.tsv', r.form))
      .map((r) => r.form);
    expect(clash).toEqual([]);
  });

  it('lists every surname note with "ambiguous" when the surname is also a common word', () => {
    const missing = T['surnames.tsv'].rows
      .filter((r) => find('common-words.tsv', r.surname) && !/ambiguous/u.test(r.note))
      .map((r) => r.surname);
    expect(missing).toEqual([]);
  });
});
