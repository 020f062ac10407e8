/** True for a tree size or leaf index the ledger can address exactly with JavaScript numbers. */
export function isTreeSize(n: number): boolean {
  return Number.isSafeInteger(n) && n >= 0;
}

/** Whether n is odd, without 32-bit bitwise operators (tree sizes may exceed 2^31). */
export function isOdd(n: number): boolean {
  return n % 2 === 1;
}

/** n >> 1 for any safe integer. */
export function half(n: number): number {
  return Math.floor(n / 2);
}
