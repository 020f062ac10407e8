import { emptyRoot, HASH_SIZE, nobleSha256, nodeHash, type Sha256 } from "./hash.js";
import { type HashReader, subtreeNodes } from "./subtree.js";
import { isTreeSize } from "./tree-size.js";

/** A complete-subtree hash that came into existence and should be stored (write-once). */
export type StoredNode = { level: number; index: number; hash: Uint8Array };

/** The right edge of a tree: one hash per set bit of size, largest subtree first. */
export type CompactRangeState = { size: number; hashes: readonly Uint8Array[] };

/**
 * The sequencer's appender: holds only the right edge of the tree (at most log2(size) hashes),
 * takes new leaf hashes and reports every complete-subtree hash they complete, so a batch is
 * integrated without re-reading the tree. Usage:
 *   const range = CompactRange.fromReader(storedSize, read);
 *   const nodes = range.appendAll(newLeafHashes); // store all, then
 *   signCheckpoint({ origin, size: range.size, root: range.root() }, signer)
 */
export class CompactRange {
  readonly #hashes: Uint8Array[];
  readonly #sha256: Sha256;
  #size: number;

  private constructor(size: number, hashes: Uint8Array[], sha256: Sha256) {
    this.#size = size;
    this.#hashes = hashes;
    this.#sha256 = sha256;
  }

  /** The range of an empty tree. */
  static empty(sha256: Sha256 = nobleSha256): CompactRange {
    return new CompactRange(0, [], sha256);
  }

  /** Rebuilds the right edge of a stored tree of size treeSize (reads at most log2 hashes). */
  static fromReader(treeSize: number, read: HashReader, sha256: Sha256 = nobleSha256): CompactRange {
    if (!isTreeSize(treeSize)) throw new RangeError(`bad tree size ${treeSize}`);
    const hashes = subtreeNodes(0, treeSize).map((node) => read(node.level, node.index));
    return new CompactRange(treeSize, hashes, sha256);
  }

  /** Restores a range saved with state(). */
  static fromState(state: CompactRangeState, sha256: Sha256 = nobleSha256): CompactRange {
    if (!isTreeSize(state.size) || subtreeNodes(0, state.size).length !== state.hashes.length) {
      throw new RangeError(`state does not match tree size ${state.size}`);
    }
    return new CompactRange(state.size, [...state.hashes], sha256);
  }

  /** Leaves integrated so far. */
  get size(): number {
    return this.#size;
  }

  /** A copy of the right edge, enough to resume appending later. */
  state(): CompactRangeState {
    return { size: this.#size, hashes: [...this.#hashes] };
  }

  /** Appends one leaf hash; onNode receives the leaf (level 0) and each subtree it completes. */
  append(leafHash: Uint8Array, onNode?: (node: StoredNode) => void): void {
    if (leafHash.length !== HASH_SIZE) throw new RangeError("a leaf hash is 32 bytes");
    const index = this.#size;
    onNode?.({ level: 0, index, hash: leafHash });
    let hash = leafHash;
    let level = 0;
    let position = index;
    // Each trailing 1 bit of the old size is a left sibling waiting for this subtree.
    while (position % 2 === 1) {
      const left = this.#hashes.pop()!;
      hash = nodeHash(left, hash, this.#sha256);
      level += 1;
      position = (position - 1) / 2;
      onNode?.({ level, index: position, hash });
    }
    this.#hashes.push(hash);
    this.#size = index + 1;
  }

  /** Appends a batch and returns every hash to store for it, in creation order. */
  appendAll(leafHashes: Iterable<Uint8Array>): StoredNode[] {
    const nodes: StoredNode[] = [];
    for (const leaf of leafHashes) this.append(leaf, (node) => nodes.push(node));
    return nodes;
  }

  /** MTH of the tree so far: the right edge folded right to left. */
  root(): Uint8Array {
    const last = this.#hashes.at(-1);
    if (!last) return emptyRoot(this.#sha256);
    let hash = last;
    for (let i = this.#hashes.length - 2; i >= 0; i--) hash = nodeHash(this.#hashes[i]!, hash, this.#sha256);
    return hash;
  }
}
