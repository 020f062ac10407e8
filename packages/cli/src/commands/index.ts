import type { Command } from "commander";
import { decideCommand } from "./decide.js";
import { demoCommand } from "./demo.js";
import { explainCommand } from "./explain.js";
import { importCommand } from "./import.js";
import { keysCommand } from "./keys.js";
import { ledgerCommand } from "./ledger.js";
import { migrateCommand } from "./migrate.js";
import { retentionCommand } from "./retention.js";
import { screenCommand } from "./screen.js";
import { serveCommand } from "./serve.js";
import { usersCommand } from "./users.js";

/** Every `faircollect` sub-command, one factory per file in this folder. */
export const commands: Array<() => Command> = [
  serveCommand,
  migrateCommand,
  demoCommand,
  importCommand,
  usersCommand,
  decideCommand,
  explainCommand,
  ledgerCommand,
  screenCommand,
  keysCommand,
  retentionCommand,
];
