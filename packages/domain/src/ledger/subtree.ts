import { emptyRoot, nobleSha256, nodeHash, type Sha256 } from "./hash.js";

/**
 * Reads a stored complete-subtree hash: (level, index) covers leaves
 * [index·2^level, (index+1)·2^level), so level 0 holds leaf hashes. This is the one
 * storage question the tree math asks, which lets the server keep hashes however it likes
 * (rows, tlog-tiles, typed arrays).
 */
export type HashReader = (level: number, index: number) => Uint8Array;

/** The address of one complete subtree hash. */
export type NodeId = { level: number; index: number };

/** A half-open leaf range [start, end) whose RFC 9162 tree hash a proof carries. */
export type LeafRange = readonly [start: number, end: number];

/** RFC 9162's split point k: the largest power of two strictly below n (n >= 2). */
export function largestPowerOfTwoBelow(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/**
 * The complete subtrees that make up [start, end), left to right. For every range the RFC
 * recursion produces, start is aligned to the range's size, so this is the binary
 * decomposition of end - start and folding it right to left yields MTH(D[start:end]).
 */
export function subtreeNodes(start: number, end: number): NodeId[] {
  const nodes: NodeId[] = [];
  let at = start;
  while (at < end) {
    let size = 1;
    let level = 0;
    while (at % (size * 2) === 0 && at + size * 2 <= end) {
      size *= 2;
      level += 1;
    }
    nodes.push({ level, index: at / size });
    at += size;
  }
  return nodes;
}

/** MTH(D[start:end]) from stored complete-subtree hashes. */
export function rangeHash(range: LeafRange, read: HashReader, sha256: Sha256 = nobleSha256): Uint8Array {
  const nodes = subtreeNodes(range[0], range[1]);
  const last = nodes.at(-1);
  if (!last) return emptyRoot(sha256);
  let hash = read(last.level, last.index);
  for (let i = nodes.length - 2; i >= 0; i--) {
    const node = nodes[i]!;
    hash = nodeHash(read(node.level, node.index), hash, sha256);
  }
  return hash;
}

/** Every stored hash a list of ranges needs, without duplicates: what an async store fetches first. */
export function nodesForRanges(ranges: readonly LeafRange[]): NodeId[] {
  const seen = new Set<string>();
  const out: NodeId[] = [];
  for (const [start, end] of ranges) {
    for (const node of subtreeNodes(start, end)) {
      const key = `${node.level}/${node.index}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(node);
    }
  }
  return out;
}

/** The tree root at a size, read from stored hashes (the checkpoint root). */
export function rootFromReader(treeSize: number, read: HashReader, sha256: Sha256 = nobleSha256): Uint8Array {
  return rangeHash([0, treeSize], read, sha256);
}
