import { createPrivateKey, sign } from "node:crypto";
import type { NoteSigner } from "@faircollect/domain/ledger/note-keys";

/** RFC 8410 PKCS#8 wrapping of a raw Ed25519 seed: what node:crypto imports a private key from. */
const PKCS8_ED25519_PREFIX = Buffer.from("302e020100300506032b657004220420", "hex");

/**
 * The same signer signing with OpenSSL's Ed25519: about 35 µs a signature against 640 µs for the
 * portable default, which re-derives the key each time. Ed25519 is deterministic, so the
 * signatures are byte for byte the ones the portable signer makes.
 */
export function nodeNoteSigner(signer: NoteSigner): NoteSigner {
  const key = createPrivateKey({
    key: Buffer.concat([PKCS8_ED25519_PREFIX, signer.seed]),
    format: "der",
    type: "pkcs8",
  });
  return { ...signer, sign: (message) => sign(null, message, key) };
}
