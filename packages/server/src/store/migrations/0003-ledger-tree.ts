import { type Kysely, PostgresAdapter, sql } from "kysely";

/**
 * The ledger's Merkle tree: its subtree hashes packed in tiles (row (level, idx) holds up to 16
 * consecutive hashes of tree level 4·level; a tile only grows), the size integrated so far, signed checkpoints and witness cosignatures; and the
 * borrower an entry is about, so a borrower's receipts are found without reading every entry.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema
    .createTable("ledger_tiles")
    .addColumn("level", "integer", (c) => c.notNull())
    .addColumn("idx", "bigint", (c) => c.notNull())
    .addColumn("hashes", postgres ? "bytea" : "blob", (c) => c.notNull())
    .addPrimaryKeyConstraint("ledger_tiles_pk", ["level", "idx"])
    // Proof reads are point lookups on the key; SQLite stores such a table as its own index.
    .$call((t) => (postgres ? t : t.modifyEnd(sql`without rowid`)))
    .execute();
  await db.schema
    .createTable("ledger_tree")
    .addColumn("id", "integer", (c) => c.primaryKey())
    .addColumn("size", "bigint", (c) => c.notNull())
    .execute();
  await sql`insert into ledger_tree (id, size) values (1, 0)`.execute(db);
  await db.schema
    .createTable("ledger_checkpoints")
    .addColumn("size", "bigint", (c) => c.primaryKey())
    .addColumn("root", "text", (c) => c.notNull())
    .addColumn("note", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("ledger_cosignatures")
    .addColumn("checkpoint_size", "bigint", (c) => c.notNull().references("ledger_checkpoints.size"))
    .addColumn("witness_key", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("key_id", "bigint", (c) => c.notNull())
    .addColumn("signature", "text", (c) => c.notNull())
    .addColumn("signed_at", "bigint", (c) => c.notNull())
    .addColumn("submitted_by", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("ledger_cosignatures_pk", ["checkpoint_size", "witness_key"])
    .execute();
  await db.schema.alterTable("ledger_entries").addColumn("borrower_id", "text").execute();
  await (postgres
    ? sql`update ledger_entries set borrower_id = (body::jsonb) ->> 'borrowerId'`
    : sql`update ledger_entries set borrower_id = json_extract(body, '$.borrowerId')`
  ).execute(db);
  await db.schema
    .createIndex("ledger_entries_by_borrower")
    .on("ledger_entries")
    .columns(["borrower_id", "idx"])
    .execute();
}
