import type { Db } from "../store/database.js";
import { keyCheckValue, type MasterKey } from "./master-key.js";

/** Whether the store already knows a master key: the keyring table exists and has a row. */
export async function hasKeyring(db: Db): Promise<boolean> {
  const tables = await db.introspection.getTables();
  if (!tables.some((t) => t.name === "keyring")) return false;
  return (await db.selectFrom("keyring").select("id").limit(1).executeTakeFirst()) !== undefined;
}

/**
 * Refuses a master key the store was not sealed with before anything is written,
 * so a wrong key fails at start instead of as an error on first read. At least one
 * configured key must be known by its check value; none may contradict a known one.
 */
export async function assertKnownMasterKey(db: Db, keys: readonly MasterKey[]): Promise<void> {
  const rows = await db.selectFrom("keyring").selectAll().execute();
  if (rows.length === 0) return;
  const known = keys.filter((k) => rows.some((r) => r.id === k.id && r.check_value === keyCheckValue(k.key)));
  if (known.length === 0) {
    throw new Error(
      `the master key (id ${keys.map((k) => k.id).join(", ")}) is not the key this database was sealed with (${rows.map((r) => r.id).join(", ")}); refusing to start`,
    );
  }
}

/** Records the check value of every configured key the store does not know yet (the first key, a rotated-in key). */
export async function recordMasterKeys(db: Db, keys: readonly MasterKey[], now: string): Promise<void> {
  const known = new Set((await db.selectFrom("keyring").select("id").execute()).map((r) => r.id));
  const fresh = keys.filter((k) => !known.has(k.id));
  if (fresh.length === 0) return;
  await db
    .insertInto("keyring")
    .values(fresh.map((k) => ({ id: k.id, check_value: keyCheckValue(k.key), created_at: now })))
    .onConflict((oc) => oc.column("id").doNothing())
    .execute();
}
