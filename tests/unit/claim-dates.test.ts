// The dates stage marks the atoms inside each date as claimed (covered = 3), so that the people recognizer never
// reads "Thứ Hai" or "Chủ nhật" as a name. It visits only the atoms of each date (binary search): these tests check
// it against the plain rule, every atom against every date.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createContext, STAGES } from '../../src/pipeline.js';
import { loadLexicon } from '../../src/lexicon/lexicon.js';

const lex = loadLexicon();
const datesStage = STAGES.find((s) => s.name === 'dates')!;

/** The dates stage's covered marks, and the plain rule's: an atom wholly inside a date, not claimed before, gets 3. */
function marks(text: string): { got: number[]; want: number[] } {
  const ctx = createContext(text, lex, '2024-03-15');
  ctx.covered[0] = ctx.covered.length > 0 ? 1 : 0; // an atom claimed by an earlier stage keeps its mark
  const want = Array.from(ctx.covered);
  datesStage.run(ctx);
  ctx.atoms.forEach((a, i) => {
    if (want[i] === 0 && ctx.dates.some((d) => a.start >= d.start && a.end <= d.end)) want[i] = 3;
  });
  return { got: Array.from(ctx.covered), want };
}

describe('claimDates', () => {
  it.each([
    ['no date at all', 'Ông Nguyễn Văn An nói chuyện với người dân.'],
    ['one date', 'Sáng 22/12, đoàn công tác đến Hà Nội.'],
    ['a date at the start', 'Thứ Hai, 20/09/2018 ông An đến.'],
    ['a date at the end', 'Ông An đến vào Chủ nhật tuần trước'],
    ['several dates', 'Từ ngày 8 đến ngày 10/5, rồi năm 2024, tháng 3 và quý II năm 2025, Tết Nguyên đán.'],
    ['adjacent dates', 'hôm nay 22/12 21 và 22/6/2025 2021-2025'],
    ['a number that is no date', 'Có 11/11 huyện và 3,5% dân số, đường 3/2.'],
    ['empty text', ''],
  ])('%s', (_name, text) => {
    const { got, want } = marks(text);
    expect(got).toEqual(want);
  });

  it('marks what the plain rule marks, on random texts', () => {
    const piece = fc.constantFrom('ngày', 'hôm', 'nay', 'Thứ', 'Hai', 'Chủ', 'nhật', 'tháng', 'năm', '22/12', '2024', '8', 'đến',
      'Tết', 'ông', 'An', ',', '.', '(', ')', '21', 'và', 'quý', 'II', '2021-2025');
    fc.assert(fc.property(fc.array(fc.tuple(piece, fc.constantFrom(' ', '', '\n')), { maxLength: 40 }), (parts) => {
      const { got, want } = marks(parts.map(([p, s]) => p + s).join(''));
      expect(got).toEqual(want);
    }), { numRuns: 500 });
  });
});
