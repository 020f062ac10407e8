import { type Kysely, sql } from "kysely";

/** Records of the foundation: parties, users and auth, debts, holds, preferences, history, ledger. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("lender")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("agencies")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("code", "text", (c) => c.notNull().unique())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("users")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("username", "text", (c) => c.notNull().unique())
    .addColumn("password_hash", "text", (c) => c.notNull())
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("display_name", "text", (c) => c.notNull())
    .addColumn("agency_id", "text", (c) => c.references("agencies.id"))
    .addColumn("borrower_id", "text")
    .addColumn("certified_until", "text")
    .addColumn("disabled", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("sessions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("api_tokens")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("revoked_at", "text")
    .execute();
  await db.schema
    .createTable("login_failures")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("username", "text", (c) => c.notNull())
    .addColumn("at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("login_failures_by_user")
    .on("login_failures")
    .columns(["username", "at"])
    .execute();
  await db.schema
    .createTable("keyring")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("check_value", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("borrowers")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("ref", "text", (c) => c.notNull().unique())
    .addColumn("name_sealed", "text", (c) => c.notNull())
    .addColumn("phones_sealed", "text", (c) => c.notNull())
    .addColumn("email_sealed", "text")
    .addColumn("national_id_sealed", "text")
    .addColumn("address_sealed", "text")
    .addColumn("national_id_index", "text")
    .addColumn("time_zone", "text", (c) => c.notNull())
    .addColumn("locale", "text", (c) => c.notNull())
    .addColumn("jurisdiction", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("borrowers_by_national_id")
    .on("borrowers")
    .column("national_id_index")
    .execute();
  await db.schema
    .createTable("borrower_phone_index")
    .addColumn("borrower_id", "text", (c) => c.notNull().references("borrowers.id"))
    .addColumn("phone_index", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("borrower_phone_index_by_phone")
    .on("borrower_phone_index")
    .column("phone_index")
    .execute();
  await db.schema
    .createTable("accounts")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("ref", "text", (c) => c.notNull().unique())
    .addColumn("borrower_id", "text", (c) => c.notNull().references("borrowers.id"))
    .addColumn("product", "text", (c) => c.notNull())
    .addColumn("principal_minor", "bigint", (c) => c.notNull())
    .addColumn("outstanding_minor", "bigint", (c) => c.notNull())
    .addColumn("currency", "text", (c) => c.notNull())
    .addColumn("due_date", "text", (c) => c.notNull())
    .addColumn("days_past_due", "integer", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("agency_id", "text", (c) => c.references("agencies.id"))
    .addColumn("collector_id", "text", (c) => c.references("users.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("accounts_by_borrower").on("accounts").column("borrower_id").execute();
  await db.schema.createIndex("accounts_by_collector").on("accounts").column("collector_id").execute();
  await db.schema.createIndex("accounts_by_agency").on("accounts").column("agency_id").execute();
  await db.schema
    .createTable("third_parties")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("borrower_id", "text", (c) => c.notNull().references("borrowers.id"))
    .addColumn("name_sealed", "text", (c) => c.notNull())
    .addColumn("phone_sealed", "text", (c) => c.notNull())
    .addColumn("relation", "text", (c) => c.notNull())
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("third_parties_by_borrower")
    .on("third_parties")
    .column("borrower_id")
    .execute();
  await db.schema
    .createTable("holds")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("borrower_id", "text", (c) => c.notNull().references("borrowers.id"))
    .addColumn("account_id", "text", (c) => c.references("accounts.id"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("state", "text", (c) => c.notNull())
    .addColumn("effective_from", "text", (c) => c.notNull())
    .addColumn("recorded_at", "text", (c) => c.notNull())
    .addColumn("recorded_by", "text", (c) => c.notNull())
    .addColumn("in_writing", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("vulnerability_type", "text")
    .addColumn("attorney_contact_sealed", "text")
    .addColumn("note_sealed", "text")
    .execute();
  await db.schema
    .createIndex("holds_by_borrower")
    .on("holds")
    .columns(["borrower_id", "effective_from"])
    .execute();
  await db.schema
    .createTable("preferences")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("borrower_id", "text", (c) => c.notNull().references("borrowers.id"))
    .addColumn("opted_out_channels", "text", (c) => c.notNull())
    .addColumn("inconvenient_times", "text", (c) => c.notNull())
    .addColumn("preferred_hours", "text", (c) => c.notNull())
    .addColumn("preferred_channels", "text", (c) => c.notNull())
    .addColumn("effective_from", "text", (c) => c.notNull())
    .addColumn("recorded_at", "text", (c) => c.notNull())
    .addColumn("recorded_by", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("preferences_by_borrower")
    .on("preferences")
    .columns(["borrower_id", "recorded_at"])
    .execute();
  await db.schema
    .createTable("contacts")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("account_id", "text", (c) => c.notNull().references("accounts.id"))
    .addColumn("borrower_id", "text", (c) => c.notNull().references("borrowers.id"))
    .addColumn("channel", "text", (c) => c.notNull())
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("outcome", "text", (c) => c.notNull())
    .addColumn("number_index", "text")
    .addColumn("actor", "text", (c) => c.notNull())
    .addColumn("target", "text", (c) => c.notNull())
    .addColumn("third_party_id", "text")
    .addColumn("purpose", "text", (c) => c.notNull())
    .addColumn("direction", "text", (c) => c.notNull())
    .addColumn("collector_id", "text")
    .execute();
  await db.schema.createIndex("contacts_by_borrower").on("contacts").columns(["borrower_id", "at"]).execute();
  await db.schema
    .createTable("ledger_head")
    .addColumn("id", "integer", (c) => c.primaryKey())
    .addColumn("next_index", "bigint", (c) => c.notNull())
    .execute();
  await sql`insert into ledger_head (id, next_index) values (1, 0)`.execute(db);
  await db.schema
    .createTable("ledger_entries")
    .addColumn("idx", "bigint", (c) => c.primaryKey())
    .addColumn("type", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
}
