import type { Kysely } from "kysely";

/**
 * Contact decisions (every allow, defer and deny, with reasons and pack), the
 * per-borrower row decisions serialise on, and third parties' refusals.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("contact_decisions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("account_id", "text", (c) => c.notNull().references("accounts.id"))
    .addColumn("borrower_id", "text", (c) => c.notNull().references("borrowers.id"))
    .addColumn("requested_by", "text", (c) => c.notNull())
    .addColumn("actor", "text", (c) => c.notNull())
    .addColumn("channel", "text", (c) => c.notNull())
    .addColumn("target", "text", (c) => c.notNull())
    .addColumn("third_party_id", "text")
    .addColumn("number_index", "text")
    .addColumn("purpose", "text", (c) => c.notNull())
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("decided_at", "text", (c) => c.notNull())
    .addColumn("decision", "text", (c) => c.notNull())
    .addColumn("next_allowed_at", "text")
    .addColumn("send_before", "text")
    .addColumn("reasons", "text", (c) => c.notNull())
    .addColumn("obligations", "text", (c) => c.notNull())
    .addColumn("pack_id", "text", (c) => c.notNull())
    .addColumn("pack_version", "text", (c) => c.notNull())
    .addColumn("message_digest", "text")
    .addColumn("outcome", "text")
    .addColumn("outcome_at", "text")
    .addColumn("duration_seconds", "integer")
    .addColumn("ledger_index", "bigint", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("contact_decisions_by_borrower")
    .on("contact_decisions")
    .columns(["borrower_id", "at"])
    .execute();
  await db.schema
    .createTable("contact_locks")
    .addColumn("borrower_id", "text", (c) => c.primaryKey().references("borrowers.id"))
    .addColumn("decisions", "bigint", (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable("third_parties").addColumn("refused_at", "text").execute();
  await db.schema.alterTable("contacts").addColumn("decision_id", "text").execute();
}
