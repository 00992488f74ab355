// The one sizing rule of the per-document buffers kept from one document to the next.
import { describe, expect, it } from 'vitest';
import { KEPT_ENTRIES, regrownSize } from '../../src/scratch.js';

describe('regrownSize', () => {
  const M = KEPT_ENTRIES;
  it.each([
    // [current length, entries needed, new size (0: reuse)]
    [4096, 100, 0], [4096, 4096, 0], [M, M, 0], // large enough, not past the cap: reused
    [4096, 4097, 8192], [4096, 20_000, 20_000], // doubled, or the need when it is more
    [M / 2 + 1, M / 2 + 2, M], [M / 2, M - 1, M], // never past the cap while the need is within it
    [4096, M + 5, M + 5], [M, M + 1, M + 1], // a longer document: exactly its own size
    [M + 5, 100, M], [3 * M, 10, M], [M + 5, M + 5, M + 5], // after it: back within the cap, unless as long again
  ])('length %i, need %i -> %i', (length, n, want) => {
    expect(regrownSize(length, n)).toBe(want);
  });
  it('a new size always holds the need', () => {
    for (const length of [0, 1, 64, 4096, M - 1, M, M + 1, 5 * M]) for (const n of [0, 1, 63, 65, 4097, M - 1, M, M + 1, 3 * M]) {
      const s = regrownSize(length, n);
      expect(s === 0 ? length : s).toBeGreaterThanOrEqual(n);
      if (s !== 0 && n <= M) expect(s).toBeLessThanOrEqual(M);
    }
  });
});
