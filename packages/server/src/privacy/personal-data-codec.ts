import { createHmac, randomBytes } from "node:crypto";
import type { Db } from "../store/database.js";
import { gcmOpen, gcmSeal } from "./aes-gcm.js";
import { BLIND_INDEX_OWNER, unwrapDataKey, wrapDataKey } from "./data-keys.js";
import type { MasterKeyRing } from "./master-key.js";

/** Where a sealed value lives, so a failure names the record (ids only, never the value). */
export type SealedAt = { owner: string; table: string; id: string; field: string };

/** The data keys of a set of owners, loaded once; sealing and opening are then synchronous. */
export interface OwnerKeys {
  /** Encrypts a personal value under its owner's data key; equal inputs give different outputs. */
  seal(plain: string, ownerId: string): string;
  /** Decrypts a value sealed for `at.owner`; throws DecryptionError when it was altered or belongs to another owner. */
  open(sealed: string, at: SealedAt): string;
  /** Whether the owner's data key was destroyed (crypto-shredded): their values read as erased. */
  isErased(ownerId: string): boolean;
}

/**
 * The one door personal fields pass through on their way to and from the store:
 * envelope encryption (a data key per borrower, wrapped by the master key) and
 * blind indexes under a key of their own.
 */
export interface PersonalDataCodec {
  /** Loads (and caches) the owners' data keys; creates a missing one inside the caller's transaction. */
  keysFor(db: Db, ownerIds: readonly string[]): Promise<OwnerKeys>;
  /** Creates data keys for owners that are new (bulk paths): one batched insert, no lookup. */
  createKeys(db: Db, ownerIds: readonly string[]): Promise<OwnerKeys>;
  /** A deterministic keyed hash for exact lookups (phone, national id), never reversible. */
  blindIndex(kind: BlindIndexKind, value: string): string;
  /** The only form personal data may take in a ledger entry: `hmac-sha256:<hex>` under the blind-index key. */
  keyedHash(value: string): string;
  /** Drops cached keys (after shredding), so this process stops opening their values at once. */
  forget(ownerIds: readonly string[]): void;
}

export type BlindIndexKind = "phone" | "national_id" | "email" | "ledger" | "pseudonym";

/** A sealed value that does not decrypt: tampered, truncated, of another owner, or under a key not held. */
export class DecryptionError extends Error {
  override readonly name = "DecryptionError";
  constructor(
    readonly at: SealedAt,
    readonly keyId: string,
  ) {
    super(`${at.table}.${at.field} of record ${at.id} does not decrypt under key ${keyId}`);
  }
}

/** A value of an owner whose data key was destroyed under the retention policy. */
export class ErasedError extends Error {
  override readonly name = "ErasedError";
  constructor(readonly ownerId: string) {
    super(`the personal data of ${ownerId} was erased`);
  }
}

const FORMAT = "fc2";
const CACHE_TTL_MS = 60_000;
const CACHE_MAX = 200_000;
const CHUNK = 500;

const aadOf = (ownerId: string) => `${FORMAT}:${ownerId}`;

type Cached = { key: Buffer | null; until: number };

/**
 * Opens the codec over the store: loads (or creates, on a new store) the blind-index
 * key. Unwrapped data keys are cached for a minute, so a shredding in another
 * process takes effect here within that time.
 */
export async function openPersonalDataCodec(db: Db, ring: MasterKeyRing): Promise<PersonalDataCodec> {
  const cache = new Map<string, Cached>();

  const unwrap = (row: { owner_id: string; master_key_id: string; wrapped: string | null }) => {
    if (row.wrapped === null) return null;
    const at = { owner: row.owner_id, table: "data_keys", id: row.owner_id, field: "wrapped" };
    const master = ring.get(row.master_key_id);
    if (!master) throw new DecryptionError(at, row.master_key_id);
    try {
      return unwrapDataKey(master, row.owner_id, row.wrapped);
    } catch {
      throw new DecryptionError(at, row.master_key_id);
    }
  };

  const load = async (trx: Db, ids: readonly string[], into: Map<string, Buffer | null>) => {
    for (let i = 0; i < ids.length; i += CHUNK) {
      const rows = await trx
        .selectFrom("data_keys")
        .select(["owner_id", "master_key_id", "wrapped"])
        .where("owner_id", "in", ids.slice(i, i + CHUNK))
        .execute();
      for (const row of rows) into.set(row.owner_id, unwrap(row));
    }
  };

  const insertFresh = async (trx: Db, ids: readonly string[], into: Map<string, Buffer | null>) => {
    const master = ring.newest();
    const createdAt = new Date().toISOString();
    let inserted = 0;
    const fresh = ids.map((id) => ({ id, key: randomBytes(32) }));
    for (let i = 0; i < fresh.length; i += CHUNK) {
      const result = await trx
        .insertInto("data_keys")
        .values(
          fresh.slice(i, i + CHUNK).map(({ id, key }) => ({
            owner_id: id,
            master_key_id: master.id,
            wrapped: wrapDataKey(master, id, key),
            created_at: createdAt,
            destroyed_at: null,
          })),
        )
        .onConflict((oc) => oc.column("owner_id").doNothing())
        .executeTakeFirst();
      inserted += Number(result.numInsertedOrUpdatedRows ?? 0);
    }
    for (const { id, key } of fresh) into.set(id, key);
    // Another process created some of these keys first: theirs are the ones stored.
    if (inserted < fresh.length) await load(trx, ids, into);
  };

  const ownerKeys = (keys: Map<string, Buffer | null>): OwnerKeys => {
    const keyOf = (ownerId: string) => {
      const key = keys.get(ownerId);
      if (key === undefined) throw new Error(`no data key was loaded for owner ${ownerId}`);
      if (key === null) throw new ErasedError(ownerId);
      return key;
    };
    return {
      seal(plain, ownerId) {
        if (ownerId.includes(":")) throw new Error("an owner id must not contain a colon");
        return `${FORMAT}:${ownerId}:${gcmSeal(keyOf(ownerId), Buffer.from(plain, "utf8"), aadOf(ownerId))}`;
      },
      open(sealed, at) {
        const [format, owner, iv, body, extra] = sealed.split(":");
        // INVARIANT: a value copied from another owner's row is refused, never shown as this owner's.
        if (format !== FORMAT || owner !== at.owner || !iv || !body || extra !== undefined)
          throw new DecryptionError(at, at.owner);
        const key = keyOf(owner);
        try {
          return gcmOpen(key, iv, body, aadOf(owner)).toString("utf8");
        } catch {
          throw new DecryptionError(at, owner);
        }
      },
      isErased: (ownerId) => keys.get(ownerId) === null,
    };
  };

  const indexKeys = new Map<string, Buffer | null>();
  await load(db, [BLIND_INDEX_OWNER], indexKeys);
  if (!indexKeys.has(BLIND_INDEX_OWNER)) await insertFresh(db, [BLIND_INDEX_OWNER], indexKeys);
  const indexKey = indexKeys.get(BLIND_INDEX_OWNER);
  if (!indexKey) throw new Error("the blind-index key was destroyed; lookups cannot work");
  const blindIndex = (kind: BlindIndexKind, value: string) =>
    createHmac("sha256", indexKey).update(kind).update("\u0000").update(value).digest("hex");

  return {
    async keysFor(trx, ownerIds) {
      const now = Date.now();
      const keys = new Map<string, Buffer | null>();
      const missing: string[] = [];
      for (const id of new Set(ownerIds)) {
        const hit = cache.get(id);
        if (hit && hit.until > now) keys.set(id, hit.key);
        else missing.push(id);
      }
      if (missing.length === 0) return ownerKeys(keys);
      await load(trx, missing, keys);
      if (cache.size + missing.length > CACHE_MAX) cache.clear();
      // Only keys read from the store are cached: a key created here may yet be rolled back.
      for (const id of missing) {
        const key = keys.get(id);
        if (key !== undefined) cache.set(id, { key, until: now + CACHE_TTL_MS });
      }
      const absent = missing.filter((id) => !keys.has(id));
      if (absent.length > 0) await insertFresh(trx, absent, keys);
      return ownerKeys(keys);
    },
    async createKeys(trx, ownerIds) {
      const keys = new Map<string, Buffer | null>();
      await insertFresh(trx, [...new Set(ownerIds)], keys);
      return ownerKeys(keys);
    },
    blindIndex,
    keyedHash: (value) => `hmac-sha256:${blindIndex("ledger", value)}`,
    forget(ownerIds) {
      for (const id of ownerIds) cache.delete(id);
    },
  };
}
