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

/**
 * The first index of the ascending `values` whose value is at least `at`, or `values.length`: where
 * a search over positions found in text order starts reading, so each finding reads only those in reach.
 */
export function firstAtOrAfter(values: ArrayLike<number>, at: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
