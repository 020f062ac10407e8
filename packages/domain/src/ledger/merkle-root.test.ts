import { describe, expect, it } from "vitest";
import { toHex } from "./bytes.js";
import { leafHash, nodeHash } from "./hash.js";
import { rootFromLeafHashes, rootFromLeaves } from "./merkle-root.js";
import { RFC_LEAVES, RFC_ROOTS } from "./rfc6962-vectors.js";

describe("rootFromLeaves", () => {
  it("reproduces the RFC 6962 roots for every prefix of the reference leaves", () => {
    for (const [n, expected] of RFC_ROOTS.entries()) {
      expect(toHex(rootFromLeaves(RFC_LEAVES.slice(0, n))), `size ${n}`).toBe(expected);
    }
  });

  it("hashes a leaf with a 0x00 prefix and a node with 0x01, so a leaf never equals a node", () => {
    expect(toHex(leafHash(new Uint8Array(0)))).toBe(RFC_ROOTS[1]);
    const [a, b] = [leafHash(RFC_LEAVES[1]!), leafHash(RFC_LEAVES[2]!)];
    const concatenated = new Uint8Array([...a, ...b]);
    expect(toHex(leafHash(concatenated))).not.toBe(toHex(nodeHash(a, b)));
    expect(toHex(rootFromLeafHashes([a, b]))).toBe(toHex(nodeHash(a, b)));
  });
});
