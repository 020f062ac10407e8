import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

const TAG_BYTES = 16;

/** AES-256-GCM with a fresh 96-bit IV; returns `<iv>:<ciphertext+tag>` in base64url. */
export function gcmSeal(key: Buffer, plain: Buffer, aad: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(Buffer.from(aad, "utf8"));
  const body = Buffer.concat([cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
  return `${iv.toString("base64url")}:${body.toString("base64url")}`;
}

/** Opens what gcmSeal wrote; throws when the text, the tag or the associated data do not match. */
export function gcmOpen(key: Buffer, ivText: string, bodyText: string, aad: string): Buffer {
  const body = Buffer.from(bodyText, "base64url");
  if (body.length < TAG_BYTES) throw new Error("sealed value is truncated");
  const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(ivText, "base64url"));
  decipher.setAAD(Buffer.from(aad, "utf8"));
  decipher.setAuthTag(body.subarray(body.length - TAG_BYTES));
  return Buffer.concat([decipher.update(body.subarray(0, body.length - TAG_BYTES)), decipher.final()]);
}
