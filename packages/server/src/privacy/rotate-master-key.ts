import { randomBytes } from "node:crypto";
import type { Config } from "../config.js";
import { appendEntries } from "../ledger/append-entries.js";
import type { Db } from "../store/database.js";
import { unwrapDataKey, wrapDataKey } from "./data-keys.js";
import { assertKnownMasterKey, recordMasterKeys } from "./keyring.js";
import { keyFilePath, loadMasterKeys, type MasterKey, masterKeyOf, writeKeyFile } from "./master-key.js";

/** What a rotation did, for the operator: ids only, never a key. */
export type RotationReport = {
  newest: string;
  rewrapped: number;
  /** Keys still in the file besides the newest (a first run), or dropped from it (`retireOld`). */
  older: string[];
  retired: boolean;
};

/**
 * Re-wraps, in batches of small transactions, every data key (and the blind-index key)
 * not wrapped by the newest master key. Data keys do not change, so sealed values and
 * blind indexes stay as they are and servers keep answering throughout.
 */
export async function rewrapDataKeys(db: Db, keys: readonly MasterKey[], batch = 500): Promise<number> {
  const [newest] = keys;
  if (!newest) throw new Error("no master key");
  let rewrapped = 0;
  for (;;) {
    // Read outside the write transaction: on SQLite a transaction that reads first cannot
    // take the write lock once a server commits in between, so it would fail, not wait.
    const rows = await db
      .selectFrom("data_keys")
      .select(["owner_id", "master_key_id", "wrapped"])
      .where("master_key_id", "!=", newest.id)
      .where("wrapped", "is not", null)
      .orderBy("owner_id")
      .limit(batch)
      .execute();
    const updates = rows.map((row) => {
      const old = keys.find((k) => k.id === row.master_key_id);
      if (!old)
        throw new Error(
          `the data key of ${row.owner_id} is wrapped by master key ${row.master_key_id}, which the key file lacks`,
        );
      const key = unwrapDataKey(old, row.owner_id, row.wrapped!);
      return { row, wrapped: wrapDataKey(newest, row.owner_id, key) };
    });
    await db.transaction().execute(async (trx) => {
      for (const { row, wrapped } of updates) {
        // Only if unchanged since read: a key shredded meanwhile stays shredded.
        await trx
          .updateTable("data_keys")
          .set({ master_key_id: newest.id, wrapped })
          .where("owner_id", "=", row.owner_id)
          .where("wrapped", "=", row.wrapped)
          .execute();
      }
    });
    rewrapped += rows.length;
    if (rows.length < batch) return rewrapped;
  }
}

/** How many live data keys older master keys still wrap. */
async function wrappedByOlder(db: Db, newestId: string): Promise<number> {
  const row = await db
    .selectFrom("data_keys")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("master_key_id", "!=", newestId)
    .where("wrapped", "is not", null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * `keys rotate`: puts a new master key first in the key file, records it, re-wraps every
 * data key under it and records `key.rotated`. With `retireOld` it adds no key: it
 * re-wraps what is left (keys created meanwhile by servers that had not yet seen the
 * new key), confirms nothing is wrapped by an older key, and only then drops them.
 * The store must be migrated and the configured keys known to it.
 */
export async function rotateMasterKey(
  db: Db,
  config: Config,
  options: { retireOld: boolean; now: () => Date; batch?: number },
): Promise<RotationReport> {
  if (config.masterKey)
    throw new Error(
      "rotation needs a key file: unset MASTER_KEY and set MASTER_KEY_FILE (several keys, newest first)",
    );
  const file = keyFilePath(config);
  const loaded = loadMasterKeys(config, { createIfMissing: false });
  await assertKnownMasterKey(db, loaded.keys);
  if (options.retireOld) {
    const [newest, ...older] = loaded.keys;
    const rewrapped = await rewrapDataKeys(db, loaded.keys, options.batch);
    const left = await wrappedByOlder(db, newest!.id);
    if (left > 0) throw new Error(`${left} data keys are still wrapped by an older master key; run again`);
    writeKeyFile(file, [newest!]);
    if (older.length > 0)
      await db
        .deleteFrom("keyring")
        .where(
          "id",
          "in",
          older.map((k) => k.id),
        )
        .execute();
    return { newest: newest!.id, rewrapped, older: older.map((k) => k.id), retired: true };
  }
  const fresh = masterKeyOf(randomBytes(32));
  const keys = [fresh, ...loaded.keys];
  // Recorded before the file names it, so a server restarting in between accepts the file.
  await recordMasterKeys(db, [fresh], options.now().toISOString());
  writeKeyFile(file, keys);
  const rewrapped = await rewrapDataKeys(db, keys, options.batch);
  await db.transaction().execute((trx) =>
    appendEntries(trx, [
      {
        type: "key.rotated",
        v: 1,
        at: options.now().toISOString(),
        actor: "system",
        purpose: "master",
        keyId: fresh.id,
      },
    ]),
  );
  return { newest: fresh.id, rewrapped, older: loaded.keys.map((k) => k.id), retired: false };
}
