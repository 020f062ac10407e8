import { ed25519 } from "@noble/curves/ed25519.js";
import { concatBytes, fromBase64, fromHex, toBase64, utf8 } from "./bytes.js";
import { nobleSha256 } from "./hash.js";

/** c2sp.org/signed-note signature types this ledger speaks. */
export const SIGNATURE_TYPE = {
  /** A log's Ed25519 signature over the note text. */
  ed25519: 0x01,
  /** A witness's timestamped Ed25519 cosignature (c2sp.org/tlog-cosignature, cosignature/v1). */
  cosignatureV1: 0x04,
} as const;
export type SignatureType = (typeof SIGNATURE_TYPE)[keyof typeof SIGNATURE_TYPE];

/** A public key a note is verified with, as written in a vkey string. */
export type NoteVerifierKey = { name: string; keyId: number; type: SignatureType; publicKey: Uint8Array };

/** A private key that signs notes; the seed never leaves this object except through signerKeyString. */
export type NoteSigner = NoteVerifierKey & { sign: (message: Uint8Array) => Uint8Array; seed: Uint8Array };

/** Key names are non-empty and hold no Unicode space or plus (signed-note §Format). */
export function isKeyName(name: string): boolean {
  return name.length > 0 && !/[\s+\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/u.test(name);
}

/** key ID = SHA-256(key name || 0x0A || type || public key)[:4] as a big-endian uint32. */
export function noteKeyId(name: string, type: SignatureType, publicKey: Uint8Array): number {
  const digest = nobleSha256(concatBytes(utf8(name), Uint8Array.of(0x0a, type), publicKey));
  return new DataView(digest.buffer, digest.byteOffset, 4).getUint32(0);
}

/** Makes a signer from a 32-byte seed the caller drew (the domain draws no randomness). */
export function noteSignerFromSeed(
  name: string,
  seed: Uint8Array,
  type: SignatureType = SIGNATURE_TYPE.ed25519,
): NoteSigner {
  if (!isKeyName(name)) throw new RangeError(`bad key name \`${name}\``);
  if (seed.length !== 32) throw new RangeError("an Ed25519 seed is 32 bytes");
  const publicKey = ed25519.getPublicKey(seed);
  const secret = seed.slice();
  return {
    name,
    type,
    publicKey,
    keyId: noteKeyId(name, type, publicKey),
    seed: secret,
    sign: (message) => ed25519.sign(message, secret),
  };
}

function hex8(keyId: number): string {
  return keyId.toString(16).padStart(8, "0");
}

/** The vkey string `<name>+<hex key ID>+<base64(type || public key)>` (Go's note package format). */
export function verifierKeyString(key: NoteVerifierKey): string {
  return `${key.name}+${hex8(key.keyId)}+${toBase64(concatBytes(Uint8Array.of(key.type), key.publicKey))}`;
}

/** The signer key string `PRIVATE+KEY+<name>+<hex key ID>+<base64(type || seed)>`, for key files. */
export function signerKeyString(signer: NoteSigner): string {
  return `PRIVATE+KEY+${signer.name}+${hex8(signer.keyId)}+${toBase64(concatBytes(Uint8Array.of(signer.type), signer.seed))}`;
}

/** The outcome of reading a key string. */
export type KeyParse<K> = { ok: true; key: K } | { ok: false; problem: string };

function splitKey(text: string): { name: string; keyId: string; material: Uint8Array } | string {
  const first = text.indexOf("+");
  const second = text.indexOf("+", first + 1);
  if (first < 0 || second < 0) return "expected <name>+<key id>+<key>";
  const name = text.slice(0, first);
  const keyId = text.slice(first + 1, second);
  const material = fromBase64(text.slice(second + 1));
  if (!isKeyName(name)) return `bad key name \`${name}\``;
  if (!/^[0-9a-f]{8}$/.test(keyId)) return `bad key id \`${keyId}\``;
  if (material?.length !== 33) return "key material is not base64 of a type byte and 32 key bytes";
  return { name, keyId, material };
}

function signatureType(byte: number | undefined): SignatureType | undefined {
  return byte === SIGNATURE_TYPE.ed25519 || byte === SIGNATURE_TYPE.cosignatureV1 ? byte : undefined;
}

/** Reads a vkey string; the key ID must be the one derived from name, type and key. */
export function parseVerifierKey(text: string): KeyParse<NoteVerifierKey> {
  const parts = splitKey(text.trim());
  if (typeof parts === "string") return { ok: false, problem: parts };
  const type = signatureType(parts.material[0]);
  if (type === undefined) return { ok: false, problem: `unsupported signature type ${parts.material[0]}` };
  const publicKey = parts.material.slice(1);
  const keyId = noteKeyId(parts.name, type, publicKey);
  if (hex8(keyId) !== parts.keyId) return { ok: false, problem: "key id does not match the key" };
  if (!ed25519.utils.isValidPublicKey(publicKey, false))
    return { ok: false, problem: "not an Ed25519 public key" };
  return { ok: true, key: { name: parts.name, keyId, type, publicKey } };
}

/** Reads a signer key string written by signerKeyString (or Go's note.GenerateKey). */
export function parseSignerKey(text: string): KeyParse<NoteSigner> {
  const trimmed = text.trim();
  if (!trimmed.startsWith("PRIVATE+KEY+")) return { ok: false, problem: "expected PRIVATE+KEY+..." };
  const parts = splitKey(trimmed.slice("PRIVATE+KEY+".length));
  if (typeof parts === "string") return { ok: false, problem: parts };
  const type = signatureType(parts.material[0]);
  if (type === undefined) return { ok: false, problem: `unsupported signature type ${parts.material[0]}` };
  const signer = noteSignerFromSeed(parts.name, parts.material.slice(1), type);
  if (hex8(signer.keyId) !== parts.keyId) return { ok: false, problem: "key id does not match the key" };
  return { ok: true, key: signer };
}

/** Reads a 32-byte hex or base64 seed, for configs that hold raw seeds. */
export function seedFromText(text: string): Uint8Array | undefined {
  const trimmed = text.trim();
  const bytes = fromHex(trimmed) ?? fromBase64(trimmed);
  return bytes?.length === 32 ? bytes : undefined;
}
