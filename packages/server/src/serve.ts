import { type BuiltApp, buildApp } from "./build-app.js";
import type { Config } from "./config.js";
import { DEMO_PASSWORD, demoLogins, seedDemo } from "./demo/seed-demo.js";
import { startSequencing } from "./ledger/sequencing-timer.js";
import { startWalCheckpointer } from "./store/wal-checkpointer.js";

/** Whether the store has never been seeded: no lender, no users. */
async function isEmpty(built: BuiltApp): Promise<boolean> {
  const row = await built.deps.store.db.selectFrom("users").select("id").limit(1).executeTakeFirst();
  return !row;
}

/**
 * Builds the app, seeds the demo portfolio into an empty store when asked, and
 * listens. Prints the URL and, in demo mode, the demo logins.
 */
/** How often the server's SQLite WAL is checkpointed, off the event loop. */
const WAL_CHECKPOINT_MS = 100;

export async function startServer(config: Config, options: { demo: boolean }): Promise<BuiltApp> {
  const started = performance.now();
  const built = await buildApp(config, {}, { decisionWorker: true });
  if (options.demo && (await isEmpty(built))) {
    const seeded = await seedDemo(built.deps);
    console.log(
      `seeded the demo portfolio: ${seeded.borrowers} borrowers, ${seeded.accounts} accounts, ${seeded.contacts} past contacts`,
    );
  }
  const address = await built.app.listen({ host: config.host, port: config.port });
  const url = address.replace("[::1]", "localhost");
  const lines = [
    `FairCollect is serving ${url} (API docs ${url}/docs) — ready in ${Math.round(performance.now() - started)} ms`,
    `personal data sealed with the master key from ${built.masterKeySource}`,
    `ledger checkpoints signed with the key from ${built.ledger.keySource}; verifier key ${built.ledger.verifierKey}`,
  ];
  if (options.demo) lines.push(`demo logins (password \`${DEMO_PASSWORD}\`): ${demoLogins.join(", ")}`);
  // One write, so a reader that sees the URL also sees the logins.
  console.log(lines.join("\n"));
  const sequencing = built.sequencedOnWorker
    ? { stop: async () => {} }
    : startSequencing(built.ledger.sequencer, (error) =>
        built.app.log.error({ err: error }, "ledger sequencing failed"),
      );
  const checkpointing = startWalCheckpointer(built.deps.store, WAL_CHECKPOINT_MS, (error) =>
    built.app.log.error({ err: error }, "WAL checkpoint failed"),
  );
  const close = async () => {
    await sequencing.stop();
    await checkpointing.stop();
    await built.close();
  };
  const stop = async () => {
    await close();
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  return { ...built, close };
}
