import { equalBytes } from "./bytes.js";
import { emptyRoot, HASH_SIZE, nobleSha256, nodeHash, type Sha256 } from "./hash.js";
import { type HashReader, type LeafRange, largestPowerOfTwoBelow, rangeHash } from "./subtree.js";
import { half, isOdd, isTreeSize } from "./tree-size.js";

/**
 * The ranges whose hashes make up PROOF(first, D[second]) (RFC 9162 §2.1.4.1), deepest first.
 * Empty when first is 0 or equal to second.
 */
export function consistencyProofRanges(first: number, second: number): LeafRange[] {
  if (!isTreeSize(first) || !isTreeSize(second) || first > second) {
    throw new RangeError(`no consistency proof from size ${first} to size ${second}`);
  }
  if (first === 0 || first === second) return [];
  const topDown: LeafRange[] = [];
  let start = 0;
  let end = second;
  let complete = true;
  while (first !== end) {
    const k = largestPowerOfTwoBelow(end - start);
    if (first <= start + k) {
      topDown.push([start + k, end]);
      end = start + k;
    } else {
      topDown.push([start, start + k]);
      start += k;
      complete = false;
    }
  }
  if (!complete) topDown.push([start, end]);
  return topDown.reverse();
}

/** A consistency proof between the trees of size first and second, from stored subtree hashes. */
export function consistencyProof(
  first: number,
  second: number,
  read: HashReader,
  sha256: Sha256 = nobleSha256,
): Uint8Array[] {
  return consistencyProofRanges(first, second).map((range) => rangeHash(range, read, sha256));
}

/**
 * RFC 9162 §2.1.4.2: whether proof shows the tree of size first with firstRoot is a prefix of
 * the tree of size second with secondRoot. Never throws.
 */
export function verifyConsistency(
  first: number,
  second: number,
  proof: readonly Uint8Array[],
  firstRoot: Uint8Array,
  secondRoot: Uint8Array,
  sha256: Sha256 = nobleSha256,
): boolean {
  if (!isTreeSize(first) || !isTreeSize(second) || first > second) return false;
  if (firstRoot.length !== HASH_SIZE || secondRoot.length !== HASH_SIZE) return false;
  if (proof.some((p) => p.length !== HASH_SIZE)) return false;
  if (first === second) return proof.length === 0 && equalBytes(firstRoot, secondRoot);
  if (first === 0) return proof.length === 0 && equalBytes(firstRoot, emptyRoot(sha256));
  if (proof.length === 0) return false;
  const path = isPowerOfTwo(first) ? [firstRoot, ...proof] : [...proof];
  let fn = first - 1;
  let sn = second - 1;
  while (isOdd(fn)) {
    fn = half(fn);
    sn = half(sn);
  }
  let fr = path[0]!;
  let sr = path[0]!;
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (isOdd(fn) || fn === sn) {
      fr = nodeHash(c, fr, sha256);
      sr = nodeHash(c, sr, sha256);
      while (!isOdd(fn) && fn !== 0) {
        fn = half(fn);
        sn = half(sn);
      }
    } else {
      sr = nodeHash(sr, c, sha256);
    }
    fn = half(fn);
    sn = half(sn);
  }
  return sn === 0 && equalBytes(fr, firstRoot) && equalBytes(sr, secondRoot);
}

function isPowerOfTwo(n: number): boolean {
  let k = 1;
  while (k < n) k *= 2;
  return k === n;
}
