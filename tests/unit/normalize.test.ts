import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { normalize, normalizeShared, canonicalTones, toOriginalSpan, codePointIndexer, sliceCodePoints, fold } from '../../src/text/normalize.js';

describe('normalize: the matching key', () => {
  test.each([
    ['NFD to NFC', 'Le\u0302 Tie\u0302\u0301n Cha\u0302u', 'Lê Tiến Châu'],
    ['eth to Đ', '\u00D0ồng chí \u00F0ến', 'Đồng chí đến'],
    ['new tone style to traditional', 'hoà bình, Thanh Hoá, khoẻ, Uỷ ban, thuỷ', 'hòa bình, Thanh Hóa, khỏe, Ủy ban, thủy'],
    ['closed syllables unchanged', 'hoàn thành, thuyết phục, toàn', 'hoàn thành, thuyết phục, toàn'],
    ['qu is a consonant', 'quý I, Quý Mão', 'quý I, Quý Mão'],
    ['NBSP and zero-width', 'Bí\u00A0thư\u200B Tỉnh\u00ADủy', 'Bí thư Tỉnhủy'],
    ['quotes and dashes', '“Giám sát” – A — B − C', '"Giám sát" - A - B - C'],
    ['full-width digits', '２２/１２', '22/12'],
    ['CRLF', 'a\r\nb\rc', 'a\nb\nc'],
    ['BOM inside text removed', '\uFEFFChiều', 'Chiều'],
  ])('%s', (_name, input, key) => {
    expect(normalize(input).key).toBe(key);
  });

  test.each([
    ['hòa', 'hòa'], ['hoà', 'hòa'], ['HOÀ', 'HÒA'], ['uỷ', 'ủy'], ['thuý', 'thúy'], ['khoẻ', 'khỏe'], ['quỳ', 'quỳ'], ['hoàng', 'hoàng'],
  ])('canonicalTones(%s) = %s', (input, out) => { expect(canonicalTones(input)).toBe(out); });

  test('fold ignores case, tone placement and normalization form', () => {
    expect(fold('Uỷ Ban')).toBe(fold('ủy ban'));
    expect(fold('THÀNH ỦY'.normalize('NFD'))).toBe('thành ủy');
    expect(fold('Ðảng')).toBe(fold('Đảng'));
  });
});

describe('offset map: every key span maps back to an original slice', () => {
  test('NFD input: spans map to whole original clusters', () => {
    const orig = 'Đồng chí Lê Tiến Châu'.normalize('NFD');
    const nt = normalize(orig);
    const a = nt.key.indexOf('Lê Tiến Châu');
    const [s, e] = toOriginalSpan(nt, a, a + 'Lê Tiến Châu'.length);
    expect(orig.slice(s, e).normalize('NFC')).toBe('Lê Tiến Châu');
  });

  test('code points: astral characters before an entity', () => {
    const s = '😀 Lê Tiến Châu';
    const cp = codePointIndexer(s);
    const i = s.indexOf('Lê');
    expect(cp(i)).toBe(2);
    expect(sliceCodePoints(s, cp(i), cp(i) + 12)).toBe('Lê Tiến Châu');
  });

  const alphabet = fc.constantFrom(
    ...'aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵiìíỉĩịđĐÐð ,.-–“”\n\r\t\u00A0\u200B\u00AD'.split(''), '😀', '\uD800',
    'o\u0300a', 'u\u0309y', 'e\u0302\u0301', 'Ủy', 'uỷ', 'hoà',
  );
  test('property: key spans of any word map to original ranges that normalize to the same word', () => {
    fc.assert(fc.property(fc.array(alphabet, { maxLength: 60 }), (parts) => {
      const orig = parts.join('');
      const nt = normalize(orig);
      expect(nt.keyStart.length).toBe(nt.key.length);
      for (let i = 0; i < nt.key.length; i++) {
        expect(nt.keyStart[i]).toBeGreaterThanOrEqual(0);
        expect(nt.keyEnd[i]).toBeLessThanOrEqual(orig.length);
        expect(nt.keyStart[i]).toBeLessThan(nt.keyEnd[i]);
        if (i > 0) expect(nt.keyStart[i]).toBeGreaterThanOrEqual(nt.keyStart[i - 1]);
      }
      const re = /[\p{L}\p{M}]+/gu;
      let m;
      while ((m = re.exec(nt.key)) !== null) {
        const [s, e] = toOriginalSpan(nt, m.index, m.index + m[0].length);
        expect(normalize(orig.slice(s, e)).key).toBe(m[0]);
      }
    }), { numRuns: 300 });
  });
});

describe('offset maps: shared inside the pipeline, owned by public callers', () => {
  test('a key that keeps the offsets gets identity maps', () => {
    for (const f of [normalize, normalizeShared]) {
      const nt = f('Chủ tịch UBND tỉnh');
      expect(Array.from(nt.keyStart)).toEqual(Array.from({ length: nt.key.length }, (_, i) => i));
      expect(Array.from(nt.keyEnd)).toEqual(Array.from({ length: nt.key.length }, (_, i) => i + 1));
    }
  });
  test('normalizeShared hands out views of one table; normalize copies, so writing into its maps harms nobody', () => {
    expect(normalizeShared('abc').keyStart.buffer).toBe(normalizeShared('xyz').keyStart.buffer);
    const mine = normalize('abc');
    mine.keyStart[1] = 99;
    mine.keyEnd[1] = 99;
    expect(Array.from(normalize('xyz').keyStart)).toEqual([0, 1, 2]);
    expect(Array.from(normalizeShared('xyz').keyEnd)).toEqual([1, 2, 3]);
  });
  test('a shift (a dropped unit, CRLF) gives explicit maps, equal either way', () => {
    for (const s of ['a\u200Bb', 'x\r\ny', 'Ðà Nẵng\u00AD']) {
      const a = normalize(s);
      const b = normalizeShared(s);
      expect([a.key, Array.from(a.keyStart), Array.from(a.keyEnd)]).toEqual([b.key, Array.from(b.keyStart), Array.from(b.keyEnd)]);
    }
  });
});
