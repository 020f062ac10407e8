import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromHex, toHex } from "./bytes.js";
import { leafHash } from "./hash.js";
import { inclusionProof, inclusionProofRanges, verifyInclusion } from "./inclusion-proof.js";
import { MemoryTree } from "./memory-tree.js";
import { rootFromLeafHashes } from "./merkle-root.js";
import { RFC_LEAVES, RFC_ROOTS } from "./rfc6962-vectors.js";
import { nodesForRanges } from "./subtree.js";
import { testTree } from "./test-trees.js";

const RFC_PATHS: Array<[index: number, size: number, path: string[]]> = [
  [0, 1, []],
  [
    0,
    8,
    [
      "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
      "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
      "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
    ],
  ],
  [
    5,
    8,
    [
      "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
      "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
      "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    ],
  ],
  [2, 3, ["fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125"]],
  [
    1,
    5,
    [
      "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
      "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
      "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
    ],
  ],
];

const treeAndIndex = fc
  .integer({ min: 1, max: 300 })
  .chain((size) => fc.record({ size: fc.constant(size), index: fc.integer({ min: 0, max: size - 1 }) }));

function flip(bytes: Uint8Array, at: number): Uint8Array {
  const copy = bytes.slice();
  copy[at % copy.length]! ^= 1;
  return copy;
}

describe("inclusion proofs", () => {
  it("reproduces the RFC 6962 reference paths and verifies them against the reference roots", () => {
    const tree = MemoryTree.fromLeafHashes(RFC_LEAVES.map((leaf) => leafHash(leaf)));
    for (const [index, size, path] of RFC_PATHS) {
      const proof = inclusionProof(index, size, tree.read);
      expect(proof.map(toHex), `${index}/${size}`).toEqual(path);
      const root = fromHex(RFC_ROOTS[size]!)!;
      expect(verifyInclusion(leafHash(RFC_LEAVES[index]!), index, size, proof, root)).toBe(true);
    }
  });

  it("verifies every proof for random trees and indices, at the current and any earlier size", () => {
    fc.assert(
      fc.property(treeAndIndex, fc.integer({ min: 0, max: 300 }), ({ size, index }, extra) => {
        const { leaves, tree } = testTree(size + extra);
        const root = rootFromLeafHashes(leaves.slice(0, size));
        const proof = inclusionProof(index, size, tree.read);
        expect(verifyInclusion(leaves[index]!, index, size, proof, root)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it("rejects a changed byte, a swapped sibling, a wrong index, a wrong size, a truncated or an extended proof", () => {
    fc.assert(
      fc.property(treeAndIndex, fc.nat(), fc.nat(), ({ size, index }, at, pick) => {
        const { leaves, tree } = testTree(size + 1);
        const root = rootFromLeafHashes(leaves.slice(0, size));
        const proof = inclusionProof(index, size, tree.read);
        const leaf = leaves[index]!;
        expect(verifyInclusion(flip(leaf, at), index, size, proof, root)).toBe(false);
        expect(verifyInclusion(leaf, index, size, proof, flip(root, at))).toBe(false);
        if (proof.length > 0) {
          const i = pick % proof.length;
          const tampered = proof.map((p, j) => (j === i ? flip(p, at) : p));
          expect(verifyInclusion(leaf, index, size, tampered, root)).toBe(false);
          expect(verifyInclusion(leaf, index, size, proof.slice(0, -1), root)).toBe(false);
        }
        if (proof.length > 1) {
          const i = pick % (proof.length - 1);
          const swapped = proof.slice();
          [swapped[i], swapped[i + 1]] = [swapped[i + 1]!, swapped[i]!];
          expect(verifyInclusion(leaf, index, size, swapped, root)).toBe(false);
        }
        expect(verifyInclusion(leaf, index, size, [...proof, leaf], root)).toBe(false);
        const otherIndex = (index + 1 + (pick % size)) % size;
        if (otherIndex !== index) expect(verifyInclusion(leaf, otherIndex, size, proof, root)).toBe(false);
        // A size and its root travel together in a checkpoint; a proof must not verify against another pair.
        const otherRoot = rootFromLeafHashes(leaves.slice(0, size + 1));
        expect(verifyInclusion(leaf, index, size + 1, proof, otherRoot)).toBe(false);
        expect(verifyInclusion(leaf, size, size, proof, root)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it("never throws on malformed input", () => {
    const { leaves, tree } = testTree(8);
    const root = tree.root();
    const proof = inclusionProof(3, 8, tree.read);
    expect(verifyInclusion(leaves[3]!, 3, 8, [new Uint8Array(31), ...proof.slice(1)], root)).toBe(false);
    expect(verifyInclusion(leaves[3]!, -1, 8, proof, root)).toBe(false);
    expect(verifyInclusion(leaves[3]!, 3, Number.NaN, proof, root)).toBe(false);
    expect(verifyInclusion(new Uint8Array(0), 3, 8, proof, root)).toBe(false);
  });

  it("names the stored nodes a proof needs, so an asynchronous store can fetch them in one query", () => {
    const { tree } = testTree(1000);
    const needed = nodesForRanges(inclusionProofRanges(999, 1000));
    const fetched = new Map(needed.map((n) => [`${n.level}/${n.index}`, tree.read(n.level, n.index)]));
    const proof = inclusionProof(999, 1000, (level, index) => fetched.get(`${level}/${index}`)!);
    expect(proof.map(toHex)).toEqual(inclusionProof(999, 1000, tree.read).map(toHex));
  });

  it("refuses to build a proof for an index outside the tree", () => {
    const { tree } = testTree(4);
    expect(() => inclusionProof(4, 4, tree.read)).toThrow(RangeError);
  });
});
