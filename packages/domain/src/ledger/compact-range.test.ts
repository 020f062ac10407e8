import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toHex } from "./bytes.js";
import { CompactRange, type StoredNode } from "./compact-range.js";
import { emptyRoot } from "./hash.js";
import { rootFromLeafHashes } from "./merkle-root.js";
import { rangeHash } from "./subtree.js";
import { testLeafHashes } from "./test-trees.js";

describe("CompactRange", () => {
  it("gives the same root as the RFC definition after any split into batches", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 8 }), (batches) => {
        const leaves = testLeafHashes(batches.reduce((a, b) => a + b, 0));
        const stored = new Map<string, Uint8Array>();
        const read = (level: number, index: number) => stored.get(`${level}/${index}`)!;
        let offset = 0;
        for (const batch of batches) {
          // The sequencer resumes from stored hashes each time, never from memory.
          const range = CompactRange.fromReader(offset, read);
          for (const node of range.appendAll(leaves.slice(offset, offset + batch))) {
            const key = `${node.level}/${node.index}`;
            expect(stored.has(key), `node ${key} written twice`).toBe(false);
            stored.set(key, node.hash);
          }
          offset += batch;
          expect(toHex(range.root())).toBe(toHex(rootFromLeafHashes(leaves.slice(0, offset))));
        }
      }),
      { numRuns: 100 },
    );
  });

  it("emits exactly the complete subtrees, each equal to the hash of its leaf range", () => {
    const leaves = testLeafHashes(13);
    const nodes: StoredNode[] = CompactRange.empty().appendAll(leaves);
    // 13 leaves, 6 nodes at level 1, 3 at level 2, 1 at level 3.
    expect(nodes.length).toBe(13 + 6 + 3 + 1);
    const byKey = new Map(nodes.map((n) => [`${n.level}/${n.index}`, n.hash]));
    for (const node of nodes) {
      const span = 2 ** node.level;
      const expected = rootFromLeafHashes(leaves.slice(node.index * span, (node.index + 1) * span));
      expect(toHex(node.hash)).toBe(toHex(expected));
    }
    const read = (level: number, index: number) => byKey.get(`${level}/${index}`)!;
    expect(toHex(rangeHash([8, 13], read))).toBe(toHex(rootFromLeafHashes(leaves.slice(8, 13))));
  });

  it("round-trips its state and roots the empty tree at SHA-256 of nothing", () => {
    const range = CompactRange.empty();
    expect(toHex(range.root())).toBe(toHex(emptyRoot()));
    range.appendAll(testLeafHashes(11));
    const copy = CompactRange.fromState(range.state());
    expect(copy.size).toBe(11);
    expect(toHex(copy.root())).toBe(toHex(range.root()));
    expect(() => CompactRange.fromState({ size: 12, hashes: range.state().hashes })).toThrow(RangeError);
  });
});
