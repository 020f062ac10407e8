import { loadConfig } from "@faircollect/server/config";
import { startServer } from "@faircollect/server/serve";
import { Command } from "commander";

/** `faircollect serve [--demo]`: run the HTTP server. */
export function serveCommand(): Command {
  return new Command("serve")
    .description("run the HTTP server (migrates first)")
    .option("--demo", "seed the demo portfolio when the database is empty and print the demo logins")
    .action(async (options: { demo?: boolean }) => {
      await startServer(loadConfig(), { demo: options.demo === true });
    });
}
