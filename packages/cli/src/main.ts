import { Command } from "commander";
import { commands } from "./commands/index.js";

const program = new Command("faircollect")
  .description("FairCollect: collection without harassment, provably")
  .showHelpAfterError();

for (const make of commands) program.addCommand(make());

try {
  await program.parseAsync(process.argv);
} catch (error) {
  console.error(`faircollect: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
