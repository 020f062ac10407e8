import { leafHash } from "./hash.js";
import { MemoryTree } from "./memory-tree.js";

/** Distinct, deterministic leaf hashes for property tests. */
export function testLeafHashes(count: number, salt = 0): Uint8Array[] {
  return Array.from({ length: count }, (_, i) => leafHash(new TextEncoder().encode(`leaf ${salt} ${i}`)));
}

/** A stored tree over testLeafHashes. */
export function testTree(count: number, salt = 0): { leaves: Uint8Array[]; tree: MemoryTree } {
  const leaves = testLeafHashes(count, salt);
  return { leaves, tree: MemoryTree.fromLeafHashes(leaves) };
}
