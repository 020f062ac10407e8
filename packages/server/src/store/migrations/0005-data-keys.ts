import type { Kysely } from "kysely";

/**
 * Envelope encryption: one data key per owner (a borrower, or the blind-index key),
 * stored wrapped by the master key named beside it. Shredding sets `destroyed_at`
 * and clears `wrapped`, so the row says the data was erased, not lost.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("data_keys")
    .addColumn("owner_id", "text", (c) => c.primaryKey())
    .addColumn("master_key_id", "text", (c) => c.notNull())
    .addColumn("wrapped", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("destroyed_at", "text")
    .execute();
  await db.schema.createIndex("data_keys_by_master_key").on("data_keys").column("master_key_id").execute();
}
