import { equalBytes } from "./bytes.js";
import { HASH_SIZE, nobleSha256, nodeHash, type Sha256 } from "./hash.js";
import { type HashReader, type LeafRange, largestPowerOfTwoBelow, rangeHash } from "./subtree.js";
import { half, isOdd, isTreeSize } from "./tree-size.js";

/**
 * The ranges whose hashes make up PATH(index, D[treeSize]) (RFC 9162 §2.1.3.1), leaf first.
 * Fetch their nodes with nodesForRanges when the store is asynchronous.
 */
export function inclusionProofRanges(index: number, treeSize: number): LeafRange[] {
  if (!isTreeSize(index) || !isTreeSize(treeSize) || index >= treeSize) {
    throw new RangeError(`index ${index} is outside a tree of size ${treeSize}`);
  }
  const topDown: LeafRange[] = [];
  let start = 0;
  let end = treeSize;
  while (end - start > 1) {
    const k = largestPowerOfTwoBelow(end - start);
    if (index < start + k) {
      topDown.push([start + k, end]);
      end = start + k;
    } else {
      topDown.push([start, start + k]);
      start += k;
    }
  }
  return topDown.reverse();
}

/** An inclusion proof for the leaf at index in the tree of treeSize, from stored subtree hashes. */
export function inclusionProof(
  index: number,
  treeSize: number,
  read: HashReader,
  sha256: Sha256 = nobleSha256,
): Uint8Array[] {
  return inclusionProofRanges(index, treeSize).map((range) => rangeHash(range, read, sha256));
}

/**
 * RFC 9162 §2.1.3.2: whether proof shows leafHash at index in the tree of treeSize with root.
 * Never throws: every input may be adversarial. The proof does not authenticate treeSize on
 * its own; take size and root together from a verified checkpoint.
 */
export function verifyInclusion(
  leafHash: Uint8Array,
  index: number,
  treeSize: number,
  proof: readonly Uint8Array[],
  root: Uint8Array,
  sha256: Sha256 = nobleSha256,
): boolean {
  if (!isTreeSize(index) || !isTreeSize(treeSize) || index >= treeSize) return false;
  if (leafHash.length !== HASH_SIZE || root.length !== HASH_SIZE) return false;
  let fn = index;
  let sn = treeSize - 1;
  let r = leafHash;
  for (const p of proof) {
    if (p.length !== HASH_SIZE || sn === 0) return false;
    if (isOdd(fn) || fn === sn) {
      r = nodeHash(p, r, sha256);
      while (!isOdd(fn) && fn !== 0) {
        fn = half(fn);
        sn = half(sn);
      }
    } else {
      r = nodeHash(r, p, sha256);
    }
    fn = half(fn);
    sn = half(sn);
  }
  return sn === 0 && equalBytes(r, root);
}
