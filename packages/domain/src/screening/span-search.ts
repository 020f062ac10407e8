/** A half-open range of original-text indices. */
export interface IndexSpan {
  start: number;
  end: number;
}

/**
 * The index of the span holding original index `at`, or -1. `spans` are in text order and do not
 * overlap, so a binary search finds it: a long text holds many quotations or turns, and a scan per
 * finding made screening it quadratic.
 */
export function spanIndexAt(spans: readonly IndexSpan[], at: number): number {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const span = spans[mid]!;
    if (at < span.start) high = mid - 1;
    else if (at >= span.end) low = mid + 1;
    else return mid;
  }
  return -1;
}
