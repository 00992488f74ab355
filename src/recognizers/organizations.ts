// Organization recognizer.
//   "Thành ủy Hải Phòng" (committee + place)   "UBND tỉnh Nghệ An" (level body + level word + place)
//   "Ban Thường vụ Tỉnh ủy" (sub + parent)     "Bộ Y tế", "Quốc hội" (named bodies)
//   "Trường THPT Nguyễn Huệ", "Bệnh viện Bạch Mai" (type head + proper name)
import { AtomKind, type Atom } from '../segment/tokens.js';
import { WordSet, atomShapes, SHAPE_CAP, SHAPE_LOWER_BODY, SHAPE_CLUB, SHAPE_CORP, CORP_SUFFIX } from './words.js';
import { type Ctx, type OrgMention, orgMention, COVER, candidates, longest, has, startsCat, isWord, sameLine, atomText } from '../context.js';
import type { Entry } from '../lexicon/lexicon.js';

// kinds lists for the dictionary look-ups, made once (an array literal in a call is a new array at every call)
const KINDS_BODY: readonly string[] = ['body'];
const KINDS_HEAD: readonly string[] = ['head'];
const KINDS_HEAD_BODY_LEVEL_COMMITTEE: readonly string[] = ['head', 'body', 'level', 'committee'];
const KINDS_HEAD_RANK: readonly string[] = ['head', 'rank'];
const KINDS_HEAD_STATUS_MODIFIER: readonly string[] = ['head', 'status', 'modifier'];
const KINDS_HONORIFIC_PLURAL: readonly string[] = ['honorific', 'plural'];
const KINDS_LEVEL_COMMITTEE_BODY: readonly string[] = ['level', 'committee', 'body'];
const KINDS_PREFIX: readonly string[] = ['prefix'];
const KINDS_OCCUPATION: readonly string[] = ['occupation'];
const KINDS_TITLE_NOT_STATUS: readonly string[] = ['head', 'modifier', 'rank', 'prefix'];

// option objects made once (an object literal in a call is a new object at every call); never changed
export const ORG_DEFAULT: OrgParseOptions = {};
export const ORG_LOWER_OK: OrgParseOptions = { allowLower: true };
export const ORG_UPPER_ONLY: OrgParseOptions = { allowLower: false };
export const WITH_COUNTRIES: { countries?: boolean } = { countries: true };
export const PLACES_ONLY: { countries?: boolean } = { countries: false };
const PLACE_DEFAULT: { countries?: boolean } = {};

const MAX_NAME = 8;

/** Lower-case words that never continue an organization's proper name. */
const FUNCTION_WORDS = new Set(['của', 'cho', 'và', 'tại', 'với', 'là', 'đã', 'được', 'trong', 'ở', 'về', 'từ', 'đến', 'theo', 'do', 'bị',
  'có', 'không', 'các', 'những', 'này', 'đó', 'thì', 'mà', 'nhưng', 'hay', 'hoặc', 'để', 'khi', 'sau', 'trước', 'vừa', 'sẽ', 'đang', 'cũng',
  'vào', 'ra', 'lên', 'nói', 'cho biết', 'biết', 'nhận', 'trao', 'tặng', 'gồm', 'phát', 'tổ', 'chức', 'làm', 'giữ', 'thay', 'ký', 'ông', 'bà',
  'dưới']);

function upperAt(ctx: Ctx, i: number): boolean {
  const a = ctx.atoms[i];
  return a !== undefined && (a.upper || a.allCaps);
}

/** Bodies that only foreign states have: "Thượng viện Chile" and a later bare "Thượng viện" are one body. */
const FOREIGN_ONLY = new Set(['Thượng viện', 'Hạ viện']);

/** State forms written before a country name: first syllable -> second. */
const STATE_FORMS = new Map([['cộng', ['hòa', 'hoà']], ['vương', ['quốc']], ['liên', ['bang']], ['nhà', ['nước']]]);
/** The first syllables of STATE_FORMS, to look atoms up by hash (parsePlace asks at every capitalised word without a place). */
const STATE_FORM_FIRSTS = new WordSet(STATE_FORMS.keys());

/** A place written at i: a dictionary place or country (longest). Returns its end and canonical name. */
export function parsePlace(ctx: Ctx, i: number, opts: { countries?: boolean } = PLACE_DEFAULT): { end: number; name: string; kind: string } | undefined {
  if (!sameLine(ctx, i) || !upperAt(ctx, i)) return undefined;
  const p = longest(ctx, i, 'place');
  let c = opts.countries === false ? undefined : longest(ctx, i, 'country');
  // "Cộng hòa Chile", "Vương quốc Thái Lan", "Liên bang Nga": a state form before a country the dictionary knows bare
  if (!c && opts.countries !== false && !p && STATE_FORM_FIRSTS.hasAtom(ctx.atoms[i]) && STATE_FORMS.get(ctx.atoms[i].fold)!.includes(ctx.atoms[i + 1]?.fold ?? '') && upperAt(ctx, i + 2) && sameLine(ctx, i + 2)) {
    const bare = longest(ctx, i + 2, 'country');
    if (bare) c = { end: bare.end, entry: bare.entry };
  }
  let best = p;
  let kind = p?.entry.kind ?? '';
  if (c && (!best || c.end > best.end)) { best = c; kind = 'country'; }
  if (!best) return undefined;
  // do not cut a longer capitalised word run in the middle ("Hà Nam Ninh" is fine, "Hải Phòng" + "Xanh" is not a place)
  return { end: best.end, name: best.entry.canonical, kind };
}

/** A capitalised proper-name run at i (for unknown communes, schools, companies). Splits off a trailing person name. */
export function properRun(ctx: Ctx, i: number, max = MAX_NAME, minTail = 2): number {
  let j = i;
  const atoms = ctx.atoms;
  while (j < atoms.length && j - i < max && sameLine(ctx, j)) {
    const a = atoms[j];
    // "Hiệp hội Bất động sản TP.HCM": a written place with punctuation ends the name (the caller may add it as the place)
    if (j > i && writtenPlaceAt(ctx, j)) break;
    if (j > i && startsParent(ctx, j)) break;
    if (j > i && a.fold === 'chi' && atoms[j + 1]?.fold === 'nhánh') break; // "BTBank Chi nhánh Thăng Long": the branch follows
    // "Trường Đại học Sư phạm ThS Lã Thu Hà": an academic prefix starts the person after the name
    if (j > i && has(ctx, j, 'title', KINDS_PREFIX) && upperAt(ctx, nextAfterPrefix(ctx, j)) && has(ctx, nextAfterPrefix(ctx, j), 'surname')) break;
    if (a.kind === AtomKind.Word && (a.upper || a.allCaps)) {
      j++;
      // "Granite Peak Ventures David Okafor": a company's name ends with its corporate word
      if (j - i >= 2 && CORP_SUFFIX.hasAtom(a) && isLatin(a.text) && upperAt(ctx, j) && sameLine(ctx, j) && !CORP_SUFFIX.hasAtom(atoms[j])) break;
      continue;
    }
    if (a.kind === AtomKind.Number && (j > i || a.space)) { j++; continue; }
    // glued joiners inside a name: "KH&CN", "Bà Rịa - Vũng Tàu" is handled by the dictionary; "Jae-myung"
    if ((a.text === '&' || a.text === '-' || a.text === "'") && !a.space && j + 1 < atoms.length && !atoms[j + 1].space && atoms[j + 1].kind !== AtomKind.Punct) { j += 2; continue; }
    // (a surname-like word before a lower-case one is a field: "Khoa học và Đào tạo")
    if (a.fold === 'và' && j > i && upperAt(ctx, j + 1) && (!has(ctx, j + 1, 'surname') || (atoms[j + 2]?.kind === AtomKind.Word && !atoms[j + 2].upper && !atoms[j + 2].allCaps && sameLine(ctx, j + 2))) && !has(ctx, j + 1, 'org') && !has(ctx, j + 1, 'title') &&
      !CORP_SUFFIX.hasAtom(atoms[j - 1])) { j++; continue; }
    // sentence-case name words: "Đầu tư Sao Biển", "Bất động sản Phúc Khang", "Quân y 4"
    const singleCap = atoms[j - 1]?.kind === AtomKind.Word && atoms[j - 1].upper && !(j - 2 >= i && atoms[j - 2].kind === AtomKind.Word && atoms[j - 2].upper);
    if (a.kind === AtomKind.Word && j > i && a.space && !stopAt(ctx, j) && !stop2(ctx, j) && singleCap) {
      let e = j;
      while (e < atoms.length && e - j < 3 && atoms[e].kind === AtomKind.Word && !atoms[e].upper && !atoms[e].allCaps && !stopAt(ctx, e) && !has(ctx, e, 'level') && sameLine(ctx, e)) e++;
      const after = atoms[e];
      if (e > j && after && sameLine(ctx, e) && after.space && ((after.kind === AtomKind.Word && (after.upper || after.allCaps)) || after.kind === AtomKind.Number) && !has(ctx, e, 'surname')) { j = e; continue; }
    }
    break;
  }
  if (j - i >= 4 && atoms[j - 1].kind === AtomKind.Word) {
    // "Bắc Biển Hồ Lê Văn Sỹ": a surname, a middle name and a given name end the run: that is the person
    const k3 = j - 3;
    // ("chùa Vân Tiêu Sơn Thích Minh Hải": a monk's dharma name starts with Thích)
    if (k3 > i && ctx.atoms[k3].fold === 'thích' && upperAt(ctx, k3 + 1)) return k3;
    if (k3 > i && has(ctx, k3, 'surname') && has(ctx, k3 + 1, 'middle') && (ctx.atoms[k3 + 1].fold === 'văn' || ctx.atoms[k3 + 1].fold === 'thị') && !coversPlace(ctx, i, j, k3)) {
      // (with a baptismal name before it: "Giáo phận Bắc Ninh Phêrô Nguyễn Văn Lộc")
      return k3 - 1 > i && has(ctx, k3 - 1, 'particle', KINDS_PREFIX) && ctx.atoms[k3 - 1].text.length > 2 ? k3 - 1 : k3;
    }
  }
  if (j - i >= 3 && atoms[j - 1].kind === AtomKind.Word) {
    // "Bạch Mai Nguyễn Quang Tuấn": a known surname starting a 2-4 syllable tail is a person, not part of the name
    // (a tail that ends with a number, "Thế Kỷ 21", is no name)
    for (let k = i + 1; k <= j - 2; k++) {
      const tail = j - k;
      // (not after a lone surname: "Trường THPT Phan Châu Trinh" is named after one person)
      // ("Đoàn" is also a common word: it starts a name before a middle name, "Đoàn Văn Sáng")
      // (after a company's name the person has a middle name: "Công ty ABC Nguyễn Văn Bình", not "… Quảng Tây Hằng Thuận")
      if (tail >= minTail && tail <= 4 && has(ctx, k, 'surname') && (!has(ctx, k, 'common') || (tail >= 3 && has(ctx, k + 1, 'middle'))) && (minTail < 3 || has(ctx, k + 1, 'middle')) &&
        !(k - i === 1 && has(ctx, i, 'surname')) && !coversPlace(ctx, i, j, k) && !endsWithPlace(ctx, k, j)) return k;
      // "Giáo phận Bắc Ninh Phêrô Nguyễn Văn Lộc": a baptismal name before a surname starts a person
      if (tail >= 3 && tail <= 5 && has(ctx, k, 'particle', KINDS_PREFIX) && ctx.atoms[k].text.length > 2 && has(ctx, k + 1, 'surname')) return k;
    }
  }
  return j;
}

/** Lower-case words that end a sentence-case name ("Cục Nghệ thuật biểu diễn cho biết"): function words and reporting verbs. */
const SC_STOP = new Set([...FUNCTION_WORDS, 'tiếp', 'yêu', 'đề', 'điều', 'khẳng', 'đánh', 'phối', 'kêu', 'trực',
  'nhấn', 'cảm', 'chúc', 'kiến', 'dự', 'cùng', 'chiều', 'sáng', 'tối', 'trưa', 'ngày', 'năm', 'tháng', 'hiện', 'nay', 'tuổi', 'số',
  'hướng', 'tiến', 'gửi', 'mở', 'hỗ', 'bàn', 'tuần', 'bắt', 'tạm', 'xin', 'đưa', 'nêu', 'chỉ', 'đạt', 'giành', 'đoạt', 'ghi',
  'thắng', 'thua', 'đón', 'thăm', 'mời', 'tham', 'sang', 'chuyển', 'thuộc', 'nhiệm', 'khóa', 'khoá', 'họp', 'bầu', 'kiêm', 'trình', 'khánh', 'lập', 'nhắc', 'dẫn']);
/** Nouns inside names whose first word is a stop word alone ("sáng" is morning, "sáng tạo" creative). */
const NAME_COMPOUNDS = new Map<string, string[]>([['sáng', ['tạo', 'kiến']], ['đề', ['án', 'tài']], ['điều', ['tra', 'hành', 'phối', 'dưỡng']],
  ['tiếp', ['nhận', 'dân']], ['hỗ', ['trợ']], ['phát', ['triển', 'thanh']], ['dự', ['án', 'báo']]]);

/** A stop word at k that ends a name, unless it is part of a compound noun there ("sáng tạo", "thiết bị", "xúc tiến"). */
function stopAt(ctx: Ctx, k: number): boolean {
  const a = ctx.atoms[k];
  if (!SC_STOP.has(a.fold)) return false;
  return !(NAME_COMPOUNDS.get(a.fold)?.includes(ctx.atoms[k + 1]?.fold ?? '') || PREV_COMPOUNDS.get(a.fold)?.includes(ctx.atoms[k - 1]?.fold ?? ''));
}

/** Nouns inside names whose second word is a stop word alone ("bị" is the passive, "thiết bị" equipment). */
const PREV_COMPOUNDS = new Map<string, string[]>([['bị', ['thiết', 'trang', 'chuẩn', 'dự']], ['bay', ['sân', 'máy']], ['ra', ['đầu']], ['tiến', ['xúc', 'cải', 'tiên']], ['quyền', ['chính', 'nhân', 'thẩm', 'bản', 'chủ']], ['em', ['trẻ']], ['điều', ['đê']], ['lập', ['độc', 'thành', 'thiết', 'xác']], ['dẫn', ['hướng', 'chỉ', 'truyền', 'bán']], ['số', ['đổi', 'thuật']], ['trình', ['lập', 'quy', 'chương', 'công', 'lộ', 'tiến', 'giáo', 'hành', 'tờ']],
  ['cho', ['dành']], ['vào', ['đầu']]]);

/** Two-word verbs whose first word is also a name word ("thông tin", "phát triển" are names; "thông báo" is not). */
const SC_STOP2 = new Map<string, string[]>([['chính', ['thức']], ['thông', ['báo']], ['triển', ['khai']], ['khai', ['mạc', 'trương']],
  ['công', ['bố']], ['vừa', ['qua']], ['xử', ['lý']], ['chủ', ['trì', 'động']]]);
function stop2(ctx: Ctx, j: number): boolean {
  const seconds = SC_STOP2.get(ctx.atoms[j].fold);
  if (!seconds) return false;
  const b = ctx.atoms[j + 1];
  return b !== undefined && b.kind === AtomKind.Word && seconds.includes(b.fold);
}
const SENTENCE_END = new Set(['.', '!', '?', '…']);
/** Nouns of two syllables written with a lower-case second one inside names ("Học viện Hải quân", "Bộ đội Biên phòng"). */
const NOUN_PAIRS = new Set(['hải quân', 'không quân', 'lục quân', 'phòng không', 'biên phòng', 'cảnh sát', 'quân sự', 'quân đội', 'y tế', 'y học',
  'giáo dục', 'an ninh', 'công an', 'tài chính', 'ngân hàng', 'nông nghiệp', 'công nghiệp', 'thương mại', 'du lịch', 'văn hóa', 'văn hoá',
  'thể thao', 'báo chí', 'pháp luật', 'tư pháp', 'kiểm sát', 'hậu cần', 'kỹ thuật', 'chính trị', 'ngoại giao', 'ngoại ngữ', 'dược phẩm',
  'thủy sản', 'thuỷ sản', 'lâm nghiệp', 'xây dựng', 'giao thông', 'điện lực', 'dầu khí', 'hàng hải', 'hàng không', 'khoa học', 'công nghệ', 'quốc gia', 'quốc tế',
  'địa phương', 'chính quyền', 'cán bộ', 'tổ chức', 'kế hoạch', 'đầu tư', 'pháp chế', 'khen thưởng', 'hợp tác', 'truyền thông', 'thông tin',
  'môi trường', 'tài nguyên', 'lao động', 'việc làm', 'dân tộc', 'tôn giáo', 'thanh niên', 'phụ nữ', 'trẻ em', 'gia đình', 'hành chính',
  'tổng hợp', 'đối ngoại', 'tuyên giáo', 'dân vận', 'kiểm tra', 'thanh tra', 'nội chính', 'nhân sự', 'nhân dân', 'thể chế', 'chuyển đổi',
  'bách khoa', 'sư phạm', 'kinh tế', 'nông lâm', 'thủy lợi', 'thuỷ lợi', 'ngoại thương', 'mỹ thuật', 'âm nhạc', 'sân khấu', 'điện ảnh', 'thể dục',
  'công đoàn', 'xã hội', 'nhân văn', 'tự nhiên', 'hóa học', 'hoá học', 'vật lý', 'sinh học', 'toán học', 'y dược', 'dược học', 'lịch sử', 'địa chất',
  'nông dân', 'thành phố', 'nhi đồng', 'sơ sinh', 'hồi sức', 'người nghèo', 'khuyến học', 'cao tuổi', 'thủy sản', 'lâm nghiệp',
  'tiết niệu', 'tiêu hóa', 'tiêu hoá', 'tim mạch', 'thần kinh', 'hô hấp', 'chấn thương', 'chỉnh hình', 'lồng ngực', 'mạch máu', 'gan mật',
  'cột sống', 'ung bướu', 'truyền nhiễm', 'cấp cứu', 'chẩn đoán', 'xét nghiệm', 'dinh dưỡng', 'phục hồi', 'chức năng', 'nội tiết',
  'vũ kịch', 'ca kịch', 'kịch nói', 'giao hưởng']);
/** A canonical name that ends with a number: "Quân khu 7". */
const NUMBERED = /^(.*\S) (\d+)$/u;
/** The last unit of s is an ASCII digit (what NUMBERED needs; testing it first spares most of the regex executions). */
function endsWithDigit(s: string): boolean {
  const c = s.charCodeAt(s.length - 1);
  return c >= 48 && c <= 57;
}
SC_STOP.delete('chức'); // "Vụ Tổ chức cán bộ": after a capitalised "Tổ" it is a name word
SC_STOP.delete('dự'); // "Ban Quản lý dự án"

/**
 * A sentence-case proper name at i (state and business style: only the first syllable of each part is capitalised):
 * "Nghệ thuật biểu diễn", "Tổ chức cán bộ", "Văn thư và Lưu trữ nhà nước", "Kỹ thuật Quân sự", "Huấn luyện thể thao
 * quốc gia Hà Nội". Lower-case words may follow only a single capitalised syllable ("Chợ Rẫy đào tạo" stays "Chợ Rẫy"),
 * at most 6 of them, and the run must end at a boundary (punctuation, line end, a capitalised word, a function word,
 * a level word); otherwise the capitalised part alone is returned. Linear in the run.
 */
export function sentenceCaseRun(ctx: Ctx, i: number, minTail = 2, endOk = false): number {
  const e = sentenceCaseRunRaw(ctx, i, minTail, endOk);
  return e > i ? splitTrailingPerson(ctx, i, e, minTail) : e;
}

/** "… Thiết bị Y khoa Tân Phát Đạt Lương Minh Phát": a surname-led tail of 2-4 capitalised words after the name is a person. */
function splitTrailingPerson(ctx: Ctx, i: number, e: number, minTail: number): number {
  const atoms = ctx.atoms;
  let g = e;
  while (g > i && atoms[g - 1].kind === AtomKind.Word && atoms[g - 1].upper && !atoms[g - 1].allCaps) g--;
  if (e - g < 3) return e;
  // (a surname, "Văn"/"Thị" and a given name at the end are the person: "… Bắc Biển Hồ Lê Văn Sỹ")
  const k3 = e - 3;
  if (k3 > g && has(ctx, k3, 'surname') && (atoms[k3 + 1].fold === 'văn' || atoms[k3 + 1].fold === 'thị') && !coversPlace(ctx, g, e, k3)) {
    return k3 - 1 > g && has(ctx, k3 - 1, 'particle', KINDS_PREFIX) && atoms[k3 - 1].text.length > 2 ? k3 - 1 : k3;
  }
  for (let k = g + 1; k <= e - 2; k++) {
    const tail = e - k;
    if (tail >= minTail && tail <= 4 && has(ctx, k, 'surname') && (!has(ctx, k, 'common') || has(ctx, k + 1, 'middle')) && (minTail < 3 || has(ctx, k + 1, 'middle')) &&
      !coversPlace(ctx, g, e, k) && !endsWithPlace(ctx, k, e)) return k;
  }
  return e;
}

function sentenceCaseRunRaw(ctx: Ctx, i: number, minTail = 2, endOk = false): number {
  const atoms = ctx.atoms;
  if (!sameLine(ctx, i)) return i;
  // a numbered unit: "Vùng 1 Hải quân", "Hải đoàn 28 Biên phòng"
  const lead = ctx.atoms[i];
  if (lead.kind === AtomKind.Number && lead.space && upperAt(ctx, i + 1) && sameLine(ctx, i + 1)) { const e = sentenceCaseRunRaw(ctx, i + 1); return e > i + 1 ? e : i + 1; }
  if (!upperAt(ctx, i)) return i;
  let j = i;
  let safe = i;        // the end of the last capitalised group (always a valid end)
  let capRun = 0;      // capitalised words in the current group
  let lowers = 0;
  let lowerRun = 0;    // lower-case words since the last capitalised group
  let lastAllCaps = false;
  while (j < atoms.length && j - i < 16 && sameLine(ctx, j)) {
    const a = atoms[j];
    if (a.kind === AtomKind.Word && (a.upper || a.allCaps)) {
      if (j > i && lowerRun > 0 && looksLikePersonName(ctx, j) && (minTail <= 2 || (capitalRun(ctx, j) >= minTail && has(ctx, j + 1, 'middle')))) break;
      // "Trường ĐH Bách khoa PGS.TS Lâm Nguyệt Ánh": an academic prefix starts the person after the name
      if (j > i && has(ctx, j, 'title', KINDS_PREFIX) && upperAt(ctx, nextAfterPrefix(ctx, j)) && has(ctx, nextAfterPrefix(ctx, j), 'surname')) break;
      // "phòng Đào tạo Trường Đại học Kinh tế - Luật": a body named after the lower-case part is the parent
      if (j > i && lowerRun > 0 && longest(ctx, j, 'org', KINDS_HEAD_BODY_LEVEL_COMMITTEE)) break;
      if (j > i && writtenPlaceAt(ctx, j)) break;
      // (an all-caps type abbreviation is no name word: "Trường ĐH Bách khoa", "Đội CSGT đường bộ số 2")
      if (!a.allCaps) capRun++;
      lastAllCaps = a.allCaps;
      lowerRun = 0; j++; safe = j; continue;
    }
    if (a.kind === AtomKind.Number && j > i && a.space) { j++; safe = j; capRun = 0; lowerRun = 0; continue; }
    if (a.kind === AtomKind.Punct && (a.text === '-' || a.text === '–') && a.space && lowerRun > 0) {
      const nx = atoms[j + 1];
      if (nx && nx.kind === AtomKind.Word && !nx.upper && !nx.allCaps && nx.space && !SC_STOP.has(nx.fold) && !has(ctx, j + 1, 'title') && !has(ctx, j + 1, 'level')) { j++; continue; }
      // "Trường Đại học Kinh tế - Luật,": one capitalised word after the dash closes the name
      const n2 = atoms[j + 2];
      if (nx && nx.kind === AtomKind.Word && nx.upper && !nx.allCaps && nx.space && !nx.newline && !has(ctx, j + 1, 'title') && !has(ctx, j + 1, 'surname') &&
          !has(ctx, j + 1, 'honorific') && !has(ctx, j + 1, 'org') && !longest(ctx, j + 1, 'place') && (!n2 || n2.newline || n2.kind === AtomKind.Punct)) {
        j += 2; lowerRun = 0; safe = j; break;
      }
      // "khoa Hồi sức tích cực – Chống độc,": a second sentence-case part after the dash, closed by punctuation
      if (nx && nx.kind === AtomKind.Word && nx.upper && !nx.allCaps && nx.space && !nx.newline && n2 && n2.kind === AtomKind.Word && !n2.upper && !n2.allCaps &&
          !has(ctx, j + 1, 'title') && !has(ctx, j + 1, 'surname') && !has(ctx, j + 1, 'honorific') && !has(ctx, j + 1, 'org') && !longest(ctx, j + 1, 'place')) {
        let e = j + 2;
        while (e < atoms.length && e - j <= 4 && atoms[e].kind === AtomKind.Word && !atoms[e].upper && !atoms[e].allCaps && atoms[e].space && !atoms[e].newline &&
          !SC_STOP.has(atoms[e].fold) && !has(ctx, e, 'level') && !has(ctx, e, 'title')) e++;
        const close = atoms[e];
        if (e > j + 2 && (!close || close.newline || (close.kind === AtomKind.Punct && close.text !== '-' && close.text !== '–') || (close.kind === AtomKind.Word && SC_STOP.has(close.fold)) ||
            (close.kind === AtomKind.Word && close.upper && longest(ctx, e, 'org', KINDS_HEAD_BODY_LEVEL_COMMITTEE) !== undefined))) { j = e; lowerRun = 0; safe = j; break; }
      }
      break;
    }
    // "Ban Quản lý Di tích Côn Sơn – Kiếp Bạc cho biết": a second capitalised name after a spaced dash, closed by a boundary
    if (a.kind === AtomKind.Punct && (a.text === '-' || a.text === '–') && a.space && lowerRun === 0 && capRun >= 2 && lowers > 0) {
      const e = dashedNameEnd(ctx, j + 1);
      if (e > j + 1) { j = e; safe = j; }
      break;
    }
    if (a.kind !== AtomKind.Word || !a.space) break;
    // "Văn thư và Lưu trữ": a second part of the name, unless a person or another body follows ("Cục A và Cục B")
    // (not before a title or an honorific: "Đồn Biên phòng Tam Hợp và Đại úy Khamphoui …")
    if (a.fold === 'và' && upperAt(ctx, j + 1) && !looksLikePersonName(ctx, j + 1) && !has(ctx, j + 1, 'org') && !has(ctx, j + 1, 'title') &&
        !(has(ctx, j + 1, 'honorific') && !has(ctx, j + 1, 'honorific', KINDS_OCCUPATION))) { j++; capRun = 0; lowerRun = 0; continue; }
    // "Quỹ Phát triển khoa học và công nghệ Quốc gia (NAFOSTED)": a lower-case second field when the name's national
    // ending or its short form in parentheses closes it
    if (a.fold === 'và' && lowerRun > 0 && lowerFieldThenClose(ctx, j + 1)) { j++; continue; }
    const compound = (a.fold === 'trong' && atoms[j + 1]?.fold === 'nước' && lowerRun > 0) || // "Vụ Thị trường trong nước"
      (a.fold === 'ký' && atoms[j - 1]?.fold === 'đăng') || (a.fold === 'không' && atoms[j - 1]?.fold === 'hàng') || // "Đăng ký", "hàng không"
      (a.fold === 'các' && lowerRun > 0 && lowerNounAt(ctx, j + 1)) || // "Vụ Tín dụng các ngành kinh tế"
      NAME_COMPOUNDS.get(a.fold)?.includes(atoms[j + 1]?.fold ?? '') === true || // "Đổi mới sáng tạo", "đề án", "điều tra"
      PREV_COMPOUNDS.get(a.fold)?.includes(atoms[j - 1]?.fold ?? '') === true || // "Thiết bị", "Sân bay"
      (a.fold === 'nguyên' && atoms[j - 1]?.fold === 'tài'); // "Quản lý tài nguyên nước""

    // (an occupation is a name word: "Quỹ Hỗ trợ nông dân", "Hội Nhà báo")
    if ((stopAt(ctx, j) && !compound) || stop2(ctx, j) || levelWordAt(ctx, j) || (!compound && has(ctx, j, 'honorific', KINDS_HONORIFIC_PLURAL) && !has(ctx, j, 'honorific', KINDS_OCCUPATION)) || (!compound && has(ctx, j, 'title', KINDS_HEAD_STATUS_MODIFIER))) break;
    // (a two-syllable noun may end after two capitalised words: "khoa Ngoại Tiết niệu", "Nội Tim mạch")
    if (lowerRun === 0 && (capRun > 1 || (capRun === 0 && !lastAllCaps)) && !(capRun > 1 && NOUN_PAIRS.has(`${atoms[j - 1].fold} ${a.fold}`))) break;
    if (++lowers > 12) break;
    lowerRun++; capRun = 0; j++;
  }
  if (lowers === 0) return i; // capitalised words only: properRun decides (it splits off a trailing person name)
  if (lowerRun === 0) return safe;
  const b = atoms[j];
  // a sentence end is no evidence: "Hải đoàn 28 Biên phòng tuần tra." ends with a verb
  // (a sentence end closes the name of an office in a role, "trưởng phòng Quản lý xây dựng.", but not a subject's name
  // before its verb, "Hải đoàn 28 Biên phòng tuần tra.")
  // (a two-syllable noun whose second syllable is lower case closes the name even at a sentence end: "Học viện Hải quân.")
  // ("Vụ Chính quyền địa phương.": up to three lower-case words ending with such a noun)
  const nounPair = lowers <= 3 && lowerRun >= 1 && j - 2 >= i && NOUN_PAIRS.has(`${atoms[j - 2].fold} ${atoms[j - 1].fold}`);
  const punct = b !== undefined && !b.newline && b.kind === AtomKind.Punct && (!SENTENCE_END.has(b.text) || (endOk && lowers <= 4) || nounPair);
  const boundary = punct || (b !== undefined && !b.newline && (b.upper || b.allCaps || SC_STOP.has(b.fold) || stop2(ctx, j) || has(ctx, j, 'level')));
  // up to 6 lower-case words before any boundary; a long descriptive name ("Ban Quản lý dự án đầu tư xây dựng công trình
  // giao thông TP") only when punctuation closes it
  // (up to 8 when a function word or verb closes them: "Quỹ Hỗ trợ phát triển tài năng bóng đá nữ trao …")
  const stopWord = b !== undefined && !b.newline && b.kind === AtomKind.Word && !b.upper && SC_STOP.has(b.fold);
  // (or a level word with its place: "Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh Quảng Trị")
  return boundary && (lowers <= 6 || punct || (lowers <= 8 && stopWord) || capAfterLower(atoms, i, j) || levelWithPlace(ctx, j)) ? j : safe;
}

/** 1-3 lower-case nouns at k, then "Quốc gia", "Trung ương", a country or "(ABBR)": the name goes on through them. */
function lowerFieldThenClose(ctx: Ctx, k: number): boolean {
  const atoms = ctx.atoms;
  // ("Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng": "các" and a plural unit, closed by the province)
  const cac = atoms[k]?.fold === 'các' && !atoms[k].upper;
  let m = cac ? k + 1 : k;
  while (m < atoms.length && m - k < 4 && lowerNounAt(ctx, m) && atoms[m].space && !atoms[m].newline) m++;
  if (m === (cac ? k + 1 : k) || !sameLine(ctx, m)) return false;
  const c = atoms[m];
  if (c.text === '(') return atoms[m + 1]?.allCaps === true && atoms[m + 2]?.text === ')';
  if (!c.upper) return false;
  if ((c.fold === 'quốc' && atoms[m + 1]?.fold === 'gia') || (c.fold === 'trung' && atoms[m + 1]?.fold === 'ương')) return true;
  const cn = parsePlace(ctx, m, WITH_COUNTRIES);
  return cn !== undefined && (cn.kind === 'country' || (cac && PROVINCE_LEVEL_KINDS.has(cn.kind) && closesName(ctx, cn.end)));
}
const PROVINCE_LEVEL_KINDS = new Set(['province', 'city']);

/** Season words after "vụ" (a crop season). */
const SEASONS = new Set(['đông', 'xuân', 'hè', 'thu', 'mùa', 'chiêm', 'lúa', 'màu']);

/** Words before a lower-case "khoa" that make a specialty of it ("đa khoa", "sản khoa", "nha khoa", "thủ khoa"). */
const KHOA_COMPOUNDS = new Set(['thủ', 'đa', 'sản', 'nha', 'nhi', 'chuyên', 'nội', 'ngoại', 'phụ', 'bách', 'văn']);

/** Heads of facilities that belong to the body named after them. */
const FACILITY_HEADS = new Set(['nhà tang lễ', 'nhà khách', 'bảo tàng', 'nhà văn hóa', 'nhà văn hoá', 'nhà hát']);

/** Company heads that a role's office may write in lower case before the company's name. */
const LOWER_COMPANY_HEADS = new Set(['công ty', 'tập đoàn', 'doanh nghiệp', 'nhà xe', 'hãng']);

/** Words that open a sentence after a source tag's dash ("Báo Quảng Ngãi - Nhân dịp …", "TTO - Sáng 3/4 …"). */
const LEAD_WORDS = new Set(['nhân', 'theo', 'sáng', 'chiều', 'tối', 'trưa', 'đêm', 'ngày', 'hôm', 'trong', 'sau', 'trước', 'từ', 'tại', 'với', 'chiều', 'rạng', 'khoảng']);

/** Heads of teams that may be named in lower case only ("Đội cứu hộ hang động", "Tổ đoàn kết số 7"). */
const LOWER_NAMED_HEADS = new Set(['đội', 'tổ', 'nghiệp đoàn']);
/** Words after such a head that make a common noun with it ("đội ngũ", "đội hình", "tổ ấm"). */
const NOT_A_TEAM = new Set(['ngũ', 'hình', 'ấm', 'quốc', 'tiên', 'chức', 'viên', 'trưởng', 'phó', 'bóng', 'tuyển']);
/** The capitalised type head that ends right before i (its words, lower-cased), or ''. */
function headBefore(ctx: Ctx, i: number): string {
  const a1 = ctx.atoms[i - 1];
  if (!a1 || !a1.upper) {
    const a2 = ctx.atoms[i - 2];
    return a2 && a2.upper && a1 ? `${a2.fold} ${a1.fold}` : '';
  }
  return a1.fold;
}

/** Lower-case words from j on (at most two), then a foreign country closing the phrase. */
function countryAfterLower(ctx: Ctx, j: number): boolean {
  for (let k = j; k < j + 3 && k < ctx.atoms.length && sameLine(ctx, k); k++) {
    const a = ctx.atoms[k];
    if (a.kind === AtomKind.Word && a.upper) { const c = parsePlace(ctx, k, WITH_COUNTRIES); return c !== undefined && c.kind === 'country' && c.name !== 'Việt Nam' && closesName(ctx, c.end); }
    if (a.kind !== AtomKind.Word) return false;
  }
  return false;
}

/** A lower-case level word at j with a place after it. */
function levelWithPlace(ctx: Ctx, j: number): boolean {
  const a = ctx.atoms[j];
  if (!a || a.newline || a.kind !== AtomKind.Word || a.upper || !has(ctx, j, 'level')) return false;
  const probe: OrgMention = orgMention(j, j, 'head', '');
  return parseLevelAndPlace(ctx, j, probe) > j && probe.place !== undefined;
}

/** After a type head: 1-4 lower-case type words then a capitalised name ending at a boundary; the end, or i. */
function lowerLedName(ctx: Ctx, i: number): number {
  const atoms = ctx.atoms;
  let j = i;
  // (up to six words when a country closes them: "Liên đoàn các nhà nhập khẩu gạo Philippines")
  while (j < atoms.length && (j - i < 4 || (j - i < 6 && countryAfterLower(ctx, j))) && sameLine(ctx, j)) {
    const a = atoms[j];
    if (a.kind !== AtomKind.Word || a.upper || a.allCaps || !a.space) break;
    // "Ban Quản lý các khu công nghiệp tỉnh Bắc Ninh": the type words end at a level and a place
    if (j > i && has(ctx, j, 'level')) {
      const probe: OrgMention = orgMention(i, j, 'head', '');
      const lp = parseLevelAndPlace(ctx, j, probe);
      if (lp > j && probe.place) return lp;
    }
    // ("Tổ đoàn kết số 7": the team's number ends the lower-case words)
    if (a.fold === 'số' && j > i && atoms[j + 1]?.kind === AtomKind.Number && sameLine(ctx, j + 1)) break;
    const inCompound = a.fold === 'không' && atoms[j - 1]?.fold === 'hàng'; // "hàng không" (aviation)
    // (an occupation inside a name is a name word: "Hội doanh nhân Việt Nam tại Séc", "Hội nhà báo")
    if ((SC_STOP.has(a.fold) && !(j === i && a.fold === 'các') && !inCompound) || stop2(ctx, j) || (has(ctx, j, 'honorific') && !has(ctx, j, 'honorific', KINDS_OCCUPATION)) ||
        has(ctx, j, 'title') || (j === i && has(ctx, j, 'level'))) return i;
    j++;
  }
  if (j > i && sameLine(ctx, j) && atoms[j]?.kind === AtomKind.Word && !atoms[j].upper && has(ctx, j, 'level')) {
    const probe: OrgMention = orgMention(i, j, 'head', '');
    const lp = parseLevelAndPlace(ctx, j, probe);
    if (lp > j && probe.place) return lp;
    // "Ban Quản lý dự án đầu tư xây dựng tỉnh,": the province the text is about, no place written
    if (lp > j && probe.levelWord && j - i >= 2 && levelOnlyEnd(ctx, lp)) return lp;
  }
  // "Đội cứu hộ hang động,", "Tổ đoàn kết số 7,": a team named in lower case only, closed by punctuation or a line end
  if (j - i >= 2 && j - i <= 4 && LOWER_NAMED_HEADS.has(headBefore(ctx, i)) && !NOT_A_TEAM.has(atoms[i].fold)) {
    let e = j;
    if (atoms[e]?.fold === 'số' && atoms[e + 1]?.kind === AtomKind.Number && sameLine(ctx, e + 1)) e += 2;
    const b = atoms[e];
    if (!b || b.newline || (b.kind === AtomKind.Punct && b.text !== '-' && b.text !== '–') || (e > j && b.kind === AtomKind.Word && !b.upper && SC_STOP.has(b.fold))) return e;
  }
  if (j === i || !upperAt(ctx, j) || !sameLine(ctx, j)) return i;
  let e = properRun(ctx, j);
  // ("Trường THPT chuyên Khoa học Tự nhiên,": the name in sentence case)
  if (atoms[e]?.kind === AtomKind.Word && !atoms[e].upper && sameLine(ctx, e)) { const sc = sentenceCaseRun(ctx, j); if (sc > e) e = sc; }
  // "Ban Quản lý các KCN tỉnh": an abbreviation after "các", then the level word alone
  if (e > j && atoms[i].fold === 'các' && atoms[e]?.kind === AtomKind.Word && !atoms[e].upper && has(ctx, e, 'level') && sameLine(ctx, e)) {
    const probe: OrgMention = orgMention(i, e, 'head', '');
    const lp = parseLevelAndPlace(ctx, e, probe);
    if (lp > e && (probe.place || levelOnlyEnd(ctx, lp))) return lp;
  }
  // a full name of three or more syllables is a person ("Bệnh viện cấp cứu Nguyễn Văn An"); "Trường tiểu học Nguyễn Du" is a school
  if (e - j >= 3 && looksLikePersonName(ctx, j)) return i;
  if (e <= j) return i;
  const b = atoms[e];
  const boundary = !b || b.newline || b.kind === AtomKind.Punct || (b.kind === AtomKind.Word && !b.upper && (SC_STOP.has(b.fold) || stop2(ctx, e)));
  return boundary ? e : i;
}

/** A level word without a place ends a name at k: punctuation, a line end, a person's name or a lower-case word follows. */
function levelOnlyEnd(ctx: Ctx, k: number): boolean {
  const b = ctx.atoms[k];
  return !b || b.newline || (b.kind === AtomKind.Punct && b.text !== '-') || looksLikePersonName(ctx, k) ||
    (b.kind === AtomKind.Word && !b.upper && !b.allCaps);
}

/** 1-3 capitalised words at k (not a title, person, honorific, country or body) closed by punctuation, a line end or a stop word: their end, or k. */
function dashedNameEnd(ctx: Ctx, k: number): number {
  const atoms = ctx.atoms;
  const a = atoms[k];
  if (!a || a.kind !== AtomKind.Word || !a.upper || a.allCaps || !a.space || a.newline || has(ctx, k, 'title') || has(ctx, k, 'surname') ||
      has(ctx, k, 'honorific') || has(ctx, k, 'org') || longest(ctx, k, 'country')) return k;
  let e = k;
  while (e < atoms.length && e - k < 3 && atoms[e].kind === AtomKind.Word && atoms[e].upper && !atoms[e].allCaps && sameLine(ctx, e)) e++;
  const b = atoms[e];
  const boundary = !b || b.newline || (b.kind === AtomKind.Punct && b.text !== '-' && b.text !== '–') || (b.kind === AtomKind.Word && !b.upper && !b.allCaps && SC_STOP.has(b.fold));
  return boundary ? e : k;
}

/** The atom after the longest prefix title at j (and a period or comma glued to it). */
function nextAfterPrefix(ctx: Ctx, j: number): number {
  const t = longest(ctx, j, 'title', KINDS_PREFIX);
  let e = t ? t.end : j + 1;
  const a = ctx.atoms[e];
  if (a && (a.text === '.' || a.text === ',')) e++;
  return e;
}

/** A lower-case word at k that may continue a name (not a function word, level, title or verb of the stop lists). */
function lowerNounAt(ctx: Ctx, k: number): boolean {
  const b = ctx.atoms[k];
  return b !== undefined && b.kind === AtomKind.Word && !b.upper && !b.allCaps && b.space && !b.newline && !SC_STOP.has(b.fold) && !stop2(ctx, k) &&
    !has(ctx, k, 'level') && !has(ctx, k, 'title') && !has(ctx, k, 'honorific');
}

/** The run [i, j) ends with capitalised words after its lower-case part and punctuation follows ("... giao thông TP -"). */
function capAfterLower(atoms: Ctx['atoms'], i: number, j: number): boolean {
  const last = atoms[j - 1];
  const b = atoms[j];
  return j - 1 > i && (last.upper || last.allCaps) && b !== undefined && !b.newline && b.kind === AtomKind.Punct && !SENTENCE_END.has(b.text);
}

/** A complete parent body starts at j inside a capitalised run: "Công an tỉnh", "UBND huyện Ba Vì", "Bộ Công an". */
function startsParent(ctx: Ctx, j: number): boolean {
  const a = ctx.atoms[j];
  if (!a.upper && !a.allCaps) return false;
  const m = longest(ctx, j, 'org', KINDS_LEVEL_COMMITTEE_BODY);
  if (!m || m.end - j < 2 && m.entry.kind === 'body') return false;
  if (m.entry.kind === 'body') return true;
  const nx = ctx.atoms[m.end];
  return nx !== undefined && sameLine(ctx, m.end) && nx.kind === AtomKind.Word && !nx.upper && longest(ctx, m.end, 'level') !== undefined;
}

/** A place written with glued punctuation starts at j ("TP.HCM", "Tp.Hà Nội"). */
function writtenPlaceAt(ctx: Ctx, j: number): boolean {
  const a = ctx.atoms[j];
  const n = ctx.atoms[j + 1];
  if (!a.allCaps && !(a.upper && a.text.length <= 2) || !n || n.kind !== AtomKind.Punct || n.space) return false;
  const pl = longest(ctx, j, 'place');
  return pl !== undefined && pl.end > j + 1;
}

/** A full Vietnamese name (surname, middle name, given name...) of three or more syllables starts at i. */
function fullNameAt(ctx: Ctx, i: number): boolean {
  return looksLikePersonName(ctx, i) && has(ctx, i + 1, 'middle') && upperAt(ctx, i + 2) && sameLine(ctx, i + 2);
}

/** A surname-led run of 2-4 capitalised syllables that is not a known place: a person, not a commune. */
function looksLikePersonName(ctx: Ctx, i: number): boolean {
  // ("Y Thuôn Byă", "H'Hen Niê": a Central Highlands name starts with its particle)
  if (has(ctx, i, 'particle', KINDS_PREFIX) && upperAt(ctx, i + 1) && ctx.atoms[i].text.length <= 2) return true;
  if (!has(ctx, i, 'surname') || longest(ctx, i, 'place')) return false;
  let j = i;
  while (j < ctx.atoms.length && j - i < 5 && ctx.atoms[j].kind === AtomKind.Word && ctx.atoms[j].upper && sameLine(ctx, j)) j++;
  return j - i >= 2 && j - i <= 4;
}

/** The run [k, j) ends with a region or place name ("Hòa Long Miền Trung"): a company name, not a person. */
function endsWithPlace(ctx: Ctx, k: number, j: number): boolean {
  for (let m = k + 1; m < j; m++) { const p = longest(ctx, m, 'place'); if (p && p.end === j && p.entry.kind === 'region') return true; }
  return false;
}

function coversPlace(ctx: Ctx, i: number, j: number, k: number): boolean {
  // the tail starting at k is itself (the start of) a place name: keep it in the org name
  const p = longest(ctx, k, 'place');
  return p !== undefined && p.end >= j;
}

/** Nouns counted by a number ("Ban Thường vụ Huyện ủy 11 đồng chí"): the number is not the body's number. */
const COUNT_NOUNS = new Set(['người', 'đồng', 'đại', 'thành', 'ủy', 'tập', 'cá', 'năm', 'tháng', 'ngày', 'lần', 'tỷ', 'triệu', 'nghìn', 'ngàn',
  'hộ', 'xã', 'phường', 'huyện', 'tỉnh', 'đơn', 'dự', 'vụ', 'trường', 'học', 'cán', 'chiến', 'đảng', '%']);
function countsSomething(ctx: Ctx, k: number): boolean {
  const a = ctx.atoms[k];
  return a !== undefined && sameLine(ctx, k) && (a.kind === AtomKind.Word ? !a.upper && COUNT_NOUNS.has(a.fold) : a.text === '%');
}

/** Optional level word and place after an office head: "tỉnh Nghệ An", "TP.HCM", "huyện Ninh Hải", "phường 5". */
export function parseLevelAndPlace(ctx: Ctx, i: number, org: OrgMention): number {
  let j = i;
  if (!sameLine(ctx, j)) return j;
  // a place alias that includes its level ("TP.HCM") wins over level + place
  let direct = parsePlace(ctx, j, WITH_COUNTRIES);
  // a level body takes a country only for its national level: "MTTQ Việt Nam", "Hội Nông dân Việt Nam"
  if (direct && direct.kind === 'country' && org.kind !== 'body' && org.kind !== 'head' && direct.name !== 'Việt Nam') direct = undefined;
  const lvl = longest(ctx, j, 'level');
  if (direct && (!lvl || direct.end > lvl.end)) {
    // the national level is part of the name ("Hội LHPN Việt Nam" = "Hội Liên hiệp Phụ nữ Việt Nam")
    if (direct.kind === 'country' && org.kind !== 'body' && org.kind !== 'head') {
      if (!org.canonical.toLowerCase().endsWith(direct.name.toLowerCase())) org.canonical = `${org.canonical} ${direct.name}`;
      return direct.end;
    }
    org.place = direct.name; return direct.end;
  }
  const num = ctx.atoms[j];
  if (num && num.kind === AtomKind.Number && num.space && !lvl && (org.kind === 'level' || org.kind === 'committee') && !countsSomething(ctx, j + 1)) { org.place = num.text; return j + 1; }
  if (lvl) {
    const afterLvl = lvl.end;
    // "TAND cấp cao tại TP.HCM": a court level, then "tại" and its seat
    if (lvl.entry.kind === 'area' && ctx.atoms[afterLvl]?.fold === 'tại' && sameLine(ctx, afterLvl + 1)) {
      const seat = parsePlace(ctx, afterLvl + 1, PLACES_ONLY);
      if (seat) { org.levelWord = lvl.entry.canonical; org.place = seat.name; return seat.end; }
    }
    // lower-case level words only ("tỉnh", "huyện"); a capitalised "Tỉnh" starts a new phrase unless a place follows
    const local = isLocalLevel(lvl.entry.kind, lvl.entry.canonical);
    let p = parsePlace(ctx, afterLvl, PLACES_ONLY);
    // "Chi cục Hải quan cửa khẩu sân bay quốc tế Nội Bài", "cửa khẩu cảng Sài Gòn": a border gate at an airport or seaport
    if (lvl.entry.canonical.startsWith('cửa khẩu') && sameLine(ctx, afterLvl)) {
      let q = afterLvl;
      if (ctx.atoms[q]?.fold === 'sân' && ctx.atoms[q + 1]?.fold === 'bay') q += 2;
      else if (ctx.atoms[q]?.fold === 'cảng') { q += 1; if (ctx.atoms[q]?.fold === 'biển') q += 1; }
      if (q > afterLvl && ctx.atoms[q]?.fold === 'quốc' && ctx.atoms[q + 1]?.fold === 'tế') q += 2;
      if (q > afterLvl && upperAt(ctx, q) && sameLine(ctx, q) && !ctx.atoms[afterLvl].upper) {
        const pe = properRun(ctx, q, 4);
        if (pe > q) { org.levelWord = lvl.entry.canonical; org.place = ctx.key.slice(ctx.atoms[afterLvl].start, ctx.atoms[pe - 1].end); return pe; }
      }
    }
    // (a commune is not named after a region: "xã Trung Đông Ninh" is not "Trung Đông" + "Ninh")
    if (p && local && p.kind === 'region') p = undefined;
    if (p) {
      org.levelWord = lvl.entry.canonical;
      // communes named after a former district since 2025: "xã Yên Mô Bắc", "phường Xuân Hương - Đà Lạt"
      const e = local ? localNameEnd(ctx, p.end) : p.end;
      org.place = e === p.end ? p.name : ctx.key.slice(ctx.atoms[afterLvl].start, ctx.atoms[e - 1].end);
      return e;
    }
    const na = ctx.atoms[afterLvl];
    if (na && sameLine(ctx, afterLvl) && na.kind === AtomKind.Number) {
      org.levelWord = lvl.entry.canonical; org.place = na.text;
      // "Viện KSND khu vực 2 - Lâm Đồng": a 2025 regional court or procuracy named with its province
      const d = ctx.atoms[afterLvl + 1];
      if (lvl.entry.canonical === 'khu vực' && d && (d.text === '-' || d.text === '–') && sameLine(ctx, afterLvl + 2)) {
        const pv = parsePlace(ctx, afterLvl + 2, PLACES_ONLY);
        if (pv) { org.place = `${na.text} - ${pv.name}`; return pv.end; }
      }
      return afterLvl + 1;
    }
    // "Kiểm toán Nhà nước khu vực XII": a region numbered in Roman numerals
    if (na && sameLine(ctx, afterLvl) && na.kind === AtomKind.Word && na.allCaps && /^[IVXL]{1,6}$/u.test(na.text) && (lvl.entry.canonical === 'khu vực' || lvl.entry.canonical === 'chuyên ngành')) {
      org.levelWord = lvl.entry.canonical; org.place = na.text; return afterLvl + 1;
    }
    // ("TAND TP. Tham gia phiên tòa …": an abbreviated level with its period, then a word the dictionaries do not know as a
    // place, ends the sentence there)
    if (ctx.atoms[afterLvl - 1]?.text === '.' && !local) { org.levelWord = lvl.entry.canonical; return afterLvl - 1; }
    // below the province a two-syllable surname-led run is a place ("thôn Đồng Quê", "phường Lê Lợi"): a person named
    // right after a level word has a middle name ("trưởng thôn Nguyễn Văn Hải")
    if (upperAt(ctx, afterLvl) && sameLine(ctx, afterLvl) && (!looksLikePersonName(ctx, afterLvl) || (local && twoSyllablePlace(ctx, afterLvl)))) {
      // the whole capitalised run is read so that a person named right after the place is split off
      // ("Trưởng Công an xã Long Hải Đoàn Văn Sáng"); an unknown place has at most 4 syllables
      let e = properRun(ctx, afterLvl, 8);
      // ("phường Hòa Khương Đông": two syllables ending with a direction word close a merged ward's name, not a person)
      if (local && e > afterLvl && upperAt(ctx, e) && sameLine(ctx, e + 1) && upperAt(ctx, e + 1) && NAME_SUFFIXES.has(ctx.atoms[e + 1].fold) && closesName(ctx, e + 2)) e += 2;
      if (local && e > afterLvl) e = localNameEnd(ctx, e);
      if (e > afterLvl && spacedWords(ctx, afterLvl, e) <= 6) { org.levelWord = lvl.entry.canonical; org.place = ctx.key.slice(ctx.atoms[afterLvl].start, ctx.atoms[e - 1].end); return e; }
    }
    // (a bare "buôn", "bản" or "ấp" is a word, not a village: "Cục Điều tra chống buôn lậu", "phiên bản")
    if (BARE_NO_LEVEL.has(lvl.entry.canonical)) return j;
    org.levelWord = lvl.entry.canonical; return afterLvl;
  }
  return j;
}

/** "Cộng sản Trung Quốc", "Nhân dân Cách mạng Lào" after "Đảng": capitalised words ending with a foreign country; its end, or -1. */
function foreignPartyEnd(ctx: Ctx, k: number): number {
  if (!upperAt(ctx, k) || !sameLine(ctx, k)) return -1;
  for (let m = k + 1; m < ctx.atoms.length && m - k <= 4 && isWord(ctx, m) && sameLine(ctx, m); m++) {
    const c = longest(ctx, m, 'country');
    if (c && c.entry.canonical !== 'Việt Nam') return c.end;
  }
  return -1;
}

/**
 * "Lồng ngực – Mạch máu", "Tài chính – Kế toán", "Y - Dược": a name that goes on after a spaced dash with one or two
 * capitalised words (no title, honorific, body, country or person) closed by punctuation or a lower-case word. The new end, or e.
 */
export function dashTail(ctx: Ctx, e: number): number {
  const atoms = ctx.atoms;
  const d = atoms[e];
  if (!d || (d.text !== '-' && d.text !== '–') || !d.space || !sameLine(ctx, e) || !atoms[e + 1]?.space || !sameLine(ctx, e + 1)) return e;
  const k = e + 1;
  const a = atoms[k];
  if (a.kind !== AtomKind.Word || !a.upper || a.allCaps || has(ctx, k, 'title') || has(ctx, k, 'honorific') || startsCat(ctx, k, 'org') ||
      longest(ctx, k, 'country') || (has(ctx, k, 'surname') && upperAt(ctx, k + 1)) || LEAD_WORDS.has(a.fold)) return e;
  let f = k;
  while (f < atoms.length && f - k < 2 && atoms[f].kind === AtomKind.Word && atoms[f].upper && !atoms[f].allCaps && sameLine(ctx, f) && !(f > k && longest(ctx, f, 'place'))) f++;
  // ("Lồng ngực – Mạch máu": the second field in sentence case; no number in it: "Báo Quảng Ngãi - Nhân kỷ niệm 78 năm")
  if (atoms[f]?.kind === AtomKind.Word && !atoms[f].upper && sameLine(ctx, f)) {
    const sc = sentenceCaseRun(ctx, k);
    let num = false;
    for (let m = f; m < sc; m++) if (atoms[m].kind === AtomKind.Number) num = true;
    if (sc > f && sc - k <= 4 && !num) f = sc;
  }
  // ("Bệnh viện Phụ sản - Nhi Đà Nẵng": a place after the second field)
  if (f > k && atoms[f]?.upper && sameLine(ctx, f)) { const pl = parsePlace(ctx, f, PLACES_ONLY); if (pl && closesName(ctx, pl.end)) return pl.end; }
  const b = atoms[f];
  if (!b || b.newline || (b.kind === AtomKind.Punct && b.text !== '-' && b.text !== '–') || (b.kind === AtomKind.Word && !b.upper && !b.allCaps)) return f;
  return e;
}

/** Capitalised words from j on the same line. */
function capitalRun(ctx: Ctx, j: number): number {
  let e = j;
  while (e < ctx.atoms.length && e - j < 6 && ctx.atoms[e].kind === AtomKind.Word && ctx.atoms[e].upper && sameLine(ctx, e)) e++;
  return e - j;
}

/** Words of [a, b) separated by spaces ("Bô-ly-khăm-xay" is one). */
export function spacedWords(ctx: Ctx, a: number, b: number): number {
  let n = 0;
  for (let k = a; k < b; k++) if (k === a || ctx.atoms[k].space) n++;
  return n;
}

/** Bodies named only by a level word (and place) after their words: words, canonical, the levels they take, whether a
 * place must follow, whether a lower-case first word is allowed (inside a role's office). */
const LEVEL_NAMED: readonly { words: readonly string[]; canonical: string; level: (kind: string, canonical: string) => boolean; needPlace: boolean; lower: boolean }[] = [
  // "Đoàn xã Tân Mỹ", "Đoàn phường": the Youth Union of a commune
  { words: ['đoàn'], canonical: 'Đoàn Thanh niên Cộng sản Hồ Chí Minh', level: (k) => k === 'commune', needPlace: false, lower: true },
  // "Hải quan cửa khẩu Móng Cái", "Hải quan khu vực II": customs named by a border gate or region
  { words: ['hải', 'quan'], canonical: 'Hải quan', level: (_k, c) => c.startsWith('cửa khẩu') || c === 'khu vực', needPlace: true, lower: false },
  // "Thuế tỉnh Tuyên Quang", "Thuế khu vực 3": the tax office of a province or region since 2025
  { words: ['thuế'], canonical: 'Thuế', level: (k, c) => k === 'province' || c === 'khu vực', needPlace: true, lower: false },
];
const LEVEL_NAMED_FIRST = new WordSet(LEVEL_NAMED.map((x) => x.words[0]));

function levelNamedBody(ctx: Ctx, i: number, opts: OrgParseOptions): OrgMention | undefined {
  for (const x of LEVEL_NAMED) {
    const n = x.words.length;
    let ok = ctx.atoms[i].upper || (x.lower && opts.allowLower === true);
    for (let w = 1; w < n && ok; w++) ok = ctx.atoms[i + w]?.fold === x.words[w];
    if (!ok || ctx.atoms[i].fold !== x.words[0] || !sameLine(ctx, i + n) || ctx.atoms[i + n].upper) continue;
    const lv = longest(ctx, i + n, 'level');
    if (!lv || !x.level(lv.entry.kind, lv.entry.canonical)) continue;
    const org = orgMention(i, i + n, 'level', x.canonical);
    org.b = parseLevelAndPlace(ctx, i + n, org);
    if (x.needPlace ? org.place !== undefined : org.b > i + n) return org;
  }
  return undefined;
}

/** Armed services named with a foreign country after them. */
const SERVICES = new Set(['hải quân', 'không quân', 'lục quân', 'quân đội', 'cảnh sát biển', 'lực lượng']);
const SERVICES_FIRST = new WordSet([...SERVICES].map((w) => w.split(' ')[0]));

/** The first words that name a body without a dictionary entry at them (LEVEL_NAMED, SERVICES): parseOrg gives up at once
 * on any other word that starts no organization entry. */
const NAMED_WITHOUT_ENTRY = new WordSet([...LEVEL_NAMED_FIRST, ...SERVICES_FIRST]);

/** Village level words that are also common words: a level only with the village's name after them. */
const BARE_NO_LEVEL = new Set(['buôn', 'bản', 'ấp']);

/** A level word at j, but not "buôn", "bản", "ấp" before a lower-case word ("chống buôn lậu", "phiên bản mới"). */
function levelWordAt(ctx: Ctx, j: number): boolean {
  if (!has(ctx, j, 'level')) return false;
  // ("Hợp tác xã": the cooperative, not a commune)
  if (ctx.atoms[j].fold === 'xã' && ctx.atoms[j - 1]?.fold === 'tác' && ctx.atoms[j - 2]?.fold === 'hợp') return false;
  // ("Kinh tế - Xã hội": society, not a commune)
  if (ctx.atoms[j].fold === 'xã' && ctx.atoms[j + 1]?.fold === 'hội' && sameLine(ctx, j + 1)) return false;
  const n = ctx.atoms[j + 1];
  return !(BARE_NO_LEVEL.has(ctx.atoms[j].fold) && n !== undefined && n.kind === AtomKind.Word && !n.upper && !n.allCaps);
}

/** Level words below the province (communes, villages, hamlets), whose names the dictionaries do not list. */
function isLocalLevel(kind: string, canonical: string): boolean {
  return kind === 'commune' || (kind === 'area' && canonical !== 'khu vực' && canonical !== 'tối cao' && canonical !== 'cấp cao');
}

/** Direction and position words that end merged commune names: "Yên Mô Bắc", "Hải Hậu Đông", "Thanh Liêm Trung". */
const NAME_SUFFIXES = new Set(['bắc', 'nam', 'đông', 'tây', 'trung', 'thượng', 'hạ']);

/**
 * A commune's name known up to k may go on: a direction word ("Yên Mô" + "Bắc") or, since 2025, a dash and a known
 * place ("Xuân Hương - Đà Lạt") closed by punctuation, a line end or a lower-case word. Returns the new end.
 */
function localNameEnd(ctx: Ctx, k: number): number {
  const atoms = ctx.atoms;
  let e = k;
  const w = atoms[e];
  if (w && w.kind === AtomKind.Word && w.upper && w.space && sameLine(ctx, e) && NAME_SUFFIXES.has(w.fold) && (closesName(ctx, e + 1) || looksLikePersonName(ctx, e + 1))) e++;
  // "xã Tân Lạc Sơn": one more capitalised syllable closing a merged commune's name after a known place
  else if (w && w.kind === AtomKind.Word && w.upper && !w.allCaps && w.space && sameLine(ctx, e) && closesName(ctx, e + 1) && !has(ctx, e, 'title') && !has(ctx, e, 'honorific') && !has(ctx, e, 'org')) e++;
  // "phường Bảo Lộc 2": wards numbered after a merged name
  const nb = atoms[e];
  if (nb && nb.kind === AtomKind.Number && nb.space && sameLine(ctx, e) && /^\d{1,2}$/u.test(nb.text) && closesName(ctx, e + 1) && !countsSomething(ctx, e + 1)) e++;
  const d = atoms[e];
  if (d && (d.text === '-' || d.text === '–') && d.space && sameLine(ctx, e) && atoms[e + 1]?.space) {
    const pl = parsePlace(ctx, e + 1, PLACES_ONLY);
    // (a border gate's economic zone names its province: "cửa khẩu Đồng Đăng - Lạng Sơn")
    if (pl && (pl.kind !== 'province' || ctx.atoms[k - 1]?.fold === 'khẩu' || ctx.atoms[k - 2]?.fold === 'khẩu' || ctx.atoms[k - 3]?.fold === 'khẩu') && closesName(ctx, pl.end)) e = pl.end;
  }
  return e;
}

/** Nothing capitalised goes on at k on the same line (the name is complete there). */
function closesName(ctx: Ctx, k: number): boolean {
  const a = ctx.atoms[k];
  return !a || a.newline || a.kind === AtomKind.Punct || (a.kind === AtomKind.Word && !a.upper && !a.allCaps);
}

/** Exactly two capitalised syllables at i (the second no middle name), then no capitalised word. */
function twoSyllablePlace(ctx: Ctx, i: number): boolean {
  // ("xã Châu Kim": a second syllable that is also a middle name is still the commune's; a name needs a given name)
  if (!upperAt(ctx, i + 1) || !sameLine(ctx, i + 1) || ctx.atoms[i + 1].fold === 'văn' || ctx.atoms[i + 1].fold === 'thị') return false;
  if ((!has(ctx, i + 1, 'middle') || has(ctx, i + 1, 'middle', undefined, i + 2)) && closesName(ctx, i + 2)) return true;
  // three syllables whose second is no middle name: a merged commune ("xã Đồng Lạc Sơn"), not a person ("xã Lê Minh Tuấn")
  return !has(ctx, i, 'particle', KINDS_PREFIX) && !has(ctx, i + 1, 'middle') && upperAt(ctx, i + 2) && sameLine(ctx, i + 2) && closesName(ctx, i + 3);
}

function endsWithBodyBeforeForeignCountry(ctx: Ctx, i: number, end: number): boolean {
  const fc = parsePlace(ctx, end, WITH_COUNTRIES);
  if (!fc || fc.kind !== 'country' || fc.name === 'Việt Nam') return false;
  for (let k = i + 1; k < end; k++) if (upperAt(ctx, k) && longest(ctx, k, 'org', KINDS_BODY)?.end === end) return true;
  return false;
}

export interface OrgParseOptions { allowLower?: boolean; depth?: number }

/** Parse an organization starting at atom i. */
export function parseOrg(ctx: Ctx, i: number, opts: OrgParseOptions = ORG_DEFAULT): OrgMention | undefined {
  // (the common case first: most atoms start no organization entry and none of the words below)
  const w = ctx.atoms[i];
  if (w === undefined || w.kind !== AtomKind.Word || (!startsCat(ctx, i, 'org') && !NAMED_WITHOUT_ENTRY.hasAtom(w))) return undefined;
  const depth = opts.depth ?? 0;
  // "Đoàn xã Tân Mỹ", "Hải quan cửa khẩu Móng Cái", "Thuế tỉnh Tuyên Quang": a body named only by a level word after it
  // (bare, each word is something else: a surname or a delegation, the customs service, the tax)
  if (isWord(ctx, i) && LEVEL_NAMED_FIRST.hasAtom(ctx.atoms[i])) {
    const named = levelNamedBody(ctx, i, opts);
    if (named) return named;
  }
  // "Hải quân Indonesia", "Không quân Hoàng gia Thái Lan": a foreign country's armed service (Vietnam's are named bodies)
  if (isWord(ctx, i) && ctx.atoms[i].upper && SERVICES_FIRST.hasAtom(ctx.atoms[i]) && SERVICES.has(`${ctx.atoms[i].fold} ${ctx.atoms[i + 1]?.fold ?? ''}`) && sameLine(ctx, i + 2)) {
    let k = i + 2;
    if (ctx.atoms[k]?.fold === 'hoàng' && ctx.atoms[k + 1]?.fold === 'gia' && ctx.atoms[k].upper) k += 2;
    const cn = parsePlace(ctx, k, WITH_COUNTRIES);
    if (cn && cn.kind === 'country' && cn.name !== 'Việt Nam') return orgMention(i, cn.end, 'head', ctx.key.slice(ctx.atoms[i].start, ctx.atoms[cn.end - 1].end));
  }
  // parseOrgCore finds nothing unless an organization entry starts at i
  if (depth > 3 || !isWord(ctx, i) || !startsCat(ctx, i, 'org')) return undefined;
  const org = parseOrgCore(ctx, i, opts, depth);
  if (!org) return undefined;
  // "Ủy ban Pháp luật và Tư pháp của Quốc hội", "Hội đồng Dân tộc của Quốc hội"
  const cua = ctx.atoms[org.b];
  if (cua && cua.fold === 'của' && sameLine(ctx, org.b) && (org.kind === 'body' || org.kind === 'sub')) {
    const owner = longest(ctx, org.b + 1, 'org', KINDS_BODY);
    if (owner && ctx.atoms[org.b + 1].upper) {
      if (!org.parent) org.parent = orgMention(org.b + 1, owner.end, 'body', owner.entry.canonical);
      org.b = owner.end;
    }
  }
  // "Ủy ban liên Chính phủ Việt Nam – Lào", "Nhóm Nghị sĩ hữu nghị Việt Nam – Chile": a name ending with a country, a
  // spaced dash and another country names one bilateral body
  const dash = ctx.atoms[org.b];
  if (dash && dash.space && (dash.text === '–' || dash.text === '-') && sameLine(ctx, org.b + 1) && upperAt(ctx, org.b + 1) && endsWithCountry(ctx, org)) {
    const c2 = parsePlace(ctx, org.b + 1, WITH_COUNTRIES);
    if (c2 && c2.kind === 'country') {
      org.b = c2.end; org.kind = 'head'; org.place = undefined; org.levelWord = undefined;
      org.canonical = ctx.key.slice(ctx.atoms[org.a].start, ctx.atoms[c2.end - 1].end);
      // ("Hội Hữu nghị Việt Nam - Lào tỉnh Nghệ An": a provincial branch)
      if (ctx.atoms[org.b]?.kind === AtomKind.Word && !ctx.atoms[org.b].upper && sameLine(ctx, org.b) && longest(ctx, org.b, 'level')) {
        const probe = orgMention(org.a, org.b, org.kind, org.canonical);
        const lp = parseLevelAndPlace(ctx, org.b, probe);
        if (lp > org.b && (probe.place || levelOnlyEnd(ctx, lp))) { org.b = lp; org.place = probe.place; org.levelWord = probe.levelWord; }
      }
    }
  }
  // "Đội Quản lý thị trường số 4", "Ban Chỉ đạo 389 tỉnh Quảng Ninh": a unit's number after its name, then its place
  if (!org.place && !org.levelWord && !org.parent) {
    const nb = numberAfterName(ctx, org);
    if (nb > org.b) {
      org.canonical = ctx.key.slice(ctx.atoms[org.a].start, ctx.atoms[nb - 1].end); org.kind = 'head'; org.b = nb;
      org.b = parseLevelAndPlace(ctx, nb, org);
    }
  }
  // "Bộ Nông nghiệp, Lâm nghiệp và Thủy sản Campuchia": fields listed with a comma and "và", closed by a country
  if ((org.kind === 'body' || org.kind === 'head') && !org.place && !org.parent) {
    const fe = fieldListEnd(ctx, org.b);
    if (fe > org.b) { org.b = fe; org.canonical = ctx.key.slice(ctx.atoms[org.a].start, ctx.atoms[fe - 1].end); org.kind = 'head'; org.levelWord = undefined; }
  }
  // "Đội Cảnh sát hình sự về trật tự xã hội", "Ban Chỉ đạo quốc gia về phòng thủ dân sự": a unit named by its field after "về"
  const ve = fieldAfterVe(ctx, org.a, org.b);
  if (ve > org.b) { org.b = ve; org.canonical = ctx.key.slice(ctx.atoms[org.a].start, ctx.atoms[ve - 1].end); org.kind = 'head'; org.place = undefined; org.levelWord = undefined; org.parent = undefined; }
  // "Ban Hợp tác và Phát triển ĐHQGHN": the abbreviation of the parent body right after the name
  const pa = ctx.atoms[org.b];
  if (pa && pa.allCaps && sameLine(ctx, org.b) && (org.kind === 'head' || org.kind === 'sub') && !org.parent && depth === 0) {
    const pm = longest(ctx, org.b, 'org', KINDS_BODY);
    if (pm && pm.end === org.b + 1 && !org.canonical.toLowerCase().includes(pm.entry.canonical.toLowerCase())) {
      org.parent = orgMention(org.b, pm.end, 'body', pm.entry.canonical); org.b = pm.end;
    }
  }
  // "Agribank Chi nhánh Đắk Lắk", "BTBank Chi nhánh Thăng Long": a company's branch named after it
  if ((org.kind === 'body' || org.kind === 'head') && !org.parent) {
    const e = branchTail(ctx, org.b);
    if (e > org.b) { org.b = e; org.canonical = ctx.key.slice(ctx.atoms[org.a].start, ctx.atoms[e - 1].end); org.kind = 'head'; org.place = undefined; org.levelWord = undefined; }
  }
  addSeatAndAbroad(ctx, org, depth);
  return org;
}

/**
 * The last readings of parseOrg, in a function of its own called for every organization: a seat after "tại", the
 * abbreviation of a national body, "ở nước ngoài". (Their branches are met rarely, some first after parseOrg is optimized:
 * the deoptimization that follows then recompiles this small function, not all of parseOrg.)
 */
function addSeatAndAbroad(ctx: Ctx, org: OrgMention, depth: number): void {
  // "Phân hiệu Đại học Huế tại Quảng Trị", "Chi nhánh … tại Đà Nẵng": a branch named with its seat
  if (ctx.atoms[org.b]?.fold === 'tại' && sameLine(ctx, org.b + 1) && BRANCH_HEADS.has(ctx.atoms[org.a].fold + ' ' + (ctx.atoms[org.a + 1]?.fold ?? ''))) {
    const seat = parsePlace(ctx, org.b + 1, PLACES_ONLY);
    if (seat && closesName(ctx, seat.end)) { org.b = seat.end; org.canonical = ctx.key.slice(ctx.atoms[org.a].start, ctx.atoms[org.b - 1].end); org.kind = 'head'; org.place = undefined; org.levelWord = undefined; }
  }
  // "Hội đồng Chứng minh GHPGVN": the abbreviation of the national body whose council it is, written after it
  const ab = ctx.atoms[org.b];
  if (ab && ab.allCaps && sameLine(ctx, org.b) && org.kind === 'body') {
    const m = longest(ctx, org.b, 'org');
    if (m && m.end === org.b + 1 && org.canonical.toLowerCase().includes(m.entry.canonical.toLowerCase()) && m.entry.canonical !== org.canonical) org.b += 1;
  }
  // "Hiệp hội doanh nhân Việt Nam ở nước ngoài": a body of Vietnamese abroad
  if (ctx.atoms[org.b]?.fold === 'ở' && org.canonical.endsWith(' Việt Nam') && ctx.atoms[org.b + 1]?.fold === 'nước' && ctx.atoms[org.b + 2]?.fold === 'ngoài' && sameLine(ctx, org.b + 2)) {
    org.b += 3; org.canonical = ctx.key.slice(ctx.atoms[org.a].start, ctx.atoms[org.b - 1].end); org.kind = 'head'; org.place = undefined; org.levelWord = undefined;
  }
  // "Đại sứ quán Việt Nam tại Australia", "Hội Người Việt Nam tại bang New South Wales": a body of one country with its
  // seat in another is named with the seat
  // (a foreign body's seat in Việt Nam is implied, so the key stays the same: "Đại sứ quán Pháp tại Việt Nam" is
  // "Đại sứ quán Pháp"; also a foreign body named by its short form or as a parent's office: "Văn phòng JICA tại Việt Nam")
  if (ctx.atoms[org.b]?.fold === 'tại' && sameLine(ctx, org.b + 1)) {
    const foreign = endsWithCountry(ctx, org) && !org.canonical.endsWith(' Việt Nam');
    if (hereInVietnam(ctx, org.b) && (foreign || (depth === 0 && (org.kind === 'head' || org.kind === 'body' || org.kind === 'sub') &&
        !org.canonical.endsWith(' Việt Nam') && closesName(ctx, org.b + 3) && (org.parent !== undefined || /\p{Lu}{2,}|[A-Za-z]{3,}$/u.test(org.canonical))))) {
      org.b += 3;
    } else if (org.canonical.endsWith(' Việt Nam') || endsWithCountry(ctx, org)) {
      const seat = parseSeat(ctx, org.b + 1);
      if (seat > org.b + 1) { org.canonical = ctx.key.slice(ctx.atoms[org.a].start, ctx.atoms[seat - 1].end); org.kind = 'head'; org.place = undefined; org.levelWord = undefined; org.b = seat; }
    }
  }
}

/** "tại Việt Nam" at k (the seat word and the country, capitalised). */
function hereInVietnam(ctx: Ctx, k: number): boolean {
  return ctx.atoms[k]?.fold === 'tại' && ctx.atoms[k + 1]?.fold === 'việt' && ctx.atoms[k + 1].upper && ctx.atoms[k + 2]?.fold === 'nam' && sameLine(ctx, k + 2);
}

/** "Chi nhánh Đắk Lắk", "Chi nhánh Thăng Long" right after a company's name at k: the branch's end, or k. */
export function branchTail(ctx: Ctx, k: number): number {
  const atoms = ctx.atoms;
  if (atoms[k]?.fold !== 'chi' || atoms[k + 1]?.fold !== 'nhánh' || !sameLine(ctx, k + 2) || !upperAt(ctx, k + 2)) return k;
  const pl = parsePlace(ctx, k + 2, PLACES_ONLY);
  const e = pl ? pl.end : properRun(ctx, k + 2, 4);
  return e > k + 2 && closesName(ctx, e) && !looksLikePersonName(ctx, k + 2) ? e : k;
}

/** ", Lâm nghiệp và Thủy sản Campuchia" at k: a field, "và", a field (each a capitalised word and up to two lower-case
 * ones), then a foreign country: the country's end, or k. */
function fieldListEnd(ctx: Ctx, k: number): number {
  const atoms = ctx.atoms;
  // (or "và" and one more field: "Bộ Ngoại giao và Thương mại Australia")
  const va = atoms[k]?.fold === 'và';
  if ((atoms[k]?.text !== ',' && !va) || !sameLine(ctx, k + 1)) return k;
  const field = (m: number): number => {
    const a = atoms[m];
    if (!a || a.kind !== AtomKind.Word || !a.upper || a.allCaps || !sameLine(ctx, m) || has(ctx, m, 'title') || has(ctx, m, 'honorific') ||
        startsCat(ctx, m, 'org') || longest(ctx, m, 'place') || longest(ctx, m, 'country') || looksLikePersonName(ctx, m)) return m;
    let e = m + 1;
    while (e < atoms.length && e - m < 3 && atoms[e].kind === AtomKind.Word && !atoms[e].upper && !atoms[e].allCaps && atoms[e].fold !== 'và' && sameLine(ctx, e)) e++;
    return e;
  };
  let f2: number;
  if (va) {
    f2 = field(k + 1);
    if (f2 === k + 1) return k;
  } else {
    const f1 = field(k + 1);
    if (f1 === k + 1 || atoms[f1]?.fold !== 'và') return k;
    f2 = field(f1 + 1);
    if (f2 === f1 + 1) return k;
  }
  const c = parsePlace(ctx, f2, WITH_COUNTRIES);
  return c && c.kind === 'country' && closesName(ctx, c.end) ? c.end : k;
}

/** Bodies numbered without "số" ("Ban Chỉ đạo 389", "Tổ công tác 12"). */
const NUMBERED_BODIES = new Set(['ban chỉ đạo', 'tổ công tác', 'đoàn công tác', 'tổ công tác đặc biệt']);

/** "số 4" (or a bare number after "Ban Chỉ đạo") right after a unit's name, not counting anything nor a date: the new end, or org.b. */
function numberAfterName(ctx: Ctx, org: OrgMention): number {
  const atoms = ctx.atoms;
  let k = org.b;
  if (!sameLine(ctx, k)) return org.b;
  const so = atoms[k]?.fold === 'số' && atoms[k].space;
  if (so) k++;
  // (the cheap test first: most names have no number after them, and lower-casing the name costs a new string)
  else if (atoms[k]?.kind !== AtomKind.Number || !NUMBERED_BODIES.has(org.canonical.toLowerCase())) return org.b;
  const n = atoms[k];
  if (!n || n.kind !== AtomKind.Number || !n.space || !sameLine(ctx, k) || !/^\d{1,4}$/u.test(n.text)) return org.b;
  const after = atoms[k + 1];
  // (not "số 4/2025", "số 12,5", "389 người")
  if (after && !after.space && !after.newline && after.kind === AtomKind.Punct && (after.text === '/' || after.text === ',' || after.text === '.' || after.text === '-')) {
    const a2 = atoms[k + 2];
    if (a2 && a2.kind === AtomKind.Number && !a2.space) return org.b;
  }
  // ("Ban Chỉ đạo 389 tỉnh": the province of the committee, not 389 provinces)
  if (countsSomething(ctx, k + 1) && (so || !has(ctx, k + 1, 'level'))) return org.b;
  return k + 1;
}

const EVENT_WORDS = new Set(['games', 'cup', 'olympic', 'olympics', 'expo', 'summit', 'forum', 'festival', 'show', 'open', 'league', 'championship']);

/** Bodies that departments belong to ("khoa Ngoại Bệnh viện …", "phòng Đào tạo Trường …"). */
const DEPARTMENT_PARENTS = new Set(['Bệnh viện', 'Bệnh viện Đa khoa', 'Trường', 'Trường Đại học', 'Viện', 'Học viện', 'Đại học', 'Trung tâm', 'Trung tâm Y tế']);

/** After a unit's name [a, b): "về" and its field in lower case (≤ 7 words) closed by punctuation or a person; the new end, or b. */
export function fieldAfterVe(ctx: Ctx, a: number, b: number): number {
  if (ctx.atoms[b]?.fold !== 'về' || ctx.atoms[b].newline || !VE_HEADS.has(ctx.atoms[a].fold)) return b;
  let k = b + 1;
  while (k < ctx.atoms.length && k - b <= 7 && ctx.atoms[k].kind === AtomKind.Word && !ctx.atoms[k].upper && !ctx.atoms[k].allCaps && !ctx.atoms[k].newline && !SC_STOP.has(ctx.atoms[k].fold)) k++;
  const e = ctx.atoms[k];
  // (or the parent body: "Phòng Cảnh sát phòng chống tội phạm về môi trường Công an tỉnh")
  return k > b + 1 && (!e || e.newline || (e.kind === AtomKind.Punct && e.text !== '-' && e.text !== '–') || looksLikePersonName(ctx, k) || startsParent(ctx, k)) ? k : b;
}

/** Heads of units named by their field after "về". */
const VE_HEADS = new Set(['đội', 'phòng', 'cục', 'ban', 'trung', 'viện', 'vụ', 'trưởng', 'hội']);

/** Branches named with the place where they are ("Phân hiệu … tại Quảng Trị"). */
const BRANCH_HEADS = new Set(['phân hiệu', 'chi nhánh', 'văn phòng đại', 'cơ sở']);

/** Lower-case words that name a foreign unit before its name: "bang New South Wales", "thành phố Sydney". */
const SEAT_WORDS = new Set(['bang', 'tỉnh', 'vùng', 'thành', 'đặc']);

/**
 * The seat after "tại" at k: a country or place the dictionaries know, or a foreign name in capitals (1-4 words, after an
 * optional "bang", "tỉnh", "thành phố", "vùng") that ends the phrase. Its end, or k.
 */
export function parseSeat(ctx: Ctx, k: number): number {
  const known = parsePlace(ctx, k, WITH_COUNTRIES);
  if (known) return known.end;
  const atoms = ctx.atoms;
  let j = k;
  const w = atoms[j];
  if (w && w.kind === AtomKind.Word && !w.upper && SEAT_WORDS.has(w.fold) && sameLine(ctx, j)) {
    j++;
    if (w.fold === 'thành' && atoms[j]?.fold === 'phố') j++;
    else if (w.fold === 'đặc' && atoms[j]?.fold === 'khu') j++;
    else if (w.fold === 'thành' || w.fold === 'đặc') return k;
  }
  const start = j;
  if (startsCat(ctx, j, 'org') || has(ctx, j, 'common', undefined, j + 1)) return k;
  // (capitalised words only, no abbreviation or event word: "tại SEA Games", "tại APEC Summit" name no seat)
  while (j < atoms.length && j - start < 4 && sameLine(ctx, j) && atoms[j].kind === AtomKind.Word && atoms[j].upper && !atoms[j].allCaps &&
    !EVENT_WORDS.has(atoms[j].fold) && !has(ctx, j, 'title') && !has(ctx, j, 'honorific') && !(j > start && has(ctx, j, 'surname'))) j++;
  if (j < atoms.length && sameLine(ctx, j) && atoms[j].kind === AtomKind.Word && (atoms[j].allCaps || EVENT_WORDS.has(atoms[j].fold))) return k;
  if (j === start || !closesName(ctx, j)) return k;
  return j;
}

/** Every word of [i, end) capitalised where the dictionary form capitalises it. */
function casedAsForm(ctx: Ctx, i: number, end: number, form: string): boolean {
  const words = form.split(' ');
  if (words.length !== end - i) return true;
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    const a = ctx.atoms[i + k];
    if (w[0] !== w[0].toLowerCase() && !a.upper && !a.allCaps) return false;
  }
  return true;
}

/** The mention ends with a country name (of at most 3 syllables). */
function endsWithCountry(ctx: Ctx, org: OrgMention): boolean {
  for (let k = org.b - 1; k >= org.a + 1 && k >= org.b - 3; k--) {
    const p = parsePlace(ctx, k, WITH_COUNTRIES);
    if (p && p.end === org.b) return p.kind === 'country';
  }
  return false;
}

// isAbbreviationForm of each dictionary form asked, made once (the dictionaries hold a few thousand)
const abbreviationForms = new Map<string, boolean>();
/** A dictionary form written in capitals ("CA", "UBND"): upper-casing leaves it as it is and lower-casing does not. */
function isAbbreviationForm(form: string): boolean {
  let v = abbreviationForms.get(form);
  if (v === undefined) { v = form === form.toUpperCase() && form !== form.toLowerCase(); abbreviationForms.set(form, v); }
  return v;
}

/** The canonical names a newspaper ("Báo …"; the first unit is tested before the string call). */
function isNewspaper(canonical: string): boolean {
  return canonical.charCodeAt(0) === 66 /* B */ && canonical.startsWith('Báo ');
}

function parseOrgCore(ctx: Ctx, i: number, opts: OrgParseOptions, depth: number): OrgMention | undefined {
  const org = parseOrgCands(ctx, i, opts, depth, candidates(ctx, i, 'org'));
  // a named body that is itself "type head + name" may continue: "Bệnh viện Hữu nghị" + "Đa khoa Nghệ An"
  if (org && org.kind === 'body' && !org.place && upperAt(ctx, org.b) && sameLine(ctx, org.b) && !looksLikePersonName(ctx, org.b) &&
      !longest(ctx, org.b, 'place') && !longest(ctx, org.b, 'org') && !has(ctx, org.b, 'surname') && !has(ctx, org.b, 'title')) {
    const heads = candidates(ctx, i, 'org', KINDS_HEAD).filter((c) => c.end < org.b);
    const longer = heads.length ? parseOrgCands(ctx, i, opts, depth, heads) : undefined;
    if (longer && longer.b > org.b) return longer;
    // a brand written after a short company name: "FPT Telecom", "Viettel Post" (a subsidiary, keyed by its full name)
    const a = ctx.atoms[org.b];
    const after = ctx.atoms[org.b + 1];
    if (org.b - i === 1 && ctx.atoms[i].allCaps && a.kind === AtomKind.Word && a.space && !a.allCaps && !has(ctx, org.b, 'common') &&
        !(after && after.kind === AtomKind.Word && (after.upper || after.allCaps) && !after.newline)) {
      return orgMention(i, org.b + 1, 'head', ctx.key.slice(ctx.atoms[i].start, ctx.atoms[org.b].end));
    }
  }
  return org;
}

function parseOrgCands(ctx: Ctx, i: number, opts: OrgParseOptions, depth: number, cands: OrgCand[]): OrgMention | undefined {
  const first = ctx.atoms[i];
  for (const c of cands) {
    const e = c.entry;
    const lowerOk = opts.allowLower || first.upper || first.allCaps;
    if (!lowerOk) continue;
    // an all-capital abbreviation matches only all-capital text: "CA" (Công an) is not "Ca sĩ"
    if (c.end - i === 1 && !first.allCaps && e.form.length > 1 && isAbbreviationForm(e.form)) continue;
    // a newspaper named by common words matches only as written: "Thanh Niên", not "Thanh niên tiên tiến"
    if (c.end - i >= 2 && isNewspaper(e.canonical) && !casedAsForm(ctx, i, c.end, e.form)) continue;
    const org: OrgMention = orgMention(i, c.end, e.kind, e.canonical);
    const found = readCandidate(ctx, i, opts, depth, c, e, first, org);
    if (found) return found;
  }
  return undefined;
}

type OrgCand = { end: number; entry: Entry };

// One function per kind of candidate (each compiled on its own, the rarely met kinds perhaps never: one function of
// ~10 KB of bytecode was among the largest optimizing compilations of a cold pass). Each returns the organization the
// candidate c names, or undefined to go on with the next candidate.

function readCandidate(ctx: Ctx, i: number, opts: OrgParseOptions, depth: number, c: OrgCand, e: Entry, first: Atom, org: OrgMention): OrgMention | undefined {
  switch (e.kind) {
    case 'body': return bodyCandidate(ctx, i, depth, c, e, first, org);
    case 'committee':
    case 'level': return levelCandidate(ctx, i, opts, depth, c, e, first, org);
    case 'sub': return subCandidate(ctx, i, opts, depth, c, e, first, org);
    case 'head': return headCandidate(ctx, i, opts, depth, c, e, first, org);
  }
  return undefined;
}

/** A named body ("Bộ Y tế"), with the country or level and place written after it. */
function bodyCandidate(ctx: Ctx, i: number, depth: number, c: OrgCand, e: Entry, first: Atom, org: OrgMention): OrgMention | undefined {
  // "Trung ương Hội Chữ thập đỏ Việt Nam", "Trung ương Đoàn": the central committee of an association
  // ("Ban Chấp hành Trung ương Đoàn": the same for the executive committee of an association)
  if (c.end - i >= 2 && ctx.atoms[c.end - 2].fold === 'trung' && ctx.atoms[c.end - 1].fold === 'ương' && upperAt(ctx, c.end) && sameLine(ctx, c.end) &&
      (ctx.atoms[c.end].fold === 'hội' || ctx.atoms[c.end].fold === 'đoàn')) {
    const name = c.end - i === 2 ? 'Trung ương' : ctx.key.slice(first.start, ctx.atoms[c.end - 1].end);
    const owner = parseOrg(ctx, c.end, { depth: depth + 1 });
    if (owner && owner.b > c.end + 1) { org.kind = 'sub'; org.canonical = name; org.parent = owner; org.b = owner.b; return org; }
    // bare "Trung ương Hội": the same central committee as the fuller mention
    org.kind = 'sub'; org.canonical = name; org.b = c.end + 1; return org;
  }
  // "Trung ương Đảng Cộng sản Trung Quốc": the central committee of a foreign party, not of Vietnam's
  if (c.end - i === 3 && first.fold === 'trung' && ctx.atoms[c.end - 1].fold === 'đảng') {
    const pe = foreignPartyEnd(ctx, c.end);
    if (pe > c.end) {
      const party = orgMention(c.end - 1, pe, 'head', ctx.key.slice(ctx.atoms[c.end - 1].start, ctx.atoms[pe - 1].end));
      org.kind = 'sub'; org.canonical = 'Trung ương'; org.parent = party; org.b = pe; return org;
    }
  }
  // "Đảng Dân chủ", "Đảng Quyền lực Quốc dân": a party named after "Đảng" (bare "Đảng" is the Communist Party)
  if (c.end - i === 1 && first.fold === 'đảng' && upperAt(ctx, c.end) && sameLine(ctx, c.end) && !looksLikePersonName(ctx, c.end) &&
      !longest(ctx, c.end, 'place') && !longest(ctx, c.end, 'country') && !longest(ctx, c.end, 'org') && !has(ctx, c.end, 'title', KINDS_HEAD_RANK)) {
    let e2 = properRun(ctx, c.end, 5);
    const stop = ctx.atoms[e2];
    if (stop && stop.kind === AtomKind.Word && !stop.upper && !stop.allCaps && sameLine(ctx, e2)) e2 = Math.max(e2, sentenceCaseRun(ctx, c.end));
    if (e2 > c.end) { org.kind = 'head'; org.canonical = ctx.key.slice(first.start, ctx.atoms[e2 - 1].end); org.b = e2; return org; }
  }
  // "Quân khu 7" is the numbered form of "Quân khu": keyed by the type and the number, so that a bare "Quân khu" joins it
  const num = endsWithDigit(e.canonical) ? NUMBERED.exec(e.canonical) : null;
  if (num) { org.kind = 'level'; org.canonical = num[1]; org.place = num[2]; return org; }
  // "máy bay Airbus A321neo", "Samsung Galaxy": a brand before a model code is a product
  if (c.end - i === 1 && /^[A-Z][a-z]/u.test(first.text) && /^[A-Z]{1,3}\d/u.test(ctx.atoms[c.end]?.text ?? '') && sameLine(ctx, c.end)) return undefined;
  // "Chính phủ Nhật Bản", "Bộ Ngoại giao Trung Quốc"
  const p = parsePlace(ctx, c.end, WITH_COUNTRIES);
  // ("Đại sứ Nhà nước Qatar": the state's formal name, a place)
  if (c.end - i === 2 && first.fold === 'nhà' && p && p.kind === 'country' && p.name !== 'Việt Nam') return undefined;
  // (a foreign country names another body than the bare one: "Quốc hội Chile" is not "Quốc hội")
  // "Amazon Robotics", "Samsung Electronics": a brand and a Latin-script word or two that close the name
  // (a brand written in mixed case and one word after it: "ASEAN Somsak Chaiyaphum", "IMF Paolo Meda" are persons)
  if (c.end - i === 1 && /^[A-Z][a-z][A-Za-z0-9]+$/u.test(first.text) && upperAt(ctx, c.end) && sameLine(ctx, c.end) && isLatin(ctx.atoms[c.end].text) &&
      !ctx.atoms[c.end].allCaps && !has(ctx, c.end, 'surname') && !longest(ctx, c.end, 'country') && !longest(ctx, c.end, 'place') &&
      !(ctx.atoms[c.end].fold === 'chi' && ctx.atoms[c.end + 1]?.fold === 'nhánh')) {
    const after = ctx.atoms[c.end + 1];
    const closed = !after || after.newline || (after.kind === AtomKind.Word && !after.upper && !after.allCaps && after.space) ||
      (after.kind === AtomKind.Punct && (after.text === ',' || after.text === '.' || after.text === ')' || after.text === ';' || after.text === ':'));
    if (closed) { org.kind = 'head'; org.canonical = ctx.key.slice(first.start, ctx.atoms[c.end].end); org.b = c.end + 1; return org; }
  }
  // "Viettel Yên Bái", "VNPT Hà Tĩnh": a brand's provincial branch
  if (p && p.kind === 'province' && c.end - i === 1 && /^[A-Za-z][A-Za-z0-9]+$/u.test(first.text) && closesName(ctx, p.end)) {
    org.kind = 'head'; org.canonical = ctx.key.slice(first.start, ctx.atoms[p.end - 1].end); org.b = p.end; return org;
  }
  if (p && p.kind === 'country') {
    // (a house that only foreign states have keeps the country as its place, so that a bare later mention joins it)
    if (p.name === 'Việt Nam' || FOREIGN_ONLY.has(e.canonical)) org.place = p.name; else org.canonical = `${e.canonical} ${p.name}`;
    org.b = p.end;
  }
  // "Ngân hàng Chính sách xã hội tỉnh": a national body's branch of the province the text is about
  else if (!p && depth === 0 && sameLine(ctx, c.end) && ctx.atoms[c.end]?.kind === AtomKind.Word && !ctx.atoms[c.end].upper && longest(ctx, c.end, 'level')?.entry.kind === 'province') {
    const probe = orgMention(org.a, org.b, org.kind, org.canonical);
    const lp = parseLevelAndPlace(ctx, c.end, probe);
    if (lp > c.end && (probe.place || levelOnlyEnd(ctx, lp))) { org.b = lp; org.levelWord = probe.levelWord; org.place = probe.place; }
  }
  return org;
}

/** A level body or a party committee ("UBND", "Đảng ủy"), with its level and place or the body it belongs to. */
function levelCandidate(ctx: Ctx, i: number, opts: OrgParseOptions, depth: number, c: OrgCand, e: Entry, first: Atom, org: OrgMention): OrgMention | undefined {
  if (!first.upper && !first.allCaps && !opts.allowLower) return undefined;
  // "Toàn Đảng đoàn kết": "đoàn kết" (unity) is a word, not the body "Đảng đoàn"
  if (ctx.atoms[c.end - 1].fold === 'đoàn' && ctx.atoms[c.end]?.fold === 'kết') return undefined;
  // "đoàn đại biểu Quốc hội Chile": a level body ending with a named body ("Quốc hội") before a foreign country is a
  // delegation of that country's body, not the domestic "Đoàn đại biểu Quốc hội"
  if (c.end - i >= 2 && endsWithBodyBeforeForeignCountry(ctx, i, c.end)) return undefined;
  org.b = parseLevelAndPlace(ctx, c.end, org);
  // "Caritas Giáo phận Vinh", "Liên đoàn Lao động Tập đoàn Điện lực Việt Nam": a level body of a named body
  if (e.kind === 'level' && org.b === c.end && upperAt(ctx, c.end) && sameLine(ctx, c.end) && (first.upper || first.allCaps)) {
    const parent = parseOrg(ctx, c.end, { depth: depth + 1 });
    // (or a provincial department without its place: "Thanh tra Sở Nông nghiệp và Môi trường")
    if (parent && parent.b > c.end + 1 && (parent.kind === 'body' || parent.kind === 'head' || (parent.kind === 'level' && (parent.place !== undefined || parent.canonical.startsWith('Sở '))))) { org.parent = parent; org.b = parent.b; }
  }
  // a party committee of a body: "Đảng đoàn Quốc hội", "Đảng ủy Công an tỉnh", "Ban cán sự đảng Bộ Y tế"
  if (e.kind === 'committee' && org.b === c.end && !org.place && upperAt(ctx, c.end) && sameLine(ctx, c.end)) {
    const parent = parseOrg(ctx, c.end, { depth: depth + 1 });
    // (also of a level body with its level, "Đảng ủy Thanh tra tỉnh", or of a named unit, "Đảng ủy Sư đoàn 368")
    if (parent && (parent.kind === 'body' || (parent.kind === 'level' && (parent.levelWord || parent.place)) || parent.kind === 'head')) { org.parent = parent; org.b = parent.b; }
    // "Bí thư Đảng ủy Tập đoàn;", "Đảng bộ Tập đoàn": the company of the article, named by its type word
    else if (!parent) {
      const h = bareCompanyHead(ctx, c.end);
      if (h > c.end) { org.parent = orgMention(c.end, h, 'head', ctx.key.slice(ctx.atoms[c.end].start, ctx.atoms[h - 1].end)); org.b = h; }
    }
  }
  return org;
}

/** A sub-body ("Ban Thường vụ", "HĐQT"), with the body it belongs to or a name of its own. */
function subCandidate(ctx: Ctx, i: number, opts: OrgParseOptions, depth: number, c: OrgCand, e: Entry, first: Atom, org: OrgMention): OrgMention | undefined {
  const parent = parseOrg(ctx, c.end, { allowLower: true, depth: depth + 1 });
  if (parent && sameLine(ctx, c.end)) {
    org.parent = parent; org.b = parent.b;
    // "Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Bắc Ninh": a provincial board of a national body
    const lv = ctx.atoms[org.b];
    if (parent.kind === 'body' && lv && sameLine(ctx, org.b) && lv.kind === AtomKind.Word && !lv.upper && longest(ctx, org.b, 'level')) {
      const lp = parseLevelAndPlace(ctx, org.b, org);
      if (lp > org.b) org.b = lp;
    }
    return org;
  }
  // (a bare board in lower case only as a role's office, "trưởng ban kiểm soát", and only a multi-word one)
  if (!first.upper && !first.allCaps && !(opts.allowLower && c.end - i >= 2 && closesName(ctx, c.end))) return undefined;
  // "HĐQT Thép Nam Kim Sơn", "Hội đồng quản trị Giao Nhanh": a company's board before the company's name (a surname
  // starts a person instead: "Chủ tịch HĐQT Nguyễn Văn An")
  // ("HĐQT HBX Healthcare": an all-capital brand with a Latin word after it)
  if (COMPANY_ORGANS.has(e.canonical) && upperAt(ctx, c.end) && (!ctx.atoms[c.end].allCaps || (upperAt(ctx, c.end + 1) && !ctx.atoms[c.end + 1].allCaps && isLatin(ctx.atoms[c.end + 1].text))) && sameLine(ctx, c.end) && !has(ctx, c.end, 'surname') && !has(ctx, c.end, 'particle') &&
      !startsCat(ctx, c.end, 'org') && !has(ctx, c.end, 'common', undefined, c.end + 1) &&
      !has(ctx, c.end, 'title') && !has(ctx, c.end, 'honorific') && !longest(ctx, c.end, 'place') && !longest(ctx, c.end, 'country')) {
    const e2 = properRun(ctx, c.end);
    const b = ctx.atoms[e2];
    // (three syllables with a middle name are a person whose surname the dictionary lacks: "HĐQT Yên Hữu Đạt")
    const person = e2 - c.end === 3 && has(ctx, c.end + 1, 'middle');
    if (e2 > c.end && !person && (!b || b.newline || b.kind === AtomKind.Punct || (b.kind === AtomKind.Word && !b.upper && !b.allCaps) || looksLikePersonName(ctx, e2))) {
      org.parent = orgMention(c.end, e2, 'head', ctx.key.slice(ctx.atoms[c.end].start, ctx.atoms[e2 - 1].end));
      org.b = e2;
      return org;
    }
  }
  // a sub-body named in sentence case: "Văn phòng Đăng ký đất đai tỉnh"
  if (upperAt(ctx, c.end) && sameLine(ctx, c.end) && !longest(ctx, c.end, 'place') && !looksLikePersonName(ctx, c.end) && !longest(ctx, c.end, 'title')) {
    const e2 = sentenceCaseRun(ctx, c.end);
    if (e2 > c.end) {
      org.kind = 'head';
      org.canonical = ctx.key.slice(first.start, ctx.atoms[e2 - 1].end);
      org.b = e2;
      if (sameLine(ctx, e2) && ctx.atoms[e2]?.kind === AtomKind.Word && !ctx.atoms[e2].upper && longest(ctx, e2, 'level')) {
        const lp = parseLevelAndPlace(ctx, e2, org);
        if (lp > e2) org.b = lp;
      }
      return org;
    }
  }
  // a bare sub-body ("Ủy ban Kiểm tra") may still take a level and place: "Ban Dân tộc tỉnh"
  org.b = parseLevelAndPlace(ctx, c.end, org);
  return org;
}

/** A type word ("Công ty", "Trường"), with the name after it. */
function headCandidate(ctx: Ctx, i: number, opts: OrgParseOptions, depth: number, c: OrgCand, e: Entry, first: Atom, org: OrgMention): OrgMention | undefined {
  // "giám đốc công ty Trường Phát": a lower-case company head inside a role's office, before a proper name that is
  // no person's
  if (!first.upper && !first.allCaps) {
    // (a surname-led name is the company's when its second syllable is no middle name: "công ty Hoàng Liên Xanh")
    if (!opts.allowLower || !LOWER_COMPANY_HEADS.has(e.canonical.toLowerCase()) || !upperAt(ctx, c.end) || !sameLine(ctx, c.end) ||
        (looksLikePersonName(ctx, c.end) && (has(ctx, c.end + 1, 'middle') || !upperAt(ctx, c.end + 2))) || has(ctx, c.end, 'title') || has(ctx, c.end, 'honorific') || longest(ctx, c.end, 'place')) return undefined;
    const e2 = properRun(ctx, c.end, 5, 3);
    if (e2 <= c.end || !closesName(ctx, e2)) return undefined;
    org.b = e2; org.canonical = ctx.key.slice(first.start, ctx.atoms[e2 - 1].end);
    return org;
  }
  // "Hội nghị", "Hội thảo", "Hội chợ": events, not an association ("Hội")
  if (c.end - i === 1 && first.fold === 'hội' && HOI_EVENTS.has(ctx.atoms[c.end]?.fold ?? '')) return undefined;
  // "Hội An", "Trường Sa": a place that starts with a type word
  const pl = longest(ctx, i, 'place');
  if (pl && pl.end > c.end) return undefined;
  // "Phó Giám đốc Sở Trần Thị Ngọc Hà": a one-syllable head before a full name is a bare office, then a person
  if (c.end - i === 1 && fullNameAt(ctx, c.end)) return undefined;
  if (c.end - i === 1 && first.fold === 'vùng' && ctx.atoms[c.end]?.kind !== AtomKind.Number) return undefined; // "Vùng Tây Bắc" is a place
  // "Vụ Đông Xuân 2026-2027", "vụ Hè Thu": a crop season, not a department
  if (c.end - i === 1 && first.fold === 'vụ' && SEASONS.has(ctx.atoms[c.end]?.fold ?? '')) return undefined;
  // "Tổ" names a team only in lower case ("Tổ đoàn kết số 7"): "Tổ quốc", "Tổ Hùng Vương 10" (a residential group) are not
  if (c.end - i === 1 && first.fold === 'tổ' && (upperAt(ctx, c.end) || NOT_A_TEAM.has(ctx.atoms[c.end]?.fold ?? ''))) return undefined;
  // a one-syllable head inside a person's name: "Y Khoa Niê", "Nguyễn Văn Cục"
  if (c.end - i === 1 && i > 0 && upperAt(ctx, i - 1) && sameLine(ctx, i) && (has(ctx, i - 1, 'surname') || has(ctx, i - 1, 'particle') || has(ctx, i - 1, 'middle')) && !has(ctx, i - 1, 'title')) return undefined;
  // the head may be followed by a named body ("Trường Đại học" + "Bách khoa Hà Nội")
  const inner = longest(ctx, c.end, 'org', KINDS_BODY);
  // "Tập đoàn FPT", "Trường Đại học Bách khoa Hà Nội": the named body's canonical keys it ("FPT" alone is the same)
  // (a facility of a body is its own: "Nhà tang lễ Bộ Công an", "Bảo tàng Công an nhân dân")
  if (inner && sameLine(ctx, c.end) && FACILITY_HEADS.has(e.canonical.toLowerCase())) {
    org.parent = orgMention(c.end, inner.end, 'body', inner.entry.canonical); org.b = inner.end; return org;
  }
  if (inner && sameLine(ctx, c.end)) { org.b = inner.end; org.kind = 'body'; org.canonical = inner.entry.canonical; return org; }
  // "Công ty cổ phần Tập đoàn Hòa Phát": a second type word, then a named body that ends the name, keys as that body
  // (so that "Công ty Hòa Phát" joins it)
  const h2 = sameLine(ctx, c.end) ? longest(ctx, c.end, 'org', KINDS_HEAD) : undefined;
  const inner2 = h2 && upperAt(ctx, c.end) && sameLine(ctx, h2.end) ? longest(ctx, h2.end, 'org', KINDS_BODY) : undefined;
  if (inner2 && !(upperAt(ctx, inner2.end) && sameLine(ctx, inner2.end)) && inner2.entry.canonical.endsWith(ctx.key.slice(ctx.atoms[h2!.end].start, ctx.atoms[inner2.end - 1].end))) {
    org.b = inner2.end; org.kind = 'body'; org.canonical = inner2.entry.canonical; return org;
  }
  if (!sameLine(ctx, c.end)) return undefined;
  // "Bệnh viện Đa khoa tỉnh Quảng Nam", "Trung tâm Y tế huyện Ba Vì": a typed head with a level and place
  if (!upperAt(ctx, c.end) && ctx.atoms[c.end]?.kind !== AtomKind.Number) {
    if (!longest(ctx, c.end, 'level')) {
      // "Đồn Biên phòng cửa khẩu quốc tế Hữu Nghị", "Công ty cổ phần Hoa Sen": a few lower-case type words, then the name
      const e3 = lowerLedName(ctx, c.end);
      if (e3 <= c.end) return undefined;
      org.b = e3;
      org.canonical = ctx.key.slice(first.start, ctx.atoms[e3 - 1].end);
      return org;
    }
    if (c.end - i < 2) return undefined;
    const lp = parseLevelAndPlace(ctx, c.end, org);
    if (lp <= c.end) return undefined;
    org.b = lp;
    return org;
  }
  // "Đoàn Luật sư TP.HCM": a place written with glued punctuation right after the head
  if (writtenPlaceAt(ctx, c.end)) {
    const wp = parsePlace(ctx, c.end, PLACES_ONLY);
    if (wp) { org.b = wp.end; org.place = wp.name; return org; }
  }
  // (a company's name often ends with two syllables that look like a name: "Thiết bị Y tế Hoàng Phát", "Tân Phương
  // Đông"; a person right after it has three)
  const minTail = isCompanyHead(e.canonical) ? 3 : 2;
  let e2 = properRun(ctx, c.end, 11, minTail);
  // sentence case can only read further when a lower-case word (or a number's name) follows the capitalised run
  const stop = ctx.atoms[e2];
  if (e2 === c.end || (stop && sameLine(ctx, e2) && ((stop.kind === AtomKind.Word && !stop.upper && !stop.allCaps) || (stop.space && (stop.text === '–' || stop.text === '-'))))) e2 = Math.max(e2, sentenceCaseRun(ctx, c.end, minTail, opts.allowLower === true));
  if (e2 <= c.end) return undefined;
  // "CLB Thể Công – Viettel": a club's name joined by a spaced dash
  const dash = ctx.atoms[e2];
  if (e.canonical === 'Câu lạc bộ' && dash && dash.space && (dash.text === '–' || dash.text === '-') && upperAt(ctx, e2 + 1) && sameLine(ctx, e2 + 1) &&
      !has(ctx, e2 + 1, 'title') && !has(ctx, e2 + 1, 'honorific') && !looksLikePersonName(ctx, e2 + 1)) {
    const e3 = properRun(ctx, e2 + 1, 3);
    if (e3 > e2 + 1) e2 = e3;
  }
  // "Vụ Kế hoạch, Tài chính (Bộ VH-TT&DL)": a comma inside the name, when the parent in parentheses closes it
  const comma = ctx.atoms[e2];
  if (comma && comma.text === ',' && depth === 0 && upperAt(ctx, e2 + 1) && sameLine(ctx, e2 + 1) && !has(ctx, e2 + 1, 'title') && !has(ctx, e2 + 1, 'surname') &&
      !has(ctx, e2 + 1, 'org') && !has(ctx, e2 + 1, 'honorific') && !longest(ctx, e2 + 1, 'place')) {
    let e3 = properRun(ctx, e2 + 1, 3);
    if (ctx.atoms[e3]?.kind === AtomKind.Word) e3 = Math.max(e3, sentenceCaseRun(ctx, e2 + 1));
    const open = ctx.atoms[e3];
    if (e3 > e2 + 1 && e3 - e2 <= 5 && open && open.text === '(' && !open.newline && upperAt(ctx, e3 + 1)) {
      const par = parseOrg(ctx, e3 + 1, { depth: depth + 1 });
      if (par && (par.kind === 'body' || par.kind === 'level') && ctx.atoms[par.b]?.text === ')') e2 = e3;
    }
  }
  // "Đội CSGT số 6", "Tổ công tác số 3"
  if (ctx.atoms[e2]?.fold === 'số' && ctx.atoms[e2 + 1]?.kind === AtomKind.Number && sameLine(ctx, e2 + 1)) e2 += 2;
  // "Trường Đại học Y - Dược", "Bệnh viện Chuyên khoa Sản - Nhi tỉnh": two fields joined by a spaced dash
  e2 = dashTail(ctx, e2);
  org.b = e2;
  // the full name keys the organization ("Cục Văn thư" and "Cục CSGT" are two bodies; a bare "Ban Trị sự" joins
  // "Ban Trị sự GHPGVN tỉnh Bắc Ninh")
  org.canonical = ctx.key.slice(first.start, ctx.atoms[e2 - 1].end);
  // "Phòng Cảnh sát PCCC và CNCH Công an tỉnh": a parent body right after the name
  if (sameLine(ctx, e2) && startsParent(ctx, e2) && depth < 2) {
    const parent = parseOrg(ctx, e2, { depth: depth + 1 });
    if (parent) { org.parent = parent; org.b = parent.b; return org; }
  }
  // "Ban Tôn giáo tỉnh": an optional level word (and place) after the name; "... TP.HCM": a written place
  if (sameLine(ctx, e2) && ctx.atoms[e2]?.kind === AtomKind.Word && !ctx.atoms[e2].upper && longest(ctx, e2, 'level')) {
    const lp = parseLevelAndPlace(ctx, e2, org);
    if (lp > e2) org.b = lp;
  } else if (sameLine(ctx, e2)) {
    const pl = parsePlace(ctx, e2, PLACES_ONLY);
    if (pl) { org.place = pl.name; org.b = pl.end; }
    else {
      // "Viện Khoa học và Công nghệ tiên tiến Hàn Quốc", "Công ty TNHH Siam Fresh Foods Việt Nam": the country ends the name
      const cn = parsePlace(ctx, e2, WITH_COUNTRIES);
      if (cn && cn.kind === 'country' && closesName(ctx, cn.end)) { org.b = cn.end; org.canonical = ctx.key.slice(first.start, ctx.atoms[cn.end - 1].end); }
    }
  }
  return org;
}

/**
 * The last line, starting at i, is 2-3 all-caps words led by a one-syllable type word and nothing else ("TRƯỜNG GIANG"):
 * a byline in capitals.
 */
function capsByline(ctx: Ctx, i: number): boolean {
  const atoms = ctx.atoms;
  const n = atoms.length - i;
  if (n < 2 || n > 3) return false;
  for (let k = i; k < atoms.length; k++) if (atoms[k].kind !== AtomKind.Word || !atoms[k].allCaps || (k > i && atoms[k].newline)) return false;
  const h = longest(ctx, i, 'org');
  return h !== undefined && h.end === i + 1 && !longest(ctx, i + 1, 'org') && !longest(ctx, i + 1, 'place');
}

/**
 * The name of a department after its type word ("khoa" + "Nhi", "Hồi sức tích cực – Chống độc", "Chấn thương chỉnh
 * hình"): a sentence-case name, or up to 3 capitalised words ending the phrase; not a person, place or title. The end, or k.
 */
export function departmentNameEnd(ctx: Ctx, k: number): number {
  const a = ctx.atoms[k];
  if (!a || a.kind !== AtomKind.Word || !a.upper || a.allCaps || !sameLine(ctx, k) || looksLikePersonName(ctx, k) || has(ctx, k, 'title') ||
      has(ctx, k, 'honorific') || longest(ctx, k, 'place') || longest(ctx, k, 'country')) return k;
  // ("khoa Ngoại Bệnh viện Đa khoa Thống Nhất": the department's name ends where its hospital's begins)
  for (let x = k + 1; x < k + 4 && x < ctx.atoms.length && upperAt(ctx, x) && sameLine(ctx, x); x++) {
    const h = longest(ctx, x, 'org', KINDS_HEAD);
    if (h && DEPARTMENT_PARENTS.has(h.entry.canonical)) return x;
  }
  const e = sentenceCaseRun(ctx, k);
  if (e > k) return dashTail(ctx, e);
  const r = properRun(ctx, k, 3);
  const b = ctx.atoms[r];
  const boundary = !b || b.newline || b.kind === AtomKind.Punct || (b.kind === AtomKind.Word && !b.upper && !b.allCaps);
  return r > k && boundary ? r : k;
}

/**
 * A body at a lower-case "đội", "đoàn" or "khoa" at i (rare: in a function of its own, out of the loop of
 * recognizeOrganizations): "đội tuyển Việt Nam", "đoàn đại biểu Quốc hội tỉnh Nghệ An", "khoa Nhi". Returns the index
 * the scan goes on after (as a loop's i).
 */
function lowerBodyAt(ctx: Ctx, i: number): number {
  const a = ctx.atoms[i];
  // "khoa Nhi", "khoa Hồi sức tích cực – Chống độc": a hospital or faculty department written with a lower-case type word
  // "đoàn đại biểu Quốc hội tỉnh Nghệ An": the provincial delegation written in lower case
  // "đội tuyển Việt Nam", "đội tuyển U23 Việt Nam", "đội tuyển nữ Việt Nam": a national team
  if (a.fold === 'đội' && ctx.atoms[i + 1]?.fold === 'tuyển' && sameLine(ctx, i + 2)) {
    let k = i + 2;
    const t = ctx.atoms[k];
    if (t && ((t.allCaps && /^U\d{2}$/u.test(t.text)) || t.fold === 'nữ' || t.fold === 'futsal')) k++;
    const c = sameLine(ctx, k) ? longest(ctx, k, 'country') : undefined;
    if (c && upperAt(ctx, k)) {
      let free = true;
      for (let x = i; x < c.end; x++) if (ctx.covered[x] !== COVER.free) { free = false; break; }
      if (free) {
        ctx.orgs.push(orgMention(i, c.end, 'head', ctx.key.slice(a.start, ctx.atoms[c.end - 1].end)));
        for (let x = i; x < c.end; x++) ctx.covered[x] = COVER.org;
        i = c.end - 1;
      }
    }
    return i;
  }
  if (a.fold === 'đoàn' && ctx.atoms[i + 1]?.fold === 'đại') {
    const o = parseOrg(ctx, i, ORG_LOWER_OK);
    if (o && o.kind === 'level' && (o.place || o.levelWord)) {
      let free = true;
      for (let k = o.a; k < o.b; k++) if (ctx.covered[k] !== COVER.free) { free = false; break; }
      if (free) { addOrgWithParents(ctx, o); for (let k = o.a; k < o.b; k++) ctx.covered[k] = COVER.org; i = o.b - 1; }
    }
    return i;
  }
  // ("thủ khoa Duy": the top graduate, not a department; "ngành y đa khoa Trường ĐH …": general medicine)
  if (a.fold === 'khoa' && !KHOA_COMPOUNDS.has(ctx.atoms[i - 1]?.fold ?? '')) {
    const e = departmentNameEnd(ctx, i + 1);
    if (e > i + 1) {
      let free = true;
      for (let k = i + 1; k < e; k++) if (ctx.covered[k] !== COVER.free) { free = false; break; }
      if (free) {
        ctx.orgs.push(orgMention(i, e, 'head', ctx.key.slice(a.start, ctx.atoms[e - 1].end)));
        for (let k = i; k < e; k++) ctx.covered[k] = COVER.org;
        i = e - 1;
      }
    }
  }
  return i;
}

/** Recognize organizations in the atoms not yet covered (roles have claimed their offices already). */
export function recognizeOrganizations(ctx: Ctx): void {
  const n = ctx.atoms.length;
  // (only capitalised words and three lower-case type words can start a body here: their shape bits, one byte per atom,
  // spare reading every atom)
  const shapes = atomShapes(ctx.atoms);
  for (let i = 0; i < n; i++) {
    const shape = shapes[i];
    if ((shape & (SHAPE_CAP | SHAPE_LOWER_BODY)) === 0 || ctx.covered[i] !== COVER.free) continue;
    const a = ctx.atoms[i];
    if ((shape & SHAPE_CAP) === 0) { i = lowerBodyAt(ctx, i); continue; } // (a lower-case "đội", "đoàn" or "khoa")
    const prev = ctx.atoms[i - 1];
    if (prev && !a.space && (prev.text === '-' || prev.text === '/')) continue; // "NQ-HĐND", "QĐ/TW": a document number
    if (a.allCaps && i > 0 && a.newline && capsByline(ctx, i)) break; // "TRƯỜNG GIANG": an all-caps byline, not "Trường" + a name
    const org = parseOrg(ctx, i);
    if (!org) {
      // "quỹ Northbridge Ventures", "hãng Jeju Air": a Latin-script company name with no Vietnamese type word
      // (after a country it may start: "quỹ Hàn Quốc Kakao Ventures"; none without a corporate word ahead, tested first)
      if (!corporateWordAfter(ctx, i)) continue;
      const afterCountry = (i > 0 && longest(ctx, i - 1, 'country')?.end === i) || (i > 1 && longest(ctx, i - 2, 'country')?.end === i);
      if ((!(prev && upperAt(ctx, i - 1) && sameLine(ctx, i)) || (afterCountry && isLatin(a.text))) && !has(ctx, i, 'title', KINDS_TITLE_NOT_STATUS) && !has(ctx, i, 'honorific')) {
        const e = latinCompanyEnd(ctx, i);
        let free = e > i;
        for (let k = i; k < e && free; k++) if (ctx.covered[k] !== COVER.free) free = false;
        if (free) {
          ctx.orgs.push(orgMention(i, e, 'head', ctx.key.slice(a.start, ctx.atoms[e - 1].end)));
          for (let k = i; k < e; k++) ctx.covered[k] = COVER.org;
          i = e - 1;
        }
      }
      continue;
    }
    if (org.b - org.a === 2 && a.fold === 'nhà' && ctx.atoms[i + 1].fold === 'nước') continue; // "cấp Nhà nước", "Đảng, Nhà nước": generic
    // "tàu CSB 6011", "xe BKS 43B-052.19", "tàu cá BV 92716 TS": a registration number, not a body
    if (a.allCaps && ctx.atoms[i + 1]?.kind === AtomKind.Number && ctx.atoms[i + 1].space && sameLine(ctx, i + 1) && org.b - org.a <= 3) { i = org.b - 1; continue; }
    // "UBND các xã, phường": the bodies of many units, none of them named
    if (org.kind === 'level' && !org.place && !org.levelWord && ctx.atoms[org.b]?.fold === 'các' && sameLine(ctx, org.b)) { i = org.b - 1; continue; }
    // "cấp Trung ương": a level, not the Central Committee
    if (prev && (prev.fold === 'cấp' || prev.fold === 'sách') && a.fold === 'trung' && org.b - org.a === 2) { i = org.b - 1; continue; } // "ngân sách Trung ương"
    // "Ngày Báo chí cách mạng Việt Nam", "Ngày Thầy thuốc Việt Nam": a day named after a profession, not the body
    if (prev && prev.fold === 'ngày' && prev.upper && sameLine(ctx, i)) { i = org.b - 1; continue; }
    // "355 TAND khu vực", "693 TAND cấp huyện": bodies counted, none named
    if (prev && prev.kind === AtomKind.Number && prev.space && a.space && /^\d+$/u.test(prev.text) &&
        (org.kind === 'level' || org.kind === 'committee') && !org.place && !org.parent && sameLine(ctx, i)) { i = org.b - 1; continue; }
    // "phường Trường Vinh", "xã Hội An": a commune's name that starts with a type word
    if (prev && !prev.upper && sameLine(ctx, i) && org.kind === 'head' && !org.parent && (longest(ctx, i - 1, 'level')?.entry.kind === 'commune')) { i = org.b - 1; continue; }
    // "Nhóm PV": a byline
    if (a.fold === 'nhóm' && ctx.atoms[i + 1]?.fold === 'pv') { i = org.b - 1; continue; }
    // "Thương vụ được công bố": a deal; the trade office is named with its country ("Thương vụ Việt Nam tại …")
    if (org.canonical === 'Thương vụ' && !org.place && org.b - org.a === 2) { i = org.b - 1; continue; }
    // "vào ngành Công an", "ngành Điện lực": a sector, not a body
    if (prev && prev.fold === 'ngành' && org.kind === 'level' && !org.place && !org.levelWord && !org.parent && sameLine(ctx, i)) { i = org.b - 1; continue; }
    // "Giải Báo chí tỉnh lần thứ XII", "Giải thưởng Khoa học trẻ Sông Hồng": a prize's name, not a body (a known body
    // stays: "giải thưởng Hội Nhà văn Việt Nam")
    if (prev && sameLine(ctx, i) && org.kind === 'head' && !org.parent && (prev.fold === 'giải' || (prev.fold === 'thưởng' && ctx.atoms[i - 2]?.fold === 'giải'))) { i = org.b - 1; continue; }
    let free = true;
    for (let k = org.a; k < org.b; k++) if (ctx.covered[k] !== COVER.free) { free = false; break; }
    if (!free) continue;
    addOrgWithParents(ctx, org);
    for (let k = org.a; k < org.b; k++) ctx.covered[k] = COVER.org;
    i = org.b - 1;
  }
  recognizeClubs(ctx);
  recognizeClubNames(ctx);
  aliasParenthetical(ctx);
}

/**
 * Clubs named without a type word: "đội bóng Sông Lam Nghệ An" (a lower-case "đội bóng" or "câu lạc bộ" before a
 * capitalised run) and, anywhere else in the document, the bare name of a club recognized there or with "CLB"
 * ("Thể Công – Viettel" after "CLB Thể Công – Viettel"). Names of two or more words only. One pass over the atoms.
 */
function recognizeClubNames(ctx: Ctx): void {
  const atoms = ctx.atoms;
  const names: { a: number; b: number; org: OrgMention }[] = [];
  for (const o of ctx.orgs) {
    if (o.kind !== 'head' || o.parent) continue;
    const h = atoms[o.a];
    const n = h.fold === 'clb' ? 1 : h.fold === 'câu' && atoms[o.a + 1]?.fold === 'lạc' && atoms[o.a + 2]?.fold === 'bộ' ? 3 : 0;
    if (n > 0 && o.b - (o.a + n) >= 2) names.push({ a: o.a + n, b: o.b, org: o });
  }
  const shapes = atomShapes(atoms); // (a byte per atom spares reading every atom: "đội" and "câu" are rare)
  for (let i = 0; i + 2 < atoms.length; i++) {
    if ((shapes[i] & SHAPE_CLUB) === 0) continue;
    const a = atoms[i];
    const lower = a.kind === AtomKind.Word && !a.upper && !a.allCaps;
    const n = lower && a.fold === 'đội' && atoms[i + 1].fold === 'bóng' ? 2
      : lower && a.fold === 'câu' && atoms[i + 1].fold === 'lạc' && atoms[i + 2]?.fold === 'bộ' ? 3 : 0;
    if (n === 0 || !sameLine(ctx, i + n) || !upperAt(ctx, i + n) || ctx.covered[i + n] !== COVER.free || looksLikePersonName(ctx, i + n)) continue;
    let e = properRun(ctx, i + n, 5);
    while (e > i + n && atoms[e - 1].kind === AtomKind.Number) e--; // "Sông Lam Nghệ An 2-0": a score
    if (e - (i + n) < 2) continue;
    let free = true;
    for (let k = i + n; k < e; k++) if (ctx.covered[k] !== COVER.free) { free = false; break; }
    if (!free) continue;
    const org: OrgMention = orgMention(i + n, e, 'head', atomText(ctx, i + n, e));
    ctx.orgs.push(org);
    for (let k = org.a; k < org.b; k++) ctx.covered[k] = COVER.org;
    names.push({ a: org.a, b: org.b, org });
    i = e - 1;
  }
  if (names.length === 0) return;
  const byFirst = new Map<string, { a: number; b: number; org: OrgMention }[]>();
  for (const nm of names) { const f = atoms[nm.a].fold; const l = byFirst.get(f); if (l) l.push(nm); else byFirst.set(f, [nm]); }
  let inner: Set<number> | undefined;
  const added = new Set<OrgMention>();
  for (let i = 0; i < atoms.length; i++) {
    if ((shapes[i] & SHAPE_CAP) === 0) continue;
    const a = atoms[i];
    const list = byFirst.get(a.fold);
    if (!list || ctx.covered[i] !== COVER.free || (i > 0 && upperAt(ctx, i - 1) && sameLine(ctx, i))) continue;
    for (const nm of list) {
      const len = nm.b - nm.a;
      if (i === nm.a || i + len > atoms.length) continue;
      let ok = true;
      for (let k = 1; k < len && ok; k++) {
        const t = atoms[i + k];
        ok = t.fold === atoms[nm.a + k].fold && !t.newline && (ctx.covered[i + k] === COVER.free || ctx.covered[i + k] === COVER.org);
      }
      const after = atoms[i + len];
      if (!ok || (after && !after.newline && after.kind === AtomKind.Word && (after.upper || after.allCaps))) continue;
      if (ctx.covered[i + len - 1] === COVER.org && ctx.covered[i + len] === COVER.org) continue;
      // an organization recognized inside the name ("Viettel" in "Thể Công – Viettel") gives way to the club
      for (let k = i; k < i + len; k++) if (ctx.covered[k] === COVER.org) (inner ??= new Set()).add(k);
      const m: OrgMention = orgMention(i, i + len, 'head', '');
      copyKey(m, nm.org);
      ctx.orgs.push(m);
      added.add(m);
      for (let k = i; k < i + len; k++) ctx.covered[k] = COVER.org;
      i += len - 1;
      break;
    }
  }
  if (inner) {
    const spans = added;
    ctx.orgs = ctx.orgs.filter((o) => spans.has(o) || !inner!.has(o.a) || !inner!.has(o.b - 1));
  }
}


/** "Hà Nội FC", "Hoàng Anh Gia Lai FC": up to four free capitalised words closed by "FC". Linear. */
function recognizeClubs(ctx: Ctx): void {
  if (ctx.key.indexOf('FC') < 0) return; // (no atom "FC" without the two letters in the text: one string search, not a loop)
  const atoms = ctx.atoms;
  for (let i = 1; i < atoms.length; i++) {
    const a = atoms[i];
    if (!a.allCaps || a.text !== 'FC' || !a.space || ctx.covered[i] !== COVER.free) continue;
    let s = i;
    while (s - 1 >= 0 && i - (s - 1) <= 4 && ctx.covered[s - 1] === COVER.free && atoms[s - 1].kind === AtomKind.Word && (atoms[s - 1].upper || atoms[s - 1].allCaps) && !atoms[s].newline) s--;
    if (s === i) continue;
    const org: OrgMention = orgMention(s, i + 1, 'head', atomText(ctx, s, i + 1));
    ctx.orgs.push(org);
    for (let k = s; k <= i; k++) ctx.covered[k] = COVER.org;
  }
}

/**
 * "Ngân hàng Nhà nước Việt Nam (NHNN)", "Tập đoàn Điện lực Việt Nam (EVN)": the short form in parentheses right after
 * an organization names the same organization, there and wherever else it is recognized in the document. The short
 * form takes the full form's key (canonical, level, place, parent). Linear in the mentions.
 */
// (CORP_SUFFIX, the corporate words that end Latin-script company names, is in words.ts: atomShapes marks them)
export { CORP_SUFFIX };

/** ASCII letters only (with glued "&", "-", "." or "'"): a word of a foreign name. */
export function isLatin(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 38 || c === 45 || c === 46 || c === 39)) return false;
  }
  return true;
}

/**
 * "Northbridge Ventures", "Mekong Horizon Capital", "Whitmore & Lane Securities": capitalised Latin-script words (2-6) that
 * end with a corporate word name a company or fund. The end of the name starting at i, or i.
 */
function latinCompanyEnd(ctx: Ctx, i: number): number {
  const atoms = ctx.atoms;
  let j = i;
  let last = -1;
  while (j < atoms.length && j - i < 7 && sameLine(ctx, j)) {
    const a = atoms[j];
    // ("Tân Khoa Group", "Sao Việt Holdings": Vietnamese words may lead, the corporate word is Latin)
    if (a.kind === AtomKind.Word && (a.upper || a.allCaps) && (isLatin(a.text) || (j - i < 3 && !longest(ctx, j, 'country') && !longest(ctx, j, 'place'))) && (j === i || a.space)) { if (j > i && CORP_SUFFIX.hasAtom(a) && isLatin(a.text)) last = j; j++; continue; }
    if (a.text === '&' && j > i && a.space && upperAt(ctx, j + 1)) { j++; continue; }
    break;
  }
  return last > i ? last + 1 : i;
}

/** A corporate word among the six atoms after i: what latinCompanyEnd needs to find a name (tested before it, by atom hash). */
function corporateWordAfter(ctx: Ctx, i: number): boolean {
  const shapes = atomShapes(ctx.atoms); // (their shape bits: the six atoms are not read)
  for (let j = i + 1; j < ctx.atoms.length && j - i < 7; j++) if ((shapes[j] & SHAPE_CORP) !== 0) return true;
  return false;
}

/** A capitalised company type word alone at k ("Tập đoàn", "Tổng công ty"), closing the phrase: its end, or k. */
function bareCompanyHead(ctx: Ctx, k: number): number {
  const h = longest(ctx, k, 'org', KINDS_HEAD);
  if (!h || !(COMPANY_HEADS.has(h.entry.canonical) || BARE_PARENTS.has(h.entry.canonical)) || !upperAt(ctx, k) || !sameLine(ctx, k)) return k;
  // ("Đảng bộ Bộ Hầu Thị Lệ": a person may follow)
  return closesName(ctx, h.end) || looksLikePersonName(ctx, h.end) ? h.end : k;
}

const HOI_EVENTS = new Set(['nghị', 'thảo', 'chợ', 'diễn', 'thi', 'trường', 'khỏe', 'khoẻ', 'báo', 'ngộ', 'đàm', 'làng', 'xuân', 'quán']);

/** Type heads of companies, banks and cooperatives, by their canonical ("Công ty Trách nhiệm hữu hạn", "Ngân hàng TMCP"). */
function isCompanyHead(canonical: string): boolean {
  return COMPANY_HEADS.has(canonical) || /^(?:Công ty|Tổng [Cc]ông ty|Ngân hàng|Tập đoàn|Hợp tác xã|Doanh nghiệp)(?:\s|$)/u.test(canonical);
}

/** Type words that name the body of the article by themselves after a party committee ("Đảng ủy Bộ", "Đảng bộ Sở"). */
const BARE_PARENTS = new Set(['Bộ', 'Sở', 'Cục', 'Tổng cục', 'Viện', 'Học viện', 'Bệnh viện', 'Trường', 'Đại học', 'Ban']);

/** Type heads of companies and banks, whose names end in name-like syllables. */
const COMPANY_HEADS = new Set(['Công ty', 'Công ty Cổ phần', 'Công ty CP', 'Công ty TNHH', 'Công ty TNHH MTV', 'Công ty TNHH Một thành viên', 'Tổng công ty',
  'Tổng Công ty Cổ phần', 'Tổng CTCP', 'Tập đoàn', 'Ngân hàng TMCP', 'Ngân hàng Thương mại Cổ phần', 'Ngân hàng', 'Hợp tác xã', 'Doanh nghiệp tư nhân']);

/** A company's organs, written before the company's name. */
const COMPANY_ORGANS = new Set(['Hội đồng quản trị', 'Hội đồng thành viên', 'Ban Kiểm soát', 'Ban Giám đốc', 'Ban Điều hành']);

/** Every word of [a, b) is written in Latin letters only. */
function allLatin(ctx: Ctx, a: number, b: number): boolean {
  for (let k = a; k < b; k++) { const t = ctx.atoms[k]; if (t.kind === AtomKind.Word && !isLatin(t.text)) return false; }
  return b > a;
}

/** Police and army unit codes: "C03", "PC02", "PA05", "A05". */
const UNIT_CODE = /^[A-Z]{1,3}\d{2,3}$/u;

export function aliasParenthetical(ctx: Ctx): void {
  const atoms = ctx.atoms;
  let alias: Map<string, OrgMention> | undefined; // (made at the first short form: most documents have none)
  // (the two maps of the mentions are made at the first parenthesis after one: most documents have none, and a scan of
  // every mention at each parenthesis would be quadratic in a document full of them)
  let longestAt: Map<number, OrgMention> | undefined;
  let byStart: Map<number, OrgMention> | undefined;
  const n = ctx.orgs.length;
  for (let x = 0; x < n; x++) {
    const o = ctx.orgs[x];
    const open = atoms[o.b];
    if (!open || open.text !== '(' || open.newline) continue;
    if (!longestAt) { longestAt = namedBeforeParentheses(ctx.orgs); byStart = longestByStart(ctx.orgs); }
    if (longestAt.get(o.b) !== o) continue;
    let close = o.b + 1;
    while (close < atoms.length && close - o.b <= 4 && atoms[close].text !== ')' && atoms[close].text !== ',' && atoms[close].text !== ';' && !atoms[close].newline) close++;
    if (close === o.b + 1) continue;
    // "(DHBank, mã chứng khoán DHB)": the short form ends at a comma when more text closes the parentheses
    if (atoms[close]?.text === ',' || atoms[close]?.text === ';') {
      const end = parenEnd(ctx, close);
      if (end < 0) continue;
      tickerAlias(ctx, o, close + 1, end);
    }
    else if (atoms[close]?.text !== ')') continue;
    const first = atoms[o.b + 1];
    if (first.kind !== AtomKind.Word || !(first.upper || first.allCaps)) continue;
    let inner = byStart!.get(o.b + 1);
    if (inner && inner.b !== close) continue;
    // only a short form: one all-caps word ("NHNN", "EVN") or unknown capitalised words ("PNA Bank"); a known body in
    // parentheses is a parent or another body ("Cục CSGT (Bộ Công an)"), unless it is the abbreviation of this very name
    // "(SeaTrust Bank)", "(VietStar Technology)": a Latin-script name in parentheses after a Vietnamese one is its short form
    // "(Minh Châu Pharma)", "(Bảo Tín Bank)": the full name's own words and an English word after them
    const latinAlias = inner !== undefined && inner.kind === 'head' && inner.b === close && ((allLatin(ctx, o.b + 1, close) && !allLatin(ctx, o.a, o.b)) ||
      (close - (o.b + 1) >= 2 && isLatin(ctx.atoms[close - 1].text) && ownWordsOf(ctx, o, o.b + 1, close - 1)));
    if (inner && !latinAlias) {
      // (a short form with its place: "(CDC Kon Tum)")
      const withPlace = close - (o.b + 1) > 2 && parsePlace(ctx, o.b + 2, PLACES_ONLY)?.end === close;
      if ((close - (o.b + 1) > 2 && !withPlace) || !first.allCaps) continue;
      const full = atomText(ctx, o.a, o.b).toLowerCase();
      // a unit code ("C03", "PC02", "A05") written after the body is the writer's short form for it
      const code = close === o.b + 2 && UNIT_CODE.test(first.text);
      if (!code && inner.kind !== 'head' && !full.startsWith(inner.canonical.toLowerCase()) && inner.canonical.toLowerCase() !== o.canonical.toLowerCase()) continue;
    }
    if (!inner) {
      // an abbreviation the dictionaries do not know ("PNA Bank"): capitalised words only, free, not a place
      let ok = true;
      for (let k = o.b + 1; k < close; k++) {
        const t = atoms[k];
        // ("(Vinafood 2)": a number may end the short form)
        if (t.kind === AtomKind.Number && k === close - 1 && k > o.b + 1 && ctx.covered[k] === COVER.free) continue;
        if (t.kind !== AtomKind.Word || !(t.upper || t.allCaps) || ctx.covered[k] !== COVER.free) { ok = false; break; }
      }
      // (nor a level and place: "HĐND phường Hải Châu (TP Đà Nẵng)")
      if (!ok || longest(ctx, o.b + 1, 'place') || longest(ctx, o.b + 1, 'country') || has(ctx, o.b + 1, 'level') || parsePlace(ctx, o.b + 1, PLACES_ONLY)) continue;
      inner = orgMention(o.b + 1, close, o.kind, o.canonical);
      ctx.orgs.push(inner);
      for (let k = inner.a; k < inner.b; k++) ctx.covered[k] = COVER.org;
    }
    copyKey(inner, o);
    (alias ??= new Map()).set(atomText(ctx, inner.a, inner.b).toLowerCase(), o);
  }
  aliasNames(ctx);
  if (alias === undefined) return;
  // "Phó Tổng giám đốc Tapowaco": a role with no office, right before a short form defined in the text, takes it
  for (const r of ctx.roles) {
    if (r.office || r.officePlace || r.rank || !sameLine(ctx, r.b)) continue;
    const w = atoms[r.b];
    if (!w || w.kind !== AtomKind.Word || !(w.upper || w.allCaps) || ctx.covered[r.b] !== COVER.free) continue;
    const full = alias.get(w.text.toLowerCase());
    if (!full) continue;
    const m = orgMention(r.b, r.b + 1, full.kind, full.canonical);
    copyKey(m, full);
    ctx.orgs.push(m);
    ctx.covered[r.b] = COVER.role;
    r.office = m; r.b += 1; r.weak = false;
  }
  // (lower-casing keeps the length of a text without "İ", the one character whose lower case is longer: in a document
  // without it, a mention whose length no short form has is none of them, and is not sliced and lower-cased)
  const aliasLengths = new Set<number>();
  for (const k of alias.keys()) aliasLengths.add(k.length);
  const sameLengths = ctx.key.indexOf('\u0130') < 0;
  for (const m of ctx.orgs) {
    if (m.parent) continue;
    if (sameLengths && m.b > m.a && !aliasLengths.has(atoms[m.b - 1].end - atoms[m.a].start)) continue;
    const full = alias.get(atomText(ctx, m.a, m.b).toLowerCase());
    if (full && full !== m) copyKey(m, full);
  }
}

/**
 * The proper name of a typed body ("NTT Data" in "Tập đoàn NTT Data", "Phúc Khang Land" in "Công ty TNHH Bất động sản
 * Phúc Khang Land") names that body when it is written alone or after another type word ("Phó Chủ tịch NTT Data",
 * "Công ty Phúc Khang Land"). Adds such names to the alias table; linear in the mentions.
 */
function aliasNames(ctx: Ctx): void {
  let typed = 0;
  for (const o of ctx.orgs) if (o.kind === 'head' && !o.parent) typed++;
  if (typed < 2) return;
  // per mention (plain loops, no closures: this runs in most documents): its head, its name without a country at its end
  // ("Novagen Pharma" of "Công ty TNHH Novagen Pharma Việt Nam") and its name, lower-cased
  const heads: string[] = [];
  const bareNames: (string | undefined)[] = [];
  const names: (string | undefined)[] = [];
  for (const o of ctx.orgs) {
    heads.push('');
    bareNames.push(undefined);
    names.push(o.kind !== 'head' || o.parent ? undefined : typedName(ctx, o, heads, bareNames));
  }
  const byName = new Map<string, number>();
  for (let x = 0; x < names.length; x++) {
    const nm = names[x];
    if (!nm) continue;
    const prev = byName.get(nm);
    const o = ctx.orgs[x];
    if (prev === undefined || ctx.orgs[prev].b - ctx.orgs[prev].a < o.b - o.a) byName.set(nm, x);
  }
  if (byName.size < 1) return;
  const list = [...byName.entries()].sort(longerNameFirst); // (stable: equal lengths keep their order)
  const target = new Map<string, number>();
  for (let x = 0; x < list.length; x++) {
    const [nm, ox] = list[x];
    const suffix = ` ${nm}`; // (made once for the loop below)
    for (let y = 0; y < x; y++) {
      const [full, fx] = list[y];
      const bare = bareNames[fx];
      // (or the full name holds the short one's head: "Tập đoàn Y khoa X" in "Công ty cổ phần Tập đoàn Y khoa X")
      // (companies only: "Bệnh viện Đại học Nagoya" is not "Đại học Nagoya")
      const headInName = (heads[ox] === 'tập đoàn' || heads[ox] === 'tổng công ty') && heads[fx].startsWith('công ty') && full === `${heads[ox]} ${nm}`;
      if ((full.endsWith(suffix) || (bare !== undefined && (bare === nm || bare.endsWith(suffix)))) && (compatibleHeads(heads[ox], heads[fx]) || headInName)) { target.set(nm, fx); break; }
    }
  }
  for (let x = 0; x < names.length; x++) {
    const nm = names[x];
    if (!nm) continue;
    let fx = target.get(nm);
    if (fx === undefined) { const b = byName.get(nm)!; if (b !== x && compatibleHeads(heads[x], heads[b])) fx = b; }
    if (fx !== undefined && fx !== x && (compatibleHeads(heads[x], heads[fx]) || target.get(nm) === fx)) copyKey(ctx.orgs[x], ctx.orgs[fx]);
  }
}

/**
 * The lower-cased name of a typed mention o (the last entry of heads and bareNames is its own: this sets its head and,
 * when a country ends it, its bare name), or undefined when shorter than three units.
 */
function typedName(ctx: Ctx, o: OrgMention, heads: string[], bareNames: (string | undefined)[]): string | undefined {
  const last = heads.length - 1;
  let h = -1;
  let hc = '';
  for (const c of candidates(ctx, o.a, 'org', KINDS_HEAD)) if (c.end < o.b && c.end > h) { h = c.end; hc = c.entry.canonical; }
  const start = h > 0 ? h : o.a; // an unknown office in a role has no type word
  // (the head's canonical form: "HTX" and "Hợp tác xã" are one head)
  heads[last] = h > 0 ? (h === o.a + 1 && ctx.atoms[o.a].allCaps ? hc : atomText(ctx, o.a, h)).toLowerCase() : '';
  // (a name led by another kind of body word has that word as its head: "Đại sứ quán Pháp …" is no "Viện Pháp …")
  if (h < 0) { const lead = longest(ctx, o.a, 'org'); if (lead && lead.end < o.b) heads[last] = lead.entry.canonical.toLowerCase(); }
  for (let k = o.b - 1; k > start + 1 && k >= o.b - 3; k--) {
    const cn = parsePlace(ctx, k, WITH_COUNTRIES);
    if (cn && cn.kind === 'country' && cn.end === o.b) { bareNames[last] = atomText(ctx, start, k).toLowerCase(); break; }
  }
  const name = atomText(ctx, start, o.b).toLowerCase();
  return name.length >= 3 ? name : undefined;
}

/** Heads are compatible when one is a prefix of the other ("công ty" / "công ty tnhh") or one is missing ("NTT Data"). */
function compatibleHeads(h1: string, h2: string): boolean {
  return h1 === '' || h2 === '' || h1.startsWith(h2) || h2.startsWith(h1);
}

function longerNameFirst(x: [string, number], y: [string, number]): number {
  return y[0].length - x[0].length;
}

/**
 * Per atom where a mention ends, the mention a parenthesis there names: the longest one ending there (the first of them
 * in the list: "Cơ quan Cảnh sát điều tra Bộ Công an (C01)", not its parent), or the company of a company's organ ("HĐQT
 * Công ty CP Cấp nước Tân Phong Vĩnh (Tapowaco)": the short form names the company, not its board).
 */
function namedBeforeParentheses(orgs: readonly OrgMention[]): Map<number, OrgMention> {
  const longestAt = new Map<number, OrgMention>();
  for (const m of orgs) { const l = longestAt.get(m.b); if (!l || m.a < l.a) longestAt.set(m.b, m); }
  for (const [b, m] of longestAt) if (COMPANY_ORGANS.has(m.canonical) && m.parent && m.parent.b === b) longestAt.set(b, m.parent);
  return longestAt;
}

/** Per atom where a mention starts, the longest mention starting there (the first of them in the list). */
function longestByStart(orgs: readonly OrgMention[]): Map<number, OrgMention> {
  const byStart = new Map<number, OrgMention>();
  for (const m of orgs) if (!byStart.has(m.a) || byStart.get(m.a)!.b < m.b) byStart.set(m.a, m);
  return byStart;
}

/** The words of [a, b) are the last words of the organization o's name ("Minh Châu" of "… Dược phẩm Minh Châu"). */
function ownWordsOf(ctx: Ctx, o: OrgMention, a: number, b: number): boolean {
  const n = b - a;
  if (n < 1 || o.b - o.a <= n) return false;
  for (let k = 0; k < n; k++) if (ctx.atoms[o.b - n + k].fold !== ctx.atoms[a + k].fold) return false;
  return true;
}

/** The closing parenthesis of a short parenthetical that goes on at k (same line, at most 12 atoms): its index, or -1. */
function parenEnd(ctx: Ctx, k: number): number {
  const atoms = ctx.atoms;
  for (let e = k; e < atoms.length && e - k <= 12; e++) {
    const t = atoms[e];
    if (t.newline || t.text === '(') return -1;
    if (t.text === ')') return e;
  }
  return -1;
}

/** Words that announce a stock ticker inside the parentheses after a company: "mã chứng khoán DHB", "mã CK: VCB". */
const TICKER_CUES = ['mã chứng khoán', 'mã ck', 'mã cổ phiếu', 'mã'];

/** "(…, mã chứng khoán DHB)": the ticker names the company too. */
function tickerAlias(ctx: Ctx, o: OrgMention, k: number, end: number): void {
  const atoms = ctx.atoms;
  for (let s = k; s < end; s++) {
    if (atoms[s].fold !== 'mã') continue;
    let e = s + 1;
    for (const cue of TICKER_CUES) {
      const words = cue.split(' ').length;
      if (atomText(ctx, s, s + words).toLowerCase() === cue) { e = s + words; break; }
    }
    if (atoms[e]?.text === ':') e++;
    const t = atoms[e];
    if (e + 1 === end && t && t.kind === AtomKind.Word && t.allCaps && t.text.length >= 2 && t.text.length <= 5 && ctx.covered[e] === COVER.free) {
      const m = orgMention(e, e + 1, o.kind, o.canonical);
      copyKey(m, o);
      ctx.orgs.push(m);
      ctx.covered[e] = COVER.org;
    }
    return;
  }
}

function copyKey(to: OrgMention, from: OrgMention): void {
  to.kind = from.kind; to.canonical = from.canonical; to.levelWord = from.levelWord; to.place = from.place; to.parent = from.parent;
}

/** Record an organization mention and the parents written inside it ("Ban Thường vụ Tỉnh ủy" -> also "Tỉnh ủy"). */
export function addOrgWithParents(ctx: Ctx, org: OrgMention): void {
  ctx.orgs.push(org);
  // (a parent named by its type word alone, "Đảng ủy Bộ", "Đảng ủy Tập đoàn", is no organization of its own)
  if (org.parent && !(org.parent.kind === 'head' && (BARE_PARENTS.has(org.parent.canonical) || COMPANY_HEADS.has(org.parent.canonical)))) addOrgWithParents(ctx, org.parent);
}
