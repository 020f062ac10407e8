import type { Kysely } from "kysely";

/**
 * Who read whose personal data when (the ledger holds the same as `pii.read`
 * entries; this table answers "how many borrowers did this user read in the
 * last hour" cheaply), and the alerts raised from it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("pii_reads")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull())
    .addColumn("borrower_id", "text", (c) => c.notNull())
    .addColumn("at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("pii_reads_by_user").on("pii_reads").columns(["user_id", "at"]).execute();
  await db.schema
    .createTable("alerts")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("user_id", "text", (c) => c.notNull())
    .addColumn("detail", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("alerts_by_user").on("alerts").columns(["user_id", "created_at"]).execute();
}
