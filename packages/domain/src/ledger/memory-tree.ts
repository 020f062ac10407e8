import { CompactRange } from "./compact-range.js";
import { HASH_SIZE, nobleSha256, type Sha256 } from "./hash.js";
import type { HashReader } from "./subtree.js";

/**
 * Every complete-subtree hash of a tree held in flat byte arrays, one per level (about
 * 64 bytes per leaf in all). For exports, tests and benchmarks; the server keeps its own store.
 */
export class MemoryTree {
  readonly #levels: Uint8Array[] = [];
  readonly #counts: number[] = [];
  readonly #range: CompactRange;

  constructor(sha256: Sha256 = nobleSha256) {
    this.#range = CompactRange.empty(sha256);
  }

  /** Builds the tree of the given leaf hashes. */
  static fromLeafHashes(leafHashes: Iterable<Uint8Array>, sha256: Sha256 = nobleSha256): MemoryTree {
    const tree = new MemoryTree(sha256);
    for (const leaf of leafHashes) tree.append(leaf);
    return tree;
  }

  /** Leaves in the tree. */
  get size(): number {
    return this.#range.size;
  }

  /** Appends one leaf hash and stores every subtree hash it completes. */
  append(leafHash: Uint8Array): void {
    this.#range.append(leafHash, ({ level, index, hash }) => {
      let store = this.#levels[level];
      if (!store || store.length < (index + 1) * HASH_SIZE) {
        const grown = new Uint8Array(Math.max(HASH_SIZE * 16, (index + 1) * HASH_SIZE * 2));
        if (store) grown.set(store);
        this.#levels[level] = grown;
        store = grown;
      }
      store.set(hash, index * HASH_SIZE);
      this.#counts[level] = index + 1;
    });
  }

  /** Reads a stored complete-subtree hash; throws on a node that does not exist yet. */
  readonly read: HashReader = (level, index) => {
    const count = this.#counts[level] ?? 0;
    if (!Number.isInteger(index) || index < 0 || index >= count) {
      throw new RangeError(`no complete subtree at level ${level} index ${index}`);
    }
    return this.#levels[level]!.subarray(index * HASH_SIZE, (index + 1) * HASH_SIZE);
  };

  /** The current root. */
  root(): Uint8Array {
    return this.#range.root();
  }
}
