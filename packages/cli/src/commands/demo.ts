import { buildDeps } from "@faircollect/server/build-app";
import { loadConfig } from "@faircollect/server/config";
import { DEMO_PASSWORD, demoLogins, seedDemo } from "@faircollect/server/demo/seed-demo";
import { Command } from "commander";

/** `faircollect demo`: seed the demo portfolio into an empty database. */
export function demoCommand(): Command {
  return new Command("demo")
    .description("seed the demo portfolio (deterministic) into an empty database")
    .option("--seed <n>", "random seed", "20261129")
    .action(async (options: { seed: string }) => {
      const { deps } = await buildDeps(loadConfig());
      try {
        const existing = await deps.store.db.selectFrom("users").select("id").limit(1).executeTakeFirst();
        if (existing) throw new Error("the database already has users; seed an empty database");
        const seeded = await seedDemo(deps, { seed: Number(options.seed) });
        console.log(
          `seeded ${seeded.borrowers} borrowers, ${seeded.accounts} accounts, ${seeded.contacts} past contacts`,
        );
        console.log(`demo logins (password \`${DEMO_PASSWORD}\`): ${demoLogins.join(", ")}`);
      } finally {
        await deps.store.close();
      }
    });
}
