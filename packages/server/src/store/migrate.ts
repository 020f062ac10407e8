import { type Migration, Migrator } from "kysely";
import type { Db } from "./database.js";
import * as foundation from "./migrations/0001-foundation.js";
import * as contactDecisions from "./migrations/0002-contact-decisions.js";
import * as ledgerTree from "./migrations/0003-ledger-tree.js";
import * as screening from "./migrations/0004-screening.js";
import * as dataKeys from "./migrations/0005-data-keys.js";
import * as agreements from "./migrations/0006-agreements.js";
import * as piiReads from "./migrations/0007-pii-reads.js";
import * as contactFacts from "./migrations/0008-contact-facts.js";

/** Migrations in order; a shipped migration is never edited, only followed by a new one. */
const migrations: Record<string, Migration> = {
  "0001-foundation": foundation,
  "0002-contact-decisions": contactDecisions,
  "0003-ledger-tree": ledgerTree,
  "0004-screening": screening,
  "0005-data-keys": dataKeys,
  "0006-agreements": agreements,
  "0007-pii-reads": piiReads,
  "0008-contact-facts": contactFacts,
};

/** Brings the schema to the latest version; throws naming the migration that failed. */
export async function migrateToLatest(db: Db): Promise<string[]> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === "Error");
  if (error || failed) {
    throw new Error(`migration ${failed?.migrationName ?? "?"} failed: ${String(error)}`);
  }
  return (results ?? []).map((r) => r.migrationName);
}
