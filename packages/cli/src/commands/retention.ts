import { buildDeps } from "@faircollect/server/build-app";
import { loadConfig } from "@faircollect/server/config";
import { runRetention } from "@faircollect/server/services/retention/run-retention";
import { Command } from "commander";

/** `faircollect retention run [--now ISO]`: crypto-shred the borrowers kept longer than the law asks. */
export function retentionCommand(): Command {
  const retention = new Command("retention").description("apply the retention periods to personal data");
  retention
    .command("run")
    .description("destroy the data key of every borrower past retention (RETENTION_YEARS_CN / _US)")
    .option("--now <instant>", "the instant to measure retention from (ISO-8601); defaults to now")
    .action(async (options: { now?: string }) => {
      const now = options.now === undefined ? new Date() : new Date(options.now);
      if (Number.isNaN(now.getTime())) throw new Error(`--now \`${options.now}\` is not an ISO-8601 instant`);
      const config = loadConfig();
      const { deps } = await buildDeps(config);
      try {
        const { erased } = await runRetention(deps, { now, years: config.retentionYears });
        console.log(
          `erased ${erased.length} borrowers past retention (CN ${config.retentionYears.CN} years, US ${config.retentionYears.US} years after the last activity)`,
        );
      } finally {
        await deps.store.close();
      }
    });
  return retention;
}
