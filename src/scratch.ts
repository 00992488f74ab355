// Per-document buffers kept from one document to the next. The recognizers fill a typed array per document (atom
// shapes, role bounds, date start bits, ...): allocating one per document cost more than filling it, so each is kept
// and reused. One rule sizes them all, so that memory stays bounded: a buffer grows by doubling up to KEPT_ENTRIES; a
// document that needs more gets one of its own size, which the next document replaces.

/** The most entries a reused buffer keeps from one document to the next. */
export const KEPT_ENTRIES = 1 << 20;

/**
 * The size of a new buffer for n entries, or 0 when the current one (of `length` entries) serves as it is: it is large
 * enough and not past KEPT_ENTRIES.
 */
export function regrownSize(length: number, n: number): number {
  if (length >= n && length <= KEPT_ENTRIES) return 0;
  return n > KEPT_ENTRIES ? n : Math.min(KEPT_ENTRIES, Math.max(n, 2 * Math.min(length, KEPT_ENTRIES)));
}
