import type { Db } from "../store/database.js";
import { keyCheckValue, keyIdOf } from "./personal-data-codec.js";

/**
 * Records the master key's check value on first start and refuses a different
 * key later, so a wrong key fails at start instead of as garbage on first read.
 */
export async function checkKeyring(db: Db, masterKey: Buffer, now: string): Promise<void> {
  const keyId = keyIdOf(masterKey);
  const rows = await db.selectFrom("keyring").selectAll().execute();
  if (rows.length === 0) {
    await db
      .insertInto("keyring")
      .values({ id: keyId, check_value: keyCheckValue(masterKey), created_at: now })
      .execute();
    return;
  }
  const match = rows.find((r) => r.id === keyId);
  if (!match || match.check_value !== keyCheckValue(masterKey)) {
    throw new Error(
      `the master key (id ${keyId}) is not the key this database was sealed with (${rows.map((r) => r.id).join(", ")}); refusing to start`,
    );
  }
}
