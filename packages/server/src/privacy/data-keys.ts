import { gcmOpen, gcmSeal } from "./aes-gcm.js";
import type { MasterKey } from "./master-key.js";

/**
 * The owner id under which the blind-index key is stored beside the data keys, so
 * rotation re-wraps it with them. INVARIANT: retention never shreds this owner.
 */
export const BLIND_INDEX_OWNER = "~blind-index";

/** Associated data of a wrapped key: a wrapped key copied to another owner does not unwrap. */
const wrapAad = (ownerId: string, masterKeyId: string) => `fc-dk1:${ownerId}:${masterKeyId}`;

/** Wraps an owner's data key under a master key. */
export function wrapDataKey(master: MasterKey, ownerId: string, key: Buffer): string {
  return gcmSeal(master.key, key, wrapAad(ownerId, master.id));
}

/** Unwraps an owner's data key; throws when it was wrapped for another owner or altered. */
export function unwrapDataKey(master: MasterKey, ownerId: string, wrapped: string): Buffer {
  const [iv, body, extra] = wrapped.split(":");
  if (!iv || !body || extra !== undefined) throw new Error("wrapped key is malformed");
  const key = gcmOpen(master.key, iv, body, wrapAad(ownerId, master.id));
  if (key.length !== 32) throw new Error("wrapped key is not 32 bytes");
  return key;
}
