// Title Case lines: capitals there say nothing about names (table-driven, with lines that must stay untouched).
import { describe, expect, it } from 'vitest';
import { atomize, AtomKind } from '../../src/segment/tokens.js';
import { lowerTitleCaseLines } from '../../src/segment/titlecase.js';
import { extract } from '../../src/pipeline.js';
import { loadLexicon } from '../../src/lexicon/lexicon.js';

const lexicon = loadLexicon();
const capitalised = (line: string) => {
  const atoms = atomize(line);
  lowerTitleCaseLines(atoms);
  return atoms.filter((a) => a.kind === AtomKind.Word && a.upper).map((a) => a.text);
};

describe('lowerTitleCaseLines', () => {
  it.each([
    ['Chủ Quán Karaoke Lãnh 9 Năm Tù Vụ Cháy Làm 3 Người Chết', ['Chủ']],
    // (all-caps abbreviations keep their flag)
    ['Tập đoàn Kanemori Khánh Thành Nhà Máy 120 Triệu USD Tại Bình Dương', ['Tập', 'USD']],
  ])('a Title Case line keeps only its first capital: %s', (line, caps) => {
    expect(capitalised(line)).toEqual(caps);
  });

  it.each([
    // sentence case, names and places keep their capitals
    'Chủ tịch nước Lương Cường tiếp Đại sứ Nhật Bản tại Việt Nam',
    'Bộ trưởng Bộ Công an Lương Tam Quang làm việc tại Đà Nẵng',
    // a list of names joined by a lower-case "và"
    'Nguyễn Văn An, Trần Thị Bình và Lê Công Cường',
    // short lines
    'Hà Nội Và Hải Phòng',
  ])('a sentence-case line is untouched: %s', (line) => {
    const before = atomize(line).filter((a) => a.kind === AtomKind.Word && a.upper).map((a) => a.text);
    expect(capitalised(line)).toEqual(before);
  });

  it('the headline yields no false people or bodies; the text below is read as usual', () => {
    const doc = extract('Chủ Quán Karaoke Lãnh 9 Năm Tù Vụ Cháy Làm 3 Người Chết\nSáng 5/6, TAND TP Hà Nội xét xử bị cáo Trần Văn Lãnh (45 tuổi), chủ quán.',
      { lexicon, refDate: '2025-06-05' });
    expect(doc.people.map((p) => p.name)).toEqual(['Trần Văn Lãnh']);
    expect(doc.organizations.map((o) => o.name)).toEqual(['TAND TP Hà Nội']);
  });
});
