import { loadConfig } from "@faircollect/server/config";
import { hasKeyring } from "@faircollect/server/privacy/keyring";
import { rotateMasterKey } from "@faircollect/server/privacy/rotate-master-key";
import { openStore } from "@faircollect/server/store/connect";
import { migrateToLatest } from "@faircollect/server/store/migrate";
import { Command } from "commander";

/** `faircollect keys rotate [--retire-old]`: bring in a new master key while servers keep serving. */
export function keysCommand(): Command {
  const keys = new Command("keys").description("manage the master key that wraps the personal-data keys");
  keys
    .command("rotate")
    .description(
      "put a new master key first in the key file and re-wrap every data key under it; --retire-old drops older keys once none wraps anything",
    )
    .option(
      "--retire-old",
      "add no key: re-wrap what is left, confirm nothing uses an older key, then drop it",
    )
    .option("--batch <n>", "data keys re-wrapped per transaction", "500")
    .action(async (options: { retireOld?: boolean; batch: string }) => {
      const config = loadConfig();
      const store = openStore(config.databaseUrl);
      try {
        if (!(await hasKeyring(store.db)))
          throw new Error("the database has no master key yet; nothing to rotate");
        await migrateToLatest(store.db);
        const report = await rotateMasterKey(store.db, config, {
          retireOld: options.retireOld === true,
          now: () => new Date(),
          batch: Number(options.batch),
        });
        if (report.retired) {
          console.log(
            `re-wrapped ${report.rewrapped} data keys; master key ${report.newest} is the only key now` +
              (report.older.length ? ` (retired ${report.older.join(", ")})` : ""),
          );
        } else {
          console.log(`new master key ${report.newest}; re-wrapped ${report.rewrapped} data keys`);
          console.log(
            `older keys ${report.older.join(", ")} stay in the key file; drop them with \`faircollect keys rotate --retire-old\``,
          );
        }
      } finally {
        await store.close();
      }
    });
  return keys;
}
