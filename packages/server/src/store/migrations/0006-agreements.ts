import type { Kysely } from "kysely";

/** Data-sharing agreements: what an agency may see, for which purposes, and while they run. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("agreements")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("agency_id", "text", (c) => c.notNull().references("agencies.id"))
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("purposes", "text", (c) => c.notNull())
    .addColumn("fields", "text", (c) => c.notNull())
    .addColumn("valid_from", "text", (c) => c.notNull())
    .addColumn("valid_until", "text", (c) => c.notNull())
    .addColumn("onward_transfer_consent", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("agreements_by_agency")
    .on("agreements")
    .columns(["agency_id", "valid_until"])
    .execute();
}
