import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromHex, toHex } from "./bytes.js";
import { consistencyProof, verifyConsistency } from "./consistency-proof.js";
import { emptyRoot, leafHash } from "./hash.js";
import { MemoryTree } from "./memory-tree.js";
import { rootFromLeafHashes } from "./merkle-root.js";
import { RFC_LEAVES, RFC_ROOTS } from "./rfc6962-vectors.js";
import { testTree } from "./test-trees.js";

const RFC_CONSISTENCY: Array<[first: number, second: number, proof: string[]]> = [
  [1, 1, []],
  [
    1,
    8,
    [
      "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
      "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
      "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
    ],
  ],
  [
    6,
    8,
    [
      "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
      "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
      "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    ],
  ],
  [
    2,
    5,
    [
      "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
      "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
    ],
  ],
];

const sizes = fc
  .integer({ min: 1, max: 300 })
  .chain((second) => fc.record({ second: fc.constant(second), first: fc.integer({ min: 1, max: second }) }));

function flip(bytes: Uint8Array, at: number): Uint8Array {
  const copy = bytes.slice();
  copy[at % copy.length]! ^= 1;
  return copy;
}

describe("consistency proofs", () => {
  it("reproduces the RFC 6962 reference proofs and verifies them against the reference roots", () => {
    const tree = MemoryTree.fromLeafHashes(RFC_LEAVES.map((leaf) => leafHash(leaf)));
    for (const [first, second, expected] of RFC_CONSISTENCY) {
      const proof = consistencyProof(first, second, tree.read);
      expect(proof.map(toHex), `${first}->${second}`).toEqual(expected);
      const [a, b] = [fromHex(RFC_ROOTS[first]!)!, fromHex(RFC_ROOTS[second]!)!];
      expect(verifyConsistency(first, second, proof, a, b)).toBe(true);
    }
  });

  it("verifies between any two sizes m <= n of random trees", () => {
    fc.assert(
      fc.property(sizes, ({ first, second }) => {
        const { leaves, tree } = testTree(second);
        const proof = consistencyProof(first, second, tree.read);
        const a = rootFromLeafHashes(leaves.slice(0, first));
        expect(verifyConsistency(first, second, proof, a, tree.root())).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("rejects changed bytes, wrong roots, wrong sizes, truncated and extended proofs", () => {
    fc.assert(
      fc.property(sizes, fc.nat(), fc.nat(), ({ first, second }, at, pick) => {
        const { leaves, tree } = testTree(second);
        const a = rootFromLeafHashes(leaves.slice(0, first));
        const b = tree.root();
        const proof = consistencyProof(first, second, tree.read);
        expect(verifyConsistency(first, second, proof, flip(a, at), b)).toBe(false);
        expect(verifyConsistency(first, second, proof, a, flip(b, at))).toBe(false);
        if (proof.length > 0) {
          const i = pick % proof.length;
          const tampered = proof.map((p, j) => (j === i ? flip(p, at) : p));
          expect(verifyConsistency(first, second, tampered, a, b)).toBe(false);
          expect(verifyConsistency(first, second, proof.slice(0, -1), a, b)).toBe(false);
        }
        expect(verifyConsistency(first, second, [...proof, a], a, b)).toBe(false);
        if (first > 1) {
          const smaller = rootFromLeafHashes(leaves.slice(0, first - 1));
          expect(verifyConsistency(first - 1, second, proof, smaller, b)).toBe(false);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("accepts a fork only when it is not one: a different history at the same size fails", () => {
    const { leaves, tree } = testTree(40);
    const forked = testTree(40, 1).tree;
    const proof = consistencyProof(20, 40, tree.read);
    const a = rootFromLeafHashes(leaves.slice(0, 20));
    expect(verifyConsistency(20, 40, proof, a, forked.root())).toBe(false);
    expect(verifyConsistency(40, 40, [], tree.root(), forked.root())).toBe(false);
  });

  it("treats the empty tree as a prefix of every tree, and a shrinking tree as inconsistent", () => {
    const { tree } = testTree(10);
    expect(consistencyProof(0, 10, tree.read)).toEqual([]);
    expect(verifyConsistency(0, 10, [], emptyRoot(), tree.root())).toBe(true);
    expect(verifyConsistency(0, 10, [], tree.root(), tree.root())).toBe(false);
    expect(verifyConsistency(10, 5, [], tree.root(), tree.root())).toBe(false);
    expect(() => consistencyProof(10, 5, tree.read)).toThrow(RangeError);
  });
});
