import type { Kysely } from "kysely";

/**
 * The facts the policy packs read that live on the borrower and the account:
 * the borrower's state (Massachusetts caps), the account's first communication
 * and validation notice (Reg F), and when the debtor was told the account went
 * to an outside agency (CN). All nullable: unknown until recorded. SQLite adds
 * one column per statement, so each is its own.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("borrowers").addColumn("state_code", "text").execute();
  await db.schema.alterTable("accounts").addColumn("first_communication_at", "text").execute();
  await db.schema.alterTable("accounts").addColumn("validation_notice_sent_at", "text").execute();
  await db.schema.alterTable("accounts").addColumn("outsourcing_notice_at", "text").execute();
}
