import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes } from "node:crypto";

/**
 * The one door personal fields pass through on their way to and from the store,
 * so encryption can change (envelope keys, rotation) without touching a caller.
 */
export interface PersonalDataCodec {
  /** Encrypts a personal value for storage; equal inputs give different outputs. */
  seal(plain: string): string;
  /** Decrypts a sealed value; throws DecryptionError when it was tampered with. */
  open(sealed: string): string;
  /** A deterministic keyed hash for exact lookups (phone, national id), never reversible. */
  blindIndex(kind: BlindIndexKind, value: string): string;
  /** The id of the key new values are sealed with. */
  readonly keyId: string;
}

export type BlindIndexKind = "phone" | "national_id" | "email" | "ledger";

/** A sealed value that does not decrypt: tampered, truncated, or sealed under an unknown key. */
export class DecryptionError extends Error {
  constructor(readonly keyId: string) {
    super(`sealed value does not decrypt under key ${keyId}`);
  }
}

const FORMAT = "fc1";

/** The key id is a short digest of the key, so a ciphertext names the key it needs. */
export function keyIdOf(key: Buffer): string {
  return createHash("sha256").update("faircollect key id").update(key).digest("hex").slice(0, 12);
}

/** AES-256-GCM under the master key; blind indexes under an HKDF-derived key of their own. */
export function createPersonalDataCodec(masterKey: Buffer): PersonalDataCodec {
  if (masterKey.length !== 32) throw new Error("master key must be 32 bytes");
  const keyId = keyIdOf(masterKey);
  const indexKey = Buffer.from(hkdfSync("sha256", masterKey, "", "faircollect blind index v1", 32));
  return {
    keyId,
    seal(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv("aes-256-gcm", masterKey, iv);
      cipher.setAAD(Buffer.from(keyId));
      const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final(), cipher.getAuthTag()]);
      return `${FORMAT}:${keyId}:${iv.toString("base64url")}:${body.toString("base64url")}`;
    },
    open(sealed) {
      const [format, kid, ivText, bodyText] = sealed.split(":");
      if (format !== FORMAT || kid !== keyId || !ivText || !bodyText) throw new DecryptionError(kid ?? "?");
      try {
        const body = Buffer.from(bodyText, "base64url");
        const decipher = createDecipheriv("aes-256-gcm", masterKey, Buffer.from(ivText, "base64url"));
        decipher.setAAD(Buffer.from(kid));
        decipher.setAuthTag(body.subarray(body.length - 16));
        return Buffer.concat([
          decipher.update(body.subarray(0, body.length - 16)),
          decipher.final(),
        ]).toString("utf8");
      } catch {
        throw new DecryptionError(kid);
      }
    },
    blindIndex(kind, value) {
      return createHmac("sha256", indexKey).update(kind).update("\u0000").update(value).digest("hex");
    },
  };
}

/** The value stored in the keyring table to tell a wrong master key from a right one before any read. */
export function keyCheckValue(masterKey: Buffer): string {
  return createHmac("sha256", masterKey).update("faircollect key check v1").digest("hex");
}
