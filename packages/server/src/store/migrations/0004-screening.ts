import { type Kysely, sql } from "kysely";

/**
 * Message screening at the edges: approved templates, supervisor lexicon terms
 * (with the version counter processes poll), the supervisor's review queue,
 * sealed call transcripts, and violations found after the fact.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("message_templates")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("channel", "text", (c) => c.notNull())
    .addColumn("locale", "text", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("slots", "text", (c) => c.notNull())
    .addColumn("digest", "text", (c) => c.notNull())
    .addColumn("verdict", "text", (c) => c.notNull())
    .addColumn("findings", "text", (c) => c.notNull())
    .addColumn("lexicon_version", "text", (c) => c.notNull())
    .addColumn("approved_by", "text", (c) => c.notNull().references("users.id"))
    .addColumn("approved_at", "text", (c) => c.notNull())
    .addColumn("ledger_index", "bigint", (c) => c.notNull())
    .addUniqueConstraint("message_templates_name_version", ["name", "version"])
    .execute();
  await db.schema
    .createTable("lexicon_head")
    .addColumn("id", "integer", (c) => c.primaryKey())
    .addColumn("version", "integer", (c) => c.notNull())
    .execute();
  await sql`insert into lexicon_head (id, version) values (1, 0)`.execute(db);
  await db.schema
    .createTable("lexicon_terms")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("category", "text", (c) => c.notNull())
    .addColumn("severity", "text", (c) => c.notNull())
    .addColumn("term", "text", (c) => c.notNull())
    .addColumn("added_by", "text", (c) => c.notNull().references("users.id"))
    .addColumn("added_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("review_items")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("account_id", "text", (c) => c.notNull().references("accounts.id"))
    .addColumn("borrower_id", "text", (c) => c.notNull().references("borrowers.id"))
    .addColumn("collector_id", "text", (c) => c.notNull())
    .addColumn("decision_id", "text", (c) => c.notNull())
    .addColumn("channel", "text", (c) => c.notNull())
    .addColumn("text_digest", "text", (c) => c.notNull())
    .addColumn("text_sealed", "text")
    .addColumn("findings", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("resolved_by", "text")
    .addColumn("resolved_at", "text")
    .addColumn("note_sealed", "text")
    .addColumn("used_by_decision_id", "text")
    .execute();
  await db.schema
    .createIndex("review_items_by_status")
    .on("review_items")
    .columns(["status", "created_at"])
    .execute();
  await db.schema
    .createTable("transcripts")
    .addColumn("decision_id", "text", (c) => c.primaryKey().references("contact_decisions.id"))
    .addColumn("text_sealed", "text", (c) => c.notNull())
    .addColumn("digest", "text", (c) => c.notNull())
    .addColumn("verdict", "text", (c) => c.notNull())
    .addColumn("recorded_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("violations")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("rule", "text", (c) => c.notNull())
    .addColumn("severity", "text", (c) => c.notNull())
    .addColumn("collector_id", "text")
    .addColumn("account_id", "text", (c) => c.notNull().references("accounts.id"))
    .addColumn("borrower_id", "text", (c) => c.notNull().references("borrowers.id"))
    .addColumn("decision_id", "text")
    .addColumn("contact_id", "text")
    .addColumn("hold_id", "text")
    .addColumn("channel", "text", (c) => c.notNull())
    .addColumn("contact_at", "text", (c) => c.notNull())
    .addColumn("span_start", "integer")
    .addColumn("span_end", "integer")
    .addColumn("detected_at", "text", (c) => c.notNull())
    .addColumn("ledger_index", "bigint", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("violations_by_contact_at").on("violations").column("contact_at").execute();
  await db.schema
    .createIndex("violations_by_collector")
    .on("violations")
    .columns(["collector_id", "contact_at"])
    .execute();
}
