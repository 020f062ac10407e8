import { createReadStream } from "node:fs";
import { buildDeps } from "@faircollect/server/build-app";
import { loadConfig } from "@faircollect/server/config";
import { importAccounts } from "@faircollect/server/import/import-accounts";
import { Presets, SingleBar } from "cli-progress";
import { Command } from "commander";

const MAX_ERRORS_SHOWN = 50;

/** `faircollect import accounts FILE.csv`: all-or-nothing import with a progress bar. */
export function importCommand(): Command {
  const command = new Command("import").description("import data from files");
  command
    .command("accounts")
    .description("import borrowers and accounts from CSV; nothing is imported unless every row is valid")
    .argument("<file>", "CSV file with a header row")
    .action(async (file: string) => {
      const { deps } = await buildDeps(loadConfig());
      const bar = new SingleBar(
        {
          format: "{phase} [{bar}] {value}/{total} rows",
          hideCursor: true,
          noTTYOutput: true,
          notTTYSchedule: 1000,
        },
        Presets.shades_classic,
      );
      let phase = "";
      try {
        const result = await importAccounts(deps, createReadStream(file), (next, done, total) => {
          if (next !== phase) {
            if (phase) bar.stop();
            phase = next;
            bar.start(total ?? 0, done, { phase: next === "validate" ? "validating" : "importing " });
          }
          if (total) bar.setTotal(total);
          else bar.setTotal(Math.max(done, 1));
          bar.update(done, { phase: next === "validate" ? "validating" : "importing " });
        });
        bar.stop();
        if (result.ok) {
          console.log(`imported ${result.accounts} accounts (${result.borrowers} new borrowers)`);
          return;
        }
        const lines = new Set(result.errors.map((e) => e.line));
        console.error(`nothing imported: ${result.errors.length} problems on ${lines.size} lines`);
        for (const e of result.errors.slice(0, MAX_ERRORS_SHOWN))
          console.error(`  line ${e.line}, column ${e.column}: ${e.message}`);
        if (result.errors.length > MAX_ERRORS_SHOWN)
          console.error(`  … and ${result.errors.length - MAX_ERRORS_SHOWN} more`);
        process.exitCode = 1;
      } finally {
        bar.stop();
        await deps.store.close();
      }
    });
  return command;
}
