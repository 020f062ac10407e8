import { emptyRoot, leafHash, nobleSha256, nodeHash, type Sha256 } from "./hash.js";
import { largestPowerOfTwoBelow } from "./subtree.js";

/** RFC 9162 §2.1.1 MTH over leaf hashes, by the definition; the reference the faster paths are tested against. */
export function rootFromLeafHashes(hashes: readonly Uint8Array[], sha256: Sha256 = nobleSha256): Uint8Array {
  if (hashes.length === 0) return emptyRoot(sha256);
  if (hashes.length === 1) return hashes[0]!;
  const k = largestPowerOfTwoBelow(hashes.length);
  return nodeHash(
    rootFromLeafHashes(hashes.slice(0, k), sha256),
    rootFromLeafHashes(hashes.slice(k), sha256),
    sha256,
  );
}

/** MTH(D[n]) of raw entries. */
export function rootFromLeaves(entries: readonly Uint8Array[], sha256: Sha256 = nobleSha256): Uint8Array {
  return rootFromLeafHashes(
    entries.map((entry) => leafHash(entry, sha256)),
    sha256,
  );
}
