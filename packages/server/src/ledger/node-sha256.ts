import { hash } from "node:crypto";
import type { Sha256 } from "@faircollect/domain/ledger/hash";

const DIGEST_SIZE = 32;

/**
 * A digest as bytes. Node hands a digest out as a "binary" (latin1) string, one char a byte,
 * about three times faster than as a Buffer, whose allocation costs more than hashing 65 bytes
 * (measured: 0.28 µs against 0.80 µs a node hash), so the bytes are copied out of the string.
 */
function digestBytes(digest: string): Uint8Array {
  const out = new Uint8Array(DIGEST_SIZE);
  for (let i = 0; i < DIGEST_SIZE; i++) out[i] = digest.charCodeAt(i);
  return out;
}

/** OpenSSL's SHA-256 for the ledger math, several times faster than the portable default the domain ships. */
export const nodeSha256: Sha256 = (data) => digestBytes(hash("sha256", data, "binary"));

/**
 * RFC 9162 leaf hash SHA-256(0x00 || entry) of an entry stored as text, hashed straight from the
 * string (node encodes it to UTF-8, and U+0000 is the 0x00 byte): equal to
 * `leafHash(utf8(text))` without building the bytes in JavaScript first.
 */
export function leafHashOfText(text: string): Uint8Array {
  return digestBytes(hash("sha256", `\u0000${text}`, "binary"));
}
