import { utf8 } from "@faircollect/domain/ledger/bytes";
import { leafHash, nobleSha256 } from "@faircollect/domain/ledger/hash";
import { noteSignerFromSeed } from "@faircollect/domain/ledger/note-keys";
import { signNote, verifyNote } from "@faircollect/domain/ledger/signed-note";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nodeNoteSigner } from "../src/ledger/node-ed25519.js";
import { leafHashOfText, nodeSha256 } from "../src/ledger/node-sha256.js";

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString("hex");

describe("the ledger's node:crypto primitives give the portable ones' bytes", () => {
  it("hashes any bytes as the portable SHA-256 does", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (data) => {
        expect(hex(nodeSha256(data))).toBe(hex(nobleSha256(data)));
      }),
    );
  });

  it("takes the leaf hash of an entry's text as of its UTF-8 bytes", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 600 }), (text) => {
        expect(hex(leafHashOfText(text))).toBe(hex(leafHash(utf8(text))));
      }),
    );
  });

  it("signs notes byte for byte as the portable signer, and they verify", () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 32, maxLength: 32 }),
        fc.string({ unit: "grapheme-ascii", minLength: 1 }),
        (seed, line) => {
          const portable = noteSignerFromSeed("ledger.test/node-crypto", seed);
          const text = `${line.replaceAll("\n", " ")}\n`;
          const note = signNote(text, nodeNoteSigner(portable));
          expect(note).toBe(signNote(text, portable));
          expect(verifyNote(note, portable).ok).toBe(true);
        },
      ),
      { numRuns: 30 },
    );
  });
});
