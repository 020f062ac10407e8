import { createHash, randomBytes } from "node:crypto";

/** A bearer secret with a prefix that says what it is, so a leaked one is easy to spot and revoke. */
export function newSecret(prefix: "fcs" | "fct"): string {
  return `${prefix}_${randomBytes(32).toString("base64url")}`;
}

/** Secrets are stored only as SHA-256 digests; they are random, so no salt or slow hash is needed. */
export function digestSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}
