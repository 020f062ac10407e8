import { loadConfig } from "@faircollect/server/config";
import { openStore } from "@faircollect/server/store/connect";
import { migrateToLatest } from "@faircollect/server/store/migrate";
import { Command } from "commander";

/** `faircollect migrate`: bring the database schema to the latest version. */
export function migrateCommand(): Command {
  return new Command("migrate").description("apply database migrations").action(async () => {
    const store = openStore(loadConfig().databaseUrl);
    try {
      const applied = await migrateToLatest(store.db);
      console.log(applied.length ? `applied ${applied.join(", ")}` : "schema is up to date");
    } finally {
      await store.close();
    }
  });
}
